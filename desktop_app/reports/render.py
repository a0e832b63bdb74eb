"""Rendering a report model to a paginated QTextDocument, to any printer, and to PDF.

The layout lives in ``resources/templates/`` (``penalty.html``, ``appeal.html``, ``report.css``
and the wording in ``labels.toml``); this module only formats values (money, times, rates,
lateness) for the chosen language and hands them to the template. No browser engine: Qt's own
rich-text layout, with the bundled CJK font so that Chinese renders and is embedded on machines
without CJK fonts.

Public API (the GUI's print preview and Export button use the same functions as the CLI):

* `build_document(report)` → ``QTextDocument`` (unpaginated; for a preview widget or for
  `paint_document`);
* `print_report(report, device)` — lay out and paint every page, with header and page numbers,
  on a ``QPrinter`` (print / ``QPrintPreviewDialog.paintRequested``) or a ``QPdfWriter``;
* `pdf_bytes(report)` / `write_pdf(report, path)` — A4 PDF, written atomically.

A ``QGuiApplication`` must exist (fonts and text layout need it).
"""

from __future__ import annotations

import functools
import html
import tomllib
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop_app.atomic import atomic_write_bytes
from desktop_app.chinatime import TIME_FORMAT
from desktop_app.fonts import register_bundled_fonts, ui_font_family
from desktop_app.qt import QtCore, QtGui
from desktop_app.reports.clauses import CLAUSES, cite_grouped, clauses_for_rules
from desktop_app.reports.data import metrics_period
from desktop_app.reports.model import (
    AppealReport,
    AttachmentInfo,
    OrderLine,
    PenaltyReport,
    Report,
    ReportHeader,
)
from desktop_app.reports.rule_codes import codes_in, rule_legend, rule_name
from desktop_app.reports.template import Template
from desktop_app.resources import resource_path
from desktop_app.store.read.columns import SPEC, title
from policies.platforms import report_name
from policies.records import Condition, PlatformMetrics, RateMetric
from policies.statuses import STATUS_ORDER, status_name

BASE_POINT_SIZE = 9.0
PDF_RESOLUTION = 300  # dpi: the device units the layout is done in
MARGINS_MM = (15.0, 16.0, 15.0, 14.0)  # left, top, right, bottom (header/footer sit inside)

KIND_NAMES = {
    "orders": ("订单", "orders"),
    "products": ("商品", "products"),
    "logistics": ("物流", "logistics"),
}

METRIC_NAMES = {
    "on_time_rate": ("及时发货率", "On-time shipping rate"),
    "pickup_anomaly_rate": ("揽收异常率", "Pickup-anomaly rate"),
}

PRODUCT_UNITS = 22  # width of the product column in the order tables, in half-width cells

NO_LIGATURES = ("liga", "clig", "dlig")

COMPARISONS = {">": ">", ">=": "≥", "<": "<", "<=": "≤", "==": "="}


