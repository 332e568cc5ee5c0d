"""Articles in the forms researchers have them: a .txt page, a saved .html page, or a .jsonl or
.csv export with one article per row (as Media Cloud and most scrapers write them).

Why one module: every form becomes the same thing, a :class:`Source` (an id, where it came from,
the text as lines, and the metadata the form itself states), so cleaning and every later step
never ask where an article came from. An HTML page's main text is chosen by trafilatura
(Barbaresi 2021, ACL demo; the standard extractor of web corpora), but the lines kept are the
page's own text blocks: a block trafilatura leaves out goes to the audit ("outside article"), so
nothing of the page is lost. Metadata an export's columns or a page's ``<meta>`` tags state wins
over what is read off the text (the manifest wins over both, in :mod:`.article_meta`).
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import metadata, page_meta
from .read import UnreadableFile, decode_bytes, normalize_line, split_lines

PAGE_SUFFIXES = (".txt", ".html", ".htm")
EXPORT_SUFFIXES = (".jsonl", ".csv")
SUFFIXES = PAGE_SUFFIXES + EXPORT_SUFFIXES
#: Files of a corpus folder that are not articles, though their suffix says .csv.
NOT_ARTICLES = {"manifest.csv"}

#: Export column -> field, the first present of each list wins (Media Cloud: stories_id, title,
#: url, media_name, publish_date; its full-text dumps add ``text``).
COLUMNS = {
    "id": ["stories_id", "id", "article_id"],
    "text": ["text", "content", "body", "story_text", "full_text", "article_text"],
    "title": ["title", "headline"],
    "url": ["url", "link", "guid"],
    "outlet": ["media_name", "outlet", "source", "media", "publisher", "site_name"],
    "published": ["publish_date", "date", "published", "publication_date", "pub_date",
                  "published_at", "date_published"],
}


@dataclass
class Source:
    """One article as its file gives it, before cleaning."""
    article_id: str
    label: str                   # for problems: "corpus/page.html", "corpus/export.csv row 3"
    source_file: str             # articles.source_file: "corpus/page.html", "corpus/export.csv#3"
    lines: list[str]             # the text as raw lines (an HTML page: its text blocks)
    given: dict = field(default_factory=dict)   # headline, published, outlet, url the form states
    outside: list[tuple[int, str, str]] = field(default_factory=list)  # (line_no, text, reason)
    #                              of a page's blocks left out of the main text (HTML); reason ""
    #                              unless known (the <title>: a metadata line)
    manifest_key: str = ""       # the manifest row for this article: file name, or name#row


def is_export(path: Path) -> bool:
    return path.suffix.lower() in EXPORT_SUFFIXES


def is_article_file(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES and path.name not in NOT_ARTICLES


# --- exports: one article per row ------------------------------------------------------------------

def export_sources(path: Path, stem_id: str) -> tuple[list[Source], list[dict]]:
    """The rows of a .jsonl or .csv export as sources, and one problem per row (or file) that
    cannot give an article. ``article_id``: ``<stem>-<id>`` when the export has an id column
    (``stories_id``, ``id``, ``article_id``) whose values are present and unique, else
    ``<stem>-<row>`` (JSONL: the line number; CSV: the record number after the header)."""
    label = f"{path.parent.name}/{path.name}"
    try:
        decoded = decode_bytes(path.read_bytes())
    except (UnreadableFile, OSError) as err:
        return [], [{"file": label, "problem": f"{getattr(err, 'strerror', None) or err}; skipped"}]
    problems = [{"file": label, "problem": w} for w in decoded.warnings]
    reader = _jsonl_rows if path.suffix.lower() == ".jsonl" else _csv_rows
    rows = reader(decoded.text, label, problems)
    if rows is None:
        return [], problems
    fields = [(row_no, _mapped(row)) for row_no, row in rows]
    ids = [f.get("id", "") for _, f in fields]
    use_ids = all(ids) and len(set(ids)) == len(ids)
    sources = []
    for (row_no, found), own_id in zip(fields, ids):
        where = f"{label} {'line' if path.suffix.lower() == '.jsonl' else 'row'} {row_no}"
        if not found.get("text", "").strip():
            problems.append({"file": where, "problem": "no article text in this row; skipped"})
            continue
        given = {k: found.get(k, "").strip() for k in ("headline", "outlet", "url")}
        given["published"] = _iso_date(found.get("published", ""), where, problems)
        sources.append(Source(
            article_id=f"{stem_id}-{own_id if use_ids else row_no}", label=where,
            source_file=f"{label}#{row_no}", lines=split_lines(found["text"]), given=given,
            manifest_key=f"{path.name}#{row_no}"))
    return sources, problems


def _jsonl_rows(text: str, label: str, problems: list[dict]):
    """(line number, object) of each JSON object line; one problem per line that is not one."""
    rows = []
    for line_no, line in enumerate(split_lines(text), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            problems.append({"file": f"{label} line {line_no}", "problem":
                             f"not JSON ({err.msg} at character {err.colno}); skipped"})
            continue
        if not isinstance(row, dict):
            problems.append({"file": f"{label} line {line_no}", "problem":
                             f"a JSON {type(row).__name__}, not an object with named fields; skipped"})
            continue
        rows.append((line_no, row))
    if rows and not any(_mapped(r).get("text") is not None for _, r in rows):
        problems.append({"file": label, "problem": _no_text_column(rows[0][1])})
        return None
    return rows


def _csv_rows(text: str, label: str, problems: list[dict]):
    """(record number, {column: cell}) of each CSV record; None when there is no text column."""
    limit = csv.field_size_limit(max(len(text) + 1, csv.field_size_limit()))
    try:
        reader = csv.reader(io.StringIO(text, newline=""))
        header = [h.strip() for h in next(reader, [])]
        if not header:
            problems.append({"file": label, "problem": "empty CSV file; skipped"})
            return None
        if _mapped(dict.fromkeys(header, "")).get("text") is None:
            problems.append({"file": label, "problem": _no_text_column(dict.fromkeys(header))})
            return None
        rows = []
        for record_no, cells in enumerate(reader, start=1):
            if not any(c.strip() for c in cells):
                continue
            if len(cells) != len(header):
                problems.append({"file": f"{label} row {record_no}", "problem":
                                 f"{len(cells)} fields, the header has {len(header)}; skipped"})
                continue
            rows.append((record_no, dict(zip(header, cells))))
        return rows
    except csv.Error as err:
        problems.append({"file": label, "problem": f"not readable as CSV ({err}); skipped"})
        return None
    finally:
        csv.field_size_limit(limit)


def _no_text_column(row: dict) -> str:
    names = ", ".join(list(row)[:8]) or "none"
    return (f"no text column (looked for {', '.join(COLUMNS['text'])}; found {names}); "
            "not read as an export of articles")


def _mapped(row: dict) -> dict:
    """Our field -> the row's value, from the first column of each :data:`COLUMNS` list present
    (column names compared without case)."""
    lower = {str(k).strip().casefold(): v for k, v in row.items()}
    out = {}
    for name, columns in COLUMNS.items():
        key = next((c for c in columns if c in lower), None)
        if key is not None:
            value = lower[key]
            out["headline" if name == "title" else name] = "" if value is None else str(value)
    return out


_ISO_DAY = re.compile(r"^\s*((?:19|20)\d\d-\d\d-\d\d)(?:[ T].*)?$")


def _iso_date(value: str, where: str, problems: list[dict]) -> str:
    """YYYY-MM-DD of an export's or a page's date (``2019-05-07 14:16:00``,
    ``2019-05-07T14:16:00Z``, ``May 7, 2019``); "" and a problem when it is not a date."""
    value = (value or "").strip()
    if not value:
        return ""
    match = _ISO_DAY.match(value)
    found = metadata.parse_date(match.group(1) if match else value)
    if found is None:
        problems.append({"file": where, "problem": f"date '{value[:40]}' is not a date; ignored"})
        return ""
    return found.isoformat()


# --- saved HTML pages ------------------------------------------------------------------------------

#: Elements that start a new text block; the text of any other element runs on in its parent's.
BLOCKS = {"address", "article", "aside", "blockquote", "body", "caption", "dd", "div", "dl", "dt",
          "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
          "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
          "title", "br", "details", "summary", "option", "select", "label", "button"}
#: Elements whose text is code or hidden, never page text.
NOT_TEXT = {"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas"}
#: <meta> names and properties that state a field, in order of preference.
META = {
    "headline": ["og:title", "twitter:title", "dc.title", "headline", "title"],
    "published": ["article:published_time", "og:published_time", "datepublished", "pubdate",
                  "publish-date", "publish_date", "dc.date", "dc.date.issued", "date",
                  "sailthru.date", "parsely-pub-date"],
    "outlet": ["og:site_name", "application-name", "publisher", "dc.publisher"],
    "url": ["og:url"],
}


def html_source(path: Path, article_id: str) -> tuple[Source | None, list[dict]]:
    """A saved page's text blocks, those of its main text (trafilatura) as the article's lines
    and the others as ``outside`` (line numbers are block numbers), with its ``<meta>`` fields."""
    label = f"{path.parent.name}/{path.name}"
    try:
        decoded = decode_bytes(path.read_bytes())
    except (UnreadableFile, OSError) as err:
        return None, [{"file": label, "problem": str(getattr(err, "strerror", None) or err)}]
    problems = [{"file": label, "problem": w} for w in decoded.warnings]
    try:
        import lxml.html
        import trafilatura
        import trafilatura.settings
    except ImportError as err:   # a broken install must not cost the .txt pages
        return None, problems + [{"file": label, "problem": f"HTML pages need trafilatura, which "
                                  f"cannot be imported ({err}); skipped"}]
    try:
        tree = lxml.html.document_fromstring(decoded.text.encode("utf-8"),
                                             parser=lxml.html.HTMLParser(encoding="utf-8"))
    except Exception as err:   # lxml raises several types for pages it cannot parse
        return None, problems + [{"file": label, "problem": f"not readable as HTML ({err}); skipped"}]
    title, blocks = page_blocks(tree)
    main = trafilatura.extract(decoded.text, include_comments=False, include_tables=True,
                               deduplicate=False, with_metadata=False) or ""
    main_lines = _main_parts(main)
    main_text = " ".join(main_lines)
    lines, outside = [""] * title, [(1, normalize_line(blocks[0]), "metadata line")] * title
    for no, block in enumerate(blocks[title:], start=title + 1):
        text = normalize_line(block)
        in_main = _in_main(text, main_lines, main_text) or (   # a drop cap trafilatura left out
            _DROP_CAP.match(text) and _LOWER_START.match(text, 1) and _in_main(text[1:], main_lines, main_text))
        lines.append(block if in_main else "")
        if not in_main:
            outside.append((no, text, ""))
    size = sum(len(l) for l in lines)
    minimum = trafilatura.settings.DEFAULT_CONFIG.getint("DEFAULT", "min_extracted_size")
    if size < minimum:
        return None, problems + [{"file": label, "problem": "no article found in the HTML page "
                                  f"(main text of {size} characters, under trafilatura's minimum "
                                  f"of {minimum}); skipped"}]
    tags = dict(reversed(_meta_tags(tree)))     # a tag given twice: its first value
    given = {fld: normalize_line(next((tags[n] for n in names if n in tags), ""))
             for fld, names in META.items()}
    if not given["url"]:
        canonical = tree.xpath("//link[@rel='canonical']/@href")
        given["url"] = canonical[0].strip() if canonical else ""
    _add_page_statements(given, tree, normalize_line(blocks[0]) if title else "")
    stamp = given["published"]
    given["published"] = page_meta.local_day(stamp, given["url"], _iso_date(stamp, label, problems))
    return Source(article_id=article_id, label=label, source_file=label, lines=lines,
                  given=given, outside=outside, manifest_key=path.name), problems


def _in_main(text: str, main_lines: set[str], main_text: str) -> bool:
    return text in main_lines or (len(text) >= 40 and text in main_text)


def _add_page_statements(given: dict, tree, title: str) -> None:
    """Fill ``given`` from what the page states besides its ``<meta>`` tags (see
    :mod:`.page_meta`): the JSON-LD article's date (after the meta tags); as outlet the first of
    ``og:site_name`` (without its tagline), the JSON-LD publisher and the site the ``<title>``
    names after the headline that the title confirms, else the first stated (a site name can
    be a section, ``U.S.``; a publisher a company, ``The Daily Inc.``); the site's name (and a
    date) off the headline's end; the ``<title>`` so cut as ``page_title`` (the headline of a
    page that offers no other), and whole as ``title_tag`` (the site it names after a headline
    only the text gives: :mod:`.load`)."""
    ld = page_meta.json_ld(tree)
    given["published"] = given["published"] or ld["published"]
    stated, site = given["outlet"], page_meta.site_name(given["outlet"])
    in_title = page_meta.title_outlet(title, given["headline"])
    # a site name that is the page's headline or title names no site (an "application-name"
    # set to the headline on a syndicated page)
    stated_ones = [c for c in (site, normalize_line(ld["outlet"])) if c and not
                   page_meta.same_name(c, given["headline"]) and not page_meta.same_name(c, title)]
    given["outlet"] = next((c for c in stated_ones if page_meta.same_name(c, in_title)),
                           (stated_ones or [in_title])[0])
    names = [given["outlet"], stated, site, in_title]
    given["headline"] = page_meta.without_site(given["headline"], names)
    given["page_title"] = page_meta.without_site(title, names)
    given["title_tag"] = title


def _main_parts(main: str) -> set[str]:
    """The lines of trafilatura's text as our blocks hold them: a list item without its "- ",
    each cell of a table row ("| a | b |") on its own."""
    parts = set()
    for line in split_lines(main):
        line = normalize_line(line)
        if line.startswith("|"):
            parts.update(c.strip() for c in line.strip("| ").split(" | "))
        else:
            parts.add(line[2:] if line.startswith("- ") else line)
    parts.discard("")
    return parts


def _meta_tags(tree) -> list[tuple[str, str]]:
    """(name or property, lower-cased; content) of each ``<meta>`` tag with content, then of each
    microdata time (``<time itemprop="datePublished" datetime="...">``: a Telegraph page states
    its date only there)."""
    out = []
    for meta in tree.iter("meta"):
        name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip()
        content = meta.get("content")
        if name and content and content.strip():
            out.append((name.casefold(), content))
    for stamp in tree.xpath("//*[@itemprop and @datetime and not(self::meta)]"):
        if stamp.get("datetime").strip():
            out.append((stamp.get("itemprop").strip().casefold(), stamp.get("datetime")))
    return out


def page_blocks(tree) -> tuple[int, list[str]]:
    """(1 if the first block is the page's ``<title>`` else 0, the page's text blocks in page
    order): each block element's own text, its inline elements' text run in; scripts, styles
    and other code left out. Every text of the page that a reader sees is in exactly one block."""
    blocks: list[list[str]] = [[]]

    def close():
        if "".join(blocks[-1]).strip():
            blocks.append([])
        else:
            blocks[-1] = []

    def walk(element):
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag.lower() in NOT_TEXT or not tag:     # comments, processing instructions
            return
        block = tag.lower() in BLOCKS
        if block:
            close()
        if element.text:
            blocks[-1].append(element.text)
        for child in element:
            walk(child)
            if child.tail:
                blocks[-1].append(child.tail)
        if block:
            close()

    head = tree.find("head")
    title = head.find("title") if head is not None else None
    titled = int(title is not None and bool((title.text or "").strip()))
    if titled:
        blocks[-1].append(title.text)
        close()
    body = tree.find("body")
    walk(body if body is not None else tree)
    return titled, _drop_caps_joined([" ".join("".join(b).split()) for b in blocks if "".join(b).strip()])


def _drop_caps_joined(blocks: list[str]) -> list[str]:
    """A drop cap printed in its own element (``<span class="dropcap">T</span><p>urkey, ...``)
    joined to the word it begins: one capital letter, then a block opening in lower case.
    Without it an Evening Standard article began "urkey, Poland and ..." and the T was audited
    as outside the article."""
    out: list[str] = []
    for block in blocks:
        if out and _DROP_CAP.fullmatch(out[-1]) and _LOWER_START.match(block) and len(block) >= 20:
            out[-1] += block
        else:
            out.append(block)
    return out


_DROP_CAP = re.compile(r"[A-Z]")
_LOWER_START = re.compile(r"[a-z]")


@lru_cache(maxsize=4)
def _export_lines(path: str, mtime_ns: int, size: int) -> dict[str, list[str]]:
    """Row number -> lines of each article row of an export, parsed once per file version (the
    line audit asks for every row of an export in turn)."""
    sources, _ = export_sources(Path(path), Path(path).stem)
    return {s.source_file.rpartition("#")[2]: s.lines for s in sources}


def source_lines(folder: Path, source_file: str) -> list[str]:
    """The raw lines an article was cleaned from, found again from its ``source_file`` (for the
    line audit): a page's lines or blocks, or an export row's text."""
    name = source_file.split("/", 1)[-1]
    head, _, row = name.rpartition("#")
    if head and is_export(Path(head)):
        path = folder / head
        stat = path.stat()
        return _export_lines(str(path), stat.st_mtime_ns, stat.st_size)[row]
    path = folder / name
    if path.suffix.lower() in (".html", ".htm"):
        source, _ = html_source(path, path.stem)
        if source is None:
            return []
        lines = list(source.lines)
        for no, text, _ in source.outside:
            lines[no - 1] = text
        return lines
    return split_lines(decode_bytes(path.read_bytes()).text)
