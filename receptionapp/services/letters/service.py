"""送达: how a final letter reached the petitioner, and what that settles in the case.

A final letter is served by registered mail (with its number) or by hand
against the petitioner's signature on the receipt (送达回证). Serving a notice
settles the deadline it answers, as ``services.workflow.notices.record_notice`` does
(受理 / 不予受理 / 转送告知 → the 15-day notice; 延期告知 → the extension
notice), in the same transaction. A served reply letter is what the 办结单
records as the reply's service, so the 办结 dialog starts from it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from receptionapp.db.base import now
from receptionapp.db.database import Database
from receptionapp.db.models import Case
from receptionapp.db.models_letters import Letter, LetterService
from receptionapp.documents.templates import LetterType
from receptionapp.domain.case import CaseStatus
from receptionapp.domain.completion import CompletionInput, ServiceMethod, validate_completion
from receptionapp.domain.roles import CAN_PROCESS
from receptionapp.services import audit
from receptionapp.services.context import Actor, ServiceError, ValidationFailed, require
from receptionapp.services.deadlines.obligations import close
from receptionapp.services.letters.records import FINAL, ServiceView, case_letters, load_letter
from receptionapp.services.workflow.notices import notice_step

# The workflow's notice kinds each letter type settles.
NOTICE_OF = {
    LetterType.ACCEPTANCE: "accept",
    LetterType.REFUSAL: "refuse",
    LetterType.TRANSFER: "transfer",
    LetterType.EXTENSION: "extension",
}
LETTER_METHODS = (ServiceMethod.REGISTERED_MAIL, ServiceMethod.IN_PERSON)
SERVICE_FIELDS = ("service", "mail_number", "receipt_signed", "served_on")


def validate_service(
    method: ServiceMethod | None,
    mail_number: str,
    served_on: dt.date | None,
    receipt_signed: bool,
    letter_date: dt.date,
    today: dt.date,
) -> dict[str, str]:
    """The 办结单's service rules, plus: a letter is not served before it was issued."""
    data = CompletionInput(
        service=method, mail_number=mail_number, served_on=served_on, receipt_signed=receipt_signed
    )
    errors = {k: v for k, v in validate_completion(data, letter_date, today).items() if k in SERVICE_FIELDS}
    if "served_on" in errors and served_on is not None and served_on < letter_date:
        errors["served_on"] = "送达日期不能早于文书的成文日期"
    if method is not None and method not in LETTER_METHODS:
        errors["service"] = "书面文书应挂号邮寄，或当面送达并由信访人签收"
    return errors


def record_service(
    db: Database,
    actor: Actor,
    letter_id: int,
    method: ServiceMethod | None,
    *,
    mail_number: str = "",
    served_on: dt.date | None = None,
    receipt_signed: bool = False,
    note: str = "",
    today: dt.date | None = None,
) -> int:
    """Record how a final letter was served; returns how many deadlines it settled."""
    require(actor, CAN_PROCESS, "登记文书送达")
    with db.write() as session:
        letter = load_letter(session, letter_id)
        kind = LetterType(letter.kind)
        if letter.status != FINAL or letter.letter_date is None:
            raise ServiceError("文书尚未签发，不能登记送达。")
        if session.scalar(select(LetterService.id).where(LetterService.letter_id == letter.id)):
            raise ServiceError("该文书的送达已经登记过。")
        if session.scalar(select(Letter.id).where(Letter.replaces_id == letter.id)):
            raise ServiceError("该文书已被更正版本取代，请登记更正后文书的送达。")
        errors = validate_service(
            method, mail_number, served_on, receipt_signed, letter.letter_date, today or dt.date.today()
        )
        if errors:
            raise ValidationFailed(errors)
        assert method is not None and served_on is not None
        number = (
            mail_number.strip().upper().replace(" ", "") if method is ServiceMethod.REGISTERED_MAIL else ""
        )
        row = LetterService(
            letter_id=letter.id,
            method=method.value,
            mail_number=number,
            served_on=served_on,
            receipt_signed=receipt_signed and method is ServiceMethod.IN_PERSON,
            note=note.strip(),
            recorded_by_id=actor.id,
            recorded_at=now(),
        )
        session.add(row)
        session.flush()
        how = method.label + (f"（{number}）" if number else "")
        audit.record(
            session, actor, "letter_serve", "letter", letter.id,
            f"送达{kind.label}{letter.doc_number}：{served_on:%Y-%m-%d}，{how}", case_id=letter.case_id,
            details={"method": method.value, "mail_number": number, "served_on": served_on},
        )  # fmt: skip
        settled = 0
        case = session.get(Case, letter.case_id)
        notice = NOTICE_OF.get(kind)
        if notice and case is not None and (CaseStatus(case.status).is_open or notice == "extension"):
            step = notice_step(notice, served_on, letter.doc_number)
            settled = len(close(session, case, step.closes[0]))
            if settled:
                audit.record_entry(session, actor, step.entry, case.id, case_id=case.id)
        return settled


def served_reply(db: Database, case_id: int) -> ServiceView | None:
    """How the case's current reply letter was served, if it was: the 办结 dialog starts from it."""
    for row in reversed(case_letters(db, case_id)):
        if row.kind is LetterType.REPLY and row.final and not row.superseded_by and row.service:
            return row.service
    return None
