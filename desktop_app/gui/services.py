"""Work the GUI hands to the database worker: evaluation, import, notes, attachments, profiles.

Every function here runs on the worker thread with the session's writable `Store` and an
`OpContext` (progress, cancel). None touches a widget. The layers they drive (evaluation, importing,
store) are imported inside the functions so the window opens before they load.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.chinatime import TIME_FORMAT, china_now_text
from desktop_app.errors import BadInput, Problem
from desktop_app.evaluation import evaluate_store
from desktop_app.gui.tasks import OpContext
from desktop_app.store.connection import Store
from desktop_app.store.known_products import product_platforms
from desktop_app.store.paths import resolve_db_path
from desktop_app.store.settings import get_setting, set_setting

if TYPE_CHECKING:  # types only: the import modules load when the first import runs
    from desktop_app.importing.model import ImportPlan
    from desktop_app.store.importer import ImportResult

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024


def _progress_adapter(ctx: OpContext, text: str = "") -> Callable[..., None]:
    def report(done: Any = 0, total: Any = None, *_: Any) -> None:
        ctx.progress(int(done or 0), None if total is None else int(total), text)

    return report


# --- evaluation -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EvaluationOutcome:
    """What an evaluation run changed, for the title bar and the status bar."""

    as_of: datetime
    turned_at_risk: int
    turned_overdue: int
    evaluated: int


def evaluate(store: Store, as_of: datetime, ctx: OpContext) -> EvaluationOutcome:
    """Re-evaluate every order as of `as_of`; count orders that turned at risk / overdue."""
    conn = store.conn
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS gui_prev_status (platform TEXT, order_id TEXT,"
        " sub_order_id TEXT, status TEXT, PRIMARY KEY (platform, order_id, sub_order_id))"
        " WITHOUT ROWID"
    )
    conn.execute("DELETE FROM temp.gui_prev_status")
    conn.execute(
        "INSERT INTO temp.gui_prev_status SELECT platform, order_id, sub_order_id, status"
        " FROM verdicts WHERE status IN ('pending', 'at_risk')"
    )
    evaluate_store(
        store,
        as_of,
        progress=_progress_adapter(ctx),
        cancelled=ctx.cancelled,
        summarize=False,  # the window counts what changed itself, below
    )
    turned = dict(
        conn.execute(
            "SELECT v.status, COUNT(*) FROM verdicts v JOIN temp.gui_prev_status p"
            " ON p.platform = v.platform AND p.order_id = v.order_id"
            " AND p.sub_order_id = v.sub_order_id"
            " WHERE (v.status = 'at_risk' AND p.status = 'pending')"
            " OR (v.status = 'overdue' AND p.status IN ('pending', 'at_risk'))"
            " GROUP BY v.status"
        ).fetchall()
    )
    conn.execute("DELETE FROM temp.gui_prev_status")
    evaluated = int(conn.execute("SELECT COUNT(*) FROM verdicts").fetchone()[0])
    return EvaluationOutcome(
        as_of=as_of,
        turned_at_risk=int(turned.get("at_risk", 0)),
        turned_overdue=int(turned.get("overdue", 0)),
        evaluated=evaluated,
    )


# --- notes, appeal marks, attachments -------------------------------------------------------------

OrderKey = tuple[str, str, str]


def _upsert_note(conn: sqlite3.Connection, key: OrderKey, **values: Any) -> None:
    columns = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    updates = ", ".join(f"{c} = excluded.{c}" for c in values)
    conn.execute(
        f"INSERT INTO order_notes(platform, order_id, sub_order_id, {columns}, updated_at)"
        f" VALUES (?, ?, ?, {marks}, ?) ON CONFLICT(platform, order_id, sub_order_id)"
        f" DO UPDATE SET {updates}, updated_at = excluded.updated_at",
        (*key, *values.values(), china_now_text()),
    )


def set_appeal_mark(store: Store, key: OrderKey, marked: bool) -> None:
    """Mark (or unmark) an order as an appeal candidate chosen by the seller."""
    with write_transaction(store) as conn:
        _upsert_note(conn, key, appeal_mark=1 if marked else 0)


def save_note(store: Store, key: OrderKey, note: str) -> None:
    """Store the seller's note on an order."""
    with write_transaction(store) as conn:
        _upsert_note(conn, key, note=note)


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    """An evidence file attached to an order (the content stays in the database)."""

    id: int
    file_name: str
    size_bytes: int
    sha256: str
    added_at: str
    description: str = ""


