"""Fonts for the PDFs: which file serves each typographic role, and which font sets each character.

Official documents name five faces: 仿宋 for the body, 小标宋 for the title,
黑体 and 楷体 for the two heading levels, 宋体 for page numbers and forms. The
PC's own licensed fonts are preferred when present (on Windows in the system or
the per-user fonts folder); otherwise the fonts bundled in ``resources/fonts/``
stand in (Noto CJK converted to TrueType, LXGW WenKai, WenQuanYi Micro Hei; see
build/make_fonts.py and the licence files). reportlab embeds only TrueType
outlines, so a file that fails to load is skipped. Every character is looked up
in the fonts' character maps: a character the role's font lacks is set in the
first fallback font that has it, and a character no font has raises
:class:`MissingGlyphs` instead of printing a blank. Importing this module also
fixes reportlab's ToUnicode map for characters outside the BMP (see
:func:`_fixed_to_unicode_cmap`), so "王𠇔" copies out of the PDF intact.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts

from receptionapp.resources import resource

log = logging.getLogger(__name__)

# reportlab keeps per-document state inside each shared TTFont object; one
# document at a time keeps that state consistent when a worker thread renders.
RENDER_LOCK = threading.RLock()


class Role(StrEnum):
    """A typeface role of GB/T 9704."""

    FANGSONG = "fangsong"  # 仿宋: body text
    XIAOBIAOSONG = "xiaobiaosong"  # 小标宋: title
    HEITI = "heiti"  # 黑体: first-level headings 一、
    KAITI = "kaiti"  # 楷体: second-level headings （一）
    SONGTI = "songti"  # 宋体: page numbers, forms


# File names of the official fonts as Windows, WPS and font vendors install them.
SYSTEM_FILES: dict[Role, tuple[str, ...]] = {
    Role.FANGSONG: ("仿宋_GB2312.ttf", "FangSong_GB2312.ttf", "simfang.ttf", "STFANGSO.TTF"),
    Role.XIAOBIAOSONG: ("FZXBSJW.TTF", "方正小标宋简体.ttf", "FZXiaoBiaoSong-B05S.ttf", "FZXBSK.TTF"),
    Role.HEITI: ("simhei.ttf", "方正黑体简体.ttf", "FZHTJW.TTF", "STHEITI.TTF"),
    Role.KAITI: ("楷体_GB2312.ttf", "KaiTi_GB2312.ttf", "simkai.ttf", "STKAITI.TTF"),
    Role.SONGTI: ("simsun.ttc", "STSONG.TTF", "方正书宋简体.ttf", "FZSSJW.TTF"),
}

BUNDLED_FILES: dict[Role, str] = {
    Role.FANGSONG: "NotoSerifSC-Regular-TT.ttf",
    Role.XIAOBIAOSONG: "NotoSerifSC-Bold-TT.ttf",
    Role.HEITI: "NotoSansSC-Regular-TT.ttf",
    Role.KAITI: "LXGWWenKai-Regular.ttf",
    Role.SONGTI: "NotoSerifSC-Regular-TT.ttf",
}

# Tried in this order for a character the role's own font lacks.
FALLBACK_FILES: tuple[str, ...] = (
    "NotoSerifSC-Regular-TT.ttf",
    "LXGWWenKai-Regular.ttf",
    "NotoSansSC-Regular-TT.ttf",
    "wqy-microhei.ttc",
)

# Never drawn, never checked: joiners and variation selectors (a name typed with
# an ideographic variation sequence still prints its base character).
_INVISIBLE = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF} | set(range(0xFE00, 0xFE10))


def clean_text(text: str) -> str:
    """Drop invisible joiners and variation selectors; tabs and newlines become spaces."""
    out = []
    for char in text:
        code = ord(char)
        if code in _INVISIBLE or 0xE0100 <= code <= 0xE01EF:
            continue
        out.append(" " if char in "\t\r\n\v\f" else char)
    return "".join(out)


class MissingGlyphs(ValueError):
    """Characters that no available font can print."""

    def __init__(self, chars: str) -> None:
        self.chars = "".join(dict.fromkeys(chars))
        listed = "、".join(f"“{c}”（U+{ord(c):04X}）" for c in self.chars)
        super().__init__(
            f"以下字符在本机和软件自带的字体中都没有字形，打印出来会是空白：{listed}。"
            "请核对后改用规范汉字，或请管理员安装包含该字的字体后再生成文书。"
        )


@dataclass
class FontFile:
    """One TrueType file (or one face of a collection), loaded and registered on first use."""

    path: Path
    subfont: int = 0
    official: bool = False
    _font: ttfonts.TTFont | None = field(default=None, repr=False, compare=False)

    @property
    def name(self) -> str:
        """The name the canvas knows this font by."""
        return self.load().fontName

    def load(self) -> ttfonts.TTFont:
        if self._font is None:
            self._font = _load_ttf(self.path, self.subfont)
        return self._font

    def has(self, code: int) -> bool:
        return code in self.load().face.charToGlyph

    def width(self, code: int) -> float:
        """Advance width in thousandths of the font size."""
        face = self.load().face
        # Both untyped in types-reportlab.
        widths: dict[int, float] = face.charWidths
        default: float = face.defaultWidth
        return widths.get(code, default)


@cache
def _load_ttf(path: Path, subfont: int) -> ttfonts.TTFont:
    name = f"RA-{path.stem}-{subfont}"
    font = ttfonts.TTFont(name, str(path), subfontIndex=subfont)
    pdfmetrics.registerFont(font)
    return font


def _loadable(path: Path, subfont: int = 0) -> bool:
    try:
        _load_ttf(path, subfont)
    except Exception as error:  # a CFF/OTF, a corrupt file or an unreadable one: skip it
        log.warning("font %s not usable: %s", path, error)
        return False
    return True


def system_font_dirs() -> list[Path]:
    """Folders where this PC keeps installed fonts."""
    dirs: list[Path] = []
    if sys.platform == "win32":
        windir = os.environ.get("WINDIR") or os.environ.get("SystemRoot") or r"C:\Windows"
        dirs.append(Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [Path("/Library/Fonts"), Path.home() / "Library" / "Fonts"]
    else:
        dirs += [
            Path("/usr/share/fonts"),
            Path("/usr/local/share/fonts"),
            Path.home() / ".local" / "share" / "fonts",
            Path.home() / ".fonts",
        ]
    return [d for d in dirs if d.is_dir()]


def _index_files(dirs: Iterable[Path]) -> dict[str, Path]:
    """Lower-cased file name -> path, first folder wins."""
    found: dict[str, Path] = {}
    for folder in dirs:
        for root, _subdirs, files in os.walk(folder):
            for file_name in files:
                found.setdefault(file_name.lower(), Path(root) / file_name)
    return found


@dataclass
class FontSet:
    """The font of each role plus the fallback chain, with per-character selection."""

    roles: dict[Role, FontFile]
    fallbacks: list[FontFile]

    def chain(self, role: Role) -> Iterator[FontFile]:
        yield self.roles[role]
        yield from self.fallbacks

    def font_for(self, code: int, role: Role) -> FontFile | None:
        for font in self.chain(role):
            if font.has(code):
                return font
        return None

    def missing(self, text: str, role: Role) -> str:
        """The characters of ``text`` that no font of the chain has."""
        return "".join(c for c in dict.fromkeys(text) if c != " " and self.font_for(ord(c), role) is None)

    def check(self, text: str, role: Role = Role.FANGSONG) -> None:
        """Raise :class:`MissingGlyphs` when any character of ``text`` would print blank."""
        lacking = self.missing(clean_text(text), role)
        if lacking:
            raise MissingGlyphs(lacking)

    def runs(self, text: str, role: Role) -> list[tuple[FontFile, str]]:
        """Split ``text`` into runs of characters set in one font each; raise on missing glyphs."""
        runs: list[tuple[FontFile, str]] = []
        primary = self.roles[role]
        lacking = []
        for char in text:
            code = ord(char)
            font = primary if primary.has(code) else self.font_for(code, role)
            if font is None:
                lacking.append(char)
                continue
            if runs and runs[-1][0] is font:
                runs[-1] = (font, runs[-1][1] + char)
            else:
                runs.append((font, char))
        if lacking:
            raise MissingGlyphs("".join(lacking))
        return runs

    def describe(self) -> dict[str, str]:
        """Role -> file name, for the admin's font report."""
        return {
            role.value: font.path.name + ("" if font.official else "（自带）")
            for role, font in self.roles.items()
        }


