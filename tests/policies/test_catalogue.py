"""The announcement catalogue: it loads, quotes its sources verbatim, picks versions by date on
both sides of every boundary, cites by title, date and clause, and refuses malformed data."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import tomllib
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from policies.catalogue import (
    CATALOGUE_DIR,
    CatalogueError,
    build_catalogue,
    catalogue,
    check_parameter_citations,
    load_catalogue,
    parse_platform,
)
from policies.params import ParameterError, definitions, load_file

FIXED_IDS = {
    "kuaishou-epidemic-assessment": ("K1", "K2"),
    "kuaishou-assessment-upgrade": ("K3",),
    "kuaishou-in-stock-waiver": ("K4", "K5", "K6"),
    "douyin-epidemic-adjustment": ("D1", "D2"),
    "aliexpress-semi-managed-relaxation": ("A1", "A2", "A3"),
    "douyin-shipping-behaviour": ("D5",),
    "douyin-late-shipping": ("D6",),
    "douyin-track-timeout": ("D7",),
    "douyin-track-anomaly": ("D8",),
    "douyin-violation-measures": ("D9",),
    "douyin-appeal-evidence": ("D10",),
    "douyin-experience-score": (),
}

ARTICLES = {
    "douyin-shipping-behaviour": "101706",
    "douyin-late-shipping": "aHwH9wK4Je2N",
    "douyin-track-timeout": "aHwHroCPheig",
    "douyin-track-anomaly": "aHzmeN9E9dBF",
    "douyin-violation-measures": "aHwH9wK4JUHQ",
    "douyin-appeal-evidence": "aJXW4yjQW1ZQ",
    "douyin-experience-score": "103956",
}


def test_bundled_catalogue_loads_with_the_agreed_ids() -> None:
    cat = catalogue()
    for ann_id, rules in FIXED_IDS.items():
        assert ann_id in cat.announcements, ann_id
        for rule in rules:
            assert cat.rule(rule).announcement == ann_id
    for ann_id, article in ARTICLES.items():
        assert all(v.article == article for v in cat.announcement(ann_id).versions), ann_id
    assert cat.platforms["kuaishou"].rule_ids == ("K1", "K2", "K3", "K4", "K5", "K6")
    assert cat.platforms["douyin"].rule_ids == (
        "D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8", "D9", "D10",
    )  # fmt: skip
    assert cat.platforms["aliexpress"].rule_ids == ("A1", "A2", "A3")
    assert cat.rule_order[:6] == ("K1", "K2", "K3", "K4", "K5", "K6")


def test_every_rule_states_its_instant_and_judged_gaps() -> None:
    cat = catalogue()
    for rule_id in cat.rule_order:
        rule = cat.rule(rule_id)
        assert rule.instant_why and rule.instant_why_en
    # what exports cannot show is said in the rule's entry
    assert "发运超时" in cat.rule("D1").not_judged and "虚假签收" in cat.rule("D1").not_judged
    assert "dispatch timeout" in cat.rule("D1").not_judged_en
    assert cat.rule("D1").instant == "paid" and cat.rule("D1").instant_basis == "stated"


# -- verbatim quotes ------------------------------------------------------------------------------

_ROMANISATION = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
SEED_FILES = {
    "kuaishou-epidemic-assessment": "000",
    "douyin-recovery-programme": "000",
    "douyin-creator-protection": "000",
    "kuaishou-assessment-upgrade": "001",
    "kuaishou-in-stock-waiver": "002",
    "douyin-epidemic-adjustment": "003",
    "aliexpress-semi-managed-relaxation": "004",
}


def _seeds_dir() -> Path | None:
    for base in (*Path(__file__).resolve().parents, Path("/work")):
        candidate = base / "shared" / "seeds"
        if candidate.is_dir():
            return candidate
    return None


@pytest.mark.parametrize("ann_id", sorted(SEED_FILES))
def test_seed_clauses_are_verbatim(ann_id: str) -> None:
    folder = _seeds_dir()
    if folder is None:
        pytest.skip("the collected seed announcements are not beside the repository")
    (path,) = folder.glob(f"{SEED_FILES[ann_id]}_*.txt")
    text = re.sub(r"\n\s*\n", "\n", _ROMANISATION.sub("", path.read_text(encoding="utf-8")))
    for version in catalogue().announcement(ann_id).versions:
        for clause in version.clauses:
            assert clause.text in text, (ann_id, clause.label)


def _tracker() -> Path | None:
    pointer = Path("/work/prompts/tracker_path.txt")
    if not pointer.is_file():
        return None
    path = Path(pointer.read_text(encoding="utf-8").strip())
    return path if path.is_dir() else None


def _git_show(repo: Path, name: str) -> str:
    out = subprocess.run(
        ["git", f"--git-dir={repo}", "show", f"HEAD:{name}"], capture_output=True, check=True
    )
    return out.stdout.decode("utf-8-sig")


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("*", " ")).strip()


@pytest.mark.parametrize("ann_id", sorted(ARTICLES))
def test_rule_centre_clauses_are_verbatim(ann_id: str) -> None:
    repo = _tracker()
    if repo is None:
        pytest.skip("the rule-centre copies are not available on this machine")
    notices = {r["id"]: r for r in json.loads(_git_show(repo, "data/douyin/rules.json"))}
    checked = 0
    for version in catalogue().announcement(ann_id).versions:
        if version.seen == "text":
            source = _git_show(repo, f"data/douyin/rule-text/rule-{version.article}.txt")
        elif version.seen == "notice":
            source = notices[version.notice]["content"]
        else:
            assert not version.clauses
            continue
        for clause in version.clauses:
            assert _flat(clause.text) in _flat(source), (ann_id, version.date_text, clause.label)
            checked += 1
    assert checked


# -- versions by date, both sides of each boundary ------------------------------------------------

VERSION_CASES = [
    # rule, instant, expected version date ("" = undated, None = no version yet), seen
    ("D1", "2022-12-19 11:59:59", None, None),
    ("D1", "2022-12-19 12:00:00", "2024-09-27", "text"),
    ("D5", "2025-09-28 23:59:59", None, None),
    ("D5", "2025-09-29 00:00:00", "2025-09-29", "text"),
    ("D5", "2026-07-07 23:59:59", "2025-09-29", "text"),
    ("D5", "2026-07-08 00:00:00", "2026-07-01", "notice"),
    ("D6", "2026-01-04 23:59:59", None, None),
    ("D6", "2026-01-05 00:00:00", "2025-12-29", "dates"),
    ("D6", "2026-05-12 23:59:59", "2025-12-29", "dates"),
    ("D6", "2026-05-13 00:00:00", "2026-05-06", "text"),
    ("D6", "2026-06-28 23:59:59", "2026-05-06", "text"),
    ("D6", "2026-06-29 00:00:00", "2026-06-29", "dates"),
    ("D6", "2026-08-09 23:59:59", "2026-06-29", "dates"),
    ("D6", "2026-08-10 00:00:00", "2026-08-03", "notice"),
    ("D7", "2025-05-12 23:59:59", None, None),
    ("D7", "2025-05-13 00:00:00", "2025-05-13", "text"),
    ("D7", "2026-07-08 23:59:59", "2025-05-13", "text"),
    ("D7", "2026-07-09 00:00:00", "2026-07-09", "dates"),
    ("D8", "2026-04-16 23:59:59", "2025-12-26", "dates"),
    ("D8", "2026-04-17 00:00:00", "2026-04-10", "text"),
    ("D8", "2026-06-24 23:59:59", "2026-04-10", "text"),
    ("D8", "2026-06-25 00:00:00", "2026-06-18", "dates"),
    ("D9", "2020-01-01 00:00:00", "", "text"),
    ("D10", "2026-08-05 23:59:59", "2026-03-20", "dates"),
    ("D10", "2026-08-06 00:00:00", "2026-07-30", "notice"),
    ("A1", "2024-04-11 23:59:59", None, None),
    ("A1", "2024-04-12 00:00:00", "2024-04-12", "text"),
    ("K2", "2022-06-20 23:59:59", None, None),
    ("K2", "2022-06-21 00:00:00", "2022-06-21", "text"),
]


@pytest.mark.parametrize(("rule", "at", "expected", "seen"), VERSION_CASES)
def test_version_in_force(rule: str, at: str, expected: str | None, seen: str | None) -> None:
    version = catalogue().version_for(rule, datetime.fromisoformat(at))
    if expected is None:
        assert version is None
    else:
        assert version is not None
        assert (version.date_text, version.seen) == (expected, seen)


def test_experience_score_versions() -> None:
    ann = catalogue().announcement("douyin-experience-score")
    assert ann.version_at(datetime(2026, 9, 7, 23, 59, 59)).date_text == "2026-06-23"  # type: ignore[union-attr]
    assert ann.version_at(datetime(2026, 9, 8)).date_text == "2026-08-06"  # type: ignore[union-attr]


# -- citations ------------------------------------------------------------------------------------


def test_citations_name_title_date_and_clause() -> None:
    cat = catalogue()
    assert (
        cat.cite("douyin-epidemic-adjustment", ["一、1(2)"])
        == "《抖音疫情期间商家最新发货及服务调整公告》（2024-09-27）一、1(2)"
    )
    assert cat.cite("douyin-epidemic-adjustment", ["FAQ Q5"], english=True) == (
        "“Douyin: latest shipping and service adjustments for merchants during the epidemic” "
        "(2024-09-27) FAQ Q5"
    )
    june = cat.cite("douyin-late-shipping", ["订单扣款标准"], at=datetime(2026, 6, 1))
    august = cat.cite("douyin-late-shipping", ["订单扣款标准"], at=datetime(2026, 8, 10))
    assert "（2026-05-06）" in june and "（2026-08-03）" in august
    assert cat.cite("douyin-violation-measures", ["2.2 取整"]).endswith("（日期未公布）2.2 取整")
    d10 = cat.cite_rule("D10")
    assert "《商家申诉举证标准》" in d10 and "《商家发货行为管理规则》" in d10 and "第五章" in d10
    for rule_id in cat.rule_order:
        for text in (cat.cite_rule(rule_id), cat.cite_rule(rule_id, english=True)):
            assert "seed" not in text.lower()


def test_quotes_take_the_clause_from_the_version_in_force() -> None:
    cat = catalogue()
    quotes = cat.quotes("D6", at=datetime(2026, 8, 10))
    table = [c for _a, v, c in quotes if c.label == "违规处理"]
    assert table and "≥50%" in table[0].text
    quotes = cat.quotes("D6", at=datetime(2026, 6, 1))
    table = [c for _a, v, c in quotes if c.label == "违规处理"]
    assert table and ">60%" in table[0].text
    appeal = [c.label for _a, _v, c in cat.quotes("D1", appeal=True)]
    assert appeal == ["一、1(1)", "一、1(2)", "FAQ Q1", "FAQ Q5", "FAQ Q6"]


def test_staleness_dates() -> None:
    cat = catalogue()
    assert str(cat.newest_rule_date("kuaishou")) == "2024-08-14"
    assert str(cat.newest_rule_date("aliexpress")) == "2024-04-12"
    assert str(cat.newest_rule_date("douyin")) >= "2026-08-10"


# -- malformed data fails loudly ------------------------------------------------------------------


def _raw(name: str) -> dict[str, Any]:
    with (CATALOGUE_DIR / f"{name}.toml").open("rb") as fh:
        return tomllib.load(fh)


def _first_version(raw: dict[str, Any]) -> dict[str, Any]:
    return raw["announcements"]["aliexpress-semi-managed-relaxation"]["versions"][0]  # type: ignore[no-any-return]


def _drop_title(raw: dict[str, Any]) -> None:
    del raw["announcements"]["aliexpress-semi-managed-relaxation"]["title"]


def _bad_date(raw: dict[str, Any]) -> None:
    _first_version(raw)["published"] = "2024-13-01"


def _unknown_field(raw: dict[str, Any]) -> None:
    _first_version(raw)["clauses"][0]["quote"] = "x"


def _bad_basis(raw: dict[str, Any]) -> None:
    _first_version(raw)["effective"][0]["basis"] = "guessed"


def _end_before_start(raw: dict[str, Any]) -> None:
    _first_version(raw)["effective"][0]["end"] = "2024-04-01"


def _duplicate_version(raw: dict[str, Any]) -> None:
    versions = raw["announcements"]["aliexpress-semi-managed-relaxation"]["versions"]
    versions.append(copy.deepcopy(versions[0]))


def _duplicate_label(raw: dict[str, Any]) -> None:
    clauses = _first_version(raw)["clauses"]
    clauses.append(copy.deepcopy(clauses[0]))


def _dates_only_with_clauses(raw: dict[str, Any]) -> None:
    _first_version(raw)["seen"] = "dates"


def _unknown_published_with_date(raw: dict[str, Any]) -> None:
    _first_version(raw)["published_basis"] = "unknown"


def _rule_unknown_clause(raw: dict[str, Any]) -> None:
    raw["rules"][0]["clauses"] = ["第九"]


def _rule_unknown_instant(raw: dict[str, Any]) -> None:
    raw["rules"][0]["instant"] = "whenever"


def _rule_unknown_announcement(raw: dict[str, Any]) -> None:
    raw["rules"][0]["announcement"] = "aliexpress-nothing"


def _wrong_platform(raw: dict[str, Any]) -> None:
    raw["announcements"]["aliexpress-semi-managed-relaxation"]["platform"] = "douyin"


def _empty_clause_text(raw: dict[str, Any]) -> None:
    _first_version(raw)["clauses"][0]["text"] = "  "


MUTATIONS = [
    (_drop_title, "missing 'title'"),
    (_bad_date, "expected YYYY-MM-DD"),
    (_unknown_field, "unknown fields ['quote']"),
    (_bad_basis, "'basis' must be one of"),
    (_end_before_start, "'end' must be later"),
    (_duplicate_version, "two versions start"),
    (_duplicate_label, "appears twice"),
    (_dates_only_with_clauses, "known only by its dates"),
    (_unknown_published_with_date, "'published' is given exactly when"),
    (_rule_unknown_clause, "has no clause '第九'"),
    (_rule_unknown_instant, "'instant' must be one of"),
    (_rule_unknown_announcement, "unknown announcement"),
    (_wrong_platform, "belongs to platform"),
    (_empty_clause_text, "missing 'text'"),
]


@pytest.mark.parametrize(("mutate", "message"), MUTATIONS, ids=[m.__name__ for m, _ in MUTATIONS])
def test_malformed_catalogue_is_refused(mutate: Any, message: str) -> None:
    raw = _raw("aliexpress")
    mutate(raw)
    with pytest.raises(CatalogueError, match=re.escape(message)):
        platform, anns = parse_platform("aliexpress", raw)
        build_catalogue([platform], anns)


def test_broken_file_names_the_file(tmp_path: Path) -> None:
    for name in ("kuaishou", "douyin", "aliexpress"):
        (tmp_path / f"{name}.toml").write_bytes((CATALOGUE_DIR / f"{name}.toml").read_bytes())
    load_catalogue(tmp_path)
    (tmp_path / "douyin.toml").write_text("[platform\n", encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"douyin\.toml"):
        load_catalogue(tmp_path)
    (tmp_path / "douyin.toml").unlink()
    with pytest.raises(CatalogueError, match=r"douyin\.toml: missing"):
        load_catalogue(tmp_path)


# -- parameter entries cite the catalogue ---------------------------------------------------------


def test_bundled_parameter_citations_resolve() -> None:
    check_parameter_citations(catalogue(), definitions())


def test_parameter_entry_citation_fields(tmp_path: Path) -> None:
    good = tmp_path / "good.toml"
    good.write_text(
        '[x.rate]\nrule = "D6"\nunit = "ratio"\nlabel = "比例"\nlabel_en = "rate"\n'
        "[x.rate.values]\n"
        '"2026-05-13" = { value = 0.01, source = "table", announcement = "douyin-late-shipping",'
        ' clause = "订单扣款标准" }\n'
        '"2026-06-29" = { source = "unknown", announcement = "douyin-late-shipping",'
        ' assumption = "该版本数额未公布", assumption_en = "This version\'s figures are not'
        ' published" }\n',
        encoding="utf-8",
    )
    params = load_file(good)
    entry = params["good.x.rate"].entries[0]
    assert (entry.announcement, entry.clause) == ("douyin-late-shipping", "订单扣款标准")
    check_parameter_citations(catalogue(), params)
    bad = tmp_path / "bad.toml"
    bad.write_text(
        good.read_text(encoding="utf-8").replace(
            ', assumption_en = "This version\'s figures are not published"', ""
        ),
        encoding="utf-8",
    )
    with pytest.raises(ParameterError, match="come together"):
        load_file(bad)
    wrong = tmp_path / "wrong.toml"
    wrong.write_text(
        good.read_text(encoding="utf-8").replace('clause = "订单扣款标准"', 'clause = "第九"'),
        encoding="utf-8",
    )
    with pytest.raises(CatalogueError, match="no clause '第九'"):
        check_parameter_citations(catalogue(), load_file(wrong))


# -- staleness ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("platform", "as_of", "warned"),
    [
        ("aliexpress", "2024-10-09 23:59:59", False),  # 180 days after 2024-04-12
        ("aliexpress", "2024-10-10 00:00:00", True),  # 181 days
        ("kuaishou", "2025-02-10 12:00:00", False),  # 180 days after 2024-08-14
        ("kuaishou", "2025-02-11 00:00:00", True),
        ("douyin", "2026-12-07 12:00:00", False),
    ],
)
def test_staleness_warning_after_180_days(platform: str, as_of: str, warned: bool) -> None:
    from policies.rulebook import staleness

    note = staleness(platform, datetime.fromisoformat(as_of))
    assert (note is not None) == warned
    if note is not None:
        assert "超过 180 天" in note[0] and "more than 180" in note[1]


def test_staleness_reaches_the_metrics_notes() -> None:
    from policies.metrics import platform_metrics
    from policies.records import Platform

    m = platform_metrics(
        Platform.ALIEXPRESS, [], datetime(2026, 12, 1), "month", datetime(2026, 11, 1).date()
    )
    assert any("最新规则日期为 2024-04-12" in n for n in m.notes)
    assert any("2024-04-12" in n for n in m.notes_en)


# -- rule packs add records -----------------------------------------------------------------------


def _gap_filler() -> Any:
    from policies.catalogue import parse_announcement

    return parse_announcement(
        "douyin-late-shipping",
        {
            "platform": "douyin",
            "title": "【商家-发货超时】实施细则",
            "title_en": "Implementing rules: merchant late shipping",
            "publisher": "抖音电商规则中心",
            "publisher_en": "Douyin E-commerce rule centre",
            "versions": [
                {
                    "published": "2026-06-29",
                    "published_basis": "inferred",
                    "published_why": "版本日期",
                    "published_why_en": "the version's date",
                    "where": "规则包",
                    "where_en": "a rule pack",
                    "seen": "text",
                    "effective": [
                        {
                            "start": "2026-06-29",
                            "basis": "stated",
                            "what": "扣罚标准",
                            "what_en": "the charges",
                            "why": "规则包所附正文",
                            "why_en": "the text the pack carries",
                        }
                    ],
                    "clauses": [{"label": "订单扣款标准", "text": "……", "gist_en": "…"}],
                }
            ],
        },
        "pack",
    )


def test_a_pack_fills_a_dates_only_version_and_never_replaces_text() -> None:
    from policies.catalogue import merge_announcements, use_catalogue

    base = catalogue()
    merged = merge_announcements(base, [_gap_filler()])
    v = merged.version_for("D6", datetime(2026, 7, 1))
    assert v is not None and v.seen == "text" and v.date_text == "2026-06-29"
    assert merged.version_for("D6", datetime(2026, 6, 28)).date_text == "2026-05-06"  # type: ignore[union-attr]
    # a second, different text for the same date is refused
    other = _gap_filler()
    elsewhere = replace(other, versions=(replace(other.versions[0], where="另一个规则包"),))
    with pytest.raises(CatalogueError, match="already known"):
        merge_announcements(merged, [elsewhere])
    use_catalogue(merged)
    try:
        assert catalogue().version_for("D6", datetime(2026, 7, 1)).seen == "text"  # type: ignore[union-attr]
    finally:
        use_catalogue(None)
    assert catalogue().version_for("D6", datetime(2026, 7, 1)).seen == "dates"  # type: ignore[union-attr]
