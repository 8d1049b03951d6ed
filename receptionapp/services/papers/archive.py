"""The archive bundle (归档材料) of a closed case: every paper as a PDF, the attachments, an index and a manifest.

For the archives room a closed or archived case is written into a folder of
its own: the 卷内目录 (index: archive number, case number, and one line per
document in order with its date, page count and file name), the papers of
四单一记录 in the order the case produced them, the notices and letters that
other modules contribute through :data:`LETTER_PROVIDERS`, the attachments
copied out of the content-addressed store under their original names, and
``manifest.json`` with the SHA-256 of every file. The folder is written under
a temporary name and renamed when complete, so a half-written bundle never
looks finished; an existing bundle is never overwritten (the new one gets a
numbered name); a bundle that cannot be finished (a full USB drive) is
removed again. The files are the exporting user's only (0600 on POSIX). The
export is recorded in the audit log.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import shutil
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from receptionapp.db.database import Database
from receptionapp.db.models import Case
from receptionapp.documents.fonts import FontSet
from receptionapp.documents.forms import FormDocument, FormGrid, FormRow, render_form
from receptionapp.domain.case import CaseStatus
from receptionapp.domain.numbering import format_case_number, parse_case_number
from receptionapp.domain.roles import CAN_PROCESS
from receptionapp.paths import PRIVATE_FOLDER, DataPaths, write_private
from receptionapp.services import audit
from receptionapp.services.chosen_paths import chosen_folder
from receptionapp.services.context import Actor, NotFound, ServiceError, require
from receptionapp.services.faults import MB, guarded
from receptionapp.services.papers.catalog import PaperKind, build_papers, load_record
from receptionapp.services.papers.forms import day_text, names_text
from receptionapp.services.shared_files import FileKind, fetch

INDEX_TITLE = "卷内目录"
INDEX_FILE = f"00_{INDEX_TITLE}.pdf"
MANIFEST_FILE = "manifest.json"
ATTACHMENT_DIR = "附件"
NOT_EXPORTED = "归档材料未导出，已写入的部分已删除"
INDEX_ROOM = MB  # the index and the manifest
INDEX_COLUMNS = (("序号", 13.0), ("文件题名", 62.0), ("日期", 24.0), ("页数", 13.0), ("文件名", 48.0))
INDEX_ALIGN = ("center", "left", "center", "center", "left")


@dataclass(frozen=True)
class BundleDocument:
    """A PDF another module adds to the bundle (a signed reply letter, a notice)."""

    title: str
    pdf: bytes
    on: dt.date | None = None


# Each provider returns the extra documents of a case, in their order: either
# BundleDocument objects or plain (title, pdf bytes) pairs. Letters join the
# bundle after the 督办单 and before the 办结单, ordered by date among themselves.
LetterProvider = Callable[[Database, int, DataPaths], Iterable[BundleDocument | tuple[str, bytes]]]
LETTER_PROVIDERS: list[LetterProvider] = []


def register_letter_provider(provider: LetterProvider) -> LetterProvider:
    """Add a provider of letters to every bundle (usable as a decorator)."""
    if provider not in LETTER_PROVIDERS:
        LETTER_PROVIDERS.append(provider)
    return provider


@dataclass(frozen=True)
class BundleFile:
    """One line of the index and of the manifest."""

    number: int  # 0 for the index itself
    title: str
    file_name: str  # relative to the bundle folder, with "/" between folders
    on: dt.date | None
    pages: int | None  # None for attachments that are not PDFs
    size: int
    sha256: str


@dataclass(frozen=True)
class Bundle:
    folder: Path
    case_number: str
    archive_number: str
    files: list[BundleFile]

    @property
    def documents(self) -> list[BundleFile]:
        return [f for f in self.files if f.number > 0]


Progress = Callable[[int, int, str], None]  # done, total, what is being written


def find_case_id(db: Database, text: str) -> int:
    """The case with this printed number (〔〕, [] or () all accepted); NotFound otherwise."""
    parsed = parse_case_number(text)
    if parsed is None:
        raise NotFound(f"事项编号格式不对：{text.strip()}（应如 来访〔2026〕0042号）")
    number = format_case_number(*parsed)
    with db.read() as session:
        case_id = session.scalar(select(Case.id).where(Case.number == number))
    if case_id is None:
        raise NotFound(f"找不到事项{number}")
    return int(case_id)


def safe_name(text: str) -> str:
    """A file name Windows accepts: no separators, reserved characters or spaces."""
    cleaned = re.sub(r'[\\/:*?"<>|\s\x00-\x1f]+', "_", text).strip("._")
    return cleaned[:120] or "文件"


def pdf_pages(pdf: bytes) -> int:
    # pyHanko reads incremental updates (signed letters) correctly; imported only when exporting.
    from pyhanko.pdf_utils.reader import PdfFileReader

    return int(PdfFileReader(io.BytesIO(pdf)).root["/Pages"]["/Count"])


def attachment_pages(data: bytes) -> int | None:
    """Pages of an attached PDF; None for other files and for PDFs that cannot be read."""
    if not data.startswith(b"%PDF"):
        return None
    try:
        return pdf_pages(data)
    except Exception:  # a scan from elsewhere may be damaged: it is still archived as it is
        return None


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _letters(
    db: Database, case_id: int, paths: DataPaths, providers: Sequence[LetterProvider]
) -> list[BundleDocument]:
    letters: list[BundleDocument] = []
    for provider in providers:
        for item in provider(db, case_id, paths):
            letters.append(item if isinstance(item, BundleDocument) else BundleDocument(item[0], item[1]))
    # Stable: undated letters keep their provider's order, after the dated ones of the same run.
    return sorted(letters, key=lambda d: d.on or dt.date.max)


def _free_folder(parent: Path, name: str) -> Path:
    target = parent / name
    counter = 2
    while target.exists() or target.with_name(target.name + ".part").exists():
        target = parent / f"{name}（{counter}）"
        counter += 1
    return target


def index_document(
    bureau: str,
    case_number: str,
    archive_number: str,
    names: str,
    closed_on: dt.date | None,
    files: Sequence[BundleFile],
) -> FormDocument:
    """卷内目录: the bundle's first page, naming every document in order."""
    rows: list[FormRow | FormGrid] = [
        FormRow("档案号", archive_number or "（未归档）", "事项编号", case_number),
        FormRow("信访人", names, "办结日期", day_text(closed_on)),
        FormGrid(
            INDEX_COLUMNS,
            [
                (str(f.number), f.title, f"{f.on:%Y%m%d}" if f.on else "", str(f.pages or "—"), f.file_name)
                for f in files
            ],
            INDEX_ALIGN,
        ),
    ]
    return FormDocument(
        title=INDEX_TITLE,
        bureau=bureau,
        number=archive_number or case_number,
        rows=rows,
        footer_signatures=["立卷人：", "检查人："],
        date=closed_on,
        note=f"本卷共{len(files)}件；文件的SHA-256校验值见同一文件夹中的{MANIFEST_FILE}。",
    )


