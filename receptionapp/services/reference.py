"""Reference lists the forms offer: categories, regions, units, the bureau's name."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from receptionapp.db.database import Database
from receptionapp.db.models import Category, Region, Setting, Unit
from receptionapp.services.context import ValidationFailed
from receptionapp.services.setup import BUREAU_NAME


@dataclass(frozen=True)
class ReferenceLists:
    bureau_name: str
    categories: list[str]
    regions: list[str]
    units: list[str]


def reference_lists(db: Database) -> ReferenceLists:
    with db.read() as session:
        bureau = session.get(Setting, BUREAU_NAME)
        return ReferenceLists(
            bureau_name=bureau.value if bureau else "",
            categories=list(
                session.scalars(select(Category.name).where(Category.active).order_by(Category.sort_order))
            ),
            regions=list(
                session.scalars(select(Region.name).where(Region.active).order_by(Region.sort_order))
            ),
            units=list(session.scalars(select(Unit.name).where(Unit.active).order_by(Unit.id))),
        )


def lookup_id(session: Session, model: type[Category] | type[Region], name: str, field: str) -> int:
    """The id of a list entry by its name; ValidationFailed on ``field`` if it is not in the list."""
    found = session.scalar(select(model.id).where(model.name == name.strip()))
    if found is None:
        raise ValidationFailed({field: f"“{name}”不在列表中，请从列表选择"})
    return int(found)
