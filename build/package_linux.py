"""Pack the Linux one-folder bundle into ``dist/ShipCheck-<version>-linux-x86_64.tar.gz``.

    python build/package_linux.py          # after build/build.py built dist/ShipCheck/

The archive unpacks into one folder::

    ShipCheck-<version>-linux-x86_64/
        ShipCheck/                 the frozen app (run ShipCheck/ShipCheck)
        shipcheck.desktop          menu entry template (install.sh fills in the path)
        icons/hicolor/<N>x<N>/apps/shipcheck.png
        install.sh                 per-user (or --system) install, and --uninstall
        README.txt

Entries are sorted, owned by root:root and dated to the last commit (or SOURCE_DATE_EPOCH), and
the gzip header carries that date too, so the same bundle always packs to the same bytes.
Symbolic links inside the bundle are kept as links.
No AppImage: building one needs appimagetool, which is not in Debian's or PyPI's registries (see
docs/packaging.md).
"""

from __future__ import annotations

import gzip
import io
import os
import platform
import subprocess
import sys
import tarfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bundle_config  # noqa: E402

REPO_ROOT = bundle_config.REPO_ROOT
PACKAGING = REPO_ROOT / "resources" / "packaging"
ICONS = REPO_ROOT / "resources" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

README = """ShipCheck 发货考核助手 {version} — Linux x86_64

启动 / Start:   ./ShipCheck/ShipCheck            (no installation needed)
安装 / Install: ./install.sh                     (your user: menu entry + `shipcheck` command)
               sudo ./install.sh --system       (all users, under /opt/shipcheck)
卸载 / Remove:  ./install.sh --uninstall [--system]

命令行 / Command line: ./ShipCheck/ShipCheck --help
第三方许可 / Third-party licences: ShipCheck/_internal/licenses/ (THIRD-PARTY-NOTICES.txt)

The app needs no Python and no network. On a minimal system without a desktop, Qt's xcb platform
needs these system packages (Debian/Ubuntu names): libgl1 libegl1 libfontconfig1 libxkbcommon0
libdbus-1-3 (the X11 client libraries, libxcb-cursor0 included, travel inside ShipCheck/).
"""


def archive_name(version: str) -> str:
    """``ShipCheck-<version>-linux-<machine>`` (the folder inside the tarball and its stem)."""
    machine = platform.machine() or "x86_64"
    return f"{bundle_config.APP_NAME}-{version}-linux-{machine}"


def source_date_epoch() -> int:
    """SOURCE_DATE_EPOCH, else the last commit's time, else now."""
    if os.environ.get("SOURCE_DATE_EPOCH", "").isdigit():
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        out = subprocess.run(
            ["git", "log", "-1", "--format=%ct"],
            cwd=REPO_ROOT,
            capture_output=True,
            check=True,
            text=True,
        ).stdout.strip()
        return int(out)
    except (OSError, subprocess.CalledProcessError, ValueError):
        return int(time.time())


def _normalise(mtime: int) -> Callable[[tarfile.TarInfo], tarfile.TarInfo]:
    """A tarfile filter giving every entry root ownership and the given date."""

    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        info.mtime = mtime
        return info

    return normalise


def _add_tree(tar: tarfile.TarFile, source: Path, arcname: str, mtime: int) -> None:
    """Add ``source`` recursively with sorted entries (tarfile's own recursion is unsorted)."""
    normalise = _normalise(mtime)
    tar.add(source, arcname=arcname, recursive=False, filter=normalise)
    if source.is_dir() and not source.is_symlink():
        for child in sorted(source.iterdir()):
            _add_tree(tar, child, f"{arcname}/{child.name}", mtime)


def _add_bytes(tar: tarfile.TarFile, arcname: str, data: bytes, mtime: int, mode: int) -> None:
    """Add a regular file with the given content and mode."""
    info = tarfile.TarInfo(arcname)
    info.size = len(data)
    info.mode = mode
    info.mtime = mtime
    info.uname = info.gname = "root"
    tar.addfile(info, io.BytesIO(data))


def make_tarball(bundle: Path, dist: Path, version: str) -> Path:
    """Write the tarball for ``bundle`` (``dist/ShipCheck``) into ``dist``; returns its path."""
    if not (bundle / bundle_config.APP_NAME).is_file():
        raise FileNotFoundError(f"{bundle} holds no {bundle_config.APP_NAME} executable")
    name = archive_name(version)
    target = dist / f"{name}.tar.gz"
    partial = target.with_suffix(".gz.part")
    mtime = source_date_epoch()
    with (
        partial.open("wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=mtime, compresslevel=6) as gz,
        tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar,
    ):
        top = tarfile.TarInfo(name)
        top.type = tarfile.DIRTYPE
        top.mode = 0o755
        top.mtime = mtime
        top.uname = top.gname = "root"
        tar.addfile(top)
        _add_tree(tar, bundle, f"{name}/{bundle_config.APP_NAME}", mtime)
        for size in ICON_SIZES:
            data = (ICONS / f"app-{size}.png").read_bytes()
            _add_bytes(
                tar, f"{name}/icons/hicolor/{size}x{size}/apps/shipcheck.png", data, mtime, 0o644
            )
        desktop = (PACKAGING / "shipcheck.desktop").read_bytes()
        _add_bytes(tar, f"{name}/shipcheck.desktop", desktop, mtime, 0o644)
        install = (PACKAGING / "install.sh").read_bytes()
        _add_bytes(tar, f"{name}/install.sh", install, mtime, 0o755)
        readme = README.format(version=version).encode("utf-8")
        _add_bytes(tar, f"{name}/README.txt", readme, mtime, 0o644)
    partial.replace(target)
    return target


def main() -> int:
    """Pack ``dist/ShipCheck`` with the version of the checkout."""
    dist = REPO_ROOT / "dist"
    version = bundle_config.read_version(REPO_ROOT)
    archive = make_tarball(dist / bundle_config.APP_NAME, dist, version)
    print(f"{archive} ({archive.stat().st_size / 2**20:.1f} MiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
