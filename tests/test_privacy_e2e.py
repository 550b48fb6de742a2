"""A person's data end to end, against the desk as a process with the fake Slack: mail in over
SMTP, an acknowledgement and a staff reply out (as .eml files), `privacy export`, a refused and
then a real `privacy erase` from the command line (whose environment has no Slack tokens), and
then a byte search of the database, its WAL and the data directory, and a look at Slack."""

from __future__ import annotations

import asyncio
import base64
import email
import json
import os
import smtplib
import subprocess
import sys
from email.header import Header
from pathlib import Path
from typing import Any

from desk_process import ROOT, DeskProcess, free_port
from fakeslack import FakeSlack
from slack_signing import block_actions_body, post_signed, view_submission_body
from test_faults_slack import SECRET, slack_env, start, until

from bot.modals import CALLBACK_REPLY_SEND, body_digest

CHANNEL = "C0CASES"
STAFF = "U0STAFF01"
NAME = "山田花子"
ADDRESS = "Hanako+desk@Example.JP"  # the person asks as hanako@example.jp
OTHER = "jiro@example.com"
WORDS = ("zephyrquill", "marmaladeowl", "quasarpumpkin")  # one unique word in each body
REPLY_WORD = "lanternfjord"  # in the staff reply
OTHER_WORD = "obsidianheron"  # in the other customer's mail


