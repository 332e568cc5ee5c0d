"""Turn a file's bytes into text lines, saying plainly when the bytes are not clean UTF-8 text.

Scraped pages arrive in whatever encoding the scraper wrote. We accept UTF-8 (with or without a
BOM) and UTF-16 with a BOM, fall back to cp1252 and then latin-1 (with a warning, since the
guess may be wrong), and refuse files that are binary. Unicode spacing is normalised here;
quotation marks are left exactly as they are, because quote extraction needs their shape.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

# Spaces that are not U+0020 (no-break, figure, narrow, thin, ideographic ...) become plain spaces.
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
# Invisible characters that only break tokenisation: zero-width space/joiners, BOM, soft hyphen.
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_RUNS_OF_SPACES = re.compile(r" {2,}")
# Control characters other than line breaks and tabs: many of them mean the bytes are not text.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


class UnreadableFile(ValueError):
    """A file that holds no text we can read (binary, or undecodable)."""


@dataclass
class DecodedText:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def decode_bytes(data: bytes) -> DecodedText:
    """Decode ``data``, trying UTF-8 first; raise UnreadableFile for binary content."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return DecodedText(data.decode("utf-16"), "utf-16")
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
    controls = len(_CONTROL.findall(text))
    if text and controls / len(text) > 0.01:
        raise UnreadableFile(f"binary file ({controls} control characters), not text")
    return DecodedText(text, encoding, warnings)


def normalize_line(line: str) -> str:
    """Plain spaces, no invisible characters, no runs of spaces, no edge spaces. Quotes untouched."""
    line = unicodedata.normalize("NFC", line)
    line = _INVISIBLE.sub("", _SPACES.sub(" ", line))
    return _RUNS_OF_SPACES.sub(" ", line).strip()


def read_lines(path: Path) -> tuple[list[str], DecodedText]:
    """The file's raw lines (1-based numbering is the caller's job) and how it was decoded."""
    decoded = decode_bytes(Path(path).read_bytes())
    return decoded.text.splitlines(), decoded
