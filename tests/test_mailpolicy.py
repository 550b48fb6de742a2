from __future__ import annotations

from email import policy

import pytest

from casework import mailpolicy

HEADERS = [
    ("Subject", "Auto: [PMC-000123] We received your inquiry: 個人情報の開示について"),
    ("To", "Customer <customer@example.com>"),
    ("From", "=?utf-8?b?5bGx55Sw?= <yamada@example.jp>, other@example.net"),
    ("Reply-To", "broken <@>"),
    ("Date", "Wed, 25 Nov 2026 12:00:00 +0900"),
    ("Message-ID", "<load-1-2@example.com>"),
    ("Content-Type", 'text/plain; charset="utf-8"; format=flowed'),
    ("X-Loop", "info@planetmgmt.biz"),
]


@pytest.mark.parametrize(
    ("ours", "stock"), [(mailpolicy.SMTP, policy.SMTP), (mailpolicy.DEFAULT, policy.default)]
)
@pytest.mark.parametrize(("name", "value"), HEADERS)
def test_headers_are_the_stock_policys_headers(ours, stock, name: str, value: str) -> None:
    mine, theirs = ours.header_factory(name, value), stock.header_factory(name, value)
    assert str(mine) == str(theirs)
    assert mine.fold(policy=ours) == theirs.fold(policy=stock)
    assert [type(d) for d in mine.defects] == [type(d) for d in theirs.defects]
    assert type(mine).__mro__[1:] == type(theirs).__mro__[1:]


def test_a_header_class_is_made_once_per_name() -> None:
    first = mailpolicy.SMTP.header_factory("Subject", "one")
    again = mailpolicy.SMTP.header_factory("subject", "two")
    assert type(first) is type(again)
    assert type(policy.SMTP.header_factory("Subject", "one")) is not type(first)