def write_bundle(
    db: Database,
    actor: Actor,
    case_id: int,
    attachment_store: Path,
    out: Path,
    *,
    providers: Sequence[LetterProvider] | None = None,
    progress: Progress | None = None,
    fonts: FontSet | None = None,
) -> Bundle:
    """Write the bundle of a closed case into a new folder under ``out``; returns what was written."""
    # The archive is the whole record, identity included: the office's work (services.access).
    require(actor, CAN_PROCESS, "导出归档材料")
    record = load_record(db, case_id, actor)
    case, state = record.case, record.handling
    if case.status not in (CaseStatus.CLOSED, CaseStatus.ARCHIVED) or state.completion is None:
        raise ServiceError(f"{case.number}尚未办结（当前：{case.status.label}），办结后才能导出归档材料")
    completion = state.completion
    papers = build_papers(record)
    # The attachment store sits in the data folder, beside the signed letters.
    paths = DataPaths(attachment_store.parent)
    letters = _letters(db, case_id, paths, LETTER_PROVIDERS if providers is None else providers)
    documents: list[tuple[str, bytes, dt.date | None, str]] = []  # title, pdf, date, file stem
    closing = [p for p in papers if p.kind is PaperKind.COMPLETION]
    for paper in [p for p in papers if p.kind is not PaperKind.COMPLETION]:
        documents.append((paper.formal_title, paper.render(fonts), paper.on, paper.file_stem))
    documents += [(d.title, d.pdf, d.on, d.title) for d in letters]
    documents += [(p.formal_title, p.render(fonts), p.on, p.file_stem) for p in closing]
    # On a shared database another PC may hold an attachment: it is fetched into this PC's folder.
    missing = [
        a.filename
        for a in case.attachments
        if fetch(db, FileKind.ATTACHMENT, attachment_store, a.stored_name, a.sha256) is None
    ]
    if missing:
        raise ServiceError("以下附件不在数据文件夹中，请从备份恢复后再导出：" + "、".join(missing))

    needed = (
        sum(len(pdf) for _t, pdf, _o, _s in documents) + sum(a.size for a in case.attachments) + INDEX_ROOM
    )
    with guarded(NOT_EXPORTED, out, needed):
        out = chosen_folder(out)  # made when missing; a file, a device or a dangling link is refused
        base = safe_name(
            f"{completion.archive_number}_{case.number}" if completion.archive_number else case.number
        )
        target = _free_folder(out, base)
        partial = target.with_name(target.name + ".part")
        partial.mkdir(mode=PRIVATE_FOLDER)
        total = len(documents) + len(case.attachments) + 1
        files: list[BundleFile] = []
        try:
            for number, (title, pdf, on, stem) in enumerate(documents, start=1):
                if progress:
                    progress(number - 1, total, title)
                name = f"{number:02d}_{safe_name(stem)}.pdf"
                write_private(partial / name, pdf)
                files.append(BundleFile(number, title, name, on, pdf_pages(pdf), len(pdf), _digest(pdf)))
            used: set[str] = set()
            if case.attachments:
                (partial / ATTACHMENT_DIR).mkdir(mode=PRIVATE_FOLDER)
            for offset, a in enumerate(case.attachments):
                number = len(documents) + offset + 1
                if progress:
                    progress(number - 1, total, a.filename)
                name = _unique(safe_name(a.filename), used)
                data = (attachment_store / a.stored_name).read_bytes()
                if _digest(data) != a.sha256:
                    raise ServiceError(
                        f"附件“{a.filename}”与登记时的校验值不符（文件已损坏），请从备份恢复后再导出"
                    )
                write_private(partial / ATTACHMENT_DIR / name, data)
                pages = attachment_pages(data)
                title = f"附件：{Path(a.filename).stem}"
                on = a.added_at.date()
                files.append(
                    BundleFile(number, title, f"{ATTACHMENT_DIR}/{name}", on, pages, len(data), a.sha256)
                )
            if progress:
                progress(total - 1, total, INDEX_TITLE)
            names = names_text(case.petitioners)
            index = render_form(
                index_document(
                    record.bureau, case.number, completion.archive_number, names, completion.closed_on, files
                ),
                fonts,
            )
            write_private(partial / INDEX_FILE, index)
            head = BundleFile(
                0, INDEX_TITLE, INDEX_FILE, completion.closed_on, pdf_pages(index), len(index), _digest(index)
            )
            files.insert(0, head)
            manifest = _manifest(record.bureau, case.number, completion.archive_number, files)
            write_private(partial / MANIFEST_FILE, manifest)
            partial.rename(target)
        except BaseException:
            shutil.rmtree(partial, ignore_errors=True)  # our own half-written folder, never a record
            raise
    if progress:
        progress(total, total, "")
    bundle = Bundle(target, case.number, completion.archive_number, files)
    _record_export(db, actor, case_id, bundle, _digest(manifest))
    return bundle


