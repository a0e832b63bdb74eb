"""The database schema, version by version. Migration N turns a version N-1 database into version N.

This is the contract every layer reads: import writes `orders`/`products`/`imports`,
the evaluator writes `verdicts`, the GUI and reports read them.

Conventions (all tables):
- times are TEXT in one canonical form, ``YYYY-MM-DD HH:MM:SS``, China time (UTC+8);
  dates ``YYYY-MM-DD``;
- money is INTEGER fen (分, 1/100 yuan), exact; NULL = not given;
- ids are TEXT exactly as exported; ``sub_order_id`` is '' (never NULL) where the platform has none;
- ``orders.raw_json`` holds the exported row's cells: since v7 a JSON array of cell texts in
  column order, whose headers are stored once per imported sheet in `import_raw_keys` (found by
  the row's own ``import_id`` and ``source_sheet``); rows written before are a JSON object
  {header: cell text}. Read both with `desktop_app.store.rawcells`. ``products.raw_json`` and
  ``orders.logistics_raw_json`` are the object form.
"""

from __future__ import annotations

APPLICATION_ID = 0x53484B43  # "SHKC": marks a file as a ShipCheck database

# The columns of `orders` that hold a time, in table order.
ORDER_TIME_FIELDS: tuple[str, ...] = (
    "created_at",
    "paid_at",
    "promised_ship_at",
    "shipped_at",
    "picked_up_at",
    "online_at",
    "warehouse_at",
    "completed_at",
)
# Every imported field that holds a time: the orders' and a product's listing time.
TIME_FIELDS: frozenset[str] = frozenset((*ORDER_TIME_FIELDS, "listed_at"))

# Columns of `orders` that hold typed values from an export, in table order. The importer produces
# values in exactly this order (see desktop_app.importing.model.ORDER_FIELDS).
ORDER_FIELDS: tuple[str, ...] = (
    "shop",
    "status_text",
    "after_sale_status",
    "order_type",
    "product_id",
    "product_name",
    "sku",
    "quantity",
    "paid_amount_fen",
    *ORDER_TIME_FIELDS,
    "cancel_reason",
    "fulfilment_mode",
    "carrier",
    "tracking_no",
    "receiver_name",
    "receiver_phone",
    "receiver_province",
    "receiver_city",
    "receiver_district",
    "receiver_address",
    "ship_from_address",
    "warehouse_name",
    "buyer_note",
    "seller_note",
)

# The fields a "logistics" sheet may update on an existing order (it never creates orders).
LOGISTICS_FIELDS: tuple[str, ...] = (
    "shipped_at",
    "picked_up_at",
    "online_at",
    "warehouse_at",
    "fulfilment_mode",
    "carrier",
    "tracking_no",
)

PRODUCT_FIELDS: tuple[str, ...] = (
    "name",
    "listed_at",
    "last_month_sales",
    "promise_hours",
    "uses_freight_template",
    "ship_from_address",
    "fulfilment_mode",
)

