"""Where the files the desk ships with live: `faq.yaml` and `templates/`.

In a checkout (and an editable install) they sit at the top of the repository, next to the
packages. `pip install .` copies them to `<prefix>/share/inquiry-desk/` (pyproject.toml's
data-files), since they are not Python packages; an installed desk looks there.
"""

from __future__ import annotations

import sys
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parent.parent
_INSTALLED = Path(sys.prefix) / "share" / "inquiry-desk"


def shipped(name: str) -> Path:
    """The shipped file or directory `name`: the checkout's copy, else the installed one."""
    here = _CHECKOUT / name
    return here if here.exists() else _INSTALLED / name
