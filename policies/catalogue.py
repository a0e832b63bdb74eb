"""The announcement catalogue: every platform announcement the engine relies on, as dated data.

``policies/announcements/<platform>.toml`` holds, per platform, its names, its rules in report
order (each naming its announcement and clauses, and which order instant picks the version in
force), and its announcements. An announcement is a record with one or more dated **versions**
(a platform revising the same rule-centre article makes a new version); a version carries its
publication date, its effective dates (each *stated* or *inferred*, with why in Chinese and
English), where to read it, how much of it was seen, and its clauses quoted verbatim under their
own labels (〖叁〗, 一、1(2), FAQ Q5, 2.2 …) with an English gist.

Everything a seller or reviewer reads cites through here: `Catalogue.cite` gives
《title》（date）clause. The loader fails loudly (`CatalogueError`, naming file, record and field)
on anything malformed. `parse_announcement` / `parse_rules` take plain mappings, so a rule pack can
carry the same records. The format is documented in ``policies/README.md``.
"""

from __future__ import annotations

import functools
import itertools
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from policies.platforms import PLATFORM_IDS, PLATFORM_TABLE

CATALOGUE_DIR = Path(__file__).resolve().parent / "announcements"
PLATFORM_FILES = PLATFORM_IDS  # one catalogue file per platform, in display order

#: How a date is known: the text says it, we reasoned it (the why says how), or it is not known.
BASES = ("stated", "inferred", "unknown")

#: How much of a version was seen: its in-force text, the public notice announcing it, or only its
#: dates (so its figures are unknown).
SEEN: dict[str, tuple[str, str]] = {
    "text": ("已见正文", "in-force text seen"),
    "notice": ("已见修订公示", "revision notice seen"),
    "dates": ("仅知日期，内容未见", "dates only; content not seen"),
}

#: The order instant at which a rule's version is chosen (Chinese, English).
INSTANTS: dict[str, tuple[str, str]] = {
    "paid": ("支付时间", "the payment time"),
    "promised": ("承诺发货时间", "the promised ship time"),
    "deadline": ("发货时效届满时", "the moment the promised shipping time runs out"),
    "shipped": (
        "点击发货（上传单号）时间",
        "the moment the seller shipped (uploaded the tracking number)",
    ),
    "violation": ("违规发生时", "the moment the violation happened"),
}

#: The order times a rule may compare with the as-of instant (`RuleEntry.compares`) → the
#: `OrderRecord` field holding it.
ORDER_TIMES: dict[str, str] = {
    "paid": "paid_at",
    "promised": "promised_ship_at",
    "shipped": "shipped_at",
    "picked_up": "picked_up_at",
    "online": "online_at",
    "warehouse": "warehouse_at",
}

_NO_DATE_ZH = "日期未公布"
_NO_DATE_EN = "date not published"


class CatalogueError(ValueError):
    """The catalogue (or a pack's catalogue records) is malformed. The message names where."""


@dataclass(frozen=True, slots=True)
class Clause:
    """One quotable clause of a version: its label within the announcement, the verbatim Chinese
    text, and an English gist."""

    label: str
    text: str
    gist_en: str


@dataclass(frozen=True, slots=True)
class Effective:
    """One effective date of a version (some announcements start different measures at different
    instants), with how it is known."""

    start: datetime
    end: datetime | None
    basis: str
    what: str
    what_en: str
    why: str
    why_en: str


@dataclass(frozen=True, slots=True)
class Version:
    """One dated version of an announcement."""

    announcement: str
    published: date | None
    published_basis: str
    published_why: str
    published_why_en: str
    where: str
    where_en: str
    seen: str
    effective: tuple[Effective, ...]
    clauses: tuple[Clause, ...]
    article: str = ""
    notice: str = ""
    seen_on: date | None = None

    @property
    def start(self) -> datetime:
        """When this version begins to apply: its earliest effective instant, else its
        publication date, else the beginning of time (an undated text in force before any known
        date)."""
        if self.effective:
            return min(e.start for e in self.effective)
        if self.published is not None:
            return datetime.combine(self.published, time())
        return datetime.min

    @property
    def date_text(self) -> str:
        """The version's date as cited: its publication date, or '' when none is known."""
        return self.published.isoformat() if self.published is not None else ""

    def clause(self, label: str) -> Clause | None:
        """The clause with this label, or None when this version has none."""
        for c in self.clauses:
            if c.label == label:
                return c
        return None


