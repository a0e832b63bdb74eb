"""Writing a parsed import into the store: all or nothing, idempotent, never reverting newer data.

`apply_import(store, plan, rows)` consumes the reader's stream of `ParsedRow | Problem` inside ONE
transaction:

1. rows are written once, in batches (``executemany``): a row whose key is not stored yet goes
   straight into its table (when the platform has no stored rows at all, nothing is looked up);
   a row whose key is stored — and a later row repeating a key of this file — goes to a temporary
   table instead, to be merged in step 4;
2. if any `Problem` came out of the stream, the rest is still read to collect them (the first
   `PROBLEM_LIMIT` are kept, all are counted), then everything is rolled back and
   ``BadInput(problems, total)`` raised; a cancel rolls back and raises `Cancelled`; any other
   exception rolls back and propagates;
3. ids repeated within the file (only a Bloom filter of the keys is held in memory, repeats
   confirmed in SQL against the key's first row, in the temporary table or already written) are
   read by `desktop_app.store.order_lines`: identical repeats are stored once (counted as
   ``duplicates``); an order's item lines become one order row — the first line with the lines'
   total quantity and paid amount — and its lines in ``order_items``; a repeat with other order
   fields is a second version: the later row is kept and the conflict reported with both rows
   (`ImportResult.conflicts`), never refused;
4. the rows of the temporary table are compared with the stored rows in SQL and classified
   *updated*, *unchanged* or *stale* (or *new*), then written with one ``UPDATE … FROM`` (and one
   ``INSERT … SELECT``). Rows written straight away in step 1 are *new*.

Keys: orders ``(platform, order_id, sub_order_id)``; products ``(platform, product_id)``.

Merging an incoming row with the stored one, field by field:

- a field the sheet does not have (not in ``SheetPlan.mapping``) and whose value is None or '' keeps
  the stored value — a sheet without a 揽收时间 column never clears a pickup time;
- the logistics times ``picked_up_at``, ``online_at``, ``warehouse_at`` are also kept when the
  incoming cell is empty: they often come from a separate logistics sheet, and an order export that
  has the column but leaves it blank must not erase them;
- every other field takes the incoming value (an empty cell clears a text field).

**Stale rule** (an older export never silently reverts newer data): an incoming row is *stale* —
the stored row is kept exactly as it is and the row is counted in ``stale`` (with its key listed in
``ImportResult.stale_keys``) — when the merge would

- clear a stored ``shipped_at``, ``completed_at`` or ``tracking_no``, or
- move any stored progress time (``shipped_at``, ``picked_up_at``, ``online_at``, ``warehouse_at``,
  ``completed_at``) earlier.

Order progress only moves forward, so either change means the file is an older snapshot than what
is stored. Products have no stale rule: the last imported product sheet wins.

Raw cells: a row's ``raw_json`` is stored as it comes (an orders sheet's JSON array of cell texts,
`ParsedRow.raw_keys` naming them); the keys are stored once per sheet in ``import_raw_keys``, and
an updated row takes this import's id and its sheet with its new raw cells, so it always finds its
own keys (`desktop_app.store.rawcells`).

Kind ``"logistics"``: rows only update `LOGISTICS_FIELDS` of orders already stored (keeping the
sheet's raw cells, a JSON object, in ``logistics_raw_json``); a row with an empty sub-order id
applies to every sub-order of its order; an order that is not stored is a `Problem`. Counts are per
stored order row.

A row is *unchanged* when the merged values equal the stored ones; its stored raw cells and import
id are then left as they were, so re-importing the same file changes nothing at all.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from desktop_app.chinatime import china_now_text
from desktop_app.errors import BadInput, Cancelled, Problem
from desktop_app.importing.model import ImportPlan, ParsedRow, SkippedRow
from desktop_app.store.connection import Store
from desktop_app.store.order_lines import (
    Conflict,
    Line,
    item_positions,
    present_mask,
    resolve,
    totals,
)
from desktop_app.store.schema import LOGISTICS_FIELDS, ORDER_FIELDS, PRODUCT_FIELDS

PROBLEM_LIMIT = 200  # problems kept for display; all are counted
STALE_KEYS_LIMIT = 50
REPORT_LIMIT = 200  # skipped rows and conflicts kept for display; all are counted
IMPORT_CACHE_KIB = -65536  # page cache during an import: 64 MiB
INDEX_BUILD_CACHE_KIB = -16384  # page cache (and so sorter memory) for an index build …
BIG_LOAD_ROWS = 250_000  # … after loading more rows than this into an empty table
PROGRESS_OPS = 200_000  # SQLite VM steps between cancel checks inside one statement
BATCH = 2000  # rows per executemany; also how often progress/cancel are checked
KEY_FILTER_CAPACITY = 5_000_000  # keys the in-file repeat filter is sized for (~12 MiB) …
KEY_FILTER_ERROR = 1e-4  # … at this false-positive rate

# Progress fields: once stored, an import may only move them later (see the stale rule).
PROGRESS_TIMES = ("shipped_at", "picked_up_at", "online_at", "warehouse_at", "completed_at")
# Clearing one of these marks the incoming row stale.
NEVER_CLEARED = ("shipped_at", "completed_at", "tracking_no")
# An empty incoming cell keeps the stored value of these (they often come from a logistics sheet).
STICKY = ("picked_up_at", "online_at", "warehouse_at")

if sqlite3.sqlite_version_info < (3, 33, 0):  # pragma: no cover - every supported build is newer
    raise RuntimeError(f"ShipCheck needs SQLite 3.33 or newer (found {sqlite3.sqlite_version})")


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What one import did. ``rejected`` is always 0 for a committed import (bad rows abort it)."""

    import_id: int
    platform: str
    kind: str
    rows: int  # data rows read from the file
    new: int
    updated: int
    unchanged: int
    stale: int
    duplicates: int = 0  # identical repeats within the file, stored once
    rejected: int = 0
    stale_keys: tuple[tuple[str, str], ...] = ()  # first STALE_KEYS_LIMIT (id, sub id) kept out
    # rows that are not orders (totals, notes): the first REPORT_LIMIT, and how many in all
    skipped: tuple[SkippedRow, ...] = ()
    skipped_total: int = 0
    # ids on two rows with different content, the later row imported: the first REPORT_LIMIT
    conflicts: tuple[Conflict, ...] = ()
    conflict_total: int = 0
    item_orders: int = 0  # orders stored from several item lines of the file
    item_lines: int = 0  # the item lines of those orders

    # The same counts under the `imports` table's column names.
    @property
    def rows_new(self) -> int:
        """= `new`."""
        return self.new

    @property
    def rows_updated(self) -> int:
        """= `updated`."""
        return self.updated

    @property
    def rows_unchanged(self) -> int:
        """= `unchanged`."""
        return self.unchanged

    @property
    def rows_stale(self) -> int:
        """= `stale`."""
        return self.stale