def add_attachments(
    store: Store, key: OrderKey, paths: list[Path], ctx: OpContext
) -> list[AttachmentInfo]:
    """Copy files into the database as evidence for `key`; all or nothing."""
    problems: list[Problem] = []
    blobs: list[tuple[Path, bytes]] = []
    for i, path in enumerate(paths):
        ctx.check_cancelled()
        ctx.progress(i, len(paths), path.name)
        try:
            size = path.stat().st_size
            if size > MAX_ATTACHMENT_BYTES:
                problems.append(
                    Problem(
                        message=f"文件超过 {MAX_ATTACHMENT_BYTES // 1024 // 1024} MB，未附加。",
                        message_en=(
                            f"The file is larger than {MAX_ATTACHMENT_BYTES // 1024 // 1024} MB"
                            " and was not attached."
                        ),
                        file=str(path),
                    )
                )
                continue
            blobs.append((path, path.read_bytes()))
        except OSError as exc:
            problems.append(
                Problem(
                    message=f"无法读取文件：{exc.strerror or exc}",
                    message_en=f"Cannot read the file: {exc.strerror or exc}",
                    file=str(path),
                )
            )
    if problems:
        raise BadInput(problems)
    added: list[AttachmentInfo] = []
    now = china_now_text()
    with write_transaction(store) as conn:
        for path, data in blobs:
            digest = hashlib.sha256(data).hexdigest()
            cur = conn.execute(
                "INSERT INTO attachments(platform, order_id, sub_order_id, file_name, sha256,"
                " size_bytes, content, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (*key, path.name, digest, len(data), data, now),
            )
            added.append(AttachmentInfo(int(cur.lastrowid or 0), path.name, len(data), digest, now))
    return added


def remove_attachment(store: Store, attachment_id: int) -> None:
    """Delete one attachment."""
    with write_transaction(store) as conn:
        conn.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))


def export_attachment(store: Store, attachment_id: int, target: Path) -> None:
    """Write an attachment's content to `target` (atomically)."""
    from desktop_app.atomic import atomic_write_bytes

    row = store.conn.execute(
        "SELECT content FROM attachments WHERE id = ?", (attachment_id,)
    ).fetchone()
    if row is None:
        raise BadInput(Problem(message="附件已不存在。", message_en="The attachment is gone."))
    atomic_write_bytes(target, bytes(row[0]))


@contextlib.contextmanager
def write_transaction(store: Store) -> Iterator[sqlite3.Connection]:
    """``with write_transaction(store) as conn``: one write transaction (the store's own helper,
    ``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back on any exception)."""
    with store.transaction() as conn:
        yield conn


# --- import ---------------------------------------------------------------------------------------


@dataclass
class ImportPreview:
    """A planned import and what the dry run found, for the preview dialog."""

    path: Path
    plan: ImportPlan
    rows_ok: int = 0
    problems: list[Any] = field(default_factory=list)  # Problem, first MAX_PREVIEW_PROBLEMS
    problem_total: int = 0
    sample: list[tuple[Any, ...]] = field(default_factory=list)


MAX_PREVIEW_PROBLEMS = 200
SAMPLE_ROWS = 5


def profile_lookup(conn: sqlite3.Connection) -> Callable[[str, str], dict[str, str] | None]:
    """A `lookup_profile(platform, header_signature)` reading saved mapping profiles."""

    def lookup(platform: str, signature: str) -> dict[str, str] | None:
        row = conn.execute(
            "SELECT mapping_json FROM mapping_profiles WHERE platform = ? AND header_signature = ?",
            (str(platform), signature),
        ).fetchone()
        return None if row is None else dict(json.loads(row[0]))

    return lookup


def preview_import(
    store: Store,
    path: Path,
    ctx: OpContext,
    *,
    platform: str | None = None,
    shop: str | None = None,
    mapping: dict[str, str] | None = None,
) -> ImportPreview:
    """Plan the import and dry-run every row (nothing is written)."""
    from desktop_app.importing.pipeline import iter_rows, plan_import  # loaded on first import

    ctx.progress(0, None, path.name)
    plan = plan_import(
        path,
        platform=platform,
        shop=shop,
        mapping=mapping,
        lookup_profile=profile_lookup(store.conn),
        product_platforms=product_platforms(store.conn),
    )
    if not shop and not plan.shop:
        # The seller's default shop name for this platform (Settings → General).
        names = get_setting(store.conn, "gui.shop_names", {})
        default = names.get(str(plan.platform)) if isinstance(names, dict) else None
        if default:
            plan = dataclasses.replace(plan, shop=str(default))
    preview = ImportPreview(path=path, plan=plan)
    for n, item in enumerate(iter_rows(plan), start=1):
        if n % 500 == 0:
            ctx.check_cancelled()
            ctx.progress(n, None, path.name)
        if isinstance(item, Problem):
            preview.problem_total += 1
            if len(preview.problems) < MAX_PREVIEW_PROBLEMS:
                preview.problems.append(item)
        else:
            preview.rows_ok += 1
            if len(preview.sample) < SAMPLE_ROWS:
                preview.sample.append(tuple(item.values))
    return preview