@dataclass(frozen=True, slots=True)
class Announcement:
    """An announcement record: its identity and its versions, oldest first."""

    id: str
    platform: str
    title: str
    title_en: str
    publisher: str
    publisher_en: str
    versions: tuple[Version, ...]
    secondary: bool = False  # a third party's article rather than the platform's own text

    def version_at(self, at: datetime) -> Version | None:
        """The version in force at `at` (the latest starting at or before it), or None before the
        first."""
        found: Version | None = None
        for v in self.versions:
            if v.start <= at:
                found = v
            else:
                break
        return found

    @property
    def newest(self) -> Version:
        """The most recent version known."""
        return self.versions[-1]

    def clause(self, label: str, version: Version | None = None) -> tuple[Version, Clause]:
        """A clause by label: from `version` when it has it, else from the newest version that
        does. KeyError when no version has it."""
        if version is not None:
            found = version.clause(label)
            if found is not None:
                return version, found
        for v in reversed(self.versions):
            c = v.clause(label)
            if c is not None:
                return v, c
        raise KeyError(f"{self.id}: no clause {label!r}")


@dataclass(frozen=True, slots=True)
class ClauseRef:
    """Clauses of one announcement that a rule relies on."""

    announcement: str
    labels: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RuleEntry:
    """One rule id: which announcement and clauses it implements, and how its version is chosen."""

    id: str
    platform: str
    name: str
    name_en: str
    announcement: str
    clauses: tuple[str, ...]
    appeal_clauses: tuple[str, ...]
    instant: str
    instant_basis: str
    instant_why: str
    instant_why_en: str
    also: tuple[ClauseRef, ...] = ()
    related: tuple[str, ...] = ()
    informational: bool = False
    not_judged: str = ""
    not_judged_en: str = ""
    charge: str = ""  # what its amount is: "compensation" (to the buyer) | "deduction" | ""
    # The order times (ORDER_TIMES keys) its verdict compares with the as-of instant, besides the
    # deadline: once the instant is past them all, time alone no longer changes the verdict.
    compares: tuple[str, ...] = ()

    @property
    def refs(self) -> tuple[ClauseRef, ...]:
        """Its own announcement's clauses first, then any other announcement's."""
        return (ClauseRef(self.announcement, self.clauses), *self.also)


@dataclass(frozen=True, slots=True)
class PlatformRules:
    """One platform's names and rules, in report order."""

    id: str
    name: str
    name_en: str
    rules: tuple[RuleEntry, ...]

    @property
    def rule_ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.rules)


