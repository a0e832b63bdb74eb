"""Building the appeal evidence bundle (the zip a seller uploads with an appeal).

Contents::

    appeal-report.pdf      the appeal report (申诉/报备材料) from `desktop_app.reports.render`
    orders.xlsx            the orders concerned, their raw export rows, and an about sheet
    raw-rows.json          the exported rows exactly as stored (orders.raw_json), with their source
    attachments/…          the seller's evidence: stored attachments and files given with --attach
    manifest.json          every file above with its SHA-256, size and what it is

Names inside the zip are made safe and unique (`desktop_app.evidence.names`). The zip is written
to a temporary file beside the target and renamed over it only when complete
(`desktop_app.atomic`), so a failed export never leaves half a zip behind.

`build_bundle` needs a QGuiApplication (for the PDF).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop_app import __version__
from desktop_app.atomic import atomic_write
from desktop_app.chinatime import TIME_FORMAT
from desktop_app.errors import BadInput, Problem
from desktop_app.evidence.names import is_safe_member, safe_name
from desktop_app.evidence.sheet import orders_workbook
from desktop_app.reports.model import AppealReport, AttachmentInfo
from desktop_app.store.source import Source, connection_of
from policies.catalogue import catalogue

REPORT_NAME = "appeal-report.pdf"
SHEET_NAME = "orders.xlsx"
RAW_NAME = "raw-rows.json"
MANIFEST_NAME = "manifest.json"
ATTACHMENT_DIR = "attachments"
MAX_ATTACH_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ExtraFile:
    """A file given on the command line (``--attach``) or picked in the app."""

    name: str
    content: bytes
    description: str = ""


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    """One file in the bundle."""

    name: str  # path inside the zip
    sha256: str
    size: int
    description: str
    description_en: str
    original_name: str = ""  # for attachments: the name as the seller gave it
    order_id: str = ""

    def as_json(self) -> dict[str, Any]:
        """The manifest's JSON object for this file."""
        data: dict[str, Any] = {
            "name": self.name,
            "sha256": self.sha256,
            "size": self.size,
            "description": self.description,
            "description_en": self.description_en,
        }
        if self.original_name:
            data["original_name"] = self.original_name
        if self.order_id:
            data["order_id"] = self.order_id
        return data


@dataclass(frozen=True, slots=True)
class BundleResult:
    """What `build_bundle` wrote."""

    path: Path
    files: tuple[ManifestEntry, ...]
    orders: int


def read_extra_files(paths: Sequence[str | Path]) -> list[ExtraFile]:
    """Files for ``--attach``: BadInput naming the file when one is missing or unreadable."""
    extras: list[ExtraFile] = []
    for raw in paths:
        path = Path(raw).expanduser()
        try:
            if not path.is_file():
                raise FileNotFoundError(str(path))
            if path.stat().st_size > MAX_ATTACH_BYTES:
                raise BadInput(
                    Problem(
                        message="附件太大（上限 200 MB）",
                        message_en="attachment too large (limit 200 MB)",
                        file=str(path),
                    )
                )
            content = path.read_bytes()
        except OSError as exc:
            raise BadInput(
                Problem(
                    message="无法读取附件文件",
                    message_en="cannot read the attachment file",
                    file=str(path),
                    value=exc.strerror or str(exc),
                )
            ) from None
        extras.append(
            ExtraFile(path.name, content, "命令行附加的文件 / attached on the command line")
        )
    return extras


def _blob(conn: sqlite3.Connection, attachment: AttachmentInfo) -> bytes:
    row = conn.execute(
        "SELECT content FROM attachments WHERE id = ?", (attachment.attachment_id,)
    ).fetchone()
    if row is None:
        raise BadInput(
            Problem(
                message="附件在数据库中已不存在",
                message_en="the attachment is no longer in the database",
                value=attachment.file_name,
            )
        )
    return bytes(row[0])


def _raw_rows_json(report: AppealReport) -> bytes:
    rows = []
    for line in report.orders:
        try:
            raw: Any = json.loads(line.raw_json)
        except ValueError:
            raw = line.raw_json
        rows.append(
            {
                "platform": line.platform,
                "order_id": line.order_id,
                "sub_order_id": line.sub_order_id,
                "source_file": line.source_file,
                "source_sheet": line.source_sheet,
                "source_row": line.source_row,
                "row": raw,
            }
        )
    return json.dumps(rows, ensure_ascii=False, indent=2).encode("utf-8")


def _entry(name: str, data: bytes, zh: str, en: str, **extra: str) -> ManifestEntry:
    return ManifestEntry(
        name=name,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        description=zh,
        description_en=en,
        **extra,
    )


