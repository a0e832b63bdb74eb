"""The quoted announcement clauses are verbatim from the seed announcements."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop_app.reports.clauses import (
    APPEAL_CLAUSES,
    CLAUSES,
    K5_CONSEQUENCES,
    cite_grouped,
    clauses_for_rules,
)

_ROMANISATION = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")


def _seeds_dir() -> Path | None:
    here = Path(__file__).resolve()
    for base in (*here.parents, Path("/work")):
        candidate = base / "shared" / "seeds"
        if candidate.is_dir():
            return candidate
    return None


def _seed_text(seed: str) -> str:
    folder = _seeds_dir()
    if folder is None:
        pytest.skip("shared/seeds not available beside the repository")
    (path,) = folder.glob(f"{seed}_*.txt")
    text = _ROMANISATION.sub("", path.read_text(encoding="utf-8"))
    return re.sub(r"\n\s*\n", "\n", text)


@pytest.mark.parametrize("key", sorted(CLAUSES))
def test_quote_is_verbatim(key: str) -> None:
    clause = CLAUSES[key]
    assert clause.text, key
    assert clause.text in _seed_text(clause.announcement.seed)


def test_appeal_clauses_cover_the_rules_the_issue_names() -> None:
    k1 = [c.key for c in clauses_for_rules(["K1"])]
    assert k1 == ["K1_1", "K1_4"]  # 〖壹〗 exclusion and 〖肆〗 protection application
    assert {"D1_Q5", "D1_Q6"} <= {c.key for c in clauses_for_rules(["D1", "CORE"])}
    assert CLAUSES["K1_1"].marker == "〖壹〗" and CLAUSES["K1_4"].marker == "〖肆〗"
    assert "不享受考核保护" in CLAUSES["K1_4"].text
    assert "申诉中心" in CLAUSES["D1_Q5"].text
    assert all(k in CLAUSES for keys in APPEAL_CLAUSES.values() for k in keys)
    assert all(CLAUSES[k].rule == "K5" for k in K5_CONSEQUENCES)


def test_citations() -> None:
    cite = cite_grouped(clauses_for_rules(["D1"]))
    assert cite.count("《抖音疫情期间商家最新发货及服务调整公告》") == 1
    assert "FAQ Q5" in cite and "FAQ Q6" in cite
    assert CLAUSES["K1_1"].citation() == "《快手电商疫情影响下商家发货考核更新》 〖壹〗（seed 000）"
    assert "seed 003" in CLAUSES["D1_Q5"].citation(english=True)
    assert CLAUSES["K3"].announcement.secondary
