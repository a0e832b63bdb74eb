"""Every rule code a report shows is explained at its end: name and announcement clauses."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest

from desktop_app.reports import render
from desktop_app.reports.data import ReportRequest, gather_appeal, gather_penalty
from desktop_app.reports.rule_codes import codes_in, rule_legend
from tests.reports.report_fixtures import douyin_metrics, kuaishou_metrics

WEEK = (date(2022, 12, 12), date(2022, 12, 18))
AT = datetime(2022, 12, 20, 18)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("K1 豁免：承诺发货时间在受影响区域期间", {"K1"}),
        ("D1：支付时间早于 2022-12-19", {"D1"}),
        ("K1, K2", {"K1", "K2"}),
        ("A2 优质履约店铺免罚激励", {"A2"}),
        ("运单号 YT1234567 / D12345 / SKU-K1x", set()),  # inside other words: not a code
        ("Z9 is no rule", set()),  # not in the catalogue
        ("FAQ Q5", set()),
    ],
)
def test_codes_in_texts(text: str, codes: set[str]) -> None:
    assert codes_in([text]) == codes


def test_legend_rows_follow_the_catalogue_and_cite_the_announcement() -> None:
    rows = rule_legend({"K2", "K1", "Z9"}, AT, english=False)
    assert [r["code"] for r in rows] == ["K1", "K2"]
    assert rows[0]["name"] == "疫情影响区域考核豁免"
    assert rows[0]["citation"].startswith("《快手电商疫情影响下商家发货考核更新》（2022-06-21）")
    en = rule_legend({"K1"}, AT, english=True)
    assert en[0]["name"] == "Epidemic-area assessment exemption"
    assert en[0]["citation"].startswith("“")


def test_penalty_legend_explains_every_code_it_shows(conn: sqlite3.Connection) -> None:
    report = gather_penalty(conn, ReportRequest("kuaishou", *WEEK), metrics=kuaishou_metrics())
    ctx = render.penalty_context(report)["r"]
    shown = {c for row in ctx["late"] + ctx["exempt"] for c in codes_in([row["rules"]])}
    legend = {x["code"] for x in ctx["rule_codes"]}
    assert shown and shown <= legend
    assert {"K3", "K4"} <= legend  # the metric sections titled with their codes


def test_appeal_quotes_name_their_rule_and_the_legend_lists_it(conn: sqlite3.Connection) -> None:
    report = gather_appeal(conn, ReportRequest("douyin", *WEEK))
    ctx = render.appeal_context(report)["r"]
    assert ctx["clauses"] and all(c["rule_name"] for c in ctx["clauses"])
    assert {c["rule"] for c in ctx["clauses"]} <= {x["code"] for x in ctx["rule_codes"]}


def test_english_penalty_legend(conn: sqlite3.Connection) -> None:
    report = gather_penalty(
        conn, ReportRequest("douyin", *WEEK, lang="en"), metrics=douyin_metrics()
    )
    rows = render.penalty_context(report)["r"]["rule_codes"]
    assert rows and all(r["name"] and "《" not in r["citation"] for r in rows)
