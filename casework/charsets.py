"""Turning the bytes of received mail into text, Japanese charsets first.

Python's codecs corrupt what Japanese Windows mailers send, silently: `iso2022_jp` cannot decode
the NEC row-13 characters (①, ㈱) that CP50220 encoders emit, `shift_jis` turns ① into U+FFFD
and ～ into a WAVE DASH. So ISO-2022-JP and EUC-JP are read by converting their JIS X 0208 code
points to Shift_JIS and decoding that as cp932, which is what the sending Windows machine meant;
the standard codecs are the fallback for what cp932 cannot hold (JIS X 0212 and X 0213).
"""

from __future__ import annotations

import codecs
import re

# The labels Japanese mail is sent with, mapped to the decoder that reads them without loss.
_SJIS_LABELS = frozenset(
    {"shift_jis", "shift-jis", "sjis", "x-sjis", "s_jis", "ms_kanji", "csshiftjis", "cp932",
     "windows-31j", "ms932", "x-ms-cp932", "shift_jis_2004", "shift_jisx0213"}
)  # fmt: skip
_JIS_LABELS = frozenset(
    {"iso-2022-jp", "iso2022-jp", "iso2022_jp", "csiso2022jp", "iso-2022-jp-1", "iso-2022-jp-2",
     "iso-2022-jp-3", "iso-2022-jp-2004", "iso-2022-jp-ext", "cp50220", "cp50221", "cp50222",
     "x-iso-2022-jp"}
)  # fmt: skip
_EUC_LABELS = frozenset(
    {"euc-jp", "euc_jp", "x-euc-jp", "eucjp", "cseucpkdfmtjapanese", "ujis", "cp51932",
     "euc-jis-2004", "euc_jis_2004", "euc-jisx0213"}
)  # fmt: skip
# Labels whose bytes are better read with a superset, as browsers do (WHATWG Encoding).
_SUPERSETS = {
    "us-ascii": "utf-8",  # 8-bit bytes under an ascii label are nearly always UTF-8
    "ascii": "utf-8",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "big5": "big5hkscs",
    "tis-620": "cp874",
}
# Codecs that exist in Python but are not a charset a mail could carry text in.
_NOT_CHARSETS = frozenset(
    {"unicode_escape", "raw_unicode_escape", "idna", "punycode", "undefined", "mbcs", "oem",
     "charmap", "unicode_internal"}
)  # fmt: skip
# The order used when the label is missing, unknown or wrong.
_GUESSES = ("utf-8", "cp932", "euc_jp")
# ESC $ @, ESC $ B (JIS X 0208), ESC ( I (kana), ESC $ ( D/O/P/Q (X 0212/0213), RFC 1468.
_SUB = b"\x1a"  # ASCII SUB marks what could not be converted; it becomes U+FFFD
# ISO-2022-JP shifts cp932 can follow: JIS X 0208 (1978, 1983), ASCII, JIS X 0201 Roman, kana.
_SHIFTS = {b"$B": "kanji", b"$@": "kanji", b"(B": "ascii", b"(J": "ascii", b"(I": "kana"}
_JIS_ESCAPE = re.compile(rb"\x1b(\$[@B]|\(I|\$\([DOPQ])")


def has_jis_escapes(data: bytes) -> bool:
    """Whether 7-bit data carries ISO-2022-JP shift sequences (mail sent with no charset)."""
    return _JIS_ESCAPE.search(data) is not None


def decode_text(data: bytes, label: str | None, where: str) -> tuple[str, list[str]]:
    """Decode `data` sent under charset `label`; never raises.

    Returns the text and the problems met, each naming `where` ("text/plain part",
    "Subject header"), e.g. "unknown charset 'x-foo' in text/plain part".
    """
    name = (label or "").strip().strip("\"'").lower()
    if not data:
        return "", []
    if not name or name in ("us-ascii", "ascii", "ansi_x3.4-1968", "7bit", "8bit"):
        return _decode_unlabelled(data, name, where)
    if name in _JIS_LABELS:
        return _checked(decode_iso2022jp(data), data, "iso-2022-jp", where)
    if name in _SJIS_LABELS:
        return _checked(_first_strict(data, ("cp932", "shift_jis_2004")), data, "cp932", where)
    if name in _EUC_LABELS:
        found = _first_strict(data, ("euc_jis_2004", "euc_jp"))
        return _checked(decode_eucjp(data) or found, data, "euc_jis_2004", where)
    codec = _codec_name(_SUPERSETS.get(name, name))
    if codec is None:
        text, _ = _guess(data)
        return text, [f"unknown charset {name[:40]!r} in {where}"]
    if has_jis_escapes(data) and data.isascii():
        return _checked(decode_iso2022jp(data), data, "iso-2022-jp", where)
    return _checked(_first_strict(data, (codec,)), data, codec, where)


def _decode_unlabelled(data: bytes, name: str, where: str) -> tuple[str, list[str]]:
    if data.isascii():
        if has_jis_escapes(data):
            return _checked(decode_iso2022jp(data), data, "iso-2022-jp", where)
        return data.decode("ascii"), []
    text, codec = _guess(data)
    said = f"charset {name!r}" if name else "no charset"
    if codec == "utf-8" and where.endswith("header"):
        return text, []  # RFC 6532 allows UTF-8 in header fields
    return text, [f"8-bit bytes with {said} in {where}, read as {codec}"]


