"""Parameters as data: load, validate and resolve the dated values in
``policies/parameters/*.toml``.

In the spirit of OpenFisca, every threshold, window and amount the rules use lives in a TOML file
(one per platform plus ``common.toml``), never as a literal in rule code. A parameter looks like::

    [k2.compensation_rate]
    rule = "K2"
    unit = "ratio"
    label = "延迟发货赔付比例（实付款的百分比）"
    label_en = "Delayed-shipping compensation as a share of the paid amount"
    [k2.compensation_rate.values]
    "2022-07-11" = { source = "not stated — seller must set" }

Its full key is ``<file stem>.<table path>``: ``kuaishou.k2.compensation_rate``. ``values`` maps an
effective date (``YYYY-MM-DD``) or instant (``YYYY-MM-DD HH:MM:SS``, China time) to an entry with a
``source`` and, normally, a ``value``; an entry *without* ``value`` means "no value from then on"
(not set, or retired — TOML has no null). Resolving a parameter at an instant takes the latest entry
at or before it; before the first entry the parameter has no value.

The loader fails loudly (`ParameterError`) on anything malformed: a bad or duplicate date, a missing
``unit``/``source``/``rule``/``label``, a value that does not fit its unit, an unknown unit.

Seller overrides (the ``settings`` table, same keys) win over every dated value and are recorded as
the source ``"seller setting"``, so a verdict's trace always says where a number came from.
"""

from __future__ import annotations

import bisect
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from policies.catalogue import source_texts
from policies.platforms import PLATFORM_IDS

PARAMETERS_DIR = Path(__file__).resolve().parent / "parameters"
# One file of parameters shared by every platform, then one per platform.
PARAMETER_FILES = ("common", *PLATFORM_IDS)

SELLER_SOURCE = "seller setting (卖家设置)"

# unit -> (Chinese name, English name)
UNITS: dict[str, tuple[str, str]] = {
    "ratio": ("比例（0–1）", "ratio (0–1)"),
    "yuan": ("元", "yuan"),
    "hours": ("小时", "hours"),
    "days": ("天", "days"),
    "count": ("单", "orders"),
    "bool": ("是/否", "yes/no"),
    "datetime": ("时刻", "instant (China time)"),
    "time_of_day": ("时刻（HH:MM）", "time of day (HH:MM)"),
    "text_list": ("关键词列表", "list of keywords"),
    "date_list": ("日期列表", "list of dates"),
}

Value = Decimal | int | bool | datetime | time | tuple[str, ...] | tuple[date, ...]


class ParameterError(ValueError):
    """A parameter file or a seller override is malformed. The message names file, key and
    problem."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One dated value of a parameter; ``value is None`` means not set / retired from ``start``."""

    start: datetime
    value: Value | None
    source: str
    # Where a seller reads the value: an announcement id of `policies.catalogue` and the
    # clause label in it; and, where the value is not what the clause says (inferred, not
    # published, a ShipCheck default), the assumption in a plain sentence, Chinese and English.
    announcement: str = ""
    clause: str = ""
    assumption: str = ""
    assumption_en: str = ""


@dataclass(frozen=True, slots=True)
class Parameter:
    """A parameter's metadata and its dated entries (sorted by start)."""

    key: str
    rule: str
    unit: str
    label: str
    label_en: str
    entries: tuple[Entry, ...]
    note: str = ""
    # For a start date (unit "datetime"): the `active` switches it sets — a seller setting of
    # this parameter makes each of them off before the date and on from it.
    starts: tuple[str, ...] = ()

    def entry_at(self, at: datetime) -> Entry | None:
        """The entry in force at `at`, or None before the first one."""
        starts = [e.start for e in self.entries]
        i = bisect.bisect_right(starts, at) - 1
        return self.entries[i] if i >= 0 else None

    def default_now(self, at: datetime) -> Entry | None:
        """Alias of `entry_at`, for readability at call sites that show defaults."""
        return self.entry_at(at)