# --- formatting ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fmt:
    """Value formatting for one language."""

    en: bool
    year: int | None = None  # times in this year are shown without it in tables

    def pick(self, pair: tuple[str, str]) -> str:
        """The Chinese or English member of a (zh, en) pair."""
        return pair[1] if self.en else pair[0]

    def money_fen(self, fen: int | None) -> str:
        """'¥1,234.50', or 未设置 / not set for an unknown amount (never 0)."""
        if fen is None:
            return "not set" if self.en else "未设置"
        sign = "-" if fen < 0 else ""
        yuan, cents = divmod(abs(fen), 100)
        return f"{sign}¥{yuan:,}.{cents:02d}"

    def money_yuan(self, value: Decimal | None) -> str:
        """Decimal yuan formatted like `money_fen`."""
        if value is None:
            return self.money_fen(None)
        return self.money_fen(int((value * 100).to_integral_value()))

    def time(self, text: str | None, empty: str = "—") -> str:
        """A stored time without seconds when they are :00 (``2022-12-18 09:30``)."""
        if not text:
            return empty
        return text[:16] if text.endswith(":00") else text

    def short(self, text: str | None, empty: str = "—") -> str:
        """A table time: ``12-18 09:30`` when in `year`, else ``22-12-18 09:30``."""
        if not text:
            return empty
        if self.year is not None and text[:4] == str(self.year):
            return text[5:16]
        return text[2:16]  # 22-12-18 09:30: a period across years

    def when(self, value: datetime) -> str:
        """A datetime as ``YYYY-MM-DD HH:MM:SS``."""
        return value.strftime(TIME_FORMAT)

    def day(self, value: date) -> str:
        """A date as ``YYYY-MM-DD``."""
        return value.isoformat()

    def period(self, start: date, end: date) -> str:
        """'2022-12-01 至 2022-12-31' / '2022-12-01 to 2022-12-31'."""
        return f"{start.isoformat()} {'to' if self.en else '至'} {end.isoformat()}"

    def lateness(self, minutes: int | None) -> str:
        """'2天3小时' / '2 d 3 h'; '—' when not late."""
        if minutes is None:
            return "—"
        days, rest = divmod(minutes, 24 * 60)
        hours, mins = divmod(rest, 60)
        if self.en:
            parts = [f"{days} d" if days else "", f"{hours} h" if hours else ""]
            if not days and not hours:
                parts.append(f"{mins} min")
        else:
            parts = [f"{days}天" if days else "", f"{hours}小时" if hours else ""]
            if not days and not hours:
                parts.append(f"{mins}分钟")
        return ("" if not self.en else " ").join(p for p in parts if p)

    def rate(self, value: Decimal | None) -> str:
        """A 0..1 ratio as a percentage with two decimals; 未知 / unknown for None."""
        if value is None:
            return "unknown" if self.en else "未知"
        return f"{(value * 100).quantize(Decimal('0.01'))}%"

    def number(self, value: Decimal | None, key: str = "") -> str:
        """A condition value: a percentage for rates/ratios/shares, else a plain number."""
        if value is None:
            return "unknown" if self.en else "未知"
        if any(word in key for word in ("rate", "ratio", "share")):
            return self.rate(value)
        normal = value.normalize()
        return f"{normal:f}"

    def verdict(self, met: bool | None) -> tuple[str, str]:
        """(text, css class) for a threshold result."""
        if met is None:
            return ("cannot tell" if self.en else "无法判断", "unknown")
        if met:
            return ("✓ met" if self.en else "✓ 达标", "good")
        return ("✗ not met" if self.en else "✗ 未达标", "bad")

    def size(self, size_bytes: int) -> str:
        """A file size: '532 B', '12.4 KB', '3.1 MB'."""
        if size_bytes < 1024:
            return f"{size_bytes} B"
        if size_bytes < 1024 * 1024:
            return f"{size_bytes / 1024:.1f} KB"
        return f"{size_bytes / 1024 / 1024:.1f} MB"


@functools.cache
def labels(lang: str) -> dict[str, str]:
    """The report wording for `lang` ("zh" or "en") from ``resources/templates/labels.toml``."""
    with resource_path("templates", "labels.toml").open("rb") as fh:
        data = tomllib.load(fh)
    return {key: str(value[lang]) for key, value in data.items()}


@functools.cache
def column_titles(english: bool) -> dict[str, str]:
    """Every order column's title (`store.read.columns`), by name: the templates' ``{{ c.name }}``,
    so a report's order tables say what the order table and the exports say."""
    return {name: title(name, english) for name in SPEC}


@functools.cache
def _template(name: str) -> Template:
    path = resource_path("templates", name)
    return Template(path.read_text(encoding="utf-8"), name=name)


@functools.cache
def stylesheet() -> str:
    """The report style sheet (``resources/templates/report.css``)."""
    return resource_path("templates", "report.css").read_text(encoding="utf-8")


def clip_text(text: str, units: int) -> str:
    """`text` cut to about `units` half-width character cells (a CJK character is two), with "…"
    when cut: keeps a table row on one line so that rows never straddle a page break."""
    used = 0
    for i, ch in enumerate(text):
        used += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
        if used > units:
            return text[: max(i - 1, 1)] + "…"
    return text


def multiline(text: str) -> str:
    """`text` HTML-escaped with its line breaks kept (for ``{{ x|raw }}``)."""
    return html.escape(text).replace("\n", "<br/>")


def shop_name(h: ReportHeader, t: dict[str, str]) -> str:
    """The shop the report is about: the one asked for, else the only one in the data, else all."""
    if h.shop:
        return h.shop
    named = [s for s in h.shops if s]
    if len(named) == 1 and len(h.shops) == 1:
        return named[0]
    return t["all_shops"]


# --- context ------------------------------------------------------------------------------------


def _header_context(h: ReportHeader, f: Fmt, t: dict[str, str]) -> dict[str, Any]:
    return {
        "platform_name": report_name(h.platform, f.en),
        "shop_name": shop_name(h, t),
        "period": f.period(h.period_start, h.period_end),
        "as_of": f.when(h.as_of),
        "generated_at": f.when(h.generated_at),
        "warnings": list(h.warnings_en if f.en else h.warnings),
        "sources": [
            {
                "name": s.file_name,
                "kind": f.pick(KIND_NAMES.get(s.kind, (s.kind, s.kind))),
                "imported_at": f.time(s.imported_at),
                "rows": s.rows,
                "size": f.size(s.size_bytes),
                "sha256": s.sha256,
            }
            for s in h.sources
        ],
    }


