"""Read one article (a page, or one row of an export) into its rows: the article, its
paragraphs, sentences and removed lines.

Every non-blank raw line ends up in exactly one place: the clean text, a metadata field
(headline, date, dateline, outlet), or the ``removed`` audit with its reason. Problems with a
file (empty, binary, wrong encoding, no article) become one warning line naming the file (and
row); the other files still load (the loop over articles is :mod:`analysis.pipeline`).
Metadata precedence: the manifest, then what the file's form states (an export's columns, an
HTML page's ``<meta>`` tags), then what is read off the text.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd

from . import metadata, page_meta
from .clean import Line, chrome_rules, classify, dedupe_key, intrinsic_label, wraps_into
from ..paths import resolve
from ..study import CODEBOOKS_FOLDER as STUDY_CODEBOOKS
from ..text import COUNTED_WORD, marks_joined, sentence_tokenizer
from .read import UnreadableFile, decode_bytes, normalize_line, read_lines
from .sources import Source, export_sources, html_source, is_article_file, is_export

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


def corpus_entries(path) -> tuple[Path, list[tuple[Path, str]], list[dict]]:
    """The corpus folder, its article files (.txt, .html, .htm, .jsonl, .csv but manifest.csv)
    in name order with their article ids (an export's rows add their row to it), and one
    problem row for each entry skipped (a subfolder, a dangling link, a link loop, an article
    file that is not a regular file) or renamed (names that differ only in case). CorpusError
    when nothing is left.

    Why warn: a file skipped without a word is an article silently missing from every table.
    """
    folder = resolve(path)
    try:
        if not folder.exists():
            raise CorpusError(f"corpus folder '{path}' does not exist")
        if folder.is_file():
            return folder.parent, [(folder, folder.stem)], []
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as err:
        raise CorpusError(f"corpus folder '{path}' cannot be read: {err.strerror or err}") from None
    files, problems = [], []
    for entry in entries:
        label = f"{folder.name}/{entry.name}"
        try:
            if entry.is_dir() and entry.name == STUDY_CODEBOOKS:
                continue   # the study's own codebooks (analysis/study.py), not pages
            if entry.is_dir():
                problems.append({"file": label, "problem": "a subfolder; skipped (only the "
                                 "article files directly in the corpus folder are read)"})
            elif is_article_file(entry) and entry.is_file():
                files.append(entry)
            elif is_article_file(entry):
                why = ("a link that leads nowhere (dangling, or a loop)" if entry.is_symlink()
                       and not entry.exists() else "not a regular file")
                problems.append({"file": label, "problem": f"{why}; skipped"})
        except OSError as err:   # a symlink loop, a name the file system refuses
            problems.append({"file": label, "problem": f"cannot be read ({err.strerror or err}); skipped"})
    if not files:
        raise CorpusError(f"corpus folder '{path}' holds no article files "
                          "(.txt, .html, .jsonl or .csv)")
    files.sort(key=lambda p: (p.stem, p.name))   # article_id order, so every table sorts alike
    by_stem: dict[str, list[Path]] = {}
    for f in files:
        by_stem.setdefault(f.stem.casefold(), []).append(f)
    ids = {}
    for group in by_stem.values():
        for f in group:     # names that differ only in case or suffix: the full name keeps them apart
            ids[f] = f.name if len(group) > 1 else f.stem
        if len(group) > 1:
            names = ", ".join(f.name for f in group)
            problems.append({"file": f"{folder.name}/{group[0].name}", "problem":
                             f"file names differ only in case or suffix ({names}); kept apart as "
                             + ", ".join(f"'{ids[f]}'" for f in group)})
    return folder, [(f, ids[f]) for f in files], problems


def corpus_files(path) -> tuple[Path, list[Path]]:
    """The corpus folder and its article files in name order; CorpusError when there are none."""
    folder, entries, _ = corpus_entries(path)
    return folder, [f for f, _ in entries]


def corpus_sources(path, manifest: bool = True) -> tuple[Path, list[dict], list[tuple]]:
    """(folder, problems, jobs): one job ``(item, manifest row, label, article_id)`` per article,
    in article order. ``item`` is the file of a page (read where the job runs) or the
    :class:`Source` of an export's row (exports are parsed here, once, so each row is a job of
    its own: its own time limit, its own place in a parallel run). The manifest row of an
    export's row is the one for ``file#row`` if listed, else the one for the file."""
    folder, files, problems = corpus_entries(path)
    rows, found = read_manifest(folder) if manifest else ({}, [])
    problems, jobs = problems + found, []
    for f, article_id in files:
        label = f"{folder.name}/{f.name}"
        if not is_export(f):
            jobs.append((f, rows.get(f.name), label, article_id))
            continue
        try:
            sources, trouble = export_sources(f, article_id)
        except Exception as err:   # one bad export never costs the other files
            reason = " ".join(f"{type(err).__name__}: {err}".split())[:300]
            sources, trouble = [], [{"file": label, "problem": f"could not be read ({reason}); left out"}]
        problems += trouble
        taken = {job[3] for job in jobs} | {stem for _, stem in files}
        for s in sources:
            if s.article_id in taken:   # "a-1.txt" beside row 1 of "a.csv": the row's name keeps
                problems.append({"file": s.label, "problem": f"article id '{s.article_id}' is "
                                 f"taken; this row is '{s.manifest_key}'"})
                s.article_id = s.manifest_key
            jobs.append((s, rows.get(s.manifest_key) or rows.get(f.name), s.label, s.article_id))
    return folder, problems, jobs


