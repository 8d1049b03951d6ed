"""First start: the bureau's name, the admin account and the default lists."""

from __future__ import annotations

import json

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from receptionapp.db.database import Database
from receptionapp.db.models import Category, Region, Unit, User
from receptionapp.domain.roles import Role
from receptionapp.domain.validation import validate_line
from receptionapp.resources import resource
from receptionapp.services import audit, settings
from receptionapp.services.admin.passwords import hash_password, password_problem
from receptionapp.services.context import Actor, ValidationFailed
from receptionapp.services.deadlines.rules import seed_rules


def is_initialized(db: Database) -> bool:
    with db.read() as session:
        return bool(session.scalar(select(func.count()).select_from(User)))


MAX_NAME_LENGTH = 64


def validate_user_fields(username: str, display_name: str, password: str) -> dict[str, str]:
    errors: dict[str, str] = {}
    login = username.strip()
    if not login:
        errors["username"] = "请填写登录名"
    elif not login.isascii() or not login.isprintable() or " " in login:
        errors["username"] = "登录名只能使用字母、数字和符号，不含空格"
    elif len(login) > MAX_NAME_LENGTH:
        errors["username"] = f"登录名不能超过{MAX_NAME_LENGTH}个字符"
    if not display_name.strip():
        errors["display_name"] = "请填写姓名"
    elif problem := validate_line(display_name.strip(), limit=MAX_NAME_LENGTH, label="姓名"):
        errors["display_name"] = problem
    elif not display_name.strip().isprintable():  # also zero-width and direction marks
        errors["display_name"] = "姓名含有不可见的控制字符"
    problem = password_problem(password)
    if problem:
        errors["password"] = problem
    return errors


def validate_setup(bureau_name: str, username: str, display_name: str, password: str) -> dict[str, str]:
    errors = validate_user_fields(username, display_name, password)
    if not bureau_name.strip():
        errors["bureau_name"] = "请填写单位名称，如“××市教育局”"
    elif problem := settings.BUREAU_NAME.problem(bureau_name.strip()):
        errors["bureau_name"] = problem
    return errors


def initialize(db: Database, bureau_name: str, username: str, display_name: str, password: str) -> Actor:
    """Create the admin and the default reference lists; one transaction."""
    errors = validate_setup(bureau_name, username, display_name, password)
    if errors:
        raise ValidationFailed(errors)
    with db.write() as session:
        if session.scalar(select(func.count()).select_from(User)):
            raise ValidationFailed({"username": "系统已初始化，请直接登录"})
        settings.write(session, settings.BUREAU_NAME, bureau_name.strip())
        seed_reference_data(session)
        user = User(
            username=username.strip(),
            display_name=display_name.strip(),
            password_hash=hash_password(password),
            role=Role.ADMIN.value,
        )
        session.add(user)
        session.flush()
        actor = Actor(user.id, user.username, user.display_name, Role.ADMIN)
        audit.record(session, actor, "setup", "bureau", None, f"初始化系统：{bureau_name.strip()}")
        return actor


def seed_reference_data(session: Session) -> None:
    """Categories, regions, units and deadline rules from resources/defaults, if not there yet."""
    data = json.loads(resource("defaults", "reference.json").read_text(encoding="utf-8"))
    if not session.scalar(select(func.count()).select_from(Category)):
        for i, name in enumerate(data["categories"]):
            session.add(Category(name=name, sort_order=i))
    if not session.scalar(select(func.count()).select_from(Region)):
        for i, name in enumerate(data["regions"]):
            session.add(Region(name=name, sort_order=i))
    session.flush()
    seed_rules(session)
    if not session.scalar(select(func.count()).select_from(Unit)):
        regions = {r.name: r.id for r in session.scalars(select(Region))}
        for entry in data["units"]:
            session.add(
                Unit(name=entry["name"], kind=entry["kind"], region_id=regions.get(entry.get("region")))
            )
    session.flush()


def ensure_defaults(db: Database) -> None:
    """After an upgrade: give an initialised database the defaults added by newer versions."""
    with db.write() as session:
        if session.scalar(select(func.count()).select_from(User)):
            seed_reference_data(session)
