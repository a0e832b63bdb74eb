"""Smoke test of a built ShipCheck: drive the frozen executable end to end, headlessly.

    python build/smoke_test.py dist/ShipCheck/ShipCheck      # the frozen app (what build.py runs)
    python build/smoke_test.py --source                      # the same steps against the checkout

Every step runs the executable in a fresh temporary home, database and working directory, with
``QT_QPA_PLATFORM=offscreen``, no PYTHONPATH, and a fontconfig that sees *no system fonts* (a
seller's machine may have no CJK font; the app must draw Chinese with the font it ships). A step
fails on a non-zero exit, on output that does not parse, or on any stderr line not known to be
harmless Qt chatter (:data:`HARMLESS_STDERR`).

Steps: ``--version``; ``selftest`` (XML hardening, fonts, translations, parameters, holiday data,
modules); importing the demo exports listed in ``resources/demo/demo.toml`` into a fresh database;
``orders``; ``evaluate --json``; ``metrics``; ``report penalty`` and ``report appeal`` PDFs (with
the Chinese text checked through pdftotext and font embedding through pdffonts when poppler is
installed); the ``evidence`` zip; the GUI shown and closed offscreen (and under Xvfb with the real
xcb platform on Linux when Xvfb is installed), with the time to a shown window recorded.

A subcommand the app does not have yet (absent from ``shipcheck --help``) is skipped with a loud
``NOT YET AVAILABLE`` line instead of failing, so this same script grows strict as the app is
completed. Anything the checkout has but the bundle lacks (a font, a translation, the demo) fails.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_config  # build/bundle_config.py, beside this script

REPO_ROOT = bundle_config.REPO_ROOT
STEP_TIMEOUT = 180.0
GUI_TIMEOUT = 60.0

HARMLESS_STDERR = (
    # Qt's offscreen platform cannot do these and says so; nothing the user would ever see.
    re.compile(r"^This plugin does not support (propagateSizeHints|raise|grabWindow|setParent)"),
    re.compile(r"^QFont::setPointSizeF: Point size <= 0"),
    # With no system fonts at all (on purpose, see module doc) fontconfig says so once.
    re.compile(r"^Fontconfig (warning|error): .*(no <cachedir>|Cannot load default config)"),
    re.compile(r"^qt\.qpa\.fonts: Populating font family aliases took"),
    # Xvfb has no window manager, compositor, session bus or input method.
    re.compile(r"^qt\.qpa\.(xcb|theme|services|input\.methods)"),
    re.compile(r"^QStandardPaths: XDG_RUNTIME_DIR not set"),
)

TROUBLE_STDERR = re.compile(
    r"Traceback|^\s+File \"|Error|Exception|Warning|warning:|^qt\.|^Q[A-Z]\w*(::|:)|^Fontconfig"
    r"|cannot|could not|not found|missing|内部错误|错误|警告|失败|异常",
    re.IGNORECASE,
)
"""What makes a stderr line from a data command a failure (they may print summaries there)."""

EVALUATE_KEYS = {
    "platform",
    "order_id",
    "status",
    "deadline",
    "rules",
    "reasons",
    "compensation",
    "appeal_candidate",
    "flags",
}
STATUSES = {"on_time", "late", "overdue", "at_risk", "pending", "exempt", "excluded"}
PLATFORMS = ("kuaishou", "douyin", "aliexpress")


class StepFailed(Exception):
    """A smoke-test step found something wrong; the message says what."""


@dataclass
class Result:
    """One command's outcome."""

    argv: list[str]
    returncode: int
    stdout: str
    stderr: str
    seconds: float


