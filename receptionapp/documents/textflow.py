"""Chinese line breaking: greedy fill, 避头尾 (kinsoku) rules, justified lines, font runs.

A paragraph becomes a list of :class:`Line` objects, each a sequence of runs
(one font each, chosen per character by :class:`~receptionapp.documents.fonts.FontSet`)
with its natural width. Breaks fall between any two Chinese characters but
never inside a run of Latin letters and digits ("〔2026〕12号", a phone number);
closing punctuation never starts a line (it is squeezed into the line when half
a character of room is missing, otherwise the line gives up its last
character), and opening brackets never end one. Lines other than a
paragraph's last are justified by spreading the remaining room over the gaps
between characters, which is how a fixed 28-character grid stays flush.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from receptionapp.documents.fonts import FontFile, FontSet, Role, clean_text

# Characters that must not begin a line (行首禁则) or end one (行尾禁则).
NO_LINE_START = set("，。、；：？！）》」』】〕〗〉’”…—·%‰,.;:?!)]}｝］～")
NO_LINE_END = set("（《「『【〔〖〈‘“([{｛［")
_UNBREAKABLE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.:/_@%+\-]*[A-Za-z0-9%]|[A-Za-z0-9]|——|……")
SQUEEZE = 0.5  # of the font size: room a closing mark may borrow to stay on its line


@dataclass(frozen=True)
class Cell:
    """One character placed in a font, with its advance in points."""

    char: str
    font: FontFile
    advance: float


@dataclass
class Line:
    """A laid-out line: its cells, whether to justify it, and the room it may fill."""

    cells: list[Cell]
    available: float
    justify: bool = True

    @property
    def natural_width(self) -> float:
        return sum(c.advance for c in self.cells)

    def runs(self) -> list[tuple[FontFile, str]]:
        runs: list[tuple[FontFile, str]] = []
        for cell in self.cells:
            if runs and runs[-1][0] is cell.font:
                runs[-1] = (cell.font, runs[-1][1] + cell.char)
            else:
                runs.append((cell.font, cell.char))
        return runs

    def char_space(self, tracking: float) -> float:
        """The PDF character spacing (Tc) that sets this line: tracking, plus the justification."""
        gaps = len(self.cells) - 1
        if not self.justify or gaps <= 0:
            return tracking
        return tracking + (self.available - self.natural_width - len(self.cells) * tracking) / gaps

    @property
    def text(self) -> str:
        return "".join(c.char for c in self.cells)


def cells_for(text: str, fonts: FontSet, role: Role, size: float) -> list[Cell]:
    """Place every character of ``text`` in a font; raises MissingGlyphs."""
    cells = []
    for font, run in fonts.runs(text, role):
        for char in run:
            cells.append(Cell(char, font, font.width(ord(char)) * size / 1000))
    return cells


def _units(cells: Sequence[Cell]) -> list[list[Cell]]:
    """Group cells into unbreakable units (Latin words, numbers, doubled dashes)."""
    text = "".join(c.char for c in cells)
    units: list[list[Cell]] = []
    position = 0
    for match in _UNBREAKABLE.finditer(text):
        units.extend([cell] for cell in cells[position : match.start()])
        units.append(list(cells[match.start() : match.end()]))
        position = match.end()
    units.extend([cell] for cell in cells[position:])
    return units


def _width(cells: Sequence[Cell], tracking: float) -> float:
    """Room the cells take on the grid: each character its advance plus the tracking."""
    return sum(c.advance for c in cells) + len(cells) * tracking


def break_lines(
    text: str,
    fonts: FontSet,
    role: Role,
    size: float,
    width: float,
    first_width: float | None = None,
    tracking: float = 0.0,
) -> list[Line]:
    """Break one paragraph into lines of at most ``width`` points (the first ``first_width``)."""
    cells = cells_for(clean_text(text).strip(), fonts, role, size)
    if not cells:
        return []
    units = _units(cells)
    lines: list[Line] = []
    current: list[list[Cell]] = []
    available = width if first_width is None else first_width

    def flat(group: list[list[Cell]]) -> list[Cell]:
        return [cell for unit in group for cell in unit]

    def close(group: list[list[Cell]]) -> None:
        line_cells = flat(group)
        while line_cells and line_cells[-1].char == " ":
            line_cells.pop()
        lines.append(Line(line_cells, available))

    used = 0.0  # grid room taken by ``current``; widths add up because each cell carries its tracking
    index = 0
    while index < len(units):
        unit = units[index]
        if not current and unit[0].char == " ":
            index += 1
            continue
        unit_width = _width(unit, tracking)
        if used + unit_width <= available + 1e-6:
            current.append(unit)
            used += unit_width
            index += 1
            continue
        if not current:  # a unit longer than the whole line: cut it by characters
            fit = 1
            while fit < len(unit) and _width(unit[: fit + 1], tracking) <= available:
                fit += 1
            units[index : index + 1] = [unit[:fit], unit[fit:]]
            continue
        head = unit[0].char
        if head in NO_LINE_START and len(unit) == 1 and used + unit_width - available <= SQUEEZE * size:
            current.append(unit)  # squeeze the closing mark in
            index += 1
            close(current)
            current, used, available = [], 0.0, width
            continue
        carried: list[list[Cell]] = []
        if head in NO_LINE_START:
            # give the line's last unit to the next line, so the mark does not start it
            while len(current) > 1 and (not carried or carried[0][0].char in NO_LINE_START):
                carried.insert(0, current.pop())
        while len(current) > 1 and current[-1][-1].char in NO_LINE_END:
            carried.insert(0, current.pop())
        close(current)
        current, available = carried, width
        used = sum(_width(u, tracking) for u in carried)
    if current:
        close(current)
    if lines:
        lines[-1].justify = False
    return lines


def balanced_lines(text: str, fonts: FontSet, role: Role, size: float, width: float) -> list[Line]:
    """As few lines as fit ``width``, but of about equal length (titles, table labels); unjustified."""
    lines = break_lines(text, fonts, role, size, width)
    if len(lines) > 1:
        count = len(lines)
        target = sum(line.natural_width for line in lines) / count
        while target < width:
            balanced = break_lines(text, fonts, role, size, target)
            if len(balanced) <= count:
                lines = balanced
                break
            target += size / 2
    for line in lines:
        line.justify = False
        line.available = width
    return lines
