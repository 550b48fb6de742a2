"""Logs mask customer addresses and never carry message bodies (issue 6)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from running_desk import SATURDAY_NIGHT, Clock, RunningDesk, desk_settings, make_mail

from inquiry_desk.logs import MaskingFormatter, mask_addresses


def test_mask_addresses_keeps_the_desks_own() -> None:
    text = "mail from taro.yamada@example.jp to info@planetmgmt.biz"
    masked = mask_addresses(text, frozenset({"info@planetmgmt.biz"}))
    assert masked == "mail from t***@example.jp to info@planetmgmt.biz"


async def test_a_whole_intake_logs_no_address_and_no_body(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    body = "秘密の相談内容です。個人情報の開示をお願いします。"
    async with RunningDesk(desk_settings(tmp_path / "var"), Clock(SATURDAY_NIGHT)) as desk:
        await desk.send(make_mail(body=body), mail_from="hanako.suzuki@example.jp")
        await desk.wait_for(lambda st: st.count_cases() == 1)
        await desk.settled()
    formatter = MaskingFormatter("%(levelname)s %(name)s %(message)s")
    lines = [formatter.format(r) for r in caplog.records]
    assert lines, "the desk logged nothing"
    assert not any("hanako.suzuki@example.jp" in line for line in lines)
    assert not any("秘密の相談" in line for line in lines)
