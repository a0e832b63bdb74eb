"""What goes into the frozen ShipCheck bundle, as plain data and small pure functions.

`shipcheck.spec` (executed by PyInstaller) and `build.py` both import this module; the fast tests in
`tests/build/` check it without running PyInstaller. Nothing here imports PyInstaller or Qt, and no
path in it is specific to one operating system.

What is in the bundle:

- every ``desktop_app`` and ``policies`` submodule (CLI subcommands are discovered with pkgutil at
  run time, so PyInstaller cannot see them by following imports) and their package data
  (``policies/parameters/*.toml`` …);
- the whole top-level ``resources/`` folder (fonts, translations, templates, demo exports, icons),
  found at run time by ``desktop_app.resources`` under ``sys._MEIPASS/resources``;
- the data of third-party packages that keep it beside their code (:data:`DATA_PACKAGES`).

What is kept out: Qt modules and plugins the app never loads, Qt translations of languages the app
is not offered in, and development packages that happen to be installed in the same environment.
"""

from __future__ import annotations

import ast
import fnmatch
import os
from pathlib import Path, PurePath

APP_NAME = "ShipCheck"
"""Name of the executable and of the one-folder bundle directory."""

GUI_APP_NAME = "ShipCheckApp"
"""Windows only: a second, windowed executable in the same folder for the Start-menu shortcut."""

BUNDLE_IDENTIFIER = "com.shipcheck.desktop"
"""macOS bundle identifier (CFBundleIdentifier)."""

REPO_ROOT = Path(__file__).resolve().parent.parent
"""The repository checkout this module lives in."""

FIRST_PARTY_PACKAGES = ("desktop_app", "policies")
"""Our packages: all their submodules and package data are collected."""

DATA_PACKAGES = ("chinese_calendar",)
"""Third-party packages whose data files (if any) must travel with them.

``chinese_calendar`` keeps its holiday tables in Python modules today; collecting its data anyway
keeps the bundle right if a release moves them into data files. Add here any package that reads
files from its own directory at run time (a region dataset, say).
"""

OPTIONAL_DATA_PACKAGES = ("cpca", "pcas", "china_region", "province_city_area")
"""Region datasets the engine may start to use; collected only when installed and imported."""

RESOURCE_SKIP_PATTERNS = (
    "*.ts",
    "*.pro",
    "*.xcf",
    "*.kra",
    "make_*.py",
    "__pycache__",
    ".DS_Store",
    "*.pyc",
)
"""Files under resources/ that are sources for other files and never read at run time."""

QT_MODULE_EXCLUDES = (
    "PySide6.Qt3DAnimation",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DExtras",
    "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic",
    "PySide6.Qt3DRender",
    "PySide6.QtBluetooth",
    "PySide6.QtCharts",
    "PySide6.QtConcurrent",
    "PySide6.QtDataVisualization",
    "PySide6.QtDesigner",
    "PySide6.QtGraphs",
    "PySide6.QtHelp",
    "PySide6.QtHttpServer",
    "PySide6.QtLabsStyleKit",
    "PySide6.QtLocation",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtNetwork",
    "PySide6.QtNetworkAuth",
    "PySide6.QtNfc",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtPositioning",
    "PySide6.QtQml",
    "PySide6.QtQmlFeatures",
    "PySide6.QtQuick",
    "PySide6.QtQuick3D",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.QtQuickWidgets",
    "PySide6.QtRemoteObjects",
    "PySide6.QtScxml",
    "PySide6.QtSensors",
    "PySide6.QtSerialBus",
    "PySide6.QtSerialPort",
    "PySide6.QtSpatialAudio",
    "PySide6.QtSql",
    "PySide6.QtStateMachine",
    "PySide6.QtSvgWidgets",
    "PySide6.QtTextToSpeech",
    "PySide6.QtUiTools",
    "PySide6.QtWebChannel",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets",
    "PySide6.QtXml",
)
"""Qt bindings the app does not use. It imports QtCore, QtGui, QtWidgets, QtPrintSupport and QtTest
(all through ``desktop_app/qt.py``); QtDBus comes in as a dependency of QtGui. A test fails if the
app starts importing one of the modules listed here."""

