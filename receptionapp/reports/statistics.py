"""The statistics of a period: counts by SQL GROUP BY, returned as plain dataclasses.

``build_report`` counts the cases received in a period by channel, source,
region and category, the closings, on-time and satisfaction figures, repeat,
skipped-level and collective visits, extensions and 督办单, the monthly trend,
the units' deadlines and the key petitioners, and the same key figures for
the same period of the previous year. Every number carries a ``Drill``:
``drill_case_ids`` lists the cases behind it with the same condition from
``reports.definitions`` that counted it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, and_, case, exists, func, select
from sqlalchemy.orm import Session

from receptionapp.db.database import Database
from receptionapp.db.models import Case, Category, Person, Petitioner, Region, Unit, User
from receptionapp.db.models_workflow import KeyPetitioner, Obligation, Supervision
from receptionapp.domain.aftercare import CallSatisfaction
from receptionapp.domain.case import CaseStatus
from receptionapp.domain.channels import FORWARDING_BODIES, OTHER_BODY, Channel
from receptionapp.domain.completion import Decision, Satisfaction
from receptionapp.domain.periods import Period, month_period
from receptionapp.domain.petition_types import PetitionType
from receptionapp.domain.roles import CAN_REPORT
from receptionapp.domain.supervision import SupervisionLevel
from receptionapp.reports import definitions as defs
from receptionapp.reports.figures import Drill as Drill  # re-exported: screens name it from here
from receptionapp.reports.figures import KeyFigures as KeyFigures
from receptionapp.reports.numbers import rate, shares
from receptionapp.reports.rule_figures import RULE_FIGURES
from receptionapp.services import settings
from receptionapp.services.context import Actor, require
from receptionapp.services.deadlines.board import on_time_by_unit
from receptionapp.services.reception.outreach import LeaderTable, leader_months

Progress = Callable[[int, int], None]
TREND_MONTHS = 12
SATISFACTIONS = tuple(s.value for s in Satisfaction)  # satisfied, basic, unsatisfied, unknown
DECISIONS = (*(d.value for d in Decision), "")  # "" = closed without a 办结单
LEVELS = tuple(level.value for level in SupervisionLevel)
CALL_SATISFACTIONS = tuple(s.value for s in CallSatisfaction)  # what a 回访 heard


@dataclass(frozen=True)
class ShareRow:
    label: str
    count: int
    percent: float
    closed: int
    closing_rate: float | None
    drill: Drill
    closed_drill: Drill


@dataclass(frozen=True)
class ShareTable:
    dimension: str
    title: str  # "信访形式", "来源", "区县", "问题类别"
    rows: list[ShareRow]
    total: int
    closed: int
    drill: Drill
    closed_drill: Drill

    @property
    def closing_rate(self) -> float | None:
        return rate(self.closed, self.total)


@dataclass(frozen=True)
class MonthPoint:
    month: Period
    received: int
    closed: int


@dataclass(frozen=True)
class KeyPetitionerRow:
    person_id: int
    name: str
    leader: str
    since: dt.date
    reason: str
    status_note: str
    cases_in_period: int
    cases_total: int
    drill: Drill


@dataclass(frozen=True)
class UnitRow:
    unit: str
    done: int
    on_time: int
    late_done: int
    open_overdue: int
    rate: float | None
    drill: Drill


@dataclass(frozen=True)
class Report:
    bureau: str
    period: Period
    made_on: dt.date
    figures: KeyFigures
    previous: KeyFigures
    channels: ShareTable
    sources: ShareTable
    regions: ShareTable
    categories: ShareTable
    trend: list[MonthPoint]
    units: list[UnitRow]
    key_petitioners: list[KeyPetitionerRow] = field(default_factory=list)
    types: ShareTable | None = None  # 信访类型 (建议意见, 检举控告, 申诉求决)
    leaders: LeaderTable = ([], [])  # 定点接访 per leader and month, and 下访

    @property
    def share_tables(self) -> list[ShareTable]:
        types = [self.types] if self.types is not None else []
        return [self.channels, *types, self.sources, self.regions, self.categories]


# ---------------------------------------------------------------- counting


def _key_figures(session: Session, period: Period) -> KeyFigures:
    w = defs.Window.of(period)

    def n(part: ColumnElement[bool], value: ColumnElement[int] | int = 1) -> ColumnElement[int]:
        return func.coalesce(func.sum(case((part, value), else_=0)), 0)

    columns: dict[str, ColumnElement[int]] = {"received": func.count(Case.id)}
    columns |= {name: n(part(w)) for name, part in defs.PARTS.items() if name != "open"}
    columns["collective_people"] = n(defs.collective_part(w), Case.head_count)
    columns |= {f"sat_{v}": n(defs.satisfaction_part(w, v)) for v in SATISFACTIONS}
    columns |= {f"dec_{v}": n(defs.decision_part(w, v)) for v in DECISIONS}
    columns |= {f"fu_{v}": n(defs.follow_up_part(w, v)) for v in CALL_SATISFACTIONS}
    row = session.execute(
        select(*(c.label(k) for k, c in columns.items()))
        .select_from(defs.case_source())
        .where(defs.received(w))
    ).one()
    values = {k: int(v or 0) for k, v in row._mapping.items()}
    levels = dict.fromkeys(LEVELS, 0)
    for level, count in session.execute(
        select(Supervision.level, func.count(Supervision.id))
        .join(Case, Case.id == Supervision.case_id)
        .where(defs.received(w), Supervision.issued_on <= w.last_day)
        .group_by(Supervision.level)
    ):
        levels[level] = levels.get(level, 0) + int(count)
    return KeyFigures(
        period=period,
        received=values["received"],
        closed=values["closed"],
        on_time=values["on_time"],
        late=values["late"],
        no_completion=values["no_completion"],
        repeat=values["repeat"],
        skipped_level=values["skipped_level"],
        **{name: values[name] for name in RULE_FIGURES},
        collective=values["collective"],
        collective_people=values["collective_people"],
        extended=values["extended"],
        supervisions=levels,
        satisfaction={v: values[f"sat_{v}"] for v in SATISFACTIONS},
        decisions={v: values[f"dec_{v}"] for v in DECISIONS},
        followed_up=values["followed_up"],
        follow_up={v: values[f"fu_{v}"] for v in CALL_SATISFACTIONS},
        major=values["major"],
    )


def _grouped(session: Session, period: Period, column: ColumnElement) -> dict[object, tuple[int, int]]:  # type: ignore[type-arg]
    w = defs.Window.of(period)
    rows = session.execute(
        select(column, func.count(Case.id), func.sum(case((defs.closed_part(w), 1), else_=0)))
        .where(defs.received(w))
        .group_by(column)
    )
    return {key: (int(count), int(closed or 0)) for key, count, closed in rows}


def _share_table(
    period: Period,
    dimension: str,
    title: str,
    groups: list[tuple[str, str]],
    counts: dict[str, tuple[int, int]],
) -> ShareTable:
    """``groups`` holds (value, label) in display order; every group with cases must be in it."""
    numbers = [counts.get(value, (0, 0)) for value, _ in groups]
    percents = shares([c for c, _ in numbers])
    rows = [
        ShareRow(
            label=label,
            count=count,
            percent=percent,
            closed=done,
            closing_rate=rate(done, count),
            drill=Drill(period, "received", dimension, value, f"{title}：{label}"),
            closed_drill=Drill(period, "closed", dimension, value, f"{title}：{label}（已办结）"),
        )
        for (value, label), (count, done), percent in zip(groups, numbers, percents, strict=True)
    ]
    return ShareTable(
        dimension=dimension,
        title=title,
        rows=rows,
        total=sum(r.count for r in rows),
        closed=sum(r.closed for r in rows),
        drill=Drill(period, "received", title="收到（合计）"),
        closed_drill=Drill(period, "closed", title="已办结（合计）"),
    )


def _channels(session: Session, period: Period) -> ShareTable:
    counts = {str(k): v for k, v in _grouped(session, period, Case.channel).items()}
    groups = [(c.value, c.label) for c in Channel]
    groups += [(k, k) for k in counts if k not in {c.value for c in Channel}]
    return _share_table(period, "channel", "信访形式", groups, counts)


def _types(session: Session, period: Period) -> ShareTable:
    counts = {str(k): v for k, v in _grouped(session, period, Case.petition_type).items()}
    groups = [(t.value, t.label) for t in PetitionType]
    groups += [(k, k) for k in counts if k not in {t.value for t in PetitionType}]
    return _share_table(period, "petition_type", "信访类型", groups, counts)


def _sources(session: Session, period: Period) -> ShareTable:
    counts = {str(k or ""): v for k, v in _grouped(session, period, Case.source_body).items()}
    known = [b for b in FORWARDING_BODIES if b != OTHER_BODY]
    groups = [("", defs.DIRECT_SOURCE)] + [(b, b) for b in known]
    groups += [(k, k) for k in sorted(counts) if k and k not in known]
    return _share_table(period, "source", "来源", groups, counts)


def _listed(
    session: Session,
    period: Period,
    model: type[Region] | type[Category],
    column: ColumnElement,
    dimension: str,
    title: str,  # type: ignore[type-arg]
) -> ShareTable:
    counts = {str(k): v for k, v in _grouped(session, period, column).items()}
    entries = session.execute(select(model.id, model.name, model.active).order_by(model.sort_order, model.id))
    groups = [(str(i), name) for i, name, active in entries if active or str(i) in counts]
    return _share_table(period, dimension, title, groups, counts)


def _trend_months(period: Period) -> list[Period]:
    months = period.months()
    while len(months) < TREND_MONTHS:
        first = months[0].start - dt.timedelta(days=1)
        months.insert(0, month_period(first.year, first.month))
    return months


def _trend(session: Session, period: Period) -> list[MonthPoint]:
    """Per month two range counts on indexes; cheaper than one GROUP BY over a CASE of twelve months."""
    points = []
    for month in _trend_months(period):
        w = defs.Window.of(month)
        received = session.scalar(select(func.count(Case.id)).where(defs.received(w))) or 0
        closed = session.scalar(select(func.count(Case.id)).where(defs.closed_during(w))) or 0
        points.append(MonthPoint(month, int(received), int(closed)))
    return points


def _key_petitioners(session: Session, period: Period) -> list[KeyPetitionerRow]:
    w = defs.Window.of(period)

    def cases_of(condition: ColumnElement[bool]) -> ColumnElement[int]:
        return (
            select(func.count(Petitioner.case_id))
            .join(Case, Case.id == Petitioner.case_id)
            .where(Petitioner.person_id == KeyPetitioner.person_id, condition)
            .scalar_subquery()
        )

    rows = session.execute(
        select(
            KeyPetitioner.person_id,
            Person.name,
            User.display_name,
            KeyPetitioner.since,
            KeyPetitioner.reason,
            KeyPetitioner.status_note,
            cases_of(defs.received(w)),
            cases_of(and_(Case.status != CaseStatus.VOIDED, Case.received_at < w.cutoff)),
        )
        .join(Person, Person.id == KeyPetitioner.person_id)
        .outerjoin(User, User.id == KeyPetitioner.leader_id)
        .where(KeyPetitioner.active.is_(True))
        .order_by(KeyPetitioner.since, KeyPetitioner.id)
    )
    return [
        KeyPetitionerRow(
            person_id=pid,
            name=name,
            leader=leader or "（未指定）",
            since=since,
            reason=reason,
            status_note=note,
            cases_in_period=int(in_period or 0),
            cases_total=int(total or 0),
            drill=Drill(period, "person", value=str(pid), title=f"重点信访人：{name}"),
        )
        for pid, name, leader, since, reason, note, in_period, total in rows
    ]


def _units(db: Database, period: Period, today: dt.date) -> list[UnitRow]:
    return [
        UnitRow(
            u.unit,
            u.done,
            u.on_time,
            u.late_done,
            u.open_overdue,
            rate(u.on_time, u.total),
            Drill(period, "unit", value=u.unit, title=f"承办单位：{u.unit}"),
        )
        for u in on_time_by_unit(db, period.start, period.end, today=today)
    ]


def key_figures(db: Database, period: Period) -> KeyFigures:
    with db.read() as session:
        return _key_figures(session, period)


def build_report(
    db: Database,
    period: Period,
    *,
    today: dt.date | None = None,
    progress: Progress | None = None,
    actor: Actor | None = None,
) -> Report:
    """All the statistics of ``period`` (see ``reports.definitions`` for what each counts).

    Leaders, the office and the admin see the statistics (``CAN_REPORT``);
    the GUI and the CLI pass the actor, internal callers may not.
    """
    if actor is not None:
        require(actor, CAN_REPORT, "查看统计报表")
    today = today or dt.date.today()
    steps = 9
    report = progress or (lambda _done, _total: None)
    with db.read() as session:
        bureau = settings.read(session, settings.BUREAU_NAME)
        figures = _key_figures(session, period)
        report(1, steps)
        previous = _key_figures(session, period.previous_year())
        report(2, steps)
        channels = _channels(session, period)
        types = _types(session, period)
        report(3, steps)
        sources = _sources(session, period)
        report(4, steps)
        regions = _listed(session, period, Region, Case.region_id, "region", "区县")
        report(5, steps)
        categories = _listed(session, period, Category, Case.category_id, "category", "问题类别")
        report(6, steps)
        trend = _trend(session, period)
        report(7, steps)
        key_people = _key_petitioners(session, period)
    units = _units(db, period, today)
    report(steps, steps)
    return Report(
        bureau=bureau,
        period=period,
        made_on=today,
        figures=figures,
        previous=previous,
        channels=channels,
        sources=sources,
        regions=regions,
        categories=categories,
        trend=trend,
        units=units,
        key_petitioners=key_people,
        types=types,
        leaders=leader_months(db, period, today),
    )


# ---------------------------------------------------------------- drilling down


def drill_condition(drill: Drill) -> ColumnElement[bool]:
    """The condition (over ``definitions.case_source()``) that selects exactly the cases a number counted."""
    w = defs.Window.of(drill.period)
    if drill.measure == "person":
        condition = and_(
            defs.received(w),
            exists(
                select(Petitioner.case_id).where(
                    Petitioner.case_id == Case.id, Petitioner.person_id == int(drill.value)
                )
            ),
        )
    elif drill.measure == "unit":
        condition = and_(
            Case.status != CaseStatus.VOIDED,
            exists(
                select(Obligation.id)
                .join(Unit, Unit.id == Obligation.unit_id)
                .where(
                    Obligation.case_id == Case.id,
                    Unit.name == drill.value,
                    Obligation.due_date >= drill.period.start,
                    Obligation.due_date <= drill.period.end,
                )
            ),
        )
    else:
        condition = defs.measure(drill.measure, w, drill.value)
    if drill.dimension == "channel":
        condition = and_(condition, Case.channel == drill.value)
    elif drill.dimension == "petition_type":
        condition = and_(condition, Case.petition_type == drill.value)
    elif drill.dimension == "source":
        condition = and_(condition, Case.source_body == drill.value)
    elif drill.dimension == "region":
        condition = and_(condition, Case.region_id == int(drill.value))
    elif drill.dimension == "category":
        condition = and_(condition, Case.category_id == int(drill.value))
    elif drill.dimension:
        raise ValueError(f"unknown dimension {drill.dimension!r}")
    return condition


def drill_case_ids(db: Database, drill: Drill, actor: Actor | None = None) -> list[int]:
    """The ids of the cases behind a number, newest first."""
    if actor is not None:
        require(actor, CAN_REPORT, "查看统计报表")
    with db.read() as session:
        return list(
            session.scalars(
                select(Case.id)
                .select_from(defs.case_source())
                .where(drill_condition(drill))
                .order_by(Case.received_at.desc(), Case.id.desc())
            )
        )