def _rate_row(m: RateMetric, f: Fmt) -> dict[str, str]:
    name = f.pick(METRIC_NAMES.get(m.key, (m.key, m.key)))
    if m.carried_over:
        value = (
            "carried over from the previous window (no assessable orders left, K1)"
            if f.en
            else "沿用上一周期数据（本期无可考核订单，K1）"
        )
    else:
        value = f"{f.rate(m.value)} ({m.numerator}/{m.denominator})"
    threshold = (
        f"{COMPARISONS.get(m.comparison, m.comparison)} {f.rate(m.threshold)}"
        if m.threshold is not None
        else "—"
    )
    result, css = f.verdict(m.meets) if m.threshold is not None else ("—", "")
    return {
        "name": name,
        "value": value,
        "threshold": threshold,
        "result": result,
        "css": css,
        "rules": ", ".join(m.rules) or "—",
    }


def _condition_row(c: Condition, f: Fmt) -> dict[str, str]:
    result, css = f.verdict(c.met)
    return {
        "label": c.label_en if f.en else c.label,
        "value": f.number(c.value, c.key),
        "threshold": f"{COMPARISONS.get(c.comparison, c.comparison)} "
        f"{f.number(c.threshold, c.key)}",
        "result": result,
        "css": css,
    }


def _metrics_context(m: PlatformMetrics | None, f: Fmt, t: dict[str, str]) -> dict[str, Any]:
    ctx: dict[str, Any] = {"metrics": [], "metric_notes": [], "k4": None, "a2": None}
    ctx["metrics_missing"] = t["metrics_unavailable"]
    ctx.update({"d2": None, "k3": None})
    if m is None:
        return ctx
    ctx["metrics"] = [_rate_row(m.on_time_rate, f), _rate_row(m.pickup_anomaly_rate, f)]
    ctx["metric_notes"] = list(m.notes_en if f.en and m.notes_en else m.notes)
    if m.high_stock_waiver is not None:
        w = m.high_stock_waiver
        result, css = (t["k4_eligible"], "good") if w.eligible else (t["k4_not_eligible"], "bad")
        ctx["k4"] = {
            "week": f"{w.week_start} – {w.week_start + timedelta(days=6)}",
            "waiver_week": w.waiver_week_start.isoformat(),
            "result": result,
            "css": css,
            "conditions": [_condition_row(c, f) for c in w.conditions],
            "suggested": " / ".join(x for x in w.suggested_order if x) if w.suggested_order else "",
            "suggested_reason": f.pick(
                (w.suggested_reason, w.suggested_reason_en or w.suggested_reason)
            ),
        }
    if m.penalty_refund is not None:
        a = m.penalty_refund
        result, css = f.verdict(a.eligible if a.on_time_rate is not None else None)
        ctx["a2"] = {
            "month": a.month_start.strftime("%Y-%m"),
            "rate": f.rate(a.on_time_rate),
            "threshold": f"≥ {f.rate(a.threshold)}",
            "result": result,
            "css": css,
            "penalised": a.penalised_orders,
            "deducted": f.money_yuan(a.deducted_amount),
            "refund": f.money_yuan(a.refund_amount) if a.eligible else f.money_yuan(Decimal(0)),
            "refund_date": a.refund_date.isoformat(),
        }
    if m.experience_protection is not None:
        ctx["d2"] = [
            {
                "label": p.label_en if f.en else p.label,
                "own": f.number(p.own, p.key),
                "industry": f.number(p.industry, p.key),
                "scored": f.number(p.protected_value, p.key),
                "protected": ("✓ yes" if f.en else "✓ 是") if p.protected else "—",
                "css": "good" if p.protected else "",
            }
            for p in m.experience_protection
        ]
    if m.shop_score is not None:
        rows = []
        for c in m.shop_score:
            cond = _condition_row(c.condition, f) if c.condition else None
            rows.append(
                {
                    "label": c.label_en if f.en else c.label,
                    "weight": f.rate(c.weight),
                    "value": f.number(c.value, c.key),
                    "threshold": cond["threshold"] if cond else "—",
                    "result": cond["result"] if cond else "—",
                    "css": cond["css"] if cond else "",
                }
            )
        ctx["k3"] = rows
    return ctx


def _rules_text(line: OrderLine) -> str:
    return ", ".join(r for r in line.rules if r != "CORE") or ", ".join(line.rules) or "—"


