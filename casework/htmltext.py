"""Readable text from the HTML of a mail that has no text/plain part (stdlib html.parser)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_DROPPED = frozenset({"script", "style", "head", "title", "template", "object", "svg"})
_BLOCKS = frozenset(
    {"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "fieldset",
     "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
     "main", "nav", "ol", "p", "pre", "section", "table", "tr", "ul", "center"}
)  # fmt: skip
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "wbr", "col", "area", "base"})
_LINK_SCHEMES = ("http://", "https://", "mailto:", "tel:")
_INLINE_SPACE = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n{3,}")
_QUOTE_PREFIX = re.compile(r"^((?:>\s*)+)")
# A "<" that does not open a tag closed before the next "<". html.parser rescans from such a
# "<" (and from an unclosed comment) to the end of the input, which is quadratic: 800 KB of
# "<a" or "<!--" takes minutes on 3.11 (CPython gh-135462, CVE-2025-6069).
_LONE_LT = re.compile(r"<(?![^<>]*>)")
# Marked sections: Outlook's conditional "<![if !supportLists]>" goes; any other "<![" (an
# unclosed CDATA is quadratic too) is shown as text.
_MARKED = re.compile(r"<!\[[^<>\]]*\]>")
MAX_QUOTE_DEPTH = 10


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)  # entities decoded by the parser
        self.chunks: list[str] = []
        self._dropping: list[str] = []
        self._quote_depth = 0
        self._pre = 0
        self._links: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROPPED:
            if tag not in _VOID:
                self._dropping.append(tag)
            return
        if self._dropping:
            return
        if tag in _BLOCKS:
            self._newline(force=tag == "br")
        if tag == "blockquote":
            self._quote_depth += 1
            self._newline(requote=True)
        elif tag == "li":
            self.chunks.append("- ")
        elif tag == "pre":
            self._pre += 1
        elif tag in ("td", "th"):
            self.chunks.append(" ")
        elif tag == "a":
            self._links.append(dict(attrs).get("href"))
        elif tag == "img":
            alt = dict(attrs).get("alt")
            if alt:
                self.chunks.append(alt)

    def handle_endtag(self, tag: str) -> None:
        if self._dropping:
            if tag == self._dropping[-1]:
                self._dropping.pop()
            return
        if tag == "a" and self._links:
            self._end_link(self._links.pop())
        elif tag == "blockquote" and self._quote_depth:
            self._quote_depth -= 1
            self._newline(requote=True)
        elif tag == "pre" and self._pre:
            self._pre -= 1
        if tag in _BLOCKS:
            self._newline()

    def handle_data(self, data: str) -> None:
        if self._dropping:
            return
        if not self._pre:
            data = _INLINE_SPACE.sub(" ", data.replace("\n", " "))
        elif self._quote_depth:
            data = data.replace("\n", "\n" + "> " * min(self._quote_depth, MAX_QUOTE_DEPTH))
        self.chunks.append(data)

    def _newline(self, *, force: bool = False, requote: bool = False) -> None:
        """Start a new line; block elements in a row make one line break, not several.
        With requote, an empty line just started takes the current quote depth instead."""
        if requote:
            for index in range(len(self.chunks) - 1, -1, -1):
                chunk = self.chunks[index]
                if chunk.strip(" >\n"):
                    break
                if chunk.startswith("\n"):
                    self.chunks[index] = "\n" + "> " * min(self._quote_depth, MAX_QUOTE_DEPTH)
                    return
        if not force:
            for chunk in reversed(self.chunks):
                if chunk.strip(" >\n"):
                    break
                if "\n" in chunk:
                    return
        self.chunks.append("\n" + "> " * min(self._quote_depth, MAX_QUOTE_DEPTH))

    def _end_link(self, href: str | None) -> None:
        """Keep the address of a link beside its words, unless the words are the address."""
        if not href or not href.lower().startswith(_LINK_SCHEMES):
            return
        shown = href[7:] if href.lower().startswith("mailto:") else href
        recent = "".join(self.chunks[-8:])
        if shown not in recent:
            self.chunks.append(f" ({shown})")


def html_to_text(html: str) -> str:
    """The readable text of an HTML document: scripts and styles dropped, a line break per
    block element, blockquotes as "> " lines, link addresses kept. Never raises."""
    collector = _TextCollector()
    try:
        collector.feed(_defuse(html))
        collector.close()
    except Exception:  # html.parser can still trip on hostile markup; keep what was read
        pass
    text = "\n".join(_tidy_line(line) for line in "".join(collector.chunks).split("\n"))
    return _BLANK_LINES.sub("\n\n", text).strip()


def _tidy_line(line: str) -> str:
    quoted = _QUOTE_PREFIX.match(line)
    if not quoted:
        return line.strip()
    rest = line[quoted.end() :].strip()
    return ("> " * quoted.group(1).count(">") + rest).rstrip()


def _defuse(html: str) -> str:
    """`html` without comments, and with every "<" that opens no complete tag escaped, so
    html.parser works in linear time on hostile input."""
    kept: list[str] = []
    pos = 0
    while (start := html.find("<!--", pos)) != -1:
        kept.append(html[pos:start])
        end = html.find("-->", start + 4)
        if end == -1:  # an unclosed comment runs to the end, as in browsers
            pos = len(html)
            break
        pos = end + 3
    kept.append(html[pos:])
    text = _MARKED.sub("", "".join(kept)).replace("<![", "&lt;![")
    return _LONE_LT.sub("&lt;", text)
