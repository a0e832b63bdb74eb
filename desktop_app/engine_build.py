"""The one seam between the engine's sources and its mypyc-compiled build.

`build/compile_engine.py` compiles `policies` into a folder; with ``SHIPCHECK_ENGINE_BUILD`` naming
that folder, `use_engine_build()` puts it first on the import path (and on PYTHONPATH, for the
processes started from here), so every later ``import policies`` loads the compiled modules. The
rest of the code imports `policies` plainly and never asks which build it got; verdicts record
which build judged them through `evaluation.incremental.engine_fingerprint`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV = "SHIPCHECK_ENGINE_BUILD"


def use_engine_build(*, strict: bool = False) -> Path | None:
    """The compiled engine's folder from $SHIPCHECK_ENGINE_BUILD, put first on the import path;
    None when the variable is unset or empty (the sources are used).

    `strict` (the tests): raise RuntimeError when `policies` was already imported from elsewhere
    or the folder holds no compiled engine, instead of quietly running the sources.
    """
    folder = os.environ.get(ENV)
    if not folder:
        return None
    if "policies" in sys.modules:
        if strict:
            raise RuntimeError(f"{ENV}: policies was imported before the engine build was chosen")
        return None
    build = Path(folder).resolve()
    sys.path.insert(0, str(build))
    os.environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(build), os.environ.get("PYTHONPATH", "")) if p
    )
    if strict:
        import policies.engine

        if not policies.engine.__file__ or policies.engine.__file__.endswith(".py"):
            raise RuntimeError(f"{ENV}: no compiled engine in {build}")
    return build
