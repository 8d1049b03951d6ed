"""Digital signatures on final letters: the bureau's certificate, PAdES signing and verification, offline.

The bureau signs with a certificate kept as a PKCS#12 file: the admin imports
one issued to the bureau, or the app creates a self-signed one on request
(:func:`create_self_signed`, the bureau's name as CN and O); :func:`open_pkcs12`
checks the password once and gives a :class:`BureauKey` to sign with. Signing adds an
invisible PAdES baseline signature with pyHanko (the visible mark is the seal
image, since pyHanko's own stamp cannot set Chinese); there is no timestamp
and no revocation lookup, because the app never opens a network connection.
:func:`verify_pdf` says whether a file's signature is intact and covers the
whole file, who signed it and when, and whether the certificate is one the
bureau trusts; every answer carries a Chinese message for the person asking.
pyHanko and cryptography take most of a second to import, so they are
imported on first use.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pyhanko.sign.signers import SimpleSigner

SIGNATURE_FIELD = "BureauSignature"
DEFAULT_YEARS = 10


class SigningError(ValueError):
    """A certificate or a PDF that cannot be used for signing; the message is for the user."""


@dataclass(frozen=True)
class CertificateInfo:
    """What the admin sees about the bureau's certificate."""

    subject: str
    organization: str | None
    not_before: dt.datetime
    not_after: dt.datetime
    fingerprint: str  # SHA-256 of the DER certificate, hex
    self_signed: bool
    certificate_der: bytes

    def valid_on(self, moment: dt.datetime) -> bool:
        return self.not_before <= moment <= self.not_after


@dataclass(frozen=True)
class VerificationResult:
    """The answer to "is this the letter we signed?"."""

    valid: bool  # intact, cryptographically sound, nothing appended after signing, and trusted
    intact: bool  # the signed bytes are unchanged and the signature matches them
    trusted: bool  # signed with a certificate the caller trusts
    signer: str | None
    signed_at: dt.datetime | None
    fingerprint: str | None
    message: str


def create_self_signed(
    bureau: str, password: str, years: int = DEFAULT_YEARS, now: dt.datetime | None = None
) -> bytes:
    """A new RSA key and self-signed certificate for the bureau, as password-protected PKCS#12."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    name = bureau.strip()
    if not name:
        raise SigningError("请先填写本单位名称，再创建单位证书。")
    if not password:
        raise SigningError("请为证书文件设置密码。")
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, name),
            x509.NameAttribute(NameOID.COMMON_NAME, name),
        ]
    )
    start = (now or dt.datetime.now(dt.UTC)) - dt.timedelta(minutes=5)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=365 * years))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return pkcs12.serialize_key_and_certificates(
        name.encode("utf-8"),
        key,
        certificate,
        None,
        serialization.BestAvailableEncryption(password.encode("utf-8")),
    )


@dataclass(frozen=True)
class BureauKey:
    """An opened PKCS#12: the certificate's details and the key, ready to sign many letters."""

    info: CertificateInfo
    signer: SimpleSigner


def open_pkcs12(pkcs12_data: bytes, password: str) -> BureauKey:
    """Open a PKCS#12 file (.p12/.pfx) with its password; raises SigningError with the reason."""
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID
    from pyhanko.keys.internal import (
        translate_pyca_cryptography_cert_to_asn1,
        translate_pyca_cryptography_key_to_asn1,
    )
    from pyhanko.sign.signers import SimpleSigner
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    try:
        loaded = pkcs12.load_pkcs12(pkcs12_data, password.encode("utf-8") if password else None)
    except ValueError as error:
        raise SigningError("无法打开证书文件：密码不正确，或文件不是 PKCS#12（.p12/.pfx）证书。") from error
    if loaded.key is None or loaded.cert is None:
        raise SigningError("证书文件里没有私钥和证书，不能用来签名。")
    cert = loaded.cert.certificate

    def first(oid: Any) -> str | None:
        values = cert.subject.get_attributes_for_oid(oid)
        return str(values[0].value) if values else None

    info = CertificateInfo(
        subject=first(NameOID.COMMON_NAME) or cert.subject.rfc4514_string(),
        organization=first(NameOID.ORGANIZATION_NAME),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        fingerprint=cert.fingerprint(hashes.SHA256()).hex(),
        self_signed=cert.issuer == cert.subject,
        certificate_der=cert.public_bytes(serialization.Encoding.DER),
    )
    registry = SimpleCertificateStore()
    registry.register_multiple(
        [translate_pyca_cryptography_cert_to_asn1(extra.certificate) for extra in loaded.additional_certs]
    )
    signer = SimpleSigner(
        signing_cert=translate_pyca_cryptography_cert_to_asn1(cert),
        signing_key=translate_pyca_cryptography_key_to_asn1(loaded.key),
        cert_registry=registry,
    )
    return BureauKey(info, signer)