_V1 = """
CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL,
    file_path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    file_format TEXT NOT NULL,          -- xlsx | csv | html | xls
    platform TEXT NOT NULL,
    kind TEXT NOT NULL,                 -- orders | products | logistics
    shop TEXT NOT NULL DEFAULT '',
    sheets_json TEXT NOT NULL,  -- [{"name", "header_row", "rows", "mapping": {field: header}}]
    rows_new INTEGER NOT NULL DEFAULT 0,
    rows_updated INTEGER NOT NULL DEFAULT 0,
    rows_unchanged INTEGER NOT NULL DEFAULT 0,
    rows_rejected INTEGER NOT NULL DEFAULT 0,
    rows_stale INTEGER NOT NULL DEFAULT 0,   -- older than what is stored: kept out, not reverted
    rows_duplicate INTEGER NOT NULL DEFAULT 0,  -- identical repeats within the file, stored once
    rows_total INTEGER NOT NULL DEFAULT 0,   -- data rows read
    imported_at TEXT NOT NULL
);

CREATE TABLE orders (
    platform TEXT NOT NULL,
    order_id TEXT NOT NULL,
    sub_order_id TEXT NOT NULL DEFAULT '',
    shop TEXT NOT NULL DEFAULT '',
    status_text TEXT NOT NULL DEFAULT '',
    after_sale_status TEXT NOT NULL DEFAULT '',
    order_type TEXT NOT NULL DEFAULT '',
    product_id TEXT NOT NULL DEFAULT '',
    product_name TEXT NOT NULL DEFAULT '',
    sku TEXT NOT NULL DEFAULT '',
    quantity INTEGER,
    paid_amount_fen INTEGER,
    created_at TEXT,
    paid_at TEXT,
    promised_ship_at TEXT,
    shipped_at TEXT,
    picked_up_at TEXT,
    online_at TEXT,
    warehouse_at TEXT,
    completed_at TEXT,
    cancel_reason TEXT NOT NULL DEFAULT '',
    fulfilment_mode TEXT NOT NULL DEFAULT '',
    carrier TEXT NOT NULL DEFAULT '',
    tracking_no TEXT NOT NULL DEFAULT '',
    receiver_name TEXT NOT NULL DEFAULT '',
    receiver_phone TEXT NOT NULL DEFAULT '',
    receiver_province TEXT NOT NULL DEFAULT '',
    receiver_city TEXT NOT NULL DEFAULT '',
    receiver_district TEXT NOT NULL DEFAULT '',
    receiver_address TEXT NOT NULL DEFAULT '',
    ship_from_address TEXT NOT NULL DEFAULT '',
    warehouse_name TEXT NOT NULL DEFAULT '',
    buyer_note TEXT NOT NULL DEFAULT '',
    seller_note TEXT NOT NULL DEFAULT '',
    raw_json TEXT NOT NULL,
    import_id INTEGER NOT NULL REFERENCES imports(id),
    source_sheet TEXT NOT NULL DEFAULT '',
    source_row INTEGER NOT NULL,
    -- the latest logistics-sheet row that updated this order ('' / NULL = none)
    logistics_raw_json TEXT NOT NULL DEFAULT '',
    logistics_import_id INTEGER REFERENCES imports(id),
    PRIMARY KEY (platform, order_id, sub_order_id)
) WITHOUT ROWID;

CREATE INDEX orders_tracking ON orders(tracking_no) WHERE tracking_no <> '';
CREATE INDEX orders_paid ON orders(platform, paid_at);

CREATE TABLE products (
    platform TEXT NOT NULL,
    product_id TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    listed_at TEXT,
    last_month_sales INTEGER,
    promise_hours INTEGER,
    uses_freight_template INTEGER,      -- 1 yes, 0 no, NULL unknown
    ship_from_address TEXT NOT NULL DEFAULT '',
    fulfilment_mode TEXT NOT NULL DEFAULT '',
    raw_json TEXT NOT NULL,
    import_id INTEGER REFERENCES imports(id),
    source_sheet TEXT NOT NULL DEFAULT '',
    source_row INTEGER,
    PRIMARY KEY (platform, product_id)
) WITHOUT ROWID;

CREATE TABLE affected_areas (
    id INTEGER PRIMARY KEY,
    region TEXT NOT NULL,               -- as entered
    province TEXT NOT NULL DEFAULT '',  -- resolved names; '' = any
    city TEXT NOT NULL DEFAULT '',
    district TEXT NOT NULL DEFAULT '',
    start_date TEXT NOT NULL,
    end_date TEXT,                      -- NULL = open
    note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value_json TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Latest evaluation of each order. Written by desktop_app.evaluation, read by the GUI and reports.
CREATE TABLE verdicts (
    platform TEXT NOT NULL,
    order_id TEXT NOT NULL,
    sub_order_id TEXT NOT NULL DEFAULT '',
    as_of TEXT NOT NULL,
    status TEXT NOT NULL,               -- policies.records.Status values
    deadline TEXT,
    deadline_basis TEXT NOT NULL DEFAULT '',
    rules_json TEXT NOT NULL,           -- ["K1", "K2"]
    reasons_json TEXT NOT NULL,         -- ["…"] Chinese
    reasons_en_json TEXT NOT NULL,
    flags_json TEXT NOT NULL,           -- ["false_shipping"]
    compensation_fen INTEGER,           -- NULL = unknown (amount not set); 0 = none
    appeal_candidate INTEGER NOT NULL DEFAULT 0,
    appeal_reason TEXT NOT NULL DEFAULT '',
    trace_json TEXT NOT NULL,           -- [{rule, clause, text, text_en, parameter, value, source}]
    urgency INTEGER NOT NULL DEFAULT 0, -- sort key: lower = more urgent
    PRIMARY KEY (platform, order_id, sub_order_id)
) WITHOUT ROWID;

CREATE INDEX verdicts_status ON verdicts(platform, status);
CREATE INDEX verdicts_urgency ON verdicts(urgency, deadline);

-- What the seller adds by hand: appeal marks, notes, evidence files.
CREATE TABLE order_notes (
    platform TEXT NOT NULL,
    order_id TEXT NOT NULL,
    sub_order_id TEXT NOT NULL DEFAULT '',
    appeal_mark INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    PRIMARY KEY (platform, order_id, sub_order_id)
) WITHOUT ROWID;

CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    platform TEXT NOT NULL,
    order_id TEXT NOT NULL,             -- '' for a period-wide attachment (a notice)
    sub_order_id TEXT NOT NULL DEFAULT '',
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    content BLOB NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL
);
CREATE INDEX attachments_order ON attachments(platform, order_id, sub_order_id);

-- Column-mapping profiles the seller saved in the import preview.
CREATE TABLE mapping_profiles (
    platform TEXT NOT NULL,
    header_signature TEXT NOT NULL,     -- sha256 of the normalised header row
    mapping_json TEXT NOT NULL,         -- {canonical field: header}
    updated_at TEXT NOT NULL,
    PRIMARY KEY (platform, header_signature)
);
"""

