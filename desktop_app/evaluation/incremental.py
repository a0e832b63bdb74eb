"""Which stored orders a re-evaluation must judge again (schema v6).

A verdict depends on the as-of instant only through comparisons of the instant with the order's
own times (paid, promised, shipped, scanned …), its deadline and the pickup window after shipping
(`policies.deadlines`). Once the instant is past all of them, no later instant can change the
verdict: it is *final* (`is_final`), until the order's data or the run's other inputs change.

So a re-evaluation as of a later instant judges again only (`candidates`):
- the verdicts not final yet;
- the orders an import wrote or updated since the last run (`imports.id` above the run's
  `import_high`, also through a logistics sheet);
- the orders whose false-shipping flag the one cross-order rule now sets differently (a new or
  newly shipped order sharing their tracking number);
and everything when anything else may differ (`full_reason`): the seller's settings, affected
areas or products (the inputs fingerprint), the engine's code and parameter files or the
calendar overrides and windows in force at the instant (`context_key`), whether the platform's
data carry pickup scans, an earlier as-of instant, or stored verdicts that do not match the orders
one for one. `tests/evaluation/test_incremental.py` checks that this gives exactly what judging
every order gives.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import importlib.machinery
import json
import os
import pkgutil
import sqlite3
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from importlib import resources
from pathlib import Path
from types import CodeType
from typing import Any

from policies.params import ParameterSet
from policies.records import OrderRecord, Platform
from policies.rulebook import compared_times

Key = tuple[str, str, str]


# Per platform: the order times its rules compare with the as-of instant (from the catalogue's
# rule entries), read with one call per order.
_COMPARED = {p: compared_times(p.value) for p in Platform}


def is_final(
    order: OrderRecord,
    deadline: datetime | None,
    as_of: datetime,
    pickup: timedelta,
    after_deadline: timedelta = timedelta(0),
) -> bool:
    """True when every instant `as_of` is compared with, for this order, lies at or before
    `as_of`: the times its platform's rules compare (`compares` in the catalogue), its deadline
    (plus `after_deadline`, where a rule's amount still moves with lateness) and the pickup window
    after shipping."""
    latest: datetime | None = None if deadline is None else deadline + after_deadline
    for t in _COMPARED[order.platform](order):
        if t is not None and (latest is None or t > latest):
            latest = t
    shipped = order.shipped_at
    if shipped is not None and (latest is None or shipped + pickup > latest):
        latest = shipped + pickup
    return latest is None or latest <= as_of


@functools.cache
def engine_fingerprint() -> str:
    """sha256 of the engine's compiled code, default parameter files and official holiday data:
    verdicts computed by another build of the rules are judged again. (Compiled code, not
    source: a frozen app ships no sources; the bytecode of one build is the same on every run.
    Modules compiled to C by mypyc count with their extension file's bytes.)
    When they cannot be read, a value of this process alone: every re-evaluation then judges
    every order."""
    try:
        return _hash_engine()
    except Exception:  # never wrong, only slower
        return "unreadable-" + os.urandom(16).hex()


def _hash_engine() -> str:
    import policies

    h = hashlib.sha256()
    for info in sorted(pkgutil.walk_packages(policies.__path__, "policies."), key=lambda m: m.name):
        module = importlib.import_module(info.name)
        loader = getattr(module, "__loader__", None)
        get_code = getattr(loader, "get_code", None)
        code = get_code(info.name) if get_code is not None else None
        h.update(info.name.encode())
        if code is not None:
            _hash_code(h, code)
        elif isinstance(loader, importlib.machinery.ExtensionFileLoader):
            # The mypyc-compiled engine (build/compile_engine.py): the extension module's bytes.
            h.update(Path(loader.path).read_bytes())
    for name in sorted(n for n in sys.modules if n.endswith("__mypyc")):
        # mypyc's shared library, which holds the compiled code of all those modules.
        h.update(Path(sys.modules[name].__file__ or "").read_bytes())
    for package in ("policies.parameters", "policies.announcements"):
        for item in sorted(resources.files(package).iterdir(), key=lambda p: p.name):
            if item.name.endswith(".toml"):
                h.update(item.name.encode())
                h.update(item.read_bytes())
    # The official holiday data (chinesecalendar) the working-day rules count with.
    from policies import calendar

    for days in (calendar._HOLIDAYS, calendar._WORKDAYS):
        h.update(",".join(sorted(d.isoformat() for d in days)).encode())
    return h.hexdigest()


def _hash_code(h: Any, code: CodeType) -> None:
    """Feed `h` with what a code object does: its bytecode, names and constants, recursively
    (not marshal.dumps: its output depends on reference counts, which differ between processes
    that imported different modules)."""
    h.update(code.co_code)
    h.update(repr((code.co_names, code.co_varnames, code.co_freevars, code.co_cellvars)).encode())
    for const in code.co_consts:
        if isinstance(const, CodeType):
            _hash_code(h, const)
        else:
            h.update(_canonical(const).encode())


def _canonical(value: object) -> str:
    """repr with sets sorted (a set's order depends on the process's string hash seed)."""
    if isinstance(value, frozenset | set):
        return "{" + ", ".join(sorted(_canonical(v) for v in value)) + "}"
    if isinstance(value, tuple):
        return "(" + ", ".join(_canonical(v) for v in value) + ")"
    return repr(value)


def context_key(params: ParameterSet, as_of: datetime) -> str:
    """What the verdicts depend on besides the orders, the inputs fingerprint and which
    platforms carry pickup scans: the engine build and the values resolved at the as-of instant
    (calendar overrides, warning and pickup windows; see `policies.context.EvalContext.create`)."""
    values: list[object] = [engine_fingerprint()]
    for key in (
        "common.calendar.extra_holidays",
        "common.calendar.extra_workdays",
        "common.core.warning_hours",
        "common.core.pickup_anomaly_hours",
    ):
        value = params.value(key, as_of)
        if isinstance(value, tuple):
            values.append(sorted(v.isoformat() if isinstance(v, date) else str(v) for v in value))
        else:
            values.append(str(value))
    return json.dumps(values, ensure_ascii=False)


@dataclass(frozen=True, slots=True)
class Run:
    """A platform's latest evaluation as recorded in `verdict_runs`."""

    as_of: datetime
    fingerprint: str
    pickup_data: bool
    import_high: int
    context_key: str


def runs(conn: sqlite3.Connection) -> dict[str, Run]:
    """platform → its latest evaluation."""
    return {
        str(p): Run(datetime.fromisoformat(str(a)), str(f), bool(d), int(h), str(k))
        for p, a, f, d, h, k in conn.execute(
            "SELECT platform, as_of, inputs_fingerprint, pickup_data, import_high, context_key "
            "FROM verdict_runs"
        )
    }


def import_high(conn: sqlite3.Connection) -> int:
    """The newest import's id (0 when none): recorded with a run."""
    return int(conn.execute("SELECT IFNULL(MAX(id), 0) FROM imports").fetchone()[0])


def full_reason(
    previous: dict[str, Run],
    platforms: list[str],
    as_of: datetime,
    fingerprint: str,
    key: str,
    pickup: frozenset[str] | None,
) -> str:
    """Why every order of `platforms` must be judged again ('' when only the candidates)."""
    for p in platforms:
        run = previous.get(p)
        if run is None:
            return f"{p}: never evaluated"
        if run.import_high < 0 or not run.context_key:
            return f"{p}: evaluated before schema v6"
        if as_of < run.as_of:
            return f"{p}: as of an earlier instant"
        if run.fingerprint != fingerprint:
            return "settings, affected areas or products changed"
        if run.context_key != key:
            return "engine, calendar or windows changed"
        if run.pickup_data != (pickup is None or p in pickup):
            return f"{p}: pickup scans appeared or disappeared"
    return ""


def _range(platform: str | None) -> tuple[str, list[str]]:
    """A key-range condition for one platform's rows ('' for all)."""
    if not platform:
        return "", []
    return (
        " AND (platform, order_id, sub_order_id) >= (?, '', '')"
        " AND (platform, order_id, sub_order_id) < (?, '', '')",
        [platform, platform + "\0"],
    )


def candidates(
    conn: sqlite3.Connection,
    platform: str | None,
    since_import: int,
    flagged: frozenset[tuple[str, str, str]],
) -> list[Key] | None:
    """The keys to judge again, in key order — or None when the stored verdicts do not match
    the stored orders one for one (then every order is judged). `flagged` are the keys the
    false-shipping pass flags as of the new instant."""
    where, args = _range(platform)
    keys: set[Key] = set()
    keys.update(
        conn.execute(
            f"SELECT platform, order_id, sub_order_id FROM verdict_rows INDEXED BY verdicts_open "
            f"WHERE final = 0{where}",
            args,
        )
    )
    changed = list(
        conn.execute(
            "SELECT platform, order_id, sub_order_id FROM orders INDEXED BY orders_changed "
            f"WHERE MAX(import_id, IFNULL(logistics_import_id, 0)) > ?{where}",
            [since_import, *args],
        )
    )
    keys.update(changed)
    # The verdicts must be those of the stored orders: every order not changed since has one.
    unjudged = sum(
        1
        for key in changed
        if conn.execute(
            "SELECT 1 FROM verdict_rows WHERE platform = ? AND order_id = ? AND sub_order_id = ?",
            key,
        ).fetchone()
        is None
    )
    orders = conn.execute(f"SELECT COUNT(*) FROM orders WHERE 1{where}", args).fetchone()[0]
    verdicts = conn.execute(f"SELECT COUNT(*) FROM verdict_rows WHERE 1{where}", args).fetchone()[0]
    if verdicts + unjudged != orders:
        return None
    was_flagged = set(
        conn.execute(
            "SELECT platform, order_id, sub_order_id FROM verdict_rows "
            f"WHERE flags_json LIKE '%\"false_shipping\"%'{where}",
            args,
        )
    )
    now_flagged = {(str(p), o, s) for p, o, s in flagged if not platform or p == platform}
    keys.update(was_flagged ^ now_flagged)
    return sorted(keys)


def iter_orders_by_keys(
    conn: sqlite3.Connection, keys: list[Key], size: int, addresses: bool
) -> Iterator[list[OrderRecord]]:
    """The stored orders `keys` (in key order), `size` at a time, with what the rules read (as
    `load.iter_rule_chunks`)."""
    from desktop_app.evaluation.load import (
        _ADDRESS_COLUMNS,
        RULE_COLUMNS,
        plain_rule_order_from_row,
    )

    cols = RULE_COLUMNS[1:] + _ADDRESS_COLUMNS if addresses else RULE_COLUMNS[1:]
    sql = (
        f"SELECT {', '.join(cols)} FROM orders "
        "WHERE platform = ? AND order_id = ? AND sub_order_id = ?"
    )
    platforms = {p.value: p for p in Platform}
    for start in range(0, len(keys), size):
        chunk: list[OrderRecord] = []
        for key in keys[start : start + size]:
            row = conn.execute(sql, key).fetchone()
            if row is not None:
                chunk.append(plain_rule_order_from_row(platforms[key[0]], row))
        if chunk:
            yield chunk
