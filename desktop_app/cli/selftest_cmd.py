"""`shipcheck selftest` (hidden): checks that an installation, above all a frozen one, is complete.

The build's smoke test runs it inside the PyInstaller bundle, where a missing data file or a module
PyInstaller did not collect would otherwise only show on a seller's machine. It prints one JSON
object::

    {"version": "0.1.0", "frozen": true, "ok": true,
     "checks": {"xml_hardening": {"ok": true, "detail": "…"}, …}}

Each check's ``ok`` is ``true``, ``false`` (broken) or ``null`` (the thing checked is not part of
this installation yet, e.g. no translations have been written). The exit code is 1 if any check is
``false``, else 0.

``shipcheck selftest --gui [GUI ARGS…]`` instead runs the ``gui`` subcommand, prints
``{"window_shown": true, "title": …, "seconds": …}`` as soon as the first top-level window is shown,
then closes every window so the command returns: how the smoke test opens the frozen GUI headlessly
(with ``QT_QPA_PLATFORM=offscreen``) and measures the time to a shown window.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
import time
import traceback
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop_app.chinatime import CHINA

CheckResult = dict[str, Any]


_CHINESE_SAMPLE = "发货考核助手快手抖店速卖通"
"""Characters every bundled CJK font (however subset) must draw: the app's name and platforms."""

_BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><lolz>&lol2;</lolz>'
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the hidden ``selftest`` subcommand."""
    # No help= : argparse lists a subcommand in --help only when it has one.
    parser = subparsers.add_parser(
        "selftest",
        description="Check that this installation is complete (fonts, translations, parameters, "
        "holiday data, XML hardening); prints JSON.",
    )
    parser.add_argument("--db", type=Path, default=None, help="database (used only with --gui)")
    parser.add_argument(
        "--gui",
        nargs=argparse.REMAINDER,
        default=None,
        metavar="GUI_ARGS",
        help="open the GUI (`gui GUI_ARGS…`), report when its window is shown, and close it",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=60.0,
        help="with --gui: seconds to wait for a window before failing (default 60)",
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        default=None,
        metavar="PNG",
        help="with --gui: save a picture of the window before closing it",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Run the checks (or the GUI round trip) and print the JSON result."""
    if args.gui is not None:
        return _gui_round_trip(
            list(args.gui), args.db, args.timeout, getattr(args, "screenshot", None)
        )
    checks: dict[str, CheckResult] = {}
    for name, check in _CHECKS:
        try:
            checks[name] = check()
        except Exception as exc:  # a check that crashes is a failed check, with its reason
            checks[name] = {"ok": False, "detail": f"{type(exc).__name__}: {exc}"}
            checks[name]["traceback"] = traceback.format_exc(limit=5)
    from desktop_app import __version__

    ok = all(result["ok"] is not False for result in checks.values())
    report = {
        "version": __version__,
        "frozen": bool(getattr(sys, "frozen", False)),
        "ok": ok,
        "checks": checks,
    }
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0 if ok else 1


# ---------------------------------------------------------------- checks


def check_xml_hardening() -> CheckResult:
    """openpyxl parses every xlsx part through defusedxml, and an entity bomb is refused."""
    import defusedxml
    import openpyxl.xml
    from openpyxl.xml import functions

    if not openpyxl.xml.DEFUSEDXML:
        return {
            "ok": False,
            "detail": "openpyxl.xml.DEFUSEDXML is False: xlsx parsing is unhardened",
        }
    parser_module = getattr(functions.fromstring, "__module__", "") or ""
    if not parser_module.startswith("defusedxml"):
        return {"ok": False, "detail": f"openpyxl parses with {parser_module}, not defusedxml"}
    try:
        functions.fromstring(_BILLION_LAUGHS)
    except Exception as exc:  # defusedxml.EntitiesForbidden (a ValueError subclass)
        if type(exc).__module__.startswith("defusedxml"):
            return {
                "ok": True,
                "detail": f"openpyxl.DEFUSEDXML=True, defusedxml {defusedxml.__version__}; "
                f"entity bomb refused ({type(exc).__name__})",
            }
        return {"ok": False, "detail": f"entity bomb raised {type(exc).__name__}, not defusedxml"}
    return {"ok": False, "detail": "an XML entity bomb was parsed"}


def _import_all(package_name: str) -> list[str]:
    package = importlib.import_module(package_name)
    names = [package_name]
    for info in pkgutil.walk_packages(package.__path__, prefix=package_name + "."):
        if not info.name.endswith(".__main__"):  # running it would start the app
            names.append(info.name)
    for name in names:
        importlib.import_module(name)
    return names