@dataclass(frozen=True)
class Catalogue:
    """All platforms' rules and announcements."""

    platforms: Mapping[str, PlatformRules]
    announcements: Mapping[str, Announcement]
    _rules: dict[str, RuleEntry] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        rules: dict[str, RuleEntry] = {}
        for p in self.platforms.values():
            for r in p.rules:
                rules[r.id] = r
        object.__setattr__(self, "_rules", rules)

    # -- look-ups -----------------------------------------------------------------------------

    def rule(self, rule_id: str) -> RuleEntry:
        """A rule by id (KeyError if unknown)."""
        return self._rules[rule_id]

    def has_rule(self, rule_id: str) -> bool:
        return rule_id in self._rules

    @property
    def rule_order(self) -> tuple[str, ...]:
        """Every rule id, platform by platform in `PLATFORM_FILES` order, each in report order."""
        order: list[str] = []
        for pid in PLATFORM_FILES:
            if pid in self.platforms:
                order.extend(self.platforms[pid].rule_ids)
        return tuple(order)

    def announcement(self, announcement_id: str) -> Announcement:
        return self.announcements[announcement_id]

    def version_for(self, rule_id: str, at: datetime) -> Version | None:
        """The version of the rule's announcement in force at `at` (None before the first)."""
        return self.announcements[self.rule(rule_id).announcement].version_at(at)

    def newest_rule_date(self, platform: str) -> date | None:
        """The newest date at which anything known of this platform's rules was published or took
        effect: how old the app's knowledge of the platform is."""
        newest: date | None = None
        for a in self.announcements.values():
            if a.platform != platform:
                continue
            for v in a.versions:
                days = [e.start.date() for e in v.effective]
                if v.published is not None:
                    days.append(v.published)
                for d in days:
                    if newest is None or d > newest:
                        newest = d
        return newest

    # -- citations ----------------------------------------------------------------------------

    def cite(
        self,
        announcement_id: str,
        labels: Sequence[str] = (),
        *,
        at: datetime | None = None,
        english: bool = False,
    ) -> str:
        """《title》（date）label、label — the version in force at `at` (the newest when `at` is
        None or before the first version). English: “title” (date) label, label."""
        ann = self.announcements[announcement_id]
        version = ann.version_at(at) if at is not None else None
        if version is None:
            version = ann.newest
        return cite_version(ann, version, labels, english=english)

    def cite_rule(self, rule_id: str, *, at: datetime | None = None, english: bool = False) -> str:
        """Every clause a rule relies on, cited one announcement at a time."""
        rule = self.rule(rule_id)
        sep = "; " if english else "；"
        return sep.join(
            self.cite(ref.announcement, ref.labels, at=at, english=english) for ref in rule.refs
        )

    def quotes(
        self, rule_id: str, *, at: datetime | None = None, appeal: bool = False
    ) -> list[tuple[Announcement, Version, Clause]]:
        """The clauses a rule relies on (or, `appeal`, those its appeal letter quotes), each from
        the version in force at `at` where it has the clause, else the newest version that does."""
        rule = self.rule(rule_id)
        refs = (
            (ClauseRef(rule.announcement, rule.appeal_clauses), *rule.also) if appeal else rule.refs
        )
        out: list[tuple[Announcement, Version, Clause]] = []
        for ref in refs:
            ann = self.announcements[ref.announcement]
            version = ann.version_at(at) if at is not None else None
            for label in ref.labels:
                v, c = ann.clause(label, version)
                out.append((ann, v, c))
        return out


def cite_version(
    ann: Announcement, version: Version, labels: Sequence[str] = (), *, english: bool = False
) -> str:
    """《title》（2024-09-27）一、1(2)、FAQ Q1 — or “title” (2024-09-27) 一、1(2), FAQ Q1."""
    if english:
        when = version.date_text or _NO_DATE_EN
        marks = ", ".join(labels)
        return f"“{ann.title_en}” ({when})" + (f" {marks}" if marks else "")
    when = version.date_text or _NO_DATE_ZH
    return f"《{ann.title}》（{when}）" + "、".join(labels)


# -- parsing --------------------------------------------------------------------------------------


def _text(raw: Mapping[str, Any], key: str, where: str, *, required: bool = True) -> str:
    value = raw.get(key, "")
    if not isinstance(value, str):
        raise CatalogueError(f"{where}: '{key}' must be text, got {value!r}")
    if required and not value.strip():
        raise CatalogueError(f"{where}: missing '{key}'")
    return value.strip()


def _labels(
    raw: Mapping[str, Any], key: str, where: str, *, required: bool = True
) -> tuple[str, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise CatalogueError(f"{where}: '{key}' must be a list of texts")
    if required and not value:
        raise CatalogueError(f"{where}: '{key}' must not be empty")
    if len(set(value)) != len(value):
        raise CatalogueError(f"{where}: '{key}' lists a label twice")
    return tuple(v.strip() for v in value)


def _fields(raw: Any, allowed: Iterable[str], where: str) -> Mapping[str, Any]:
    if not isinstance(raw, dict):
        raise CatalogueError(f"{where}: expected a table, got {raw!r}")
    extra = set(raw) - set(allowed)
    if extra:
        raise CatalogueError(f"{where}: unknown fields {sorted(extra)}")
    return raw


def _instant(value: Any, where: str) -> datetime:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, date):
        return datetime.combine(value, time())
    if isinstance(value, str):
        text = value.strip()
        try:
            if len(text) == 10:
                return datetime.combine(date.fromisoformat(text), time())
            if len(text) == 19 and text[10] == " ":
                return datetime.strptime(text, "%Y-%m-%d %H:%M:%S")
        except ValueError:
            pass
    raise CatalogueError(f"{where}: expected YYYY-MM-DD or YYYY-MM-DD HH:MM:SS, got {value!r}")


def _date(value: Any, where: str) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise CatalogueError(f"{where}: expected YYYY-MM-DD, got {value!r}")