# v2: an explanation trace repeats across many orders, so traces are stored once in
# `verdict_traces` and verdict rows point at them. The rows live in `verdict_rows`; `verdicts` is
# a VIEW with exactly the v1 columns (in v1 order), so every reader's SQL is unchanged, and
# INSTEAD OF triggers keep INSERT / UPDATE / DELETE on `verdicts` working (the evaluator itself
# writes `verdict_rows` directly). Indexes are created on `verdict_rows` (a view cannot be
# indexed); `gui_verdicts_urgency` serves the urgency sort.
_V2 = """
CREATE TABLE verdict_traces (
    id INTEGER PRIMARY KEY,
    trace_json TEXT NOT NULL UNIQUE  -- [{rule, clause, text, text_en, parameter, value, source}]
);

CREATE TABLE verdict_rows (
    platform TEXT NOT NULL,
    order_id TEXT NOT NULL,
    sub_order_id TEXT NOT NULL DEFAULT '',
    as_of TEXT NOT NULL,
    status TEXT NOT NULL,
    deadline TEXT,
    deadline_basis TEXT NOT NULL DEFAULT '',
    rules_json TEXT NOT NULL,
    reasons_json TEXT NOT NULL,
    reasons_en_json TEXT NOT NULL,
    flags_json TEXT NOT NULL,
    compensation_fen INTEGER,
    appeal_candidate INTEGER NOT NULL DEFAULT 0,
    appeal_reason TEXT NOT NULL DEFAULT '',
    trace_id INTEGER NOT NULL,          -- verdict_traces.id (no FOREIGN KEY: it would turn the
                                        -- evaluator's DELETE of all rows into a row-by-row one)
    urgency INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (platform, order_id, sub_order_id)
) WITHOUT ROWID;

INSERT INTO verdict_traces (trace_json) SELECT DISTINCT trace_json FROM verdicts ORDER BY 1;

INSERT INTO verdict_rows (platform, order_id, sub_order_id, as_of, status, deadline,
    deadline_basis, rules_json, reasons_json, reasons_en_json, flags_json, compensation_fen,
    appeal_candidate, appeal_reason, trace_id, urgency)
SELECT v.platform, v.order_id, v.sub_order_id, v.as_of, v.status, v.deadline, v.deadline_basis,
    v.rules_json, v.reasons_json, v.reasons_en_json, v.flags_json, v.compensation_fen,
    v.appeal_candidate, v.appeal_reason, t.id, v.urgency
FROM verdicts v JOIN verdict_traces t ON t.trace_json = v.trace_json;

DROP TABLE verdicts;

CREATE INDEX verdicts_status ON verdict_rows(platform, status);
-- The GUI order table's sort indexes (desktop_app.gui.order_query), on the base table.
CREATE INDEX gui_verdicts_urgency ON verdict_rows(urgency, IFNULL(deadline, '~'));
CREATE INDEX gui_verdicts_status_urgency ON verdict_rows(status, urgency, IFNULL(deadline, '~'));
CREATE INDEX gui_verdicts_deadline ON verdict_rows(IFNULL(deadline, '~'));
CREATE INDEX gui_verdicts_money ON verdict_rows(IFNULL(compensation_fen, -1));

-- Same columns, same order as v1's table. trace_json is looked up only when a query selects it.
CREATE VIEW verdicts AS
SELECT r.platform, r.order_id, r.sub_order_id, r.as_of, r.status, r.deadline, r.deadline_basis,
    r.rules_json, r.reasons_json, r.reasons_en_json, r.flags_json, r.compensation_fen,
    r.appeal_candidate, r.appeal_reason,
    (SELECT t.trace_json FROM verdict_traces t WHERE t.id = r.trace_id) AS trace_json,
    r.urgency
FROM verdict_rows r;

CREATE TRIGGER verdicts_insert INSTEAD OF INSERT ON verdicts
BEGIN
    INSERT INTO verdict_traces (trace_json)
    SELECT COALESCE(NEW.trace_json, '[]') WHERE NOT EXISTS
        (SELECT 1 FROM verdict_traces WHERE trace_json = COALESCE(NEW.trace_json, '[]'));
    INSERT INTO verdict_rows (platform, order_id, sub_order_id, as_of, status, deadline,
        deadline_basis, rules_json, reasons_json, reasons_en_json, flags_json, compensation_fen,
        appeal_candidate, appeal_reason, trace_id, urgency)
    VALUES (NEW.platform, NEW.order_id, COALESCE(NEW.sub_order_id, ''), NEW.as_of, NEW.status,
        NEW.deadline, COALESCE(NEW.deadline_basis, ''), NEW.rules_json, NEW.reasons_json,
        NEW.reasons_en_json, NEW.flags_json, NEW.compensation_fen,
        COALESCE(NEW.appeal_candidate, 0), COALESCE(NEW.appeal_reason, ''),
        (SELECT id FROM verdict_traces WHERE trace_json = COALESCE(NEW.trace_json, '[]')),
        COALESCE(NEW.urgency, 0));
END;

CREATE TRIGGER verdicts_update INSTEAD OF UPDATE ON verdicts
BEGIN
    INSERT INTO verdict_traces (trace_json)
    SELECT NEW.trace_json WHERE NOT EXISTS
        (SELECT 1 FROM verdict_traces WHERE trace_json = NEW.trace_json);
    UPDATE verdict_rows SET platform = NEW.platform, order_id = NEW.order_id,
        sub_order_id = NEW.sub_order_id, as_of = NEW.as_of, status = NEW.status,
        deadline = NEW.deadline, deadline_basis = NEW.deadline_basis,
        rules_json = NEW.rules_json, reasons_json = NEW.reasons_json,
        reasons_en_json = NEW.reasons_en_json, flags_json = NEW.flags_json,
        compensation_fen = NEW.compensation_fen, appeal_candidate = NEW.appeal_candidate,
        appeal_reason = NEW.appeal_reason,
        trace_id = (SELECT id FROM verdict_traces WHERE trace_json = NEW.trace_json),
        urgency = NEW.urgency
    WHERE platform = OLD.platform AND order_id = OLD.order_id
        AND sub_order_id = OLD.sub_order_id;
END;

CREATE TRIGGER verdicts_delete INSTEAD OF DELETE ON verdicts
BEGIN
    DELETE FROM verdict_rows WHERE platform = OLD.platform AND order_id = OLD.order_id
        AND sub_order_id = OLD.sub_order_id;
END;
"""

