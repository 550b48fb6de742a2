"""Reply to the right person: Reply-To, else From (RFC 5322 §3.6.2); Cc kept and offered as
"reply to all"; the envelope sender shown when it differs; a web form's bounce address
replaced by the authenticated person for the acknowledgement."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from fakeslack import FakeSlack
from relay import RecordingRelay
from running_desk import SATURDAY_NIGHT, Clock, case_settled, desk_with_relay, make_mail
from slack_signing import (
    CHANNEL,
    SECRET,
    block_actions_body,
    eventually,
    post_signed,
    view_submission_body,
)

from bot.blocks import customer_line
from bot.modals import CALLBACK_REPLY_SEND, CALLBACK_REPLY_SUBMIT
from casework.correspondents import (
    address_list,
    dkim_aligned_pass,
    is_bounce_address,
    person_addresses,
    person_for_acknowledgement,
    reply_all_cc,
)
from casework.models import AckState
from casework.store import CaseStore

DESK = ("info@planetmgmt.biz",)
MX = "mx.planetmgmt.biz"
STAFF = "U0STAFF01"
BOUNCE = "bounce+x7f3@esp.example"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('"山田 花子" <hanako@example.jp>', ("hanako@example.jp",)),
        ("=?utf-8?b?6Iqx5a2Q?= <hanako@example.jp>, jiro@example.jp",
         ("hanako@example.jp", "jiro@example.jp")),
        ('"info@planetmgmt.biz" <evil@example.net>', ("evil@example.net",)),
        ("a@example.jp, A@example.jp", ("a@example.jp",)),  # one mailbox once
        ("=?utf-8?q?a=0D=0ABcc=3A_x@y?= <e@example.jp>", ()),  # CR LF in a name: refused
        ("=?utf-8?b?YUBiLmM=?=@evil.example", ()),  # an encoded word as the address
        ("not an address", ()),
        ("", ()),
        ("x@example.jp, " * 2000, ()),  # too long to parse
    ],
)  # fmt: skip
def test_address_list_is_strict(value: str, expected: tuple[str, ...]) -> None:
    assert address_list(value) == expected


def test_person_is_reply_to_else_from_else_envelope() -> None:
    assert person_addresses(("r@example.jp",), "f@example.jp", BOUNCE) == ("r@example.jp",)
    assert person_addresses((), "f@example.jp", BOUNCE) == ("f@example.jp",)
    assert person_addresses((), None, "e@example.jp") == ("e@example.jp",)
    assert person_addresses((), None, "<>") == ()
    assert person_addresses(("r@example.jp",), "f@example.jp", "") == ()  # a notification


def test_reply_all_leaves_out_the_person_and_the_desk() -> None:
    cc = ("Info@PlanetMgmt.biz", "boss@example.jp", "hanako+cc@example.jp", "HANAKO@example.jp")
    assert reply_all_cc(("hanako@example.jp",), cc, DESK) == ("boss@example.jp",)


@pytest.mark.parametrize(
    ("address", "bounce"),
    [(BOUNCE, True), ("bounces@esp.example", True), ("news-bounces+x@lists.example", True),
     ("SRS0=abcd=XY=esp.example=bounce-77@fwd.example", True),
     ("hanako@example.jp", False), ("info@esp.example", False)],
)  # fmt: skip
def test_bounce_addresses(address: str, bounce: bool) -> None:
    assert is_bounce_address(address) is bounce


def auth(result: str = "pass", d: str = "form.example", authserv: str = MX) -> str:
    return f"{authserv}; dkim={result} header.d={d} header.s=s1; spf=pass smtp.mailfrom={BOUNCE}"


@pytest.mark.parametrize(
    ("headers", "ok"),
    [
        ([auth()], True),
        ([auth(d="mail.form.example")], True),  # relaxed alignment
        ([auth(result="fail")], False),
        ([auth(d="esp.example")], False),  # the service's own signature, not the From's
        ([auth(authserv="mx.evil.example")], False),  # somebody else's claim
        ([], False),
    ],
)
def test_dkim_must_pass_aligned_with_from_from_the_trusted_host(
    headers: list[str], ok: bool
) -> None:
    assert (dkim_aligned_pass(headers, "contact@form.example", MX) is not None) is ok


def test_the_person_is_acknowledged_only_when_every_condition_holds() -> None:
    def person(**kw: Any) -> str | None:
        args: dict[str, Any] = dict(
            person=("hanako@example.jp",), envelope_sender=BOUNCE, auth_results=[auth()],
            from_address="contact@form.example", trusted_authserv_id=MX, our_addresses=DESK,
        )  # fmt: skip
        args.update(kw)
        return person_for_acknowledgement(**args)

    assert person() == "hanako@example.jp"
    assert person(envelope_sender="hanako@example.jp") is None  # not a bounce address
    assert person(trusted_authserv_id=None) is None  # nothing is trusted
    assert person(auth_results=[auth(result="fail")]) is None
    assert person(person=("a@example.jp", "b@example.jp")) is None  # one mailbox only
    assert person(person=("no-reply@form.example",)) is None  # a machine
    assert person(person=("info@planetmgmt.biz",)) is None  # ourselves


# --- end to end: SMTP in, Slack, the relay ------------------------------------------------------


@pytest.fixture
async def relay() -> AsyncIterator[RecordingRelay]:
    async with RecordingRelay() as r:
        yield r


def web_form_mail(authentication: str | None = None) -> bytes:
    headers = {
        "Reply-To": "=?utf-8?b?5bGx55SwIOiKseWtkA==?= <hanako@example.jp>",
        "Cc": "boss@example.jp, info@planetmgmt.biz",
    }
    if authentication:
        headers["Authentication-Results"] = authentication
    return make_mail(sender="Contact form <contact@form.example>", headers=headers)


def slack_section(fake: FakeSlack) -> dict[str, Any]:
    return dict(
        channel=CHANNEL, http_host="127.0.0.1", http_port=0, bot_token=fake.bot_token,
        signing_secret=SECRET, api_url=fake.url, post_interval=0.0,
    )  # fmt: skip


async def test_a_reply_to_a_web_form_mail_reaches_the_reply_to_person_and_all(
    tmp_path: Path, relay: RecordingRelay
) -> None:
    async with FakeSlack() as fake, desk_with_relay(
        tmp_path, relay, Clock(SATURDAY_NIGHT), slack=slack_section(fake)
    ) as desk:  # fmt: skip
        await desk.send(web_form_mail(), mail_from=BOUNCE)
        case = await desk.wait_for(case_settled(1))
        assert case.reply_to == ("hanako@example.jp",)
        assert case.cc == ("boss@example.jp", "info@planetmgmt.biz")
        assert case.customer_address == BOUNCE
        # No trusted authserv-id is set: the bounce address gets no acknowledgement.
        assert case.ack_state is AckState.SUPPRESSED
        [post] = await eventually(lambda: fake.channel_messages(CHANNEL))
        shown = json.dumps(post.blocks, ensure_ascii=False)
        assert "hanako@example.jp" in shown and BOUNCE in shown and "boss@example.jp" in shown
        assert desk.desk.slack is not None
        url = f"http://127.0.0.1:{desk.desk.slack.http_port}"

        claim = block_actions_body("case_claim", "1", STAFF, CHANNEL, post.ts)
        assert (await post_signed(url, claim, SECRET))[0] == 200
        await desk.wait_for(lambda st: st.case(1).assignee == STAFF)
        opened = block_actions_body("case_reply", "1", STAFF, CHANNEL, post.ts)
        assert (await post_signed(url, opened, SECRET))[0] == 200
        [editor] = await eventually(lambda: fake.calls_to("views.open"))
        view = editor.params["view"]
        [choice] = [b for b in view["blocks"] if b.get("block_id") == "reply_all"]
        label = choice["element"]["options"][0]["text"]["text"]
        assert "boss@example.jp" in label and "info@planetmgmt.biz" not in label

        ticked = {"type": "checkboxes", "selected_options": [{"value": "all"}]}
        values = {
            "reply_body": {"body": "ご連絡ありがとうございます。"},
            "reply_all": {"all": ticked},
        }
        status, answer = await post_signed(
            url, view_submission_body(CALLBACK_REPLY_SUBMIT, '{"case": 1}', values, STAFF), SECRET
        )
        assert status == 200
        preview = json.loads(answer)["view"]
        assert "*Cc:* boss@example.jp" in json.dumps(preview, ensure_ascii=False)
        send = view_submission_body(CALLBACK_REPLY_SEND, preview["private_metadata"], {}, STAFF)
        assert (await post_signed(url, send, SECRET))[0] == 200
        await desk.wait_for(lambda st: len(relay.messages) == 1, what="the reply at the relay")

    [transaction] = relay.messages
    assert sorted(transaction.rcpt_tos) == ["boss@example.jp", "hanako@example.jp"]
    assert transaction.mail_from == "info@planetmgmt.biz"
    sent = transaction.message
    assert sent["To"] == "hanako@example.jp" and sent["Cc"] == "boss@example.jp"


async def test_a_reply_without_reply_all_goes_to_the_person_only(
    fresh_store: CaseStore,
) -> None:
    from test_search import add_case

    case = add_case(fresh_store, 1, "件名", "本文", sender=BOUNCE)
    fresh_store.db.execute(
        "UPDATE cases SET reply_to = ?, cc = ? WHERE id = ?",
        ['["hanako@example.jp"]', '["boss@example.jp"]', case.id],
    )
    case = fresh_store.case(1)
    assert case.reply_addresses == ("hanako@example.jp",)
    line = customer_line(case)
    assert "hanako@example.jp" in line and BOUNCE in line and "Cc: boss@example.jp" in line


async def test_an_authenticated_web_form_mail_is_acknowledged_to_the_person(
    tmp_path: Path, relay: RecordingRelay
) -> None:
    settings = {"trusted_authserv_id": MX}
    async with desk_with_relay(
        tmp_path, relay, Clock(SATURDAY_NIGHT), acknowledgement=settings
    ) as desk:
        await desk.send(web_form_mail(auth()), mail_from=BOUNCE)
        await desk.wait_for(case_settled(1))
        await desk.wait_for(lambda st: st.case(1).ack_state is AckState.SENT, what="ack sent")
        # A forged one: the DKIM result is claimed by a host the desk does not trust.
        forged = web_form_mail(auth(authserv="mx.evil.example")).replace(b"<m1@", b"<m2@")
        await desk.send(forged, mail_from="bounce+other@esp.example")
        case2 = await desk.wait_for(case_settled(2))
        await desk.settled()
    assert case2.ack_state is AckState.SUPPRESSED and "system-sender" in case2.ack_reason
    [transaction] = relay.messages
    assert transaction.rcpt_tos == ["hanako@example.jp"]
    assert transaction.mail_from == "<>"  # still the null sender (RFC 3834 §3.3)


def test_case_command_shows_the_person_the_envelope_sender_and_the_cc(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from test_search import add_case

    from casework.store import open_database
    from inquiry_desk import cli

    config = tmp_path / "desk.toml"
    config.write_text(f'[desk]\ndata_dir = "{tmp_path / "var"}"\n', encoding="utf-8")
    store = CaseStore(open_database(tmp_path / "var" / "desk.sqlite3"))
    case = add_case(store, 1, "件名", "本文", sender=BOUNCE)
    store.db.execute(
        "UPDATE cases SET reply_to = ?, cc = ? WHERE id = ?",
        ['["hanako@example.jp"]', '["boss@example.jp"]', case.id],
    )
    store.db.conn.close()
    assert cli.main(["--config", str(config), "case", "1"]) == 0
    text = capsys.readouterr().out
    assert "hanako@example.jp" in text
    assert f"Envelope sender: {BOUNCE}" in text and "Cc:" in text and "boss@example.jp" in text
    assert cli.main(["--config", str(config), "case", "1", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["reply_to"] == ["hanako@example.jp"] and data["cc"] == ["boss@example.jp"]
    assert data["customer_address"] == BOUNCE