def _basis(raw: Mapping[str, Any], key: str, where: str) -> str:
    value = raw.get(key)
    if value not in BASES:
        raise CatalogueError(f"{where}: '{key}' must be one of {', '.join(BASES)}, got {value!r}")
    return str(value)


_CLAUSE_FIELDS = ("label", "text", "gist_en")
_EFFECTIVE_FIELDS = ("start", "end", "basis", "what", "what_en", "why", "why_en")
_VERSION_FIELDS = (
    "published",
    "published_basis",
    "published_why",
    "published_why_en",
    "where",
    "where_en",
    "seen",
    "seen_on",
    "article",
    "notice",
    "effective",
    "clauses",
)
_ANNOUNCEMENT_FIELDS = (
    "platform",
    "title",
    "title_en",
    "publisher",
    "publisher_en",
    "secondary",
    "versions",
)
_RULE_FIELDS = (
    "id",
    "name",
    "name_en",
    "announcement",
    "clauses",
    "appeal_clauses",
    "instant",
    "instant_basis",
    "instant_why",
    "instant_why_en",
    "also",
    "related",
    "informational",
    "not_judged",
    "not_judged_en",
    "charge",
    "compares",
)

#: What a rule's amount is (Chinese, English).
CHARGE_KINDS: dict[str, tuple[str, str]] = {
    "compensation": ("赔付消费者", "compensation to the buyer"),
    "deduction": ("扣款", "deduction"),
}


def _parse_effective(raw: Any, where: str) -> Effective:
    raw = _fields(raw, _EFFECTIVE_FIELDS, where)
    if "start" not in raw:
        raise CatalogueError(f"{where}: missing 'start'")
    start = _instant(raw["start"], f"{where}: start")
    end = _instant(raw["end"], f"{where}: end") if "end" in raw else None
    if end is not None and end <= start:
        raise CatalogueError(f"{where}: 'end' must be later than 'start'")
    basis = _basis(raw, "basis", where)
    if basis == "unknown":
        raise CatalogueError(f"{where}: an effective date is stated or inferred, never unknown")
    return Effective(
        start=start,
        end=end,
        basis=basis,
        what=_text(raw, "what", where),
        what_en=_text(raw, "what_en", where),
        why=_text(raw, "why", where),
        why_en=_text(raw, "why_en", where),
    )


def _parse_version(announcement_id: str, raw: Any, where: str) -> Version:
    raw = _fields(raw, _VERSION_FIELDS, where)
    basis = _basis(raw, "published_basis", where)
    published = _date(raw["published"], f"{where}: published") if "published" in raw else None
    if (published is None) != (basis == "unknown"):
        raise CatalogueError(
            f"{where}: 'published' is given exactly when 'published_basis' is not 'unknown'"
        )
    seen = raw.get("seen")
    if seen not in SEEN:
        raise CatalogueError(f"{where}: 'seen' must be one of {', '.join(SEEN)}, got {seen!r}")
    effective_raw = raw.get("effective", [])
    clauses_raw = raw.get("clauses", [])
    if not isinstance(effective_raw, list) or not isinstance(clauses_raw, list):
        raise CatalogueError(f"{where}: 'effective' and 'clauses' must be arrays of tables")
    effective = tuple(
        _parse_effective(e, f"{where} effective[{i}]") for i, e in enumerate(effective_raw)
    )
    clauses: list[Clause] = []
    for i, c in enumerate(clauses_raw):
        cw = f"{where} clauses[{i}]"
        c = _fields(c, _CLAUSE_FIELDS, cw)
        clause = Clause(_text(c, "label", cw), _text(c, "text", cw), _text(c, "gist_en", cw))
        if any(k.label == clause.label for k in clauses):
            raise CatalogueError(f"{cw}: label {clause.label!r} appears twice in this version")
        clauses.append(clause)
    if seen in ("text", "notice") and not clauses:
        raise CatalogueError(f"{where}: a version whose text was seen quotes at least one clause")
    if seen == "dates" and clauses:
        raise CatalogueError(f"{where}: a version known only by its dates cannot quote clauses")
    return Version(
        announcement=announcement_id,
        published=published,
        published_basis=basis,
        published_why=_text(raw, "published_why", where),
        published_why_en=_text(raw, "published_why_en", where),
        where=_text(raw, "where", where),
        where_en=_text(raw, "where_en", where),
        seen=str(seen),
        effective=effective,
        clauses=tuple(clauses),
        article=_text(raw, "article", where, required=False),
        notice=_text(raw, "notice", where, required=False),
        seen_on=_date(raw["seen_on"], f"{where}: seen_on") if "seen_on" in raw else None,
    )