@dataclass(frozen=True, slots=True)
class _Spec:
    table: str
    keys: tuple[str, ...]  # stored key columns after `platform`
    fields: tuple[str, ...]


_ORDERS = _Spec("orders", ("order_id", "sub_order_id"), ORDER_FIELDS)
_PRODUCTS = _Spec("products", ("product_id",), PRODUCT_FIELDS)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _column_info(conn: sqlite3.Connection, table: str) -> dict[str, tuple[str, bool]]:
    """column -> (declared type, NOT NULL with a text default)."""
    info: dict[str, tuple[str, bool]] = {}
    for _cid, name, decl, notnull, default, _pk in conn.execute(f"PRAGMA table_info({table})"):
        info[name] = (str(decl or ""), bool(notnull) and default is not None)
    return info


class _Collector:
    """Problems from the stream and from the checks, the first PROBLEM_LIMIT kept."""

    def __init__(self) -> None:
        self.kept: list[Problem] = []
        self.total = 0

    def add(self, problem: Problem) -> None:
        self.total += 1
        if len(self.kept) < PROBLEM_LIMIT:
            self.kept.append(problem)

    def raise_if_any(self) -> None:
        if self.total:
            raise BadInput(self.kept, self.total)


def apply_import(
    store: Store,
    plan: ImportPlan,
    rows: Iterable[ParsedRow | Problem | SkippedRow],
    *,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    backup: bool = True,
) -> ImportResult:
    """Write `rows` (from ``iter_rows(plan)``) to the store in one transaction (see module doc).

    `progress(n)` is called with the number of rows read so far every `BATCH` rows; `cancelled()`
    is polled as often and, when true, the import is rolled back and `Cancelled` raised.
    With `backup` (the default), a backup of a non-empty database is taken first (skipped when
    nothing changed since this Store's last backup, e.g. the daily one just taken at open).
    Raises `BadInput` (nothing written) if the stream held any `Problem`, on logistics rows for
    unknown orders, and when the disk is full. `SkippedRow`s (totals, notes) are counted and
    listed in the result, never stored.
    """
    spec = _PRODUCTS if plan.kind == "products" else _ORDERS
    if backup:
        _backup_before_import(store)
    conn = store.conn
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {IMPORT_CACHE_KIB}")  # fewer spills of the big transaction
    try:
        with store.transaction():
            if cancelled is not None:  # also interrupt a long merge statement on cancel
                conn.set_progress_handler(lambda: 1 if cancelled() else 0, PROGRESS_OPS)
            try:
                return _run(conn, spec, plan, rows, progress, cancelled)
            except sqlite3.OperationalError as exc:
                if cancelled is not None and "interrupt" in str(exc) and cancelled():
                    raise Cancelled() from exc
                raise
            finally:  # before the transaction's COMMIT / ROLLBACK
                conn.set_progress_handler(None, 0)
    finally:
        conn.execute(f"PRAGMA cache_size = {int(cache)}")


def _store_raw_keys(
    conn: sqlite3.Connection, import_id: int, raw_keys: dict[str, tuple[str, ...]], logistics: bool
) -> None:
    """Record the header keys of each sheet whose rows came as a JSON array of cells."""
    if not raw_keys:
        return
    if logistics:  # logistics_raw_json has no sheet of its own to find keys by
        raise ValueError("logistics rows must carry their raw cells as an object (no raw_keys)")
    conn.executemany(
        "INSERT INTO import_raw_keys(import_id, sheet, keys_json) VALUES (?, ?, ?)",
        [
            (import_id, sheet, json.dumps(list(keys), ensure_ascii=False))
            for sheet, keys in raw_keys.items()
        ],
    )


def _backup_before_import(store: Store) -> None:
    from desktop_app.store.backups import backup_if_changed

    backup_if_changed(store, "import")


