"""Gathering a report's data from the store: pure SQLite reads into the typed model (no Qt).

`gather_penalty` and `gather_appeal` read the ``orders``, ``verdicts``, ``imports``,
``order_notes`` and ``attachments`` tables (schema v1) for one platform, shop and period and return
a `PenaltyReport` / `AppealReport`. The metrics come from the engine
(`desktop_app.evaluation.metrics_for`) unless the caller passes them.

Which orders belong to a period: those whose deadline (from the verdict) falls in it, or — for an
order with no deadline — whose payment time does. That is how the platforms assess: an order is
counted in the window it is due in.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, timedelta
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

from desktop_app.chinatime import TIME_FORMAT, china_now, parse_time
from desktop_app.errors import BadInput, Problem
from desktop_app.evaluation import metrics_for, verdict_row
from desktop_app.evaluation.metrics import evaluate_period
from desktop_app.evaluation.run import load_checked, trace_from_json
from desktop_app.reports.clauses import APPEAL_CLAUSES, K5_CONSEQUENCES, clauses_for_rules
from desktop_app.reports.model import (
    AppealReport,
    AttachmentInfo,
    FilingDeadline,
    MoneySummary,
    OrderLine,
    PenaltyReport,
    ReportHeader,
    ReportKind,
    SourceFile,
)
from desktop_app.store.rawcells import raw_row
from desktop_app.store.read.columns import EVIDENCE_COLUMNS, fields_of
from desktop_app.store.read.lines import (
    MARKED_SQL,
    VERDICT_FIELDS,
    VERDICT_JOIN,
    LineTexts,
    attachments_by_line,
    json_list,
    merge_texts,
    of_line,
    platform_attachments,
    select_list,
)
from desktop_app.store.settings import all_settings, shop_names
from desktop_app.store.source import Source, connection_of
from desktop_app.store.verdict_instants import stored_as_ofs
from policies.catalogue import catalogue
from policies.engine import evaluate_orders
from policies.params import ParameterError, ParameterSet
from policies.records import Platform, PlatformMetrics, Status
from policies.rulebook import RULE_ORDER

# The fields of a report line (`store.read.lines.FIELD_SQL`): those `OrderLine` is made of, and
# those the evidence sheet's columns show (`store.read.columns.EVIDENCE_COLUMNS`).
_SHEET_FIELDS = fields_of(EVIDENCE_COLUMNS)
_LINE_FIELDS = tuple(
    dict.fromkeys(
        (
            "platform",
            "order_id",
            "sub_order_id",
            "shop",
            "product_id",
            "product_name",
            "quantity",
            "paid_amount_fen",
            "paid_at",
            "promised_ship_at",
            "shipped_at",
            "picked_up_at",
            "online_at",
            "warehouse_at",
            "carrier",
            "tracking_no",
            "receiver_province",
            "receiver_city",
            "receiver_district",
            "raw_json",
            "raw_keys_json",
            "source_file",
            "source_sheet",
            "source_row",
            *VERDICT_FIELDS,
            *_SHEET_FIELDS,
        )
    )
)
_LINE_SELECT = select_list(_LINE_FIELDS, named=True)

# A report line is an evaluated order: the inner join leaves out those not evaluated yet.
_ORDER_JOINS = f"FROM orders o JOIN {VERDICT_JOIN}"

_PERIOD_WHERE = """
    o.platform = :platform AND (:shop = '' OR o.shop = :shop)
    AND COALESCE(v.deadline, o.paid_at, o.created_at) >= :start
    AND COALESCE(v.deadline, o.paid_at, o.created_at) < :end