#: A manifest cell longer than this is not a name, a date or an address: the row is refused.
MAX_MANIFEST_CELL = 2000


def read_manifest(folder: Path) -> tuple[dict[str, dict], list[dict]]:
    """Rows of ``manifest.csv`` keyed by file name, and problems found in it (none if absent).

    Read defensively: a manifest that is not a file, not text or not CSV is ignored with one
    problem; a row with the wrong number of fields, a quoted cell running over lines (an
    unclosed quote), an oversized cell, an invalid date or a file listed twice gives one problem
    naming its line, and the row (or the cell) is not used. Nothing is resolved silently.
    """
    path = folder / "manifest.csv"
    name = f"{folder.name}/manifest.csv"
    try:
        if not path.exists() and not path.is_symlink():
            return {}, []
        if not path.is_file():
            return {}, [{"file": name, "problem": "not a regular file; manifest ignored"}]
        decoded = decode_bytes(path.read_bytes())
    except (UnreadableFile, OSError) as err:
        return {}, [{"file": name, "problem": f"{getattr(err, 'strerror', None) or err}; "
                     "manifest ignored"}]
    problems = [{"file": name, "problem": f"{w}; check the manifest's outlets"} for w in decoded.warnings]
    rows = _manifest_rows(decoded.text, name, problems)
    present = {p.name for p in folder.iterdir()}
    problems += [{"file": name, "problem": f"lists '{f}', which is not in the folder"}
                 for f in rows if f.partition("#")[0] not in present]
    return rows, problems


def _manifest_rows(text: str, name: str, problems: list[dict]) -> dict[str, dict]:
    lines = io.StringIO(text, newline="")
    reader = csv.reader(lines)
    rows, first_line = {}, {}
    limit = csv.field_size_limit(max(len(text) + 1, csv.field_size_limit()))   # a huge cell is
    try:                                        # one row's problem, not the end of the manifest
        header = next(reader, None)
        if header is None:
            problems.append({"file": name, "problem": "empty; manifest ignored"})
            return {}
        header = [h.strip() for h in header]
        missing = [c for c in MANIFEST_COLUMNS if c not in header]
        if missing:
            problems.append({"file": name, "problem": f"header lacks {', '.join(missing)}; manifest ignored"})
            return {}
        line_no = reader.line_num + 1
        for cells in reader:
            row_line, line_no = line_no, reader.line_num + 1
            if not any(c.strip() for c in cells):
                continue
            where = f"line {row_line}"
            if line_no - row_line > 1 or any("\n" in c or "\r" in c for c in cells):
                problems.append({"file": name, "problem": f"{where}: a quoted cell runs over "
                                 f"lines {row_line}-{line_no - 1} (an unclosed quote?); row ignored"})
                continue
            if len(cells) != len(header):
                problems.append({"file": name, "problem": f"{where}: {len(cells)} fields, the "
                                 f"header has {len(header)}; row ignored"})
                continue
            row = {k: cells[header.index(k)].strip() for k in MANIFEST_COLUMNS}
            long = [k for k, v in row.items() if len(v) > MAX_MANIFEST_CELL]
            if long:
                problems.append({"file": name, "problem": f"{where}: {long[0]} has "
                                 f"{len(row[long[0]]):,} characters; row ignored"})
                continue
            if not row["file"]:
                problems.append({"file": name, "problem": f"{where}: no file name; row ignored"})
                continue
            if row["file"] in rows:
                problems.append({"file": name, "problem": f"{where}: '{row['file']}' is listed "
                                 f"again (first on line {first_line[row['file']]}); this row ignored"})
                continue
            if row["published"] and not _valid_date(row["published"]):
                problems.append({"file": name, "problem": f"{where}: published "
                                 f"'{row['published']}' is not a YYYY-MM-DD date; ignored"})
                row["published"] = ""
            rows[row["file"]], first_line[row["file"]] = row, row_line
    except csv.Error as err:
        problems.append({"file": name, "problem": f"line {reader.line_num}: not readable as CSV "
                         f"({err}); this row and the rest ignored"})
    finally:
        csv.field_size_limit(limit)
    return rows


