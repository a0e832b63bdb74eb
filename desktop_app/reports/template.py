"""A tiny HTML template language for the report layouts in ``resources/templates/``.

Enough for a maintainer to move, restyle and reword things without touching Python, and no more
(no expressions, no filters but ``raw``, no includes) — so no template-engine dependency:

* ``{{ name }}``, ``{{ order.deadline }}`` — a value from the context (dotted: attribute or dict
  key), HTML-escaped, with control, zero-width and bidi-override characters removed; ``None``
  renders as nothing.
* ``{{ name|raw }}`` — inserted unescaped (only for fragments the renderer builds itself).
* ``{% for x in items %} … {% endfor %}`` — a loop; inside it ``loop.index`` (1-based) and
  ``loop.odd`` are available.
* ``{% if name %} … {% else %} … {% endif %}`` — truthiness of a value; ``{% if not name %}`` too.
* ``{# comment #}`` — dropped.

Unknown names raise `TemplateError` naming the template and line, so a typo is caught by the tests
rather than printed as an empty cell.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

_TOKEN = re.compile(r"({{.*?}}|{%.*?%}|{#.*?#})", re.DOTALL)
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$")
# Control characters, zero-width and bidirectional-override characters: never printed. A file name
# like "notice\u202egnp.exe" must not display as "noticeexe.png" in a report a platform reviews.
_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


class TemplateError(Exception):
    """A template that cannot be parsed or refers to an unknown name."""


@dataclass
class _Node:
    kind: str  # text | var | for | if
    line: int
    text: str = ""
    name: str = ""
    raw: bool = False
    var: str = ""
    negate: bool = False
    body: list[_Node] = field(default_factory=list)
    orelse: list[_Node] = field(default_factory=list)


@dataclass(frozen=True)
class _Loop:
    index: int
    odd: bool
    first: bool
    last: bool


class Template:
    """A parsed template; `render(context)` gives the HTML text."""

    def __init__(self, source: str, name: str = "<template>") -> None:
        self.name = name
        self._nodes = self._parse(source)

    def _error(self, line: int, message: str) -> TemplateError:
        return TemplateError(f"{self.name}:{line}: {message}")

    def _parse(self, source: str) -> list[_Node]:
        root: list[_Node] = []
        stack: list[tuple[_Node, list[_Node]]] = []
        current = root
        line = 1
        for part in _TOKEN.split(source):
            here = line
            line += part.count("\n")
            if not part:
                continue
            if part.startswith("{#"):
                continue
            if part.startswith("{{"):
                expr = part[2:-2].strip()
                raw = expr.endswith("|raw")
                if raw:
                    expr = expr[:-4].strip()
                if not _NAME.match(expr):
                    raise self._error(here, f"bad placeholder {part!r}")
                current.append(_Node("var", here, name=expr, raw=raw))
                continue
            if part.startswith("{%"):
                words = part[2:-2].split()
                if not words:
                    raise self._error(here, "empty tag")
                tag = words[0]
                if tag == "for":
                    if len(words) != 4 or words[2] != "in" or not _NAME.match(words[3]):
                        raise self._error(here, f"bad for tag {part!r}")
                    node = _Node("for", here, var=words[1], name=words[3])
                    current.append(node)
                    stack.append((node, current))
                    current = node.body
                elif tag == "if":
                    negate = len(words) == 3 and words[1] == "not"
                    expr = words[2] if negate else (words[1] if len(words) == 2 else "")
                    if not _NAME.match(expr):
                        raise self._error(here, f"bad if tag {part!r}")
                    node = _Node("if", here, name=expr, negate=negate)
                    current.append(node)
                    stack.append((node, current))
                    current = node.body
                elif tag == "else":
                    if not stack or stack[-1][0].kind != "if":
                        raise self._error(here, "else outside if")
                    current = stack[-1][0].orelse
                elif tag in ("endfor", "endif"):
                    if not stack or stack[-1][0].kind != tag[3:]:
                        raise self._error(here, f"unexpected {tag}")
                    _, current = stack.pop()
                else:
                    raise self._error(here, f"unknown tag {tag!r}")
                continue
            current.append(_Node("text", here, text=part))
        if stack:
            raise self._error(stack[-1][0].line, f"unclosed {stack[-1][0].kind}")
        return root

    def _lookup(self, scope: list[Mapping[str, Any]], name: str, line: int) -> Any:
        first, *rest = name.split(".")
        for frame in reversed(scope):
            if first in frame:
                value = frame[first]
                break
        else:
            raise self._error(line, f"unknown name {first!r}")
        for attr in rest:
            if isinstance(value, Mapping):
                if attr not in value:
                    raise self._error(line, f"{name!r}: no key {attr!r}")
                value = value[attr]
            elif hasattr(value, attr):
                value = getattr(value, attr)
            else:
                raise self._error(line, f"{name!r}: no attribute {attr!r}")
        return value

    def _render(self, nodes: list[_Node], scope: list[Mapping[str, Any]], out: list[str]) -> None:
        for node in nodes:
            if node.kind == "text":
                out.append(node.text)
            elif node.kind == "var":
                value = self._lookup(scope, node.name, node.line)
                if value is None:
                    continue
                text = _INVISIBLE.sub("", str(value))
                out.append(text if node.raw else html.escape(text, quote=True))
            elif node.kind == "for":
                items = list(self._lookup(scope, node.name, node.line) or ())
                count = len(items)
                for i, item in enumerate(items):
                    frame = {
                        node.var: item,
                        "loop": _Loop(i + 1, i % 2 == 0, i == 0, i == count - 1),
                    }
                    self._render(node.body, [*scope, frame], out)
            elif node.kind == "if":
                value = bool(self._lookup(scope, node.name, node.line))
                if node.negate:
                    value = not value
                self._render(node.body if value else node.orelse, scope, out)

    def render(self, context: Mapping[str, Any]) -> str:
        """The template filled from `context`."""
        out: list[str] = []
        self._render(self._nodes, [context], out)
        return "".join(out)
