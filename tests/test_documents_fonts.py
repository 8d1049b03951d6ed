"""Font resolution, per-character fallback, missing glyphs and the ToUnicode fix."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from reportlab.pdfbase import ttfonts

from receptionapp.documents.fonts import (
    MissingGlyphs,
    Role,
    _fixed_to_unicode_cmap,
    build_font_set,
    bundled_font_set,
    clean_text,
)
from receptionapp.resources import resource

ROOT = Path(__file__).resolve().parent.parent


def tgh8105() -> str:
    lines = (ROOT / "build" / "data" / "tgh8105.txt").read_text("utf-8").splitlines()
    return "".join(line for line in lines if not line.startswith("#"))


def test_character_list_is_the_8105() -> None:
    chars = tgh8105()
    assert len(chars) == len(set(chars)) == 8105
    assert sum(1 for c in chars if ord(c) > 0xFFFF) == 196


def test_bundled_fonts_cover_every_character_of_the_8105_in_every_role() -> None:
    fonts = bundled_font_set()
    chars = tgh8105()
    for role in Role:
        assert fonts.missing(chars, role) == "", role
    # the Song face alone covers them, so body text never changes style for a common character
    song = fonts.roles[Role.FANGSONG]
    assert [c for c in chars if not song.has(ord(c))] == []


def test_bundled_fonts_ship_with_licences() -> None:
    for name in ("NotoSerifSC-Regular-TT.ttf", "NotoSerifSC-Bold-TT.ttf", "NotoSansSC-Regular-TT.ttf"):
        assert resource("fonts", name).stat().st_size < 20_000_000
    licence = resource("fonts", "NotoCJK-TT.LICENSE.txt").read_text("utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert "Reserved Font Name" in licence


def test_roles_use_bundled_fonts_when_the_pc_has_none() -> None:
    fonts = bundled_font_set()
    assert fonts.roles[Role.FANGSONG].path.name == "NotoSerifSC-Regular-TT.ttf"
    assert fonts.roles[Role.XIAOBIAOSONG].path.name == "NotoSerifSC-Bold-TT.ttf"
    assert fonts.roles[Role.HEITI].path.name == "NotoSansSC-Regular-TT.ttf"
    assert fonts.roles[Role.KAITI].path.name == "LXGWWenKai-Regular.ttf"
    assert not any(font.official for font in fonts.roles.values())


def test_official_fonts_are_preferred_and_broken_ones_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "Fonts"
    folder.mkdir()
    shutil.copy(resource("fonts", "NotoSerifSC-Regular-TT.ttf"), folder / "SIMFANG.TTF")
    (folder / "simhei.ttf").write_bytes(b"OTTO not really a font")
    fonts = build_font_set(prefer_system=False, extra_dirs=[folder])
    assert fonts.roles[Role.FANGSONG].official
    assert fonts.roles[Role.FANGSONG].path.name == "SIMFANG.TTF"
    assert not fonts.roles[Role.HEITI].official  # the broken file fell back to the bundled Hei
    assert "（自带）" in fonts.describe()["heiti"]


def test_a_character_the_role_font_lacks_falls_back_per_run() -> None:
    fonts = bundled_font_set()
    runs = fonts.runs("关于王𠇔信访事项", Role.XIAOBIAOSONG)
    assert "".join(text for _font, text in runs) == "关于王𠇔信访事项"
    assert len(runs) == 3
    assert runs[1][1] == "𠇔"
    assert runs[1][0] is not fonts.roles[Role.XIAOBIAOSONG]


def test_a_character_no_font_has_is_refused_by_name() -> None:
    fonts = bundled_font_set()
    with pytest.raises(MissingGlyphs) as caught:
        fonts.check("张\ue000三\ue000", Role.FANGSONG)
    assert caught.value.chars == "\ue000"
    assert "U+E000" in str(caught.value)
    assert "没有字形" in str(caught.value)


def test_variation_selectors_and_joiners_are_not_printed() -> None:
    assert clean_text("葛\U000e0100优\u200d\n") == "葛优 "
    bundled_font_set().check("葛\U000e0100优\u200d")


def test_to_unicode_map_writes_surrogate_pairs() -> None:
    cmap = _fixed_to_unicode_cmap("F1+0", [0, 0x738B, 0x201D4])
    assert "<01> <738B>" in cmap
    assert "<02> <D840DDD4>" in cmap
    assert ttfonts.makeToUnicodeCMap is _fixed_to_unicode_cmap


def test_to_unicode_map_keeps_blocks_of_at_most_100() -> None:
    cmap = _fixed_to_unicode_cmap("F1+0", list(range(0x4E00, 0x4E00 + 256)))
    assert cmap.count("beginbfchar") == 3
    assert "100 beginbfchar" in cmap and "56 beginbfchar" in cmap