"""


def _platform(value: str) -> Platform:
    try:
        return Platform(value)
    except ValueError:
        choices = ", ".join(p.value for p in Platform)
        raise BadInput(
            Problem(
                message=f"未知平台，应为 {choices} 之一",
                message_en=f"unknown platform, expected one of {choices}",
                value=value,
            )
        ) from None


def _check_period(start: date, end: date) -> None:
    if end < start:
        raise BadInput(
            Problem(
                message="结束日期早于开始日期",
                message_en="the end date is before the start date",
                value=f"{start} – {end}",
            )
        )


def _params(platform: Platform, shop: str, start: date, end: date) -> dict[str, str]:
    return {
        "platform": platform.value,
        "shop": shop,
        "start": f"{start.isoformat()} 00:00:00",
        "end": f"{(end + timedelta(days=1)).isoformat()} 00:00:00",
    }


def _lateness(status: str, deadline: str | None, shipped: str | None, as_of: str) -> int | None:
    due = parse_time(deadline)
    if due is None:
        return None
    if status == Status.LATE.value:
        end = parse_time(shipped)
    elif status == Status.OVERDUE.value:
        end = parse_time(as_of)
    else:
        return None
    if end is None or end <= due:
        return None
    return int((end - due).total_seconds() // 60)


def _raw_object_json(raw_json: str, keys_json: str | None) -> str:
    """The stored raw cells as the JSON object {header: cell text} (rows stored as an object and
    text that is not JSON are passed on as they are)."""
    if raw_json.startswith("{"):
        return raw_json
    value = raw_row(raw_json, keys_json)
    return raw_json if value is None else json.dumps(value, ensure_ascii=False)


def _line(row: sqlite3.Row, attachments: dict[tuple[str, str], list[AttachmentInfo]]) -> OrderLine:
    region = " ".join(
        part
        for part in (row["receiver_province"], row["receiver_city"], row["receiver_district"])
        if part
    )
    return OrderLine(
        platform=row["platform"],
        order_id=row["order_id"],
        sub_order_id=row["sub_order_id"],
        shop=row["shop"],
        product_id=row["product_id"],
        product_name=row["product_name"],
        quantity=row["quantity"],
        paid_amount_fen=row["paid_amount_fen"],
        paid_at=row["paid_at"],
        promised_ship_at=row["promised_ship_at"],
        deadline=row["deadline"],
        deadline_basis=row["deadline_basis"] or "",
        shipped_at=row["shipped_at"],
        picked_up_at=row["picked_up_at"],
        online_at=row["online_at"],
        warehouse_at=row["warehouse_at"],
        carrier=row["carrier"],
        tracking_no=row["tracking_no"],
        receiver_region=region,
        status=row["status"],
        lateness_minutes=_lateness(row["status"], row["deadline"], row["shipped_at"], row["as_of"]),
        rules=tuple(json_list(row["rules_json"])),
        reasons=tuple(json_list(row["reasons_json"])),
        reasons_en=tuple(json_list(row["reasons_en_json"])),
        flags=tuple(json_list(row["flags_json"])),
        compensation_fen=row["compensation_fen"],
        appeal_candidate=bool(row["appeal_candidate"]),
        appeal_mark=bool(row["appeal_mark"]),
        appeal_reason=row["appeal_reason"] or "",
        note=row["note"] or "",
        trace=trace_from_json(row["trace_json"]),
        raw_json=_raw_object_json(row["raw_json"], row["raw_keys_json"]),
        source_file=row["source_file"] or "",
        source_sheet=row["source_sheet"],
        source_row=row["source_row"],
        attachments=tuple(of_line(attachments, row["order_id"], row["sub_order_id"])),
        values={name: row[name] for name in _SHEET_FIELDS},
    )


def _attachments(
    conn: sqlite3.Connection, platform: Platform
) -> dict[tuple[str, str], list[AttachmentInfo]]:
    """Attachment metadata by the (order_id, sub_order_id) they were filed on (`store.read.lines`:
    a line shows its own and its whole order's); ('', '') holds the period-wide ones."""
    return attachments_by_line(
        AttachmentInfo(
            attachment_id=a.id,
            order_id=a.order_id,
            sub_order_id=a.sub_order_id,
            file_name=a.file_name,
            sha256=a.sha256,
            size_bytes=a.size_bytes,
            description=a.description,
            added_at=a.added_at,
        )
        for a in platform_attachments(conn, platform.value)
    )


def _sources(
    conn: sqlite3.Connection, platform: Platform, params: dict[str, str]
) -> tuple[SourceFile, ...]:
    rows = conn.execute(
        f"""
        SELECT id, file_name, sha256, size_bytes, kind, imported_at,
               rows_new + rows_updated + rows_unchanged
        FROM imports
        WHERE id IN (SELECT DISTINCT o.import_id {_ORDER_JOINS} WHERE {_PERIOD_WHERE})
           OR (platform = :platform AND kind <> 'orders')
        ORDER BY imported_at, id
        """,
        params,
    )
    return tuple(
        SourceFile(
            import_id=r[0],
            file_name=r[1],
            sha256=r[2],
            size_bytes=r[3],
            kind=r[4],
            imported_at=r[5],
            rows=r[6],
        )
        for r in rows
    )


def _last_day(params: dict[str, str]) -> str:
    return (date.fromisoformat(params["end"][:10]) - timedelta(days=1)).isoformat()


def _verdict_as_of(
    conn: sqlite3.Connection, params: dict[str, str], wanted: datetime | None
) -> tuple[datetime, list[str], list[str]]:
    """The verdicts' as-of instant for the period, with warnings; BadInput when the period has no
    evaluated orders or the verdicts were made as of another instant than `wanted`."""
    as_ofs = [
        r[0]
        for r in conn.execute(
            f"SELECT DISTINCT v.as_of {_ORDER_JOINS} WHERE {_PERIOD_WHERE} ORDER BY v.as_of",
            params,
        )
    ]
    unevaluated = conn.execute(
        """
        SELECT COUNT(*) FROM orders o
        LEFT JOIN verdicts v ON v.platform = o.platform AND v.order_id = o.order_id
                            AND v.sub_order_id = o.sub_order_id
        WHERE v.order_id IS NULL AND o.platform = :platform AND (:shop = '' OR o.shop = :shop)
          AND COALESCE(o.paid_at, o.created_at) >= :start
          AND COALESCE(o.paid_at, o.created_at) < :end
        """,
        params,
    ).fetchone()[0]
    if not as_ofs:
        raise BadInput(
            Problem(
                message=(
                    "这段时间没有已评估的订单：请先导入订单并运行 shipcheck evaluate"
                    + (f"（另有 {unevaluated} 笔订单尚未评估）" if unevaluated else "")
                ),
                message_en=(
                    "no evaluated orders in this period: import orders and run shipcheck evaluate"
                    + (f" ({unevaluated} orders not evaluated yet)" if unevaluated else "")
                ),
                value=f"{params['platform']} {params['start'][:10]} – {_last_day(params)}",
            )
        )
    latest = parse_time(as_ofs[-1])
    assert latest is not None
    if wanted is not None and wanted != latest:
        shown = wanted.strftime(TIME_FORMAT)
        raise BadInput(
            Problem(
                message=(
                    f"订单是按 {as_ofs[-1]} 评估的，不是 {shown}：请先运行 "
                    f'shipcheck evaluate --as-of "{shown}"'
                ),
                message_en=(
                    f"the orders were evaluated as of {as_ofs[-1]}, not {shown}: run "
                    f'shipcheck evaluate --as-of "{shown}" first'
                ),
                value=shown,
            )
        )
    warnings: list[str] = []
    warnings_en: list[str] = []
    if len(as_ofs) > 1:
        warnings.append(f"部分订单的评估时间不同（{as_ofs[0]} 至 {as_ofs[-1]}），建议重新评估")
        warnings_en.append(
            f"orders were evaluated at different times ({as_ofs[0]} to {as_ofs[-1]}); re-evaluate"
        )
    if unevaluated:
        warnings.append(f"{unevaluated} 笔订单尚未评估，未列入本报告")
        warnings_en.append(f"{unevaluated} orders are not evaluated yet and are not in this report")
    return latest, warnings, warnings_en


@contextlib.contextmanager
def verdicts_as_of(
    source: Source,
    platform: Platform,
    as_of: datetime | None,
    period: tuple[date, date] | None = None,
) -> Iterator[tuple[str, str]]:
    """Make the `verdicts` this connection sees be `platform`'s verdicts as of `as_of`.

    When the stored verdicts were made as of `as_of` (or `as_of` is None and there are some), they
    are used as they are. Otherwise the engine evaluates the platform's stored orders as of
    `as_of` (or now, when nothing was evaluated yet) into a TEMP table named ``verdicts``, which
    shadows the stored table on this connection only until the block ends: a report for another
    instant never changes what is stored. With `period` (first, last day) only the orders due,
    paid or shipped in it are evaluated (`evaluation.metrics.period_orders`, plus those sharing a
    tracking number): every order the period's queries (`_PERIOD_WHERE`) can find, not every
    stored order. Yields a (Chinese, English) note for the report, or ("", "") when the
    stored verdicts are used.
    """
    conn = connection_of(source)
    _imports_present(conn)
    stored = stored_as_ofs(conn, platform.value)
    has_orders = conn.execute(
        "SELECT 1 FROM orders WHERE platform = ? LIMIT 1", (platform.value,)
    ).fetchone()
    wanted = as_of.strftime(TIME_FORMAT) if as_of is not None else None
    if not has_orders or (stored and (wanted is None or stored == [wanted])):
        yield ("", "")
        return
    at = as_of or china_now()
    store: Any = (
        source if not isinstance(source, sqlite3.Connection) else SimpleNamespace(conn=source)
    )
    if period is not None:
        verdicts = evaluate_period(store, platform, period[0], period[1], at)
    else:
        inputs = load_checked(store, platform)
        verdicts = evaluate_orders(inputs.orders, at, inputs.params, inputs.products, inputs.areas)
    conn.execute("DROP TABLE IF EXISTS temp.verdicts")
    conn.execute("CREATE TEMP TABLE verdicts AS SELECT * FROM main.verdicts LIMIT 0")
    try:
        conn.executemany(
            "INSERT INTO temp.verdicts (platform, order_id, sub_order_id, as_of, status, deadline,"
            " deadline_basis, rules_json, reasons_json, reasons_en_json, flags_json,"
            " compensation_fen, appeal_candidate, appeal_reason, trace_json, urgency)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (verdict_row(v) for v in verdicts),
        )
        # The report joins orders to these verdicts by key: without an index every join (and
        # the unevaluated count) would read the whole table per order.
        conn.execute(
            "CREATE UNIQUE INDEX temp.report_verdicts_key ON verdicts"
            "(platform, order_id, sub_order_id)"
        )
        shown = at.strftime(TIME_FORMAT)
        if stored:
            yield (
                f"本报告按 {shown} 重新评估（已保存的评估结果为 {stored[-1]}，未改动）",
                f"Evaluated as of {shown} for this report (the stored evaluation, as of "
                f"{stored[-1]}, is unchanged)",
            )
        else:
            yield (
                f"数据库中尚无评估结果：本报告按 {shown} 评估",
                f"Nothing was evaluated yet: this report evaluates as of {shown}",
            )
    finally:
        conn.execute("DROP TABLE IF EXISTS temp.verdicts")


def _imports_present(conn: sqlite3.Connection) -> None:
    # A database without the schema (a wrong --db) fails here with a clear message.
    try:
        conn.execute("SELECT 1 FROM verdicts LIMIT 1")
    except sqlite3.OperationalError as exc:
        raise BadInput(
            Problem(
                message="这不是 ShipCheck 数据库，或数据库尚未初始化",
                message_en="not a ShipCheck database, or it has not been initialised",
                value=str(exc),
            )
        ) from None


@dataclasses.dataclass(frozen=True, slots=True)
class ReportRequest:
    """What a report is asked for: one platform's orders of a shop ('' = all) and period (first
    and last day), judged as of an instant (None = the stored evaluation's), in a language ("zh"
    or "en"), made at `now` (None = now)."""

    platform: str
    start: date
    end: date
    shop: str = ""
    as_of: datetime | None = None
    lang: str = "zh"
    now: datetime | None = None

    @property
    def which(self) -> Platform:
        """The platform; BadInput when it is not one ShipCheck knows."""
        return _platform(self.platform)


def _header(
    conn: sqlite3.Connection,
    kind: ReportKind,
    req: ReportRequest,
    notes: tuple[str, str] = ("", ""),
) -> tuple[ReportHeader, dict[str, str]]:
    platform, start, end, shop, lang = req.which, req.start, req.end, req.shop, req.lang
    if lang not in ("zh", "en"):
        raise BadInput(
            Problem(message="语言应为 zh 或 en", message_en="language must be zh or en", value=lang)
        )
    _check_period(start, end)
    _imports_present(conn)
    params = _params(platform, shop, start, end)
    verdict_as_of, warnings, warnings_en = _verdict_as_of(conn, params, req.as_of)
    if notes[0]:
        warnings.insert(0, notes[0])
        warnings_en.insert(0, notes[1])
    header = ReportHeader(
        kind=kind,
        lang=lang,
        platform=platform.value,
        shop=shop,
        period_start=start,
        period_end=end,
        as_of=verdict_as_of,
        generated_at=req.now or china_now(),
        sources=_sources(conn, platform, params),
        shops=tuple(
            r[0]
            for r in conn.execute(
                f"SELECT DISTINCT o.shop {_ORDER_JOINS} WHERE {_PERIOD_WHERE} ORDER BY o.shop",
                params,
            )
        ),
        warnings=tuple(warnings),
        warnings_en=tuple(warnings_en),
    )
    return header, params


def _money(lines: Iterable[OrderLine]) -> MoneySummary:
    known = unknown = charged = recoverable = appeal_unknown = 0
    for line in lines:
        amount = line.compensation_fen
        candidate = line.appeal_candidate or line.appeal_mark
        if amount is None:
            unknown += 1
            charged += 1
            if candidate:
                appeal_unknown += 1
            continue
        if amount:
            charged += 1
            known += amount
            if candidate:
                recoverable += amount
    return MoneySummary(known, unknown, charged, recoverable, appeal_unknown)


def _lines(
    conn: sqlite3.Connection,
    rows: Sequence[sqlite3.Row],
    attachments: dict[tuple[str, str], list[AttachmentInfo]],
) -> tuple[OrderLine, ...]:
    """Report lines; traces the store does not hold (schema v3: made on demand) are made by the
    engine (`desktop_app.evaluation.explain`), as of the stored evaluation."""
    lines = [_line(r, attachments) for r in rows]
    missing: dict[str, list[tuple[int, tuple[str, str, str]]]] = {}
    for i, x in enumerate(lines):
        if not x.trace:
            missing.setdefault(str(rows[i]["as_of"]), []).append(
                (i, (x.platform, x.order_id, x.sub_order_id))
            )
    if missing:
        from desktop_app.evaluation.explain import explain_orders

        for as_of, todo in missing.items():
            keys = [k for _, k in todo]
            found = explain_orders(conn, keys)
            if any(e.verdict.as_of.strftime(TIME_FORMAT) != as_of for e in found.values()):
                # Lines of a report-only evaluation (another as-of): explained as of that.
                found = explain_orders(conn, keys, datetime.fromisoformat(as_of))
            for i, key in todo:
                e = found.get(key)
                if e is not None and e.verdict.trace:
                    stale = e.stale_step()
                    trace = ((stale,) if stale is not None else ()) + e.verdict.trace
                    v, line = e.verdict, lines[i]
                    stored = LineTexts(
                        line.reasons,
                        line.reasons_en,
                        line.deadline_basis,
                        "",
                        line.appeal_reason,
                        "",
                    )
                    texts = merge_texts(stored, LineTexts.of(v))
                    lines[i] = dataclasses.replace(
                        line,
                        trace=trace,
                        deadline_basis=texts.deadline_basis,
                        deadline_basis_en=texts.deadline_basis_en,
                        reasons=texts.reasons,
                        reasons_en=texts.reasons_en,
                        appeal_reason=texts.appeal_reason,
                        appeal_reason_en=texts.appeal_reason_en,
                    )
    return tuple(lines)


def _select_lines(
    conn: sqlite3.Connection, params: dict[str, str], extra_where: str, order_by: str
) -> list[sqlite3.Row]:
    cur = conn.cursor()
    cur.row_factory = sqlite3.Row
    return list(
        cur.execute(
            f"SELECT {_LINE_SELECT} {_ORDER_JOINS} WHERE {_PERIOD_WHERE} AND ({extra_where}) "
            f"ORDER BY {order_by}",
            params,
        )
    )


def gather_penalty(
    source: Source,
    req: ReportRequest,
    *,
    metrics: PlatformMetrics | None = None,
) -> PenaltyReport:
    """The penalty/assessment report model for the request; `source` is the open Store (or its
    connection).

    The stored verdicts are used when they were made as of the request's instant (or it asks for
    none); for another instant the orders are evaluated for this report only (`verdicts_as_of`).
    `metrics` defaults to the engine's `metrics_for` for the same window and instant.
    """
    req = dataclasses.replace(req, now=req.now or china_now())
    with verdicts_as_of(source, req.which, req.as_of, (req.start, req.end)) as notes:
        return _penalty(source, req, metrics, notes)


def _penalty(
    source: Source,
    req: ReportRequest,
    metrics: PlatformMetrics | None,
    notes: tuple[str, str],
) -> PenaltyReport:
    conn, plat = connection_of(source), req.which
    header, params = _header(conn, ReportKind.PENALTY, req, notes)
    counts = {
        r[0]: r[1]
        for r in conn.execute(
            f"SELECT v.status, COUNT(*) {_ORDER_JOINS} WHERE {_PERIOD_WHERE} GROUP BY v.status",
            params,
        )
    }
    attachments = _attachments(conn, plat)
    late_rows = _select_lines(
        conn,
        params,
        "v.status IN ('late', 'overdue')",
        "v.status = 'late', v.urgency, v.deadline, o.order_id, o.sub_order_id",
    )
    exempt_rows = _select_lines(
        conn, params, "v.status = 'exempt'", "v.deadline, o.order_id, o.sub_order_id"
    )
    late = _lines(conn, late_rows, attachments)
    exempt = _lines(conn, exempt_rows, attachments)
    if metrics is None:
        metrics = engine_metrics(source, plat, req.start, req.end, header.as_of, req.shop)
    consequences = K5_CONSEQUENCES if plat is Platform.KUAISHOU and late else ()
    return PenaltyReport(
        header=header,
        metrics=metrics,
        status_counts=counts,
        late_orders=late,
        exempt_orders=exempt,
        money=_money(late),
        consequences=consequences,
    )


def _sorted_rules(rules: Iterable[str]) -> tuple[str, ...]:
    present = set(rules)
    return tuple(r for r in RULE_ORDER if r in present)


DOUYIN_APPEAL_WINDOW = "douyin.d1.appeal_window_days"


def douyin_appeal_window(conn: sqlite3.Connection, at: datetime) -> tuple[int, str]:
    """Douyin's appeal window (natural days after the penalty notice) in force at `at` — the
    seller's setting, else the dated parameter — and where it comes from."""
    try:
        params = ParameterSet.from_settings(all_settings(conn))
    except ParameterError as exc:
        raise BadInput(
            Problem(
                message="已保存的设置无效，无法确定申诉期限：请在设置中修正",
                message_en="a stored setting is invalid, so the appeal deadline is unknown: "
                "correct it in the settings",
                value=str(exc),
            )
        ) from None
    found = params.resolve(DOUYIN_APPEAL_WINDOW, at)
    value = found.value
    if not isinstance(value, (int, Decimal)) or isinstance(value, bool) or value != int(value):
        raise BadInput(
            Problem(
                message="抖店申诉期限（自然日）未设置：请在设置中填写",
                message_en="Douyin's appeal deadline (natural days) is not set: set it in the "
                "settings",
                value=found.shown(),
            )
        )
    return int(value), found.cite


def _filing(
    conn: sqlite3.Connection,
    plat: Platform,
    lines: Sequence[OrderLine],
    notice: date | None,
    as_of: datetime,
) -> FilingDeadline:
    if plat is Platform.DOUYIN:
        at = datetime.combine(notice, datetime.min.time()) if notice is not None else as_of
        days, source = douyin_appeal_window(conn, at)
        if notice is not None:
            due = notice + timedelta(days=days)
            return FilingDeadline(
                days,
                notice,
                due,
                False,
                f"请于 {due.isoformat()} 前提交"
                f"（判罚通知 {notice.isoformat()} 起 {days} 个自然日内）",
                f"File by {due.isoformat()} ({days} natural days from the notice of "
                f"{notice.isoformat()})",
                source,
            )
        deadlines = [d.date() for d in (parse_time(x.deadline) for x in lines) if d is not None]
        if deadlines:
            due = min(deadlines) + timedelta(days=days)
            return FilingDeadline(
                days,
                None,
                due,
                True,
                f"收到判罚通知之日起 {days} 个自然日内提交申诉；若通知于订单超时当日下发，"
                f"本批最早一单须于 {due.isoformat()} 前提交。报备（未判罚）请在判罚前完成。",
                f"Appeal within {days} natural days of the penalty notice; if the notice came the "
                f"day the order went overdue, the earliest order in this batch is due by "
                f"{due.isoformat()}. Pre-reports (not yet penalised) must be filed before the "
                "penalty.",
                source,
            )
        return FilingDeadline(
            days,
            None,
            None,
            False,
            f"收到判罚通知之日起 {days} 个自然日内提交申诉",
            f"Appeal within {days} natural days of the penalty notice",
            source,
        )
    if plat is Platform.KUAISHOU:
        return FilingDeadline(
            None,
            notice,
            None,
            False,
            "公告未规定申请考核保护的期限：请尽快在快手小店后台提交",
            "The announcement sets no deadline for applying for assessment protection: "
            "apply in the Kuaishou shop back-end as soon as possible",
            catalogue().cite("kuaishou-epidemic-assessment", ["〖肆〗"]),
        )
    return FilingDeadline(
        None,
        notice,
        None,
        False,
        "公告未规定申诉期限：以速卖通后台判罚通知为准，请尽快提交",
        "The announcement sets no appeal deadline: follow the penalty notice in the AliExpress "
        "back-end and file promptly",
        catalogue().cite("aliexpress-semi-managed-relaxation"),
    )


def gather_appeal(
    source: Source,
    req: ReportRequest,
    *,
    notice_date: date | None = None,
) -> AppealReport:
    """The appeal/pre-report material for the request's candidates: the orders the engine marks
    as appeal/pre-report candidates plus those the seller marked by hand (order_notes.appeal_mark).

    `BadInput` when there are none. `notice_date` (the penalty notice's date) makes the filing
    deadline exact; without it the earliest possible deadline is estimated.
    """
    with verdicts_as_of(source, req.which, req.as_of, (req.start, req.end)) as notes:
        return _appeal(connection_of(source), req, notice_date, notes)


def _appeal(
    conn: sqlite3.Connection,
    req: ReportRequest,
    notice_date: date | None,
    notes: tuple[str, str],
) -> AppealReport:
    plat = req.which
    header, params = _header(conn, ReportKind.APPEAL, req, notes)
    attachments = _attachments(conn, plat)
    rows = _select_lines(
        conn,
        params,
        f"v.appeal_candidate = 1 OR {MARKED_SQL}",
        "v.deadline, o.order_id, o.sub_order_id",
    )
    if not rows:
        raise BadInput(
            Problem(
                message="这段时间没有可申诉/报备的订单（引擎未标记，卖家也未手动标记）",
                message_en="no appeal/pre-report candidates in this period (none marked by the "
                "engine or by hand)",
                value=f"{plat.value} {req.start} – {req.end}",
            )
        )
    lines = _lines(conn, rows, attachments)
    header = dataclasses.replace(header, shop=_letter_shop(conn, req, lines))
    rules = _sorted_rules(rule for line in lines for rule in line.rules)
    appeal_rules = tuple(r for r in rules if r in APPEAL_CLAUSES)
    clause_keys = tuple(c.key for c in clauses_for_rules(appeal_rules))
    return AppealReport(
        header=header,
        orders=lines,
        rules=appeal_rules,
        clause_keys=clause_keys,
        filing=_filing(conn, plat, lines, notice_date, header.as_of),
        period_attachments=tuple(attachments.get(("", ""), [])),
        money=_money(lines),
    )


def _letter_shop(conn: sqlite3.Connection, req: ReportRequest, lines: Sequence[OrderLine]) -> str:
    """The shop an appeal letter speaks for: the one asked for, else the one its orders belong
    to, else the seller's shop name for the platform. An appeal is filed per shop, so orders of
    several shops, or no name at all, are a question to the seller, never 全部店铺."""
    if req.shop:
        return req.shop
    shops = sorted({line.shop for line in lines if line.shop})
    if len(shops) > 1:
        raise BadInput(
            Problem(
                message=f"这些订单来自 {len(shops)} 个店铺（{'、'.join(shops)}）：申诉按店铺提交，"
                "请选择一个店铺（命令行：--shop）",
                message_en=f"these orders belong to {len(shops)} shops ({', '.join(shops)}): an "
                "appeal is filed per shop, so choose one (command line: --shop)",
            )
        )
    if shops:
        return shops[0]
    named = shop_names(conn).get(req.which.value, "")
    if named:
        return named
    raise BadInput(
        Problem(
            message="申诉信要写明店铺名称，但这些订单没有店铺名称：请在“工具 → 初始设置向导”"
            "或设置中填写该平台的店铺名称，或在生成时填写店铺（命令行：--shop）",
            message_en="an appeal letter names the shop, but these orders carry no shop name: "
            "enter the platform's shop name in Tools → Setup assistant or the settings, or give "
            "the shop when making the report (command line: --shop)",
        )
    )


def metrics_period(start: date, end: date) -> str | None:
    """ "week" for a natural week (Monday–Sunday), "month" for a calendar month, else None: the
    platforms assess (and the engine computes) metrics over those windows only."""
    if start.weekday() == 0 and end == start + timedelta(days=6):
        return "week"
    next_month = date(start.year + start.month // 12, start.month % 12 + 1, 1)
    if start.day == 1 and end == next_month - timedelta(days=1):
        return "month"
    return None


def engine_metrics(
    source: Any,
    platform: Platform,
    start: date,
    end: date,
    as_of: datetime,
    shop: str = "",
) -> PlatformMetrics | None:
    """The engine's metrics for the period via `desktop_app.evaluation.metrics_for`, or None when
    the period is not a natural week or calendar month (the report then says so). `source` is a
    Store or its sqlite3 connection."""
    period = metrics_period(start, end)
    if period is None:
        return None
    store: Any = source if hasattr(source, "conn") else SimpleNamespace(conn=source)
    result = metrics_for(store, platform, period, start, as_of, shop=shop or None)
    return result if isinstance(result, PlatformMetrics) else None
