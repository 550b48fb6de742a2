"""Where the files the desk ships with live: `faq.yaml` and `templates/`.

They are kept at the top of the repository, where people edit them, and linked from
`casework/shipped/`, so that every build (wheel, `pip install .`, `pip install --user .`,
`--target`, an editable install) carries them inside the `casework` package. They are found
through `importlib.resources`, which knows where the package is however it was installed.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def shipped(name: str) -> Path:
    """The shipped file or directory `name` (`faq.yaml`, `templates`)."""
    # A Path, since jinja2's FileSystemLoader wants a directory: the package is installed as
    # files, never zipped (pip installs wheels unpacked).
    return Path(str(files("casework").joinpath("shipped", name)))
