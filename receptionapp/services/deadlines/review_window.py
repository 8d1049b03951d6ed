"""Until when the petitioner may ask for 复查 after a served reply (domain.review_window).

The rule is the admin's ``review_request`` rule (30 days from the reply's
service, 条例 arts. 35, 36), picked and counted like every other deadline;
it is the petitioner's time, not an obligation of the office, so it is shown
and not put on the board.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select

from receptionapp.db.database import Database
from receptionapp.db.models import Case
from receptionapp.db.models_workflow import Completion
from receptionapp.domain.case import ReviewStage
from receptionapp.domain.deadlines import Calendar
from receptionapp.domain.review_window import ReviewWindow
from receptionapp.domain.rules import DeadlineRule, ObligationKind, pick_rule
from receptionapp.domain.workflow import Route
from receptionapp.services.deadlines.obligations import compute_due, rules_in_force

# Routes whose reply the petitioner cannot take further: refused (told where to go) or through 复核.
NO_REVIEW = (Route.NOT_ACCEPT.value, Route.FINAL.value)


def window_for(
    rules: Iterable[DeadlineRule],
    served_on: dt.date,
    *,
    channel: str | None = None,
    after_review: bool = False,
    calendar: Calendar | None = None,
) -> ReviewWindow | None:
    """The window the rules give from a reply served on ``served_on``; None when no rule applies.

    ``after_review``: the reply was a 复查意见, so what may follow is a 复核.
    """
    rule = pick_rule(rules, ObligationKind.REVIEW_REQUEST, channel)
    if rule is None:
        return None
    until = compute_due(served_on, rule.length, rule.unit.value, calendar=calendar)
    return ReviewWindow(served_on, until, rule.length_text, "复核" if after_review else "复查")


def review_request_window(db: Database, served_on: dt.date) -> ReviewWindow | None:
    """For the registration form: until when a 复查申请 about a reply served on ``served_on`` was timely."""
    with db.read() as session:
        return window_for(rules_in_force(session), served_on)


def case_review_window(db: Database, case_id: int) -> ReviewWindow | None:
    """For the case page: until when the petitioner may ask for 复查 (复核) of this case's served reply;
    None when nothing was served or the route leaves nothing to review."""
    with db.read() as session:
        found = session.execute(
            select(Completion.served_on, Case.route, Case.channel, Case.review_stage)
            .join(Case, Case.id == Completion.case_id)
            .where(Completion.case_id == case_id)
        ).first()
        if found is None or found.route in NO_REVIEW:
            return None
        return window_for(
            rules_in_force(session),
            found.served_on,
            channel=found.channel,
            after_review=found.review_stage == ReviewStage.REVIEW.value,
        )
