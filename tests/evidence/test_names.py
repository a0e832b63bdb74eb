"""Safe, unique file names inside the bundle whatever the input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.evidence.names import RESERVED, clean_component, is_safe_member, safe_name


def test_hostile_names() -> None:
    taken: set[str] = set()
    cases = {
        "../../etc/passwd": "passwd",
        "C:\\Windows\\system32\\drivers\\etc\\hosts": "hosts",
        "/absolute/evil.png": "evil.png",
        "CON": "_CON",
        "con.txt": "_con.txt",
        "Lpt9.log": "_Lpt9.log",
        "COM¹.txt": "_COM¹.txt",
        "aux.tar.gz": "_aux.tar.gz",
        "report\u202egpj.exe": "reportgpj.exe",  # bidi override removed: the real extension shows
        "a\x00b\x1fc\x7f.png": "abc.png",
        "zero\u200bwidth.jpg": "zerowidth.jpg",
        'what?<is>:"this"|*.txt': "what__is___this___.txt",
        "trailing dots...": "trailing dots",
        "  spaced  out  .pdf": "spaced out.pdf",
        "..": "file",
        "": "file",
        "\u202e": "file",
    }
    for raw, expected in cases.items():
        assert clean_component(raw) == expected, raw
        name = safe_name(raw, taken)
        assert is_safe_member(name), (raw, name)


def test_unique_ignoring_case_and_length_bound() -> None:
    taken: set[str] = set()
    names = [safe_name(n, taken) for n in ("Photo.PNG", "photo.png", "PHOTO.png", "photo.png")]
    assert names == ["Photo.PNG", "photo (2).png", "PHOTO (3).png", "photo (4).png"]
    long = safe_name("截图" * 200 + ".jpeg", taken)
    assert long.endswith(".jpeg") and len(long.encode()) <= 120


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=300), min_size=1, max_size=12))
def test_any_text_gives_safe_unique_names(texts: list[str]) -> None:
    taken: set[str] = set()
    names = [safe_name(t, taken) for t in texts]
    assert len({n.casefold() for n in names}) == len(names)
    for name in names:
        assert is_safe_member(name), name
        assert is_safe_member(f"attachments/{name}")
        assert len(name.encode("utf-8")) <= 120 + 8
        assert "/" not in name and "\\" not in name and name != ".."
        assert name.split(".")[0].strip().upper() not in RESERVED
        assert not name.endswith((".", " "))


def test_member_paths() -> None:
    assert is_safe_member("attachments/a.png")
    for bad in ("../a", "/etc/x", "a//b", "a\\b", "attachments/CON", "x/..", "C:x"):
        assert not is_safe_member(bad), bad