def _order_row(line: OrderLine, f: Fmt, t: dict[str, str]) -> dict[str, Any]:
    reasons = line.reasons_en if f.en else line.reasons
    return {
        "id": line.display_id,
        "order_id": line.order_id,
        "sub_order_id": line.sub_order_id,
        "product": line.product_name or line.product_id or "—",
        "product_short": clip_text(line.product_name or line.product_id or "—", PRODUCT_UNITS),
        "product_tiny": clip_text(line.product_name or line.product_id or "—", PRODUCT_UNITS - 8),
        "paid": f.short(line.paid_at),
        "deadline": f.short(line.deadline),
        "shipped": f.short(line.shipped_at, t["not_shipped"]),
        "lateness": f.lateness(line.lateness_minutes),
        "rules": _rules_text(line),
        "amount": f.money_fen(line.compensation_fen),
        "status": line.status,
        "status_label": status_name(line.status, f.en, "report"),
        "reason": "；".join(reasons) if not f.en else "; ".join(reasons),
    }


def _table_year(h: ReportHeader) -> int | None:
    return h.period_start.year if h.period_start.year == h.period_end.year else None


def money_total(known_fen: int, unknown: int, f: Fmt, t: dict[str, str]) -> str:
    """A total where some amounts may be unknown: '¥5.00', '¥5.00 + 2 × 未设置' or, when nothing
    is known, '未设置（6 单）' — never a bare ¥0.00 that hides unknown amounts."""
    if not unknown:
        return f.money_fen(known_fen)
    if not known_fen:
        return f"{t['not_set']} ({unknown} orders)" if f.en else f"{t['not_set']}（{unknown} 单）"
    return f"{f.money_fen(known_fen)} + {unknown} × {t['not_set']}"


def _engine_total(metrics: PlatformMetrics | None, f: Fmt) -> str:
    """The engine's money at stake for the period; unknown when some amount is not set."""
    if metrics is None:
        return ""
    n = metrics.money_unknown_orders
    if metrics.money_at_stake is None:
        return f"unknown ({n} orders' amounts not set)" if f.en else f"未知（{n} 单金额未设置）"
    return f.money_yuan(metrics.money_at_stake)


def penalty_context(report: PenaltyReport) -> dict[str, Any]:
    """The template context of a penalty report (pre-formatted strings)."""
    h = report.header
    f = Fmt(h.lang == "en", _table_year(h))
    t = labels(h.lang)
    r = _header_context(h, f, t)
    r.update(_metrics_context(report.metrics, f, t))
    if report.metrics is None and metrics_period(h.period_start, h.period_end) is None:
        r["metrics_missing"] = t["metrics_not_whole_period"]
    r["counts"] = [
        {"label": status_name(s, f.en, "report"), "count": report.status_counts.get(s, 0)}
        for s in STATUS_ORDER
    ]
    money = report.money
    comebacks: list[dict[str, str]] = []
    metrics = report.metrics
    if (
        metrics is not None
        and metrics.penalty_refund is not None
        and metrics.penalty_refund.eligible
    ):
        a = metrics.penalty_refund
        comebacks.append(
            {
                "label": f"{t['a2_refund']} ({a.refund_date.isoformat()})",
                "value": f.money_yuan(a.refund_amount),
            }
        )
    r["money"] = {
        "total": money_total(money.known_total_fen, money.unknown_orders, f, t),
        "orders": money.charged_orders,
        "unknown": money.unknown_orders,
        "recoverable": f.money_fen(money.appeal_recoverable_fen)
        + (
            f" + {money.appeal_unknown_orders} × {t['not_set']}"
            if money.appeal_unknown_orders
            else ""
        ),
        "engine_total": _engine_total(metrics, f),
        "comebacks": comebacks,
    }
    year = _table_year(h)
    r["times_note"] = (
        (f"Times are China time, year {year}." if f.en else f"时间均为北京时间（{year} 年）。")
        if year
        else (
            "Times are China time, as YY-MM-DD HH:MM."
            if f.en
            else "时间均为北京时间，格式为 年-月-日 时:分（年份取后两位）。"
        )
    )
    r["late"] = [_order_row(x, f, t) for x in report.late_orders]
    r["late_count"] = len(report.late_orders)
    r["exempt"] = [_order_row(x, f, t) for x in report.exempt_orders]
    r["exempt_count"] = len(report.exempt_orders)
    r["consequences"] = [
        {"text": multiline(CLAUSES[k].text), "citation": CLAUSES[k].citation(f.en)}
        for k in report.consequences
    ]
    shown = [t[f"{key}_title"] for key in _METRIC_SECTIONS if r.get(key)]
    shown += _strings([r[key] for key in ("metrics", "metric_notes", *_METRIC_SECTIONS)])
    shown += [row[key] for row in r["late"] + r["exempt"] for key in ("rules", "reason")]
    r["rule_codes"] = rule_legend(codes_in(shown), h.as_of, f.en)
    r["rule_codes_html"] = _rule_codes_html(r["rule_codes"], t)
    return {"t": t, "r": r, "c": column_titles(f.en)}


