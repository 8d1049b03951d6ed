"""PAdES signing with the bureau's certificate and offline verification."""

from __future__ import annotations

import datetime as dt
import random
import subprocess
import sys

import pytest

from receptionapp.documents import signing
from receptionapp.documents.fonts import bundled_font_set
from receptionapp.documents.official import render_official
from receptionapp.documents.samples import reply_letter

PASSWORD = "证书密码123"


@pytest.fixture(scope="module")
def pkcs12() -> bytes:
    return signing.create_self_signed("示例市教育局", PASSWORD)


@pytest.fixture(scope="module")
def key(pkcs12: bytes) -> signing.BureauKey:
    return signing.open_pkcs12(pkcs12, PASSWORD)


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return render_official(reply_letter(), bundled_font_set())


@pytest.fixture(scope="module")
def signed(pdf: bytes, key: signing.BureauKey) -> bytes:
    return signing.sign_pdf(pdf, key, location="示例市")


def test_self_signed_certificate_names_the_bureau(key: signing.BureauKey) -> None:
    info = key.info
    assert info.subject == "示例市教育局"
    assert info.organization == "示例市教育局"
    assert info.self_signed
    assert info.not_after - info.not_before > dt.timedelta(days=3600)
    assert len(info.fingerprint) == 64


def test_a_wrong_password_is_a_clear_error(pkcs12: bytes) -> None:
    with pytest.raises(signing.SigningError, match="密码不正确"):
        signing.open_pkcs12(pkcs12, "wrong")
    with pytest.raises(signing.SigningError):
        signing.open_pkcs12(b"not a certificate", PASSWORD)


def test_signed_letter_verifies_with_the_bureau_certificate(signed: bytes, key: signing.BureauKey) -> None:
    result = signing.verify_pdf(signed, [key.info.certificate_der])
    assert result.valid and result.intact and result.trusted
    assert result.signer == "示例市教育局"
    assert result.fingerprint == key.info.fingerprint
    assert result.signed_at is not None
    assert abs(dt.datetime.now(dt.UTC) - result.signed_at) < dt.timedelta(minutes=10)
    assert "签名有效" in result.message


def test_an_unknown_certificate_is_intact_but_not_trusted(signed: bytes) -> None:
    other = signing.open_pkcs12(signing.create_self_signed("另一个教育局", "x"), "x")
    result = signing.verify_pdf(signed, [other.info.certificate_der])
    assert result.intact and not result.trusted and not result.valid
    assert "不是本单位登记的证书" in result.message
    assert not signing.verify_pdf(signed).valid


def test_an_unsigned_file_is_reported(pdf: bytes) -> None:
    result = signing.verify_pdf(pdf)
    assert not result.valid and result.message == "文件中没有数字签名。"
    assert not signing.verify_pdf(b"%PDF-1.4 broken").valid


def test_one_changed_byte_anywhere_fails(signed: bytes, key: signing.BureauKey) -> None:
    trusted = [key.info.certificate_der]
    rng = random.Random(20260801)
    positions = [0, 9, len(signed) // 2, len(signed) - 40, *rng.sample(range(len(signed)), 25)]
    contents = signed.rfind(b"/Contents <")
    positions += [contents + 11, contents + 200]  # inside the signature itself
    for position in positions:
        tampered = bytearray(signed)
        tampered[position] = (tampered[position] + 1) % 256
        result = signing.verify_pdf(bytes(tampered), trusted)
        assert not result.valid, position
        assert result.message


def test_bytes_appended_after_signing_are_reported(signed: bytes, key: signing.BureauKey) -> None:
    result = signing.verify_pdf(signed + b"\n1 0 obj\n<<>>\nendobj\n", [key.info.certificate_der])
    assert not result.valid


def test_an_expired_certificate_does_not_sign(pdf: bytes) -> None:
    old = signing.create_self_signed("示例市教育局", "x", years=1, now=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    with pytest.raises(signing.SigningError, match="已过期"):
        signing.sign_pdf(pdf, signing.open_pkcs12(old, "x"))


def test_signing_needs_a_bureau_name_and_password() -> None:
    with pytest.raises(signing.SigningError):
        signing.create_self_signed(" ", "x")
    with pytest.raises(signing.SigningError):
        signing.create_self_signed("示例市教育局", "")


def test_pyhanko_is_imported_only_when_used() -> None:
    code = (
        "import sys, receptionapp.documents.signing, receptionapp.documents.official; "
        "assert not any(m.startswith(('pyhanko', 'cryptography')) for m in sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