PYTHON_EXCLUDES = (
    "tkinter",
    "_tkinter",
    "turtle",
    "turtledemo",
    "idlelib",
    "lib2to3",
    "pydoc_data",
    "test",
    "setuptools",
    "pkg_resources",
    "distutils",
    "pip",
    "wheel",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "mypyc",
    "ruff",
    "IPython",
    "numpy",
    "pandas",
    "matplotlib",
    "PIL",
    "PyQt5",
    "PyQt6",
    "PySide2",
)
"""Packages that may be installed in the build environment but are never needed by the app."""

QT_PLUGIN_SKIP_PATTERNS = (
    # Embedded-device and remote platforms. Desktop Linux needs xcb and wayland; the smoke test
    # needs offscreen.
    "platforms/*eglfs*",
    "platforms/*linuxfb*",
    "platforms/*vnc*",
    "platforms/*vkkhrdisplay*",
    "platforms/*minimalegl*",
    "egldeviceintegrations/*",
    "generic/*",
    # The GTK3 theme drags in GTK's whole stack (glib, pango, cairo…) yet needs the host's GTK
    # anyway; the XDG desktop portal theme gives native file dialogs without it.
    "platformthemes/*gtk3*",
    # Compositor-side Wayland plugins: only a Wayland *server* loads them.
    "wayland-graphics-integration-server/*",
    # Networking, SQL drivers, QML tooling: the app uses none of them.
    "tls/*",
    "networkinformation/*",
    "sqldrivers/*",
    "qmltooling/*",
    "designer/*",
    # Image formats sellers' attachments and our icons never use.
    "imageformats/*tga*",
    "imageformats/*tiff*",
    "imageformats/*wbmp*",
    "imageformats/*pdf*",
)
"""Qt plugins (``<type>/<file>`` relative to the plugins folder) left out of the bundle."""

QT_LIBRARY_SKIP_PATTERNS = (
    # Windows: Mesa's software OpenGL (≈20 MB); a QtWidgets app that never creates a GL context
    # does not load it.
    "opengl32sw.dll",
)
"""Qt shared libraries (by file name) left out even though a Qt package ships them."""

QT_TRANSLATION_LANGUAGES = ("zh_CN", "zh_TW", "en")
"""Languages whose Qt translations (``qtbase_zh_CN.qm`` …) are kept: the app's own languages."""


def read_version(root: Path = REPO_ROOT) -> str:
    """``desktop_app.__version__``, read from the source without importing the package."""
    source = (root / "desktop_app" / "__init__.py").read_text(encoding="utf-8")
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "__version__" for target in node.targets
        ):
            value = ast.literal_eval(node.value)
            if isinstance(value, str):
                return value
    raise ValueError("desktop_app/__init__.py defines no __version__ string")


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """The first four numbers of a version string, for the Windows version resource."""
    numbers: list[int] = []
    for part in version.replace("-", ".").replace("+", ".").split("."):
        digits = "".join(ch for ch in part if ch.isdigit())
        if digits and len(numbers) < 4:
            numbers.append(int(digits))
    numbers += [0] * (4 - len(numbers))
    return numbers[0], numbers[1], numbers[2], numbers[3]


def _skipped(name: str) -> bool:
    return any(fnmatch.fnmatch(name, pattern) for pattern in RESOURCE_SKIP_PATTERNS)