def _rule_codes_html(rows: list[dict[str, str]], t: dict[str, str]) -> str:
    """The legend of the rule codes a report shows (`rule_legend` rows), '' when none."""
    return _template("rule_codes.html").render({"t": t, "r": {"rule_codes": rows}}) if rows else ""


# The penalty report's metric sections, each titled `<key>_title` in the labels.
_METRIC_SECTIONS = ("k4", "a2", "d2", "k3")


def _strings(value: object) -> list[str]:
    """Every string inside `value` (nested lists and dicts' values)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _strings(list(value.values()))
    if isinstance(value, list | tuple):
        return [s for item in value for s in _strings(item)]
    return []


def _attachment_row(a: AttachmentInfo, f: Fmt) -> dict[str, str]:
    return {
        "name": a.file_name,
        "size": f.size(a.size_bytes),
        "sha256": a.sha256,
        "description": a.description,
        "order": a.order_id + (f" / {a.sub_order_id}" if a.sub_order_id else ""),
    }


def _timeline(line: OrderLine, f: Fmt, t: dict[str, str], as_of: datetime) -> list[dict[str, str]]:
    events = [
        (t["ev_paid"], line.paid_at),
        (t["ev_promised"], line.promised_ship_at),
        (t["ev_deadline"], line.deadline),
        (t["ev_shipped"], line.shipped_at),
        (t["ev_picked_up"], line.picked_up_at),
        (t["ev_online"], line.online_at),
        (t["ev_warehouse"], line.warehouse_at),
    ]
    rows = [
        {"label": label, "time": f.time(when)}
        for label, when in events
        if when and not (label == t["ev_promised"] and when == line.deadline)
    ]
    if not line.shipped_at:
        rows.append({"label": t["ev_as_of"], "time": f.when(as_of)})
    rows.sort(key=lambda row: row["time"])
    return rows


LETTER_TITLES = {
    "kuaishou": ("关于申请发货考核保护的说明", "Application for shipping-assessment protection"),
    "douyin": ("关于订单超时判罚的报备 / 申诉说明", "Pre-report / appeal of timeout penalties"),
    "aliexpress": ("关于发货时效判罚的申诉说明", "Appeal against shipping-time penalties"),
}


def _appeal_reason(line: OrderLine, f: Fmt) -> str:
    """The engine's appeal reason in the report's language (Chinese when no English is known)."""
    return line.appeal_reason_en if f.en and line.appeal_reason_en else line.appeal_reason


def _letter(report: AppealReport, f: Fmt, t: dict[str, str], r: dict[str, Any]) -> list[str]:
    h = report.header
    n = len(report.orders)
    shop = r["shop_name"]
    period = r["period"]
    reasons: list[str] = []
    for line in report.orders:
        text = _appeal_reason(line, f) or (line.reasons_en[0] if f.en and line.reasons_en else "")
        if text and text not in reasons:
            reasons.append(text)
    quoted = [CLAUSES[k] for k in report.clause_keys]
    citations = cite_grouped(quoted, english=False)
    citations_en = cite_grouped(quoted, english=True)
    marked = sum(1 for line in report.orders if line.appeal_mark and not line.appeal_candidate)
    if f.en:
        paragraphs = [
            f"Our shop “{shop}” on {r['platform_name']} has {n} "
            f"{'order' if n == 1 else 'orders'} in the period {period} "
            "that could not be shipped or collected on time for reasons beyond our control. "
            "Each order's ids, timeline and evidence are listed in Annex 1.",
            "The orders qualify under "
            + (citations_en or "the announcements quoted below")
            + (". Reasons recorded for them: " + " / ".join(reasons) if reasons else "")
            + ".",
        ]
        if marked:
            paragraphs.append(
                f"{marked} of these orders were added by the shop itself; "
                "its note on each explains why."
            )
        paragraphs.append(
            f"Total at stake on these orders: {r['money_total']} "
            f"(as of {f.when(h.as_of)}, China time)."
        )
    else:
        paragraphs = [
            f"本店“{shop}”（{r['platform_name']}）在 {period} 期间共有 {n} 笔订单，"
            "因非商家自身原因未能在承诺时间内完成发货 / 揽收。"
            "各订单的编号、时间线与证据材料详见附件一。",
            "上述订单符合"
            + (citations or "下列公告")
            + "的规定"
            + ("。具体情形：" + "；".join(reasons) if reasons else "")
            + "。",
        ]
        if marked:
            paragraphs.append(
                f"其中 {marked} 笔为本店核实后补充申请的订单，逐单说明见附件一中的“商家说明”。"
            )
        paragraphs.append(
            f"上述订单涉及赔付 / 罚扣金额合计 {r['money_total']}"
            f"（截至 {f.when(h.as_of)}，北京时间）。"
        )
    return paragraphs


def appeal_context(report: AppealReport) -> dict[str, Any]:
    """The template context of an appeal report (pre-formatted strings)."""
    h = report.header
    f = Fmt(h.lang == "en")
    t = labels(h.lang)
    r = _header_context(h, f, t)
    money = report.money
    r["money_total"] = money_total(money.known_total_fen, money.unknown_orders, f, t)
    r["letter_title"] = f.pick(
        LETTER_TITLES.get(h.platform, (t["title_appeal"], t["title_appeal"]))
    )
    r["letter_to"] = t.get(f"letter_to_{h.platform}", "")
    r["letter_date"] = h.generated_at.date().isoformat()
    fl = report.filing
    if fl.due_date is not None:
        r["filing_headline"] = (
            f"{fl.due_date.isoformat()}" + (" (earliest, estimated)" if fl.estimated else "")
            if f.en
            else f"{fl.due_date.isoformat()} 前"
            + ("（按最早可能的通知日估算）" if fl.estimated else "")
        )
    elif fl.window_days is not None:
        r["filing_headline"] = (
            f"{fl.window_days} natural days from the notice"
            if f.en
            else f"判罚通知后 {fl.window_days} 个自然日内"
        )
    else:
        r["filing_headline"] = "as soon as possible" if f.en else "尽快提交"
    r["filing_text"] = fl.text_en if f.en else fl.text
    r["letter_paragraphs"] = _letter(report, f, t, r)
    r["clauses"] = [
        {
            "rule": CLAUSES[k].rule,
            "rule_name": rule_name(CLAUSES[k].rule, f.en),
            "citation": CLAUSES[k].citation(f.en),
            "text": multiline(CLAUSES[k].text),
            # English readers get the gist beside the verbatim Chinese.
            "gist": CLAUSES[k].gist_en if f.en else "",
        }
        for k in report.clause_keys
    ]
    orders = []
    evidence = [_attachment_row(a, f) for a in report.period_attachments]
    for line in report.orders:
        row = _order_row(line, f, t)
        clauses = clauses_for_rules(line.rules)
        row["clauses"] = (
            cite_grouped(clauses, english=f.en)
            if clauses
            else ", ".join(sorted({s.clause for s in line.trace if s.clause})) or "—"
        )
        row["reason"] = _appeal_reason(line, f) or (t["seller_marked"] if line.appeal_mark else "—")
        row["reasons"] = list(line.reasons_en if f.en else line.reasons)
        row["note"] = line.note
        row["marked"] = line.appeal_mark and not line.appeal_candidate
        row["region"] = line.receiver_region
        row["tracking"] = (f"{line.carrier} " if line.carrier else "") + line.tracking_no
        row["timeline"] = _timeline(line, f, t, h.as_of)
        row["attachments"] = [_attachment_row(a, f) for a in line.attachments]
        evidence.extend(row["attachments"])
        orders.append(row)
    r["orders"] = orders
    r["order_count"] = len(orders)
    r["evidence"] = evidence
    r["evidence_count"] = len(evidence)
    shown = [c["rule"] for c in r["clauses"]]
    shown += _strings([[o["reason"], o["reasons"]] for o in orders])
    r["rule_codes"] = rule_legend(codes_in(shown), h.as_of, f.en)
    r["rule_codes_html"] = _rule_codes_html(r["rule_codes"], t)
    return {"t": t, "r": r, "c": column_titles(f.en)}


def report_html(report: Report) -> str:
    """The report's HTML (the template filled in)."""
    if isinstance(report, PenaltyReport):
        return _template("penalty.html").render(penalty_context(report))
    return _template("appeal.html").render(appeal_context(report))


