"""Turn a file's bytes into text lines, saying plainly when the bytes are not clean UTF-8 text.

Scraped pages arrive in whatever encoding the scraper wrote. We accept UTF-8 (with or without a
BOM), UTF-16 and UTF-32 with a BOM or, without one, when the pattern of NUL bytes shows them;
fall back to cp1252 and then latin-1 (with a warning, since the guess may be wrong), and refuse
files that are binary or truncated, saying why. Lines are counted as an editor counts them
(``\n``, ``\r\n`` or ``\r`` end a line); other separators (form feed, NEL, U+2028) become
spaces. Unicode spacing is normalised here; quotation marks are left exactly as they are,
because quote extraction needs their shape.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

# Spaces that are not U+0020 (no-break, figure, narrow, thin, ideographic ...) become plain spaces.
# Separators an editor does not break a line at (form feed, vertical tab, file/group/record
# separators, NEL, U+2028/9) are spaces too, so line numbers match what a coder's editor shows.
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v\x1c-\x1e\x85\u2028\u2029]")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Invisible characters that only break tokenisation: zero-width space/joiners, BOM, soft hyphen.
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_RUNS_OF_SPACES = re.compile(r" {2,}")
# Control characters other than line breaks and tabs: many of them mean the bytes are not text.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f]")


class UnreadableFile(ValueError):
    """A file that holds no text we can read (binary, or undecodable)."""


@dataclass
class DecodedText:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


# Byte-order marks, longest first (the UTF-32 LE mark begins with the UTF-16 LE one).
_BOMS = [(b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")]


def _unmarked_wide(data: bytes) -> str | None:
    """UTF-16/32 without a BOM, told by where the NUL bytes fall in mostly-ASCII text: every
    second byte (UTF-16) or three bytes of four (UTF-32) are NUL, on the high side."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    for width, name in ((4, "utf-32"), (2, "utf-16")):
        if len(sample) % width:
            sample = sample[:len(sample) - len(sample) % width]
        for order, high in (("le", slice(1, width)), ("be", slice(0, width - 1))):
            units = [sample[i:i + width] for i in range(0, len(sample), width)]
            if sum(u[high] == b"\x00" * (width - 1) for u in units) >= 0.9 * len(units):
                return f"{name}-{order}"
    return None


def decode_bytes(data: bytes) -> DecodedText:
    """Decode ``data``: a BOM's encoding, UTF-16/32 told by their NUL bytes, else UTF-8, cp1252,
    latin-1. Raise UnreadableFile, with the reason, for binary or truncated content."""
    bom = next(((mark, name) for mark, name in _BOMS if data.startswith(mark)), None)
    wide = None if bom else _unmarked_wide(data) if b"\x00" in data else None
    if bom and bom[1] != "utf-8" or wide:
        encoding = bom[1] if bom else wide
        body = data[len(bom[0]):] if bom else data
        try:
            text = body.decode(encoding)
        except UnicodeDecodeError as err:
            raise UnreadableFile(f"{encoding.upper()} text (by its "
                                 f"{'byte-order mark' if bom else 'NUL bytes'}) that cannot be "
                                 f"decoded at byte {err.start + len(data) - len(body)} "
                                 f"({len(data)} bytes: truncated?)") from None
        warnings = [] if bom else [f"no byte-order mark; read as {encoding.upper()} from its NUL bytes"]
        return _checked(DecodedText(text, encoding, warnings))
    if b"\x00" in data:
        raise UnreadableFile("binary file (contains NUL bytes), not text")
    try:
        text, encoding, warnings = data.decode("utf-8-sig"), "utf-8", []
    except UnicodeDecodeError as err:
        try:
            text, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            text, encoding = data.decode("latin-1"), "latin-1"
        warnings = [f"not valid UTF-8 (byte {err.start}); read as {encoding}, check accented letters"]
    return _checked(DecodedText(text, encoding, warnings))


def _checked(decoded: DecodedText) -> DecodedText:
    """Refuse text that is mostly control characters: its bytes were not text."""
    text = decoded.text
    controls = len(_CONTROL.findall(text))
    if text and controls / len(text) > 0.01:
        raise UnreadableFile(f"binary file ({controls} control characters), not text")
    return decoded


def split_lines(text: str) -> list[str]:
    """Lines as an editor counts them: ``\n``, ``\r\n`` and ``\r`` end a line, nothing else; a
    final line break opens no extra line (as :meth:`str.splitlines`)."""
    lines = _LINE_BREAK.split(text)
    return lines[:-1] if lines and lines[-1] == "" else lines


def normalize_line(line: str) -> str:
    """Plain spaces, no invisible characters, no runs of spaces, no edge spaces. Quotes untouched."""
    line = unicodedata.normalize("NFC", line)
    line = _INVISIBLE.sub("", _SPACES.sub(" ", line))
    return _RUNS_OF_SPACES.sub(" ", line).strip()


def read_lines(path: Path) -> tuple[list[str], DecodedText]:
    """The file's raw lines (1-based numbering is the caller's job) and how it was decoded."""
    decoded = decode_bytes(Path(path).read_bytes())
    return split_lines(decoded.text), decoded