def _valid_date(text: str) -> bool:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def read_article(item: Path | Source, manifest_row: dict | None = None, label: str | None = None,
                 article_id: str | None = None) -> ArticleTables:
    """Clean one article: a page's file (.txt, .html) or an export row's :class:`Source`. Never
    raises for bad content: problems are returned as rows. ``article_id`` defaults to the file
    name without its suffix."""
    out = ArticleTables()
    if isinstance(item, Source):
        source = item
    elif item.suffix.lower() in (".html", ".htm"):
        source, problems = html_source(item, article_id or item.stem)
        out.problems += problems
        if source is None:
            return out
    else:
        label = label or item.name
        try:
            raw_lines, decoded = read_lines(item)
        except (UnreadableFile, OSError) as err:
            out.problems.append({"file": label, "problem": str(err)})
            return out
        out.problems += [{"file": label, "problem": w} for w in decoded.warnings]
        source = Source(article_id or item.stem, label, f"{item.parent.name}/{item.name}", raw_lines)
    return clean_source(source, manifest_row or {}, out)


def clean_source(source: Source, manifest: dict, out: ArticleTables) -> ArticleTables:
    """Sort a source's lines into headline, text and removed lines; read its metadata."""
    label, article_id, given = source.label, source.article_id, source.given
    lines = [Line(no, raw, normalize_line(raw)) for no, raw in enumerate(source.lines, start=1)]
    if not any(l.text for l in lines):
        out.problems.append({"file": label, "problem": "empty file (no text)"})
        return out

    headline = classify(lines, given.get("headline", ""))
    kept = [l for l in lines if l.text]
    if given.get("headline") and headline and dedupe_key(headline) != dedupe_key(given["headline"]):
        for line in kept:     # the form's title wins; the line the text offered goes to the audit
            if line.label == "headline":
                line.label = "other headline"
    # The same headline printed on the page in other quotes or case ("DLP’s" for og:title's
    # "DLP's") is the page's line: the line audit finds the headline there.
    same = headline and dedupe_key(headline) == dedupe_key(given.get("headline", ""))
    headline = (headline if same else given.get("headline")) or headline or given.get("page_title", "")
    if not given.get("outlet") and given.get("title_tag"):   # "<h1's headline> – Site" names the site
        given = {**given, "outlet": page_meta.title_outlet(given["title_tag"], headline)}
    for line in kept:
        if line.prefix:
            out.removed.append(_removed(article_id, line.line_no, line.prefix, line.prefix_reason))
        if line.label not in ("body", "subhead", "headline"):
            out.removed.append(_removed(article_id, line.line_no, line.text, line.label))
    if source.outside:
        rules = chrome_rules()
        out.removed += [_removed(article_id, no, text, reason or intrinsic_label(
            Line(no, text, text), True, rules) or "outside article")
            for no, text, reason in source.outside]
        out.removed.sort(key=lambda r: r["line_no"])
    body = [l for l in kept if l.label in ("body", "subhead")]
    if not body:
        out.problems.append({"file": label, "problem": "no article text found (every line looks like "
                             "page chrome); see removed_lines for what was seen"})
        return out

    published, dateline, dateline_date, outlet = _metadata(kept, manifest, given, label, out.problems)
    text = _paragraphs_and_sentences(article_id, kept, out)
    out.article = {
        "article_id": article_id, "outlet": outlet, "headline": headline,
        "published": published, "dateline": dateline, "n_words": len(COUNTED_WORD.findall(text)),
        "text": text, "source_file": source.source_file,
        "dateline_date": dateline_date, "url": manifest.get("url", "") or given.get("url", ""),
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
        spans = bounded_spans(block, marks_joined(block, punkt_spans(punkt, block)))
        for sent_no, (a, b) in enumerate(spans, start=1):
            out.sentences.append({"article_id": article_id, "para_no": para_no, "sent_no": sent_no,
                                  "text": block[a:b], "start": start + a, "end": start + b})
    return "\n\n".join(parts)


#: A "sentence" longer than this (Punkt found no end in it: a flattened list or table, a page
#: of repeated words) is split at the last space before the limit. No sentence of the seeds or
#: of 924 PolNeAR articles is longer (their longest: 979 characters); the per-sentence steps
#: then stay linear in a text's length however the text is made.
LONGEST_SENTENCE = 1000


#: Punkt reads a paragraph longer than this in pieces cut at a space: NLTK gives each of its
#: regular-expression scans 5 s of wall-clock time, which one scan over a 1 MB paragraph of
#: abbreviations ("U.S. U.S. ...") exceeds, more or less often with the machine's load. A piece
#: takes Punkt well under 0.5 s; news paragraphs are far shorter (PolNeAR's longest: 2,573).
PUNKT_PIECE = 20_000


def punkt_spans(punkt, text: str):
    """Punkt's sentence spans of ``text``, read :data:`PUNKT_PIECE` characters at a time."""
    start = 0
    while len(text) - start > PUNKT_PIECE:
        cut = text.rfind(" ", start + 1, start + PUNKT_PIECE)
        cut = cut if cut > start else start + PUNKT_PIECE
        yield from ((start + a, start + b) for a, b in punkt.span_tokenize(text[start:cut]))
        start = cut
    yield from ((start + a, start + b) for a, b in punkt.span_tokenize(text[start:]))


def bounded_spans(text: str, spans):
    """Sentence spans of ``text``, those over :data:`LONGEST_SENTENCE` characters split at the
    last whitespace before the limit (or at the limit, when there is none)."""
    for a, b in spans:
        while b - a > LONGEST_SENTENCE:
            cut = text.rfind(" ", a + 1, a + LONGEST_SENTENCE + 1)
            cut = cut if cut > a else a + LONGEST_SENTENCE
            yield a, cut
            a = cut + (text[cut] == " ")
        if b > a:
            yield a, b


def _metadata(kept: list[Line], manifest: dict, given: dict, label: str, problems: list[dict]):
    """Publication date, dateline place and date, outlet: from the page, what the file's form
    states (``given``) winning over it and the manifest over both."""
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
    for i, line in enumerate(kept):
        if line.label == "metadata line" and (m := metadata.SOURCE_LINE.match(line.text)):
            # Below the body, an unknown "Source: NATO." names a chart's data, not the page's
            # outlet; a page's own stamp stands above it or carries its date.
            if i < first_body or metadata.is_known_outlet(m["credit"]) or metadata.parse_date(line.text):
                credits.append(m["credit"])
        elif line.label == "metadata line" and (m := metadata.STAMP_CREDIT.match(line.text)):
            if metadata.is_known_outlet(m["credit"]):
                credits.append(m["credit"])
        elif line.label == "credit":
            m = metadata.CREDIT_LINE.match(line.bare) or metadata.COPYRIGHT.match(line.bare)
            credit = m["credit"] if m else line.bare
            if metadata.is_known_outlet(credit):
                credits.append(credit)
    known = [metadata.normalize_outlet(c) for c in credits if metadata.is_known_outlet(c)]
    detected = given.get("outlet") or (
        known[0] if known else metadata.normalize_outlet(credits[0]) if credits
        else metadata.outlet_from_page_signature([l.bare for l in kept]))
    outlet = _prefer_manifest("outlet", manifest.get("outlet", ""), detected, label, problems)
    published = _prefer_manifest("published", manifest.get("published", ""), given.get("published")
                                 or (found_date.isoformat() if found_date else ""), label, problems)
    if not outlet:
        problems.append({"file": label, "problem": "outlet not recognised; add it to manifest.csv "
                         "or codebooks/outlets.csv"})
    elif credits and not known and outlet == detected and not given.get("outlet"):
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