@dataclass(frozen=True, slots=True)
class Resolved:
    """A parameter's value at an instant, with where it came from (for traces and the settings
    UI)."""

    key: str
    value: Value | None
    source: str  # developer note from the parameter file
    unit: str
    overridden: bool = False
    label: str = ""
    label_en: str = ""
    # Where a seller reads the value: the announcement by title, date and clause and/or the
    # assumption in a plain sentence (`policies.catalogue.source_texts`), Chinese and English.
    cite: str = ""
    cite_en: str = ""

    def shown(self) -> str:
        """The value as a seller reads it ('未设置 not set' when unknown)."""
        return format_value(self.value, self.unit)


def format_value(value: Value | None, unit: str) -> str:
    """Render a value for a trace or the settings list."""
    if value is None:
        return "未设置 (not set)"
    if isinstance(value, bool):
        return "是 (yes)" if value else "否 (no)"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    if unit == "ratio" and isinstance(value, Decimal):
        pct = (value * 100).normalize()
        return f"{pct:f}%"
    return f"{value}"


def _parse_instant(text: str) -> datetime:
    """``YYYY-MM-DD`` or ``YYYY-MM-DD HH:MM:SS`` → naive China-time datetime (ValueError if bad)."""
    text = text.strip()
    if len(text) == 10:
        return datetime.combine(date.fromisoformat(text), time())
    if len(text) == 19 and text[10] == " ":
        return datetime.strptime(text, "%Y-%m-%d %H:%M:%S")
    raise ValueError(f"not YYYY-MM-DD or YYYY-MM-DD HH:MM:SS: {text!r}")


def coerce(value: Any, unit: str) -> Value:
    """Convert a raw TOML/JSON/CLI value to the unit's Python type; ValueError if it does not
    fit."""
    if unit not in UNITS:
        raise ValueError(f"unknown unit {unit!r}")
    if unit == "bool":
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in {"true", "yes", "1", "是"}:
            return True
        if isinstance(value, str) and value.strip().lower() in {"false", "no", "0", "否"}:
            return False
        raise ValueError(f"expected true/false, got {value!r}")
    if unit in {"ratio", "yuan", "hours", "days"}:
        if isinstance(value, bool):
            raise ValueError(f"expected a number, got {value!r}")
        try:
            text = str(value).strip()
            if unit == "ratio" and text.endswith("%"):
                number = Decimal(text[:-1]) / 100
            else:
                number = Decimal(text)
        except InvalidOperation:
            raise ValueError(f"expected a number, got {value!r}") from None
        if not number.is_finite() or number < 0:
            raise ValueError(f"expected a non-negative number, got {value!r}")
        if unit == "ratio" and number > 1:
            raise ValueError(
                f"a ratio must be between 0 and 1 (or a percentage like 1%), got {value!r}"
            )
        return number
    if unit == "count":
        if isinstance(value, bool):
            raise ValueError(f"expected a whole number, got {value!r}")
        try:
            number_int = int(str(value).strip())
        except ValueError:
            raise ValueError(f"expected a whole number, got {value!r}") from None
        if number_int < 0:
            raise ValueError(f"expected a non-negative whole number, got {value!r}")
        return number_int
    if unit == "datetime":
        if isinstance(value, datetime):
            return value
        return _parse_instant(str(value))
    if unit == "time_of_day":
        return time.fromisoformat(str(value).strip())
    if unit == "text_list":
        if isinstance(value, str):
            items = [v.strip() for v in value.replace("，", ",").split(",")]
        elif isinstance(value, list | tuple):
            items = [str(v).strip() for v in value]
        else:
            raise ValueError(f"expected a list of words, got {value!r}")
        return tuple(v for v in items if v)
    # date_list
    if isinstance(value, str):
        raw = [v for v in value.replace("，", ",").split(",") if v.strip()]
    elif isinstance(value, list | tuple):
        raw = list(value)
    else:
        raise ValueError(f"expected a list of dates, got {value!r}")
    out: list[date] = []
    for item in raw:
        out.append(item if isinstance(item, date) else date.fromisoformat(str(item).strip()))
    return tuple(sorted(set(out)))


def to_json(value: Value | None) -> Any:
    """A JSON-safe form of a value (for the settings table and --json output)."""
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return [v.isoformat() if isinstance(v, date) else v for v in value]


_META_KEYS = {"rule", "unit", "label", "label_en", "note", "values", "starts"}
_CITE_KEYS = ("announcement", "clause", "assumption", "assumption_en")
_ENTRY_KEYS = {"value", "source", *_CITE_KEYS}