def bundle_files(
    conn: sqlite3.Connection,
    report: AppealReport,
    pdf: bytes,
    extras: Sequence[ExtraFile] = (),
) -> list[tuple[ManifestEntry, bytes]]:
    """Every file of the bundle (manifest excluded) with its manifest entry, in zip order."""
    files: list[tuple[ManifestEntry, bytes]] = [
        (
            _entry(REPORT_NAME, pdf, "申诉/报备材料（PDF）", "Appeal / pre-report material (PDF)"),
            pdf,
        )
    ]
    attachment_taken: set[str] = set()
    attachment_names: dict[int, str] = {}
    attachments: list[tuple[ManifestEntry, bytes]] = []
    seen_ids: set[int] = set()
    ordered = list(report.period_attachments) + [a for o in report.orders for a in o.attachments]
    for att in ordered:
        if att.attachment_id in seen_ids:
            continue
        seen_ids.add(att.attachment_id)
        content = _blob(conn, att)
        name = f"{ATTACHMENT_DIR}/{safe_name(att.file_name, attachment_taken, 'attachment')}"
        attachment_names[att.attachment_id] = name
        order = att.order_id + (f" / {att.sub_order_id}" if att.sub_order_id else "")
        zh = f"证据：{att.description}" if att.description else "证据文件"
        en = f"Evidence: {att.description}" if att.description else "Evidence file"
        attachments.append(
            (_entry(name, content, zh, en, original_name=att.file_name, order_id=order), content)
        )
    for extra in extras:
        name = f"{ATTACHMENT_DIR}/{safe_name(extra.name, attachment_taken, 'attachment')}"
        attachments.append(
            (
                _entry(
                    name,
                    extra.content,
                    "证据（命令行附加）",
                    "Evidence (attached on the command line)",
                    original_name=extra.name,
                ),
                extra.content,
            )
        )
    sheet = orders_workbook(report, attachment_names)
    files.append(
        (
            _entry(
                SHEET_NAME,
                sheet,
                f"涉及订单明细（{len(report.orders)} 笔）及其原始导出行",
                f"The {len(report.orders)} orders concerned and their exported rows",
            ),
            sheet,
        )
    )
    raw = _raw_rows_json(report)
    files.append(
        (
            _entry(
                RAW_NAME,
                raw,
                "原始导出行（导入时保存的表格原文，含来源文件、工作表、行号）",
                "The exported rows as imported (with source file, sheet and row)",
            ),
            raw,
        )
    )
    files.extend(attachments)
    folded = [entry.name.casefold() for entry, _ in files] + [MANIFEST_NAME]
    unsafe = [entry.name for entry, _ in files if not is_safe_member(entry.name)]
    if unsafe or len(set(folded)) != len(folded):
        raise AssertionError(f"unsafe or duplicate bundle member names: {unsafe or folded}")
    return files


def manifest_json(report: AppealReport, entries: Sequence[ManifestEntry]) -> bytes:
    """The manifest: what the bundle is about and every file with hash, size and description."""
    h = report.header
    doc = {
        "generator": f"ShipCheck {__version__}",
        "kind": "appeal_evidence_bundle",
        "platform": h.platform,
        "shop": h.shop,
        "shops": list(h.shops),
        "period": {"from": h.period_start.isoformat(), "to": h.period_end.isoformat()},
        "as_of": h.as_of.strftime(TIME_FORMAT),
        "generated_at": h.generated_at.strftime(TIME_FORMAT),
        "timezone": "Asia/Shanghai (UTC+8)",
        "rules": list(report.rules),
        # the announcements each rule rests on, cited by title, date and clause
        "announcements": [
            {
                "rule": rule,
                "citation": catalogue().cite_rule(rule),
                "citation_en": catalogue().cite_rule(rule, english=True),
            }
            for rule in report.rules
            if catalogue().has_rule(rule)
        ],
        "orders": [
            {"order_id": o.order_id, "sub_order_id": o.sub_order_id, "status": o.status}
            for o in report.orders
        ],
        "filing_deadline": report.filing.due_date.isoformat() if report.filing.due_date else None,
        "files": [e.as_json() for e in entries],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")


def _zip_time(when: datetime) -> tuple[int, int, int, int, int, int]:
    return (max(when.year, 1980), when.month, when.day, when.hour, when.minute, when.second)


def write_bundle(
    conn: sqlite3.Connection,
    report: AppealReport,
    out: Path | str,
    pdf: bytes,
    extras: Sequence[ExtraFile] = (),
) -> BundleResult:
    """Write the bundle for `report` (whose PDF is `pdf`) to `out`, atomically."""
    target = Path(out)
    files = bundle_files(conn, report, pdf, extras)
    entries = [e for e, _ in files]
    manifest = manifest_json(report, entries)
    stamp = _zip_time(report.header.generated_at)
    with atomic_write(target) as fh, zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as zf:
        for entry, data in [*files, (ManifestEntry(MANIFEST_NAME, "", 0, "", ""), manifest)]:
            info = zipfile.ZipInfo(entry.name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    return BundleResult(target, tuple(entries), len(report.orders))


def build_bundle(
    source: Source,
    platform: str,
    start: date,
    end: date,
    out: Path | str,
    *,
    attach: Sequence[str | Path] = (),
    shop: str = "",
    as_of: datetime | None = None,
    lang: str = "zh",
    notice_date: date | None = None,
) -> BundleResult:
    """Gather the appeal report for the period, render its PDF and write the bundle to `out`.

    `source` is the open Store (or its connection). For the GUI's Export button: run it off the
    GUI thread (after `desktop_app.fonts.register_bundled_fonts()` ran in the GUI thread).

    BadInput when there are no appeal candidates, an ``--attach`` file cannot be read, or the
    verdicts are missing (see `desktop_app.reports.data.gather_appeal`).
    """
    from desktop_app.reports.data import ReportRequest, gather_appeal
    from desktop_app.reports.render import pdf_bytes

    extras = read_extra_files(attach)
    conn = connection_of(source)
    req = ReportRequest(platform, start, end, shop=shop, as_of=as_of, lang=lang)
    report = gather_appeal(conn, req, notice_date=notice_date)
    return write_bundle(conn, report, out, pdf_bytes(report), extras)
