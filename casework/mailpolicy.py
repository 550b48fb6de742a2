"""The standard library's email policies, with each header's class made once.

`email.headerregistry.HeaderRegistry` builds a new class with `type()` for every header it
makes (the header's own class mixed with the base class): about 12 µs of the 19 µs an
unstructured header costs, and every such class is garbage for the cycle collector. The
desk makes a dozen headers for each acknowledgement and parses several address headers of
each received mail, so the classes are made once per header name here. The headers are the
same: the class is built as the registry builds it, from the same registry and base class.
"""

from __future__ import annotations

from email import policy
from email.headerregistry import BaseHeader, HeaderRegistry
from email.message import EmailMessage
from email.policy import EmailPolicy


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