def parse_announcement(announcement_id: str, raw: Any, where: str = "") -> Announcement:
    """One announcement record from a plain mapping (a TOML table or a pack's JSON object)."""
    where = f"{where}: {announcement_id}" if where else announcement_id
    raw = _fields(raw, _ANNOUNCEMENT_FIELDS, where)
    platform = _text(raw, "platform", where)
    if platform not in PLATFORM_FILES:
        raise CatalogueError(f"{where}: unknown platform {platform!r}")
    secondary = raw.get("secondary", False)
    if not isinstance(secondary, bool):
        raise CatalogueError(f"{where}: 'secondary' must be true or false")
    versions_raw = raw.get("versions")
    if not isinstance(versions_raw, list) or not versions_raw:
        raise CatalogueError(f"{where}: needs at least one [[versions]] table")
    versions = [
        _parse_version(announcement_id, v, f"{where} versions[{i}]")
        for i, v in enumerate(versions_raw)
    ]
    versions.sort(key=lambda v: v.start)
    for a, b in itertools.pairwise(versions):
        if a.start == b.start:
            raise CatalogueError(f"{where}: two versions start at {a.start:%Y-%m-%d %H:%M:%S}")
        if a.date_text == b.date_text:
            raise CatalogueError(f"{where}: two versions dated {a.date_text or 'undated'}")
    return Announcement(
        id=announcement_id,
        platform=platform,
        title=_text(raw, "title", where),
        title_en=_text(raw, "title_en", where),
        publisher=_text(raw, "publisher", where),
        publisher_en=_text(raw, "publisher_en", where),
        versions=tuple(versions),
        secondary=secondary,
    )


def _parse_rule(platform: str, raw: Any, where: str) -> RuleEntry:
    raw = _fields(raw, _RULE_FIELDS, where)
    rule_id = _text(raw, "id", where)
    where = f"{where} ({rule_id})"
    instant = raw.get("instant")
    if instant not in INSTANTS:
        raise CatalogueError(f"{where}: 'instant' must be one of {', '.join(INSTANTS)}")
    instant_basis = _basis(raw, "instant_basis", where)
    if instant_basis == "unknown":
        raise CatalogueError(f"{where}: 'instant_basis' is stated or inferred")
    informational = raw.get("informational", False)
    if not isinstance(informational, bool):
        raise CatalogueError(f"{where}: 'informational' must be true or false")
    also_raw = raw.get("also", [])
    if not isinstance(also_raw, list):
        raise CatalogueError(f"{where}: 'also' must be an array of tables")
    also: list[ClauseRef] = []
    for i, a in enumerate(also_raw):
        aw = f"{where} also[{i}]"
        a = _fields(a, ("announcement", "clauses"), aw)
        also.append(ClauseRef(_text(a, "announcement", aw), _labels(a, "clauses", aw)))
    charge = raw.get("charge", "")
    if charge != "" and charge not in CHARGE_KINDS:
        raise CatalogueError(f"{where}: 'charge' must be one of {', '.join(CHARGE_KINDS)}")
    compares = _labels(raw, "compares", where, required=False)
    for name in compares:
        if name not in ORDER_TIMES:
            raise CatalogueError(
                f"{where}: 'compares' names {name!r} (known: {', '.join(ORDER_TIMES)})"
            )
    clauses = _labels(raw, "clauses", where)
    appeal = _labels(raw, "appeal_clauses", where, required=False) or clauses
    return RuleEntry(
        id=rule_id,
        platform=platform,
        name=_text(raw, "name", where),
        name_en=_text(raw, "name_en", where),
        announcement=_text(raw, "announcement", where),
        clauses=clauses,
        appeal_clauses=appeal,
        instant=str(instant),
        instant_basis=instant_basis,
        instant_why=_text(raw, "instant_why", where),
        instant_why_en=_text(raw, "instant_why_en", where),
        also=tuple(also),
        related=_labels(raw, "related", where, required=False),
        informational=informational,
        not_judged=_text(raw, "not_judged", where, required=False),
        not_judged_en=_text(raw, "not_judged_en", where, required=False),
        charge=str(charge),
        compares=compares,
    )