@dataclass
class SmokeReport:
    """What the smoke test found: passed, failed and not-yet-available steps, and timings."""

    passed: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    not_yet: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when no step failed."""
        return not self.failed


class Smoke:
    """Runs the steps against one executable (a command prefix) in one scratch directory."""

    def __init__(
        self,
        command: Sequence[str],
        scratch: Path,
        frozen: bool,
        xvfb: bool,
        compare_source: bool = False,
        compiled_engine: bool = False,
    ) -> None:
        self.command = list(command)
        self.compiled_engine = compiled_engine  # the bundle must run the mypyc-compiled engine
        self.scratch = scratch
        self.frozen = frozen
        self.xvfb = xvfb
        self.compare_source = compare_source and frozen
        self.report = SmokeReport()
        self.db = scratch / "smoke.db"
        self.out = scratch / "out"
        self.out.mkdir()
        self.env = self._environment()
        self._available: dict[tuple[str, ...], bool] = {}

    # ------------------------------------------------------------ plumbing

    def _environment(self) -> dict[str, str]:
        home = self.scratch / "home"
        home.mkdir()
        self.tmp = self.scratch / "tmp"  # the app's temporary files, checked for leftovers
        self.tmp.mkdir()
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("PYTHON", "QT_", "XDG_", "FONTCONFIG", "SHIPCHECK_"))
        }
        env.update(
            HOME=str(home),
            USERPROFILE=str(home),
            APPDATA=str(home / "AppData" / "Roaming"),
            LOCALAPPDATA=str(home / "AppData" / "Local"),
            XDG_DATA_HOME=str(home / ".local" / "share"),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_CACHE_HOME=str(home / ".cache"),
            TMPDIR=str(self.tmp),
            TEMP=str(self.tmp),
            TMP=str(self.tmp),
            QT_QPA_PLATFORM="offscreen",
            SHIPCHECK_LANG="zh_CN",
            TZ="UTC",  # the machine's zone must not matter: the app works in China time
        )
        if not self.frozen:
            env["PYTHONPATH"] = str(REPO_ROOT)
        locale = env.get("LC_ALL") or env.get("LC_CTYPE") or env.get("LANG") or ""
        if os.name == "posix" and "utf" not in locale.lower().replace("-", ""):
            # A bare CI environment has no locale and Qt warns about it on stderr; a desktop session
            # always has one. Give the app the UTF-8 locale every glibc system has.
            env.pop("LC_ALL", None)
            env["LANG"] = "C.UTF-8"
        if sys.platform.startswith("linux"):
            # A fontconfig with no font directories: like a workstation without CJK fonts.
            fonts_conf = self.scratch / "fonts.conf"
            cache = self.scratch / "fontconfig-cache"
            fonts_conf.write_text(
                '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
                f"<fontconfig><cachedir>{cache}</cachedir></fontconfig>\n",
                encoding="utf-8",
            )
            env["FONTCONFIG_FILE"] = str(fonts_conf)
        return env

    def run(self, *args: str, env: dict[str, str] | None = None) -> Result:
        """Run the executable with ``args``; never raises for a non-zero exit."""
        argv = [*self.command, *args]
        started = time.perf_counter()
        try:
            proc = subprocess.run(
                argv,
                capture_output=True,
                env=env or self.env,
                cwd=self.scratch,
                timeout=STEP_TIMEOUT,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise StepFailed(f"{' '.join(args)}: no answer within {STEP_TIMEOUT:.0f} s") from exc
        return Result(
            argv=argv,
            returncode=proc.returncode,
            stdout=proc.stdout.decode("utf-8", errors="replace"),
            stderr=proc.stderr.decode("utf-8", errors="replace"),
            seconds=time.perf_counter() - started,
        )

    def run_ok(self, *args: str, env: dict[str, str] | None = None, strict: bool = False) -> Result:
        """Run and require exit code 0 and no unexpected stderr (see :func:`unexpected_stderr`)."""
        result = self.run(*args, env=env)
        if result.returncode != 0:
            raise StepFailed(
                f"`{' '.join(args)}` exited {result.returncode}\n"
                f"--- stderr\n{result.stderr.strip()}\n--- stdout\n{result.stdout.strip()[:2000]}"
            )
        unexpected = unexpected_stderr(result.stderr, strict=strict)
        if unexpected:
            raise StepFailed(f"`{' '.join(args)}` wrote to stderr:\n" + "\n".join(unexpected))
        return result

    def available(self, *words: str) -> bool:
        """Whether ``shipcheck WORDS… --help`` succeeds, i.e. the (sub)command exists."""
        if words not in self._available:
            result = self.run(*words, "--help")
            self._available[words] = result.returncode == 0
        return self._available[words]

    def step(self, name: str, function: Any, *args: Any) -> Any:
        """Run one step, recording PASS/FAIL; returns the step's value (None on failure)."""
        started = time.perf_counter()
        try:
            value = function(*args)
        except StepFailed as exc:
            self.report.failed.append(f"{name}: {exc}")
            print(f"FAIL  {name}: {exc}", flush=True)
            return None
        seconds = time.perf_counter() - started
        self.report.timings[name] = round(seconds, 2)
        self.report.passed.append(name)
        print(f"PASS  {name} ({seconds:.1f} s)", flush=True)
        return value

    def not_yet(self, name: str, why: str) -> None:
        """Record a step skipped because the app does not have that part yet."""
        line = f"{name} — {why}"
        self.report.not_yet.append(line)
        print(f"!!!!  NOT YET AVAILABLE: {line}", flush=True)

    def requires(self, name: str, *words: str) -> bool:
        """True if ``shipcheck WORDS`` exists; otherwise a NOT YET AVAILABLE line for ``name``."""
        if self.available(*words):
            return True
        self.not_yet(name, f"`shipcheck {' '.join(words)}` is not in this build")
        return False

    # ------------------------------------------------------------ steps

    def check_version(self) -> None:
        """``--version`` prints the package version."""
        expected = f"ShipCheck {bundle_config.read_version(REPO_ROOT)}"
        result = self.run_ok("--version", strict=True)
        if result.stdout.strip() != expected:
            raise StepFailed(f"--version printed {result.stdout.strip()!r}, expected {expected!r}")

    def check_selftest(self) -> dict[str, Any]:
        """``selftest``: every check passes; a part the checkout has must not be absent."""
        result = self.run_ok("selftest", strict=True)
        try:
            data = json.loads(result.stdout)
        except json.JSONDecodeError as exc:
            raise StepFailed(f"selftest printed no JSON: {result.stdout[:500]}") from exc
        if self.frozen and not data.get("frozen"):
            raise StepFailed("selftest says it is not running frozen")
        checks: dict[str, dict[str, Any]] = data["checks"]
        problems = [f"{name}: {c['detail']}" for name, c in checks.items() if c["ok"] is False]
        if checks.get("xml_hardening", {}).get("ok") is not True:
            problems.append("XML hardening (openpyxl.DEFUSEDXML) is not active")
        if self.compiled_engine and checks.get("engine", {}).get("compiled") is not True:
            problems.append(f"engine: not the compiled one ({checks.get('engine')})")
        for name, check in checks.items():
            if check["ok"] is None:
                if source_has(name):
                    problems.append(f"{name}: the checkout has it but the bundle does not")
                else:
                    self.not_yet(f"selftest {name}", check["detail"])
        if problems:
            raise StepFailed("; ".join(problems))
        return checks

    def check_package_data(self) -> int:
        """Every data file of our packages (parameters, region table …) is in the bundle, and so
        is the third-party licence summary."""
        bundle_root = self.frozen_resources().parent
        missing = []
        count = 0
        for package in bundle_config.FIRST_PARTY_PACKAGES:
            for path in (REPO_ROOT / package).rglob("*"):
                if not path.is_file() or path.suffix in {".py", ".pyc", ".pyi"}:
                    continue
                if "__pycache__" in path.parts:
                    continue
                count += 1
                rel = path.relative_to(REPO_ROOT)
                if not (bundle_root / rel).is_file():
                    missing.append(rel.as_posix())
        if not (bundle_root / "licenses" / "THIRD-PARTY-NOTICES.txt").is_file():
            missing.append("licenses/THIRD-PARTY-NOTICES.txt")
        if missing:
            raise StepFailed(f"package data missing from the bundle: {missing}")
        return count

    def import_demo(self) -> list[Path]:
        """Import every demo file into the fresh database: ``areas import`` for affected-area
        tables (``kind = "areas"``), ``import --platform --shop`` for the rest."""
        manifest = demo_manifest(self.frozen_resources())
        entries = demo_entries(manifest)
        if not entries:
            raise StepFailed(f"{manifest} lists no files")
        files = []
        for entry in entries:
            path = manifest.parent / entry["file"]
            if not path.is_file():
                raise StepFailed(f"demo file {path} is missing")
            if entry.get("kind") == "areas":
                if not self.requires("import demo areas", "areas", "import"):
                    continue
                args = ["areas", "import", str(path), "--db", str(self.db)]
            else:
                args = ["import", str(path), "--db", str(self.db)]
                if entry.get("platform"):
                    args += ["--platform", str(entry["platform"])]
                if entry.get("shop"):
                    args += ["--shop", str(entry["shop"])]
            self.run_ok(*args)
            files.append(path)
        return files

    def check_orders(self) -> int:
        """``orders --json`` lists what was imported."""
        lines = json_lines(self.run_ok("orders", "--json", "--db", str(self.db)).stdout)
        if not lines:
            raise StepFailed("orders --json printed no order after importing the demo")
        return len(lines)

    def evaluate(self, as_of: str | None) -> list[dict[str, Any]]:
        """``evaluate --json``: one well-formed verdict per order."""
        args = ["evaluate", "--json", "--db", str(self.db)]
        if as_of:
            args += ["--as-of", as_of]
        verdicts = json_lines(self.run_ok(*args).stdout)
        if not verdicts:
            raise StepFailed("evaluate --json printed nothing")
        for verdict in verdicts:
            missing = EVALUATE_KEYS - verdict.keys()
            if missing:
                raise StepFailed(f"verdict without {sorted(missing)}: {verdict}")
            if verdict["status"] not in STATUSES:
                raise StepFailed(f"unknown status {verdict['status']!r}")
            if verdict["platform"] not in PLATFORMS:
                raise StepFailed(f"unknown platform {verdict['platform']!r}")
            if not isinstance(verdict["order_id"], str):
                raise StepFailed(f"order_id is not a string: {verdict['order_id']!r}")
        return verdicts

    def same_as_source(self, verdicts: list[dict[str, Any]], as_of: str | None) -> int:
        """The checkout, run with the build's Python on the same demo, gives the same verdicts.

        A difference means freezing changed behaviour: a data file, a module or a library that
        the frozen app resolves differently (region table, holiday data, parameters …).
        """
        scratch = self.scratch / "source"
        scratch.mkdir()
        source = Smoke([sys.executable, "-m", "desktop_app"], scratch, frozen=False, xvfb=False)
        source.import_demo()
        expected = source.evaluate(as_of)

        def canonical(items: list[dict[str, Any]]) -> list[str]:
            return sorted(json.dumps(item, sort_keys=True, ensure_ascii=False) for item in items)

        frozen_lines, source_lines = canonical(verdicts), canonical(expected)
        if frozen_lines != source_lines:
            only_frozen = sorted(set(frozen_lines) - set(source_lines))[:3]
            only_source = sorted(set(source_lines) - set(frozen_lines))[:3]
            raise StepFailed(
                f"{len(frozen_lines)} frozen vs {len(source_lines)} source verdicts differ;\n"
                f"frozen only: {only_frozen}\nsource only: {only_source}"
            )
        return len(frozen_lines)

    def metrics(self, platform: str, period: str, start: date) -> None:
        """``metrics`` for one platform and period prints parseable JSON."""
        result = self.run_ok(
            "metrics",
            "--platform",
            platform,
            "--period",
            period,
            "--start",
            start.isoformat(),
            "--json",
            "--db",
            str(self.db),
        )
        text = result.stdout.strip()
        if not text:
            raise StepFailed("metrics --json printed nothing")
        try:
            json.loads(text)
        except json.JSONDecodeError:
            json_lines(text)

    def report_pdf(self, kind: str, platform: str, span: tuple[date, date]) -> Path:
        """``report penalty|appeal`` writes a PDF whose Chinese text survives extraction."""
        out = self.out / f"{kind}-{platform}.pdf"
        self.run_ok(
            "report",
            kind,
            "--platform",
            platform,
            "--from",
            span[0].isoformat(),
            "--to",
            span[1].isoformat(),
            "--out",
            str(out),
            "--db",
            str(self.db),
        )
        check_pdf(out)
        return out

    def evidence(self, platform: str, span: tuple[date, date]) -> Path:
        """``evidence`` writes a valid, non-empty zip."""
        out = self.out / f"evidence-{platform}.zip"
        attachment = self.out / "attachment.txt"
        attachment.write_text("物流停滞截图说明 smoke-test attachment\n", encoding="utf-8")
        self.run_ok(
            "evidence",
            "--platform",
            platform,
            "--from",
            span[0].isoformat(),
            "--to",
            span[1].isoformat(),
            "--out",
            str(out),
            "--attach",
            str(attachment),
            "--db",
            str(self.db),
        )
        if not zipfile.is_zipfile(out):
            raise StepFailed(f"{out.name} is not a zip file")
        with zipfile.ZipFile(out) as archive:
            bad = archive.testzip()
            names = archive.namelist()
        if bad is not None or not names:
            raise StepFailed(f"{out.name}: corrupt member {bad!r} or empty ({len(names)} files)")
        return out

    def gui(
        self,
        gui_args: Sequence[str],
        env: dict[str, str] | None = None,
        screenshot: Path | None = None,
    ) -> float:
        """Open the GUI through ``selftest --gui``, wait for the window, return seconds to shown.

        With ``screenshot``, a picture of the window is saved there (and must not be blank).
        """
        # Options before --gui: everything after --gui goes to the gui subcommand.
        options = ["--timeout", str(GUI_TIMEOUT)]
        if screenshot is not None:
            options += ["--screenshot", str(screenshot)]
        argv = [*self.command, "selftest", *options, "--gui", *gui_args]
        stderr_file = self.scratch / "gui-stderr.txt"
        started = time.perf_counter()
        with stderr_file.open("wb") as err:
            proc = subprocess.Popen(
                argv, stdout=subprocess.PIPE, stderr=err, env=env or self.env, cwd=self.scratch
            )
            shown_at: float | None = None
            assert proc.stdout is not None
            for raw in proc.stdout:  # the app closes itself at the latest after GUI_TIMEOUT
                line = raw.decode("utf-8", errors="replace").strip()
                if line.startswith("{") and '"window_shown": true' in line and shown_at is None:
                    shown_at = time.perf_counter() - started
            try:
                proc.wait(timeout=GUI_TIMEOUT)
            except subprocess.TimeoutExpired as exc:
                proc.kill()
                raise StepFailed("the GUI did not close within the timeout") from exc
        stderr = stderr_file.read_text(encoding="utf-8", errors="replace")
        if proc.returncode != 0 or shown_at is None:
            raise StepFailed(
                f"gui {' '.join(gui_args)}: exit {proc.returncode}, window shown: "
                f"{shown_at is not None}\n--- stderr\n{stderr.strip()}"
            )
        unexpected = unexpected_stderr(stderr)
        if unexpected:
            raise StepFailed("the GUI wrote to stderr:\n" + "\n".join(unexpected))
        if screenshot is not None and (
            not screenshot.is_file() or screenshot.stat().st_size < 2048
        ):
            raise StepFailed(f"no picture of the window was saved to {screenshot.name}")
        return shown_at

    # ------------------------------------------------------------ the whole run

    def frozen_resources(self) -> Path:
        """The resources folder the executable itself uses (inside the bundle when frozen)."""
        if not self.frozen:
            return REPO_ROOT / "resources"
        exe = Path(self.command[0])
        for candidate in (
            exe.parent / "_internal" / "resources",
            exe.parent.parent / "Resources" / "resources",  # macOS .app
            exe.parent.parent / "Frameworks" / "resources",
        ):
            if candidate.is_dir():
                return candidate
        raise StepFailed(f"no resources folder beside {exe}")

    def run_all(self) -> SmokeReport:
        """Every step in order; a step whose prerequisite failed or is missing is skipped."""
        self.step("version", self.check_version)
        self.step("selftest", self.check_selftest)
        if self.frozen:
            self.step("package data", self.check_package_data)
        imported = False
        demo_toml = self.frozen_resources() / "demo" / "demo.toml"
        if not demo_toml.is_file():
            if (REPO_ROOT / "resources" / "demo" / "demo.toml").is_file():
                self.report.failed.append("demo: resources/demo/demo.toml is not in the bundle")
                print("FAIL  demo: resources/demo/demo.toml is not in the bundle", flush=True)
            else:
                self.not_yet("import demo", "resources/demo/demo.toml does not exist yet")
        elif self.requires("import demo", "import"):
            imported = self.step("import demo", self.import_demo) is not None
        if imported and self.requires("orders", "orders"):
            self.step("orders", self.check_orders)
        if not imported and self.available("evaluate"):
            # Until the demo can be imported, still drive the frozen engine and store once.
            self.step("evaluate --json (empty database)", self.run_ok, *self._empty_evaluate())
        verdicts: list[dict[str, Any]] = []
        if imported and self.requires("evaluate", "evaluate"):
            as_of = demo_as_of(demo_toml)
            verdicts = self.step("evaluate --json", self.evaluate, as_of) or []
            if verdicts and self.compare_source:
                self.step("frozen verdicts = source verdicts", self.same_as_source, verdicts, as_of)
        platforms = sorted({v["platform"] for v in verdicts})
        spans = {p: date_span([v for v in verdicts if v["platform"] == p]) for p in platforms}
        if verdicts and self.requires("metrics", "metrics"):
            for platform in platforms:
                week_start = spans[platform][0] - timedelta(days=spans[platform][0].weekday())
                self.step(f"metrics {platform} week", self.metrics, platform, "week", week_start)
                month_start = spans[platform][0].replace(day=1)
                self.step(f"metrics {platform} month", self.metrics, platform, "month", month_start)
        if verdicts:
            # Appeal reports and evidence bundles exist only where the engine found appeal
            # candidates (the app refuses an empty one with exit code 2, rightly).
            appealable = sorted({v["platform"] for v in verdicts if v.get("appeal_candidate")})
            if not appealable:
                self.report.failed.append("demo: no appeal candidate on any platform")
                print("FAIL  demo: evaluate found no appeal candidate on any platform", flush=True)
            for kind, kind_platforms in (("penalty", platforms), ("appeal", appealable)):
                if not self.requires(f"report {kind}", "report", kind):
                    continue
                for platform in kind_platforms:
                    self.step(
                        f"report {kind} {platform}",
                        self.report_pdf,
                        kind,
                        platform,
                        spans[platform],
                    )
            if self.requires("evidence", "evidence"):
                for platform in appealable:
                    self.step(f"evidence {platform}", self.evidence, platform, spans[platform])
        if self.requires("gui", "gui"):
            gui_args = ["--db", str(self.db)]
            as_of = demo_as_of(demo_toml)
            if as_of and "--as-of" in self.run("gui", "--help").stdout:
                gui_args += ["--as-of", as_of]  # the demo database, seen when it was meant to be
            cold = self.frozen and evict_from_page_cache(Path(self.command[0]).parent) > 0
            seconds = self.step("gui offscreen", self.gui, gui_args)
            if seconds is not None:
                label = "cold" if cold else "warm"
                self.report.timings[f"gui: start to shown window (offscreen, {label})"] = round(
                    seconds, 2
                )
            warm = self.step("gui offscreen again", self.gui, gui_args)
            if warm is not None:
                self.report.timings["gui: start to shown window (offscreen, warm)"] = round(warm, 2)
            if self.run("gui", "--help").stdout.find("--demo") >= 0:
                self.step(
                    "gui --demo offscreen",
                    self.gui,
                    ["--demo"],
                    None,
                    self.out / "gui-demo.png",
                )
            else:
                self.not_yet("gui --demo", "`shipcheck gui` has no --demo option yet")
            if self.xvfb:
                self._gui_under_xvfb(gui_args)
        leftovers = sorted(p.name for p in self.tmp.iterdir())
        if leftovers:
            print(f"NOTE  the app left these in its temporary folder: {leftovers}", flush=True)
        return self.report

    def _empty_evaluate(self) -> list[str]:
        return ["evaluate", "--json", "--db", str(self.scratch / "empty.db")]

    def _gui_under_xvfb(self, gui_args: list[str]) -> None:
        """Linux with Xvfb installed: the real xcb platform plugin and the bundled xcb libraries."""
        xvfb = shutil.which("Xvfb")
        if not sys.platform.startswith("linux") or xvfb is None:
            return
        # -displayfd: Xvfb picks a free display itself and writes its number once it is ready.
        read_end, write_end = os.pipe()
        server = subprocess.Popen(
            [xvfb, "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            pass_fds=(write_end,),
        )
        os.close(write_end)
        try:
            with os.fdopen(read_end, "rb") as ready:
                number = ready.readline().decode().strip()
            if not number.isdigit():
                self.report.failed.append("gui xcb (Xvfb): Xvfb did not start")
                print("FAIL  gui xcb (Xvfb): Xvfb did not start", flush=True)
                return
            env = dict(self.env, QT_QPA_PLATFORM="xcb", DISPLAY=f":{number}")
            seconds = self.step("gui xcb (Xvfb)", self.gui, gui_args, env)
            if seconds is not None:
                self.report.timings["gui: start to shown window (xcb, Xvfb)"] = round(seconds, 2)
        finally:
            server.terminate()
            server.wait(timeout=10)


# ---------------------------------------------------------------- helpers


def unexpected_stderr(stderr: str, strict: bool = True) -> list[str]:
    """The stderr lines that count as a failure.

    ``strict``: every line that is not known-harmless Qt chatter (for ``--version``,
    ``selftest`` and the GUI, which have nothing to say on stderr). Otherwise — data commands such
    as ``evaluate``, which print their human-readable summary on stderr while stdout carries the
    JSON — only lines that look like trouble (:data:`TROUBLE_STDERR`): a traceback, a Qt or
    fontconfig message, an error or warning in either language.
    """
    lines = [
        line
        for line in stderr.splitlines()
        if line.strip() and not any(pattern.search(line) for pattern in HARMLESS_STDERR)
    ]
    if strict:
        return lines
    return [line for line in lines if TROUBLE_STDERR.search(line)]


def evict_from_page_cache(folder: Path) -> int:
    """Linux: drop the bundle's files from the page cache, so the next start is a cold start.

    Uses ``posix_fadvise(DONTNEED)`` on each file — only this folder's clean pages are affected,
    nothing else on the machine. Returns the number of files evicted (0 where unsupported).
    """
    advise = getattr(os, "posix_fadvise", None)
    dontneed = getattr(os, "POSIX_FADV_DONTNEED", None)
    if advise is None or dontneed is None:
        return 0
    count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            try:
                fd = os.open(path, os.O_RDONLY)
            except OSError:
                continue
            try:
                advise(fd, 0, 0, dontneed)
                count += 1
            finally:
                os.close(fd)
    return count


def json_lines(text: str) -> list[dict[str, Any]]:
    """Parse one JSON object per non-empty line."""
    objects = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            raise StepFailed(f"line {number} is not JSON: {line[:200]!r}") from exc
        if not isinstance(value, dict):
            raise StepFailed(f"line {number} is not a JSON object: {line[:200]!r}")
        objects.append(value)
    return objects


def source_has(check: str) -> bool:
    """Whether the checkout holds the thing a selftest check reported as absent."""
    resources = REPO_ROOT / "resources"
    if check == "fonts":
        return any(resources.glob("fonts/*.[ot]t[fc]"))
    if check == "translations":
        return any(resources.glob("translations/*.qm"))
    if check == "demo":
        return (resources / "demo" / "demo.toml").is_file()
    if check == "parameters":
        return any((REPO_ROOT / "policies" / "parameters").rglob("*.toml"))
    return False


def demo_manifest(resources: Path) -> Path:
    """``resources/demo/demo.toml`` in the given resources folder."""
    manifest = resources / "demo" / "demo.toml"
    if not manifest.is_file():
        raise StepFailed(f"{manifest} is missing")
    return manifest


def demo_entries(manifest: Path) -> list[dict[str, Any]]:
    """The import entries of a demo manifest: tables with a ``file`` (or ``path``) key.

    Accepts ``[[exports]]``/``[[files]]``-style arrays of tables (with optional ``platform`` and
    ``shop``), or a plain ``files = ["a.xlsx", …]`` list.
    """
    data = tomllib.loads(manifest.read_text(encoding="utf-8"))
    entries: list[dict[str, Any]] = []

    def visit(value: Any) -> None:
        if isinstance(value, dict):
            name = value.get("file", value.get("path"))
            if isinstance(name, str):
                entries.append({**value, "file": name})
                return
            for key, item in value.items():
                if key == "files" and isinstance(item, list):
                    entries.extend({"file": x} for x in item if isinstance(x, str))
                visit(item)
        elif isinstance(value, list):
            for item in value:
                visit(item)

    visit(data)
    return entries


def demo_as_of(manifest: Path) -> str | None:
    """The evaluation time the demo is meant to be seen at (``as_of`` in demo.toml), if any."""
    if not manifest.is_file():
        return None
    data = tomllib.loads(manifest.read_text(encoding="utf-8"))
    for key in ("as_of", "as-of", "asof"):
        for table in (data, data.get("demo", {})):
            value = table.get(key) if isinstance(table, dict) else None
            if isinstance(value, datetime):
                return value.strftime("%Y-%m-%d %H:%M:%S")
            if isinstance(value, str):
                return value
    return None


def date_span(verdicts: list[dict[str, Any]]) -> tuple[date, date]:
    """The first and last deadline day among verdicts (today's China date when none has one)."""
    days = sorted(
        datetime.strptime(v["deadline"], "%Y-%m-%d %H:%M:%S").date()
        for v in verdicts
        if isinstance(v.get("deadline"), str) and v["deadline"]
    )
    if not days:
        today = datetime.now(timezone(timedelta(hours=8))).date()
        return today - timedelta(days=31), today
    return days[0], days[-1]


def check_pdf(path: Path) -> None:
    """A real PDF; with poppler: Chinese text extractable and every font embedded."""
    if not path.is_file() or path.stat().st_size < 1024:
        raise StepFailed(f"{path.name} is missing or tiny")
    if not path.read_bytes().startswith(b"%PDF-"):
        raise StepFailed(f"{path.name} is not a PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=False
        ).stdout.decode("utf-8", errors="replace")
        if not re.search(r"[\u4e00-\u9fff]", text):
            raise StepFailed(f"{path.name}: no Chinese text can be extracted (font missing?)")
    if shutil.which("pdffonts"):
        listing = subprocess.run(
            ["pdffonts", str(path)], capture_output=True, check=False
        ).stdout.decode("utf-8", errors="replace")
        for line in listing.splitlines()[2:]:
            columns = line.split()
            # name type [encoding…] emb sub uni object ID: "emb" is the 5th column from the end
            if len(columns) >= 7 and columns[-5] != "yes":
                raise StepFailed(f"{path.name}: font not embedded: {line.strip()}")


def run_smoke(
    command: Sequence[str],
    frozen: bool = True,
    xvfb: bool = True,
    compare_source: bool = True,
    keep: Path | None = None,
    compiled_engine: bool = False,
) -> SmokeReport:
    """Run every step against ``command`` (the executable, or a Python prefix) and report.

    ``compare_source``: also evaluate the demo with the checkout (this Python) and require the
    frozen app's verdicts to be identical — with ``compiled_engine`` (the bundle must run the
    mypyc-compiled engine) that compares the compiled engine with its sources. ``keep``: work in
    this (new) folder and leave the database, PDFs and zips there for inspection instead of a
    temporary folder.
    """
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=False)
        report = Smoke(
            command, keep.resolve(), frozen, xvfb, compare_source, compiled_engine
        ).run_all()
        print(f"smoke-test files kept in {keep}")
    else:
        with tempfile.TemporaryDirectory(prefix="shipcheck-smoke-") as scratch:
            report = Smoke(
                command, Path(scratch), frozen, xvfb, compare_source, compiled_engine
            ).run_all()
    print_summary(report)
    return report


