"""Reading a ledger file (.xlsx or .csv) into a table of cells with its header found.

An .xlsx workbook is opened with openpyxl (sheets, shared strings, date
styles, the 1900/1904 epoch); its cells are then streamed with expat,
about four times faster than openpyxl's own row reader, which matters for
a 50,000-row ledger. Merged cells get their top-left value everywhere they
cover (as Excel shows them), blank rows are dropped. A formula cell gives
the value Excel last showed; one never calculated gives its formula as
text ("=…"): nothing is evaluated, nothing dropped. A .csv file may be
UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode text"), GBK or
GB18030: the encoding is detected, or the caller is asked (``EncodingUnknown``).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.parsers import expat

from receptionapp.domain.ledger_fields import HeaderGuess, Merge, fill_merges, find_header
from receptionapp.domain.ledger_values import Cell
from receptionapp.services.context import ServiceError

ENCODINGS = {"utf-8": "UTF-8", "gbk": "GBK", "gb18030": "GB18030", "utf-16": "UTF-16"}
MAX_FILE_BYTES = 200 * 1024 * 1024
# What a workbook may unpack to: a 50,000-row ledger is about 70 MB of XML.
MAX_UNPACKED_BYTES = 512 * 1024 * 1024
MAX_PARTS = 10_000  # files inside the workbook (a ledger has a dozen or so)
MAX_COLUMNS = 256  # no ledger is wider; a cell far to the right would widen every row
MAX_ROWS = 1_048_576  # Excel's own limit
MAX_CELL_CHARS = 32_767  # Excel's limit for one cell: a longer one is damage (a quote left open)


class LedgerFileError(ServiceError):
    """The file cannot be read as a ledger; ``str()`` says why, in Chinese."""


class EncodingUnknown(LedgerFileError):
    """A CSV whose encoding could not be told: ask the person (UTF-8, GBK or GB18030)."""


@dataclass
class LedgerTable:
    """A ledger file as read: its header labels and its non-blank data rows with their row numbers."""

    path: Path
    sha256: str
    sheet: str = ""
    sheets: list[str] = field(default_factory=list)
    encoding: str = ""
    header: HeaderGuess | None = None
    rows: list[tuple[int, list[Cell]]] = field(default_factory=list)
    blank_rows: int = 0
    # Lines with one text only (a title, "填表人：…" under the table): shown, not imported.
    remarks: list[tuple[int, str]] = field(default_factory=list)
    # Rows that cannot be taken whatever the mapping (a cell too long): row number -> why.
    row_problems: dict[int, str] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def labels(self) -> list[str]:
        """One name per column, unique: an empty header is 第N列, a repeated one gets its column."""
        if self.header is None:
            return []
        labels = [label or f"第{i + 1}列" for i, label in enumerate(self.header.labels)]
        return [
            f"{label}（第{i + 1}列）" if labels.count(label) > 1 and labels.index(label) != i else label
            for i, label in enumerate(labels)
        ]

    @property
    def first_data_row(self) -> int:
        return self.rows[0][0] if self.rows else 0


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_ledger(path: Path, *, sheet: str | None = None, encoding: str | None = None) -> LedgerTable:
    """Read the whole file; LedgerFileError with a Chinese message when it is not a usable ledger."""
    if not path.is_file():
        raise LedgerFileError(f"文件不存在：{path}")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise LedgerFileError("文件超过200MB，请按年度拆分后分别导入")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        check_package(path)
    table = LedgerTable(path=path, sha256=file_sha256(path))
    if suffix in (".xlsx", ".xlsm"):
        table.sheets, table.sheet, grid, merges = _read_xlsx(path, sheet)
    elif suffix in (".csv", ".txt"):
        data = path.read_bytes()
        table.encoding = encoding or detect_encoding(data) or ""
        if not table.encoding:
            raise EncodingUnknown("无法判断文件的文字编码，请选择编码（UTF-8、GBK 或 GB18030）")
        grid, merges = _read_csv(data, table.encoding), []
    elif suffix in (".xls", ".et", ".wps"):
        raise LedgerFileError("不支持旧版Excel（.xls）或WPS格式，请在Excel或WPS中“另存为”.xlsx后再导入")
    else:
        raise LedgerFileError("只能导入 .xlsx 或 .csv 文件")
    fill_merges(grid, merges)
    width = max((len(r) for r in grid), default=0)
    if width > MAX_COLUMNS:  # before every row is padded to it
        raise LedgerFileError(f"表格有{width}列，超过{MAX_COLUMNS}列，不像信访台账；请删除多余的列后再导入")
    table.header = find_header(grid, width)
    if table.header is None:
        raise LedgerFileError("在文件前20行中找不到表头（如“姓名”“来访时间”“反映问题”等列名）")
    for index in range(table.header.first + table.header.depth, len(grid)):
        cells = grid[index]
        filled = {c.strip() if isinstance(c, str) else c for c in cells if c is not None}
        filled.discard("")
        if not filled:
            table.blank_rows += 1
            continue
        if len(filled) == 1 and isinstance(text := next(iter(filled)), str):
            table.remarks.append((index + 1, text))
            continue
        table.rows.append((index + 1, cells + [None] * (width - len(cells))))
        if problem := _overlong(cells, table.labels):
            table.row_problems[index + 1] = problem
    return table


def _overlong(cells: list[Cell], labels: list[str]) -> str | None:
    """Why a row cannot be taken as it is: a cell longer than a spreadsheet cell can be."""
    for column, cell in enumerate(cells):
        if isinstance(cell, str) and len(cell) > MAX_CELL_CHARS:
            label = labels[column] if column < len(labels) else f"第{column + 1}列"
            return (
                f"“{label}”一栏有{len(cell)}个字，超过单元格上限{MAX_CELL_CHARS}个字"
                "（多为文件中的引号不配对，把后面的内容并进了这一格），请在原表中修改该行"
            )
    return None


def check_package(path: Path) -> None:
    """Refuse a workbook that would unpack to too much, from the zip's directories alone.

    Nothing is inflated: the end record gives the number of parts, the
    central directory their unpacked sizes (Python's zipfile stops at the
    size the directory gives, so a part cannot unpack to more).
    """
    try:
        with path.open("rb") as stream:
            # Private, but stable since Python 2: the end record, read from the file's tail.
            end = zipfile._EndRecData(stream)  # type: ignore[attr-defined]
        if not end:
            raise LedgerFileError("无法打开该Excel文件（文件损坏或不是.xlsx格式）")
        if end[zipfile._ECD_ENTRIES_TOTAL] > MAX_PARTS:  # type: ignore[attr-defined]
            raise LedgerFileError(
                f"该Excel文件内含{end[zipfile._ECD_ENTRIES_TOTAL]}个部件，"  # type: ignore[attr-defined]
                "不像信访台账（可能是损坏或特意构造的文件），未读取"
            )
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (OSError, zipfile.BadZipFile, ValueError) as error:
        raise LedgerFileError("无法打开该Excel文件（文件损坏或不是.xlsx格式）") from error
    if unpacked > MAX_UNPACKED_BYTES:
        raise LedgerFileError(
            f"该Excel文件解压后有{unpacked // 1024**2}MB，超过{MAX_UNPACKED_BYTES // 1024**2}MB的上限"
            "（多为损坏或特意构造的文件），未读取；如确是台账，请按年度拆分后分别导入"
        )


# -- CSV


def detect_encoding(data: bytes) -> str | None:
    """The encoding of a CSV: a BOM, else strict UTF-8, else GBK, else GB18030; None if none fits."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    for name in ("utf-8", "gbk", "gb18030"):
        try:
            data.decode(name)
        except UnicodeDecodeError:
            continue
        return name
    return None


