"""Audit of the corpus (notebook 01): what each outlet contributes, what the cleaning removed and
why, and the fate of every raw line of every page.

Why a module: the notebook should read as a paper section; these tables are logic a reader must
be able to trust, so they live here, one job per function, and are unit tested.
"""
from __future__ import annotations

import pandas as pd

from .listing import corpus_files
from .read import normalize_line
from .sources import source_lines

# Removal reasons that are not page chrome; every other reason is the site's template.
REASON_GROUPS = {
    "metadata": {"metadata line", "byline", "credit", "dateline", "glued headline", "other headline"},
    "captions": {"caption"},
    "duplicates": {"duplicate"},
}
GROUP_ORDER = ["page chrome", "metadata", "captions", "duplicates"]
FATES = ["text", "text (line cut)", "headline", "removed", "unaccounted"]
FATE_COLUMNS = ["article_id", "line_no", "fate", "line"]


def article_labels(articles: pd.DataFrame) -> dict[str, str]:
    """article_id -> "Outlet YYYY-MM-DD", numbered "#2", "#3" when repeated.

    Why: tables and figures need a short name a reader recognises, not a file hash; the number
    keeps two same-day articles of one outlet apart.
    """
    label = (articles["outlet"].replace("", "unknown outlet") + " "
             + articles["published"].replace("", "undated"))
    repeat = label.groupby(label).cumcount()
    label = label.where(repeat == 0, label + " #" + (repeat + 1).astype(str))
    return dict(zip(articles["article_id"], label))


def outlet_summary(corpus) -> pd.DataFrame:
    """One row per outlet: articles, words, mean words, first/last date, datelines, sentences
    and paragraphs by role.

    Why: an outlet with one article speaks through that article alone, the first caveat for
    every comparison; this table makes the imbalance visible.
    """
    articles = corpus.articles
    outlet_of = dict(zip(articles["article_id"], articles["outlet"]))
    paragraphs = corpus.paragraphs
    paragraph_counts = (paragraphs.assign(outlet=paragraphs["article_id"].map(outlet_of))
                        .pivot_table(index="outlet", columns="role", values="para_no",
                                     aggfunc="size", fill_value=0))
    dated = articles.assign(published=articles["published"].replace("", pd.NA))
    per_outlet = dated.groupby("outlet").agg(
        articles=("article_id", "size"),
        words=("n_words", "sum"),
        mean_words=("n_words", "mean"),
        first_date=("published", "min"),
        last_date=("published", "max"),
        datelines=("dateline", lambda s: ", ".join(sorted({d for d in s if d})) or "none"),
    )
    per_outlet["sentences"] = (corpus.sentences["article_id"].map(outlet_of).value_counts()
                               .reindex(per_outlet.index, fill_value=0))
    per_outlet = per_outlet.join(paragraph_counts).fillna(
        {"first_date": "undated", "last_date": "undated"})
    per_outlet["mean_words"] = per_outlet["mean_words"].round(0).astype(int)
    return per_outlet


def reason_group(reason: str) -> str:
    """The group a removal reason belongs to; everything else is the site's page chrome.

    Why: sixteen reasons are too many to read in a figure; four groups say what kind of thing
    left the text (template, metadata, captions, repeats).
    """
    return next((group for group, reasons in REASON_GROUPS.items() if reason in reasons),
                "page chrome")


def removals(corpus) -> pd.DataFrame:
    """corpus.removed with the article's label (``article``) and the reason's ``group``.

    A page that gave no article (every line chrome: a problem row says so) keeps its removed
    lines in the audit, labelled ``<id> (no article)``: without a label pandas' crosstab drops
    them and the totals no longer add up (found on a saved paywalled page)."""
    labels = article_labels(corpus.articles)
    removed = corpus.removed
    article = removed["article_id"].map(labels)
    article = article.fillna(removed["article_id"] + " (no article)") if len(removed) else article
    return removed.assign(article=article, group=removed["reason"].map(reason_group))


def removal_audit(corpus) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(reason × article crosstab with totals, one example line per reason).

    Why: the counts say how much each rule fired; the example lets a reader judge whether it
    fired for the right thing.
    """
    removed = removals(corpus)
    counts = pd.crosstab(removed["reason"], removed["article"], margins=True, margins_name="total")
    examples = removed.groupby("reason").agg(group=("group", "first"), lines=("text", "size"),
                                             example=("text", "first"))
    return counts, examples


def article_line_fates(article, removed_rows: pd.DataFrame, folder) -> pd.DataFrame:
    """The fate of each non-blank raw line of ONE article's page.

    Why: the loader promises every line ends in the text, the headline or the audit; reading the
    raw page again and checking each line is the independent test of that promise.
    Fates: text, text (line cut) (part of the line went to the audit, e.g. a dateline),
    headline, removed, unaccounted (a line that vanished: a bug).
    """
    raw_lines = source_lines(folder, article["source_file"])
    fates = []
    for line_no, raw in enumerate(raw_lines, start=1):
        line = normalize_line(raw)
        if not line:
            continue
        pieces = removed_rows.loc[removed_rows["line_no"] == line_no, "text"].tolist()
        rest = line
        for piece in pieces:
            rest = rest.replace(piece, "", 1).strip()
        if line in pieces or not rest:
            fate = "removed"
        elif rest == article["headline"]:
            fate = "headline"
        elif rest in article["text"]:
            fate = "text (line cut)" if pieces else "text"
        else:
            fate = "unaccounted"
        fates.append({"article_id": article["article_id"], "line_no": line_no, "fate": fate,
                      "line": line})
    return pd.DataFrame(fates, columns=FATE_COLUMNS)


def line_fates(corpus, corpus_dir) -> pd.DataFrame:
    """article_id, line_no, fate, line for every non-blank raw line of every page."""
    folder, _ = corpus_files(corpus_dir)
    removed_of = dict(tuple(corpus.removed.groupby("article_id")))
    empty = corpus.removed.iloc[0:0]
    parts = [article_line_fates(article, removed_of.get(article["article_id"], empty), folder)
             for _, article in corpus.articles.iterrows()]
    parts = [p for p in parts if len(p)]
    if not parts:
        return pd.DataFrame(columns=FATE_COLUMNS)
    return pd.concat(parts, ignore_index=True)


def fate_counts(fates: pd.DataFrame, corpus) -> pd.DataFrame:
    """Lines per article (rows, by label) and fate (columns)."""
    labels = article_labels(corpus.articles)
    return pd.crosstab(fates["article_id"].map(labels), fates["fate"]).rename_axis(
        index="article", columns=None)
