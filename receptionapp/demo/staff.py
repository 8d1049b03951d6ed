"""The people of the demo office: leaders on the rota, the office director, a clerk, a unit handler.

Created once, only when the database has no leader yet, with one shared
password that ``receptionapp demo-data`` prints; an office that starts for
real never runs the demo command.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from receptionapp.db.database import Database
from receptionapp.db.models import Unit, User
from receptionapp.demo.texts import load_texts
from receptionapp.domain.roles import Role
from receptionapp.services import audit
from receptionapp.services.admin.passwords import hash_password
from receptionapp.services.context import Actor

DEMO_PASSWORD = "demo12345"


@dataclass(frozen=True)
class Staff:
    leaders: list[tuple[int, str]]
    office: tuple[int, str]
    clerk: tuple[int, str]
    created: list[str]

    def actor(self, who: tuple[int, str], role: Role) -> Actor:
        return Actor(who[0], "", who[1], role)


def ensure_demo_staff(db: Database, actor: Actor) -> Staff:
    names = load_texts().staff
    created: list[str] = []
    with db.write() as session:

        def users(role: Role) -> list[tuple[int, str]]:
            rows = session.execute(
                select(User.id, User.display_name)
                .where(User.role == role.value, User.active)
                .order_by(User.id)
            )
            return [(uid, name) for uid, name in rows]

        def add(username: str, name: str, role: Role, unit: str | None = None) -> tuple[int, str]:
            unit_id = session.scalar(select(Unit.id).where(Unit.name == unit)) if unit else None
            user = User(
                username=username,
                display_name=name,
                password_hash=hash_password(DEMO_PASSWORD),
                role=role.value,
                unit_id=unit_id,
            )
            session.add(user)
            session.flush()
            created.append(f"{username}（{name}，{role.label}）")
            return user.id, name

        leaders = users(Role.LEADER)
        if not leaders:
            leaders = [
                add(f"leader{i}", name, Role.LEADER) for i, name in enumerate(names["leaders"], start=1)
            ]
        office = users(Role.OFFICE)
        office_user = office[0] if office else add("office1", names["office"][0], Role.OFFICE)
        clerks = users(Role.CLERK)
        clerk = clerks[0] if clerks else add("clerk1", names["clerk"][0], Role.CLERK)
        if not users(Role.HANDLER):
            add("handler1", "孙立新", Role.HANDLER, "基础教育处")
        if created:
            audit.record(session, actor, "user", "user", None, "创建演示账号：" + "、".join(created))
    return Staff(leaders, office_user, clerk, created)
