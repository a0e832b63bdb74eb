"""Errors for input a user can fix (exit code 2), as opposed to bugs (exit code 1).

A `Problem` pinpoints one thing wrong: file, sheet, row, column, and what was expected, in Chinese
and English. `BadInput` carries one or more of them to the command line or the GUI, which show them
without a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with the user's input, located as precisely as the input allows."""

    message: str  # Chinese, the default UI language
    message_en: str
    file: str = ""
    sheet: str = ""
    row: int | None = None  # Excel row number (1-based) or CSV record number
    column: str = ""  # column letter, e.g. "D"
    header: str = ""  # the column's header text
    value: str = ""  # the offending value, shortened for display

    def location(self, english: bool = False) -> str:
        """'file, sheet S, row R, column C (header)' — only the parts that are known."""
        parts: list[str] = []
        if self.file:
            parts.append(self.file)
        if self.sheet:
            parts.append(f"sheet {self.sheet}" if english else f"工作表 {self.sheet}")
        if self.row is not None:
            parts.append(f"row {self.row}" if english else f"第 {self.row} 行")
        if self.column or self.header:
            col = self.column + (f" ({self.header})" if self.header else "")
            parts.append(f"column {col.strip()}" if english else f"列 {col.strip()}")
        return ", ".join(parts) if english else "，".join(parts)

    def render(self, english: bool = False) -> str:
        """The full one-line message: location, then what is wrong, then the value."""
        text = self.message_en if english else self.message
        loc = self.location(english)
        shown = ""
        if self.value:
            v = self.value if len(self.value) <= 60 else self.value[:57] + "…"
            shown = f" (value: {v!r})" if english else f"（值：{v!r}）"
        return f"{loc}: {text}{shown}" if loc else f"{text}{shown}"


class BadInput(Exception):
    """Input the user can fix. Carries one or more `Problem`s; the store is left untouched."""

    def __init__(self, problems: list[Problem] | Problem, total: int | None = None) -> None:
        self.problems: list[Problem] = [problems] if isinstance(problems, Problem) else problems
        # How many problems there were in all (the list may be cut short for display).
        self.total: int = total if total is not None else len(self.problems)
        super().__init__(self.render())

    def render(self, english: bool = False, limit: int = 20) -> str:
        """All problems, one per line, cut at `limit` with a count of the rest."""
        lines = [p.render(english) for p in self.problems[:limit]]
        rest = self.total - len(lines)
        if rest > 0:
            lines.append(f"… and {rest} more problems" if english else f"…… 另有 {rest} 处问题")
        return "\n".join(lines)


class Cancelled(Exception):
    """The user cancelled a long operation; whatever it was writing has been rolled back."""