def build_font_set(prefer_system: bool = True, extra_dirs: Sequence[Path] = ()) -> FontSet:
    """Resolve each role to the PC's official font when present, else the bundled one."""
    bundled = {
        name: FontFile(resource("fonts", name)) for name in set(BUNDLED_FILES.values()) | set(FALLBACK_FILES)
    }
    installed = _index_files([*extra_dirs, *(system_font_dirs() if prefer_system else [])])
    roles: dict[Role, FontFile] = {}
    for role in Role:
        chosen = None
        for file_name in SYSTEM_FILES[role]:
            path = installed.get(file_name.lower())
            if path is not None and _loadable(path):
                chosen = FontFile(path, official=True)
                break
        roles[role] = chosen or bundled[BUNDLED_FILES[role]]
    fallbacks = [bundled[name] for name in FALLBACK_FILES]
    return FontSet(roles, fallbacks)


_default: FontSet | None = None


def default_font_set() -> FontSet:
    """The process-wide font set (official fonts preferred), resolved once."""
    global _default
    with RENDER_LOCK:
        if _default is None:
            _default = build_font_set()
        return _default


def bundled_font_set() -> FontSet:
    """Bundled fonts only: the same output on every PC (tests, reproducible samples)."""
    return build_font_set(prefer_system=False)


# --- reportlab 5.1.0 ToUnicode fix -------------------------------------------------------------


def _utf16_hex(code: int) -> str:
    if code <= 0xFFFF:
        return f"{code:04X}"
    code -= 0x10000
    return f"{0xD800 + (code >> 10):04X}{0xDC00 + (code & 0x3FF):04X}"


def _fixed_to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """reportlab's makeToUnicodeCMap, writing UTF-16BE (surrogate pairs beyond the BMP).

    reportlab 5.1.0 writes ``<%04X>`` of the code point, so U+201D4 becomes
    ``<201D4>`` and PDF readers decode garbage. The PDF reference also allows
    at most 100 entries per ``beginbfchar`` block.
    """
    entries = [f"<{index:02X}> <{_utf16_hex(code)}>" for index, code in enumerate(subset)]
    blocks: list[str] = []
    for start in range(0, len(entries), 100):
        chunk = entries[start : start + 100]
        blocks += [f"{len(chunk)} beginbfchar", *chunk, "endbfchar"]
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        *blocks,
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


def _patch_reportlab() -> None:
    """Install the fixed ToUnicode writer, only where reportlab still has the bug."""
    if "<D840DDD4>" not in ttfonts.makeToUnicodeCMap("probe", [0, 0x201D4]):
        ttfonts.makeToUnicodeCMap = _fixed_to_unicode_cmap


_patch_reportlab()