def parse_platform(name: str, raw: Mapping[str, Any]) -> tuple[PlatformRules, list[Announcement]]:
    """One platform file's content: its rules in report order and its announcements."""
    raw = _fields(raw, ("platform", "rules", "announcements"), name)
    head = _fields(raw.get("platform"), ("id",), f"{name}: [platform]")
    pid = _text(head, "id", f"{name}: [platform]")
    if pid != name:
        raise CatalogueError(f"{name}: [platform] id {pid!r} does not match the file name")
    rules_raw = raw.get("rules", [])
    if not isinstance(rules_raw, list):
        raise CatalogueError(f"{name}: 'rules' must be [[rules]] tables")
    rules = tuple(_parse_rule(pid, r, f"{name}: rules[{i}]") for i, r in enumerate(rules_raw))
    anns_raw = raw.get("announcements", {})
    if not isinstance(anns_raw, dict):
        raise CatalogueError(f"{name}: 'announcements' must be a table")
    anns = [parse_announcement(k, v, name) for k, v in anns_raw.items()]
    for a in anns:
        if a.platform != pid:
            raise CatalogueError(f"{name}: {a.id} belongs to platform {a.platform!r}")
    info = next((i for i in PLATFORM_TABLE if i.id == pid), None)
    if info is None:
        raise CatalogueError(f"{name}: unknown platform {pid!r}")
    platform = PlatformRules(id=pid, name=info.backend_zh, name_en=info.name_en, rules=rules)
    return platform, anns


def build_catalogue(
    platforms: Iterable[PlatformRules], announcements: Iterable[Announcement]
) -> Catalogue:
    """Check the cross-references and assemble: unique ids, every rule's announcements and
    clause labels exist, every related announcement exists."""
    anns: dict[str, Announcement] = {}
    for a in announcements:
        if a.id in anns:
            raise CatalogueError(f"announcement {a.id!r} is defined twice")
        anns[a.id] = a
    by_platform: dict[str, PlatformRules] = {}
    seen_rules: set[str] = set()
    for p in platforms:
        by_platform[p.id] = p
        for r in p.rules:
            if r.id in seen_rules:
                raise CatalogueError(f"rule {r.id!r} is defined twice")
            seen_rules.add(r.id)
            for ref in (*r.refs, ClauseRef(r.announcement, r.appeal_clauses)):
                ann = anns.get(ref.announcement)
                if ann is None:
                    raise CatalogueError(f"rule {r.id}: unknown announcement {ref.announcement!r}")
                for label in ref.labels:
                    try:
                        ann.clause(label)
                    except KeyError:
                        raise CatalogueError(
                            f"rule {r.id}: {ref.announcement} has no clause {label!r}"
                        ) from None
            for rel in r.related:
                if rel not in anns:
                    raise CatalogueError(f"rule {r.id}: unknown related announcement {rel!r}")
    return Catalogue(platforms=by_platform, announcements=anns)


def load_catalogue(folder: Path = CATALOGUE_DIR) -> Catalogue:
    """Read and check every platform file in `folder`."""
    platforms: list[PlatformRules] = []
    anns: list[Announcement] = []
    for name in PLATFORM_FILES:
        path = folder / f"{name}.toml"
        try:
            with path.open("rb") as fh:
                raw = tomllib.load(fh)
        except FileNotFoundError:
            raise CatalogueError(f"{path.name}: missing from {folder}") from None
        except tomllib.TOMLDecodeError as exc:
            raise CatalogueError(f"{path.name}: {exc}") from None
        platform, found = parse_platform(name, raw)
        platforms.append(platform)
        anns.extend(found)
    return build_catalogue(platforms, anns)


@functools.cache
def bundled_catalogue() -> Catalogue:
    """The catalogue shipped with the app, read once."""
    return load_catalogue()


_IN_USE: list[Catalogue] = []


def catalogue() -> Catalogue:
    """The catalogue in use: the bundled one, or the one `use_catalogue` installed (the bundled
    records plus installed rule packs')."""
    return _IN_USE[-1] if _IN_USE else bundled_catalogue()


def use_catalogue(cat: Catalogue | None) -> None:
    """Make `cat` the catalogue every citation and version look-up reads (None: the bundled one
    again). Citation texts already memoised keep their text; call before evaluating."""
    _IN_USE.clear()
    if cat is not None:
        _IN_USE.append(cat)
    _SOURCES.clear()


