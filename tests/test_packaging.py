"""The desk as built and installed, not as checked out: a wheel built from the source tree and
installed into a folder of its own carries faq.yaml and the templates, and `ask` works from
it with the checkout nowhere on the path."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LEFT_OUT = shutil.ignore_patterns(
    ".venv", ".git", "var", "build", "*.egg-info", "__pycache__", ".*_cache", ".hypothesis"
)


@pytest.mark.slow
def test_a_wheel_installed_elsewhere_ships_the_faq_and_the_templates(tmp_path: Path) -> None:
    source = tmp_path / "src"
    shutil.copytree(ROOT, source, symlinks=True, ignore=LEFT_OUT)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", str(source), "-w", str(tmp_path / "dist")],
                   check=True, timeout=300)  # fmt: skip
    [wheel] = (tmp_path / "dist").glob("inquiry_desk-*.whl")
    site = tmp_path / "site"
    subprocess.run([*pip, "install", "--no-deps", "--target", str(site), str(wheel)],
                   check=True, timeout=300)  # fmt: skip
    environ = {k: v for k, v in os.environ.items() if k != "INQUIRY_DESK_CONFIG"}
    environ["PYTHONPATH"] = str(site)  # before the venv's editable install of the checkout
    run = tmp_path / "elsewhere"
    run.mkdir()

    def python(*argv: str) -> str:
        done = subprocess.run([sys.executable, *argv], cwd=run, env=environ, timeout=120,
                              capture_output=True, text=True, encoding="utf-8")  # fmt: skip
        assert done.returncode == 0, done.stderr
        return done.stdout

    where = python(
        "-c",
        "import casework, casework.resources as r;"
        "print(casework.__file__); print(r.shipped('faq.yaml')); print(r.shipped('templates'))",
    ).splitlines()
    assert all(Path(p).is_relative_to(site) for p in where), where
    faq, templates = Path(where[1]), Path(where[2])
    assert faq.read_bytes() == (ROOT / "faq.yaml").read_bytes()
    assert sorted(p.name for p in templates.glob("*.j2")) == sorted(
        p.name for p in (ROOT / "templates").glob("*.j2")
    )
    assert sorted(p.name for p in templates.glob("replies/*.j2")) == sorted(
        p.name for p in (ROOT / "templates").glob("replies/*.j2")
    )
    assert (templates / "replies" / "_letter.ja.txt.j2").is_file()
    answer = json.loads(
        python("-m", "inquiry_desk", "ask", "--json", "個人情報の開示をお願いしたい")
    )
    assert answer["matches"] and answer["matches"][0]["section"] == "disclosure"