# --- Qt document and painting -------------------------------------------------------------------


def _base_font() -> QtGui.QFont:
    register_bundled_fonts()
    font = QtGui.QFont(ui_font_family())
    font.setPointSizeF(BASE_POINT_SIZE)
    font.setStyleHint(QtGui.QFont.StyleHint.SansSerif)
    # No ligatures: a PDF viewer or pdftotext turns an "fi"/"ff" glyph into a gap, so a reviewer
    # copying "qualifies" or a SHA-256 out of the report would get other text than is shown.
    for tag in NO_LIGATURES:
        font.setFeature(QtGui.QFont.Tag(tag), 0)
    return font


def build_document(
    report: Report, device: QtGui.QPagedPaintDevice | None = None
) -> QtGui.QTextDocument:
    """The report as a QTextDocument in the bundled font.

    Without `device` it is not paginated (for an on-screen view). With `device` its layout is done
    once, directly for that device's page body (what `paint_document` needs): setting the paint
    device and page size before the HTML avoids laying a long report out two or three times.
    """
    doc = QtGui.QTextDocument()
    doc.setDefaultFont(_base_font())
    doc.setDefaultStyleSheet(stylesheet())
    doc.setDocumentMargin(0)
    if device is not None:
        doc.documentLayout().setPaintDevice(device)
        doc.setPageSize(page_geometry(device, doc.defaultFont()).body)
    doc.setHtml(report_html(report))
    if device is not None:
        keep_headings_with_next(doc, doc.pageSize().height())
    header = report.header
    t = labels(header.lang)
    title = t["title_penalty"] if isinstance(report, PenaltyReport) else t["title_appeal"]
    doc.setMetaInformation(QtGui.QTextDocument.MetaInformation.DocumentTitle, title)
    return doc


