"""A mail on its way from the listener to the store: in memory while it is small, in an
unlinked file in the data directory once it is not.

A mail held whole in memory from DATA until it is stored costs its size once per transfer,
and eight 24 MB mails arriving at once took the desk past 400 MiB (docs/benchmarks.md, "Large
mail within the size limit"). Spooled, a transfer holds at most `IN_MEMORY` bytes of memory
whatever its size, and the store reads each spooled mail only as it inserts it, so a group
commit holds one large mail at a time however many arrived together. The file is unlinked
from the start (it has no name, and is 0600): nothing is left behind when the desk is killed,
and the mail is not accepted until it is in the database (RFC 5321 §6.1), so nothing is lost
either.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

IN_MEMORY = 256 * 1024  # bytes a transfer keeps in memory before it goes to a file
CHUNK = 1024 * 1024  # bytes read back per piece (for the duplicate key)


class MailSpool:
    """The bytes of one mail, written as they arrive and read back in pieces."""

    def __init__(self, directory: Path | None = None, *, expected: int = 0) -> None:
        """`directory`: where a large mail's file goes (None: the system's temporary directory).
        `expected`: the size the client declared (RFC 1870 SIZE), if any; a mail declared
        large goes to the file from its first byte. A declared size is only a hint: the
        mail is whatever arrives."""
        # Outlives this call by design: `close` ends it once the mail is stored.
        self._file = tempfile.SpooledTemporaryFile(  # noqa: SIM115
            max_size=IN_MEMORY, dir=None if directory is None else str(directory)
        )
        self.size = 0
        self._to_file = expected > IN_MEMORY

    def write(self, data: bytes) -> None:
        """Append `data`. OSError (the directory is gone, the disk is full) leaves the spool
        unusable."""
        if self._to_file:
            self._to_file = False
            self._file.rollover()
        self._file.write(data)
        self.size += len(data)

    def chunks(self, size: int = CHUNK) -> Iterator[bytes]:
        """The bytes from the start, in pieces of at most `size`."""
        self._file.seek(0)
        while piece := self._file.read(size):
            yield piece

    def getvalue(self) -> bytes:
        """All the bytes at once: for a mail known to be small."""
        self._file.seek(0)
        return self._file.read()

    def close(self) -> None:
        """Free the memory or the file (closing twice is harmless)."""
        self._file.close()
