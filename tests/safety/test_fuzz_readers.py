"""Fuzzing the import readers for a bounded time: every input imports or is a clear `BadInput`.

Inputs: arbitrary bytes (behind each format's magic), mutated xlsx packages from the corpus
generator (member-level and XML-level changes, re-zipped with valid CRCs so the XML parsers see
them, plus raw byte flips), mutated and generated CSV bytes, and mutated and generated HTML tables
saved as ``.xls``. Each goes through the real path — ``plan_import`` → ``iter_rows`` →
``apply_import`` on a database holding earlier data — and must

- import, or raise `desktop_app.errors.BadInput` with a message in both languages — any other
  exception is a failure (it would be a traceback and exit code 1);
- leave the database exactly as it was when it raised `BadInput`;
- finish within `EXAMPLE_SECONDS` (a hang fails the example; a hang inside C code dumps the stacks
  and ends the run after `HARD_SECONDS`).

The whole module costs about a minute of CI; ``SHIPCHECK_FUZZ_SCALE=20`` fuzzes twenty times longer.
"""

from __future__ import annotations

import io
import os
import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from safety_support import corpus_module, digest, time_limit

from desktop_app.errors import BadInput
from desktop_app.importing.pipeline import iter_rows, plan_import, release_cache
from desktop_app.store.connection import Store, open_store
from desktop_app.store.importer import apply_import

EXAMPLE_SECONDS = 10.0
HARD_SECONDS = 90.0
SCALE = max(1, int(os.environ.get("SHIPCHECK_FUZZ_SCALE", "1")))
# The failing example's arguments can be large; the kept input file is what reproduces it.
pytestmark = pytest.mark.filterwarnings("ignore:Generating overly large repr")
PLATFORMS = st.sampled_from([None, "kuaishou", "douyin", "aliexpress"])


def fuzz_settings(examples: int) -> settings:
    """Bounded: `examples` × SCALE examples, no per-example deadline flakiness (we time it)."""
    return settings(
        max_examples=examples * SCALE,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        print_blob=True,
    )


# Crashes already pinned in test_reader_regressions.py and waiting for a fix in the readers: the
# fuzzer steps over them (to keep looking for others) and marks its test xfail if it met them.
KNOWN: list[tuple[type[Exception], str, str]] = []


# --- the property --------------------------------------------------------------------------------


class Harness:
    """A database with earlier data, and a scratch folder for the fuzzed files."""

    def __init__(self, folder: Path, store: Store, seed_file: Path) -> None:
        self.folder = folder
        self.store = store
        self.count = 0
        self.outcomes = {"imported": 0, "refused": 0}
        self.known: set[str] = set()
        self.check(seed_file.read_bytes(), ".xlsx", None)  # some orders to lose, if anything did

    def check(self, data: bytes, suffix: str, platform: str | None) -> None:
        """Import `data` (written as a file ending in `suffix`): imports or clean BadInput."""
        self.count += 1
        path = self.folder / f"fuzz{self.count % 4}{suffix}"
        path.write_bytes(data)
        before = digest(self.store.conn)
        try:
            with time_limit(EXAMPLE_SECONDS, HARD_SECONDS):
                plan = plan_import(path, platform=platform)
                apply_import(self.store, plan, iter_rows(plan), backup=False)
        except BadInput as exc:
            self.outcomes["refused"] += 1
            self._check_refusal(exc, before)
        except Exception as exc:
            for kind, text, reason in KNOWN:
                if isinstance(exc, kind) and text in str(exc):
                    self.known.add(reason)
                    return
            kept = self.folder / f"failure-{self.count}{suffix}"
            kept.write_bytes(data)
            exc.add_note(f"input kept as {kept} (platform={platform!r})")
            raise
        else:
            self.outcomes["imported"] += 1
        finally:
            release_cache()

    def finish(self) -> None:
        """After the examples: xfail if only already-known crashes were met."""
        if self.known:
            pytest.xfail("known reader crashes: " + "; ".join(sorted(self.known)))

    def _check_refusal(self, exc: BadInput, before: str) -> None:
        assert exc.problems, "BadInput without a problem"
        for problem in exc.problems:
            assert problem.message.strip() and problem.message_en.strip()
        assert exc.render().strip() and exc.render(english=True).strip()
        assert not self.store.conn.in_transaction
        assert digest(self.store.conn) == before, "BadInput but the database changed"


