"""What one file's several rows with the same id become: one stored row, perhaps with item lines.

A seller cannot edit the platform's export, so a file is never refused for repeating an id. The
rows of one id (order id and sub-order id, or product id), in file order, are read as follows:

- a row equal to a line already kept is the same line exported twice: stored once (a duplicate);
- an order row equal to the kept version's first line in every field but the item fields
  (product, SKU, quantity, amount, after-sale state) is one more **item line** of a multi-item
  order — the export has no sub-order column and repeats the order id (or merges it over the
  item rows);
- any other difference is a **conflict**: two versions of the same order (or product). The later
  row wins — it starts the version that is kept — and the conflict is reported with both rows.

The kept version's first line is the stored row (its product and after-sale state are the first
line's); with several lines its quantity and paid amount are the lines' totals (`totals`) and the
lines, each with its raw cells, are kept beside it (table ``order_items``).
Pure: no SQL, so the import preview and the store judge a file's repeats alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from desktop_app.store.schema import ORDER_FIELDS

__all__ = [
    "ITEM_FIELDS",
    "Conflict",
    "Line",
    "RepeatFinder",
    "RepeatSummary",
    "Resolution",
    "item_positions",
    "present_mask",
    "resolve",
    "totals",
]

# The fields that may differ between the item lines of one order (an after-sale case is opened
# per item: one line refunded does not make the rows two versions of the order).
ITEM_FIELDS: tuple[str, ...] = (
    "product_id",
    "product_name",
    "sku",
    "quantity",
    "paid_amount_fen",
    "after_sale_status",
)
_QUANTITY = ORDER_FIELDS.index("quantity")
_AMOUNT = ORDER_FIELDS.index("paid_amount_fen")


def present_mask(mapping: Mapping[str, str], fields: Sequence[str]) -> int:
    """Bit mask of the `fields` a sheet has (its mapping's keys): rows of sheets with other
    columns are never taken as the same row or the same order."""
    mask = 0
    for i, f in enumerate(fields):
        if f in mapping:
            mask |= 1 << i
    return mask


def item_positions() -> frozenset[int]:
    """Positions of `ITEM_FIELDS` in `ORDER_FIELDS`."""
    return frozenset(ORDER_FIELDS.index(f) for f in ITEM_FIELDS)


@dataclass(frozen=True, slots=True)
class Line:
    """One row of the file with a repeated id."""

    ref: int | None  # the caller's handle for the row (the store: its staging seq, None = written)
    sheet: str
    row: int
    values: tuple[object, ...]  # in field order; None and '' are alike (an empty cell)
    present: int  # bit mask of the fields the row's sheet has
    raw_json: str = ""

    def same_as(self, other: Line, skip: frozenset[int] = frozenset()) -> bool:
        """Equal in every field (but the positions in `skip`) and from a sheet of the same
        columns."""
        if self.present != other.present:
            return False
        for i, (a, b) in enumerate(zip(self.values, other.values, strict=True)):
            if i not in skip and (a if a is not None else "") != (b if b is not None else ""):
                return False
        return True


@dataclass(frozen=True, slots=True)
class Conflict:
    """One id found on two rows with different content; the later row was kept."""

    key: str  # "order id" or "order id / sub-order id"
    sheet: str
    row: int  # the earlier row, replaced
    later_sheet: str
    later_row: int  # the row kept

    def message(self) -> tuple[str, str]:
        """The conflict in Chinese and English, naming both rows."""
        same = self.sheet == self.later_sheet
        a_zh = f"第 {self.row} 行" if same else f"工作表“{self.sheet}”第 {self.row} 行"
        b_zh = (
            f"第 {self.later_row} 行"
            if same
            else f"工作表“{self.later_sheet}”第 {self.later_row} 行"
        )
        a_en = f"row {self.row}" if same else f"sheet {self.sheet!r} row {self.row}"
        b_en = (
            f"row {self.later_row}" if same else f"sheet {self.later_sheet!r} row {self.later_row}"
        )
        return (
            f"编号 {self.key} 在{a_zh}和{b_zh}的内容不同：以较后的{b_zh}为准。",
            f"id {self.key} is on {a_en} and {b_en} with different content: "
            f"the later one ({b_en}) is kept.",
        )


@dataclass
class Resolution:
    """The version of one id that is kept, and what was set aside."""

    lines: list[Line]  # the first is the stored row; more than one: an order's item lines
    duplicates: int = 0  # rows equal to a kept line
    conflicts: list[Conflict] = field(default_factory=list)


def resolve(key: str, rows: Sequence[Line], items: frozenset[int] | None) -> Resolution:
    """Read the rows of one id in file order (see the module doc). `items`: the positions of the
    item fields, or None where rows have no item lines (products, logistics sheets)."""
    res = Resolution(lines=[rows[0]])
    for line in rows[1:]:
        if any(line.same_as(kept) for kept in res.lines):
            res.duplicates += 1
            continue
        head = res.lines[0]
        if items is not None and line.same_as(head, items):
            res.lines.append(line)
            continue
        res.conflicts.append(Conflict(key, head.sheet, head.row, line.sheet, line.row))
        res.lines = [line]
    return res


def totals(lines: Sequence[Line]) -> tuple[int | None, int | None]:
    """(quantity, paid amount in fen) of an order from its item lines: the sum of the lines that
    give one — a line without it (the first line carrying a merged total) adds nothing — or None
    when no line does."""
    out: list[int | None] = []
    for pos in (_QUANTITY, _AMOUNT):
        known = [v for v in (ln.values[pos] for ln in lines) if isinstance(v, int)]
        out.append(sum(known) if known else None)
    return out[0], out[1]


@dataclass
class RepeatSummary:
    """What a file's repeated ids come to, for the import preview (nothing is written)."""

    duplicates: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    item_orders: int = 0
    item_lines: int = 0


class RepeatFinder:
    """Finds a file's repeated ids without holding its rows: `add` every row's key on a first
    pass (a Bloom filter of ~12 MiB whatever the file; a key it may have seen is a suspect), then
    `summarise` a second pass over the rows, holding only the suspects' rows."""

    def __init__(self, capacity: int = 5_000_000) -> None:
        from rbloom import Bloom

        self._bloom = Bloom(capacity, 1e-4, hash_func=hash)
        self.suspects: set[tuple[str, str]] = set()

    def add(self, key: tuple[str, str]) -> None:
        """Record one row's key."""
        if key in self._bloom:
            self.suspects.add(key)
        else:
            self._bloom.add(key)

    def summarise(
        self,
        rows: Iterable[tuple[tuple[str, str], Line]],
        items: frozenset[int] | None,
    ) -> RepeatSummary:
        """Resolve the suspects' rows among `rows` ((key, line) in file order) as the store will."""
        out = RepeatSummary()
        if not self.suspects:
            return out
        groups: dict[tuple[str, str], list[Line]] = {}
        for key, line in rows:
            if key in self.suspects:
                groups.setdefault(key, []).append(line)
        for key, lines in groups.items():
            if len(lines) < 2:
                continue  # a false positive of the filter
            res = resolve(f"{key[0]} / {key[1]}" if key[1] else key[0], lines, items)
            out.duplicates += res.duplicates
            out.conflicts.extend(res.conflicts)
            if len(res.lines) > 1:
                out.item_orders += 1
                out.item_lines += len(res.lines)
        return out