def check_modules() -> CheckResult:
    """Every ``desktop_app`` and ``policies`` module imports (nothing left out of the bundle)."""
    counts = {package: len(_import_all(package)) for package in ("desktop_app", "policies")}
    from desktop_app.cli.main import command_modules

    commands = [name.rsplit(".", 1)[-1] for name in command_modules()]
    return {
        "ok": "selftest_cmd" in commands,
        "detail": f"modules {counts}; CLI modules: {', '.join(commands)}",
    }


def check_parameters() -> CheckResult:
    """The policy parameter files (``policies/parameters/**/*.toml``) are present and parse."""
    import tomllib
    from importlib.resources import files

    root = files("policies")
    parameters = root.joinpath("parameters")
    if not parameters.is_dir():
        return {"ok": None, "detail": "policies/parameters/ is not part of this version"}
    parsed = 0
    stack = [parameters]
    while stack:
        folder = stack.pop()
        for item in folder.iterdir():
            if item.is_dir():
                stack.append(item)
            elif item.name.endswith(".toml"):
                tomllib.loads(item.read_text(encoding="utf-8"))
                parsed += 1
    if parsed == 0:
        return {"ok": False, "detail": "policies/parameters/ holds no .toml file"}
    detail = f"{parsed} parameter files parse"
    from policies.params import load_definitions  # validates dates, units and sources

    detail += f"; the engine loads {len(load_definitions())} parameters"
    return {"ok": True, "detail": detail}


def check_regions() -> CheckResult:
    """The administrative-division table behind K1 affected areas is bundled and resolves."""
    from policies import regions

    if not regions.DATA_FILE.is_file():
        return {"ok": False, "detail": f"region data {regions.DATA_FILE} is missing"}
    region = regions.resolve_text("上海市浦东新区")
    if region.district != "浦东新区":
        return {"ok": False, "detail": f"上海市浦东新区 resolved to {region}"}
    return {"ok": True, "detail": f"上海市浦东新区 → {region}"}


def check_calendar() -> CheckResult:
    """The official holiday calendar is present and covers the current year (China time)."""
    import chinese_calendar
    from chinese_calendar import constants

    if not chinese_calendar.is_holiday(date(2025, 10, 1)):
        return {"ok": False, "detail": "2025-10-01 (National Day) is not a holiday"}
    if not chinese_calendar.is_workday(date(2025, 9, 28)):
        return {"ok": False, "detail": "2025-09-28 (a make-up working Sunday) is not a workday"}
    last_year = max(day.year for day in constants.holidays)
    this_year = datetime.now(CHINA).year
    detail = f"holidays and make-up workdays through {last_year}"
    if this_year > last_year:
        return {
            "ok": False,
            "detail": f"{detail}; {this_year} is not covered — update chinesecalendar",
        }
    return {"ok": True, "detail": detail}


def _qt_gui_app() -> Any:
    """The running Qt application, or a new offscreen one (a QApplication, so that a later
    widgets user in the same process — a test session, say — can share it)."""
    from desktop_app.qt import QtCore, QtWidgets

    app = QtCore.QCoreApplication.instance()
    if app is None:
        app = QtWidgets.QApplication([sys.argv[0], "-platform", "offscreen"])
    return app


def check_fonts() -> CheckResult:
    """The bundled CJK font loads into Qt and covers Simplified Chinese (no system font needed)."""
    from desktop_app.qt import QtGui
    from desktop_app.resources import resource_path

    folder = resource_path("fonts")
    if not folder.is_dir():
        return {"ok": None, "detail": "resources/fonts/ is not part of this version"}
    fonts = sorted(p for p in folder.iterdir() if p.suffix.lower() in {".otf", ".ttf", ".ttc"})
    if not fonts:
        return {"ok": False, "detail": f"no font file in {folder}"}
    _qt_gui_app()
    chinese = []
    for font in fonts:
        font_id = QtGui.QFontDatabase.addApplicationFont(str(font))
        if font_id < 0:
            return {"ok": False, "detail": f"Qt cannot load {font.name}"}
        # A subset font may not claim the "Simplified Chinese" writing system; ask for the glyphs.
        raw = QtGui.QRawFont(str(font), 12.0)
        if raw.isValid() and all(raw.supportsCharacter(ord(ch)) for ch in _CHINESE_SAMPLE):
            chinese += QtGui.QFontDatabase.applicationFontFamilies(font_id)
    if not chinese:
        return {
            "ok": False,
            "detail": f"no bundled font has the glyphs of {_CHINESE_SAMPLE!r}: "
            f"{[f.name for f in fonts]}",
        }
    return {
        "ok": True,
        "detail": f"{len(fonts)} font files; Chinese families: {sorted(set(chinese))}",
    }