def _walk(table: Mapping[str, Any], prefix: str) -> list[tuple[str, Mapping[str, Any]]]:
    """Every sub-table that has a ``values`` key, with its dotted path."""
    found: list[tuple[str, Mapping[str, Any]]] = []
    for name, sub in table.items():
        if not isinstance(sub, dict):
            raise ParameterError(f"{prefix}{name}: expected a table, got {sub!r}")
        path = f"{prefix}{name}"
        if "values" in sub:
            found.append((path, sub))
        else:
            found.extend(_walk(sub, path + "."))
    return found


def _load_parameter(file: str, key: str, raw: Mapping[str, Any]) -> Parameter:
    where = f"{file}: {key}"
    extra = set(raw) - _META_KEYS
    if extra:
        raise ParameterError(f"{where}: unknown fields {sorted(extra)}")
    for meta in ("rule", "unit", "label", "label_en"):
        if not isinstance(raw.get(meta), str) or not raw[meta].strip():
            raise ParameterError(f"{where}: missing '{meta}'")
    unit = raw["unit"]
    if unit not in UNITS:
        raise ParameterError(f"{where}: unknown unit {unit!r} (known: {', '.join(UNITS)})")
    values = raw["values"]
    if not isinstance(values, dict) or not values:
        raise ParameterError(f"{where}: 'values' must be a non-empty table of dated entries")
    entries: list[Entry] = []
    seen: dict[datetime, str] = {}
    for when, entry in values.items():
        try:
            start = _parse_instant(when)
        except ValueError as exc:
            raise ParameterError(f"{where}: bad effective date {when!r}: {exc}") from None
        if start in seen:
            raise ParameterError(
                f"{where}: duplicate effective date {when!r} (also {seen[start]!r})"
            )
        seen[start] = when
        if not isinstance(entry, dict):
            raise ParameterError(f"{where} [{when}]: expected {{ value = …, source = … }}")
        source = entry.get("source")
        if not isinstance(source, str) or not source.strip():
            raise ParameterError(f"{where} [{when}]: missing 'source'")
        unknown = set(entry) - _ENTRY_KEYS
        if unknown:
            raise ParameterError(f"{where} [{when}]: unknown fields {sorted(unknown)}")
        cite = {k: entry.get(k, "") for k in _CITE_KEYS}
        for k, text in cite.items():
            if not isinstance(text, str):
                raise ParameterError(f"{where} [{when}]: '{k}' must be text")
        if bool(cite["clause"]) and not cite["announcement"]:
            raise ParameterError(f"{where} [{when}]: 'clause' needs 'announcement'")
        if bool(cite["assumption"]) != bool(cite["assumption_en"]):
            raise ParameterError(
                f"{where} [{when}]: 'assumption' and 'assumption_en' come together"
            )
        value: Value | None = None
        if "value" in entry:
            try:
                value = coerce(entry["value"], unit)
            except ValueError as exc:
                raise ParameterError(f"{where} [{when}]: {exc}") from None
        entries.append(
            Entry(
                start,
                value,
                source.strip(),
                announcement=cite["announcement"].strip(),
                clause=cite["clause"].strip(),
                assumption=cite["assumption"].strip(),
                assumption_en=cite["assumption_en"].strip(),
            )
        )
    entries.sort(key=lambda e: e.start)
    starts = raw.get("starts", [])
    if not isinstance(starts, list) or not all(isinstance(k, str) for k in starts):
        raise ParameterError(f"{where}: 'starts' must be a list of parameter keys")
    if starts and unit != "datetime":
        raise ParameterError(f"{where}: only a datetime parameter 'starts' switches")
    return Parameter(
        key=key,
        rule=raw["rule"],
        unit=unit,
        label=raw["label"],
        label_en=raw["label_en"],
        entries=tuple(entries),
        note=str(raw.get("note", "")),
        starts=tuple(starts),
    )


def parse_parameter(where: str, key: str, raw: Mapping[str, Any]) -> Parameter:
    """One parameter from a plain mapping shaped like its TOML table (a rule pack's JSON),
    validated exactly as the bundled files are."""
    return _load_parameter(where, key, raw)


