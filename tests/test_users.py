"""Accounts and passwords: only the admin manages users, for every role; nothing is deleted."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from receptionapp.db.database import Database
from receptionapp.db.models import AuditEntry, User
from receptionapp.domain.roles import Role
from receptionapp.services.admin import users
from receptionapp.services.admin.auth import LoginFailed, login, unlock
from receptionapp.services.admin.users import UserInput
from receptionapp.services.context import Actor, PermissionDenied, ServiceError, ValidationFailed

TEMP = "temp-pass-1"


def _unit_id(db: Database) -> int:
    return users.active_units(db)[0][0]


def make_user(db: Database, admin: Actor, username: str, role: Role, password: str = TEMP) -> Actor:
    unit = _unit_id(db) if role == Role.HANDLER else None
    users.create_user(db, admin, UserInput(username, f"用户{username}", role, unit, password))
    return login(db, username, password)


@pytest.fixture
def everyone(db: Database, admin: Actor) -> dict[Role, Actor]:
    actors = {Role.ADMIN: admin}
    for role in (Role.CLERK, Role.HANDLER, Role.LEADER, Role.OFFICE):
        actors[role] = make_user(db, admin, f"u_{role.value}", role)
    return actors


def _audit_count(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count(AuditEntry.id))) or 0)


# ---------------------------------------------------------------- the role matrix


@pytest.mark.parametrize("role", [Role.CLERK, Role.HANDLER, Role.LEADER, Role.OFFICE])
def test_only_the_admin_manages_accounts(db: Database, everyone: dict[Role, Actor], role: Role) -> None:
    actor = everyone[role]
    target = everyone[Role.CLERK if role != Role.CLERK else Role.LEADER].id
    before = _audit_count(db)
    attempts = [
        lambda: users.list_users(db, actor),
        lambda: users.get_user(db, actor, target),
        lambda: users.create_user(db, actor, UserInput("newbie", "新人", Role.CLERK, None, TEMP)),
        lambda: users.update_user(db, actor, target, UserInput("", "改名", Role.ADMIN)),
        lambda: users.set_active(db, actor, target, False),
        lambda: users.reset_password(db, actor, target, "hacked-pw-1"),
        # Promoting oneself is managing users too.
        lambda: users.update_user(db, actor, actor.id, UserInput("", "我", Role.ADMIN)),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied, match=role.label):
            attempt()
    assert _audit_count(db) == before
    # Nothing changed: the target can still log in with its own password, keeps its role.
    assert login(db, f"u_{Role(everyone[role].role).value}", TEMP).role == role


def test_admin_manages_accounts(db: Database, everyone: dict[Role, Actor]) -> None:
    admin = everyone[Role.ADMIN]
    rows = users.list_users(db, admin)
    assert {r.role for r in rows} == set(Role)
    handler = next(r for r in rows if r.role == Role.HANDLER)
    assert handler.unit_name and handler.must_change_password
    assert not any("hash" in name for name in users.UserRow.__dataclass_fields__)


@pytest.mark.parametrize("role", list(Role))
def test_every_role_changes_its_own_password(db: Database, everyone: dict[Role, Actor], role: Role) -> None:
    actor = everyone[role]
    old = TEMP if role != Role.ADMIN else "secret123"
    users.change_own_password(db, actor, old, "my-own-pw-9")
    assert login(db, actor.username, "my-own-pw-9").id == actor.id
    with pytest.raises(LoginFailed):
        login(db, actor.username, old)
    assert not users.must_change_password(db, actor)


# ---------------------------------------------------------------- creating and editing


def test_new_account_must_change_its_password(db: Database, admin: Actor) -> None:
    clerk = make_user(db, admin, "clerk1", Role.CLERK)
    assert users.must_change_password(db, clerk)
    with pytest.raises(ValidationFailed) as failure:
        users.change_own_password(db, clerk, TEMP, TEMP)
    assert "相同" in failure.value.errors["new_password"]
    with pytest.raises(ValidationFailed) as failure:
        users.change_own_password(db, clerk, "wrong-pw-1", "new-pass-22")
    assert set(failure.value.errors) == {"old_password"}
    users.change_own_password(db, clerk, TEMP, "new-pass-22")
    assert not users.must_change_password(db, clerk)


def test_create_user_field_errors(db: Database, admin: Actor) -> None:
    with pytest.raises(ValidationFailed) as failure:
        users.create_user(db, admin, UserInput("张 三", "", "boss", None, "short"))
    assert set(failure.value.errors) == {"username", "display_name", "role", "password"}
    with pytest.raises(ValidationFailed) as failure:
        users.create_user(db, admin, UserInput("h1", "承办甲", Role.HANDLER, None, TEMP))
    assert set(failure.value.errors) == {"unit"}
    with pytest.raises(ValidationFailed) as failure:
        users.create_user(db, admin, UserInput("h1", "承办甲", Role.HANDLER, 99999, TEMP))
    assert set(failure.value.errors) == {"unit"}
    with pytest.raises(ValidationFailed) as failure:
        users.create_user(db, admin, UserInput("ADMIN", "重名", Role.CLERK, None, TEMP))
    assert "已被使用" in failure.value.errors["username"]
    with pytest.raises(ValidationFailed) as failure:
        users.create_user(db, admin, UserInput("x", "名\x07字", Role.CLERK, None, TEMP))
    assert set(failure.value.errors) == {"display_name"}


def test_change_role_is_audited(db: Database, admin: Actor) -> None:
    clerk = make_user(db, admin, "clerk1", Role.CLERK)
    users.update_user(db, admin, clerk.id, UserInput("", "王接待", Role.LEADER))
    row = users.get_user(db, admin, clerk.id)
    assert (row.role, row.display_name, row.username) == (Role.LEADER, "王接待", "clerk1")
    with db.read() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert entry.action == "user_update" and "接待员 → 领导" in entry.summary
    # The next login carries the new role.
    assert login(db, "clerk1", TEMP).role == Role.LEADER


def test_deactivated_account_is_kept_and_cannot_log_in(db: Database, admin: Actor) -> None:
    clerk = make_user(db, admin, "clerk1", Role.CLERK)
    users.set_active(db, admin, clerk.id, False)
    with pytest.raises(LoginFailed):
        login(db, "clerk1", TEMP)
    with db.read() as session:
        assert session.get(User, clerk.id) is not None
    assert not users.get_user(db, admin, clerk.id).active
    users.set_active(db, admin, clerk.id, True)
    assert login(db, "clerk1", TEMP).id == clerk.id


def test_the_last_admin_stays(db: Database, admin: Actor) -> None:
    with pytest.raises(ServiceError, match="当前登录"):
        users.set_active(db, admin, admin.id, False)
    with pytest.raises(ValidationFailed, match="唯一的管理员"):
        users.update_user(db, admin, admin.id, UserInput("", "管理员", Role.CLERK))
    second = make_user(db, admin, "admin2", Role.ADMIN)
    users.update_user(db, admin, admin.id, UserInput("", "前管理员", Role.OFFICE))
    with pytest.raises(PermissionDenied):
        users.list_users(db, login(db, "admin", "secret123"))
    with pytest.raises(ValidationFailed, match="唯一的管理员"):
        users.update_user(db, second, second.id, UserInput("", "管理员二", Role.LEADER))


def test_admin_reset_unlocks_and_forces_a_change(db: Database, admin: Actor) -> None:
    clerk = make_user(db, admin, "clerk1", Role.CLERK)
    users.change_own_password(db, clerk, TEMP, "forgotten-1")
    for _ in range(5):
        with pytest.raises(LoginFailed):
            login(db, "clerk1", "guess-guess-1")
    with pytest.raises(LoginFailed, match="锁定"):
        login(db, "clerk1", "forgotten-1")
    with pytest.raises(ValidationFailed):
        users.reset_password(db, admin, clerk.id, "1234")
    users.reset_password(db, admin, clerk.id, "given-by-admin-1")
    assert login(db, "clerk1", "given-by-admin-1").id == clerk.id
    assert users.must_change_password(db, clerk)


def test_unlock_is_the_same_users_password(db: Database, admin: Actor) -> None:
    assert unlock(db, admin, "secret123").id == admin.id
    with pytest.raises(LoginFailed):
        unlock(db, admin, "wrong")
    with db.read() as session:
        actions = list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
    assert actions[-1] == "unlock"


def test_the_app_hashes_passwords_with_argon2id_at_full_strength() -> None:
    """The tests hash with cheap parameters (conftest); the app's own hasher is RFC 9106's low-memory profile or stronger."""
    from argon2 import Type, extract_parameters
    from argon2.profiles import RFC_9106_LOW_MEMORY as FLOOR

    from tests.conftest import PRODUCTION_HASHER, password_module

    full_strength = PRODUCTION_HASHER.hash("secret123")
    stored = extract_parameters(full_strength)
    assert stored.type is Type.ID
    assert stored.time_cost >= FLOOR.time_cost
    assert stored.memory_cost >= FLOOR.memory_cost
    assert stored.parallelism >= FLOOR.parallelism
    assert stored.salt_len >= FLOOR.salt_len and stored.hash_len >= FLOOR.hash_len
    # A hash carries its parameters: one made at full strength verifies whichever hasher is in place.
    assert password_module.verify_password(full_strength, "secret123")
    assert not password_module.verify_password(full_strength, "secret124")
