"""Build the double-clickable ShipCheck bundle, smoke-test it, and pack it.

    python build/build.py               # build dist/ShipCheck/, smoke-test, pack (Linux tarball)
    python build/build.py --no-package  # build and smoke-test only
    python build/build.py --skip-build  # smoke-test (and pack) the bundle already in dist/

Steps:

0. ``build/compile_engine.py`` compiles the policy engine with mypyc into ``build/work/engine/``
   (reused while the sources are unchanged); the spec bundles that compiled form. Without a C
   compiler or mypy the build warns and bundles the Python sources (same verdicts, about half the
   engine's speed) — unless ``--require-compiled-engine`` (CI) makes that an error.
1. PyInstaller runs ``build/shipcheck.spec`` into ``dist/ShipCheck/`` — the executable
   ``dist/ShipCheck/ShipCheck`` (``ShipCheck.exe`` on Windows, plus the windowed
   ``ShipCheckApp.exe``) takes the same arguments as the ``shipcheck`` command. PyInstaller's
   work files go to ``dist/.pyinstaller-work/`` (never its default ``./build/<name>``, which is
   this source folder).
2. ``build/smoke_test.py`` drives the frozen executable headlessly; any failure fails the build.
3. On Linux, ``build/package_linux.py`` packs the bundle, the .desktop entry and the icons into
   ``dist/ShipCheck-<version>-linux-x86_64.tar.gz``. Windows and macOS installers are described
   in docs/packaging.md.

The script exits non-zero if any step fails, and ends with the bundle size and the time each step
took. It runs with the Python whose environment holds the app's dependencies (the one PyInstaller
freezes): use ``.venv/bin/python build/build.py`` here.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bundle_config  # noqa: E402  (beside this script)

REPO_ROOT = bundle_config.REPO_ROOT
SPEC = HERE / "shipcheck.spec"


def folder_size(path: Path) -> int:
    """Bytes in the regular files under ``path`` (symbolic links are not counted twice)."""
    total = 0
    for dirpath, _dirnames, filenames in os.walk(path):
        for name in filenames:
            file = Path(dirpath) / name
            if not file.is_symlink():
                total += file.stat().st_size
    return total


def mebibytes(size: int) -> str:
    """``size`` bytes as ``"123.4 MiB"``."""
    return f"{size / 2**20:.1f} MiB"


def executable_path(dist: Path) -> Path:
    """Where the bundle's main executable is."""
    name = bundle_config.APP_NAME + (".exe" if sys.platform == "win32" else "")
    return dist / bundle_config.APP_NAME / name


def compile_engine(required: bool) -> Path | None:
    """The compiled engine's folder for the spec, or None (the sources are bundled)."""
    import compile_engine as engine  # build/compile_engine.py, beside this script

    try:
        folder = engine.compile_engine()
    except engine.CompileError as exc:
        if required:
            raise SystemExit(
                f"the compiled engine is required but could not be built: {exc}"
            ) from None
        print(f"WARNING: bundling the engine's Python sources — {exc}", flush=True)
        return None
    print(f"engine: compiled with mypyc ({len(engine.compiled_modules(folder))} modules)")
    return folder


def run_pyinstaller(dist: Path, workpath: Path, clean: bool, engine: Path | None) -> None:
    """Freeze the app with the spec; raises CalledProcessError if PyInstaller fails."""
    if importlib.util.find_spec("PyInstaller") is None:
        raise SystemExit(
            f"PyInstaller is not installed for {sys.executable}: pip install 'pyinstaller>=6.5'"
        )
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(workpath),
    ]
    if clean:
        command.append("--clean")
    command.append(str(SPEC))
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME"}}
    env.pop("SHIPCHECK_ENGINE_BUILD", None)
    if engine is not None:
        env["SHIPCHECK_ENGINE_BUILD"] = str(engine)  # read by the spec
    subprocess.run(command, cwd=REPO_ROOT, env=env, check=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Build, smoke-test and pack; print what it took."""
    parser = argparse.ArgumentParser(description="Build, smoke-test and pack ShipCheck.")
    parser.add_argument("--dist", type=Path, default=REPO_ROOT / "dist", help="output folder")
    parser.add_argument(
        "--workpath",
        type=Path,
        default=None,
        help="PyInstaller's work files (default: DIST/.pyinstaller-work)",
    )
    parser.add_argument("--clean", action="store_true", help="clear PyInstaller's cache first")
    parser.add_argument("--skip-build", action="store_true", help="use the bundle already built")
    parser.add_argument("--no-smoke", action="store_true", help="do not smoke-test (not for CI)")
    parser.add_argument("--no-package", action="store_true", help="do not make the tarball")
    parser.add_argument("--no-xvfb", action="store_true", help="smoke test: skip the Xvfb GUI run")
    parser.add_argument(
        "--no-compile", action="store_true", help="bundle the engine's Python sources"
    )
    parser.add_argument(
        "--require-compiled-engine",
        action="store_true",
        help="fail unless the engine is compiled and the bundle runs it (CI)",
    )
    args = parser.parse_args(argv)

    dist: Path = args.dist.resolve()
    workpath: Path = (args.workpath or dist / ".pyinstaller-work").resolve()
    if workpath.is_relative_to(HERE):
        parser.error("PyInstaller's work files must not go inside build/")
    timings: dict[str, float] = {}
    version = bundle_config.read_version(REPO_ROOT)
    print(f"ShipCheck {version}: building with {sys.executable}", flush=True)

    if not args.skip_build:
        engine = None
        if not args.no_compile:
            started = time.perf_counter()
            engine = compile_engine(args.require_compiled_engine)
            timings["compile engine"] = time.perf_counter() - started
        started = time.perf_counter()
        run_pyinstaller(dist, workpath, args.clean, engine)
        timings["pyinstaller"] = time.perf_counter() - started
    exe = executable_path(dist)
    if not exe.is_file():
        print(f"no executable at {exe}", file=sys.stderr)
        return 1
    bundle_size = folder_size(exe.parent)
    print(f"bundle: {exe.parent} — {mebibytes(bundle_size)}", flush=True)

    ok = True
    if not args.no_smoke:
        import smoke_test

        started = time.perf_counter()
        report = smoke_test.run_smoke(
            [str(exe)],
            frozen=True,
            xvfb=not args.no_xvfb,
            compiled_engine=args.require_compiled_engine,
        )
        timings["smoke test"] = time.perf_counter() - started
        ok = report.ok

    archive = None
    if ok and not args.no_package and sys.platform.startswith("linux"):
        import package_linux

        started = time.perf_counter()
        archive = package_linux.make_tarball(exe.parent, dist, version)
        timings["tarball"] = time.perf_counter() - started

    print()
    print(f"bundle size: {mebibytes(bundle_size)} ({exe.parent})")
    if archive is not None:
        print(f"tarball: {archive} — {mebibytes(archive.stat().st_size)}")
    for step, seconds in timings.items():
        print(f"{step}: {seconds:.1f} s")
    if not ok:
        print("BUILD FAILED: the smoke test found problems (see FAIL lines above)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
