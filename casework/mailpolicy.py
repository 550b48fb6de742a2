"""The standard library's email policies, with each header's class made once.

`email.headerregistry.HeaderRegistry` builds a new class with `type()` for every header it
makes (the header's own class mixed with the base class): about 12 µs of the 19 µs an
unstructured header costs, and every such class is garbage for the cycle collector. The
desk makes a dozen headers for each acknowledgement and parses several address headers of
each received mail, so the classes are made once per header name here. The headers are the
same: the class is built as the registry builds it, from the same registry and base class.
"""

from __future__ import annotations

from dataclasses import dataclass
from email import policy
from email.errors import MessageDefect
from email.headerregistry import Address, BaseHeader, HeaderRegistry
from email.message import EmailMessage
from email.policy import EmailPolicy
from functools import lru_cache


class _HeaderClasses(HeaderRegistry):
    """A HeaderRegistry that keeps the class it made for each header name."""

    def __init__(self) -> None:
        super().__init__()
        self._made: dict[str, type[BaseHeader]] = {}

    def map_to_type(self, name: str, cls: type[BaseHeader]) -> None:
        super().map_to_type(name, cls)
        self._made.pop(name.lower(), None)

    def __getitem__(self, name: str) -> type[BaseHeader]:
        key = name.lower()
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = super().__getitem__(name)
        return made


def _with_kept_classes(base: EmailPolicy[EmailMessage]) -> EmailPolicy[EmailMessage]:
    made: EmailPolicy[EmailMessage] = base.clone(header_factory=_HeaderClasses())
    return made


DEFAULT = _with_kept_classes(policy.default)
SMTP = _with_kept_classes(policy.SMTP)


@dataclass(frozen=True)
class ParsedAddresses:
    """An address header's value as policy.default's address-list parser reads it."""

    addresses: tuple[Address, ...]
    defects: tuple[MessageDefect, ...]


@lru_cache(maxsize=64)
def parse_addresses(value: str) -> ParsedAddresses:
    """The addresses and defects of an address header's value (From, Reply-To, Cc, Sender
    parse alike). A mail's From is read by more than one reader (the sender, the person
    index), at about 0.1 ms a parse, so the last few values are kept; the header objects
    are immutable. May raise whatever the parser raises on hostile input (not kept)."""
    header = DEFAULT.header_factory("reply-to", value)
    return ParsedAddresses(tuple(header.addresses), tuple(header.defects))