# v3: explanations on demand, unchanged verdicts left alone. The evaluator computes verdicts
# without their trace and writes only the rows that changed; an order's trace is made on demand by
# the same rule code (desktop_app.evaluation.explain). One row per evaluated platform records the
# as-of instant (the view takes `as_of` from here, so unchanged rows need no rewrite), a
# fingerprint of what the verdicts were computed from (settings, affected areas, products — an
# explanation says when they changed since) and whether the platform's orders carried pickup
# scans. The view and its triggers are re-created (dropping a view drops them).
_V3 = """
CREATE TABLE verdict_runs (
    platform TEXT PRIMARY KEY,
    as_of TEXT NOT NULL,
    evaluated_at TEXT NOT NULL,          -- China time
    inputs_fingerprint TEXT NOT NULL,    -- sha256 of settings, affected areas, products
    pickup_data INTEGER NOT NULL DEFAULT 1
) WITHOUT ROWID;

DROP VIEW verdicts;

-- Same columns, same order as v1's table. as_of is the platform's latest evaluation (its
-- `verdict_runs` row) — the evaluator leaves unchanged rows alone — else the row's own. trace_json
-- is '[]' for rows the evaluator wrote since v3 (trace_id 0): their trace is made on demand.
CREATE VIEW verdicts AS
SELECT r.platform, r.order_id, r.sub_order_id,
    COALESCE((SELECT u.as_of FROM verdict_runs u WHERE u.platform = r.platform), r.as_of) AS as_of,
    r.status, r.deadline, r.deadline_basis,
    r.rules_json, r.reasons_json, r.reasons_en_json, r.flags_json, r.compensation_fen,
    r.appeal_candidate, r.appeal_reason,
    COALESCE((SELECT t.trace_json FROM verdict_traces t WHERE t.id = r.trace_id), '[]')
        AS trace_json,
    r.urgency
FROM verdict_rows r;

CREATE TRIGGER verdicts_insert INSTEAD OF INSERT ON verdicts
BEGIN
    INSERT INTO verdict_traces (trace_json)
    SELECT COALESCE(NEW.trace_json, '[]') WHERE NOT EXISTS
        (SELECT 1 FROM verdict_traces WHERE trace_json = COALESCE(NEW.trace_json, '[]'));
    INSERT INTO verdict_rows (platform, order_id, sub_order_id, as_of, status, deadline,
        deadline_basis, rules_json, reasons_json, reasons_en_json, flags_json, compensation_fen,
        appeal_candidate, appeal_reason, trace_id, urgency)
    VALUES (NEW.platform, NEW.order_id, COALESCE(NEW.sub_order_id, ''), NEW.as_of, NEW.status,
        NEW.deadline, COALESCE(NEW.deadline_basis, ''), NEW.rules_json, NEW.reasons_json,
        NEW.reasons_en_json, NEW.flags_json, NEW.compensation_fen,
        COALESCE(NEW.appeal_candidate, 0), COALESCE(NEW.appeal_reason, ''),
        (SELECT id FROM verdict_traces WHERE trace_json = COALESCE(NEW.trace_json, '[]')),
        COALESCE(NEW.urgency, 0));
END;

CREATE TRIGGER verdicts_update INSTEAD OF UPDATE ON verdicts
BEGIN
    INSERT INTO verdict_traces (trace_json)
    SELECT NEW.trace_json WHERE NOT EXISTS
        (SELECT 1 FROM verdict_traces WHERE trace_json = NEW.trace_json);
    UPDATE verdict_rows SET platform = NEW.platform, order_id = NEW.order_id,
        sub_order_id = NEW.sub_order_id, as_of = NEW.as_of, status = NEW.status,
        deadline = NEW.deadline, deadline_basis = NEW.deadline_basis,
        rules_json = NEW.rules_json, reasons_json = NEW.reasons_json,
        reasons_en_json = NEW.reasons_en_json, flags_json = NEW.flags_json,
        compensation_fen = NEW.compensation_fen, appeal_candidate = NEW.appeal_candidate,
        appeal_reason = NEW.appeal_reason,
        trace_id = (SELECT id FROM verdict_traces WHERE trace_json = NEW.trace_json),
        urgency = NEW.urgency
    WHERE platform = OLD.platform AND order_id = OLD.order_id
        AND sub_order_id = OLD.sub_order_id;
END;

CREATE TRIGGER verdicts_delete INSTEAD OF DELETE ON verdicts
BEGIN
    DELETE FROM verdict_rows WHERE platform = OLD.platform AND order_id = OLD.order_id
        AND sub_order_id = OLD.sub_order_id;
END;
"""


