"""What the admin sets for letters: settings, versioned templates, the certificate, seal and signature images."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest
from PIL import Image

from receptionapp.documents.fonts import bundled_font_set
from receptionapp.documents.templates import LetterType, default_template
from receptionapp.services.context import PermissionDenied, ServiceError, ValidationFailed
from receptionapp.services.letters import approval as letter_approval
from receptionapp.services.letters import keys as letter_keys
from receptionapp.services.letters import settings as letter_settings
from receptionapp.services.letters import verify as letter_verify
from receptionapp.services.letters.drafting import draft_letter, save_draft
from receptionapp.services.letters.records import case_letters, get_letter
from receptionapp.services.letters.rendering import letter_pdf
from tests.letterkit import (  # noqa: F401
    P12_PASSWORD,
    Bureau,
    D,
    bureau,
    bureau_pkcs12,
    complete_text,
    replied_case,
    signature_png,
)
from tests.pdfcheck import image_count, reader

FONTS = bundled_font_set()


def test_settings_are_checked_and_audited(bureau: Bureau) -> None:  # noqa: F811
    with pytest.raises(PermissionDenied):
        letter_settings.save_settings(bureau.db, bureau.office, review_body="某市人民政府")
    with pytest.raises(ValidationFailed) as failed:
        letter_settings.save_settings(
            bureau.db, bureau.admin, review_body="", prefixes={LetterType.REPLY: "某教信复〔"}
        )
    assert set(failed.value.errors) == {"review_body", "prefix.reply"}
    settings = letter_settings.letter_settings(bureau.db)
    assert settings.review_body == "某市人民政府" and settings.prefixes[LetterType.REPLY] == "某教信复"
    letter_settings.save_settings(
        bureau.db,
        bureau.admin,
        review_body="某市教育局上级机关某市人民政府",
        prefixes={LetterType.REPLY: "某教访复"},
    )
    assert letter_settings.letter_settings(bureau.db).prefixes[LetterType.REPLY] == "某教访复"


def test_an_edited_template_overrides_the_default_and_keeps_its_versions(bureau: Bureau) -> None:  # noqa: F811
    kind = LetterType.ACCEPTANCE
    assert letter_settings.current_template(bureau.db, kind).template_id is None
    text = default_template(kind).replace("特此告知。", "特此告知，请妥善保存本告知单。")
    with pytest.raises(PermissionDenied):
        letter_settings.save_template(bureau.db, bureau.office, kind, text)
    assert letter_settings.save_template(bureau.db, bureau.admin, kind, text) == 1
    broken = text.replace("{受理日期}", "{受理时间}")
    with pytest.raises(ValidationFailed) as failed:
        letter_settings.save_template(bureau.db, bureau.admin, kind, broken)
    lines = broken.splitlines()
    line = lines.index(next(ln for ln in lines if "{受理时间}" in ln and not ln.startswith("#"))) + 1
    assert f"模板第{line}行：未知的占位符“{{受理时间}}”" in failed.value.errors["text"]
    with pytest.raises(ValidationFailed, match="复查"):
        letter_settings.save_template(
            bureau.db,
            bureau.admin,
            LetterType.REPLY,
            default_template(LetterType.REPLY).replace("{复查机关}", "上级机关"),
        )
    case_id = replied_case(bureau)
    letter_id = draft_letter(bureau.db, bureau.office, case_id, kind)
    assert "请妥善保存本告知单" in get_letter(bureau.db, letter_id).text
    assert letter_settings.restore_default_template(bureau.db, bureau.admin, kind) == 2
    history = letter_settings.template_history(bureau.db, kind)
    assert [(h.version, h.custom) for h in history] == [(2, False), (1, True)]
    assert letter_settings.current_template(bureau.db, kind).text == default_template(kind)


def test_a_template_missing_case_data_is_refused_plainly_never_half_filled(bureau: Bureau) -> None:  # noqa: F811
    kind = LetterType.ACCEPTANCE
    text = default_template(kind).replace("特此告知。", "本事项由{转送单位}办理。\n\n特此告知。")
    letter_settings.save_template(bureau.db, bureau.admin, kind, text)
    case_id = replied_case(bureau)
    line = text.splitlines().index("本事项由{转送单位}办理。") + 1
    # An accepted matter has no 转送单位: the template is the admin's to change, and the message says where.
    with pytest.raises(ServiceError, match=f"受理告知单模板第{line}行的{{转送单位}}.*没有这一项.*文书模板"):
        draft_letter(bureau.db, bureau.office, case_id, kind)
    assert case_letters(bureau.db, case_id) == []


def test_the_certificate_key_stays_in_the_data_folder_readable_only_by_the_user(bureau: Bureau) -> None:  # noqa: F811
    current = letter_keys.active_certificate(bureau.db, bureau.paths)
    assert current is not None and current.subject == "某市教育局" and current.key_on_this_pc
    assert current.source == "imported" and not current.expired
    key_file = bureau.paths.keys / f"{current.fingerprint}.key"
    assert P12_PASSWORD not in key_file.read_text("ascii")  # the admin's password is not stored
    if sys.platform != "win32":
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
        assert stat.S_IMODE(key_file.parent.stat().st_mode) == 0o700
    with pytest.raises(ValidationFailed, match="密码不正确"):
        letter_keys.import_certificate(bureau.db, bureau.admin, bureau.paths, bureau_pkcs12(), "wrong")
    with pytest.raises(PermissionDenied):
        letter_keys.create_certificate(bureau.db, bureau.leader, bureau.paths)


def test_a_letter_signed_with_a_retired_certificate_still_verifies(bureau: Bureau) -> None:  # noqa: F811
    case_id = replied_case(bureau)
    letter_id = draft_letter(bureau.db, bureau.office, case_id, LetterType.REPLY)
    save_draft(bureau.db, bureau.office, letter_id, complete_text(get_letter(bureau.db, letter_id).text))
    letter_approval.approve_letter(bureau.db, bureau.leader, bureau.paths, letter_id, fonts=FONTS)
    new = letter_keys.create_certificate(bureau.db, bureau.admin, bureau.paths)
    listed = letter_keys.certificates(bureau.db, bureau.paths)
    assert [c.active for c in listed] == [True, False] and listed[0].fingerprint == new.fingerprint
    pdf = letter_pdf(bureau.db, bureau.paths, letter_id)
    assert letter_verify.verify_bytes(bureau.db, pdf).valid


def test_signing_without_a_key_on_this_pc_says_what_to_do(bureau: Bureau) -> None:  # noqa: F811
    case_id = replied_case(bureau)
    letter_id = draft_letter(bureau.db, bureau.office, case_id, LetterType.REPLY)
    save_draft(bureau.db, bureau.office, letter_id, complete_text(get_letter(bureau.db, letter_id).text))
    for file in bureau.paths.keys.iterdir():
        file.rename(file.with_suffix(".moved"))
    with pytest.raises(ServiceError, match="本机没有单位证书的私钥文件"):
        letter_approval.approve_letter(bureau.db, bureau.leader, bureau.paths, letter_id, fonts=FONTS)
    assert get_letter(bureau.db, letter_id).row.doc_number == ""


def _png(path: Path, mode: str, size: tuple[int, int] = (300, 300), fmt: str = "PNG") -> Path:
    Image.new(mode, size, (200, 0, 0) if mode == "RGB" else (200, 0, 0, 0)).save(path, fmt)
    return path


def test_seal_and_signature_images_are_checked(bureau: Bureau, tmp_path: Path) -> None:  # noqa: F811
    admin, paths = bureau.admin, bureau.paths
    for path, message in (
        (_png(tmp_path / "flat.png", "RGB"), "透明"),
        (_png(tmp_path / "seal.jpg", "RGB", fmt="JPEG"), "PNG"),
        (_png(tmp_path / "tiny.png", "RGBA", (40, 40)), "尺寸"),
    ):
        with pytest.raises(ValidationFailed, match=message):
            letter_keys.set_image(bureau.db, admin, paths, letter_keys.SEAL, path)
    (tmp_path / "text.png").write_text("not an image")
    with pytest.raises(ValidationFailed, match="不是可以读取的图片"):
        letter_keys.set_image(bureau.db, admin, paths, letter_keys.SEAL, tmp_path / "text.png")
    with pytest.raises(PermissionDenied):
        letter_keys.set_image(bureau.db, bureau.leader, paths, letter_keys.SIGNATURE, signature_png(tmp_path))
    with pytest.raises(ValidationFailed, match="领导账号"):
        letter_keys.set_image(
            bureau.db, admin, paths, letter_keys.SIGNATURE, signature_png(tmp_path), user_id=bureau.office.id
        )
    image = letter_keys.set_image(
        bureau.db, admin, paths, letter_keys.SIGNATURE, signature_png(tmp_path), user_id=bureau.leader.id
    )
    assert image.user_name == "李局长" and image.path.is_file()
    kinds = sorted((i.kind, i.user_name) for i in letter_keys.images(bureau.db, paths))
    assert kinds == [("seal", ""), ("signature", "李局长")]


def test_the_leader_signature_image_prints_only_when_chosen(bureau: Bureau, tmp_path: Path) -> None:  # noqa: F811
    case_id = replied_case(bureau)
    letter_id = draft_letter(bureau.db, bureau.office, case_id, LetterType.REPLY)
    save_draft(bureau.db, bureau.office, letter_id, complete_text(get_letter(bureau.db, letter_id).text))
    with pytest.raises(ServiceError, match="没有签名图片"):
        letter_approval.approve_letter(
            bureau.db, bureau.leader, bureau.paths, letter_id, with_signature=True, fonts=FONTS
        )
    letter_keys.set_image(
        bureau.db,
        bureau.admin,
        bureau.paths,
        letter_keys.SIGNATURE,
        signature_png(tmp_path),
        user_id=bureau.leader.id,
    )
    preview = letter_approval.approval_preview(
        bureau.db, bureau.leader, bureau.paths, letter_id, with_signature=True, fonts=FONTS
    )
    last = len(reader(preview).pages) - 1
    assert image_count(preview, last) == 2
    final = letter_approval.approve_letter(
        bureau.db, bureau.leader, bureau.paths, letter_id, with_signature=True, fonts=FONTS
    )
    pdf = letter_pdf(bureau.db, bureau.paths, letter_id)
    assert image_count(pdf, last) == 2 and final.doc_number == "某教信复〔2026〕1号"