def load_file(path: Path) -> dict[str, Parameter]:
    """Parse and validate one parameter file; keys are prefixed with the file's stem."""
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:  # includes duplicate keys
        raise ParameterError(f"{path.name}: {exc}") from None
    out: dict[str, Parameter] = {}
    for sub_key, raw in _walk(data, ""):
        key = f"{path.stem}.{sub_key}"
        out[key] = _load_parameter(path.name, key, raw)
    return out


def load_definitions(directory: Path = PARAMETERS_DIR) -> dict[str, Parameter]:
    """Every parameter of every platform file in `directory`, validated."""
    params: dict[str, Parameter] = {}
    for stem in PARAMETER_FILES:
        path = directory / f"{stem}.toml"
        if not path.exists():
            raise ParameterError(f"{path}: parameter file missing")
        params.update(load_file(path))
    return params


_DEFINITIONS: dict[str, Parameter] | None = None


def definitions() -> dict[str, Parameter]:
    """The bundled parameter definitions, loaded once."""
    global _DEFINITIONS
    if _DEFINITIONS is None:
        _DEFINITIONS = load_definitions()
    return _DEFINITIONS


class ParameterSet:
    """Bundled definitions plus the seller's overrides; resolves any parameter at an instant.

    Construct with ``ParameterSet.from_settings(settings_dict)``: keys in the dict that name a
    parameter become overrides (validated against the unit); other keys are ignored here.
    """

    def __init__(
        self,
        defs: Mapping[str, Parameter] | None = None,
        overrides: Mapping[str, Value | None] | None = None,
    ) -> None:
        self.defs: Mapping[str, Parameter] = defs if defs is not None else definitions()
        self.overrides: dict[str, Value | None] = dict(overrides or {})
        for key in self.overrides:
            if key not in self.defs:
                raise ParameterError(f"unknown parameter {key!r}")
        self._constants: dict[str, Resolved] = {}
        self._dated: dict[tuple[str, int], Resolved] = {}
        # Parameters with one dated entry and no override: one answer from their start on.
        self._single: dict[str, tuple[datetime, Resolved]] = {}
        for k, p in self.defs.items():
            if k not in self.overrides and len(p.entries) == 1:
                e = p.entries[0]
                self._single[k] = (e.start, _resolved(p, e))
        self._starts: dict[str, list[datetime]] = {
            k: [e.start for e in p.entries] for k, p in self.defs.items()
        }
        # Every instant at which some non-overridden parameter changes value.
        self._bounds: list[datetime] = sorted(
            {e.start for k, p in self.defs.items() if k not in self.overrides for e in p.entries}
        )
        # The segment last asked for, as (from, until, number): one object, replaced whole, so a
        # reader on another thread never sees the bounds of one segment with another's number.
        self._last_segment: tuple[datetime, datetime, int] = (datetime.max, datetime.min, -1)

    def segment(self, at: datetime) -> int:
        """The stretch of time `at` lies in, between two instants at which any parameter changes.

        `resolve(key, t)` returns the same object for every key and every `t` of one segment, so
        rules may memoise whatever they derive from parameters alone per segment.
        Most orders of a run lie in the segment asked for last: two comparisons instead of a
        bisection.
        """
        start, until, number = self._last_segment
        if start <= at < until:
            return number
        bounds = self._bounds
        number = bisect.bisect_right(bounds, at)
        start = bounds[number - 1] if number > 0 else datetime.min
        until = bounds[number] if number < len(bounds) else datetime.max
        self._last_segment = (start, until, number)
        return number

    @classmethod
    def from_settings(
        cls, settings: Mapping[str, Any], defs: Mapping[str, Parameter] | None = None
    ) -> ParameterSet:
        """Overrides taken from a settings mapping (raw JSON values), validated; unknown keys
        ignored."""
        d = defs if defs is not None else definitions()
        overrides: dict[str, Value | None] = {}
        for key, raw in settings.items():
            if key in d:
                try:
                    overrides[key] = None if raw is None else coerce(raw, d[key].unit)
                except ValueError as exc:
                    raise ParameterError(f"setting {key}: {exc}") from None
        return cls(_with_starts(d, overrides), overrides)

    def resolve(self, key: str, at: datetime) -> Resolved:
        """The value of `key` in force at `at` (override first), with its source."""
        single = self._single.get(key)
        if single is not None and at >= single[0]:
            return single[1]
        param = self.defs[key]
        if key in self.overrides:
            cached = self._constants.get(key)
            if cached is None:
                cached = Resolved(
                    key,
                    self.overrides[key],
                    SELLER_SOURCE,
                    param.unit,
                    True,
                    param.label,
                    param.label_en,
                    "卖家设置",
                    "seller setting",
                )
                self._constants[key] = cached
            return cached
        i = bisect.bisect_right(self._starts[key], at) - 1
        ckey = (key, i)
        hit = self._dated.get(ckey)
        if hit is not None:
            return hit
        if i < 0:
            first = _first(param)
            hit = Resolved(
                key,
                None,
                "not in force before " + first,
                param.unit,
                False,
                param.label,
                param.label_en,
                f"{first} 之前未生效",
                f"not in force before {first}",
            )
        else:
            e = param.entries[i]
            hit = _resolved(param, e)
        self._dated[ckey] = hit
        return hit

    def constant(self, key: str) -> Resolved | None:
        """The value of `key` when it cannot change with the date (overridden, or one entry)."""
        if key in self.overrides or len(self._starts[key]) == 1:
            return self.resolve(key, self._starts[key][-1])
        return None

    def value(self, key: str, at: datetime) -> Value | None:
        """Just the value of `key` at `at`."""
        return self.resolve(key, at).value

    def in_force_since(self, key: str, at: datetime) -> datetime | None:
        """The start of `key`'s dated entry in force at `at`, for texts that name when a value
        began (e.g. D1's suspension). None when the seller overrides `key` (then the setting
        decides, not a date) or before its first entry."""
        if key in self.overrides:
            return None
        starts = self._starts[key]
        i = bisect.bisect_right(starts, at) - 1
        return starts[i] if i >= 0 else None

    def change_after(self, key: str, at: datetime) -> datetime | None:
        """The next instant after `at` at which `key`'s dated value changes, for texts that name
        when a rule starts (e.g. "K2 resumed from …"). None when the seller overrides `key` or no
        later entry exists."""
        if key in self.overrides:
            return None
        starts = self._starts[key]
        i = bisect.bisect_right(starts, at)
        return starts[i] if i < len(starts) else None

    def timeline(self, key: str) -> list[datetime]:
        """The instants at which `key`'s default changes (empty when overridden: constant)."""
        return [] if key in self.overrides else list(self._starts[key])


