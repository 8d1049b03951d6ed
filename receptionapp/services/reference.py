"""Reference lists the forms offer: categories, regions, units, the bureau's name."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from receptionapp.db.database import Database
from receptionapp.db.models import Category, Region, Unit
from receptionapp.domain.units import UNIT_KIND_LABELS
from receptionapp.services import settings
from receptionapp.services.context import ValidationFailed


@dataclass(frozen=True)
class ReferenceLists:
    bureau_name: str
    categories: list[str]
    regions: list[str]
    units: list[str]
    # Retired entries: not offered for new cases, still there to find old ones.
    retired_categories: list[str] = field(default_factory=list)
    retired_regions: list[str] = field(default_factory=list)


def reference_lists(db: Database) -> ReferenceLists:
    with db.read() as session:
        return ReferenceLists(
            bureau_name=settings.read(session, settings.BUREAU_NAME),
            categories=list(
                session.scalars(select(Category.name).where(Category.active).order_by(Category.sort_order))
            ),
            regions=list(
                session.scalars(select(Region.name).where(Region.active).order_by(Region.sort_order))
            ),
            units=list(session.scalars(select(Unit.name).where(Unit.active).order_by(Unit.id))),
            retired_categories=list(
                session.scalars(select(Category.name).where(~Category.active).order_by(Category.sort_order))
            ),
            retired_regions=list(
                session.scalars(select(Region.name).where(~Region.active).order_by(Region.sort_order))
            ),
        )


def lookup_id(
    session: Session, model: type[Category] | type[Region], name: str, field: str, *, keep: int | None = None
) -> int:
    """The id of an active list entry by its name; ValidationFailed on ``field`` if it is not in the list.

    A retired entry is refused, except ``keep`` (the one a case already has: editing
    other fields of an old case must not force a new category on it).
    """
    found = session.execute(select(model.id, model.active).where(model.name == name.strip())).first()
    if found is None:
        raise ValidationFailed({field: f"“{name}”不在列表中，请从列表选择"})
    if not found.active and found.id != keep:
        raise ValidationFailed({field: f"“{name}”已停用，请从列表另选一项"})
    return int(found.id)


@dataclass(frozen=True)
class UnitChoice:
    id: int
    name: str
    kind: str
    kind_label: str
    region: str


def unit_choices(db: Database) -> list[UnitChoice]:
    """Active units with their kind, for the 交办 form: divisions first, then county bureaus, schools."""
    order = list(UNIT_KIND_LABELS)
    with db.read() as session:
        regions = dict(session.execute(select(Region.id, Region.name)).all())
        units = list(session.scalars(select(Unit).where(Unit.active)))
    units.sort(key=lambda u: (order.index(u.kind) if u.kind in order else len(order), u.id))
    return [
        UnitChoice(
            u.id, u.name, u.kind, UNIT_KIND_LABELS.get(u.kind, u.kind), regions.get(u.region_id or 0, "")
        )
        for u in units
    ]


@dataclass(frozen=True)
class LeaderChoice:
    id: int
    name: str


def leader_choices(db: Database) -> list[LeaderChoice]:
    """Active users with the leader role (for the rota, 批示 and approvals)."""
    from receptionapp.db.models import User

    with db.read() as session:
        return [
            LeaderChoice(u.id, u.display_name)
            for u in session.scalars(select(User).where(User.role == "leader", User.active).order_by(User.id))
        ]
