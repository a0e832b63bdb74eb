#!/usr/bin/env bash
# CI: build the Linux bundle, smoke-test the frozen app, pack the tarball.
#
#   bash build/ci_build.sh            (called by .ci/run; also fine by hand)
#
# Uses $PYTHON (default: the checkout's .venv/bin/python if present, else python3) — the environment that holds
# the app's dependencies, which is what PyInstaller freezes. Installs PyInstaller from PyPI if that
# environment lacks it. The PyInstaller cache goes to a fresh temporary folder: CI caches nothing.
# Measured on the 2-core dev machine: see docs/packaging.md (well under the 6-minute budget).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [[ -z "${PYTHON:-}" ]]; then
    if [[ -x "$repo/.venv/bin/python" ]]; then PYTHON="$repo/.venv/bin/python"; else PYTHON=python3; fi
fi

if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
    echo "ci_build: installing PyInstaller from PyPI"
    "$PYTHON" -m pip install --quiet "pyinstaller>=6.5"
fi

workpath=$(mktemp -d "${TMPDIR:-/tmp}/shipcheck-pyinstaller.XXXXXX")
trap 'rm -rf "$workpath"' EXIT

start=$(date +%s)
cd "$repo"
"$PYTHON" build/build.py --workpath "$workpath" "$@"
echo "ci_build: done in $(( $(date +%s) - start )) s"