# v4: every index the order table's sorts, filters, chip counts and id search rely on belongs to
# the schema, so it is kept up where the data is written (each import and evaluation; the
# evaluator drops and re-creates the verdict ones around a big run) — never built when the window
# opens.
#
# The GUI pages with keyset queries that first find a page's keys from an index alone, then read
# those rows. So each sort index *covers* what the key search reads: SQLite does not treat
# `IFNULL(paid_at, '')` in an index as providing `paid_at`, so the raw column is appended (after
# the primary key, keeping the sort order), and the verdict indexes carry `status` for the status
# chips. Expressions must match `desktop_app.gui.order_query.SORT_KEYS`. Statistics left by an
# older GUI's ANALYZE are dropped: the GUI's queries are planned the same way without them
# (`tests/gui/test_order_query_plans.py`).
_V4 = """
DROP INDEX IF EXISTS gui_verdicts_urgency;
DROP INDEX IF EXISTS gui_verdicts_status_urgency;
DROP INDEX IF EXISTS gui_verdicts_deadline;
DROP INDEX IF EXISTS gui_verdicts_money;
DROP INDEX IF EXISTS gui_verdicts_p_urgency;
DROP INDEX IF EXISTS gui_verdicts_p_deadline;
DROP INDEX IF EXISTS gui_verdicts_p_money;
DROP INDEX IF EXISTS gui_verdicts_s_deadline;
DROP INDEX IF EXISTS gui_verdicts_s_money;
DROP INDEX IF EXISTS gui_orders_paid;
DROP INDEX IF EXISTS gui_orders_shipped;
DROP INDEX IF EXISTS gui_orders_p_paid;
DROP INDEX IF EXISTS gui_orders_p_shipped;
DROP INDEX IF EXISTS gui_verdicts_key;
DROP TABLE IF EXISTS sqlite_stat1;

-- Verdict sorts (urgency = the status column, deadline/countdown, compensation), also behind a
-- platform or a status chip.
CREATE INDEX gui_verdicts_urgency ON verdict_rows(urgency, IFNULL(deadline, '~'),
    platform, order_id, sub_order_id, deadline, status);
CREATE INDEX gui_verdicts_deadline ON verdict_rows(IFNULL(deadline, '~'),
    platform, order_id, sub_order_id, deadline, status);
CREATE INDEX gui_verdicts_money ON verdict_rows(IFNULL(compensation_fen, -1),
    platform, order_id, sub_order_id, compensation_fen, status);
CREATE INDEX gui_verdicts_p_urgency ON verdict_rows(platform, urgency, IFNULL(deadline, '~'),
    order_id, sub_order_id, deadline, status);
CREATE INDEX gui_verdicts_p_deadline ON verdict_rows(platform, IFNULL(deadline, '~'),
    order_id, sub_order_id, deadline, status);
CREATE INDEX gui_verdicts_p_money ON verdict_rows(platform, IFNULL(compensation_fen, -1),
    order_id, sub_order_id, compensation_fen, status);
CREATE INDEX gui_verdicts_status_urgency ON verdict_rows(status, urgency, IFNULL(deadline, '~'),
    platform, order_id, sub_order_id, deadline);
CREATE INDEX gui_verdicts_s_deadline ON verdict_rows(status, IFNULL(deadline, '~'),
    platform, order_id, sub_order_id, deadline);
CREATE INDEX gui_verdicts_s_money ON verdict_rows(status, IFNULL(compensation_fen, -1),
    platform, order_id, sub_order_id, compensation_fen);
-- A status chip behind an order sort (paid time …): the order index is read in order and each
-- order's verdict status looked up here — ~40 bytes an entry instead of the ~1 KB verdict row.
CREATE INDEX gui_verdicts_key ON verdict_rows(platform, order_id, sub_order_id, status);
-- The 虚假发货嫌疑 chip and its count: only the flagged verdicts are in this index.
CREATE INDEX IF NOT EXISTS gui_verdicts_false_shipping ON verdict_rows(platform, status)
    WHERE flags_json LIKE '%"false_shipping"%';
-- Order sorts (paid, shipped, product, order id), also behind a platform; the shop list and shop
-- filter; the id search (by prefix).
CREATE INDEX gui_orders_paid ON orders(IFNULL(paid_at, ''), platform, order_id, sub_order_id,
    paid_at);
CREATE INDEX gui_orders_shipped ON orders(IFNULL(shipped_at, ''), platform, order_id,
    sub_order_id, shipped_at);
CREATE INDEX gui_orders_p_paid ON orders(platform, IFNULL(paid_at, ''), order_id, sub_order_id,
    paid_at);
CREATE INDEX gui_orders_p_shipped ON orders(platform, IFNULL(shipped_at, ''), order_id,
    sub_order_id, shipped_at);
CREATE INDEX IF NOT EXISTS gui_orders_product ON orders(product_name);
CREATE INDEX IF NOT EXISTS gui_orders_p_product ON orders(platform, product_name);
CREATE INDEX IF NOT EXISTS gui_orders_shop ON orders(shop);
CREATE INDEX IF NOT EXISTS gui_orders_order_id ON orders(order_id);
CREATE INDEX IF NOT EXISTS gui_orders_sub_order_id ON orders(sub_order_id);
"""

