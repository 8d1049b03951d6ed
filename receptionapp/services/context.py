"""The acting user and the errors services raise."""

from __future__ import annotations

from dataclasses import dataclass, field

from receptionapp.domain.roles import Role


@dataclass(frozen=True)
class Actor:
    """The logged-in user on whose behalf a service acts."""

    id: int
    username: str
    display_name: str
    role: Role
    unit_id: int | None = None


class ServiceError(Exception):
    """An action that cannot be done; ``str(error)`` is shown to the user as is."""


class PermissionDenied(ServiceError):
    pass


class NotFound(ServiceError):
    pass


class ConcurrentChange(ServiceError):
    """Someone else saved the same record since it was opened."""


class NeedsConfirmation(ServiceError):
    """The action may go ahead only with a reason: ``warnings`` says why (回避, the accused unit).

    The caller shows the warnings, asks for the reason and calls again with it;
    the reason goes to the audit log with the action.
    """

    def __init__(self, warnings: list[str]) -> None:
        super().__init__("；".join(warnings))
        self.warnings = list(warnings)


class MissingStep(ServiceError):
    """An action that needs an earlier step of the case first; ``str()`` says what is missing and names
    the step, so a screen can offer to open it.

    ``step`` is the key of that step: a ``domain.workflow.Action`` value (``instruct``, ``assign``,
    ``record_reply``, ``extend`` …), ``LETTER_SETTINGS`` (the admin's 文书设置) or
    ``LETTER_TEMPLATES`` (the admin's 文书模板, where a template asks for what the case cannot have).
    ``label`` is the step in words (录入批示, 交办 …).
    """

    LETTER_SETTINGS = "letter_settings"
    LETTER_TEMPLATES = "letter_templates"

    def __init__(self, message: str, step: str, label: str) -> None:
        super().__init__(message)
        self.step = step
        self.label = label


@dataclass
class ValidationFailed(ServiceError):
    """Field-level problems: ``errors`` maps a field key to its Chinese message."""

    errors: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        return "；".join(self.errors.values()) or "输入有误"


def require(actor: Actor, allowed: frozenset[Role], what: str) -> None:
    if actor.role not in allowed:
        raise PermissionDenied(f"当前账号（{actor.role.label}）无权{what}")