def print_summary(report: SmokeReport) -> None:
    """The closing lines: counts, NOT YET AVAILABLE parts, failures and timings."""
    print()
    print(f"smoke test: {len(report.passed)} passed, {len(report.failed)} failed", flush=True)
    for line in report.not_yet:
        print(f"  NOT YET AVAILABLE: {line}")
    for line in report.failed:
        print(f"  FAILED: {line.splitlines()[0]}")
    for name, seconds in report.timings.items():
        if name.startswith("gui:"):
            print(f"  {name}: {seconds:.2f} s")


def default_executable() -> Path:
    """``dist/ShipCheck/ShipCheck`` (``.exe`` on Windows) in the checkout."""
    name = bundle_config.APP_NAME + (".exe" if sys.platform == "win32" else "")
    return REPO_ROOT / "dist" / bundle_config.APP_NAME / name


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: smoke-test an executable (default: the freshly built bundle)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "executable", nargs="?", type=Path, help="default: dist/ShipCheck/ShipCheck"
    )
    parser.add_argument(
        "--source",
        action="store_true",
        help="test the checkout (`python -m desktop_app`) instead of a frozen executable",
    )
    parser.add_argument("--no-xvfb", action="store_true", help="skip the GUI run under Xvfb")
    parser.add_argument(
        "--no-compare-source",
        action="store_true",
        help="do not compare the frozen app's verdicts with the checkout's",
    )
    parser.add_argument(
        "--keep", type=Path, default=None, metavar="DIR", help="work in DIR (new) and keep it"
    )
    args = parser.parse_args(argv)
    if args.source:
        command = [sys.executable, "-m", "desktop_app"]
    else:
        exe = (args.executable or default_executable()).resolve()
        if not exe.is_file():
            print(f"no executable at {exe}: run build/build.py first", file=sys.stderr)
            return 2
        command = [str(exe)]
    report = run_smoke(
        command,
        frozen=not args.source,
        xvfb=not args.no_xvfb,
        compare_source=not args.no_compare_source,
        keep=args.keep,
    )
    return 0 if report.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