@dataclass(frozen=True)
class PageGeometry:
    """Where things go on a page, in device pixels relative to the paint rect's top-left."""

    width: float
    height: float
    band: float  # height of the header band (and of the footer band)
    line: float  # height of one line of header text
    small_font: QtGui.QFont

    @property
    def body(self) -> QtCore.QSizeF:
        """The size the document is paginated to: the page minus header and footer bands."""
        return QtCore.QSizeF(self.width, self.height - 2 * self.band)


def page_geometry(device: QtGui.QPagedPaintDevice, base_font: QtGui.QFont) -> PageGeometry:
    """The page geometry for `device`'s page layout and resolution."""
    rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
    small = QtGui.QFont(base_font)
    small.setPointSizeF(7.5)
    line = QtGui.QFontMetricsF(small, device).height()
    return PageGeometry(float(rect.width()), float(rect.height()), line * 2.2, line, small)


def _header_texts(report: Report) -> tuple[str, str, str]:
    h = report.header
    f = Fmt(h.lang == "en")
    t = labels(h.lang)
    title = t["title_penalty"] if isinstance(report, PenaltyReport) else t["title_appeal"]
    platform = report_name(h.platform, f.en)
    left = f"{t['app']} · {title}"
    right = f"{shop_name(h, t)} · {platform} · {f.period(h.period_start, h.period_end)}"
    footer = f"{t['as_of']} {f.when(h.as_of)} {t['china_time']}"
    return left, right, footer


def paint_document(
    doc: QtGui.QTextDocument,
    device: QtGui.QPagedPaintDevice,
    header: tuple[str, str, str],
    page_label: str,
) -> int:
    """Paginate `doc` for `device`'s page layout and paint every page with a running header
    (`header` = left text, right text, footer text) and "page n of N" (`page_label` with ``{n}``
    and ``{total}``). Returns the number of pages."""
    geo = page_geometry(device, doc.defaultFont())
    width, height, band, small = geo.width, geo.height, geo.band, geo.small_font
    body_height = geo.body.height()
    dpi = device.logicalDpiX()
    if doc.documentLayout().paintDevice() is not device:
        doc.documentLayout().setPaintDevice(device)
    if doc.pageSize() != geo.body:
        doc.setPageSize(geo.body)
        keep_headings_with_next(doc, body_height)
    metrics = QtGui.QFontMetricsF(small, device)
    pages = doc.pageCount()
    needs_clip = straddling_pages(doc, body_height)
    painter = QtGui.QPainter()
    if not painter.begin(device):
        raise OSError("cannot start painting on the output device")
    try:
        pen = QtGui.QPen(QtGui.QColor("#9aa7b4"))
        pen.setWidthF(dpi / 150)
        for index in range(pages):
            if index:
                device.newPage()
            painter.setFont(small)
            painter.setPen(QtGui.QColor("#555555"))
            top = QtCore.QRectF(0, 0, width, metrics.height())
            painter.drawText(top, int(QtCore.Qt.AlignmentFlag.AlignLeft), header[0])
            painter.drawText(top, int(QtCore.Qt.AlignmentFlag.AlignRight), header[1])
            painter.setPen(pen)
            line_y = metrics.height() * 1.4
            painter.drawLine(QtCore.QPointF(0, line_y), QtCore.QPointF(width, line_y))
            bottom_y = height - metrics.height()
            painter.drawLine(
                QtCore.QPointF(0, bottom_y - metrics.height() * 0.4),
                QtCore.QPointF(width, bottom_y - metrics.height() * 0.4),
            )
            painter.setPen(QtGui.QColor("#555555"))
            foot = QtCore.QRectF(0, bottom_y, width, metrics.height())
            painter.drawText(foot, int(QtCore.Qt.AlignmentFlag.AlignLeft), header[2])
            painter.drawText(
                foot,
                int(QtCore.Qt.AlignmentFlag.AlignRight),
                page_label.format(n=index + 1, total=pages),
            )
            painter.save()
            painter.translate(0, band - index * body_height)
            ctx = QtGui.QAbstractTextDocumentLayout.PaintContext()
            # One pixel short: a block that starts exactly on the page boundary belongs to the
            # next page only (the layout's own intersection test includes both edges).
            ctx.clip = QtCore.QRectF(0, index * body_height, width, body_height - 1)
            ctx.palette.setColor(QtGui.QPalette.ColorRole.Text, QtGui.QColor("#1a1a1a"))
            if index in needs_clip:
                # A table row split across this page break would otherwise be drawn whole, over
                # the footer. Clipping every page is correct too but makes PDF output ~2x slower.
                painter.setClipRect(ctx.clip)
            doc.documentLayout().draw(painter, ctx)
            painter.restore()
    finally:
        painter.end()
    return pages


