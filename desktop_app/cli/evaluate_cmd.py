"""`shipcheck evaluate` and `shipcheck metrics`: run the policy engine over the stored orders.

``evaluate [--as-of "YYYY-MM-DD HH:MM:SS"] [--platform P] [--json]`` stores the verdicts and prints
them (``--json``: one object per line, DESIGN.md's fields plus ``charges`` — each rule's share:
rule, kind (compensation or deduction), amount in yuan or null — and ``rule_versions`` — rule id
→ the date of the announcement version that judged it; ``compensation`` is the charges' total,
null when any is unknown). ``metrics --platform P --period
week|month --start DATE [--as-of …] [--shop S] [--json]`` prints the platform's assessed metrics.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from desktop_app.chinatime import TIME_FORMAT, china_now, parse_as_of
from desktop_app.errors import BadInput, Problem
from policies.platforms import PLATFORM_IDS


def open_db(args: argparse.Namespace) -> Any:
    """Open the store named by --db (else $SHIPCHECK_DB, else the user's data directory)."""
    from desktop_app.store.connection import open_store

    return open_store(getattr(args, "db", None) or None)


def as_of_or_now(text: str | None) -> datetime:
    """--as-of text as a naive China time; now (China time) when absent or empty."""
    return parse_as_of(text or None) or china_now()


def parse_day(text: str, option: str) -> date:
    """A YYYY-MM-DD option value."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise BadInput(
            Problem(f"{option} 应为 YYYY-MM-DD", f"{option} must be YYYY-MM-DD", value=text)
        ) from None


def _num(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _money(value: Decimal | None) -> float | None:
    return None if value is None else float(value.quantize(Decimal("0.01")))


def verdict_json(v: Any) -> dict[str, Any]:
    """DESIGN.md's evaluate --json object for one verdict."""
    from desktop_app.evaluation.run import trace_dicts

    out: dict[str, Any] = {
        "platform": v.platform.value,
        "order_id": v.order_id,
        "sub_order_id": v.sub_order_id,
        "status": str(v.status),
        "deadline": None if v.deadline is None else v.deadline.strftime(TIME_FORMAT),
        "deadline_basis": v.deadline_basis,
        "deadline_basis_en": v.deadline_basis_en,
        "rules": list(v.rules),
        "reasons": list(v.reasons),
        "reasons_en": list(v.reasons_en),
        # the total yuan the order costs the seller; null when any charge is unknown
        "compensation": _money(v.compensation),
        "compensation_state": "not_set" if v.compensation is None else "known",
        "charges": [
            {"rule": c.rule, "kind": c.kind, "amount": _money(c.amount)} for c in v.charges
        ],
        # rule id → the date of the announcement version that judged it (null: none in force)
        "rule_versions": dict(v.rule_versions),
        "appeal_candidate": v.appeal_candidate,
        "appeal_reason": v.appeal_reason,
        "appeal_reason_en": v.appeal_reason_en,
        "flags": [str(f) for f in v.flags],
        "as_of": v.as_of.strftime(TIME_FORMAT),
        "trace": trace_dicts(v.trace),
    }
    return out


def run_evaluate(args: argparse.Namespace) -> int:
    """Evaluate, store, print."""
    from desktop_app.evaluation import evaluate_store

    as_of = as_of_or_now(args.as_of)
    out = sys.stdout
    english = _english()
    reader_gone = False

    def sink(v: Any) -> None:
        nonlocal reader_gone
        if reader_gone:
            return
        if args.json:
            line = json.dumps(verdict_json(v), ensure_ascii=False) + "\n"
        else:
            reasons = v.reasons_en if english else v.reasons
            deadline = v.deadline.strftime("%Y-%m-%d %H:%M") if v.deadline else "-"
            comp = "?" if v.compensation is None else f"{v.compensation}"
            line = (
                f"{v.platform.value}\t{v.order_id}\t{v.sub_order_id}\t{v.status}\t{deadline}\t"
                f"{comp}\t{','.join(v.rules)}\t{reasons[-1] if reasons else ''}\n"
            )
        try:
            out.write(line)
        except BrokenPipeError:
            # The reader (e.g. `| head`) went away: keep evaluating and storing, stop printing.
            reader_gone = True
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            os.close(devnull)

    with open_db(args) as store:
        summary = evaluate_store(store, as_of, platform=args.platform, sink=sink)
    s = summary
    counts = ", ".join(f"{k} {n}" for k, n in s.by_status.items()) or "-"
    if english:
        money = (
            "unknown (amount not set)" if s.money_at_stake is None else f"{s.money_at_stake} yuan"
        )
        text = (
            f"As of {as_of:%Y-%m-%d %H:%M:%S}: {s.total} orders ({counts}); "
            f"money at stake {money}; {s.appeal_candidates} pre-report/appeal candidates; "
            f"{s.false_shipping} possible "
            f"false shipments; {s.seconds:.2f} s"
        )
    else:
        money = "未知（有金额未设置）" if s.money_at_stake is None else f"{s.money_at_stake} 元"
        text = (
            f"评估时刻 {as_of:%Y-%m-%d %H:%M:%S}：{s.total} 单（{counts}）；涉及金额 {money}；"
            f"可报备/申诉 {s.appeal_candidates} 单；疑似虚假发货 {s.false_shipping} 单；"
            f"用时 {s.seconds:.2f} 秒"
        )
    print(text, file=sys.stderr)
    return 0


def _english() -> bool:
    lang = os.environ.get("SHIPCHECK_LANG") or os.environ.get("LANG", "")
    return lang.lower().startswith("en")


def metrics_json(m: Any) -> dict[str, Any]:
    """The metrics --json object."""

    def rate(r: Any) -> dict[str, Any]:
        return {
            "value": _num(r.value),
            "numerator": r.numerator,
            "denominator": r.denominator,
            "carried_over": r.carried_over,
            "measurable": r.measurable,
            "threshold": _num(r.threshold),
            "comparison": r.comparison,
            "meets": r.meets,
            "rules": list(r.rules),
        }

    def cond(c: Any) -> dict[str, Any]:
        return {
            "key": c.key,
            "label": c.label,
            "label_en": c.label_en,
            "value": _num(c.value),
            "threshold": _num(c.threshold),
            "comparison": c.comparison,
            "met": c.met,
            "rule": c.rule,
            "source": c.source,
        }

    out: dict[str, Any] = {
        "platform": m.platform.value,
        "shop": m.shop,
        "period_start": m.period_start.isoformat(),
        "period_end": m.period_end.isoformat(),
        "as_of": m.as_of.strftime(TIME_FORMAT),
        "assessable_orders": m.assessable_orders,
        "on_time_rate": _num(m.on_time_rate.value),
        "on_time": rate(m.on_time_rate),
        "pickup_anomaly_rate": _num(m.pickup_anomaly_rate.value),
        "pickup_anomaly": rate(m.pickup_anomaly_rate),
        "carried_over": m.on_time_rate.carried_over,
        "money_at_stake": _money(m.money_at_stake),
        "money_state": "not_set" if m.money_at_stake is None else "known",
        "money_unknown_orders": m.money_unknown_orders,
        "daily": [
            {"day": d.day.isoformat(), "due": d.due, "on_time": d.on_time, "late": d.late}
            for d in m.daily
        ],
        "notes": list(m.notes),
        "notes_en": list(m.notes_en),
    }
    w = m.high_stock_waiver
    if w is None and m.platform.value == "kuaishou" and (m.period_end - m.period_start).days == 6:
        out["high_stock_waiver"] = None  # a Kuaishou week whose waiver week K4 does not reach
    if w is not None:
        out["high_stock_waiver"] = {
            "eligible": w.eligible,
            "week_start": w.week_start.isoformat(),
            "waiver_week_start": w.waiver_week_start.isoformat(),
            "paid_orders": w.paid_orders,
            "in_stock_ratio": _num(w.in_stock_ratio),
            "on_time_rate": _num(w.on_time_rate),
            "conditions": [cond(c) for c in w.conditions],
            "suggested_order": None
            if w.suggested_order is None
            else {"order_id": w.suggested_order[0], "sub_order_id": w.suggested_order[1]},
            "suggested_reason": w.suggested_reason,
            "suggested_reason_en": w.suggested_reason_en,
            # yuan the waiver saves on the suggested order; null when the penalty is not set
            "waiver_saving": _money(w.waiver_saving),
        }
    r = m.penalty_refund
    if r is not None:
        out["penalty_refund"] = {
            "eligible": r.eligible,
            "month_start": r.month_start.isoformat(),
            "on_time_rate": _num(r.on_time_rate),
            "threshold": _num(r.threshold),
            "deducted_amount": _money(r.deducted_amount),
            "refund_amount": _money(r.refund_amount),
            "amount_state": "not_set" if r.refund_amount is None else "known",
            "refund_date": r.refund_date.isoformat(),
            "penalised_orders": r.penalised_orders,
        }
    if m.experience_protection is not None:
        out["experience_protection"] = [
            {
                "key": i.key,
                "label": i.label,
                "label_en": i.label_en,
                "higher_is_better": i.higher_is_better,
                "own": _num(i.own),
                "industry": _num(i.industry),
                "protected_value": _num(i.protected_value),
                "protected": i.protected,
            }
            for i in m.experience_protection
        ]
    if m.shop_score is not None:
        out["shop_score"] = {
            "secondary_source": True,
            "components": [
                {
                    "key": c.key,
                    "label": c.label,
                    "weight": _num(c.weight),
                    "value": _num(c.value),
                    "condition": None if c.condition is None else cond(c.condition),
                }
                for c in m.shop_score
            ],
        }
    return out


def _pct(v: Decimal | None) -> str:
    return "沿用上期 (carried over)" if v is None else f"{(v * 100).quantize(Decimal('0.01'))}%"


def run_metrics(args: argparse.Namespace) -> int:
    """Compute and print one platform's metrics."""
    from desktop_app.evaluation import metrics_for

    as_of = as_of_or_now(args.as_of)
    start = parse_day(args.start, "--start")
    if args.platform == "kuaishou" and args.period == "week" and start.weekday() != 0:
        raise BadInput(
            Problem(
                "K4 按自然周（周一至周日）统计：--start 必须是周一",
                "K4 uses natural weeks (Monday–Sunday): --start must be a Monday",
                value=args.start,
            )
        )
    with open_db(args) as store:
        m = metrics_for(store, args.platform, args.period, start, as_of, shop=args.shop)
    data = metrics_json(m)
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
        return 0
    print(
        f"{m.platform.value} {m.shop or '全部店铺'} {m.period_start} ~ {m.period_end}（截至 "
        f"{as_of}）"
    )
    print(
        f"  可考核订单 {m.assessable_orders}；及时发货率 {_pct(m.on_time_rate.value)}；"
        f"揽收异常率 {_pct(m.pickup_anomaly_rate.value)}"
    )
    money = "未知（有金额未设置）" if m.money_at_stake is None else f"{m.money_at_stake} 元"
    print(f"  涉及金额 {money}")
    for key in ("high_stock_waiver", "penalty_refund", "experience_protection", "shop_score"):
        if key in data:
            print(f"  {key}: {json.dumps(data[key], ensure_ascii=False)}")
    for note in m.notes:
        print(f"  注：{note}")
    return 0


def register(subparsers: Any) -> None:
    """Add `evaluate` and `metrics`."""
    p = subparsers.add_parser("evaluate", help="评估全部订单并保存结果 / evaluate every order")
    p.add_argument("--db", help="数据库路径 / database path")
    p.add_argument("--as-of", help='评估时刻 "YYYY-MM-DD HH:MM:SS"（中国时间，默认现在）')
    p.add_argument("--platform", choices=PLATFORM_IDS)
    p.add_argument(
        "--json", action="store_true", help="每行一个 JSON 对象 / one JSON object per line"
    )
    p.set_defaults(run=run_evaluate)

    m = subparsers.add_parser("metrics", help="平台考核指标 / a platform's assessed metrics")
    m.add_argument("--db", help="数据库路径 / database path")
    m.add_argument("--platform", choices=PLATFORM_IDS, required=True)
    m.add_argument("--period", choices=("week", "month"), required=True)
    m.add_argument("--start", required=True, help="YYYY-MM-DD（周：周一；月：任意一天）")
    m.add_argument("--as-of", help='评估时刻 "YYYY-MM-DD HH:MM:SS"')
    m.add_argument("--shop", help="店铺名称（默认全部）")
    m.add_argument("--json", action="store_true")
    m.set_defaults(run=run_metrics)
