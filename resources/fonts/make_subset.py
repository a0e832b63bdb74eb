"""Build the bundled CJK font subset: Noto Sans CJK SC Regular and Bold, cut down to the characters
a Chinese seller's order data and ShipCheck's own UI use.

Run from the repository root (needs fontTools and Debian's ``fonts-noto-cjk``)::

    python resources/fonts/make_subset.py [--src-dir /usr/share/fonts/opentype/noto]

What is kept (see ``character_set``):

* ASCII, Latin-1 Supplement, Latin Extended-A (pinyin with tone marks), General Punctuation,
  currency symbols, letter-like symbols (℃ №), number forms, arrows, maths operators, box drawing,
  block elements, geometric shapes, miscellaneous symbols, dingbats (✓ ✗ ✔ ✘), enclosed
  alphanumerics (① …), CJK Symbols and Punctuation, half-width and full-width forms (￥ ！ …);
* every character of GBK (all 20,902 unified ideographs U+4E00–U+9FA5 plus GB 2312's symbols,
  Greek, Cyrillic, kana and GBK's extra symbols and compatibility ideographs), enumerated from
  Python's own ``gbk`` codec rather than typed in. GBK, not only GB 2312: given names use
  characters such as 玥 堃 喆 昇 that GB 2312 lacks, and a receiver's name must print;
* every CJK character that appears in ShipCheck's own source, templates and translations, so no
  UI string ever falls back to a system font, and in the administrative-division names the engine
  ships (``policies/data/regions.tsv``).

The glyph outlines are converted from CFF to TrueType (quadratic) so that Qt's PDF writer can embed
them as real CID TrueType subsets (Qt embeds CFF fonts as Type 3 bitmaps-of-paths, which extract
badly); hinting is dropped (it is useless at report sizes and doubles the size).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.recordingPen import DecomposingRecordingPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

REPO = Path(__file__).resolve().parents[2]
OUT_DIR = Path(__file__).resolve().parent
SC_FACE_NAME = "Noto Sans CJK SC"
# The subset gets its own family name so that it never clashes with (or is shadowed by) a full
# Noto Sans CJK SC installed on the machine, and so that a PDF shows which font was embedded.
FAMILY = "ShipCheck Sans SC"
PS_PREFIX = "ShipCheckSansSC"

# (source .ttc, output file, weight name)
FACES = [
    ("NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Subset-Regular.ttf", "Regular"),
    ("NotoSansCJK-Bold.ttc", "NotoSansCJKsc-Subset-Bold.ttf", "Bold"),
]

# OpenType features kept. Deliberately NOT 'locl': Noto Sans CJK's 'locl' swaps digits that follow
# Latin letters ("K1", "x12.50") for glyphs with no cmap entry, so Qt's PDF writer cannot map them
# back to text and they vanish from copy/paste and pdftotext.
LAYOUT_FEATURES = [
    "ccmp",
    "liga",
    "clig",
    "calt",
    "rlig",
    "kern",
    "mark",
    "mkmk",
    "vert",
    "vrt2",
    "vkrn",
    "fwid",
    "hwid",
    "pwid",
    "halt",
    "palt",
    "vhal",
    "vpal",
]

# Unicode blocks kept whole (inclusive ranges).
BLOCKS: list[tuple[int, int]] = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 Supplement (¥ · × ÷ …)
    (0x0100, 0x017F),  # Latin Extended-A (pinyin tone marks ā é ǐ …)
    (0x01CD, 0x01DC),  # pinyin ǎ ǐ ǒ ǔ ǖ ǘ ǚ ǜ
    (0x02C6, 0x02DD),  # spacing modifiers (ˇ ˉ ˊ ˋ)
    (0x2000, 0x206F),  # General Punctuation (— – … ‰ ‵ ※)
    (0x20A0, 0x20CF),  # Currency Symbols (€ ₽ …)
    (0x2100, 0x214F),  # Letterlike Symbols (℃ № ™)
    (0x2150, 0x218F),  # Number Forms (Ⅰ Ⅱ Ⅲ …)
    (0x2190, 0x21FF),  # Arrows (→ ← ↑ ↓ ⇒)
    (0x2200, 0x22FF),  # Mathematical Operators (≤ ≥ ≠ ≈)
    (0x2460, 0x24FF),  # Enclosed Alphanumerics (① ②)
    (0x2500, 0x257F),  # Box Drawing
    (0x2580, 0x259F),  # Block Elements
    (0x25A0, 0x25FF),  # Geometric Shapes (■ □ ● ○ ▲ ▼ ◆)
    (0x2600, 0x26FF),  # Miscellaneous Symbols (★ ☆ ⚠)
    (0x2700, 0x27BF),  # Dingbats (✓ ✔ ✗ ✘)
    (0x3000, 0x303F),  # CJK Symbols and Punctuation (、。〈〉《》「」【】〖〗〔〕)
    (0x3200, 0x32FF),  # Enclosed CJK Letters and Months (㈠ ㊀)
    (0xFE30, 0xFE4F),  # CJK Compatibility Forms
    (0xFF00, 0xFFEF),  # Half-width and Full-width Forms (！ （ ） ￥ ：)
    (0xFFFD, 0xFFFD),  # replacement character
]

# Where ShipCheck keeps its own user-visible text.
SCANNED_GLOBS = [
    "desktop_app/**/*.py",
    "policies/**/*.py",
    "policies/**/*.toml",
    "policies/**/*.json",
    "policies/data/*.tsv",  # administrative division names (receiver regions in reports)
    "resources/templates/**/*",
    "resources/translations/**/*.ts",
]


def gbk_characters() -> set[int]:
    """Every character GBK encodes (lead bytes 0x81–0xFE, trail 0x40–0xFE), via Python's codec."""
    chars: set[int] = set()
    for lead in range(0x81, 0xFF):
        for trail in range(0x40, 0xFF):
            try:
                text = bytes([lead, trail]).decode("gbk")
            except UnicodeDecodeError:
                continue
            if len(text) == 1 and not 0xE000 <= ord(text) <= 0xF8FF:  # no private-use slots
                chars.add(ord(text))
    return chars