def _run(
    conn: sqlite3.Connection,
    spec: _Spec,
    plan: ImportPlan,
    rows: Iterable[ParsedRow | Problem | SkippedRow],
    progress: Callable[[int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> ImportResult:
    fields = spec.fields
    platform = str(plan.platform)
    info = _column_info(conn, spec.table)
    problems = _Collector()

    # 1. the imports row first (orders reference it), counts filled in at the end
    import_id = int(
        conn.execute(
            "INSERT INTO imports(file_name, file_path, sha256, size_bytes, file_format, platform, "
            "kind, shop, sheets_json, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '[]', ?)",
            (
                plan.file_name,
                str(plan.path),
                plan.sha256,
                plan.size_bytes,
                plan.file_format,
                platform,
                plan.kind,
                plan.shop,
                china_now_text(),
            ),
        ).lastrowid
        or 0
    )

    # 2. stream: rows with a new key straight into the table, the others into a temporary table
    #    with the target's column types (same affinity), merged in step 4
    cols = ", ".join(f"{_q(f)} {info[f][0]}" for f in fields)
    conn.execute("DROP TABLE IF EXISTS temp._inc")
    conn.execute(
        "CREATE TEMP TABLE _inc (seq INTEGER PRIMARY KEY, sheet TEXT, row INTEGER, "
        f"k1 TEXT NOT NULL, k2 TEXT NOT NULL, present INTEGER NOT NULL, {cols}, raw_json TEXT)"
    )
    placeholders = ", ".join("?" for _ in range(len(fields) + 7))
    insert_sql = (
        f"INSERT INTO _inc(seq, sheet, row, k1, k2, present, {', '.join(_q(f) for f in fields)}, "
        f"raw_json) VALUES ({placeholders})"
    )
    logistics = plan.kind == "logistics"
    direct = _Direct(conn, spec, platform, import_id, info) if not logistics else None
    masks = {s.name: present_mask(s.mapping, fields) for s in plan.sheets}
    sheet_rows: dict[str, int] = {s.name: 0 for s in plan.sheets}
    fill_shop = bool(plan.shop) and spec is _ORDERS
    shop_index = fields.index("shop") if fill_shop else -1
    n_fields = len(fields)
    key_header = _key_header(plan, spec)

    batch: list[tuple[object, ...]] = []
    read = 0
    # each sheet's raw keys (the longest seen: they only grow); checked when the tuple changes
    raw_keys: dict[str, tuple[str, ...]] = {}
    last_keys: tuple[str, ...] = ()
    last_sheet: str | None = None
    # Duplicate keys: a fixed-size filter of key hashes is kept in memory (see _KeyFilter); rows
    # whose key may have been seen before go to the temporary table and are confirmed in SQL
    # after the load.
    seen = _KeyFilter()
    suspects: list[int] = []
    seq = 0
    seen_before = seen.add
    fresh_orders = direct is not None and direct.fresh and direct.two_keys
    direct_append = direct.rows.append if direct is not None else batch.append
    skipped: list[SkippedRow] = []
    skipped_total = 0
    for item in rows:
        if isinstance(item, SkippedRow):
            skipped_total += 1
            if len(skipped) < REPORT_LIMIT:
                skipped.append(item)
            continue
        read += 1
        if isinstance(item, Problem):
            problems.add(item)
        elif len(item.values) != n_fields:
            raise ValueError(
                f"ParsedRow from sheet {item.sheet!r} row {item.row} has {len(item.values)} "
                f"values, expected {n_fields}"
            )
        else:
            sheet_rows[item.sheet] = sheet_rows.get(item.sheet, 0) + 1
            if item.raw_keys is not last_keys or item.sheet is not last_sheet:
                last_keys, last_sheet = item.raw_keys, item.sheet
                if len(last_keys) > len(raw_keys.get(last_sheet, ())):
                    raw_keys[last_sheet] = last_keys
            key1 = item.key[0] or ""
            if not key1:
                problems.add(
                    Problem(
                        message="缺少订单号/商品ID。" if spec is _ORDERS else "缺少商品ID。",
                        message_en="The order id / product id is missing.",
                        file=plan.file_name,
                        sheet=item.sheet,
                        row=item.row,
                        header=key_header,
                    )
                )
            elif not problems.total:  # once the file is known bad, only collect problems
                values = item.values
                if fill_shop and not values[shop_index]:
                    values = (*values[:shop_index], plan.shop, *values[shop_index + 1 :])
                seq += 1
                key = item.key if item.key[1] is not None else (key1, "")
                if seen_before(key):
                    suspects.append(seq)
                    meta = (seq, item.sheet, item.row, *key, masks.get(item.sheet, 0))
                    batch.append((*meta, *values, item.raw_json))
                elif fresh_orders:  # the common first import: straight into `orders`
                    direct_append(
                        (platform, *key, *values, item.raw_json, import_id, item.sheet, item.row)
                    )
                else:
                    meta = (seq, item.sheet, item.row, *key, masks.get(item.sheet, 0))
                    if direct is not None and not direct.stage_all:
                        direct.add(meta, values, item.raw_json)
                    else:  # logistics, or a re-import: merged without key lookups
                        batch.append((*meta, *values, item.raw_json))
        if read % BATCH == 0:
            _tick(read, progress, cancelled)
            if not problems.total:
                if direct is not None:
                    direct.flush(batch, plan, problems)
                if batch:
                    _load_batch(conn, insert_sql, batch, plan, fields, problems)
            batch.clear()
    if not problems.total:
        if direct is not None:
            direct.flush(batch, plan, problems)
        if batch:
            _load_batch(conn, insert_sql, batch, plan, fields, problems)
    batch.clear()
    _tick(read, progress, cancelled)
    problems.raise_if_any()

    # 3. ids repeated within the file: duplicates, item lines, conflicts (order_lines)
    seen.release()
    repeats = _repeats(conn, spec, platform, import_id, suspects)
    found = _resolve_repeats(conn, spec, platform, import_id, masks, repeats, logistics)

    # 4. classify against the stored rows and write
    if logistics:
        _check_known_orders(conn, platform, plan, problems, key_header)
        problems.raise_if_any()
    stale_keys, (new, updated, unchanged, stale) = _merge(
        conn, spec, platform, import_id, info, logistics
    )
    if cancelled is not None and cancelled():
        raise Cancelled()
    if direct is not None:
        direct.finish()
        new += direct.written - found.removed_written
    if not logistics and spec is _ORDERS:
        _write_items(conn, platform, import_id)
    conn.execute("DROP TABLE IF EXISTS temp._lines")
    _store_raw_keys(conn, import_id, raw_keys, logistics)

    sheets_json = json.dumps(
        [
            {
                "name": s.name,
                "header_row": s.header_row,
                "rows": sheet_rows.get(s.name, 0),
                "mapping": s.mapping,
                "unmapped_headers": list(s.unmapped_headers),
            }
            for s in plan.sheets
        ],
        ensure_ascii=False,
    )
    conn.execute(
        "UPDATE imports SET sheets_json = ?, rows_new = ?, rows_updated = ?, rows_unchanged = ?, "
        "rows_rejected = 0, rows_stale = ?, rows_duplicate = ?, rows_total = ?, rows_skipped = ?, "
        "rows_conflict = ? WHERE id = ?",
        (
            sheets_json,
            new,
            updated,
            unchanged,
            stale,
            found.duplicates,
            read,
            skipped_total,
            found.conflict_total,
            import_id,
        ),
    )
    conn.execute("DROP TABLE IF EXISTS temp._upd")
    conn.execute("DROP TABLE IF EXISTS temp._inc")
    return ImportResult(
        import_id=import_id,
        platform=platform,
        kind=plan.kind,
        rows=read,
        new=new,
        updated=updated,
        unchanged=unchanged,
        stale=stale,
        duplicates=found.duplicates,
        stale_keys=stale_keys,
        skipped=tuple(skipped),
        skipped_total=skipped_total,
        conflicts=tuple(found.conflicts),
        conflict_total=found.conflict_total,
        item_orders=found.item_orders,
        item_lines=found.item_lines,
    )


class _KeyFilter:
    """The keys of the file so far, approximately: an `rbloom.Bloom` filter sized for
    `KEY_FILTER_CAPACITY` keys at a 1-in-10,000 false-positive rate (~12 MiB), whatever the file.

    `add` answers whether a key *may* have been added before: always for a real repeat, and by
    chance for about 1 key in 10,000 (more past the capacity) — such a row is only checked in SQL
    and then written like any other. An exact set of the keys would grow with the file, on top
    of the page cache, where a CSV import keeps to a fixed memory budget at any size."""

    def __init__(self) -> None:
        from rbloom import Bloom

        self._bloom: Bloom | None = Bloom(KEY_FILTER_CAPACITY, KEY_FILTER_ERROR, hash_func=hash)

    def add(self, key: tuple[str, str]) -> bool:
        """Record `key`; True if it may have been recorded before."""
        bloom = self._bloom
        assert bloom is not None, "used after release()"
        if key in bloom:
            return True
        bloom.add(key)
        return False

    def release(self) -> None:
        """Free the filter's memory."""
        self._bloom = None


def _tick(
    read: int, progress: Callable[[int], None] | None, cancelled: Callable[[], bool] | None
) -> None:
    if progress is not None:
        progress(read)
    if cancelled is not None and cancelled():
        raise Cancelled()


def _load_batch(
    conn: sqlite3.Connection,
    insert_sql: str,
    batch: list[tuple[object, ...]],
    plan: ImportPlan,
    fields: tuple[str, ...],
    problems: _Collector,
) -> None:
    """Append `batch` to the temporary table. A number SQLite cannot store (beyond 64 bits) is a
    `Problem` naming its row and column, not a crash; the rows are then not loaded (the import
    is rejected anyway)."""
    try:
        conn.executemany(insert_sql, batch)
    except OverflowError:
        for row in batch:
            for i, value in enumerate(row[6 : 6 + len(fields)]):
                if isinstance(value, int) and not -(2**63) <= value < 2**63:
                    problems.add(_too_large(plan, str(row[1]), int(str(row[2])), fields[i]))


def _too_large(plan: ImportPlan, sheet: str, row: int, fieldname: str) -> Problem:
    header = next((s.mapping.get(fieldname, "") for s in plan.sheets if s.name == sheet), "")
    return Problem(
        message="数值太大，不可能是真实的数量或金额。",
        message_en="The number is too large to be a real quantity or amount.",
        file=plan.file_name,
        sheet=sheet,
        row=row,
        header=header,
    )


def _key_header(plan: ImportPlan, spec: _Spec) -> str:
    key = "product_id" if spec is _PRODUCTS else "order_id"
    for s in plan.sheets:
        if key in s.mapping:
            return s.mapping[key]
    return ""


def _repeats(
    conn: sqlite3.Connection, spec: _Spec, platform: str, import_id: int, suspects: list[int]
) -> list[tuple[int | None, int]]:
    """(seq of a key's first row, seq of a later row with the same key) for each real repeat;
    the first seq is None when that first row was written straight into the table."""
    if not suspects:
        return []
    conn.execute("CREATE INDEX temp._inc_key ON _inc(k1, k2)")
    key_match = " AND ".join(
        f"o.{_q(k)} = b.{col}" for k, col in zip(spec.keys, ("k1", "k2"), strict=False)
    )
    written_sql = (
        f"SELECT 1 FROM _inc b JOIN {spec.table} o ON o.platform = ? AND {key_match} "
        "WHERE b.seq = ? AND o.import_id = ?"
    )
    pairs: list[tuple[int | None, int]] = []
    for seq in suspects:
        first = conn.execute(
            "SELECT min(a.seq) FROM _inc a JOIN _inc b ON a.k1 = b.k1 AND a.k2 = b.k2 "
            "WHERE b.seq = ?",
            (seq,),
        ).fetchone()[0]
        if first is not None and first < seq:
            pairs.append((int(first), seq))
        elif conn.execute(written_sql, (platform, seq, import_id)).fetchone() is not None:
            pairs.append((None, seq))
        # else only a hash collision: a row of its own, merged like any other
    return pairs


@dataclass
class _Repeats:
    """What the ids repeated within the file came to (see `desktop_app.store.order_lines`)."""

    duplicates: int = 0
    conflicts: list[Conflict] = field(default_factory=list)  # the first REPORT_LIMIT
    conflict_total: int = 0
    item_orders: int = 0  # orders of several item lines (their lines are in temp._lines)
    item_lines: int = 0
    removed_written: int = 0  # rows written straight into the table, then replaced


def _resolve_repeats(
    conn: sqlite3.Connection,
    spec: _Spec,
    platform: str,
    import_id: int,
    masks: dict[str, int],
    repeats: list[tuple[int | None, int]],
    logistics: bool,
) -> _Repeats:
    """Keep one version of each repeated id: the rows of the id are read back in file order —
    from the temporary table and, when its first row was written straight into the table, from
    there — and `order_lines.resolve` decides. The rows set aside leave the temporary table; a
    row written straight away and replaced by a later version is deleted again (it was new in
    this import). An order of several item lines keeps its first line, with the lines' totals,
    as its row; the lines go to the temporary table ``_lines`` for `_write_items`."""
    out = _Repeats()
    conn.execute("DROP TABLE IF EXISTS temp._lines")
    conn.execute(
        "CREATE TEMP TABLE _lines (k1 TEXT NOT NULL, k2 TEXT NOT NULL, line_no INTEGER NOT NULL, "
        "product_id TEXT, product_name TEXT, sku TEXT, quantity INTEGER, paid_amount_fen INTEGER, "
        "raw_json TEXT, sheet TEXT, row INTEGER, PRIMARY KEY (k1, k2, line_no))"
    )
    if not repeats:
        return out
    line_rows: list[tuple[object, ...]] = []
    pos = [ORDER_FIELDS.index(f) for f in ("product_id", "product_name", "sku")]
    q, a = ORDER_FIELDS.index("quantity"), ORDER_FIELDS.index("paid_amount_fen")
    fields = spec.fields
    items = item_positions() if spec is _ORDERS and not logistics else None
    cols = ", ".join(_q(f) for f in fields)
    key_match = " AND ".join(f"{_q(k)} = ?" for k in spec.keys)
    written_sql = (
        f"SELECT source_sheet, source_row, {cols}, raw_json FROM {spec.table} "
        f"WHERE platform = ? AND {key_match} AND import_id = ?"
    )
    staged_sql = (
        f"SELECT seq, sheet, row, present, {cols}, raw_json FROM _inc WHERE k1 = ? AND k2 = ? "
        "ORDER BY seq"
    )
    written_keys = {later for first, later in repeats if first is None}
    keys: dict[tuple[str, str], bool] = {}
    for _first, later in repeats:
        k1, k2 = conn.execute("SELECT k1, k2 FROM _inc WHERE seq = ?", (later,)).fetchone()
        key = (str(k1), str(k2))
        keys[key] = keys.get(key, False) or later in written_keys
    n = len(fields)
    drop: list[tuple[int]] = []
    for key, has_written in keys.items():
        lines: list[Line] = []
        if has_written:
            params = (platform, *key[: len(spec.keys)], import_id)
            got = conn.execute(written_sql, params).fetchone()
            if got is not None:
                sheet = str(got[0])
                lines.append(
                    Line(
                        None,
                        sheet,
                        int(got[1]),
                        tuple(got[2 : 2 + n]),
                        masks.get(sheet, 0),
                        str(got[2 + n]),
                    )
                )
        for seq, sheet, row, present, *rest in conn.execute(staged_sql, key):
            lines.append(
                Line(
                    int(seq),
                    str(sheet or ""),
                    int(row),
                    tuple(rest[:n]),
                    int(present),
                    str(rest[n] or ""),
                )
            )
        if len(lines) < 2:
            continue  # a hash collision, not a repeat
        shown = f"{key[0]} / {key[1]}" if key[1] else key[0]
        res = resolve(shown, lines, items)
        out.duplicates += res.duplicates
        out.conflict_total += len(res.conflicts)
        out.conflicts.extend(res.conflicts[: max(0, REPORT_LIMIT - len(out.conflicts))])
        head = res.lines[0]
        drop.extend((ln.ref,) for ln in lines if ln.ref is not None and ln is not head)
        if head.ref is not None and lines[0].ref is None:  # a later version replaces the written
            conn.execute(
                f"DELETE FROM {spec.table} WHERE platform = ? AND {key_match} AND import_id = ?",
                (platform, *key[: len(spec.keys)], import_id),
            )
            out.removed_written += 1
        if len(res.lines) > 1:
            quantity, amount = totals(res.lines)
            if head.ref is None:
                conn.execute(
                    "UPDATE orders SET quantity = ?, paid_amount_fen = ? WHERE platform = ? "
                    "AND order_id = ? AND sub_order_id = ? AND import_id = ?",
                    (quantity, amount, platform, *key, import_id),
                )
            else:
                conn.execute(
                    "UPDATE _inc SET quantity = ?, paid_amount_fen = ? WHERE seq = ?",
                    (quantity, amount, head.ref),
                )
            out.item_orders += 1
            out.item_lines += len(res.lines)
            line_rows.extend(
                (
                    *key,
                    no,
                    *(ln.values[p] or "" for p in pos),
                    ln.values[q],
                    ln.values[a],
                    ln.raw_json or "{}",
                    ln.sheet,
                    ln.row,
                )
                for no, ln in enumerate(res.lines, start=1)
            )
            if len(line_rows) >= BATCH:
                conn.executemany(_LINES_INSERT, line_rows)
                line_rows.clear()
    conn.executemany(_LINES_INSERT, line_rows)
    if drop:
        conn.executemany("DELETE FROM _inc WHERE seq = ?", drop)
    return out


_LINES_INSERT = "INSERT INTO _lines VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"


def _write_items(conn: sqlite3.Connection, platform: str, import_id: int) -> None:
    """Keep each stored order's item lines current: an order this import wrote (new or updated)
    loses the lines of an earlier import, and a multi-item order of this file gets its lines
    (``_lines``) — unless its row was kept as stale (an older export), whose lines stay as they
    were, or the same lines are stored already (a re-import), which are left with their import."""
    has_lines = (
        conn.execute("SELECT 1 FROM order_items WHERE platform = ? LIMIT 1", (platform,)).fetchone()
        is not None
    )
    merged = conn.execute("SELECT 1 FROM temp.sqlite_master WHERE name = '_upd'").fetchone()
    if merged:
        if has_lines:
            conn.execute(
                "DELETE FROM order_items WHERE platform = ? AND (order_id, sub_order_id) IN "
                "(SELECT k1, k2 FROM _upd WHERE changed AND NOT stale)",
                (platform,),
            )
        conn.execute("DELETE FROM _lines WHERE (k1, k2) IN (SELECT k1, k2 FROM _upd WHERE stale)")
    if has_lines:
        line_cols = "line_no, product_id, product_name, sku, quantity, paid_amount_fen, raw_json, "
        # the orders whose stored lines are exactly this file's: left as they are
        same = [
            (str(k1), str(k2))
            for k1, k2 in conn.execute(
                "SELECT DISTINCT l.k1, l.k2 FROM _lines l JOIN order_items o ON o.platform = ? "
                "AND o.order_id = l.k1 AND o.sub_order_id = l.k2",
                (platform,),
            ).fetchall()
        ]
        for k1, k2 in same:
            stored = conn.execute(
                f"SELECT {line_cols} source_sheet, source_row FROM order_items "
                "WHERE platform = ? AND order_id = ? AND sub_order_id = ? ORDER BY line_no",
                (platform, k1, k2),
            ).fetchall()
            new = conn.execute(
                f"SELECT {line_cols} sheet, row FROM _lines WHERE k1 = ? AND k2 = ? "
                "ORDER BY line_no",
                (k1, k2),
            ).fetchall()
            if stored == new:
                conn.execute("DELETE FROM _lines WHERE k1 = ? AND k2 = ?", (k1, k2))
            else:
                conn.execute(
                    "DELETE FROM order_items WHERE platform = ? AND order_id = ? "
                    "AND sub_order_id = ?",
                    (platform, k1, k2),
                )
    conn.execute(
        "INSERT INTO order_items(platform, order_id, sub_order_id, line_no, product_id, "
        "product_name, sku, quantity, paid_amount_fen, raw_json, import_id, source_sheet, "
        "source_row) SELECT ?, k1, k2, line_no, product_id, product_name, sku, quantity, "
        "paid_amount_fen, raw_json, ?, sheet, row FROM _lines ORDER BY k1, k2, line_no",
        (platform, import_id),
    )
    conn.execute("DROP TABLE temp._lines")


class _Direct:
    """Rows whose key is not stored yet, written straight into their table (one write per row).

    When the platform had no stored rows as the import began, no key is looked up at all;
    otherwise the keys of each batch are looked up together, and the rows whose key is stored
    go to the temporary table for the merge instead."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        spec: _Spec,
        platform: str,
        import_id: int,
        info: dict[str, tuple[str, bool]],
    ) -> None:
        self.conn = conn
        self.platform = platform
        self.import_id = import_id
        self.written = 0
        self.fresh = (
            conn.execute(
                f"SELECT 1 FROM {spec.table} WHERE platform = ? LIMIT 1", (platform,)
            ).fetchone()
            is None
        )
        self.two_keys = len(spec.keys) == 2
        self.fields = fields = spec.fields
        keys = ", ".join(_q(k) for k in spec.keys)
        values = ", ".join("coalesce(?, '')" if info[f][1] else "?" for f in fields)
        key_params = ", ".join("?" for _ in spec.keys)
        self.insert_sql = (
            f"INSERT INTO {spec.table}(platform, {keys}, {', '.join(_q(f) for f in fields)}, "
            "raw_json, import_id, source_sheet, source_row) "
            f"VALUES (?, {key_params}, {values}, coalesce(?, '{{}}'), ?, coalesce(?, ''), ?)"
        )
        sub = _q(spec.keys[1]) if self.two_keys else "''"
        self.lookup_sql = (
            f"SELECT {_q(spec.keys[0])}, {sub} FROM {spec.table} WHERE platform = ? AND "
            f"{_q(spec.keys[0])} IN (SELECT value FROM json_each(?))"
        )
        self.rows: list[tuple[object, ...]] = []  # ready for insert_sql
        self.pending: list[tuple[tuple[object, ...], tuple[object, ...], str]] = []
        self.stage_all = False  # most keys were stored: a re-import, merged as before
        # Into an empty table, the table's indexes are dropped and built once at the end (one
        # sort each instead of a B-tree insert per row), inside the same transaction.
        self.indexes: list[str] = []
        if conn.execute(f"SELECT 1 FROM {spec.table} LIMIT 1").fetchone() is None:
            for name, sql in conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                "AND sql IS NOT NULL",
                (spec.table,),
            ).fetchall():
                conn.execute(f"DROP INDEX {_q(name)}")
                self.indexes.append(str(sql))

    def finish(self) -> None:
        """Rebuild the indexes dropped for the load.

        SQLite's sorter may take as much memory as the page cache is allowed, on top of the
        cache itself: with the import's 64 MiB cache a large build would go over the CSV
        import's memory budget. After a big load the build gets a smaller cache
        (the sort spills in large sorted runs, no slower there); a small load's sort needs
        little memory, and shrinking the cache would only spill its dirty pages early."""
        if not self.indexes:
            return
        big = self.written > BIG_LOAD_ROWS
        if big:
            self.conn.execute(f"PRAGMA cache_size = {INDEX_BUILD_CACHE_KIB}")
        try:
            for sql in self.indexes:
                self.conn.execute(sql)
        finally:
            if big:
                self.conn.execute(f"PRAGMA cache_size = {IMPORT_CACHE_KIB}")
        self.indexes.clear()

    def add(self, meta: tuple[object, ...], values: tuple[object, ...], raw_json: str) -> None:
        """Queue one row; `meta` is (seq, sheet, row, key1, key2, present mask)."""
        if self.fresh:
            self.rows.append(self._direct_row(meta, values, raw_json))
        else:
            self.pending.append((meta, values, raw_json))

    def _direct_row(
        self, meta: tuple[object, ...], values: tuple[object, ...], raw_json: str
    ) -> tuple[object, ...]:
        _seq, sheet, row, key1, key2, _mask = meta
        if self.two_keys:
            return (self.platform, key1, key2, *values, raw_json, self.import_id, sheet, row)
        return (self.platform, key1, *values, raw_json, self.import_id, sheet, row)

    def flush(
        self, staged: list[tuple[object, ...]], plan: ImportPlan, problems: _Collector
    ) -> None:
        """Write the queued rows; rows whose key turned out to be stored are appended to
        `staged` (the temporary table's batch) instead."""
        if self.pending and self.stage_all:
            staged.extend((*meta, *values, raw_json) for meta, values, raw_json in self.pending)
            self.pending.clear()
        if self.pending:
            ids = json.dumps(sorted({str(meta[3]) for meta, _v, _r in self.pending}))
            stored = {
                (str(k1), str(k2))
                for k1, k2 in self.conn.execute(self.lookup_sql, (self.platform, ids))
            }
            # Mostly stored keys: a re-import or an overlapping export. Looking keys up costs
            # about as much as staging them, so the rest of the file is merged without lookups.
            self.stage_all = 2 * len(stored) >= len(self.pending)
            for meta, values, raw_json in self.pending:
                if stored and (meta[3], meta[4]) in stored:
                    staged.append((*meta, *values, raw_json))
                else:
                    self.rows.append(self._direct_row(meta, values, raw_json))
            self.pending.clear()
        if not self.rows:
            return
        try:
            self.conn.executemany(self.insert_sql, self.rows)
        except OverflowError:
            fields = self.fields
            first = 3 if self.two_keys else 2
            for row in self.rows:
                for i, value in enumerate(row[first : first + len(fields)]):
                    if isinstance(value, int) and not -(2**63) <= value < 2**63:
                        problems.add(_too_large(plan, str(row[-2]), int(str(row[-1])), fields[i]))
        else:
            self.written += len(self.rows)
        self.rows.clear()


def _logistics_match(platform_param: str = "?") -> str:
    return (
        f"o.platform = {platform_param} AND o.order_id = i.k1 "
        "AND (i.k2 = '' OR o.sub_order_id = i.k2)"
    )


def _check_known_orders(
    conn: sqlite3.Connection,
    platform: str,
    plan: ImportPlan,
    problems: _Collector,
    key_header: str,
) -> None:
    """Logistics rows must name orders already stored."""
    unknown = conn.execute(
        "SELECT sheet, row, k1, k2 FROM _inc i WHERE NOT EXISTS "
        f"(SELECT 1 FROM orders o WHERE {_logistics_match()}) ORDER BY seq",
        (platform,),
    )
    for sheet, row, k1, k2 in unknown:
        key = f"{k1} / {k2}" if k2 else k1
        problems.add(
            Problem(
                message="物流表中的这个订单不在数据库里：请先导入订单表，再导入物流表。",
                message_en=(
                    "This order from the logistics sheet is not in the database: "
                    "import the order sheet first, then the logistics sheet."
                ),
                file=plan.file_name,
                sheet=sheet or "",
                row=row,
                header=key_header,
                value=key,
            )
        )


def _merge(
    conn: sqlite3.Connection,
    spec: _Spec,
    platform: str,
    import_id: int,
    info: dict[str, tuple[str, bool]],
    logistics: bool,
) -> tuple[tuple[tuple[str, str], ...], tuple[int, int, int, int]]:
    """Classify incoming rows against stored ones and write; returns (stale keys, counts)."""
    fields = spec.fields
    merged: dict[str, str] = {}
    for bit, f in enumerate(fields):
        i_f, o_f = f"i.{_q(f)}", f"o.{_q(f)}"
        has_value = f"({i_f} IS NOT NULL AND {i_f} <> '')"
        if logistics and f not in LOGISTICS_FIELDS:
            merged[f] = o_f
        elif f in STICKY or logistics:
            merged[f] = f"CASE WHEN {has_value} THEN {i_f} ELSE {o_f} END"
        else:
            merged[f] = (
                f"CASE WHEN (i.present & {1 << bit}) OR {has_value} THEN {i_f} ELSE {o_f} END"
            )
    if spec is _ORDERS:
        stale_terms = [
            f"({_q_o(f)} IS NOT NULL AND {_q_o(f)} <> '' AND ({merged[f]}) < {_q_o(f)})"
            for f in PROGRESS_TIMES
        ]
        stale_terms += [
            f"({_q_o(f)} IS NOT NULL AND {_q_o(f)} <> '' AND coalesce(({merged[f]}), '') = '')"
            for f in NEVER_CLEARED
        ]
        stale_expr = " OR ".join(stale_terms)
    else:
        stale_expr = "0"
    changed = " OR ".join(f"({merged[f]}) IS NOT o.{_q(f)}" for f in fields)
    if logistics:
        join = _logistics_match()
        k2_src = "o.sub_order_id"
    else:
        join = "o.platform = ? AND " + " AND ".join(
            f"o.{_q(k)} = i.{col}" for k, col in zip(spec.keys, ("k1", "k2"), strict=False)
        )
        k2_src = "i.k2"
    # one narrow row per matched stored row: the classification only (values merged below)
    conn.execute("DROP TABLE IF EXISTS temp._upd")
    conn.execute(
        "CREATE TEMP TABLE _upd (seq INTEGER NOT NULL, k1 TEXT, k2 TEXT, stale INTEGER, "
        "changed INTEGER)"
    )
    conn.execute(
        f"INSERT INTO _upd SELECT i.seq, i.k1, {k2_src}, coalesce(({stale_expr}), 0), "
        f"coalesce(({changed}), 0) FROM _inc i JOIN {spec.table} o ON {join}",
        (platform,),
    )
    updated, unchanged, stale = conn.execute(
        "SELECT coalesce(sum(changed AND NOT stale), 0), coalesce(sum(NOT changed), 0), "
        "coalesce(sum(stale), 0) FROM _upd"
    ).fetchone()
    stale_keys = tuple(
        (str(k1), str(k2))
        for k1, k2 in conn.execute(
            f"SELECT k1, k2 FROM _upd WHERE stale ORDER BY seq LIMIT {STALE_KEYS_LIMIT}"
        )
    )

    # updates: one statement, only rows that really change
    set_fields = [f for f in fields if not (logistics and f not in LOGISTICS_FIELDS)]
    sets = ", ".join(f"{_q(f)} = {merged[f]}" for f in set_fields)
    if logistics:
        sets += ", logistics_raw_json = i.raw_json, logistics_import_id = ?"
    else:
        sets += ", raw_json = i.raw_json, import_id = ?, source_sheet = i.sheet, source_row = i.row"
    key_match = " AND ".join(
        f"o.{_q(k)} = u.{col}" for k, col in zip(spec.keys, ("k1", "k2"), strict=False)
    )
    conn.execute(
        f"UPDATE {spec.table} AS o SET {sets} FROM _upd u JOIN _inc i ON i.seq = u.seq "
        f"WHERE o.platform = ? AND {key_match} AND u.changed AND NOT u.stale",
        (import_id, platform),
    )

    # new rows (never for logistics)
    new = 0
    if not logistics:
        key_cols = ", ".join(_q(k) for k in spec.keys)
        key_vals = ", ".join(("i.k1", "i.k2")[: len(spec.keys)])
        values = ", ".join(
            f"coalesce(i.{_q(f)}, '')" if info[f][1] else f"i.{_q(f)}" for f in fields
        )
        cur = conn.execute(
            f"INSERT INTO {spec.table}(platform, {key_cols}, {', '.join(_q(f) for f in fields)}, "
            f"raw_json, import_id, source_sheet, source_row) "
            f"SELECT ?, {key_vals}, {values}, coalesce(i.raw_json, '{{}}'), ?, "
            f"coalesce(i.sheet, ''), i.row FROM _inc i WHERE NOT EXISTS "
            f"(SELECT 1 FROM {spec.table} o WHERE {join}) ORDER BY i.seq",
            (platform, import_id, platform),
        )
        new = cur.rowcount
    return stale_keys, (new, int(updated), int(unchanged), int(stale))


def _q_o(field: str) -> str:
    return f"o.{_q(field)}"