def _unique(name: str, used: set[str]) -> str:
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    candidate, counter = name, 2
    while candidate.lower() in used:
        candidate = f"{stem}（{counter}）" + (f".{suffix}" if suffix else "")
        counter += 1
    used.add(candidate.lower())
    return candidate


def _manifest(bureau: str, case_number: str, archive_number: str, files: Sequence[BundleFile]) -> bytes:
    content = {
        "bureau": bureau,
        "case_number": case_number,
        "archive_number": archive_number,
        "files": [
            {
                "number": f.number,
                "title": f.title,
                "file": f.file_name,
                "date": f.on.isoformat() if f.on else None,
                "pages": f.pages,
                "size": f.size,
                "sha256": f.sha256,
            }
            for f in files
        ],
    }
    return (json.dumps(content, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _record_export(db: Database, actor: Actor, case_id: int, bundle: Bundle, manifest_sha256: str) -> None:
    with db.write() as session:
        audit.record(
            session,
            actor,
            "print",
            "case",
            case_id,
            f"打印：导出归档材料{len(bundle.documents)}件，到{bundle.folder}",
            case_id=case_id,
            details={
                "way": "archive",
                "folder": str(bundle.folder),
                "files": [{"file": f.file_name, "sha256": f.sha256} for f in bundle.files],
                "manifest_sha256": manifest_sha256,
            },
        )


@register_letter_provider
def signed_letters(db: Database, case_id: int, paths: DataPaths) -> list[BundleDocument]:
    """The case's signed reply letters and notices in force (a corrected one gives way to its correction)."""
    from receptionapp.services.letters.records import case_letters
    from receptionapp.services.letters.rendering import letter_pdf

    return [
        BundleDocument(f"{row.title}（{row.doc_number}）", letter_pdf(db, paths, row.id), row.letter_date)
        for row in case_letters(db, case_id)
        if row.final and not row.superseded_by
    ]