def merge_announcements(base: Catalogue, extra: Iterable[Announcement]) -> Catalogue:
    """`base` with more announcement records or versions (a rule pack's): a new record is added,
    a known record gains the versions it lacks, and a version known only by its dates may be
    filled by one with text; any other version dated like a known one must be identical
    (CatalogueError otherwise: data is never silently replaced)."""
    anns = dict(base.announcements)
    for a in extra:
        known = anns.get(a.id)
        if known is None:
            anns[a.id] = a
            continue
        if known.platform != a.platform:
            raise CatalogueError(f"{a.id}: platform {a.platform!r} differs from {known.platform!r}")
        versions = {v.date_text: v for v in known.versions}
        for v in a.versions:
            same = versions.get(v.date_text)
            fills_gap = same is not None and same.seen == "dates" and v.seen != "dates"
            if same is not None and same != v and not fills_gap:
                raise CatalogueError(
                    f"{a.id}: a different version dated {v.date_text or 'undated'} is already known"
                )
            versions[v.date_text] = v
        ordered = sorted(versions.values(), key=lambda v: v.start)
        for x, y in itertools.pairwise(ordered):
            if x.start == y.start:
                raise CatalogueError(f"{a.id}: two versions start at {x.start:%Y-%m-%d %H:%M:%S}")
        anns[a.id] = Announcement(
            known.id,
            known.platform,
            known.title,
            known.title_en,
            known.publisher,
            known.publisher_en,
            tuple(ordered),
            known.secondary,
        )
    return build_catalogue(base.platforms.values(), anns.values())


def check_parameter_citations(cat: Catalogue, defs: Mapping[str, Any]) -> None:
    """Every parameter entry that cites an announcement names one in `cat`, and its clause label
    exists in some version of it (CatalogueError otherwise). `defs`: `params.definitions()`."""
    for key, param in defs.items():
        for entry in param.entries:
            ann_id: str = entry.announcement
            if not ann_id:
                continue
            ann = cat.announcements.get(ann_id)
            if ann is None:
                raise CatalogueError(f"parameter {key}: unknown announcement {ann_id!r}")
            if entry.clause:
                try:
                    ann.clause(entry.clause)
                except KeyError:
                    raise CatalogueError(
                        f"parameter {key}: {ann_id} has no clause {entry.clause!r}"
                    ) from None


_SOURCES: dict[tuple[str, str, str, str, datetime], tuple[str, str]] = {}


def source_texts(
    announcement: str, clause: str, assumption: str, assumption_en: str, at: datetime
) -> tuple[str, str]:
    """Where a seller reads a value in force from `at`, Chinese and English: the announcement
    version in force then, by title, date and clause, and the assumption where the value is not
    what the text says. Without either: a ShipCheck default the announcements do not set."""
    key = (announcement, clause, assumption, assumption_en, at)
    hit = _SOURCES.get(key)
    if hit is not None:
        return hit
    zh: list[str] = []
    en: list[str] = []
    if announcement:
        labels = [clause] if clause else []
        zh.append(catalogue().cite(announcement, labels, at=at))
        en.append(catalogue().cite(announcement, labels, at=at, english=True))
    if assumption:
        zh.append(assumption)
        en.append(assumption_en)
    if not zh:
        zh.append("本软件的默认值，平台公告没有规定")
        en.append("a ShipCheck default; the platform's announcements do not set it")
    hit = _SOURCES[key] = ("；".join(zh), "; ".join(en))
    return hit


_CLAUSE_EN: dict[str, str] = {}


def clause_ref(announcement: str, labels: Sequence[str] = ()) -> str:
    """A rule module's citation constant: 《title》（date）labels of the newest version, its English
    remembered for `clause_english` (trace steps carry both)."""
    zh = catalogue().cite(announcement, labels)
    _CLAUSE_EN[zh] = catalogue().cite(announcement, labels, english=True)
    return zh


def own_ref(zh: str, en: str) -> str:
    """A citation of ShipCheck's own shared definitions (no announcement), English remembered."""
    _CLAUSE_EN[zh] = en
    return zh


def clause_english(zh: str) -> str:
    """The English of a citation made by `clause_ref` (the text itself for any other)."""
    return _CLAUSE_EN.get(zh, zh)