def _read_csv(data: bytes, encoding: str) -> list[list[Any]]:
    codec = "utf-8-sig" if encoding == "utf-8" else encoding
    try:
        text = data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        raise LedgerFileError(f"文件不是{ENCODINGS.get(encoding, encoding)}编码，请换一种编码再试") from None
    sample = text[:20000]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel_tab if sample.count("\t") > sample.count(",") else csv.excel
    # The csv module refuses a field over 131,072 characters, ending the whole read; a long
    # field is read here and its row reported (``_overlong``).
    csv.field_size_limit(max(csv.field_size_limit(), MAX_FILE_BYTES))
    rows: list[list[Any]] = []
    for record in csv.reader(io.StringIO(text, newline=""), dialect):
        rows.append([cell if cell.strip() else None for cell in record])
    return rows


# -- XLSX


def _read_xlsx(path: Path, wanted: str | None) -> tuple[list[str], str, list[list[Any]], list[Merge]]:
    """Workbook parts through openpyxl's reader, minus its worksheet objects.

    openpyxl's read-only worksheets parse a whole sheet just to size it when
    the file has no <dimension> (files written by many tools): so the sheets
    are found here and streamed once by ``_scan_sheet``.
    """
    from openpyxl.reader.excel import ExcelReader  # 0.3 s to import: only when a workbook is read
    from openpyxl.styles.stylesheet import apply_stylesheet

    try:
        reader = ExcelReader(str(path), read_only=True, data_only=True)
        reader.read_manifest()
        reader.read_strings()
        reader.read_workbook()
        apply_stylesheet(reader.archive, reader.wb)
        sheets = [
            (sheet.name, rel.target)
            for sheet, rel in reader.parser.find_sheets()
            if rel.target in reader.valid_files and "chartsheet" not in rel.Type
        ]
    except Exception as error:  # whatever a damaged or encrypted package raises inside openpyxl
        raise LedgerFileError(f"无法打开该Excel文件（文件损坏或已加密？）：{error}") from None
    try:
        names = [name for name, _ in sheets]
        if not sheets:
            raise LedgerFileError("工作簿中没有工作表")
        if wanted and wanted not in names:
            raise LedgerFileError(f"工作簿中没有名为“{wanted}”的工作表")
        # Ledgers often start with a cover sheet: by default take the largest one.
        name, part = (
            next(s for s in sheets if s[0] == wanted)
            if wanted
            else max(sheets, key=lambda s: reader.archive.getinfo(s[1]).file_size)
        )
        wb = reader.wb
        # Private in openpyxl (its reader fills it; the stubs leave it out): the workbook's date styles.
        date_formats = wb._date_formats  # type: ignore[attr-defined]
        scanner = _SheetScanner(reader.shared_strings, date_formats, wb.epoch)
        with reader.archive.open(part) as source:
            _scan(scanner, source, name)
        last = max(scanner.rows, default=-1)
        return names, name, [scanner.rows.get(i, []) for i in range(last + 1)], scanner.merges
    finally:
        reader.archive.close()


