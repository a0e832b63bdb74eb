"""Compile the policy engine's hot modules to C extensions with mypyc.

    python build/compile_engine.py                     # into build/work/engine/
    python build/compile_engine.py --dest DIR          # elsewhere
    python build/compile_engine.py --check             # exit 1 unless DIR holds a current build

The result is a folder holding a complete copy of the ``policies`` package — its sources, data and
parameter files — plus one extension module per compiled source beside it (and mypyc's shared
runtime module at the top). Put that folder first on ``sys.path`` and ``import policies`` runs
the compiled engine: the same source, type-checked by mypy strict, turned into C; nothing else
changes. It roughly doubles the engine's speed (docs/benchmarks.md).

Who uses it:

- ``build/build.py`` compiles before PyInstaller runs and the spec puts the folder first on the
  analysis path, so the installer ships the compiled engine; without a C compiler it warns and
  ships the plain sources (same results, slower).
- ``benchmarks/run.py`` measures the engine both ways.
- ``.ci/run`` runs the engine's and the evaluation's tests again against the compiled build.

The editable install (``pip install -e .``) stays pure Python on purpose: an extension module
beside its source would shadow every later edit of that source.

A build is reused while the sources, the mypy version and the Python version are unchanged (a
fingerprint file in the folder says which it was made from).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DEST = REPO_ROOT / "build" / "work" / "engine"

# The modules the per-order path runs through (engine → platform rules → deadlines, context,
# calendar, parameters, records, regions). The metrics, info and explain modules stay Python:
# they run once per report or dashboard, not once per order.
COMPILED = (
    "records",
    "params",
    "calendar",
    "regions",
    "context",
    "deadlines",
    "kuaishou",
    "douyin",
    "douyin_d5",
    "douyin_d6",
    "douyin_track",
    "aliexpress",
    "engine",
)
FINGERPRINT = "ENGINE-BUILD.txt"


class CompileError(RuntimeError):
    """mypyc or the C compiler failed (the message says which and why)."""


def source_fingerprint() -> str:
    """What a build depends on: every file of the policies package, mypy's and Python's version."""
    import mypy.version

    h = hashlib.sha256()
    h.update(f"{mypy.version.__version__} {sys.version} {sysconfig.get_platform()}".encode())
    for path in sorted((REPO_ROOT / "policies").rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            h.update(path.relative_to(REPO_ROOT).as_posix().encode())
            h.update(path.read_bytes())
    h.update((REPO_ROOT / "pyproject.toml").read_bytes())  # mypy's settings live there
    return h.hexdigest()


def is_current(dest: Path) -> bool:
    """True when `dest` holds a build of the current sources (False without mypy)."""
    stamp = dest / FINGERPRINT
    if not stamp.is_file():
        return False
    try:
        return stamp.read_text(encoding="utf-8").strip() == source_fingerprint()
    except ImportError:
        return False


def compiled_modules(dest: Path) -> list[str]:
    """The `policies` modules that `dest` holds as extension modules."""
    suffixes = (".so", ".pyd")
    return sorted(
        p.name.split(".", 1)[0]
        for p in (dest / "policies").iterdir()
        if p.is_file() and p.name.endswith(suffixes)
    )


def compile_engine(dest: Path = DEFAULT_DEST, force: bool = False) -> Path:
    """Build the compiled engine into `dest` (reused when current); returns `dest`.

    Raises CompileError when mypy/mypyc is missing or compilation fails; `dest` is then left
    without a fingerprint, so nothing mistakes it for a build."""
    dest = dest.resolve()
    try:
        import mypyc  # noqa: F401  (ships with mypy)
    except ImportError:
        raise CompileError("mypyc is not installed: pip install 'mypy>=1.10'") from None
    if not force and is_current(dest):
        return dest
    fingerprint = source_fingerprint()
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    shutil.copytree(
        REPO_ROOT / "policies",
        dest / "policies",
        ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd"),
    )
    shutil.copy2(REPO_ROOT / "pyproject.toml", dest / "pyproject.toml")
    sources = [f"policies/{name}.py" for name in COMPILED]
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME"}}
    env["MYPYC_OPT_LEVEL"] = env.get("MYPYC_OPT_LEVEL", "3")
    done = subprocess.run(
        [sys.executable, "-m", "mypyc", *sources],
        cwd=dest,
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-25:])
        raise CompileError(f"mypyc failed (exit {done.returncode}):\n{tail}")
    shutil.rmtree(dest / "build", ignore_errors=True)  # mypyc's C sources and objects
    (dest / "pyproject.toml").unlink()
    missing = sorted(set(COMPILED) - set(compiled_modules(dest)))
    if missing:
        raise CompileError(f"mypyc produced no extension for: {', '.join(missing)}")
    (dest / FINGERPRINT).write_text(fingerprint + "\n", encoding="utf-8")
    return dest


def main(argv: list[str] | None = None) -> int:
    """Compile (or check) and say where the build is."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dest", type=Path, default=DEFAULT_DEST, help="output folder")
    parser.add_argument("--force", action="store_true", help="rebuild even when current")
    parser.add_argument("--check", action="store_true", help="only say whether DEST is current")
    args = parser.parse_args(argv)
    if args.check:
        current = is_current(args.dest)
        print(f"{args.dest}: {'current' if current else 'missing or out of date'}")
        return 0 if current else 1
    try:
        dest = compile_engine(args.dest, args.force)
    except CompileError as exc:
        print(f"compile_engine: {exc}", file=sys.stderr)
        return 1
    print(f"compiled engine ({len(compiled_modules(dest))} modules): {dest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
