"""ShipCheck benchmark suite: `python -m benchmarks.run [--quick]`.

With ``SHIPCHECK_ENGINE_BUILD=<folder>`` (set by `benchmarks.run` once `build/compile_engine.py`
has compiled the engine there), every benchmark module imports the mypyc-compiled `policies` from
that folder — the engine as the installer ships it — instead of the sources (``python -m`` puts
the checkout first on sys.path, so PYTHONPATH alone would not do).
"""

from desktop_app.engine_build import use_engine_build

use_engine_build()
