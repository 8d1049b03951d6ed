"""The demo office after the matter: 回访 calls after 办结, and 快报 for the major matters.

Its own random stream (seeded from the office's), so the rest of a demo
case's course is the same with or without these events. A collective visit
of at least the setting's head count is marked major when it is registered;
now and then a visit with extreme words, or an online matter the press
picked up, is too; the 快报 goes to the leaders within hours. After 办结
the office calls most petitioners back within the working days set; a
quarter of first calls reach no one and are tried again; a rare one is forgotten.
"""

from __future__ import annotations

import datetime as dt
import random

from receptionapp.demo.script import CaseScript, FollowUpCall, MarkMajor, Register, ReportSent, Who
from receptionapp.demo.setting import Setting
from receptionapp.domain.aftercare import (
    CallSatisfaction,
    FollowUpInput,
    MajorInput,
    MajorReason,
    suggests_major,
)
from receptionapp.domain.channels import Channel
from receptionapp.domain.people import COLLECTIVE_VISIT_MIN

SATISFACTION = (
    (CallSatisfaction.SATISFIED, 60),
    (CallSatisfaction.BASIC, 30),
    (CallSatisfaction.UNSATISFIED, 10),
)
MISSED = ("电话无人接听", "电话关机", "号码暂时无法接通")
REMARKS = {
    CallSatisfaction.SATISFIED: "信访人表示问题已解决，对办理结果满意。",
    CallSatisfaction.BASIC: "信访人表示问题基本解决，希望学校今后加强管理。",
    CallSatisfaction.UNSATISFIED: "信访人对处理结果仍有异议，已告知其可申请复查。",
}
SUMMARIES = {
    MajorReason.COLLECTIVE: "{n}名群众到局集体来访，反映{problem}现场秩序正常，已安排代表接谈。",
    MajorReason.EXTREME: "来访人情绪激动，言辞激烈，扬言采取过激行为。反映{problem}已安排专人稳控。",
    MajorReason.PUBLIC: "相关情况已在本地网络论坛传播，引发关注。反映{problem}已开展舆情应对。",
}
LEADERS = "局长、分管副局长"


class AftercareOffice:
    def __init__(self, setting: Setting, office: Who, seed: int, latest: dt.datetime) -> None:
        self.setting, self.office, self.latest = setting, office, latest
        self.rng = random.Random(seed * 7919 + 14)

    def happened(self, at: dt.datetime) -> bool:
        return at <= self.latest

    def major(self, script: CaseScript, problem: str) -> None:
        """Mark the case major when the office would: a large collective visit, extreme words, the press."""
        first = script.events[0]
        assert isinstance(first, Register)
        data, rng = first.data, self.rng
        collective = data.channel.is_in_person and data.head_count >= COLLECTIVE_VISIT_MIN
        reasons: set[MajorReason] = set()
        if suggests_major(collective, data.head_count, self.setting.major_head_count):
            reasons.add(MajorReason.COLLECTIVE)
        if data.channel.is_in_person and rng.random() < 0.03:
            reasons.add(MajorReason.EXTREME)
        if data.channel is Channel.ONLINE and rng.random() < 0.05:
            reasons.add(MajorReason.PUBLIC)
        if not reasons:
            return
        main = min(reasons, key=list(MajorReason).index)
        summary = SUMMARIES[main].format(n=data.head_count, problem=problem)
        marked = first.at + dt.timedelta(minutes=rng.randint(20, 90))
        if not self.happened(marked):
            return
        script.add(MarkMajor(marked, self.office, MajorInput(reasons, "", summary)))
        sent = marked + dt.timedelta(minutes=rng.randint(30, 150))
        recent = self.latest - marked < dt.timedelta(days=3) and rng.random() < 0.5
        if self.happened(sent) and not recent:  # one marked lately may still wait on the board
            script.add(ReportSent(sent, self.office, sent.replace(second=0, microsecond=0), LEADERS))

    def follow_up(self, script: CaseScript, closed_on: dt.date) -> None:
        """The 回访 calls after a 办结 on ``closed_on``: one, or a missed one and another."""
        rng, calendar = self.rng, self.setting.calendar
        if rng.random() < 0.02:
            return  # forgotten: the board shows it overdue
        day = calendar.workdays_after(closed_on, rng.randint(1, self.setting.follow_up_days + 2))
        while True:
            at = dt.datetime.combine(day, dt.time(rng.randint(9, 16), rng.randrange(60)))
            if not self.happened(at):
                return
            if rng.random() < 0.25:
                call = FollowUpInput(day, self.office[0], reached=False, remarks=rng.choice(MISSED))
                script.add(FollowUpCall(at, self.office, call, self.office))
                day = calendar.workdays_after(day, rng.randint(1, 3))
                continue
            satisfaction = rng.choices([s for s, _ in SATISFACTION], [w for _, w in SATISFACTION])[0]
            call = FollowUpInput(
                day, self.office[0], satisfaction=satisfaction, remarks=REMARKS[satisfaction]
            )
            script.add(FollowUpCall(at, self.office, call, self.office))
            return
