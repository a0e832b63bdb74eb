"""The clauses the reports quote come from the announcement catalogue (verbatim there, checked by
tests/policies/test_catalogue.py) and are cited by title, date and clause label."""

from __future__ import annotations

from desktop_app.reports.clauses import (
    APPEAL_CLAUSES,
    CLAUSES,
    K5_CONSEQUENCES,
    cite_grouped,
    clauses_for_rules,
)
from policies.catalogue import catalogue
from policies.rulebook import RULE_ORDER


def test_every_clause_is_the_catalogues_text() -> None:
    cat = catalogue()
    for key, clause in CLAUSES.items():
        assert key == f"{clause.rule}|{clause.marker}"
        _v, original = cat.announcement(clause.announcement.id).clause(clause.marker)
        assert clause.text == original.text


def test_appeal_clauses_cover_the_rules() -> None:
    k1 = [c.marker for c in clauses_for_rules(["K1"])]
    assert k1 == ["〖壹〗", "〖肆〗"]  # 〖壹〗 exclusion and 〖肆〗 protection application
    d1 = {c.marker for c in clauses_for_rules(["D1", "CORE"])}
    assert {"FAQ Q5", "FAQ Q6"} <= d1
    assert "不享受考核保护" in CLAUSES["K1|〖肆〗"].text
    assert "申诉中心" in CLAUSES["D1|FAQ Q5"].text
    assert all(k in CLAUSES for keys in APPEAL_CLAUSES.values() for k in keys)
    assert all(CLAUSES[k].rule == "K5" for k in K5_CONSEQUENCES)
    assert not {"K5", "K6", "D3", "D4"} & set(APPEAL_CLAUSES)  # informational: never appealed
    # D10's appeal quotes the 7-natural-day window of the shipping-behaviour rules too
    d10 = clauses_for_rules(["D10"])
    assert any("7个自然日" in c.text for c in d10)
    assert set(APPEAL_CLAUSES) <= set(RULE_ORDER)


def test_citations_name_title_date_and_label() -> None:
    cite = cite_grouped(clauses_for_rules(["D1"]))
    assert cite.count("《抖音疫情期间商家最新发货及服务调整公告》（2024-09-27）") == 1
    assert "FAQ Q5" in cite and "FAQ Q6" in cite
    assert (
        CLAUSES["K2|〖叁〗"].citation()
        == "《快手电商疫情影响下商家发货考核更新》（2022-06-21）〖叁〗"
    )
    english = CLAUSES["A1|第一"].citation(english=True)
    assert (
        english == "“AliExpress semi-managed: relaxed shipping-time assessment” (2024-04-12) 第一"
    )
    for clause in CLAUSES.values():
        assert "seed" not in clause.citation().lower() + clause.citation(True).lower()
