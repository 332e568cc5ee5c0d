"""Read one article (a page, or one row of an export) into its rows: the article, its
paragraphs, sentences and removed lines.

Every non-blank raw line ends up in exactly one place: the clean text, a metadata field
(headline, date, dateline, outlet), or the ``removed`` audit with its reason. Problems with a
file (empty, binary, wrong encoding, no article) become one warning line naming the file (and
row); the other files still load (the loop over articles is :mod:`analysis.pipeline`, the
articles it loops over :mod:`.listing`'s). The lines are sorted by :mod:`.clean`, the text cut
into paragraphs and sentences by :mod:`.paragraphs`, the metadata decided by
:mod:`.article_meta` (the manifest, then what the file's form states, then the text).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import page_meta
from ..text import COUNTED_WORD
from .article_meta import article_metadata
from .clean import classify
from .line_labels import chrome_rules, intrinsic_label
from .lines import Line, dedupe_key
from .paragraphs import paragraphs_and_sentences
from .read import UnreadableFile, normalize_line, read_lines
from .sources import Source, html_source

ARTICLE_COLUMNS = ["article_id", "outlet", "headline", "published", "dateline", "n_words", "text",
                   "source_file", "dateline_date", "url"]
PARAGRAPH_COLUMNS = ["article_id", "para_no", "role", "text", "start", "end"]
SENTENCE_COLUMNS = ["article_id", "para_no", "sent_no", "text", "start", "end"]
REMOVED_COLUMNS = ["article_id", "line_no", "text", "reason"]
PROBLEM_COLUMNS = ["file", "problem"]


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
    # The same headline printed on the page in other quotes or case ("DLP’s" for og:title's
    # "DLP's") is the page's line: the line audit finds the headline there.
    same = headline and dedupe_key(headline) == dedupe_key(given.get("headline", ""))
    if given.get("headline") and headline and not same:
        for line in kept:     # the form's title wins; the line the text offered goes to the audit
            if line.label == "headline":
                line.label = "other headline"
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

    published, dateline, dateline_date, outlet = article_metadata(kept, manifest, given, label,
                                                                  out.problems)
    text = paragraphs_and_sentences(article_id, kept, out)
    out.article = {
        "article_id": article_id, "outlet": outlet, "headline": headline,
        "published": published, "dateline": dateline, "n_words": len(COUNTED_WORD.findall(text)),
        "text": text, "source_file": source.source_file,
        "dateline_date": dateline_date, "url": manifest.get("url", "") or given.get("url", ""),
    }
    return out


def _removed(article_id: str, line_no: int, text: str, reason: str) -> dict:
    return {"article_id": article_id, "line_no": line_no, "text": text, "reason": reason}