_CELL_REF = re.compile(r"([A-Z]+)(\d+)")


def _column_index(letters: str) -> int:
    index = 0
    for ch in letters:
        index = index * 26 + ord(ch) - 64
    return index - 1


class _SheetScanner:
    """Expat handlers collecting cell values by row, and the merged ranges."""

    def __init__(self, shared: Sequence[Any], date_styles: Any, epoch: dt.datetime) -> None:
        from openpyxl.utils.datetime import from_excel

        self.shared, self.date_styles, self.epoch = shared, date_styles, epoch
        self.from_excel = from_excel
        self.rows: dict[int, list[Any]] = {}
        self.merges: list[Merge] = []
        self.row: list[Any] = []
        self.row_index = -1
        self.column = -1
        self.kind = ""
        self.style = 0
        self.text: list[str] = []
        self.formula: list[str] = []
        self.capture = False
        self.capture_formula = False
        self.phonetic = 0
        self.columns: dict[str, int] = {}

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if ":" in name:
            name = name.rpartition(":")[2]
        if name == "c":
            ref = attrs.get("r")
            if ref:
                letters = ref.rstrip("0123456789")
                column = self.columns.get(letters)
                if column is None:
                    column = self.columns[letters] = _column_index(letters)
                self.column = column
            else:
                self.column += 1
            self.kind = attrs.get("t", "n")
            self.style = int(attrs.get("s", 0))
            self.text = []
            self.formula = []
        elif name in ("v", "t"):
            self.capture = not self.phonetic
        elif name == "f":
            self.capture_formula = True
        elif name == "rPh":
            self.phonetic += 1
        elif name == "row":
            number = attrs.get("r")
            self.row_index = int(number) - 1 if number else self.row_index + 1
            self.row = []
            self.column = -1
        elif name == "mergeCell":
            first, _, last = attrs.get("ref", "").partition(":")
            a, b = _CELL_REF.match(first), _CELL_REF.match(last or first)
            if a and b:
                # A merge cannot widen a row past the ledger's columns (nothing lies beyond them).
                right = min(_column_index(b[1]), MAX_COLUMNS - 1)
                self.merges.append((int(a[2]) - 1, _column_index(a[1]), int(b[2]) - 1, right))

    def end(self, name: str) -> None:
        if ":" in name:
            name = name.rpartition(":")[2]
        if name in ("v", "t"):
            self.capture = False
        elif name == "f":
            self.capture_formula = False
        elif name == "rPh":
            self.phonetic -= 1
        elif name == "c":
            value = self._value("".join(self.text))
            if value is None and self.formula:
                # A formula never calculated (files written by scripts): its text, as text.
                value = "=" + "".join(self.formula)
            if value is not None and (self.column >= MAX_COLUMNS or self.row_index >= MAX_ROWS):
                # Refused here, before a row is widened to reach it.
                raise LedgerFileError(
                    f"工作表第{self.row_index + 1}行第{self.column + 1}列有内容，超出台账的范围"
                    f"（最多{MAX_COLUMNS}列），请删除多余的内容后再导入"
                )
            if value is not None:
                if len(self.row) <= self.column:
                    self.row.extend([None] * (self.column + 1 - len(self.row)))
                self.row[self.column] = value
        elif name == "row" and self.row:
            self.rows[self.row_index] = self.row

    def chars(self, data: str) -> None:
        if self.capture:
            self.text.append(data)
        elif self.capture_formula:
            self.formula.append(data)

    def _value(self, raw: str) -> Any:
        kind = self.kind
        if kind == "s":
            return self.shared[int(raw)] if raw else None
        if kind in ("inlineStr", "str"):
            return raw or None
        if kind == "b":
            return raw == "1"
        if kind == "e":
            return raw or None
        if kind == "d":
            return dt.datetime.fromisoformat(raw) if raw else None
        if not raw:
            return None
        number = float(raw)
        if self.style in self.date_styles:
            return self.from_excel(number, self.epoch)
        return int(number) if number.is_integer() and "." not in raw and "E" not in raw.upper() else number


def _scan(scanner: _SheetScanner, source: Any, name: str) -> None:
    parser = expat.ParserCreate()
    parser.buffer_text = True
    parser.StartElementHandler = scanner.start
    parser.EndElementHandler = scanner.end
    parser.CharacterDataHandler = scanner.chars
    try:
        parser.ParseFile(source)
    except expat.ExpatError as error:
        raise LedgerFileError(f"工作表“{name}”内容损坏，无法读取：{error}") from None