def resource_datas(root: Path = REPO_ROOT) -> list[tuple[str, str]]:
    """``(source file, destination folder)`` pairs bundling ``resources/`` under ``resources/``.

    Each file is listed on its own (rather than the folder as a whole) so that source-only files
    (:data:`RESOURCE_SKIP_PATTERNS`) stay out; the destination mirrors the file's place in the tree.
    """
    resources = root / "resources"
    datas: list[tuple[str, str]] = []
    if not resources.is_dir():
        return datas
    for dirpath, dirnames, filenames in os.walk(resources):
        dirnames[:] = sorted(d for d in dirnames if not _skipped(d))
        rel_dir = Path(dirpath).relative_to(root)
        for filename in sorted(filenames):
            if _skipped(filename):
                continue
            datas.append((str(Path(dirpath) / filename), rel_dir.as_posix()))
    return datas


def resource_subfolders(root: Path = REPO_ROOT) -> list[str]:
    """The top-level subfolders of ``resources/`` that hold at least one file to bundle."""
    folders: set[str] = set()
    for _source, dest in resource_datas(root):
        parts = PurePath(dest).parts
        if len(parts) >= 2:
            folders.add(parts[1])
    return sorted(folders)


def qt_relative_path(dest: str) -> str | None:
    """For a destination inside PySide6's Qt folder, the part after ``Qt/``; else ``None``."""
    parts = PurePath(dest.replace("\\", "/")).parts
    for index in range(len(parts) - 1):
        if parts[index] == "PySide6" and parts[index + 1] == "Qt":
            return "/".join(parts[index + 2 :])
    return None


def keep_binary(dest: str) -> bool:
    """Whether a binary PyInstaller wants to collect (by destination path) stays in the bundle."""
    name = PurePath(dest.replace("\\", "/")).name
    if any(fnmatch.fnmatch(name.lower(), pattern) for pattern in QT_LIBRARY_SKIP_PATTERNS):
        return False
    rel = qt_relative_path(dest)
    if rel is None or not rel.startswith("plugins/"):
        return True
    plugin = rel[len("plugins/") :]
    return not any(fnmatch.fnmatch(plugin, pattern) for pattern in QT_PLUGIN_SKIP_PATTERNS)


def keep_data(dest: str) -> bool:
    """Whether a data file (by destination path) stays: drops Qt translations of other languages."""
    rel = qt_relative_path(dest)
    if rel is None or not rel.startswith("translations/"):
        return True
    name = PurePath(rel).name
    if not name.endswith(".qm"):
        return True
    stem = name[: -len(".qm")]
    if stem.startswith("qt_help_"):
        return False  # Qt Assistant's own strings; QtHelp is excluded
    return any(stem.endswith("_" + lang) for lang in QT_TRANSLATION_LANGUAGES)


def windows_version_info(version: str) -> str:
    """The text of a PyInstaller Windows version-resource file for ``version``."""
    numbers = numeric_version(version)
    return f"""# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('080404b0', [
      StringStruct('CompanyName', 'ShipCheck'),
      StringStruct('FileDescription', 'ShipCheck 发货考核助手'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', '{APP_NAME}'),
      StringStruct('OriginalFilename', '{APP_NAME}.exe'),
      StringStruct('ProductName', 'ShipCheck 发货考核助手'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [2052, 1200])])
  ]
)
"""


# ---------------------------------------------------------------- third-party licences

LICENSE_FILE_MARKERS = ("LICENSE", "LICENCE", "COPYING", "NOTICE", "AUTHORS")
"""A distribution file whose name contains one of these is a licence text to ship."""

SYSTEM_LICENSE_TEXTS = {
    "LGPL-3.0": (
        "/usr/share/common-licenses/LGPL-3",
        "/usr/share/licenses/common/LGPL3/license.txt",
    ),
    "GPL-3.0": ("/usr/share/common-licenses/GPL-3", "/usr/share/licenses/common/GPL3/license.txt"),
}
"""Where a build machine keeps the LGPL/GPL texts (the PySide6 and shiboken6 wheels ship none)."""


_NOT_BUNDLED_DISTRIBUTIONS = frozenset({"pip", "setuptools", "wheel"})


def _requirement_name(text: str) -> str | None:
    """The distribution a requirement string names, or None when it applies only to an extra."""
    from packaging.requirements import Requirement

    requirement = Requirement(text)
    if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
        return None
    return requirement.name


