"""The report: first-response and resolution times in business hours, per ISO week."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from test_search import add_case

from casework.calendar import BusinessCalendar
from casework.hours import calendar_config_from_mapping
from casework.models import AckState, Case, PersonalInfoRequest
from casework.report import case_figures, histograms, percentile, refresh, weekly
from casework.store import CaseStore, open_database
from inquiry_desk import cli

JST = ZoneInfo("Asia/Tokyo")
CAL = BusinessCalendar(calendar_config_from_mapping({}))  # Monday to Friday 09:00-18:00


def jst(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=JST)


def received(
    store: CaseStore, n: int, at: datetime, *, pi: bool = False, ack: bool = False
) -> Case:
    case = add_case(store, n, f"case {n}", "本文")
    store.db.execute(
        "UPDATE cases SET received_at = ?, pi_request = ?, ack_state = ? WHERE id = ?",
        [
            at.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            PersonalInfoRequest.DISCLOSURE.value if pi else None,
            (AckState.SENT if ack else AckState.NOT_NEEDED).value,
            case.id,
        ],
    )
    return store.case_by_id(case.id)


def replied(store: CaseStore, case: Case, at: datetime) -> None:
    """What the mail side records when the relay took a staff reply."""
    with store.transaction():
        store.record_outgoing(
            case.id, raw=b"reply", kind="reply", envelope_from="info@planetmgmt.biz",
            recipients=[case.customer_address], message_id=f"<r{at.timestamp()}@desk>",
            subject="Re", body="お返事", author="U0STAFF01", now=at,
        )  # fmt: skip
        store.add_event(case.id, at, "U0STAFF01", "reply sent", case.customer_address)


def made_up_weeks(store: CaseStore) -> None:
    """ISO week 2026-W49 (Monday 30 November to Sunday 6 December) and one case in W50."""
    one = received(store, 1, jst(11, 30, 10), pi=True)
    replied(store, one, jst(11, 30, 12))  # 2 h
    store.transition("resolve", 1, "U0STAFF01", jst(12, 1, 10))  # Mon 10-18 + Tue 9-10: 9 h
    two = received(store, 2, jst(12, 4, 20), ack=True)  # Friday evening
    replied(store, two, jst(12, 7, 10))  # the weekend does not count: 1 h
    store.transition("resolve", 2, "U0STAFF01", jst(12, 7, 11))  # 2 h
    three = received(store, 3, jst(12, 5, 10), ack=True)  # Saturday
    replied(store, three, jst(12, 7, 9, 30))  # 0.5 h; still open
    received(store, 4, jst(12, 2, 9))
    store.transition("resolve", 4, "U0STAFF01", jst(12, 2, 13))  # resolved, no reply: 4 h
    five = received(store, 5, jst(12, 2, 10))
    replied(store, five, jst(12, 2, 11))  # 1 h
    store.transition("resolve", 5, "U0STAFF01", jst(12, 2, 12))
    store.transition("reopen", 5, "U0STAFF02", jst(12, 3, 9))  # open again: no resolution
    six = received(store, 6, jst(12, 8, 9), pi=True)  # W50
    replied(store, six, jst(12, 8, 12))  # 3 h
    # A second reply does not change the first response.
    replied(store, one, jst(12, 1, 9))


W49 = {
    "week": "2026-W49",
    "cases": 5,
    "pi_requests": 1,
    "acks_sent": 2,
    # first responses 0.5, 1, 1, 2: median 1, p90 between the 3rd and 4th (1 + 0.7 * 1)
    "first_response": {"median_hours": 1.0, "p90_hours": 1.7},
    # resolutions 2, 4, 9: median 4, p90 between the 2nd and 3rd (4 + 0.8 * 5)
    "resolution": {"median_hours": 4.0, "p90_hours": 8.0},
}
W50 = {
    "week": "2026-W50",
    "cases": 1,
    "pi_requests": 1,
    "acks_sent": 0,
    "first_response": {"median_hours": 3.0, "p90_hours": 3.0},
    "resolution": {"median_hours": None, "p90_hours": None},
}


def test_figures_of_a_made_up_week(fresh_store: CaseStore) -> None:
    made_up_weeks(fresh_store)
    assert refresh(fresh_store, CAL) == 6  # every case was answered or resolved
    assert weekly(case_figures(fresh_store, CAL), CAL) == [W49, W50]


def test_refresh_reads_only_new_events(fresh_store: CaseStore) -> None:
    made_up_weeks(fresh_store)
    refresh(fresh_store, CAL)
    assert refresh(fresh_store, CAL) == 0
    fresh_store.transition("resolve", 3, "U0STAFF01", jst(12, 7, 17))  # 8 business hours
    assert refresh(fresh_store, CAL) == 1
    [w49, _] = weekly(case_figures(fresh_store, CAL), CAL)
    assert w49["resolution"] == {"median_hours": 6.0, "p90_hours": 8.7}  # 2, 4, 8, 9


def test_since_leaves_out_earlier_weeks(fresh_store: CaseStore) -> None:
    made_up_weeks(fresh_store)
    refresh(fresh_store, CAL)
    since = jst(12, 8, 0).date()
    assert weekly(case_figures(fresh_store, CAL, since), CAL) == [W50]


def test_histograms_count_cases_at_or_below_each_bound(fresh_store: CaseStore) -> None:
    made_up_weeks(fresh_store)
    refresh(fresh_store, CAL)
    figures = histograms(fresh_store)
    cumulative, count, total = figures["first_response"]
    assert count == 5 and total == pytest.approx(7.5)  # 2 + 1 + 0.5 + 1 + 3
    assert cumulative[:6] == [0, 1, 3, 4, 5, 5]  # le 0.25, 0.5, 1, 2, 4, 8
    assert figures["resolution"][1:] == (3, pytest.approx(15.0))


@pytest.mark.parametrize(
    ("values", "fraction", "expected"),
    [([], 0.9, None), ([3.0], 0.9, 3.0), ([1.0, 2.0], 0.5, 1.5), ([4, 1, 3, 2], 0.9, 3.7)],
)
def test_percentile(values: list[float], fraction: float, expected: float | None) -> None:
    assert percentile(values, fraction) == (pytest.approx(expected) if expected else None)


def test_report_command_prints_the_contract(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "desk.toml"
    config.write_text(f'[desk]\ndata_dir = "{tmp_path / "var"}"\n', encoding="utf-8")
    store = CaseStore(open_database(tmp_path / "var" / "desk.sqlite3"))
    made_up_weeks(store)
    store.db.conn.close()
    assert cli.main(["--config", str(config), "report", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"weeks": [W49, W50]}
    assert cli.main(["--config", str(config), "report", "--since", "2026-12-08", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"weeks": [W50]}
    assert cli.main(["--config", str(config), "report"]) == 0
    text = capsys.readouterr().out
    assert "2026-W49" in text and "1.0h / 1.7h" in text and "4.0h / 8.0h" in text


def test_report_command_refuses_a_bad_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["report", "--since", "last week"])
    assert exit_.value.code == 2
    assert "not a date like 2026-12-01" in capsys.readouterr().err


async def test_metrics_expose_the_times_as_histograms(tmp_path: Path) -> None:
    import aiohttp
    from desk_process import free_port
    from running_desk import SATURDAY_NIGHT, Clock, RunningDesk, desk_settings, make_mail
    from test_health import sample

    port = free_port()
    settings = desk_settings(tmp_path / "var", http={"port": port})
    async with RunningDesk(settings, Clock(SATURDAY_NIGHT)) as desk:
        await desk.send(make_mail(), mail_from="taro@example.jp")
        await desk.wait_for(lambda st: st.count_cases() == 1)
        await desk.settled()
        # Resolved on the Monday after, at 10:30 in Tokyo: the weekend does not count.
        monday = datetime(2026, 11, 30, 10, 30, tzinfo=JST)
        await desk.call(lambda st: st.transition("resolve", 1, "U0STAFF01", monday))
        async with (
            aiohttp.ClientSession() as http,
            http.get(f"http://127.0.0.1:{port}/metrics") as reply,
        ):
            text = await reply.text()
    name = "inquiry_desk_resolution_business_hours"
    assert f"# TYPE {name} histogram" in text
    assert sample(text, f"{name}_count") == 1 and sample(text, f"{name}_sum") == 1.5
    assert sample(text, f"{name}_bucket", le="1") == 0
    assert sample(text, f"{name}_bucket", le="2") == 1
    assert sample(text, f"{name}_bucket", le="+Inf") == 1
    assert sample(text, "inquiry_desk_first_response_business_hours_count") == 0