def _is_cjk(cp: int) -> bool:
    return 0x3400 <= cp <= 0x9FFF or 0x20000 <= cp <= 0x3FFFF or 0xF900 <= cp <= 0xFAFF


def project_characters() -> set[int]:
    """CJK characters used anywhere in ShipCheck's own text (UI strings, reasons, templates)."""
    chars: set[int] = set()
    for pattern in SCANNED_GLOBS:
        for path in REPO.glob(pattern):
            if not path.is_file():
                continue
            try:
                text = path.read_text(encoding="utf-8")
            except (UnicodeDecodeError, OSError):
                continue
            chars.update(ord(ch) for ch in text if _is_cjk(ord(ch)))
    return chars


def character_set() -> set[int]:
    """The code points kept in the subset."""
    cps: set[int] = set()
    for lo, hi in BLOCKS:
        cps.update(range(lo, hi + 1))
    cps |= gbk_characters()
    cps |= project_characters()
    return cps


def sc_face(ttc_path: Path) -> TTFont:
    """The Simplified Chinese face of a Noto Sans CJK collection."""
    collection = TTCollection(str(ttc_path))
    for font in collection.fonts:
        if font["name"].getDebugName(1) == SC_FACE_NAME:
            return font
    raise SystemExit(f"{ttc_path}: no '{SC_FACE_NAME}' face")