def _with_starts(
    defs: Mapping[str, Parameter], overrides: Mapping[str, Value | None]
) -> Mapping[str, Parameter]:
    """The definitions with each switch a seller-set start date moves (`Parameter.starts`)
    re-dated: off before the date, on from it (still dated, so rules and their texts read it
    as any dated value). Unchanged when no such start is set."""
    moved: dict[str, Parameter] = {}
    for key, param in defs.items():
        start = overrides.get(key)
        if not param.starts or not isinstance(start, datetime):
            continue
        for target in param.starts:
            if target not in defs:
                raise ParameterError(f"{key}: 'starts' names unknown parameter {target!r}")
            if target in overrides:
                continue  # the seller switched it on or off outright: that wins
            t = defs[target]
            off = Entry(
                datetime(1970, 1, 1),
                False,
                SELLER_SOURCE,
                assumption="卖家设置的开始日期之前",
                assumption_en="before the start date the seller set",
            )
            on = Entry(
                start,
                True,
                SELLER_SOURCE,
                assumption="卖家设置的开始日期",
                assumption_en="the start date the seller set",
            )
            moved[target] = Parameter(t.key, t.rule, t.unit, t.label, t.label_en, (off, on), t.note)
    if not moved:
        return defs
    return {**defs, **moved}


def _resolved(param: Parameter, e: Entry) -> Resolved:
    zh, en = source_texts(e.announcement, e.clause, e.assumption, e.assumption_en, e.start)
    return Resolved(
        param.key, e.value, e.source, param.unit, False, param.label, param.label_en, zh, en
    )


def _first(param: Parameter) -> str:
    return param.entries[0].start.strftime("%Y-%m-%d %H:%M:%S")
