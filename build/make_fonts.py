"""Derive the bundled Song and Hei fonts from Noto CJK: subset, and CFF converted to TrueType.

reportlab embeds only TrueType outlines, and Debian's Noto CJK fonts are CFF
(OpenType/PostScript), so the letters could not use them as shipped. This
recipe keeps the Simplified Chinese face of each collection, subsets it to the
8,105 characters of the 通用规范汉字表 plus GB 2312 plus Latin, punctuation and
full-width forms, drops the layout and vertical tables reportlab never reads,
converts the cubic outlines to quadratic (fontTools cu2qu, 1 unit tolerance)
and renames the family (the SIL OFL asks modified fonts to say so; Noto has
no Reserved Font Name, Source Han's is "Source"). The results go to
``resources/fonts/`` next to the OFL text.

Run once, by hand, when the bundled fonts change (a minute or two a font)::

    apt-get download fonts-noto-cjk        # 1:20220127+repack1-1, OFL-1.1
    dpkg-deb -x fonts-noto-cjk_*.deb noto
    pip install fonttools==4.68.0
    python build/make_fonts.py noto/usr/share/fonts/opentype/noto
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

ROOT = Path(__file__).resolve().parent.parent
CHARLIST = ROOT / "build" / "data" / "tgh8105.txt"
OUT = ROOT / "resources" / "fonts"
SC_INDEX = 2  # JP, KR, SC, TC, HK in the Noto CJK collections

# (source collection, output file, new family name, with rare name characters)
TARGETS = [
    ("NotoSerifCJK-Regular.ttc", "NotoSerifSC-Regular-TT.ttf", "Noto Serif SC TT", True),
    ("NotoSerifCJK-Bold.ttc", "NotoSerifSC-Bold-TT.ttf", "Noto Serif SC TT Bold", False),
    ("NotoSansCJK-Regular.ttc", "NotoSansSC-Regular-TT.ttf", "Noto Sans SC TT", False),
]
# Names use characters beyond the 通用规范汉字表 (𠇔 U+201D4): the regular Song face,
# the fallback of every other role, also keeps CJK Extension A and the supplementary planes.
RARE_RANGES = [(0x3400, 0x4DC0), (0x20000, 0x32000)]


def wanted_code_points() -> set[int]:
    chars = {
        ord(c) for line in CHARLIST.read_text("utf-8").splitlines() if not line.startswith("#") for c in line
    }
    for hi in range(0xB0, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(ord(bytes([hi, lo]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    ranges = [
        (0x20, 0x7F),  # ASCII
        (0xA0, 0x250),  # Latin-1, Latin Extended-A/B (pinyin)
        (0x2000, 0x2BFF),  # general punctuation, letterlike, numbers, arrows, shapes
        (0x3000, 0x3400),  # CJK symbols and punctuation, kana, enclosed
        (0xFE10, 0xFE70),  # vertical and small forms
        (0xFF00, 0xFFF0),  # full-width forms
    ]
    for start, stop in ranges:
        chars.update(range(start, stop))
    return chars


def cff_to_truetype(font: TTFont, max_err: float = 1.0) -> None:
    """Replace the CFF table by glyf/loca with quadratic outlines (the fontTools otf2ttf recipe)."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del font["CFF "]
    glyf.compile(font)
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for attr in (
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, attr, 0)
    maxp.compile(font)
    font["post"].formatType = 3.0
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\0\1\0\0"


def rename(font: TTFont, family: str) -> None:
    ps_name = family.replace(" ", "")
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 3, 4, 16, 17, 6):
            names.removeNames(nameID=record.nameID)
    names.setName(family, 1, 3, 1, 0x409)
    names.setName("Regular", 2, 3, 1, 0x409)
    names.setName(f"{family}; subset for receptionapp", 3, 3, 1, 0x409)
    names.setName(family, 4, 3, 1, 0x409)
    names.setName(ps_name, 6, 3, 1, 0x409)
    names.setName(
        "Modified from Noto CJK (SIL OFL 1.1): subset, outlines converted to TrueType.", 10, 3, 1, 0x409
    )


def build(source_dir: Path, out_dir: Path) -> None:
    wanted = wanted_code_points()
    rare = {code for start, stop in RARE_RANGES for code in range(start, stop)}
    for source, target, family, with_rare in TARGETS:
        started = time.perf_counter()
        font = TTCollection(str(source_dir / source)).fonts[SC_INDEX]
        keep = (wanted | rare if with_rare else wanted) & set(font.getBestCmap())
        options = subset.Options()
        options.layout_features = []
        options.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "VORG", "vhea", "vmtx", "DSIG"]
        options.name_IDs = ["*"]
        options.notdef_outline = True
        options.hinting = False
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=keep)
        subsetter.subset(font)
        cff_to_truetype(font)
        rename(font, family)
        font.save(str(out_dir / target))
        size = (out_dir / target).stat().st_size / 1e6
        print(f"{target}: {len(keep)} characters, {size:.1f} MB, {time.perf_counter() - started:.0f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("noto_dir", type=Path, help="folder holding NotoSerifCJK-*.ttc and NotoSansCJK-*.ttc")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    build(args.noto_dir, args.out)


if __name__ == "__main__":
    main()