def mail(sender: str, name: str, subject: str, body: str, message_id: str, **extra: str) -> bytes:
    lines = [
        f"From: {Header(name, 'utf-8').encode()} <{sender}>",
        "To: info@planetmgmt.biz",
        f"Subject: {Header(subject, 'utf-8').encode()}",
        "Date: Wed, 02 Dec 2026 10:00:00 +0900",
        f"Message-ID: {message_id}",
        *[f"{k}: {v}" for k, v in extra.items()],
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n" + body + "\r\n").encode("utf-8")


def smtp_send(port: int, envelope_from: str, raw: bytes) -> None:
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as client:
        client.sendmail(envelope_from, ["info@planetmgmt.biz"], raw)


def cli(desk: DeskProcess, *args: str) -> subprocess.CompletedProcess[str]:
    """The command line as an administrator runs it: no Slack tokens in its environment."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    config = desk.workdir / "desk.toml"  # written by DeskProcess.start
    command = [sys.executable, "-m", "inquiry_desk.cli", "--config", str(config), *args]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def needles() -> dict[str, bytes]:
    """Every form in which the person's data could sit in a file."""
    found = {
        "address": b"hanako",
        "address (upper)": b"Hanako",
        "name": NAME.encode(),
        "name (JSON escapes)": json.dumps(NAME).strip('"').encode(),
        "name (encoded word)": base64.b64encode(NAME.encode()),
        "reply word": REPLY_WORD.encode(),
    }
    found |= {f"word {w}": w.encode() for w in WORDS}
    return found


def search(paths: list[Path]) -> list[str]:
    hits = []
    for path in paths:
        data = path.read_bytes()
        for what, needle in needles().items():
            if needle in data:
                hits.append(f"{what} in {path.name}")
    return hits


def every_file(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


def timestamps(node: Any, key: str = "") -> list[tuple[str, str]]:
    if isinstance(node, dict):
        return [t for k, v in node.items() for t in timestamps(v, k)]
    if isinstance(node, list):
        return [t for v in node for t in timestamps(v, key)]
    if key == "at" or key.endswith("_at"):
        return [(key, node)] if node is not None else []
    return []


async def test_export_then_erase_a_customer_everywhere(tmp_path: Path) -> None:
    async with FakeSlack() as fake:
        sections = {
            "slack": {"channel": CHANNEL, "http_port": free_port(), "post_interval": 0.0},
            "acknowledgement": {"in_hours": True},
            "outbox": {"base_delay": 0.1, "max_delay": 0.5},
        }
        desk = DeskProcess(tmp_path, sections, slack_env(fake))
        await start(desk)
        slack_url = f"http://127.0.0.1:{sections['slack']['http_port']}"
        try:
            await _run(desk, fake, slack_url, tmp_path)
        finally:
            desk.stop()
        # Stopped: the last connection closed and checkpointed; still nothing to find.
        assert search(every_file(desk.database.parent)) == []


async def _run(desk: DeskProcess, fake: FakeSlack, slack_url: str, tmp_path: Path) -> None:
    port = desk.port
    # 1. Three mails from the person (two on one case, one opening another), one from someone
    # else; the first case is acknowledged.
    first = mail(
        ADDRESS, NAME, "開示のお願い", f"開示をお願いします。{WORDS[0]}", "<h1@example.jp>"
    )
    await asyncio.to_thread(smtp_send, port, ADDRESS, first)
    await until(lambda: desk.query("SELECT COUNT(*) FROM cases")[0][0] == 1, "case 1")
    second = mail(
        ADDRESS, NAME, "Re: 開示のお願い", f"追記です。{WORDS[1]}", "<h2@example.jp>",
        **{"In-Reply-To": "<h1@example.jp>"},
    )  # fmt: skip
    await asyncio.to_thread(smtp_send, port, ADDRESS, second)
    third = mail(
        "hanako@example.jp", NAME, "別件です", f"別のご相談です。{WORDS[2]}", "<h3@example.jp>"
    )
    await asyncio.to_thread(smtp_send, port, "hanako@example.jp", third)
    other = mail(OTHER, "次郎", "質問", f"質問があります。{OTHER_WORD}", "<j1@example.com>")
    await asyncio.to_thread(smtp_send, port, OTHER, other)
    await until(lambda: desk.query("SELECT COUNT(*) FROM cases")[0][0] == 3, "three cases")
    await until(
        lambda: (
            desk.query("SELECT COUNT(*) FROM cases WHERE slack_ts IS NULL")[0][0] == 0
            and desk.query("SELECT followups FROM cases WHERE number = 1")[0][0] == 1
        ),
        "every case in Slack",
    )
    numbers = dict(desk.query("SELECT subject, number FROM cases"))
    mine = [numbers["開示のお願い"], numbers["別件です"]]
    theirs = numbers["質問"]
    assert desk.query("SELECT ack_state FROM cases WHERE number = ?", (mine[0],)) == [("sent",)]

    # 2. Staff claim case 1 and reply to the person from Slack.
    ts1 = desk.query("SELECT slack_ts FROM cases WHERE number = ?", (mine[0],))[0][0]
    claim = block_actions_body("case_claim", str(mine[0]), STAFF, CHANNEL, message_ts=ts1)
    assert (await post_signed(slack_url, claim, SECRET))[0] == 200
    await until(
        lambda: (
            desk.query("SELECT status FROM cases WHERE number = ?", (mine[0],)) == [("claimed",)]
        ),
        "the claim",
    )
    reply = f"{NAME}様\n\nお問い合わせありがとうございます。{REPLY_WORD}"
    meta = json.dumps({"case": mine[0], "sha256": body_digest(reply), "body": reply})
    send = view_submission_body(CALLBACK_REPLY_SEND, meta, {}, STAFF)
    assert (await post_signed(slack_url, send, SECRET))[0] == 200
    await until(
        lambda: desk.query("SELECT COUNT(*) FROM slack_notes WHERE kind = 'reply_sent'")[0][0] == 1,
        "the reply sent and noted in Slack",
        timeout=60,
    )
    outgoing = desk.database.parent / "outgoing"
    sent_files = sorted(outgoing.glob("*.eml"))
    assert len(sent_files) == 3  # two acknowledgements (the person's, the other's) and the reply

    # 3. Export: everything, with its original bytes, every time in Japan time.
    out = tmp_path / "export"
    done = cli(desk, "privacy", "export", "hanako@example.jp", "--out", str(out))
    assert done.returncode == 0, done.stderr
    document = json.loads((out / "export.json").read_text(encoding="utf-8"))
    assert sorted(c["number"] for c in document["cases"]) == sorted(mine)
    received = [m for m in document["mail"] if m["direction"] == "received"]
    assert sorted((out / m["file"]).read_bytes() for m in received) == sorted(
        [first, second, third]
    )
    assert len(document["acknowledgements"]) == 1 and len(document["replies"]) == 1
    assert REPLY_WORD in document["replies"][0]["body"]
    assert all(OTHER_WORD not in json.dumps(m, ensure_ascii=False) for m in document["mail"])
    assert any(e["action"] == "claimed" for c in document["cases"] for e in c["events"])
    stamps = timestamps(document)
    assert len(stamps) > 10 and all(v.endswith("+09:00") for _, v in stamps), stamps
    readme = (out / "README.txt").read_text(encoding="utf-8")
    assert "個人情報の開示" in readme and "Disclosure of personal information" in readme

    # 4. Erase: refused while case 1 is claimed, listed without --yes, then done.
    refused = cli(desk, "privacy", "erase", "HANAKO@example.jp", "--yes")
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1 and "claimed" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert len(search(every_file(desk.database.parent))) >= len(needles())  # all findable
    assert desk.query("SELECT COUNT(*) FROM erased_cases")[0][0] == 0
    listed = cli(desk, "privacy", "erase", "hanako@example.jp")
    assert listed.returncode == 0 and "--yes" in listed.stdout
    assert "no identity confirmation" in listed.stderr  # case 1 is a disclosure request
    assert desk.query("SELECT COUNT(*) FROM erased_cases")[0][0] == 0
    erased = cli(desk, "privacy", "erase", "hanako@example.jp", "--yes", "--force")
    assert erased.returncode == 0, erased.stderr

    # 5. Slack: the running desk updates every case message of theirs and deletes the notes
    # quoting them (the follow-up, the reply); claim notes may stay.
    await until(
        lambda: (
            desk.query(
                "SELECT COUNT(*) FROM outbox WHERE kind = 'slack_erase' AND state != 'done'"
            )[0][0]
            == 0
        ),
        "the Slack part of the erase",
        timeout=60,
    )
    for number in mine:
        ts = desk.query("SELECT slack_ts FROM cases WHERE number = ?", (number,))[0][0]
        message = fake.message(CHANNEL, ts)
        assert "erased on" in message.text and message.edits >= 1
        assert not [b for b in message.blocks if b.get("type") == "actions"]
    deleted_text = json.dumps([m.blocks for m in fake.deleted], ensure_ascii=False)
    assert WORDS[1] in deleted_text and REPLY_WORD in deleted_text
    left = json.dumps(
        [(m.text, m.blocks) for m in fake.channel_messages(CHANNEL)], ensure_ascii=False
    )
    for needle in (*WORDS, REPLY_WORD, NAME, "hanako"):
        assert needle not in left, needle

    # 6. Nothing left in the database, its WAL or the data directory.
    wal = desk.database.with_name(desk.database.name + "-wal")
    assert search([desk.database, *([wal] if wal.exists() else [])]) == []
    assert search(every_file(desk.database.parent)) == []
    assert len(sorted(outgoing.glob("*.eml"))) == 1  # the other customer's acknowledgement

    # 7. The other customer is untouched; the cases stay as anonymous records.
    assert desk.query(
        "SELECT subject, customer_address FROM cases WHERE number = ?", (theirs,)
    ) == [("質問", OTHER)]
    [(raw,)] = desk.query("SELECT raw FROM messages WHERE mail_from = ?", (OTHER,))
    assert bytes(raw) == other
    their_ts = desk.query("SELECT slack_ts FROM cases WHERE number = ?", (theirs,))[0][0]
    assert "erased" not in fake.message(CHANNEL, their_ts).text
    assert email.message_from_bytes(outgoing.glob("*.eml").__next__().read_bytes())["To"]
    assert desk.query("SELECT COUNT(*) FROM cases")[0][0] == 3
    audit = desk.query("SELECT actor, action, detail FROM privacy_audit WHERE action = 'erase'")
    assert len(audit) == 1 and json.loads(audit[0][2])["cases"] == 2
    assert "hanako" not in audit[0][2]
