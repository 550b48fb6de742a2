"""Every message of CPython's own email test data parses without raising and yields text."""

from __future__ import annotations

import sysconfig
from pathlib import Path

import pytest

from casework.mail import parse_message

CPYTHON_EMAIL_DATA = Path(sysconfig.get_paths()["stdlib"]) / "test" / "test_email" / "data"
FILES = sorted(CPYTHON_EMAIL_DATA.glob("*")) if CPYTHON_EMAIL_DATA.is_dir() else []


def test_corpus_is_present() -> None:
    if not FILES:
        pytest.skip(f"this Python build ships no email test data ({CPYTHON_EMAIL_DATA})")
    assert len(FILES) > 20


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_cpython_email_test_message(path: Path) -> None:
    mail = parse_message(path.read_bytes())
    for text in (mail.subject, mail.body, mail.body_for_matching, mail.from_name):
        assert isinstance(text, str)
        text.encode("utf-8")  # no lone surrogates: storable and postable
    assert "\n" not in mail.subject and "\r" not in mail.subject
    assert mail.message_id.startswith("<") and mail.message_id.endswith(">")
    assert mail.body_source in ("plain", "html", "none")
    assert all(isinstance(d, str) for d in mail.defects)
    assert mail.date is None or mail.date.tzinfo is not None
