"""Read one scraped page into its rows: at most one article, its paragraphs, sentences, removed lines.

Every non-blank raw line ends up in exactly one place: the clean text, a metadata field
(headline, date, dateline, outlet), or the ``removed`` audit with its reason. Problems with a
file (empty, binary, wrong encoding, no article) become one warning line naming the file; the
other files still load (the loop over files is :mod:`analysis.pipeline`).
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd

from . import metadata
from .clean import Line, classify, wraps_into
from ..paths import resolve
from ..text import COUNTED_WORD, sentence_tokenizer
from .read import UnreadableFile, normalize_line, read_lines

ARTICLE_COLUMNS = ["article_id", "outlet", "headline", "published", "dateline", "n_words", "text",
                   "source_file", "dateline_date", "url"]
PARAGRAPH_COLUMNS = ["article_id", "para_no", "role", "text", "start", "end"]
SENTENCE_COLUMNS = ["article_id", "para_no", "sent_no", "text", "start", "end"]
REMOVED_COLUMNS = ["article_id", "line_no", "text", "reason"]
PROBLEM_COLUMNS = ["file", "problem"]
MANIFEST_COLUMNS = ["file", "outlet", "published", "url", "notes"]


class CorpusError(Exception):
    """The corpus as a whole cannot be read (no such folder, nothing in it)."""


@dataclass
class ArticleTables:
    """What one file yields: at most one article row, and its paragraphs, sentences, removals."""
    article: dict | None = None
    paragraphs: list[dict] = field(default_factory=list)
    sentences: list[dict] = field(default_factory=list)
    removed: list[dict] = field(default_factory=list)
    problems: list[dict] = field(default_factory=list)


@dataclass
class Corpus:
    articles: pd.DataFrame
    paragraphs: pd.DataFrame
    sentences: pd.DataFrame
    removed: pd.DataFrame
    problems: pd.DataFrame

    @property
    def warnings(self) -> list[str]:
        return [f"{f}: {p}" for f, p in zip(self.problems["file"], self.problems["problem"])]


def corpus_files(path) -> tuple[Path, list[Path]]:
    """The corpus folder and its .txt files in name order; CorpusError when there are none."""
    folder = resolve(path)
    if not folder.exists():
        raise CorpusError(f"corpus folder '{path}' does not exist")
    if folder.is_file():
        return folder.parent, [folder]
    files = sorted((p for p in folder.iterdir() if p.suffix.lower() == ".txt" and p.is_file()),
                   key=lambda p: (p.stem, p.name))   # article_id order, so every table sorts alike
    if not files:
        raise CorpusError(f"corpus folder '{path}' holds no .txt files")
    return folder, files


def read_manifest(folder: Path) -> tuple[dict[str, dict], list[dict]]:
    """Rows of ``manifest.csv`` keyed by file name, and problems found in it (none if absent)."""
    path = folder / "manifest.csv"
    if not path.exists():
        return {}, []
    name = f"{folder.name}/manifest.csv"
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in MANIFEST_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            return {}, [{"file": name, "problem": f"header lacks {', '.join(missing)}; manifest ignored"}]
        rows, problems = {}, []
        for line_no, row in enumerate(reader, start=2):
            row = {k: (row.get(k) or "").strip() for k in MANIFEST_COLUMNS}
            if row["published"] and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["published"]):
                problems.append({"file": name, "problem": f"line {line_no}: published "
                                 f"'{row['published']}' is not YYYY-MM-DD; ignored"})
                row["published"] = ""
            rows[row["file"]] = row
    present = {p.name for p in folder.iterdir()}
    problems += [{"file": name, "problem": f"lists '{f}', which is not in the folder"}
                 for f in rows if f not in present]
    return rows, problems


def read_article(path: Path, manifest_row: dict | None = None, label: str | None = None) -> ArticleTables:
    """Clean one page. Never raises for bad content: problems are returned as rows."""
    label = label or path.name
    out = ArticleTables()
    try:
        raw_lines, decoded = read_lines(path)
    except (UnreadableFile, OSError) as err:
        out.problems.append({"file": label, "problem": str(err)})
        return out
    out.problems += [{"file": label, "problem": w} for w in decoded.warnings]
    lines = [Line(no, raw, normalize_line(raw)) for no, raw in enumerate(raw_lines, start=1)]
    if not any(l.text for l in lines):
        out.problems.append({"file": label, "problem": "empty file (no text)"})
        return out

    article_id = path.stem
    headline = classify(lines)
    kept = [l for l in lines if l.text]
    for line in kept:
        if line.prefix:
            out.removed.append(_removed(article_id, line.line_no, line.prefix, line.prefix_reason))
        if line.label not in ("body", "subhead", "headline"):
            out.removed.append(_removed(article_id, line.line_no, line.text, line.label))
    body = [l for l in kept if l.label in ("body", "subhead")]
    if not body:
        out.problems.append({"file": label, "problem": "no article text found (every line looks like "
                             "page chrome); see removed_lines for what was seen"})
        return out

    published, dateline, dateline_date, outlet = _metadata(kept, manifest_row or {}, label, out.problems)
    text = _paragraphs_and_sentences(article_id, kept, out)
    out.article = {
        "article_id": article_id, "outlet": outlet, "headline": headline,
        "published": published, "dateline": dateline, "n_words": len(COUNTED_WORD.findall(text)),
        "text": text, "source_file": f"{path.parent.name}/{path.name}",
        "dateline_date": dateline_date, "url": (manifest_row or {}).get("url", ""),
    }
    return out


def _removed(article_id: str, line_no: int, text: str, reason: str) -> dict:
    return {"article_id": article_id, "line_no": line_no, "text": text, "reason": reason}


def _paragraphs_and_sentences(article_id: str, kept: list[Line], out: ArticleTables) -> str:
    """Build the clean text; hard-wrapped lines (next starts lower-case) rejoin one paragraph."""
    blocks: list[tuple[str, str]] = []   # (role, text) in page order, captions included
    previous: Line | None = None
    for line in kept:
        if line.label == "caption":
            blocks.append(("caption", line.text))
        elif line.label in ("body", "subhead"):
            content = line.content
            wraps = (previous is not None and blocks and blocks[-1][0] == "body"
                     and line.label == "body" and wraps_into(previous, line))
            if wraps:
                blocks[-1] = ("body", f"{blocks[-1][1]} {content}")
            else:
                blocks.append((line.label, content))
            previous = line
    parts, offset, punkt = [], 0, sentence_tokenizer()
    for para_no, (role, block) in enumerate(blocks, start=1):
        if role == "caption":
            out.paragraphs.append({"article_id": article_id, "para_no": para_no, "role": role,
                                   "text": block, "start": -1, "end": -1})
            continue
        if parts:
            offset += 2
        start = offset
        parts.append(block)
        offset += len(block)
        out.paragraphs.append({"article_id": article_id, "para_no": para_no, "role": role,
                               "text": block, "start": start, "end": offset})
        for sent_no, (a, b) in enumerate(punkt.span_tokenize(block), start=1):
            out.sentences.append({"article_id": article_id, "para_no": para_no, "sent_no": sent_no,
                                  "text": block[a:b], "start": start + a, "end": start + b})
    return "\n\n".join(parts)


def _metadata(kept: list[Line], manifest: dict, label: str, problems: list[dict]):
    """Publication date, dateline place and date, outlet: from the page, the manifest winning."""
    first_body = next(i for i, l in enumerate(kept) if l.label in ("body", "subhead"))
    stamps = [(l.text, i < first_body) for i, l in enumerate(kept) if l.label == "metadata line"]
    found_date = metadata.publication_date([t for t, _ in stamps], [h for _, h in stamps])
    dateline, dateline_day, credits = "", None, []
    for line in kept:
        if line.dateline:
            match = line.dateline
            dateline = match["place"]
            if match["credit"] or match["slash_credit"]:
                credits.append(match["credit"] or match["slash_credit"])
            dateline_day = match["date"]
    for line in kept:
        if line.label == "metadata line" and (m := metadata.SOURCE_LINE.match(line.text)):
            credits.append(m["credit"])
        elif line.label == "credit":
            m = metadata.CREDIT_LINE.match(line.bare)
            credit = m["credit"] if m else line.bare
            if metadata.is_known_outlet(credit):
                credits.append(credit)
    known = [metadata.normalize_outlet(c) for c in credits if metadata.is_known_outlet(c)]
    detected = (known[0] if known else metadata.normalize_outlet(credits[0]) if credits
                else metadata.outlet_from_page_signature([l.bare for l in kept]))
    outlet = _prefer_manifest("outlet", manifest.get("outlet", ""), detected, label, problems)
    published = _prefer_manifest("published", manifest.get("published", ""),
                                 found_date.isoformat() if found_date else "", label, problems)
    if not outlet:
        problems.append({"file": label, "problem": "outlet not recognised; add it to manifest.csv "
                         "or codebooks/outlets.csv"})
    elif credits and not known and outlet == detected:
        problems.append({"file": label, "problem": f"outlet '{outlet}' taken from the credit as printed; "
                         "add it to codebooks/outlets.csv to fix its spelling"})
    year = int(published[:4]) if published else None
    day = metadata.month_day(dateline_day, year) if dateline_day else None
    if day and published and day > date.fromisoformat(published):
        day = metadata.month_day(dateline_day, year - 1)
    return published, dateline, day.isoformat() if day else "", outlet


def _prefer_manifest(field_name: str, given: str, detected: str, label: str, problems: list[dict]) -> str:
    if given and detected and given != detected:
        problems.append({"file": label, "problem": f"manifest gives {field_name} '{given}', the page "
                         f"says '{detected}'; using the manifest"})
    return given or detected
