"""The keys of the bureau-wide settings (the ``settings`` table: one text value per key).

The keys are stored in every office's database, so a member's value never
changes: a renamed key would lose what the admin set.
"""

from __future__ import annotations

from enum import StrEnum


class SettingKey(StrEnum):
    BUREAU_NAME = "bureau_name"  # 某市教育局: letters, reports, the login window
    BACKUP_FOLDER = "backup_folder"  # where backups go (empty: <data>/backups)
    IDLE_LOCK_MINUTES = "idle_lock_minutes"  # the screen locks after this long untouched
    # The 督办 board's thresholds in working days (domain.supervision.Thresholds).
    SUPERVISION_REMIND_BEFORE = "supervision.remind_before"
    SUPERVISION_URGE_AFTER = "supervision.urge_after"
    SUPERVISION_NOTIFY_AFTER = "supervision.notify_after"
    # The leaders' reception day (domain.reception.Schedule).
    RECEPTION_WEEKDAY = "reception.weekday"
    RECEPTION_START = "reception.start"
    RECEPTION_END = "reception.end"
    RECEPTION_MOVE = "reception.move"
    RECEPTION_PLACE = "reception.place"
    # What the letters print beside the bureau's name.
    LETTERS_REVIEW_BODY = "letters.review_body"
    LETTERS_CONTACT = "letters.contact"
    LETTERS_PHONE = "letters.phone"


# One key per letter type: the 发文字号 word of that type (某教信复), e.g. "letters.prefix.reply".
LETTER_PREFIX = "letters.prefix."


def letter_prefix_key(letter_type: str) -> str:
    """The key of the 发文字号 prefix of one letter type (a documents.templates.LetterType value)."""
    return LETTER_PREFIX + letter_type