def certificate_info(pkcs12_data: bytes, password: str) -> CertificateInfo:
    """Read the certificate of a PKCS#12 file (checks the password)."""
    return open_pkcs12(pkcs12_data, password).info


def sign_pdf(
    pdf: bytes,
    key: BureauKey,
    reason: str = "信访事项文书定稿",
    location: str | None = None,
    now: dt.datetime | None = None,
) -> bytes:
    """The PDF with an invisible PAdES signature of the bureau appended (incremental update)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    info = key.info
    if not info.valid_on(now or dt.datetime.now(dt.UTC)):
        raise SigningError(
            f"单位证书已过期或尚未生效（有效期{info.not_before:%Y年%m月%d日}至{info.not_after:%Y年%m月%d日}），"
            "请管理员更换证书。"
        )
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    except Exception as error:
        raise SigningError("文书文件已损坏，无法签名。") from error
    meta = signers.PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason=reason,
        location=location,
        name=info.subject,
    )
    # Without an ``output`` argument pyHanko writes to a new BytesIO (its return type is not annotated).
    output: io.BytesIO = signers.sign_pdf(writer, meta, signer=key.signer)
    return output.getvalue()


def _verdict(intact: bool, whole: bool, trusted: bool, signer: str | None) -> str:
    if not intact:
        return "签名校验失败：文件在签名后被改动过，或签名已损坏。这不是本单位签发的原件。"
    if not whole:
        return "签名本身完好，但签名之后文件又被追加修改过，请以本单位存档的原件为准。"
    if not trusted:
        return f"文件未被改动，但签名证书（{signer or '未知'}）不是本单位登记的证书。"
    return f"签名有效：文件自{signer}签名后未被改动。"


@contextmanager
def _quiet_pyhanko() -> Iterator[None]:
    """pyHanko logs a traceback for every untrusted certificate; the result already says it."""
    logger = logging.getLogger("pyhanko")
    previous = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(previous)


def verify_pdf(pdf: bytes, trusted_certificates: Sequence[bytes] = ()) -> VerificationResult:
    """Check the last signature of a PDF; ``trusted_certificates`` are DER certificates of the bureau."""
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    def failed(message: str) -> VerificationResult:
        return VerificationResult(False, False, False, None, None, None, message)

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        signatures = reader.embedded_signatures
    except Exception:
        return failed("文件不是完整的 PDF，或已损坏，无法校验签名。")
    if not signatures:
        return failed("文件中没有数字签名。")
    embedded = signatures[-1]
    roots = [asn1_x509.Certificate.load(der) for der in trusted_certificates]
    context = ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")
    try:
        with _quiet_pyhanko():
            status = validate_pdf_signature(embedded, context)
    except Exception:
        return failed("签名数据已损坏，无法校验：文件在签名后被改动过。")
    cert = status.signing_cert
    signer = cert.subject.native.get("common_name") if cert is not None else None
    fingerprint = cert.sha256.hex() if cert is not None else None
    intact = bool(status.intact and status.valid)
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    trusted = bool(status.trusted) and bool(roots)
    signed_at = status.signer_reported_dt
    return VerificationResult(
        valid=intact and whole and trusted,
        intact=intact,
        trusted=trusted,
        signer=signer,
        signed_at=signed_at,
        fingerprint=fingerprint,
        message=_verdict(intact, whole, trusted, signer),
    )
