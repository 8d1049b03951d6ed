"""Editing the reference lists: categories (问题类别), regions (区县) and units (学校/单位).

Entries are added, renamed and retired, never deleted: a retired entry stays
on the cases that used it and in the reports, but the forms no longer offer
it, and it can be taken back into use. Categories and regions are the
admin's; units also the office's, which meets new schools in its daily
交办 work. Each change is validated (no empty or duplicate names; a unit's
kind and region) and audited in its own transaction.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from typing import cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from receptionapp.db.database import Database
from receptionapp.db.models import Case, Category, Region, Unit, User
from receptionapp.db.models_workflow import Obligation
from receptionapp.domain.roles import CAN_ADMINISTER, CAN_PROCESS, Role
from receptionapp.domain.units import UNIT_KIND_LABELS, UnitKind
from receptionapp.domain.validation import validate_line
from receptionapp.services import audit
from receptionapp.services.context import Actor, NotFound, PermissionDenied, ValidationFailed


class ListKind(StrEnum):
    CATEGORY = "category"
    REGION = "region"
    UNIT = "unit"

    @property
    def label(self) -> str:
        return {"category": "问题类别", "region": "区县", "unit": "单位"}[self.value]


MODELS: dict[ListKind, type[Category] | type[Region] | type[Unit]] = {
    ListKind.CATEGORY: Category,
    ListKind.REGION: Region,
    ListKind.UNIT: Unit,
}
MAX_NAME = {ListKind.CATEGORY: 64, ListKind.REGION: 64, ListKind.UNIT: 128}


def editors(kind: ListKind) -> frozenset[Role]:
    """Who may change a list: the admin; for units also the office."""
    return CAN_PROCESS if kind is ListKind.UNIT else CAN_ADMINISTER


def may_edit(actor: Actor, kind: ListKind) -> bool:
    return actor.role in editors(kind)


@dataclass(frozen=True)
class ListEntry:
    id: int
    name: str
    active: bool
    uses: int  # cases (categories, regions) or assignments (units) that name it
    kind: str = ""  # units: division / county_bureau / school / other
    region: str = ""  # units: the region's name, or ""

    @property
    def kind_label(self) -> str:
        return UNIT_KIND_LABELS.get(self.kind, self.kind)


def list_entries(db: Database, kind: ListKind) -> list[ListEntry]:
    """Every entry of a list, active and retired, in the order the forms offer them."""
    with db.read() as session:
        if kind is ListKind.UNIT:
            regions = dict(session.execute(select(Region.id, Region.name)).all())
            uses = dict(
                session.execute(select(Obligation.unit_id, func.count()).group_by(Obligation.unit_id)).all()
            )
            return [
                ListEntry(
                    u.id, u.name, u.active, int(uses.get(u.id, 0)), u.kind, regions.get(u.region_id or 0, "")
                )
                for u in session.scalars(select(Unit).order_by(Unit.id))
            ]
        column = Case.category_id if kind is ListKind.CATEGORY else Case.region_id
        counts = dict(session.execute(select(column, func.count()).group_by(column)).all())
        entries: list[Category] | list[Region] = (
            list(session.scalars(select(Category).order_by(Category.sort_order, Category.id)))
            if kind is ListKind.CATEGORY
            else list(session.scalars(select(Region).order_by(Region.sort_order, Region.id)))
        )
        return [ListEntry(e.id, e.name, e.active, int(counts.get(e.id, 0))) for e in entries]


def _compact(name: str) -> str:
    return "".join(unicodedata.normalize("NFKC", name).split()).casefold()


def _check_name(session: Session, kind: ListKind, name: str, own_id: int | None) -> str:
    """The cleaned name, or ValidationFailed on "name" (empty, too long, taken)."""
    # Checked as typed: a control character or line break is refused, not folded into a space.
    if problem := validate_line(name.strip(), limit=MAX_NAME[kind], label=f"{kind.label}名称"):
        raise ValidationFailed({"name": problem})
    cleaned = " ".join(name.split())  # full-width （） stay as typed; only the comparison folds them
    if not cleaned:
        raise ValidationFailed({"name": f"请填写{kind.label}名称"})
    model = MODELS[kind]
    wanted = _compact(cleaned)
    for entry_id, existing, active in session.execute(select(model.id, model.name, model.active)):
        if entry_id != own_id and _compact(existing) == wanted:
            hint = "" if active else "（已停用，可选中后“恢复启用”）"
            raise ValidationFailed({"name": f"已有同名的{kind.label}“{existing}”{hint}"})
    return cleaned


def _unit_fields(session: Session, unit_kind: str, region: str) -> int | None:
    errors: dict[str, str] = {}
    if unit_kind not in UNIT_KIND_LABELS:
        errors["unit_kind"] = "请选择单位类型"
    region_id = None
    if region.strip():
        region_id = session.scalar(select(Region.id).where(Region.name == region.strip()))
        if region_id is None:
            errors["region"] = f"区县“{region}”不在列表中"
    elif unit_kind == UnitKind.COUNTY_BUREAU:
        errors["region"] = "区县教育局须选择所属区县"
    if errors:
        raise ValidationFailed(errors)
    return region_id


def _require(actor: Actor, kind: ListKind) -> None:
    if not may_edit(actor, kind):
        who = "管理员和办公室" if kind is ListKind.UNIT else "管理员"
        raise PermissionDenied(f"当前账号（{actor.role.label}）无权修改{kind.label}名录，仅{who}可以修改")


def _get(session: Session, kind: ListKind, entry_id: int) -> Category | Region | Unit:
    entry = cast(Category | Region | Unit | None, session.get(MODELS[kind], entry_id))
    if entry is None:
        raise NotFound(f"找不到该{kind.label}，可能已被他人修改，请刷新后重试")
    return entry


def add_entry(
    db: Database,
    actor: Actor,
    kind: ListKind,
    name: str,
    *,
    unit_kind: str = UnitKind.SCHOOL,
    region: str = "",
) -> int:
    """Add an entry at the end of its list; returns its id."""
    _require(actor, kind)
    with db.write() as session:
        cleaned = _check_name(session, kind, name, None)
        details: dict[str, str] = {"name": cleaned}
        entry: Category | Region | Unit
        if kind is ListKind.UNIT:
            entry = Unit(name=cleaned, kind=unit_kind, region_id=_unit_fields(session, unit_kind, region))
            details.update(kind=UNIT_KIND_LABELS[unit_kind], region=region.strip())
        else:
            model: type[Category] | type[Region] = Category if kind is ListKind.CATEGORY else Region
            last = session.scalar(select(func.max(model.sort_order))) or 0
            entry = model(name=cleaned, sort_order=last + 1)
        session.add(entry)
        session.flush()
        audit.record(
            session, actor, "add", kind.value, entry.id, f"新增{kind.label}：{cleaned}", details=details
        )
        return entry.id


def rename_entry(
    db: Database,
    actor: Actor,
    kind: ListKind,
    entry_id: int,
    name: str,
    *,
    unit_kind: str | None = None,
    region: str | None = None,
) -> None:
    """Rename an entry (units: also change kind and region). Cases show the new name."""
    _require(actor, kind)
    with db.write() as session:
        entry = _get(session, kind, entry_id)
        cleaned = _check_name(session, kind, name, entry_id)
        diff: dict[str, list[str]] = {}
        if cleaned != entry.name:
            diff["name"] = [entry.name, cleaned]
            entry.name = cleaned
        if isinstance(entry, Unit):
            new_kind = unit_kind if unit_kind is not None else entry.kind
            names = dict(session.execute(select(Region.id, Region.name)).all())
            old_region = names.get(entry.region_id, "") if entry.region_id else ""
            new_region = old_region if region is None else region.strip()
            region_id = _unit_fields(session, new_kind, new_region)
            if new_kind != entry.kind:
                diff["kind"] = [UNIT_KIND_LABELS.get(entry.kind, entry.kind), UNIT_KIND_LABELS[new_kind]]
                entry.kind = new_kind
            if region_id != entry.region_id:
                diff["region"] = [old_region, new_region]
                entry.region_id = region_id
        if not diff:
            return
        old = diff.get("name", [entry.name])[0]
        summary = (
            f"{kind.label}“{old}”改名为“{cleaned}”" if "name" in diff else f"修改{kind.label}“{cleaned}”"
        )
        audit.record(session, actor, "rename", kind.value, entry.id, summary, details=diff)


def set_active(db: Database, actor: Actor, kind: ListKind, entry_id: int, active: bool) -> None:
    """Retire an entry (no longer offered in the forms) or take it back into use."""
    _require(actor, kind)
    with db.write() as session:
        entry = _get(session, kind, entry_id)
        if entry.active == active:
            return
        if not active:
            model = MODELS[kind]
            others = session.scalar(
                select(func.count()).select_from(model).where(model.active, model.id != entry_id)
            )
            if kind is not ListKind.UNIT and not others:
                raise ValidationFailed({"name": f"至少要保留一个可用的{kind.label}"})
        entry.active = active
        verb = "恢复启用" if active else "停用"
        audit.record(
            session,
            actor,
            "restore" if active else "retire",
            kind.value,
            entry.id,
            f"{verb}{kind.label}：{entry.name}",
            details={"active": [not active, active]},
        )


def unit_accounts(db: Database, unit_id: int) -> int:
    """Active accounts that belong to a unit (a retiring unit's handlers keep working)."""
    with db.read() as session:
        return int(
            session.scalar(select(func.count()).select_from(User).where(User.unit_id == unit_id, User.active))
            or 0
        )
