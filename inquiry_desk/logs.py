"""Logging for the desk: one line per record, key=value, with customer addresses masked."""

from __future__ import annotations

import logging
import re
import sys

_ADDRESS = re.compile(r"([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+)")


def mask_addresses(text: str, keep: frozenset[str] = frozenset()) -> str:
    """Customer addresses are personal information: keep the first letter and the domain.
    The desk's own addresses (`keep`, lower case) are not anyone's personal information."""

    def mask(m: re.Match[str]) -> str:
        if m.group(0).lower() in keep:
            return m.group(0)
        return f"{m.group(1)}***@{m.group(2)}"

    return _ADDRESS.sub(mask, text)


class MaskingFormatter(logging.Formatter):
    def __init__(self, fmt: str, keep: frozenset[str] = frozenset()) -> None:
        super().__init__(fmt)
        self.keep = keep

    def format(self, record: logging.LogRecord) -> str:
        return mask_addresses(super().format(record), self.keep)


def configure_logging(level: int = logging.INFO, desk_addresses: tuple[str, ...] = ()) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        MaskingFormatter(
            "%(asctime)s level=%(levelname)s logger=%(name)s msg=%(message)s",
            keep=frozenset(a.lower() for a in desk_addresses),
        )
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # aiosmtpd logs each peer and command at INFO: too chatty for a desk log.
    logging.getLogger("mail.log").setLevel(logging.WARNING)
