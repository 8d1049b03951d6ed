"""The bureau's signing certificate, its seal image and the leaders' signature images (admin only).

Where the private key lives, and why: the PKCS#12 file is kept in the data
folder (``keys/<fingerprint>.p12``), encrypted with a random 256-bit password
that sits beside it (``keys/<fingerprint>.key``); both files are written
readable by the current user only (on Windows the data folder is already the
user's own ``%LOCALAPPDATA%``). An offline PC has nobody to type a password
at every approval, and a password asked for each time would end up on a
sticky note; the key is therefore exactly as safe as the user's account and
the data folder, which is where the petition files are too. A certificate the
admin imports is re-encrypted with such a random password, so the password it
came with is not stored anywhere. The database keeps only the public
certificate: every PC sharing it can verify letters, old certificates stay
trusted for the letters they signed, and only the PC that holds the key file
can sign. The seal and signature images are PNG files with transparency,
stored in the data folder by content hash like attachments.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from receptionapp.db.base import now
from receptionapp.db.database import Database
from receptionapp.db.models import User
from receptionapp.db.models_letters import LetterImage, SigningCertificate
from receptionapp.documents import signing
from receptionapp.domain.roles import CAN_ADMINISTER, Role
from receptionapp.paths import DataPaths
from receptionapp.services import audit, settings
from receptionapp.services.attachments import store_file, write_atomically
from receptionapp.services.context import Actor, NotFound, ServiceError, ValidationFailed, require
from receptionapp.services.shared_files import FileKind, share

MAX_IMAGE_BYTES = 5 * 1024 * 1024
MIN_IMAGE_PIXELS = 120
MAX_IMAGE_PIXELS = 4000
SEAL = "seal"
SIGNATURE = "signature"


def _write_private(path: Path, data: bytes) -> None:
    """Write a file only the current user can read (mkstemp's 0600), atomically, in a 0700 folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    write_atomically(path, data)


# ---------------------------------------------------------------- certificates


@dataclass(frozen=True)
class CertificateView:
    id: int
    subject: str
    organization: str
    not_before: dt.datetime
    not_after: dt.datetime
    fingerprint: str
    self_signed: bool
    source: str
    active: bool
    created_at: dt.datetime
    key_on_this_pc: bool

    @property
    def expired(self) -> bool:
        return self.not_after < dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _cert_view(row: SigningCertificate, paths: DataPaths | None) -> CertificateView:
    folder = paths.keys if paths else None
    has_key = bool(folder and (folder / f"{row.fingerprint}.p12").is_file())
    return CertificateView(
        row.id,
        row.subject,
        row.organization,
        row.not_before,
        row.not_after,
        row.fingerprint,
        row.self_signed,
        row.source,
        row.active,
        row.created_at,
        has_key,
    )


def certificates(db: Database, paths: DataPaths | None = None) -> list[CertificateView]:
    """Every certificate the bureau has signed with, the active one first."""
    with db.read() as session:
        rows = session.scalars(
            select(SigningCertificate).order_by(
                SigningCertificate.active.desc(), SigningCertificate.id.desc()
            )
        )
        return [_cert_view(row, paths) for row in rows]


def active_certificate(db: Database, paths: DataPaths | None = None) -> CertificateView | None:
    found = [c for c in certificates(db, paths) if c.active]
    return found[0] if found else None


def trusted_certificates(session: Session) -> list[bytes]:
    """DER of every certificate the bureau registered, retired ones included."""
    return list(session.scalars(select(SigningCertificate.certificate_der)))


def _utc_naive(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.UTC).replace(tzinfo=None) if moment.tzinfo else moment


def _register(
    db: Database, actor: Actor, paths: DataPaths, pkcs12: bytes, password: str, source: str
) -> CertificateView:
    key = signing.open_pkcs12(pkcs12, password)
    info = key.info
    folder = paths.keys
    _write_private(folder / f"{info.fingerprint}.p12", pkcs12)
    _write_private(folder / f"{info.fingerprint}.key", password.encode("ascii"))
    with db.write() as session:
        row = session.scalar(
            select(SigningCertificate).where(SigningCertificate.fingerprint == info.fingerprint)
        )
        session.execute(update(SigningCertificate).values(active=False))
        if row is None:
            row = SigningCertificate(
                fingerprint=info.fingerprint,
                subject=info.subject,
                organization=info.organization or "",
                not_before=_utc_naive(info.not_before),
                not_after=_utc_naive(info.not_after),
                self_signed=info.self_signed,
                certificate_der=info.certificate_der,
                source=source,
                created_by_id=actor.id,
            )
            session.add(row)
        row.active = True
        session.flush()
        what = "创建自签名单位证书" if source == "created" else "导入单位证书"
        audit.record(
            session,
            actor,
            "certificate",
            "certificate",
            row.id,
            f"{what}：{info.subject}，有效期至{info.not_after:%Y-%m-%d}",
            details={"fingerprint": info.fingerprint, "source": source},
        )
        return _cert_view(row, paths)


def create_certificate(db: Database, actor: Actor, paths: DataPaths) -> CertificateView:
    """A new self-signed certificate in the bureau's name; it becomes the one letters are signed with."""
    require(actor, CAN_ADMINISTER, "管理单位证书")
    bureau = settings.get(db, settings.BUREAU_NAME)
    password = secrets.token_urlsafe(32)
    try:
        data = signing.create_self_signed(bureau, password)
    except signing.SigningError as error:
        raise ServiceError(str(error)) from error
    return _register(db, actor, paths, data, password, "created")


def _rewrap(pkcs12: bytes, password: str, new_password: str) -> bytes:
    """The same key and certificates, encrypted with ``new_password``."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12 as p12

    loaded = p12.load_pkcs12(pkcs12, password.encode("utf-8") if password else None)
    assert loaded.key is not None and loaded.cert is not None
    return p12.serialize_key_and_certificates(
        loaded.cert.friendly_name or b"bureau",
        loaded.key,  # type: ignore[arg-type]
        loaded.cert.certificate,
        [extra.certificate for extra in loaded.additional_certs] or None,
        serialization.BestAvailableEncryption(new_password.encode("utf-8")),
    )


def import_certificate(
    db: Database, actor: Actor, paths: DataPaths, pkcs12: bytes, password: str
) -> CertificateView:
    """Import a PKCS#12 (.p12/.pfx) issued to the bureau; the password given is not stored."""
    require(actor, CAN_ADMINISTER, "管理单位证书")
    if len(pkcs12) > 1024 * 1024:
        raise ValidationFailed({"file": "证书文件过大，不是 PKCS#12 证书"})
    try:
        key = signing.open_pkcs12(pkcs12, password)
    except signing.SigningError as error:
        raise ValidationFailed({"password": str(error)}) from error
    if not key.info.valid_on(dt.datetime.now(dt.UTC)):
        raise ValidationFailed(
            {
                "file": f"证书已过期或尚未生效（有效期{key.info.not_before:%Y-%m-%d}至{key.info.not_after:%Y-%m-%d}）"
            }
        )
    new_password = secrets.token_urlsafe(32)
    return _register(db, actor, paths, _rewrap(pkcs12, password, new_password), new_password, "imported")


def load_signing_key(session: Session, paths: DataPaths) -> tuple[int, signing.BureauKey]:
    """The active certificate's id and opened key; ServiceError telling the user what to do."""
    row = session.scalar(select(SigningCertificate).where(SigningCertificate.active))
    if row is None:
        raise ServiceError(
            "尚未设置单位证书，文书不能签发：请管理员在“管理 → 证书与印章”中创建或导入单位证书。"
        )
    folder = paths.keys
    try:
        data = (folder / f"{row.fingerprint}.p12").read_bytes()
        password = (folder / f"{row.fingerprint}.key").read_text("ascii").strip()
    except OSError as error:
        raise ServiceError(
            "本机没有单位证书的私钥文件，文书不能在本机签发。请在保存证书的电脑上签发，"
            "或由管理员在本机重新导入单位证书。"
        ) from error
    try:
        return row.id, signing.open_pkcs12(data, password)
    except signing.SigningError as error:
        raise ServiceError(f"单位证书文件无法打开：{error}") from error


# ---------------------------------------------------------------- seal and signature images


@dataclass(frozen=True)
class ImageView:
    id: int
    kind: str
    user_id: int | None
    user_name: str
    filename: str
    path: Path
    width: int
    height: int
    created_at: dt.datetime


def check_png(data: bytes) -> tuple[int, int]:
    """(width, height) of a PNG with transparency; ValidationFailed with the reason otherwise."""
    from PIL import Image, UnidentifiedImageError

    if len(data) > MAX_IMAGE_BYTES:
        raise ValidationFailed({"image": "图片超过5MB，请缩小后再上传"})
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            kind, mode, size, info = image.format, image.mode, image.size, image.info
    except (UnidentifiedImageError, OSError, ValueError) as error:
        raise ValidationFailed({"image": "文件不是可以读取的图片"}) from error
    if kind != "PNG":
        raise ValidationFailed({"image": "请使用PNG格式的图片（背景透明），不要用JPG"})
    if mode not in ("RGBA", "LA", "PA") and "transparency" not in info:
        raise ValidationFailed({"image": "图片没有透明背景：印章和签名要用背景透明的PNG，否则会遮住文字"})
    width, height = size
    if min(width, height) < MIN_IMAGE_PIXELS or max(width, height) > MAX_IMAGE_PIXELS:
        raise ValidationFailed(
            {"image": f"图片尺寸应在{MIN_IMAGE_PIXELS}至{MAX_IMAGE_PIXELS}像素之间（现为{width}×{height}）"}
        )
    return width, height


def _image_view(session: Session, row: LetterImage, paths: DataPaths) -> ImageView:
    user = session.get(User, row.user_id) if row.user_id else None
    return ImageView(
        row.id,
        row.kind,
        row.user_id,
        user.display_name if user else "",
        row.filename,
        paths.letter_images / row.stored_name,
        row.width,
        row.height,
        row.created_at,
    )


def active_image(session: Session, kind: str, user_id: int | None = None) -> LetterImage | None:
    stmt = select(LetterImage).where(LetterImage.kind == kind, LetterImage.active)
    if user_id is not None:
        stmt = stmt.where(LetterImage.user_id == user_id)
    return session.scalar(stmt.order_by(LetterImage.id.desc()).limit(1))


def images(db: Database, paths: DataPaths) -> list[ImageView]:
    """The seal and every leader's signature image in use."""
    with db.read() as session:
        rows = session.scalars(select(LetterImage).where(LetterImage.active).order_by(LetterImage.id))
        return [_image_view(session, row, paths) for row in rows]


def set_image(
    db: Database, actor: Actor, paths: DataPaths, kind: str, source: Path, user_id: int | None = None
) -> ImageView:
    """Upload the seal (``kind="seal"``) or a leader's signature image; the old one is retired, not deleted."""
    require(actor, CAN_ADMINISTER, "更换印章和签名图片")
    if kind not in (SEAL, SIGNATURE):
        raise ValueError(kind)
    try:
        data = source.read_bytes()
    except OSError as error:
        raise ValidationFailed({"image": f"无法读取文件：{source.name}"}) from error
    width, height = check_png(data)
    with db.write() as session:
        label = "印章"
        if kind == SIGNATURE:
            user = session.get(User, user_id) if user_id else None
            if user is None or user.role != Role.LEADER.value:
                raise ValidationFailed({"user": "签名图片只能设置给领导账号"})
            label = f"{user.display_name}的签名"
        else:
            user_id = None
        stored = store_file(source, paths.letter_images)
        share(session, FileKind.IMAGE, paths.letter_images, stored.stored_name, stored.sha256)
        old = active_image(session, kind, user_id) if kind == SIGNATURE else active_image(session, kind)
        if old is not None:
            old.active = False
        row = LetterImage(
            kind=kind,
            user_id=user_id,
            filename=source.name,
            stored_name=stored.stored_name,
            sha256=stored.sha256,
            width=width,
            height=height,
            created_by_id=actor.id,
            created_at=now(),
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            actor,
            "letter_image",
            "letter_image",
            row.id,
            f"更换{label}图片：{source.name}（{width}×{height}）",
            details={"sha256": stored.sha256, "replaced": old.id if old else None},
        )
        return _image_view(session, row, paths)


def retire_image(db: Database, actor: Actor, image_id: int) -> None:
    """Stop using an image (a leader's signature no longer printed); the file and row stay."""
    require(actor, CAN_ADMINISTER, "更换印章和签名图片")
    with db.write() as session:
        row = session.get(LetterImage, image_id)
        if row is None or not row.active:
            raise NotFound("找不到该图片")
        row.active = False
        audit.record(session, actor, "letter_image", "letter_image", row.id, f"停用图片：{row.filename}")