def keep_headings_with_next(doc: QtGui.QTextDocument, body_height: float) -> None:
    """Move every heading that would stand last on a page to the top of the next one, so that a
    heading is never stranded apart from the text it introduces."""
    layout = doc.documentLayout()
    block = doc.begin()
    end = doc.end()
    while block != end:
        following = block.next()
        if _is_heading_in_flow(block) and following != end:
            top = layout.blockBoundingRect(block).top()
            page = int(top // body_height)
            next_page = int(layout.blockBoundingRect(following).top() // body_height)
            if next_page > page and top - page * body_height > 1:
                fmt = QtGui.QTextBlockFormat()
                fmt.setPageBreakPolicy(QtGui.QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QtGui.QTextCursor(block).mergeBlockFormat(fmt)
        block = following


def _is_heading_in_flow(block: QtGui.QTextBlock) -> bool:
    """A heading that is not already put at the top of a page by a page break."""
    fmt = block.blockFormat()
    always_before = QtGui.QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    return fmt.headingLevel() > 0 and not (fmt.pageBreakPolicy() & always_before)


def straddling_pages(doc: QtGui.QTextDocument, body_height: float) -> set[int]:
    """Pages (0-based) with a paragraph that continues onto the next page — the ones whose body
    must be clipped when painted."""
    layout = doc.documentLayout()
    pages: set[int] = set()
    block = doc.begin()
    end = doc.end()
    while block != end:
        rect = layout.blockBoundingRect(block)
        # A page break before a block is a top margin that reaches back onto the previous page;
        # the layout draws the block for that page too.
        top = rect.top() - block.blockFormat().topMargin()
        first = int(top // body_height)
        last = int(max(rect.bottom() - 1, rect.top()) // body_height)
        if last > first:
            pages.update(range(first, last + 1))
        block = block.next()
    return pages


def setup_page(device: QtGui.QPagedPaintDevice) -> None:
    """A4 portrait with the report margins."""
    device.setPageLayout(
        QtGui.QPageLayout(
            QtGui.QPageSize(QtGui.QPageSize.PageSizeId.A4),
            QtGui.QPageLayout.Orientation.Portrait,
            QtCore.QMarginsF(*MARGINS_MM),
            QtGui.QPageLayout.Unit.Millimeter,
        )
    )


def print_report(report: Report, device: QtGui.QPagedPaintDevice, *, set_page: bool = True) -> int:
    """Lay out and paint `report` on `device` (a QPrinter from a print dialog or a print preview's
    ``paintRequested``, or a QPdfWriter). A4 with the report margins unless `set_page` is False
    (then the device's own page layout, e.g. what the user chose, is used). Returns the page
    count."""
    if set_page:
        setup_page(device)
    doc = build_document(report, device)
    page_label = labels(report.header.lang)["page"]
    return paint_document(doc, device, _header_texts(report), page_label)


def pdf_bytes(report: Report) -> bytes:
    """The report as an A4 PDF, embedding the bundled font."""
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    writer = QtGui.QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setCreator("ShipCheck")
    writer.setTitle(build_title(report))
    print_report(report, writer)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(buffer.data().data())


def build_title(report: Report) -> str:
    """The PDF's title: report name, shop, platform, period."""
    left, right, _ = _header_texts(report)
    return f"{left} — {right}"


def write_pdf(report: Report, path: Path | str) -> Path:
    """Write the report as a PDF to `path`, atomically (a failure leaves no partial file)."""
    target = Path(path)
    atomic_write_bytes(target, pdf_bytes(report))
    return target