def check_translations() -> CheckResult:
    """The app's compiled translations (``resources/translations/*.qm``) and Qt's own load."""
    from desktop_app.qt import QtCore
    from desktop_app.resources import resource_path

    folder = resource_path("translations")
    qt_dir = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QtCore.QTranslator()
    qt_ok = qt_translator.load("qtbase_zh_CN", qt_dir)
    if not folder.is_dir() or not any(folder.glob("*.qm")):
        return {
            "ok": None if qt_ok else False,
            "detail": f"no compiled app translations yet; Qt's qtbase_zh_CN loads: {qt_ok}",
        }
    loaded = []
    for qm in sorted(folder.glob("*.qm")):
        translator = QtCore.QTranslator()
        if not translator.load(str(qm)):
            return {"ok": False, "detail": f"Qt cannot load {qm.name}"}
        loaded.append(qm.name)
    if not qt_ok:
        return {"ok": False, "detail": f"Qt's own qtbase_zh_CN.qm is missing from {qt_dir}"}
    return {"ok": True, "detail": f"app: {', '.join(loaded)}; Qt: qtbase_zh_CN"}


def check_resources() -> CheckResult:
    """The resources folder exists and which of its parts this installation has."""
    from desktop_app.resources import resources_dir

    folder = resources_dir()
    if not folder.is_dir():
        return {"ok": False, "detail": f"{folder} does not exist"}
    parts = sorted(p.name for p in folder.iterdir() if p.is_dir())
    return {"ok": True, "detail": f"{folder}: {', '.join(parts)}"}


def check_qt_plugins() -> CheckResult:
    """Qt's platform and image-format plugins that the app relies on are present."""
    from desktop_app.qt import QtCore, QtGui

    plugins = Path(QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.PluginsPath))
    platforms = sorted(p.stem for p in (plugins / "platforms").glob("*") if p.is_file())
    wanted = {"linux": "xcb", "win32": "qwindows", "darwin": "qcocoa"}.get(sys.platform, "")
    _qt_gui_app()
    formats = {bytes(f.data()).decode() for f in QtGui.QImageReader.supportedImageFormats()}
    missing = [f for f in ("png", "jpg", "ico") if f not in formats]
    if wanted and not any(wanted in name for name in platforms):
        return {"ok": False, "detail": f"no {wanted} platform plugin in {plugins}: {platforms}"}
    if missing:
        return {"ok": False, "detail": f"image formats missing: {missing}"}
    return {"ok": True, "detail": f"platforms: {platforms}; images: {sorted(formats)}"}


def check_sqlite() -> CheckResult:
    """SQLite is recent enough and has the JSON functions."""
    import sqlite3

    with sqlite3.connect(":memory:") as conn:
        value = conn.execute("SELECT json_extract('{\"a\": 1}', '$.a')").fetchone()[0]
    return {"ok": value == 1, "detail": f"SQLite {sqlite3.sqlite_version}"}


def check_demo() -> CheckResult:
    """The demo exports named by ``resources/demo/demo.toml`` are all there."""
    import tomllib

    from desktop_app.resources import resource_path

    manifest = resource_path("demo", "demo.toml")
    if not manifest.is_file():
        return {"ok": None, "detail": "resources/demo/demo.toml is not part of this version"}
    data = tomllib.loads(manifest.read_text(encoding="utf-8"))
    names = sorted(set(_file_names(data)))
    missing = [name for name in names if not (manifest.parent / name).is_file()]
    if not names or missing:
        return {"ok": False, "detail": f"demo files missing: {missing or 'none listed'}"}
    return {"ok": True, "detail": f"{len(names)} demo files"}


def _file_names(value: Any) -> list[str]:
    """Every string under a ``file``/``path``/``files`` key anywhere in a parsed TOML document."""
    found: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if key in {"file", "path"} and isinstance(item, str):
                found.append(item)
            elif key == "files" and isinstance(item, list):
                found += [x for x in item if isinstance(x, str)]
                found += [n for x in item if isinstance(x, dict) for n in _file_names(x)]
            else:
                found += _file_names(item)
    elif isinstance(value, list):
        for item in value:
            found += _file_names(item)
    return found


