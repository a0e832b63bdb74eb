"""The typed report model: everything a penalty or appeal report shows, gathered from the store.

`desktop_app.reports.data` fills it (pure: SQLite reads only, no Qt); `desktop_app.reports.render`
turns it into a QTextDocument/PDF; the evidence bundle and the GUI read it too. Times are the
store's canonical China-time text (``YYYY-MM-DD HH:MM:SS``); money is integer fen with ``None``
meaning "amount not set" (never shown as 0).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from policies.records import PlatformMetrics, TraceStep


class ReportKind(StrEnum):
    """The two printable reports."""

    PENALTY = "penalty"  # 处罚/考核报告
    APPEAL = "appeal"  # 申诉/报备材料


@dataclass(frozen=True, slots=True)
class SourceFile:
    """An imported file the report's data came from (the `imports` table)."""

    import_id: int
    file_name: str
    sha256: str
    size_bytes: int
    kind: str  # orders | products | logistics
    imported_at: str
    rows: int  # rows stored from it (new + updated + unchanged)


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    """An evidence file in the `attachments` table (metadata only; the bundle reads the blob)."""

    attachment_id: int
    order_id: str  # '' = period-wide (a notice, an announcement screenshot)
    sub_order_id: str
    file_name: str
    sha256: str
    size_bytes: int
    description: str
    added_at: str


@dataclass(frozen=True, slots=True)
class OrderLine:
    """One order as the reports show it: the stored export values joined with its verdict."""

    platform: str
    order_id: str
    sub_order_id: str
    shop: str
    product_id: str
    product_name: str
    quantity: int | None
    paid_amount_fen: int | None
    paid_at: str | None
    promised_ship_at: str | None
    deadline: str | None
    deadline_basis: str
    shipped_at: str | None
    picked_up_at: str | None
    online_at: str | None
    warehouse_at: str | None
    carrier: str
    tracking_no: str
    receiver_region: str  # province city district (no name, phone or street: reports get printed)
    status: str  # policies.records.Status value
    lateness_minutes: int | None  # late: shipped − deadline; overdue: as-of − deadline
    rules: tuple[str, ...]
    reasons: tuple[str, ...]
    reasons_en: tuple[str, ...]
    flags: tuple[str, ...]
    compensation_fen: int | None  # None = amount not set; 0 = none
    appeal_candidate: bool  # the engine's mark
    appeal_mark: bool  # the seller's own mark (order_notes)
    appeal_reason: str
    note: str  # the seller's note (order_notes)
    trace: tuple[TraceStep, ...]
    raw_json: str  # the exported row, {header: cell text}
    source_file: str
    source_sheet: str
    source_row: int
    attachments: tuple[AttachmentInfo, ...] = ()
    # English of deadline_basis / appeal_reason (the store keeps the Chinese; the explanation
    # made on demand gives both): '' when not known.
    deadline_basis_en: str = ""
    appeal_reason_en: str = ""
    # The stored value of each field the evidence sheet's columns show (`store.read.columns`), by
    # field name: a plain text or time column is shown from here.
    values: Mapping[str, object] = field(default_factory=dict)

    @property
    def display_id(self) -> str:
        """'order_id' or 'order_id / sub_order_id'."""
        return f"{self.order_id} / {self.sub_order_id}" if self.sub_order_id else self.order_id


@dataclass(frozen=True, slots=True)
class MoneySummary:
    """Money at stake over the report's orders (fen)."""

    known_total_fen: int  # sum of the amounts that are known
    unknown_orders: int  # orders whose amount is not set (the total is then a lower bound)
    charged_orders: int  # orders with a non-zero or unknown amount
    appeal_recoverable_fen: int  # known amounts on appeal/pre-report candidates
    appeal_unknown_orders: int

    @property
    def total_fen(self) -> int | None:
        """The total, or None when some amount is not set."""
        return None if self.unknown_orders else self.known_total_fen


@dataclass(frozen=True, slots=True)
class FilingDeadline:
    """When an appeal/pre-report must be filed, as far as the announcements and settings say."""

    window_days: int | None  # natural days from the penalty notice; None = not stated
    notice_date: date | None  # the notice date the seller gave, if any
    due_date: date | None  # notice_date + window, or the earliest estimate (see `estimated`)
    estimated: bool  # due_date assumes the notice came the day the order became late/overdue
    text: str  # the full sentence, Chinese
    text_en: str
    source: str  # where the window comes from


@dataclass(frozen=True, slots=True)
class ReportHeader:
    """What every page header and the cover show."""

    kind: ReportKind
    lang: str  # "zh" | "en"
    platform: str
    shop: str  # '' = all shops
    period_start: date
    period_end: date  # inclusive
    as_of: datetime  # the verdicts' as-of instant
    generated_at: datetime  # China time
    sources: tuple[SourceFile, ...]
    shops: tuple[str, ...] = ()  # the shops the period's orders belong to
    warnings: tuple[str, ...] = ()  # Chinese
    warnings_en: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PenaltyReport:
    """处罚/考核报告: metrics against thresholds, money at stake, late/overdue and exempt orders."""

    header: ReportHeader
    metrics: PlatformMetrics | None
    status_counts: dict[str, int]
    late_orders: tuple[OrderLine, ...]  # late + overdue, most urgent first
    exempt_orders: tuple[OrderLine, ...]
    money: MoneySummary
    consequences: tuple[str, ...] = ()  # clause keys (K5) quoted when they apply


@dataclass(frozen=True, slots=True)
class AppealReport:
    """申诉/报备材料: cover letter, filing deadline, and each candidate order with its evidence."""

    header: ReportHeader
    orders: tuple[OrderLine, ...]
    rules: tuple[str, ...]  # the rule ids the appeal rests on, e.g. ("D1",)
    clause_keys: tuple[str, ...]  # clauses quoted verbatim in the letter
    filing: FilingDeadline
    period_attachments: tuple[AttachmentInfo, ...] = ()  # attachments not tied to one order
    money: MoneySummary = field(
        default_factory=lambda: MoneySummary(0, 0, 0, 0, 0)
    )  # at stake on these orders

    @property
    def orders_without_evidence(self) -> int:
        """How many of its orders have no evidence file of their own attached."""
        return sum(1 for line in self.orders if not line.attachments)


Report = PenaltyReport | AppealReport
