"""The data directory: files that hold personal information, readable by the desk alone.

The database (and its -wal and -shm companions), the outgoing .eml files and anything else under
`data_dir` carry customers' names, addresses and mail. They are readable by the desk's own
user alone, whatever the umask of the shell or unit that started it: the directory 0700 and
its files 0600. SQLite creates the -wal and -shm files with the permissions of the database
file (https://www.sqlite.org/tempfiles.html), so a database made 0600 before SQLite opens it
keeps its companions private too, including those created later.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

DIRECTORY_MODE = 0o700
FILE_MODE = 0o600
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


def private_directory(path: Path) -> Path:
    """Create `path` (and its parents) if needed, and make it 0700."""
    path.mkdir(mode=DIRECTORY_MODE, parents=True, exist_ok=True)
    _restrict(path, DIRECTORY_MODE)
    return path


def private_database(path: Path) -> Path:
    """Make the database file (created empty if missing; SQLite takes an empty file as a new
    database) and its companions that exist 0600, in a 0700 directory."""
    private_directory(path.parent)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE))
    for candidate in (path, *(path.with_name(path.name + s) for s in SQLITE_COMPANIONS)):
        with contextlib.suppress(FileNotFoundError):
            _restrict(candidate, FILE_MODE)
    return path


def _restrict(path: Path, mode: int) -> None:
    """chmod when needed; a file of another user (an administrator reading the desk's data as
    root, say) is left as it is rather than failing."""
    st = path.stat()
    if stat.S_IMODE(st.st_mode) != mode and st.st_uid == os.geteuid():
        path.chmod(mode)
