"""Names, ID numbers and texts for the demo office: realistic, varied, reproducible.

The word lists live in ``resources/demo/texts.json``; a few names carry rare
characters (䶮, 𠇔) so that every screen and paper is tried on them.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass
from typing import Any

from receptionapp.db.base import now
from receptionapp.domain.validation import id_check_char
from receptionapp.resources import resource

AREA_CODES = ("330102", "330105", "330106", "330108", "330110", "330122", "330127", "330182")


@dataclass
class Texts:
    surnames: list[str]
    given: list[str]
    rare: list[str]
    streets: list[str]
    schools: list[str]
    problems: dict[str, list[str]]
    demands: list[str]
    instructions: dict[str, list[str]]
    replies: list[str]
    completions: dict[str, list[str]]
    staff: dict[str, list[str]]


def load_texts() -> Texts:
    raw = json.loads(resource("demo", "texts.json").read_text(encoding="utf-8"))
    surnames = [*raw["surnames"], *raw["compound_surnames"]]
    given = list(raw["given"])
    return Texts(
        surnames,
        given,
        raw["rare_given"],
        raw["streets"],
        raw["schools"],
        raw["problems"],
        raw["demands"],
        raw["instructions"],
        raw["replies"],
        raw["completions"],
        raw["staff"],
    )


def fake_id_number(rng: random.Random, born: dt.date, male: bool) -> str:
    serial = rng.randrange(0, 100) * 10 + (
        rng.choice((1, 3, 5, 7, 9)) if male else rng.choice((0, 2, 4, 6, 8))
    )
    first17 = f"{rng.choice(AREA_CODES)}{born:%Y%m%d}{serial:03d}"
    return first17 + id_check_char(first17)


class TextGenerator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.texts = load_texts()

    def name(self) -> str:
        rng = self.rng
        given = rng.choice(self.texts.given) + (rng.choice(self.texts.given) if rng.random() < 0.6 else "")
        if rng.random() < 0.01:
            given = given[:1] + rng.choice(self.texts.rare)
        return rng.choice(self.texts.surnames) + given

    def person(self) -> dict[str, Any]:
        rng = self.rng
        male = rng.random() < 0.5
        born = dt.date(rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28))
        has_id = rng.random() < 0.8
        return {
            "name": self.name(),
            "gender": "male" if male else "female",
            "id_number": fake_id_number(rng, born, male) if has_id else None,
            "phone": f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}",
            "address": f"{rng.choice(self.texts.streets)}{rng.randint(1, 300)}号{rng.randint(1, 30)}幢",
            "relation": rng.choice(("parent", "parent", "parent", "teacher", "student", "retired", "other")),
            "created_at": now(),
        }

    def problem(self, category: str) -> tuple[str, str, str]:
        rng = self.rng
        school = rng.choice(self.texts.schools)
        templates = self.texts.problems.get(category) or self.texts.problems["其他"]
        text = rng.choice(templates).format(
            school=school, money=rng.choice((150, 280, 300, 600, 1200, 3500)), years=rng.randint(3, 30)
        )
        return text, rng.choice(self.texts.demands), school

    def instruction(self, route: str, unit: str) -> str:
        return self.rng.choice(self.texts.instructions[route]).format(unit=unit)

    def reply(self) -> str:
        return self.rng.choice(self.texts.replies)

    def completion(self, decision: str) -> str:
        return self.rng.choice(self.texts.completions[decision])
