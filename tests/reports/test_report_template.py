"""The tiny template language and the report wording file."""

from __future__ import annotations

import tomllib

import pytest

from desktop_app.reports.template import Template, TemplateError
from desktop_app.resources import resource_path


def test_placeholders_escape_and_raw() -> None:
    t = Template("<p>{{ a }}|{{ b.c }}|{{ x|raw }}|{{ none }}</p>")
    out = t.render({"a": "<b>&", "b": {"c": 'q"'}, "x": "<br/>", "none": None})
    assert out == "<p>&lt;b&gt;&amp;|q&quot;|<br/>|</p>"


def test_loops_conditions_and_attributes() -> None:
    class Item:
        def __init__(self, name: str) -> None:
            self.name = name

    t = Template(
        "{% for i in items %}{{ loop.index }}:{{ i.name }}{% if loop.odd %}o{% else %}e{% endif %}"
        "{% if not loop.last %},{% endif %}{% endfor %}{# dropped #}"
        "{% if empty %}X{% else %}none{% endif %}"
    )
    assert (
        t.render({"items": [Item("a"), Item("b"), Item("c")], "empty": []})
        == "1:ao,2:be,3:co" + "none"
    )


@pytest.mark.parametrize(
    "source",
    ["{{ a b }}", "{% for x items %}{% endfor %}", "{% if a %}", "{% endif %}", "{% while a %}"],
)
def test_bad_templates_are_rejected(source: str) -> None:
    with pytest.raises(TemplateError):
        Template(source, "t.html")


def test_unknown_name_names_template_and_line() -> None:
    t = Template("line1\n{{ missing }}", "penalty.html")
    with pytest.raises(TemplateError, match=r"penalty.html:2: unknown name 'missing'"):
        t.render({})
    with pytest.raises(TemplateError, match="no key"):
        Template("{{ a.b }}").render({"a": {}})


def test_labels_have_both_languages_and_templates_parse() -> None:
    with resource_path("templates", "labels.toml").open("rb") as fh:
        labels = tomllib.load(fh)
    assert labels
    for key, value in labels.items():
        assert set(value) == {"zh", "en"}, key
        assert value["zh"].strip() and value["en"].strip(), key
    for name in ("penalty.html", "appeal.html", "rule_codes.html"):
        Template(resource_path("templates", name).read_text("utf-8"), name)
    assert "{n}" in labels["page"]["zh"] and "{total}" in labels["page"]["en"]


def test_invisible_and_bidi_characters_are_never_printed() -> None:
    t = Template("{{ a }}|{{ b|raw }}")
    assert (
        t.render({"a": "封控公告\u202egnp.exe\u200b\x07", "b": "x\u2066y"}) == "封控公告gnp.exe|xy"
    )
