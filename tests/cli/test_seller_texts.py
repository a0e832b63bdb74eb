"""Everything the engine, `explain` and `settings list` write for a seller on the demo data cites
announcements by title, date and clause and says assumptions in plain words: no developer
vocabulary (seed numbers, "inferred"/"stated", our document names, the CORE rule id, issue
numbers, parameter keys)."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli.main import main
from desktop_app.importing.areas import read_area_file
from desktop_app.importing.pipeline import iter_rows, plan_import
from desktop_app.store.areas import save_areas
from desktop_app.store.connection import open_store
from desktop_app.store.importer import apply_import

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"

pytestmark = pytest.mark.skipif(not (DEMO / "demo.toml").exists(), reason="demo data not present")

DEVELOPER_WORDS = re.compile(
    r"\bseed\b|inferred|\bstated\b|POLICY-REFERENCE|CURRENT-RULES|EXPORT-FORMATS|DESIGN\.md"
    r"|\bCORE\b|\bissue \d+|(?:kuaishou|douyin|aliexpress|common)\.[a-z0-9_]+\.[a-z0-9_]+",
    re.IGNORECASE,
)

# Fields of `evaluate --json` / `explain --json` a seller or reviewer reads (not "parameter": the
# key a developer or script uses, nor ids and machine values).
TEXT_FIELDS = (
    "reasons",
    "reasons_en",
    "deadline_basis",
    "deadline_basis_en",
    "appeal_reason",
    "appeal_reason_en",
)
TRACE_FIELDS = (
    "clause",
    "clause_en",
    "text",
    "text_en",
    "label",
    "label_en",
    "source",
    "source_en",
)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    manifest = tomllib.loads((DEMO / "demo.toml").read_text(encoding="utf-8"))
    with open_store(path, daily_backup=False) as store:
        for f in manifest["files"]:
            file = DEMO / f["path"]
            if f["kind"] == "areas":
                save_areas(store.conn, read_area_file(file))
                continue
            plan = plan_import(file, platform=f.get("platform"), shop=f.get("shop"))
            apply_import(store, plan, iter_rows(plan), backup=False)
    return str(path)


def _offending(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(where, t) for where, t in texts if DEVELOPER_WORDS.search(t)]


def _verdict_texts(obj: dict[str, Any], where: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for field in TEXT_FIELDS:
        value = obj.get(field)
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str) and text:
                out.append((f"{where} {field}", text))
    for step in obj.get("trace", []):
        for field in TRACE_FIELDS:
            if step.get(field):
                out.append((f"{where} trace.{field}", step[field]))
    return out


@pytest.mark.parametrize("as_of", ["2024-05-21 18:00:00", "2026-12-01 12:00:00"])
def test_engine_and_explain_texts_have_no_developer_words(
    demo_db: str,
    as_of: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert main(["evaluate", "--as-of", as_of, "--json", "--db", demo_db]) == 0
    verdicts = [json.loads(x) for x in capsys.readouterr().out.splitlines() if x.strip()]
    assert verdicts
    texts: list[tuple[str, str]] = []
    for v in verdicts:
        texts += _verdict_texts(v, f"{v['platform']} {v['order_id']}")
    # `explain`, both languages, for one order of every platform, status and rule set
    picked: dict[tuple[str, str, str], dict[str, Any]] = {}
    for v in verdicts:
        picked.setdefault((v["platform"], v["status"], ",".join(v["rules"])), v)
    for v in picked.values():
        for lang in ("zh_CN", "en"):
            monkeypatch.setenv("SHIPCHECK_LANG", lang)
            args = ["explain", "--platform", v["platform"], v["order_id"], "--db", demo_db]
            if v["sub_order_id"]:
                args += ["--sub", v["sub_order_id"]]
            assert main(args) == 0
            out = capsys.readouterr()
            where = f"explain {lang} {v['platform']} {v['order_id']}"
            texts += [(where, line) for line in (out.out + out.err).splitlines()]
    bad = _offending(texts)
    assert not bad, "\n".join(f"{w}: {t}" for w, t in bad[:20])


def test_settings_texts_have_no_developer_words(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["settings", "list", "--json", "--db", demo_db]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines() if x.strip()]
    assert rows
    texts = [
        (row["key"], row[field])
        for row in rows
        for field in ("label", "label_en", "source", "source_en")
        if row.get(field)
    ]
    assert all(row.get("source") and row.get("source_en") for row in rows)
    assert main(["settings", "list", "--db", demo_db]) == 0
    # the text listing: every line but the key that `settings set` takes
    for line in capsys.readouterr().out.splitlines():
        texts.append(("settings list", line.split("  ", 1)[1] if "  [" in line else line))
    bad = _offending(texts)
    assert not bad, "\n".join(f"{w}: {t}" for w, t in bad[:20])


def test_an_assumption_is_said_in_plain_words(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["settings", "list", "--json", "--db", demo_db]) == 0
    rows = {r["key"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    k2 = rows["kuaishou.k2.compensation_rate"]
    assert k2["source"] == (
        "《快手电商疫情影响下商家发货考核更新》（2022-06-21）〖叁〗；"
        "平台未公布赔付比例，请在设置中填写您后台显示的比例"
    )
    assert "has not published the rate" in k2["source_en"]
    a1 = rows["aliexpress.a1.active"]
    assert "假定自发布当日起生效" in a1["source"] and "assumes" in a1["source_en"]


REPORTS = (
    ("penalty", "kuaishou", "2022-11-01", "2022-12-31"),
    ("appeal", "kuaishou", "2022-11-01", "2022-12-31"),
    ("penalty", "douyin", "2022-12-01", "2022-12-31"),
    ("appeal", "douyin", "2022-12-01", "2022-12-31"),
    ("penalty", "aliexpress", "2024-05-01", "2024-05-31"),
)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_reports_metrics_and_summaries_have_no_developer_words(
    demo_db: str,
    tmp_path: Path,
    qapp: object,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
) -> None:
    """Both reports as a reviewer copies them out of the PDF, the plain metrics, the rules in
    force and the evaluation's summary, in Chinese and English."""
    from tests.reports.conftest import pdf_text

    monkeypatch.setenv("SHIPCHECK_LANG", "en" if lang == "en" else "zh_CN")
    seen: list[str] = []
    for kind, platform, start, end in REPORTS:
        out = tmp_path / f"{kind}-{platform}-{lang}.pdf"
        argv = ["report", kind, "--platform", platform, "--from", start, "--to", end]
        assert main([*argv, "--lang", lang, "--out", str(out), "--db", demo_db]) == 0
        seen.append(pdf_text(out))
    for platform in ("kuaishou", "douyin", "aliexpress"):
        argv = ["metrics", "--platform", platform, "--period", "month", "--start", "2022-12-01"]
        assert main([*argv, "--db", demo_db]) == 0
    assert main(["rules", "list", "--db", demo_db]) == 0
    assert main(["rules", "show", "D6", "--db", demo_db]) == 0
    assert main(["evaluate", "--db", demo_db, "--as-of", "2024-05-21 18:00:00"]) == 0
    captured = capsys.readouterr()
    seen.append(captured.err)
    seen.append("\n".join(line for line in captured.out.splitlines() if "\t" not in line))
    found = sorted({m.group(0) for text in seen for m in DEVELOPER_WORDS.finditer(text)})
    assert found == []