def runtime_distributions(root: Path = REPO_ROOT) -> list[str]:
    """The installed distributions the app runs on: pyproject's dependencies and theirs, sorted.

    Optional extras (test, build) are not followed. A dependency that is not installed is skipped
    (the build would fail on it anyway), and so is one whose code is excluded from the bundle
    (sqlite-utils requires pip, for its `install` command the app never runs).
    """
    import importlib.metadata as metadata
    import tomllib

    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pending = [
        name for text in project.get("dependencies", []) if (name := _requirement_name(text))
    ]
    seen: dict[str, str] = {}
    while pending:
        name = pending.pop()
        key = name.lower().replace("_", "-")
        if key in seen or key in _NOT_BUNDLED_DISTRIBUTIONS:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[key] = dist.metadata["Name"]
        for text in dist.requires or []:
            required = _requirement_name(text)
            if required:
                pending.append(required)
    return sorted(seen.values(), key=str.lower)


def license_datas(root: Path = REPO_ROOT) -> list[tuple[str, str]]:
    """``(source, destination folder)`` pairs putting each runtime distribution's licence files,
    Python's licence, and the LGPL/GPL texts Qt for Python is under, in ``licenses/``."""
    import importlib.metadata as metadata
    import sys

    datas: list[tuple[str, str]] = []
    for name in runtime_distributions(root):
        dist = metadata.distribution(name)
        for file in dist.files or []:
            parts = file.parts
            if not parts or not parts[0].endswith(".dist-info"):
                continue  # vendored copies elsewhere in the package are not ours to list
            if any(marker in file.name.upper() for marker in LICENSE_FILE_MARKERS):
                located = Path(str(dist.locate_file(file)))
                if located.is_file():
                    inner_parts = list(parts[1:-1])
                    if inner_parts[:1] == ["licenses"]:  # PEP 639's dist-info/licenses/
                        inner_parts = inner_parts[1:]
                    inner = "/".join(inner_parts)
                    dest = f"licenses/{dist.metadata['Name']}" + (f"/{inner}" if inner else "")
                    datas.append((str(located), dest))
    stdlib = Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}"
    for candidate in (stdlib / "LICENSE.txt", Path(sys.base_prefix) / "LICENSE.txt"):
        if candidate.is_file():
            datas.append((str(candidate), "licenses/Python"))
            break
    for licence, texts in SYSTEM_LICENSE_TEXTS.items():
        for text in texts:
            if Path(text).is_file():
                datas.append((text, f"licenses/{licence}"))
                break
    return datas


def third_party_notice(root: Path = REPO_ROOT) -> str:
    """``licenses/THIRD-PARTY-NOTICES.txt``: every bundled distribution with version and licence."""
    import importlib.metadata as metadata

    lines = [
        "ShipCheck 发货考核助手 — third-party software in this bundle",
        "",
        "Licence texts are in the folder of the same name beside this file.",
        "Qt and Qt for Python (PySide6, shiboken6) are used under the LGPL-3.0 (texts in",
        "LGPL-3.0/ and GPL-3.0/). They are separate, replaceable shared libraries in this",
        "folder (PySide6/Qt/lib, *.so / *.dll), unmodified, as The Qt Company distributes them",
        "in the PySide6-Essentials wheel.",
        "",
    ]
    for name in runtime_distributions(root):
        meta = metadata.distribution(name).metadata.json  # lower-case keys, missing keys absent
        licence = str(meta.get("license_expression") or meta.get("license") or "")
        if not licence or len(licence) > 80:
            classifiers = [str(c).split(" :: ")[-1] for c in meta.get("classifier", [])]
            licence = next((c for c in classifiers if "License" in c or "GPL" in c), licence[:80])
        lines.append(f"{meta['name']} {meta['version']}: {licence or 'see its licence file'}")
    lines.append("Python: Python Software Foundation License (Python/LICENSE.txt)")
    return "\n".join(lines) + "\n"
