"""The shape of the code, checked by reading it: who may import whom, and what comments cite.

`casework` is the middle: it imports neither edge. `responder` (mail) and `bot` (Slack) are the
edges and never import each other; `inquiry_desk` wires them (docs/architecture.md).
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("casework", "responder", "bot", "inquiry_desk")
# What each package must not import.
FORBIDDEN = {
    "casework": {"responder", "bot", "inquiry_desk"},
    "responder": {"bot", "inquiry_desk"},
    "bot": {"responder", "inquiry_desk"},
}
# A comment or docstring that sends the reader somewhere outside the repository.
NOWHERE = re.compile(
    r"DESIGN\.md|\bslack\.md|\.\./shared|\bchecklist\b|model-codebases|email-standards"
    # An issue named by its number, ours or a library's: the word followed by a number, with
    # or without "#", or a project's name followed by "#" and a number. A standard's numbered
    # part ("UAX #11", "Annex #11") is where it says, and stays allowed.
    r"|\bissues? #?\d+|\b(?!uax\b|annex\b)[a-z]\w* #\d+",
    re.IGNORECASE,
)


def sources(*packages: str) -> list[Path]:
    return sorted(p for pkg in packages for p in (ROOT / pkg).rglob("*.py"))


def imported_packages(path: Path) -> set[str]:
    """The top-level packages a module imports, wherever the import statement is."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_each_layer_imports_only_what_it_may(package: str) -> None:
    breaches = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in sources(package)
        for name in sorted(imported_packages(path) & FORBIDDEN[package])
    ]
    assert breaches == []


def test_the_import_scan_sees_imports_inside_functions(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from bot.blocks import x\n    import responder.sender\n")
    assert imported_packages(module) == {"bot", "responder"}


def comments_and_docstrings(path: Path) -> list[tuple[int, str]]:
    text = path.read_text(encoding="utf-8")
    found = [
        (tok.start[0], tok.string)
        for tok in tokenize.generate_tokens(io.StringIO(text).readline)
        if tok.type == tokenize.COMMENT
    ]
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            doc = ast.get_docstring(node, clean=False)
            if doc:
                found.append((getattr(node, "lineno", 1), doc))
    return found


def test_comments_cite_the_repository_or_an_rfc_never_a_place_outside_it() -> None:
    files = [*sources(*PACKAGES), *sorted((ROOT / "tests").glob("*.py"))]
    files += sorted((ROOT / "bench").glob("*.py"))
    nowhere = [
        f"{path.relative_to(ROOT)}:{line}: {NOWHERE.search(text).group(0)}"  # type: ignore[union-attr]
        for path in files
        if path.name != "test_layout.py"
        for line, text in comments_and_docstrings(path)
        if NOWHERE.search(text)
    ]
    assert nowhere == []


# A section of the repository's docs named in a comment or docstring: `docs/x.md, "Heading"`.
DOCS_SECTION = re.compile(r'\b(docs/[\w-]+\.md),\s*"([^"\n]+)"')


def test_the_docs_sections_that_comments_cite_exist() -> None:
    files = [*sources(*PACKAGES), *sorted((ROOT / "tests").glob("*.py"))]
    files += sorted((ROOT / "bench").glob("*.py"))
    missing = []
    for path in files:
        if path.name == "test_layout.py":
            continue
        # A citation may wrap onto the comment's next line.
        text = re.sub(r"\n\s*#\s*", " ", path.read_text(encoding="utf-8"))
        for doc, section in DOCS_SECTION.findall(text):
            lines = (ROOT / doc).read_text().splitlines() if (ROOT / doc).exists() else []
            # A heading, its number aside ("## 8. Monitoring"), or the bold label of a list item.
            headings = [
                re.sub(r"^\d+\.\s*", "", line.lstrip("#").strip())
                for line in lines
                if line.startswith("#")
            ]
            headings += [line.strip("- *") for line in lines if line.startswith("- **")]
            if not any(heading.startswith(section) for heading in headings):
                missing.append(f"{path.relative_to(ROOT)}: {doc}, {section!r}")
    assert missing == []