def check_engine() -> CheckResult:
    """Which form of the policy engine runs: compiled by mypyc (as the installer ships it, see
    build/compile_engine.py) or the Python sources — both judge alike; ``detail`` says which."""
    import policies.engine

    location = policies.engine.__file__ or ""
    compiled = not location.endswith((".py", ".pyc"))
    kind = "compiled (mypyc)" if compiled else "Python sources"
    return {"ok": True, "compiled": compiled, "detail": f"{kind}: {Path(location).name}"}


def check_rule_packs() -> CheckResult:
    """Rule updates can be verified: the signature library loads, the trusted keys are there,
    and the example pack's signature checks out."""
    from desktop_app.resources import resource_path
    from desktop_app.rulepacks.envelope import read_pack
    from desktop_app.rulepacks.trust import trusted_keys

    keys = trusted_keys()
    if not any(k.use == "release" for k in keys):
        return {"ok": False, "detail": "no release key in resources/rule_keys.json"}
    example = sorted(resource_path("rule_packs").glob("*.json"))
    if not example:
        return {"ok": None, "detail": f"{len(keys)} keys; no example pack in this version"}
    pack = read_pack(example[0], allow_example=True)
    return {"ok": True, "detail": f"{len(keys)} keys; {example[0].name} ({pack.date}) verified"}


_CHECKS: list[tuple[str, Callable[[], CheckResult]]] = [
    ("xml_hardening", check_xml_hardening),
    ("modules", check_modules),
    ("parameters", check_parameters),
    ("calendar", check_calendar),
    ("regions", check_regions),
    ("resources", check_resources),
    ("fonts", check_fonts),
    ("translations", check_translations),
    ("qt_plugins", check_qt_plugins),
    ("sqlite", check_sqlite),
    ("demo", check_demo),
    ("engine", check_engine),
    ("rule_packs", check_rule_packs),
]


# ---------------------------------------------------------------- GUI round trip


def _gui_round_trip(
    gui_args: list[str], db: Path | None, timeout: float, screenshot: Path | None = None
) -> int:
    """Run ``gui GUI_ARGS``; when its first window is shown, report it and close everything."""
    from desktop_app.cli.main import build_parser
    from desktop_app.qt import QtCore, QtWidgets

    started = time.perf_counter()
    argv = ["gui", *gui_args]
    if db is not None and "--db" not in gui_args:
        argv += ["--db", str(db)]
    try:
        gui_args_ns = build_parser().parse_args(argv)
    except SystemExit:  # no `gui` subcommand (yet), or arguments it does not take
        print(json.dumps({"window_shown": False, "detail": f"cannot parse {argv}"}), flush=True)
        return 2
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([sys.argv[0]])
    state: dict[str, Any] = {"shown": None, "timed_out": False}
    window_type = QtCore.Qt.WindowType
    transient = {window_type.Popup, window_type.ToolTip, window_type.SplashScreen}

    def close_all() -> None:
        window = state.get("window")
        if screenshot is not None and window is not None:
            window.grab().save(str(screenshot))
        for widget in QtWidgets.QApplication.topLevelWidgets():
            widget.close()
        # exit(), not quit(): Qt 6 quit() posts a termination event that could outlive this loop.
        QtCore.QCoreApplication.exit(0)

    class ShowWatcher(QtCore.QObject):
        """Notices the first top-level window that becomes visible."""

        def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
            if (
                state["shown"] is None
                and event.type() == QtCore.QEvent.Type.Show
                and isinstance(watched, QtWidgets.QWidget)
                and watched.isWindow()
                and watched.windowType() not in transient
            ):
                state["shown"] = {
                    "window_shown": True,
                    "class": type(watched).__name__,
                    "title": watched.windowTitle(),
                    "seconds": round(time.perf_counter() - started, 3),
                }
                print(json.dumps(state["shown"], ensure_ascii=False), flush=True)
                state["window"] = watched
                QtCore.QTimer.singleShot(1500 if screenshot else 200, close_all)
            return False

    def time_out() -> None:
        state["timed_out"] = True
        close_all()

    watcher = ShowWatcher()
    app.installEventFilter(watcher)
    # A timer object rather than singleShot: it must be stopped when the GUI returns, or in a
    # process that goes on (a test session) it would later close someone else's windows.
    deadline = QtCore.QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(time_out)
    deadline.start(int(timeout * 1000))
    try:
        result = int(gui_args_ns.run(gui_args_ns) or 0)
    finally:
        deadline.stop()
        app.removeEventFilter(watcher)
    if state["shown"] is None:
        why = "timed out" if state["timed_out"] else "the gui command returned"
        print(
            json.dumps({"window_shown": False, "detail": f"no window was shown ({why})"}),
            flush=True,
        )
        return 1
    return result
