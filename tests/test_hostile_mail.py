"""Hostile and odd mail through the whole desk: every message of CPython's own email
test data and a corpus built here goes over SMTP on loopback. Each gets a proper SMTP answer,
the desk stays up, and every accepted message becomes a case with a subject and a body."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path

import aiosmtplib
import pytest
from running_desk import SATURDAY_NIGHT, Clock, RunningDesk, desk_settings

from casework.store import CaseStore

SIZE_LIMIT = 2 * 1024 * 1024


def cpython_email_corpus() -> list[Path]:
    import test.test_email  # the standard library's own tests, shipped with this Python

    folder = Path(test.test_email.__file__).parent / "data"
    files = sorted(p for p in folder.iterdir() if p.is_file())
    assert files, f"no CPython email test data in {folder}"
    return files


def crlf(text: bytes) -> bytes:
    return text.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def head(extra: str = "") -> bytes:
    return crlf(
        (
            "From: odd@example.jp\nTo: info@planetmgmt.biz\nSubject: odd mail\n"
            f"Message-ID: <odd@example.jp>\nMIME-Version: 1.0\n{extra}"
        ).encode()
    )


def nested(depth: int) -> bytes:
    parts = b"innermost text\r\n"
    for level in range(depth):
        b = f"b{level}".encode()
        parts = (
            b"Content-Type: multipart/mixed; boundary=" + b + b"\r\n\r\n--" + b + b"\r\n"
            + parts + b"\r\n--" + b + b"--\r\n"
        )  # fmt: skip
    return head() + parts


def many_parts(count: int) -> bytes:
    body = b"".join(
        b"--sep\r\nContent-Type: text/plain\r\n\r\npart %d\r\n" % n for n in range(count)
    )
    return head("Content-Type: multipart/mixed; boundary=sep\n") + b"\r\n" + body + b"--sep--\r\n"


def built_corpus() -> Iterator[tuple[str, bytes]]:
    yield (
        "huge header section",
        head()
        + b"".join(b"X-Filler-%d: %s\r\n" % (n, b"z" * 900) for n in range(1600))
        + b"\r\nbody\r\n",
    )
    yield "ten thousand MIME parts", many_parts(10_000)
    yield "deep nesting", nested(400)
    yield "NUL bytes", head() + b"\r\nbefore\x00after\r\n\x00\x00\r\n"
    yield (
        "broken base64",
        head("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n")
        + b"\r\n"
        + base64.b64encode("日本語のテキスト".encode())[:-3]
        + b"!!*\r\n",
    )
    yield (
        "broken quoted-printable",
        head(
            "Content-Type: text/plain; charset=iso-2022-jp\n"
            "Content-Transfer-Encoding: quoted-printable\n"
        )
        + b"\r\n=1B$B=FF=ZZ=\r\n=G0 soft break at the end=\r\n",
    )
    yield (
        "8-bit bytes in headers",
        crlf(
            b"From: \xe5\xb1\xb1\xe7\x94\xb0 <yamada@example.jp>\nTo: info@planetmgmt.biz\n"
            b"Subject: \x82\xa0\x82\xa2 \xff\xfe raw bytes\n\nbody\n"
        ),
    )
    yield "no headers at all", b"just a body line\r\nand another\r\n"
    yield "empty message", b""
    yield "only a header, no body", crlf(b"Subject: nothing else")
    yield "a line of 200 kB", head() + b"\r\n" + b"w" * 200_000 + b"\r\n"
    yield "bad boundary", head('Content-Type: multipart/mixed; boundary=""\n') + b"\r\n--\r\n"
    yield (
        "unknown charset",
        head("Content-Type: text/plain; charset=x-klingon\n") + b"\r\nqapla\r\n",
    )
    yield (
        "malformed addresses",
        crlf(
            b'From: "unterminated <@>,,; <a@b@c>\nTo: <<info@planetmgmt.biz>>, :;\n'
            b"Subject: =?utf-8?q?=E3=81=82?= =?bogus?x?zz?=\nDate: yesterday-ish\n\nbody\n"
        ),
    )


CORPUS = [(f"cpython:{p.name}", p.read_bytes()) for p in cpython_email_corpus()]
CORPUS += list(built_corpus())


async def test_every_hostile_or_odd_mail_is_answered_and_accepted_mail_becomes_a_case(
    tmp_path: Path,
) -> None:
    settings = desk_settings(tmp_path / "var", listener={"max_message_size": SIZE_LIMIT})
    accepted: list[str] = []
    async with RunningDesk(settings, Clock(SATURDAY_NIGHT)) as desk:
        for name, raw in CORPUS:
            try:
                await desk.send(crlf(raw) if name.startswith("cpython:") else raw,
                                mail_from="odd@example.jp")  # fmt: skip
            except aiosmtplib.SMTPResponseException as exc:
                pytest.fail(f"{name}: refused with {exc.code} {exc.message}")
            accepted.append(name)
        # Over the size limit: 552 at the end of DATA, nothing stored (RFC 5321 §4.5.3.1.10).
        with pytest.raises(aiosmtplib.SMTPResponseException) as refused:
            await desk.send(head() + b"\r\n" + b"x" * (SIZE_LIMIT + 10) + b"\r\n",
                            mail_from="odd@example.jp")  # fmt: skip
        assert refused.value.code == 552

        await desk.wait_for(lambda st: st.count_cases() == len(accepted), timeout=120)
        await desk.settled(timeout=120)
        cases = await desk.call(lambda st: st.cases(limit=len(CORPUS) + 10))
        mail = await desk.call(_first_messages)
        # Still up and answering after all of it.
        async with aiosmtplib.SMTP(hostname="127.0.0.1", port=desk.port) as smtp:
            code, _ = await smtp.noop()
            assert code == 250
    assert len(cases) == len(accepted)
    assert all(isinstance(c.subject, str) for c in cases)
    assert len(mail) == len(accepted)
    assert all(isinstance(subject, str) and isinstance(body, str) for subject, body in mail)
    flagged = {c.number for c in cases if c.malformed}
    assert flagged, "none of the malformed mail was flagged"


def _first_messages(store: CaseStore) -> list[tuple[str, str]]:
    rows = store.db.execute(
        "SELECT subject, body FROM messages WHERE direction = 'in' AND state = 'processed'"
    ).fetchall()
    return [(r[0], r[1]) for r in rows]