# v5: a status chip matching many orders, sorted by paid or shipped time (the 待发 chip oldest
# first: its orders sit at the far end of the paid-time order), is found through the verdicts'
# status index and each match's time looked up by key in this narrow index rather than in the
# wide order rows (the GUI names it with INDEXED BY: SQLite prefers the primary key for an
# equality on all of it), up to `gui.order_query.SELECTIVE_ROWS_BY_TIME` matches.
_V5 = """
CREATE INDEX IF NOT EXISTS gui_orders_key_times ON orders(platform, order_id, sub_order_id,
    paid_at, shipped_at);
"""

# v6: a re-evaluation judges again only the orders whose verdict may have changed
# (desktop_app.evaluation.incremental). A verdict is `final` when no later as-of instant can change
# it (every time it compares with the as-of instant lies before it); the run records the newest
# import it has seen (orders written by a later import, or updated by a later logistics sheet, are
# judged again) and a key of what else verdicts depend on (the engine's code and parameter files,
# the calendar overrides, warning and pickup windows at the as-of instant). Both default to
# "unknown": the first re-evaluation after the upgrade judges every order. The evaluator stores
# each verdict's decision only: `deadline_basis`/`appeal_reason` are '' and
# `reasons_json`/`reasons_en_json` '[]' (texts made on demand by desktop_app.evaluation.explain);
# older rows may hold them.
_V6 = """
ALTER TABLE verdict_rows ADD COLUMN final INTEGER NOT NULL DEFAULT 0;
ALTER TABLE verdict_runs ADD COLUMN import_high INTEGER NOT NULL DEFAULT -1;
ALTER TABLE verdict_runs ADD COLUMN context_key TEXT NOT NULL DEFAULT '';
-- The verdicts a later as-of instant may change (a few days' orders, whatever the database size).
CREATE INDEX verdicts_open ON verdict_rows(platform, order_id, sub_order_id) WHERE final = 0;
-- Orders written or updated by an import after a given one.
CREATE INDEX orders_changed ON orders(MAX(import_id, IFNULL(logistics_import_id, 0)));
"""

