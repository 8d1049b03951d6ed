"""The rota of the leaders' reception day (领导接访日) and the schedule it follows.

A reception day is planned for a nominal weekday (Wednesday by default) and
takes place on the day the schedule and the calendar give: moved to the
working day before (or after) a public holiday, or left out that week.
The leader on duty may name a substitute; the office may cancel a day.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from receptionapp.db.database import Database
from receptionapp.db.models import User
from receptionapp.db.models_workflow import ReceptionDay, ReceptionVisit
from receptionapp.domain.deadlines import default_calendar
from receptionapp.domain.reception import Schedule, free_reception_date, nominal_days
from receptionapp.domain.roles import CAN_ADMINISTER, CAN_PROCESS, Role
from receptionapp.domain.validation import validate_line
from receptionapp.services import audit, settings
from receptionapp.services.context import Actor, NotFound, ValidationFailed, require

MAX_NOTE = 200  # a reception day's 备注 (its column's width)
# In the order of ``Schedule``'s fields.
SCHEDULE_OPTIONS = (
    settings.RECEPTION_WEEKDAY,
    settings.RECEPTION_START,
    settings.RECEPTION_END,
    settings.RECEPTION_MOVE,
    settings.RECEPTION_PLACE,
)


def load_schedule(db: Database) -> Schedule:
    with db.read() as session:
        stored = settings.stored(session, SCHEDULE_OPTIONS)
    schedule = Schedule(
        settings.RECEPTION_WEEKDAY.value_of(stored),
        settings.RECEPTION_START.value_of(stored),
        settings.RECEPTION_END.value_of(stored),
        settings.RECEPTION_MOVE.value_of(stored),
        settings.RECEPTION_PLACE.value_of(stored),
    )
    return schedule if schedule.start < schedule.end else Schedule()


def save_schedule(db: Database, actor: Actor, schedule: Schedule) -> None:
    require(actor, CAN_ADMINISTER, "修改领导接访日设置")
    errors: dict[str, str] = {}
    if schedule.end <= schedule.start:
        errors["end"] = "结束时间应晚于开始时间"
    if not schedule.place.strip():
        errors["place"] = "请填写接访地点"
    if errors:
        raise ValidationFailed(errors)
    schedule = dataclasses.replace(schedule, place=schedule.place.strip())
    with db.write() as session:
        settings.save(
            session,
            actor,
            dict(zip(SCHEDULE_OPTIONS, dataclasses.astuple(schedule), strict=True)),
            f"领导接访日：{schedule.label}，{schedule.place}，遇节假日{schedule.move.label}",
        )


# ---------------------------------------------------------------- the rota


@dataclass(frozen=True)
class DayView:
    id: int
    day: dt.date
    nominal_day: dt.date
    leader_id: int
    leader: str
    substitute_id: int | None
    substitute: str
    starts: dt.time
    ends: dt.time
    place: str
    note: str
    cancelled: bool
    appointments: int
    walk_ins: int

    @property
    def moved(self) -> bool:
        return self.day != self.nominal_day

    @property
    def receiving(self) -> str:
        """Who actually receives: the substitute when one is named."""
        return self.substitute or self.leader


def _day_views(session: Session, days: list[ReceptionDay]) -> list[DayView]:
    names = {uid: name for uid, name in session.execute(select(User.id, User.display_name))}
    counts: dict[tuple[int, bool], int] = {}
    ids = [d.id for d in days]
    if ids:
        for day_id, is_appointment, count in session.execute(
            select(ReceptionVisit.reception_day_id, ReceptionVisit.is_appointment, func.count())
            .where(ReceptionVisit.reception_day_id.in_(ids))
            .group_by(ReceptionVisit.reception_day_id, ReceptionVisit.is_appointment)
        ):
            counts[(day_id, bool(is_appointment))] = int(count)
    return [
        DayView(
            d.id,
            d.day,
            d.nominal_day,
            d.leader_id,
            names.get(d.leader_id, ""),
            d.substitute_id,
            names.get(d.substitute_id, "") if d.substitute_id else "",
            d.starts,
            d.ends,
            d.place,
            d.note,
            d.cancelled,
            counts.get((d.id, True), 0),
            counts.get((d.id, False), 0),
        )
        for d in days
    ]


def _check_leader(session: Session, user_id: int | None, field: str) -> None:
    if user_id is None:
        return
    user = session.get(User, user_id)
    if user is None or user.role != Role.LEADER.value or not user.active:
        raise ValidationFailed({field: "请选择在职的领导"})


def plan_days(db: Database, actor: Actor, start: dt.date, weeks: int, leader_ids: list[int]) -> list[DayView]:
    """Fill the rota for the next ``weeks`` reception days, the leaders taking turns.

    Weeks already on the rota keep their leader; a week whose day falls on
    a holiday moves as the schedule says (or is left out when it says skip).
    """
    require(actor, CAN_PROCESS, "安排领导接访日")
    if not leader_ids:
        raise ValidationFailed({"leaders": "请至少选择一位领导"})
    if not 1 <= weeks <= 53:
        raise ValidationFailed({"weeks": "一次最多安排53周"})
    schedule = load_schedule(db)
    calendar = default_calendar()
    with db.write() as session:
        for leader_id in leader_ids:
            _check_leader(session, leader_id, "leaders")
        planned_nominal = set(session.scalars(select(ReceptionDay.nominal_day)))
        turn = 0
        created: list[ReceptionDay] = []
        for nominal in nominal_days(start, weeks, schedule.weekday):
            if nominal in planned_nominal:
                continue
            taken = set(session.scalars(select(ReceptionDay.day)))
            actual = free_reception_date(nominal, calendar, schedule.move, taken)
            if actual is None:
                continue
            row = ReceptionDay(
                day=actual,
                nominal_day=nominal,
                leader_id=leader_ids[turn % len(leader_ids)],
                starts=schedule.start,
                ends=schedule.end,
                place=schedule.place,
                note="因节假日调整" if actual != nominal else "",
            )
            session.add(row)
            created.append(row)
            turn += 1
        session.flush()
        if created:
            audit.record(
                session,
                actor,
                "rota",
                "reception_day",
                None,
                f"安排领导接访日{len(created)}次：{created[0].day:%Y-%m-%d}至{created[-1].day:%Y-%m-%d}",
            )
        return _day_views(session, created)


def update_day(
    db: Database,
    actor: Actor,
    day_id: int,
    *,
    leader_id: int,
    substitute_id: int | None = None,
    note: str = "",
    cancelled: bool = False,
) -> None:
    """Change who receives (a substitute when the leader is away), or cancel the day."""
    require(actor, CAN_PROCESS, "调整领导接访日")
    if problem := validate_line(note.strip(), limit=MAX_NOTE, label="备注"):
        raise ValidationFailed({"note": problem})
    with db.write() as session:
        row = session.get(ReceptionDay, day_id)
        if row is None:
            raise NotFound("找不到该接访日")
        _check_leader(session, leader_id, "leader")
        _check_leader(session, substitute_id, "substitute")
        if substitute_id is not None and substitute_id == leader_id:
            raise ValidationFailed({"substitute": "替班领导不能与值班领导相同"})
        names = {uid: name for uid, name in session.execute(select(User.id, User.display_name))}
        row.leader_id = leader_id
        row.substitute_id = substitute_id
        row.note = note.strip()
        row.cancelled = cancelled
        audit.record(
            session,
            actor,
            "rota",
            "reception_day",
            row.id,
            f"调整{row.day:%Y-%m-%d}接访：{names.get(leader_id, '')}"
            + (f"（替班：{names.get(substitute_id, '')}）" if substitute_id else "")
            + ("，取消" if cancelled else ""),
        )


def upcoming_days(db: Database, start: dt.date, count: int = 8, include_past: int = 0) -> list[DayView]:
    with db.read() as session:
        rows = list(
            session.scalars(
                select(ReceptionDay)
                .where(ReceptionDay.day >= start - dt.timedelta(days=7 * include_past))
                .order_by(ReceptionDay.day)
                .limit(count + include_past)
            )
        )
        return _day_views(session, rows)


def day_view(db: Database, day_id: int) -> DayView:
    with db.read() as session:
        row = session.get(ReceptionDay, day_id)
        if row is None:
            raise NotFound("找不到该接访日")
        return _day_views(session, [row])[0]


def day_on(db: Database, day: dt.date) -> DayView | None:
    with db.read() as session:
        row = session.scalar(select(ReceptionDay).where(ReceptionDay.day == day))
        return _day_views(session, [row])[0] if row else None