def cff_to_truetype(font: TTFont, max_err: float = 1.0) -> None:
    """Replace the CFF outlines with TrueType quadratic ones (in place)."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        rec = DecomposingRecordingPen(glyph_set)
        glyph_set[name].draw(rec)
        tt_pen = TTGlyphPen(None)
        rec.replay(Cu2QuPen(tt_pen, max_err, reverse_direction=True))
        glyf.glyphs[name] = tt_pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in (
        "maxZones",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 3.0  # no glyph names: smaller, and nothing needs them
    font.sfntVersion = "\x00\x01\x00\x00"


# Check/cross marks the UI uses that Noto Sans CJK lacks: (new code point, source, scale).
# Made from the font's own ✓ and × outlines (a modification the OFL allows), each as its own glyph
# so that PDF text extraction still gives the right character.
DERIVED_SYMBOLS: list[tuple[int, int, float]] = [
    (0x2714, 0x2713, 1.0),  # ✔ heavy check mark ← ✓
    (0x2717, 0x00D7, 1.2),  # ✗ ballot x ← ×
    (0x2718, 0x00D7, 1.25),  # ✘ heavy ballot x ← ×
    (0x2715, 0x00D7, 1.35),  # ✕ multiplication x ← ×
    (0x2716, 0x00D7, 1.35),  # ✖ heavy multiplication x ← ×
]


def add_derived_symbols(font: TTFont) -> None:
    """Add the DERIVED_SYMBOLS glyphs (TrueType outlines; run after `cff_to_truetype`)."""
    cmap = font.getBestCmap()
    glyf = font["glyf"]
    hmtx = font["hmtx"]
    vmtx = font.get("vmtx", None)
    check_advance = hmtx[cmap[0x2713]][0]
    order = list(font.getGlyphOrder())
    for new_cp, src_cp, scale in DERIVED_SYMBOLS:
        if new_cp in cmap or src_cp not in cmap:
            continue
        src_name = cmap[src_cp]
        src = glyf[src_name]
        coords, end_pts, flags = src.getCoordinates(glyf)
        xs = [x for x, _ in coords]
        ys = [y for _, y in coords]
        cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
        # Centre the (scaled) outline in the advance width of the check mark.
        shift_x = check_advance / 2 - cx
        pen = TTGlyphPen(None)
        start = 0
        for end in end_pts:
            contour = [
                (round(cx + (x - cx) * scale + shift_x), round(cy + (y - cy) * scale))
                for x, y in coords[start : end + 1]
            ]
            on_curve = [bool(f & 1) for f in flags[start : end + 1]]
            _draw_contour(pen, contour, on_curve)
            start = end + 1
        name = f"uni{new_cp:04X}"
        glyf.glyphs[name] = pen.glyph()
        order.append(name)
        hmtx[name] = (check_advance, min(x for x, _ in glyf[name].getCoordinates(glyf)[0]))
        if vmtx is not None:
            vmtx[name] = vmtx[src_name]
        for table in font["cmap"].tables:
            if table.isUnicode():
                table.cmap[new_cp] = name
    font.setGlyphOrder(order)
    glyf.glyphOrder = order
    font["maxp"].numGlyphs = len(order)


def _draw_contour(pen: TTGlyphPen, points: list[tuple[int, int]], on_curve: list[bool]) -> None:
    """Draw one TrueType contour (quadratic, with implied on-curve points) onto `pen`."""
    if all(on_curve):
        pen.moveTo(points[0])
        for pt in points[1:]:
            pen.lineTo(pt)
        pen.closePath()
        return
    if not any(on_curve):
        pen.qCurveTo(*points, None)
        pen.closePath()
        return
    first = on_curve.index(True)
    pts = points[first:] + points[:first]
    ons = on_curve[first:] + on_curve[:first]
    pen.moveTo(pts[0])
    pending: list[tuple[int, int]] = []
    for pt, on in zip(pts[1:] + pts[:1], ons[1:] + ons[:1], strict=True):
        if on:
            if pending:
                pen.qCurveTo(*pending, pt)
                pending = []
            else:
                pen.lineTo(pt)
        else:
            pending.append(pt)
    pen.closePath()


def rename(font: TTFont, weight: str) -> None:
    """Give the subset its own family and PostScript names (keeps copyright and licence records)."""
    name = font["name"]
    full = f"{FAMILY} {weight}" if weight != "Regular" else FAMILY
    ps = f"{PS_PREFIX}-{weight}"
    for rec in list(name.names):
        if rec.nameID in (16, 17, 18, 21, 22) or (
            rec.nameID in (1, 3, 4, 6) and rec.langID not in (0, 0x409)
        ):
            name.removeNames(nameID=rec.nameID, platformID=rec.platformID, langID=rec.langID)
    # Bold is a style-linked member of the family: family name plus subfamily "Bold".
    name.setName(FAMILY, 1, 3, 1, 0x409)
    name.setName(weight, 2, 3, 1, 0x409)
    name.setName(f"2.004;ShipCheck subset;{ps}", 3, 3, 1, 0x409)
    name.setName(full, 4, 3, 1, 0x409)
    name.setName(ps, 6, 3, 1, 0x409)
    name.setName(
        "Subset of Noto Sans CJK SC (SIL OFL 1.1) made for ShipCheck with fontTools; "
        "see resources/fonts/README.md",
        10,
        3,
        1,
        0x409,
    )
    name.names = [rec for rec in name.names if rec.platformID == 3]


def build(src_dir: Path, out_dir: Path) -> list[Path]:
    """Subset both weights into `out_dir`; returns the files written."""
    cps = character_set()
    written: list[Path] = []
    for src_name, out_name, weight in FACES:
        font = sc_face(src_dir / src_name)
        options = subset.Options()
        options.layout_features = LAYOUT_FEATURES
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        options.notdef_outline = True
        options.hinting = False
        options.desubroutinize = True
        options.glyph_names = False
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=cps)
        subsetter.subset(font)
        cff_to_truetype(font)
        add_derived_symbols(font)
        rename(font, weight)
        out = out_dir / out_name
        font.save(str(out))
        written.append(out)
        print(f"{out.name}: {weight}, {len(cps)} code points, {out.stat().st_size / 1e6:.2f} MB")
    return written


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--src-dir", type=Path, default=Path("/usr/share/fonts/opentype/noto"))
    parser.add_argument("--out-dir", type=Path, default=OUT_DIR)
    args = parser.parse_args(argv)
    build(args.src_dir, args.out_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
