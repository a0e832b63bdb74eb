"""The icon files, the Linux desktop entry, and the tarball layout."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "build"))
import make_icon  # noqa: E402  (build/ is not a package)
import package_linux  # noqa: E402

ICONS = REPO / "resources" / "icons"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(PNG_SIGNATURE)
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_png_icons_have_their_sizes() -> None:
    for size in make_icon.PNG_SIZES:
        assert _png_size((ICONS / f"app-{size}.png").read_bytes()) == (size, size)
    assert _png_size((ICONS / "app.png").read_bytes()) == (256, 256)


def test_ico_holds_every_windows_size() -> None:
    data = (ICONS / "app.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, _h, _c, _r, _planes, _bpp, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        image = data[offset : offset + length]
        assert _png_size(image) == ((width or 256), (width or 256))
        sizes.append(width or 256)
    assert sorted(sizes) == sorted(make_icon.ICO_SIZES)


def test_icns_is_well_formed() -> None:
    data = (ICONS / "app.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    position, types = 8, []
    while position < len(data):
        ostype, length = (
            data[position : position + 4],
            struct.unpack(">I", data[position + 4 : position + 8])[0],
        )
        assert data[position + 8 : position + 16] == PNG_SIGNATURE
        types.append(ostype)
        position += length
    assert position == len(data)
    assert types == [t for t, _ in make_icon.ICNS_TYPES]


def test_ico_writer_round_trip() -> None:
    fake = {16: PNG_SIGNATURE + b"a" * 20, 256: PNG_SIGNATURE + b"b" * 30}
    data = make_icon.ico_bytes(fake)
    assert struct.unpack("<HHH", data[:6]) == (0, 1, 2)
    assert data.endswith(fake[16] + fake[256])
    assert data[6 + 16] == 0  # 256 px is written as 0


def test_desktop_entry() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(REPO / "resources" / "packaging" / "shipcheck.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"].startswith("@EXEC@ ")
    assert entry["Icon"] == "shipcheck"
    assert entry["Terminal"] == "false"
    assert entry["Name[zh_CN]"] == "发货考核助手"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_desktop_entry_validates(tmp_path: Path) -> None:
    text = (REPO / "resources" / "packaging" / "shipcheck.desktop").read_text(encoding="utf-8")
    installed = tmp_path / "shipcheck.desktop"
    installed.write_text(text.replace("@EXEC@", "/opt/shipcheck/ShipCheck/ShipCheck"), "utf-8")
    result = subprocess.run(
        ["desktop-file-validate", str(installed)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


def _fake_bundle(root: Path) -> Path:
    bundle = root / "ShipCheck"
    (bundle / "_internal" / "resources").mkdir(parents=True)
    exe = bundle / "ShipCheck"
    exe.write_bytes(b"#!/bin/sh\necho ShipCheck\n")
    exe.chmod(0o755)
    (bundle / "_internal" / "libfoo.so.1").write_bytes(b"lib")
    (bundle / "_internal" / "libfoo.so").symlink_to("libfoo.so.1")
    return bundle


def test_tarball_layout_and_reproducibility(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    bundle = _fake_bundle(tmp_path)
    first = package_linux.make_tarball(bundle, tmp_path, "9.8.7")
    first_bytes = first.read_bytes()
    second = package_linux.make_tarball(bundle, tmp_path, "9.8.7")
    assert second.read_bytes() == first_bytes
    top = package_linux.archive_name("9.8.7")
    assert first.name == f"{top}.tar.gz"
    with tarfile.open(first) as tar:
        members = {m.name: m for m in tar.getmembers()}
    assert members[f"{top}/ShipCheck/ShipCheck"].mode & 0o111
    assert members[f"{top}/install.sh"].mode == 0o755
    assert members[f"{top}/ShipCheck/_internal/libfoo.so"].issym()
    assert f"{top}/shipcheck.desktop" in members
    assert f"{top}/icons/hicolor/16x16/apps/shipcheck.png" in members
    assert f"{top}/icons/hicolor/512x512/apps/shipcheck.png" in members
    assert {m.uname for m in members.values()} == {"root"}
    assert {m.mtime for m in members.values()} == {1700000000}


@pytest.mark.skipif(sys.platform != "linux", reason="POSIX shell installer")
def test_install_script_installs_and_uninstalls(tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path / "src")
    archive = package_linux.make_tarball(bundle, tmp_path, "1.0.0")
    with tarfile.open(archive) as tar:
        tar.extractall(tmp_path / "unpacked", filter="tar")
    unpacked = tmp_path / "unpacked" / package_linux.archive_name("1.0.0")
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    subprocess.run(["sh", str(unpacked / "install.sh")], env=env, check=True, capture_output=True)
    installed = home / ".local" / "opt" / "shipcheck" / "ShipCheck" / "ShipCheck"
    assert installed.is_file()
    assert (home / ".local" / "bin" / "shipcheck").resolve() == installed.resolve()
    desktop = (home / ".local" / "share" / "applications" / "shipcheck.desktop").read_text("utf-8")
    assert f"Exec={installed} gui" in desktop
    assert (home / ".local/share/icons/hicolor/48x48/apps/shipcheck.png").is_file()
    subprocess.run(
        ["sh", str(unpacked / "install.sh"), "--uninstall"],
        env=env,
        check=True,
        capture_output=True,
    )
    assert not installed.exists()
    assert not (home / ".local" / "share" / "applications" / "shipcheck.desktop").exists()