# v7: an order's raw cells are a JSON array of the cell texts (`orders.raw_json`), with the headers
# stored once per imported sheet here instead of repeated on every row. An update by a later
# import rewrites a row's raw_json, import_id and source_sheet together, so a row always finds its
# own sheet's headers. Older rows stay objects (never rewritten); `desktop_app.store.rawcells`
# reads both forms.
_V7 = """
CREATE TABLE import_raw_keys (
    import_id INTEGER NOT NULL REFERENCES imports(id),
    sheet TEXT NOT NULL,                -- orders.source_sheet ('' for CSV)
    keys_json TEXT NOT NULL,            -- ["header", …]: the names of the raw_json array's cells
    PRIMARY KEY (import_id, sheet)
) WITHOUT ROWID;
"""

# v8: one index per sort key. The platform- and status-prefixed copies of the sort indexes are
# dropped: each cost index builds on every evaluation and import and much space. The GUI serves a
# platform filter or a status chip matching many orders from the sort's global index, read in
# order skipping rows that do not match (`+v.platform`, `+v.status`, `+o.platform` in
# `desktop_app.gui.order_query`), and finds the rows of one matching few through `verdicts_status`
# (platform, status) — or the primary key, or `gui_orders_key_times` for a platform behind an
# order sort — and sorts them. `gui_verdicts_key` stays: a status chip behind an order sort looks
# each order's status up there, faster than in the rows. Dropping frees the pages inside the file
# (reused by later writes; VACUUM gives them back).
_V8 = """
DROP INDEX IF EXISTS gui_verdicts_p_urgency;
DROP INDEX IF EXISTS gui_verdicts_p_deadline;
DROP INDEX IF EXISTS gui_verdicts_p_money;
DROP INDEX IF EXISTS gui_verdicts_status_urgency;
DROP INDEX IF EXISTS gui_verdicts_s_deadline;
DROP INDEX IF EXISTS gui_verdicts_s_money;
DROP INDEX IF EXISTS gui_orders_p_paid;
DROP INDEX IF EXISTS gui_orders_p_shipped;
DROP INDEX IF EXISTS gui_orders_p_product;
"""