# The corpus files as bytes, by name; strategies take names (short reprs in failure reports).
CORPUS: dict[str, bytes] = {}


@pytest.fixture(scope="module")
def corpus_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The valid (and a few odd) corpus files, as bytes."""
    built = corpus_module().build(tmp_path_factory.mktemp("fuzzcorpus"))
    skip = {"zip_bomb.xlsx", "zip_bomb_lying.xlsx"}  # large; covered by the import tests
    CORPUS.update({n: p.read_bytes() for n, p in built.items() if n not in skip})
    return CORPUS


@st.composite
def corpus_file(draw: st.DrawFn, names: tuple[str, ...]) -> bytes:
    """One of the named corpus files."""
    return CORPUS[draw(st.sampled_from(names))]


@pytest.fixture
def harness(corpus_files: dict[str, bytes], tmp_path: Path) -> Iterator[Harness]:
    """A fresh database (with the Kuaishou corpus orders in it) and scratch folder per test;
    a failing input is kept in the folder (pytest keeps the last runs' tmp_path)."""
    seed = tmp_path / "seed.xlsx"
    seed.write_bytes(corpus_files["kuaishou_two_sheets.xlsx"])
    with open_store(tmp_path / "fuzz.db", daily_backup=False) as store:
        harness = Harness(tmp_path, store, seed)
        # an order of several item lines too, whose lines a bad file must not touch either
        harness.check(corpus_files["kuaishou_layouts.xlsx"], ".xlsx", None)
        yield harness


# --- byte-level mutation -------------------------------------------------------------------------

TOKENS = [
    b"",
    b"\x00",
    b'"',
    b"\r",
    b"\n",
    b",",
    b"\t",
    b"<",
    b">",
    b"&",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\x81\x30\x81\x30",  # a GB18030 four-byte sequence
    b"\xe8\xae",  # half a UTF-8 character
    b"9" * 40,
    b"4.92E+18",
    b'="4929876543210123456"',
    b"1e308",
    b"-1",
    b"NaN",
    b"inf",
    b"2022-02-30 25:61:61",
    b"12/11/2022",
    b"\xef\xbc\x91\xef\xbc\x92",  # full-width digits
    b"\xe2\x80\x8b",  # zero-width space
    b"x" * 5000,
]


@st.composite
def splices(draw: st.DrawFn, data: bytes, max_ops: int = 4) -> bytes:
    """`data` with a few slices replaced by random bytes or interesting tokens."""
    out = bytearray(data)
    for _ in range(draw(st.integers(1, max_ops))):
        i = draw(st.integers(0, len(out)))
        j = min(len(out), i + draw(st.integers(0, 16)))
        new = draw(st.sampled_from(TOKENS) | st.binary(max_size=12))
        if draw(st.integers(0, 7)) == 0:
            new *= draw(st.integers(2, 20_000))  # long runs: what makes scanners quadratic
        out[i:j] = new
    if draw(st.booleans()) and out:
        out = out[: draw(st.integers(0, len(out)))]  # truncated
    return bytes(out)


# --- xlsx packages -------------------------------------------------------------------------------

XML_TOKENS = [
    b"<row ",
    b"<c ",
    b'<row r="7">',
    b'<c r="A7">',
    b"<sheet ",
    b"<Relationship ",
    b' t="s"',
    b' t="n"',
    b' t="e"',
    b' t="b"',
    b' t="d"',
    b' t="str"',
    b' t="inlineStr"',
    b' r="XFD1048576"',
    b' r="A1048576"',
    b' r="A0"',
    b' r="ZZZZ1"',
    b' r="-5"',
    b"<v>999999999</v>",
    b"<v>-1</v>",
    b"<v>1e308</v>",
    b"<v>NaN</v>",
    b"<v>2958466</v>",  # beyond Excel's last date
    b"<v></v>",
    b"<v>4929876543210123456</v>",
    b'<c r="A2" t="s"><v>100000</v></c>',
    b'<c r="B2" s="9999"><v>44900.5</v></c>',
    b'<c r="A2" t="inlineStr"><is><t>2212200000000001</t></is></c>',
    b'<row r="1048576"><c r="A1048576"><v>1</v></c></row>',
    b'<row r="3"><c r="A3"><v>1</v></c></row>',
    b'<mergeCell ref="A1:XFD1048576"/>',
    b'<mergeCell ref="A2:A9999"/>',
    b'<mergeCells count="1"><mergeCell ref="B2:B5"/></mergeCells>',
    b'<dimension ref="A1:XFD1048576"/>',
    b' date1904="1"',
    b' state="hidden"',
    b' state="veryHidden"',
    b"<f>SUM(A1:A9)</f>",
    b'<c r="Q2"><f>A2*2</f></c>',  # a formula without a computed value
    b'<c r="Q2" t="str"><f>A2</f><v></v></c>',
    # the same far-away cell in every form XML allows
    b"<c r='XFD1048576' t='inlineStr'><is><t>x</t></is></c>",
    b'<c r = "XFD1048576" t="inlineStr"><is><t>x</t></is></c>',
    b'<c r="&#88;FD1048576"><v>1</v></c>',
    b'<x:c xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" r="XFD1048576">'
    b"<x:v>1</x:v></x:c>",
    b"<row r='1048576'>",
    b'<row r = "1048576">',
    b"<row/>",  # with the repeat below: a million bare rows
    b"<row>",
    b"<c/>",
    b"<c><v>1</v></c>",
    b'<c t="s" r="XFD1048576"><v>0</v></c>',
    b' Target="elsewhere/sheet.xml"',
    b" Target='/xl/worksheets/sheet1.xml'",
    b"&#0;",
    b"&#x1F600;",
    b"&amp;",
    b"&bogus;",
    b"<![CDATA[x]]>",
    b'<?xml version="1.0" encoding="GB18030"?>',
    b"</row>",
    b"</sheetData>",
    b"<sheetData/>",
    b'<sheet name="" sheetId="9" r:id="rId99"/>',
    b'<numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>',
    b'<xf numFmtId="14"/>',
    b"<si><t>\xe8\xae\xa2\xe5\x8d\x95\xe5\x8f\xb7</t></si>",  # 订单号
]


def _members(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [(info.filename, z.read(info.filename)) for info in z.infolist()]


def _zip(members: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with (
        warnings.catch_warnings(),  # duplicate member names are one of the mutations
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z,
    ):
        warnings.simplefilter("ignore")
        for name, body in members:
            z.writestr(name, body)
    return out.getvalue()


@st.composite
def xml_edit(draw: st.DrawFn, body: bytes) -> bytes:
    """`body` (XML) with a few slices replaced by XML tokens, random bytes or nothing."""
    out = bytearray(body)
    for _ in range(draw(st.integers(1, 4))):
        if out and draw(st.booleans()):
            # land on a tag boundary half of the time: more of the parser's paths are reached
            starts = [k for k in range(len(out)) if out[k] == 0x3C]  # '<'
            i = draw(st.sampled_from(starts)) if starts else 0
        else:
            i = draw(st.integers(0, len(out)))
        j = min(len(out), i + draw(st.integers(0, 40)))
        new = draw(st.sampled_from(XML_TOKENS) | st.sampled_from(TOKENS) | st.binary(max_size=8))
        if draw(st.integers(0, 7)) == 0:
            new *= draw(st.integers(2, 50_000))  # e.g. thousands of unclosed <row tags
        out[i:j] = new
    return bytes(out)


@st.composite
def mutated_xlsx(draw: st.DrawFn, names: tuple[str, ...]) -> bytes:
    """A corpus workbook with member-level and XML-level damage (valid CRCs unless raw-flipped)."""
    members = _members(draw(corpus_file(names)))
    for _ in range(draw(st.integers(1, 3))):
        k = draw(st.integers(0, len(members) - 1))
        name, body = members[k]
        op = draw(
            st.sampled_from(["xml", "xml", "xml", "drop", "dup", "rename", "junk", "truncate"])
        )
        if op == "xml":
            members[k] = (name, draw(xml_edit(body)))
        elif op == "drop" and len(members) > 1:
            del members[k]
        elif op == "dup":
            members.append((name, draw(xml_edit(body))))
        elif op == "rename":
            members[k] = (draw(st.sampled_from(["xl/../x.xml", "/abs.xml", "xl/a\\b.xml"])), body)
        elif op == "junk":
            members[k] = (name, draw(st.binary(max_size=64)))
        elif op == "truncate":
            members[k] = (name, body[: draw(st.integers(0, len(body)))])
    data = _zip(members)
    if draw(st.integers(0, 9)) == 0:
        data = draw(splices(data, max_ops=2))  # raw damage too: CRC / directory errors
    return data


def _xlsx_bases(files: dict[str, bytes]) -> tuple[str, ...]:
    names = [
        "douyin.xlsx",
        "kuaishou_two_sheets.xlsx",
        "aliexpress.xlsx",
        "products.xlsx",
        "logistics.xlsx",
        "merged.xlsx",
        "date1904.xlsx",
        "title_rows.xlsx",
        "float_ids.xlsx",
        "hidden.xlsx",
        "handmade.xlsx",
    ]
    return tuple(n for n in names if n in files)


def test_fuzz_mutated_xlsx(harness: Harness, corpus_files: dict[str, bytes]) -> None:
    bases = _xlsx_bases(corpus_files)

    @fuzz_settings(200)
    @given(data=mutated_xlsx(bases), platform=PLATFORMS)
    def run(data: bytes, platform: str | None) -> None:
        harness.check(data, ".xlsx", platform)

    run()
    harness.finish()


# --- CSV -----------------------------------------------------------------------------------------

CELLS = st.sampled_from(
    [
        "",
        "2212200000000001",
        "4929876543210123456\t",
        '="4929876543210123456"',
        "'2212200000000002",
        "4.92E+18",
        "123456789012",
        "２２１２２００００００００００００３",
        "2022-12-19 12:00:00",
        "2022/12/19 12:00",
        "2022-12-19T12:00:00+08:00",
        "44914.5",
        "12/11/2022 10:00",
        "2022-02-30 10:00:00",
        "昨天",
        "¥1,299.90",
        "￥0",
        "12元",
        "-0.01",
        "1e400",
        "null",
        "--",
        "合计",
        "待发货",
        "已发货",
        "中通快递",
        "张三",
        "=cmd|'/C calc'!A0",
        "9" * 20,  # beyond 64 bits
        "9" * 5000,  # beyond int()'s 4300-digit limit
        "2022-12-19" + " " * 20_000 + "x",  # long whitespace inside a time
        "¥" + "1," * 3000 + "0",
    ]
) | st.text(max_size=12)


@st.composite
def generated_csv(draw: st.DrawFn, headers: list[list[str]]) -> bytes:
    """A CSV with a real platform's header (a random subset, maybe shuffled) and fuzzed cells."""
    header = draw(st.sampled_from(headers))
    cols = draw(st.lists(st.sampled_from(header), min_size=1, max_size=12, unique=True))
    rows = draw(st.lists(st.lists(CELLS, min_size=0, max_size=len(cols) + 2), max_size=8))
    lead = draw(st.lists(st.lists(CELLS, max_size=3), max_size=3))  # title rows above the header
    encoding = draw(st.sampled_from(["utf-8-sig", "utf-8", "gb18030"]))
    delimiter = draw(st.sampled_from([",", "\t", ";"]))
    text = corpus_module().csv_bytes([*lead, cols, *rows], "utf-8", delimiter).decode("utf-8")
    return text.encode(encoding, errors="replace")


def _headers() -> list[list[str]]:
    demo = corpus_module()._demo()
    return [
        list(demo.KS_HEADERS),
        list(demo.DY_HEADERS),
        list(demo.AE_HEADERS),
        list(demo.PRODUCT_HEADERS),
        ["订单号", "履约模式", "揽收时间", "上网时间", "到仓时间"],
        ["订单编号", "下单时间", "支付时间", "商品名称", "数量", "实付金额", "快递单号"],
    ]


def test_fuzz_csv(harness: Harness, corpus_files: dict[str, bytes]) -> None:
    headers = _headers()
    bases = tuple(n for n in sorted(corpus_files) if n.endswith((".csv", ".tsv")))
    csv_inputs = generated_csv(headers) | corpus_file(bases).flatmap(splices)

    @fuzz_settings(150)
    @given(data=csv_inputs, platform=PLATFORMS, suffix=st.sampled_from([".csv", ".txt", ".xlsx"]))
    def run(data: bytes, platform: str | None, suffix: str) -> None:
        harness.check(data, suffix, platform)

    run()
    harness.finish()


# --- HTML saved as .xls --------------------------------------------------------------------------


@st.composite
def generated_html(draw: st.DrawFn, headers: list[list[str]]) -> bytes:
    """An HTML table (as the back-ends save it with an .xls name) with fuzzed spans and cells."""
    header = draw(st.sampled_from(headers))
    cols = draw(st.lists(st.sampled_from(header), min_size=1, max_size=8, unique=True))
    span = st.sampled_from(["", "0", "1", "2", "3", "-1", "x", "65534", "1000000", "99999999999"])

    def cell(tag: str, text: str) -> str:
        attrs = ""
        if draw(st.integers(0, 4)) == 0:
            attrs += f' rowspan="{draw(span)}"'
        if draw(st.integers(0, 4)) == 0:
            attrs += f" colspan={draw(span)}"
        return f"<{tag}{attrs}>{text}</{tag}>"

    body = "<tr>" + "".join(cell("th", c) for c in cols) + "</tr>"
    for row in draw(st.lists(st.lists(CELLS, max_size=len(cols) + 1), max_size=6)):
        body += "<tr>" + "".join(cell("td", c) for c in row) + "</tr>"
    charset = draw(st.sampled_from(["utf-8", "gb2312", "gbk", "bogus"]))
    html = (
        f"<html><head><meta http-equiv='Content-Type' content='text/html; charset={charset}'>"
        f"</head><body><table border=1>{body}</table></body></html>"
    )
    if draw(st.booleans()):
        html = html.replace("</table>", "", 1)  # unclosed, as some back-ends write it
    encoding = "gb18030" if charset in ("gb2312", "gbk") else "utf-8"
    return html.encode(encoding, errors="replace")


def test_fuzz_html_as_xls(harness: Harness, corpus_files: dict[str, bytes]) -> None:
    headers = _headers()
    inputs = generated_html(headers) | corpus_file(("html_as.xls",)).flatmap(splices)

    @fuzz_settings(150)
    @given(data=inputs, platform=PLATFORMS)
    def run(data: bytes, platform: str | None) -> None:
        harness.check(data, ".xls", platform)

    run()
    harness.finish()


# --- arbitrary bytes -----------------------------------------------------------------------------

MAGICS = [
    b"",
    b"<!--x-->" * 60,  # many comments before what may or may not be HTML
    b"PK\x03\x04",
    b"PK\x05\x06",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xfe\xff",
    b"<html><table>",
    b"<?xml version='1.0'?><Workbook xmlns='urn:schemas-microsoft-com:office:spreadsheet'>",
    b"SQLite format 3\x00",
    b"\x1f\x8b",
]


def test_fuzz_bytes(harness: Harness) -> None:
    @fuzz_settings(300)
    @given(
        magic=st.sampled_from(MAGICS),
        body=st.binary(max_size=2048),
        platform=PLATFORMS,
        suffix=st.sampled_from([".xlsx", ".csv", ".xls"]),
    )
    def run(magic: bytes, body: bytes, platform: str | None, suffix: str) -> None:
        harness.check(magic + body, suffix, platform)

    run()
    harness.finish()
