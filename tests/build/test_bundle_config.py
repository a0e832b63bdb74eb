"""The bundle's contents as decided by build/bundle_config.py: resources, Qt pruning, excludes."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "build"))
import bundle_config as cfg  # noqa: E402  (build/ is not a package)


def _app_sources() -> list[Path]:
    return sorted(p for pkg in cfg.FIRST_PARTY_PACKAGES for p in (REPO / pkg).rglob("*.py"))


def _imported_modules() -> set[str]:
    """Every absolute module name imported anywhere in desktop_app/ and policies/."""
    names: set[str] = set()
    for path in _app_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_every_resources_subfolder_is_bundled() -> None:
    resources = REPO / "resources"
    on_disk = sorted(
        d.name
        for d in resources.iterdir()
        if d.is_dir() and any(f.is_file() and not cfg._skipped(f.name) for f in d.rglob("*"))
    )
    assert on_disk, "resources/ has no subfolder with files"
    assert cfg.resource_subfolders(REPO) == on_disk


def test_every_resource_file_keeps_its_place() -> None:
    datas = {Path(src).relative_to(REPO).as_posix(): dest for src, dest in cfg.resource_datas(REPO)}
    for path in (REPO / "resources").rglob("*"):
        rel = path.relative_to(REPO)
        if path.is_file() and not any(cfg._skipped(part) for part in rel.parts):
            assert datas[rel.as_posix()] == rel.parent.as_posix()
    assert "resources/icons/app.ico" in datas
    assert "resources/packaging/shipcheck.desktop" in datas


def test_source_only_files_are_left_out(tmp_path: Path) -> None:
    (tmp_path / "resources" / "translations").mkdir(parents=True)
    (tmp_path / "resources" / "translations" / "shipcheck_en.ts").write_text("<TS/>")
    (tmp_path / "resources" / "translations" / "shipcheck_en.qm").write_bytes(b"qm")
    (tmp_path / "resources" / "fonts" / "__pycache__").mkdir(parents=True)
    (tmp_path / "resources" / "fonts" / "__pycache__" / "x.pyc").write_bytes(b"")
    datas = cfg.resource_datas(tmp_path)
    assert [Path(src).name for src, _ in datas] == ["shipcheck_en.qm"]
    assert cfg.resource_subfolders(tmp_path) == ["translations"]
    assert cfg.resource_datas(tmp_path / "nowhere") == []


def test_version_is_the_package_version() -> None:
    import desktop_app

    assert cfg.read_version(REPO) == desktop_app.__version__


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2.3.4.5", (1, 2, 3, 4)),
        ("2.0rc1", (2, 1, 0, 0)),
        ("3", (3, 0, 0, 0)),
    ],
)
def test_numeric_version(version: str, numbers: tuple[int, int, int, int]) -> None:
    assert cfg.numeric_version(version) == numbers


def test_windows_version_resource_evaluates() -> None:
    """PyInstaller eval()s the file with its versioninfo classes; stubs stand in for them here."""
    seen: dict[str, dict[str, object]] = {}

    def stub(name: str):  # type: ignore[no-untyped-def]
        def make(*args: object, **kwargs: object) -> tuple[object, ...]:
            seen[name] = kwargs
            return (name, args, kwargs)

        return make

    names = ["VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct"]
    namespace = {n: stub(n) for n in [*names, "VarFileInfo", "VarStruct"]}
    eval(cfg.windows_version_info("1.2.3"), namespace)
    assert seen["FixedFileInfo"]["filevers"] == (1, 2, 3, 0)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6\\Qt\\plugins\\platforms\\qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/plugins/imageformats/libqico.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "libpython3.11.so.1.0",
    ],
)
def test_needed_binaries_are_kept(dest: str) -> None:
    assert cfg.keep_binary(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6\\Qt\\plugins\\sqldrivers\\qsqlite.dll",
        "PySide6/Qt/plugins/imageformats/libqtiff.so",
        "PySide6/opengl32sw.dll",
    ],
)
def test_unused_binaries_are_dropped(dest: str) -> None:
    assert not cfg.keep_binary(dest)


def test_qt_translations_only_for_our_languages() -> None:
    assert cfg.keep_data("PySide6/Qt/translations/qtbase_zh_CN.qm")
    assert cfg.keep_data("PySide6/Qt/translations/qt_en.qm")
    assert not cfg.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not cfg.keep_data("PySide6/Qt/translations/qt_help_zh_CN.qm")
    assert cfg.keep_data("resources/translations/shipcheck_de.qm")  # ours are never pruned


def test_no_qt_module_the_app_uses_is_excluded() -> None:
    used = {name for name in _imported_modules() if name.startswith("PySide6.Qt")}
    used |= {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtPrintSupport"}
    assert not used & set(cfg.QT_MODULE_EXCLUDES)


def test_no_package_the_app_imports_is_excluded() -> None:
    top_level = {name.split(".")[0] for name in _imported_modules()}
    assert not top_level & set(cfg.PYTHON_EXCLUDES)


def test_spec_has_no_machine_specific_paths() -> None:
    source = (REPO / "build" / "shipcheck.spec").read_text(encoding="utf-8")
    compile(source, "shipcheck.spec", "exec")
    for fragment in ("/work/", "/usr/", "/home/", "C:\\", "site-packages", "/tmp"):
        assert fragment not in source
    assert "bundle_config" in source and "collect_submodules" in source


def test_runtime_distributions_follow_pyproject() -> None:
    names = {name.lower().replace("_", "-") for name in cfg.runtime_distributions(REPO)}
    for required in (
        "pyside6-essentials",
        "shiboken6",
        "openpyxl",
        "defusedxml",
        "chinesecalendar",
    ):
        assert required in names
    assert not names & {"pip", "pytest", "pyinstaller", "hypothesis"}


def test_license_files_do_not_collide() -> None:
    datas = cfg.license_datas(REPO)
    targets = [f"{dest}/{Path(src).name}" for src, dest in datas]
    assert len(targets) == len(set(targets))
    assert all(dest.startswith("licenses/") for _src, dest in datas)
    assert any(dest == "licenses/openpyxl" for _src, dest in datas)


def test_third_party_notice_names_every_distribution() -> None:
    notice = cfg.third_party_notice(REPO)
    for name in cfg.runtime_distributions(REPO):
        assert f"\n{name} " in notice
    assert "LGPL-3.0" in notice