def _checked(text: str | None, data: bytes, codec: str, where: str) -> tuple[str, list[str]]:
    if text is not None:
        return text, []
    fallback = _codec_name(codec) or "utf-8"
    if fallback == "iso2022_jp":
        return decode_iso2022jp(data, strict=False) or "", [f"undecodable bytes in {where}"]
    return data.decode(fallback, "replace"), [f"undecodable bytes for {codec} in {where}"]


def _first_strict(data: bytes, codecs_to_try: tuple[str, ...]) -> str | None:
    for codec in codecs_to_try:
        try:
            return data.decode(codec)
        except (UnicodeError, LookupError, ValueError):
            continue
    return None


def _guess(data: bytes) -> tuple[str, str]:
    if has_jis_escapes(data) and data.isascii():
        text = decode_iso2022jp(data)
        if text is not None:
            return text, "iso-2022-jp"
    for codec in _GUESSES:
        text = _first_strict(data, (codec,))
        if text is not None:
            return text, codec
    return data.decode("cp1252", "replace"), "cp1252"


def _codec_name(label: str) -> str | None:
    """The Python codec for a charset label, or None when there is none we should use."""
    if len(label) > 40:
        return None
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError, TypeError):
        return None
    # bytes-to-bytes codecs (base64, zlib) and escapes are no charset (codecs._is_text_encoding).
    name = info.name.replace("-", "_")
    if not getattr(info, "_is_text_encoding", True) or name in _NOT_CHARSETS:
        return None
    return info.name


def jis_to_sjis(j1: int, j2: int) -> bytes:
    """The Shift_JIS bytes of JIS X 0208 code point (j1, j2), both in 0x21..0x7E.

    Rows 89-92 (j1 0x79-0x7C) land on cp932's NEC-selected IBM extensions (0xED, 0xEE),
    which is how CP50220 carries the IBM extension characters.
    """
    s1 = (j1 - 0x21) // 2 + 0x81
    if s1 > 0x9F:
        s1 += 0x40
    if j1 % 2:
        s2 = j2 + 0x1F
        if s2 >= 0x7F:
            s2 += 1
    else:
        s2 = j2 + 0x7E
    return bytes((s1, s2))


def decode_iso2022jp(data: bytes, *, strict: bool = True) -> str | None:
    """Decode ISO-2022-JP (RFC 1468) the way CP50220 does, falling back to Python's codecs.

    With strict, returns None when neither path decodes the data cleanly; otherwise replaces.
    """
    converted = _iso2022jp_to_sjis(data, strict=strict)
    if converted is not None and strict:
        text = _first_strict(converted, ("cp932",))
        if text is not None:
            return text
    # JIS X 0212 (ESC $ ( D) and JIS X 0213 are outside cp932; Python's codecs know them.
    text = _first_strict(data, ("iso2022_jp", "iso2022_jp_ext", "iso2022_jp_2", "iso2022_jp_3"))
    if text is not None or strict:
        return text
    return (converted or data).decode("cp932", "replace").replace("\x1a", "\ufffd")


def _iso2022jp_to_sjis(data: bytes, *, strict: bool) -> bytes | None:
    out = bytearray()
    mode = "ascii"
    i, n = 0, len(data)
    while i < n:
        byte = data[i]
        if byte == 0x1B:
            shifted = _SHIFTS.get(data[i + 1 : i + 3])
            if shifted is None and strict:
                return None  # JIS X 0212/0213 or an unknown shift: not for cp932
            mode, i = (shifted, i + 3) if shifted else (mode, i + 1)
            out += b"" if shifted else _SUB
        elif byte in (0x0A, 0x0D, 0x0E, 0x0F):
            # RFC 1468 ends every line in ASCII (tolerate mailers that do not);
            # SO/SI switch half-width katakana as CP50221 sends it.
            mode = "kana" if byte == 0x0E else "ascii"
            out += bytes((byte,)) if byte in (0x0A, 0x0D) else b""
            i += 1
        elif mode == "kanji" and 0x21 <= byte <= 0x7E and 0x21 <= _after(data, i) <= 0x7E:
            out += jis_to_sjis(byte, data[i + 1])
            i += 2
        elif mode == "kana" and 0x21 <= byte <= 0x5F:
            out.append(byte + 0x80)
            i += 1
        elif mode == "kanji" or byte >= 0x80:
            if strict:
                return None
            out += _SUB
            i += 1
        else:
            out.append(byte)
            i += 1
    return bytes(out)


def _after(data: bytes, i: int) -> int:
    return data[i + 1] if i + 1 < len(data) else 0


def decode_eucjp(data: bytes) -> str | None:
    """Decode EUC-JP through cp932 (as CP51932 does), so ① and ～ read as Windows wrote them.

    None when the data holds JIS X 0212 (0x8F) or is not well-formed EUC-JP.
    """
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        byte = data[i]
        if byte < 0x80:
            out.append(byte)
            i += 1
        elif byte == 0x8E and i + 1 < n and 0xA1 <= data[i + 1] <= 0xDF:
            out.append(data[i + 1])
            i += 2
        elif 0xA1 <= byte <= 0xFE and i + 1 < n and 0xA1 <= data[i + 1] <= 0xFE:
            out += jis_to_sjis(byte - 0x80, data[i + 1] - 0x80)
            i += 2
        else:
            return None
    return _first_strict(bytes(out), ("cp932",))