def save_mapping_profile(
    store: Store, platform: str, signature: str, mapping: dict[str, str]
) -> None:
    """Remember a corrected column mapping for this header layout."""
    if not signature:
        return
    with write_transaction(store) as conn:
        conn.execute(
            "INSERT INTO mapping_profiles(platform, header_signature, mapping_json, updated_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT(platform, header_signature) DO UPDATE SET"
            " mapping_json = excluded.mapping_json, updated_at = excluded.updated_at",
            (
                platform,
                signature,
                json.dumps(mapping, ensure_ascii=False),
                china_now_text(),
            ),
        )


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What an import wrote, and the evaluation that followed it."""

    file_name: str
    result: ImportResult
    evaluation: EvaluationOutcome | None


def run_import(
    store: Store, plan: ImportPlan, as_of: datetime, ctx: OpContext, *, evaluate_after: bool = True
) -> ImportOutcome:
    """Write the planned rows in one transaction (rolled back on Cancel), then evaluate."""
    from desktop_app.importing.pipeline import iter_rows
    from desktop_app.store.importer import apply_import

    total = sum(s.data_rows or 0 for s in plan.sheets) or None

    def progress(done: int, *_: Any) -> None:
        ctx.progress(done, total, plan.file_name)

    result = apply_import(store, plan, iter_rows(plan), progress=progress, cancelled=ctx.cancelled)
    ctx.check_cancelled()
    outcome = evaluate(store, as_of, ctx) if evaluate_after else None
    return ImportOutcome(plan.file_name, result, outcome)


# --- demo -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DemoFile:
    """One bundled sample file and how to import it."""

    path: Path
    kind: str  # orders | products | logistics | areas
    platform: str | None = None
    shop: str | None = None


@dataclass(frozen=True, slots=True)
class DemoSpec:
    """The bundled demo: its files and the as-of time that shows every status."""

    as_of: datetime
    files: tuple[DemoFile, ...]
    warning_hours: int | None = None


def read_demo_spec() -> DemoSpec:
    """Parse ``resources/demo/demo.toml``; BadInput when the demo data is not bundled."""
    import tomllib

    from desktop_app.resources import resource_path

    spec_path = resource_path("demo", "demo.toml")
    if not spec_path.is_file():
        raise BadInput(
            Problem(
                message="此版本没有附带演示数据（resources/demo/demo.toml）。",
                message_en="This build has no demo data (resources/demo/demo.toml).",
                file=str(spec_path),
            )
        )
    data = tomllib.loads(spec_path.read_text(encoding="utf-8"))
    as_of = datetime.strptime(str(data["as_of"]), TIME_FORMAT)
    files = tuple(
        DemoFile(
            path=spec_path.parent / str(f["path"]),
            kind=str(f.get("kind", "orders")),
            platform=f.get("platform"),
            shop=f.get("shop"),
        )
        for f in data.get("files", [])
    )
    hours = data.get("warning_hours")
    return DemoSpec(as_of=as_of, files=files, warning_hours=int(hours) if hours else None)


def load_demo(store: Store, spec: DemoSpec, ctx: OpContext) -> EvaluationOutcome | None:
    """Import every demo file into the (temporary) store and evaluate at the demo's as-of time."""
    from desktop_app.importing.areas import read_area_file
    from desktop_app.importing.pipeline import iter_rows, plan_import
    from desktop_app.store.areas import save_areas
    from desktop_app.store.importer import apply_import

    for i, demo in enumerate(spec.files):
        ctx.check_cancelled()
        ctx.progress(i, len(spec.files), demo.path.name)
        if demo.kind == "areas":
            save_areas(store.conn, read_area_file(demo.path))
            continue
        plan = plan_import(demo.path, platform=demo.platform, shop=demo.shop)
        apply_import(store, plan, iter_rows(plan), backup=False, cancelled=ctx.cancelled)
    if spec.warning_hours is not None:
        with write_transaction(store) as conn:
            set_setting(conn, "common.core.warning_hours", spec.warning_hours)
    ctx.progress(len(spec.files), len(spec.files), "")
    return evaluate(store, spec.as_of, ctx)


def default_db_path() -> Path:
    """The store's default database location (``$SHIPCHECK_DB`` or the user's data directory)."""
    return resolve_db_path(None)