# v9: `gui_orders_key_times` also holds the columns a text search and the shop filter read (shop,
# tracking number, receiver name, product name), so they are checked in this narrow index instead
# of in the wide order rows. A search matching few orders (a 2-character name such as 张三 — too
# short for an FTS5 trigram index) is answered by reading this index whole and sorting the
# matches, instead of looking up each order's row in the order of the sort. Widening the index
# rather than adding one keeps one index to maintain per written order.
_V9 = """
DROP INDEX IF EXISTS gui_orders_key_times;
CREATE INDEX gui_orders_key_times ON orders(platform, order_id, sub_order_id, paid_at, shipped_at,
    shop, tracking_no, receiver_name, product_name);
"""

# v10 (rule updates a seller installs offline): `rule_packs` — one row per installed, verified rule
# pack, with the file's text as read (so it can be checked again) and the parameter-file stems it
# touches (`platforms`, comma-separated: which platforms' verdicts it can change). For one pack id
# the row with the newest pack date is in force; undoing an install deletes its row.
_V10 = """
CREATE TABLE rule_packs (
    id           INTEGER PRIMARY KEY,
    pack_id      TEXT NOT NULL,
    pack_date    TEXT NOT NULL,
    title        TEXT NOT NULL,
    title_en     TEXT NOT NULL,
    key_id       TEXT NOT NULL,
    sha256       TEXT NOT NULL UNIQUE,
    platforms    TEXT NOT NULL,
    file_name    TEXT NOT NULL,
    installed_at TEXT NOT NULL,
    pack_text    TEXT NOT NULL
);
"""

# MIGRATIONS[i] brings a database at version i to version i + 1.
MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3, _V4, _V5, _V6, _V7, _V8, _V9, _V10)
SCHEMA_VERSION = len(MIGRATIONS)
