"""Sentences about the corpus, computed from its tables and its study, for the notebooks' text.

Why: a notebook's prose must hold for whatever corpus it runs on. A sentence such as "five
articles from four outlets, published in May" is true of one corpus only; written from the
tables it stays true of every corpus, and an empty case (no quotes, no dates, one article) gets
a sentence saying so instead of an empty table or a blank figure. Every function here returns
Markdown text; the notebooks show it with ``display(Markdown(...))``.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from . import paths
from .codebooks import codebook_dir
from .corpus.audit import article_labels


def _shown(path) -> str:
    """A path as a reader would type it: relative to the repository when inside it."""
    path = Path(path).resolve()
    try:
        return path.relative_to(paths.REPO_ROOT.resolve()).as_posix()
    except ValueError:
        return path.name


def counted(n: int, one: str, many: str | None = None) -> str:
    """'1 article', '3 articles'."""
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


#: Names a sentence lists before "and N more" (a corpus of 55 outlets is no sentence of 55 names).
MOST_NAMED = 10


#: How an empty name (an outlet no page or manifest names) is written in a sentence.
NO_NAME = "(no name)"


def listed(items, most: int | None = None) -> str:
    """'a', 'a and b', 'a, b and c'; beyond ``most`` items, 'a, b, c and 15 more'. An empty
    item (a page whose outlet nothing names: the table keeps it empty) reads "(no name)"."""
    items = [str(i) if str(i).strip() else NO_NAME for i in items]
    if most is not None and len(items) > most:
        items = items[:most] + [f"{len(items) - most} more"]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1] if items else ""


def undated_listed(articles: pd.DataFrame) -> str:
    """The undated articles for a sentence: "" (none), "all 18 articles", or up to five labels
    ("A, B, C, D, E and 7 more")."""
    undated = undated_labels(articles)
    if undated and len(undated) == len(articles) > 1:
        return f"all {len(undated)} articles"
    return listed(undated, most=5)


def heading(tables) -> str:
    """The study's title and question (study.toml), or the corpus folder's name when it has none."""
    study = tables.study
    name = _shown(tables.corpus_dir) if tables.corpus_dir is not None else "the corpus"
    if study is None or not (study.title or study.question):
        return (f"**Corpus** `{name}` (its `study.toml` gives no title or research question).")
    lines = [f"**Study.** {study.title}" if study.title else f"**Corpus** `{name}`"]
    if study.question:
        lines.append(f"**Research question.** {study.question}")
    return "\n\n".join(lines)


def dated(articles: pd.DataFrame) -> pd.Series:
    """The publication days of the dated articles (as dates), by article id."""
    if articles.empty:
        return pd.Series(dtype="datetime64[ns]")
    days = pd.to_datetime(articles["published"].replace("", None), errors="coerce")
    return pd.Series(days.to_numpy(), index=articles["article_id"]).dropna()


def corpus_summary(tables) -> str:
    """How many articles, from which outlets, over which days; which are undated."""
    articles = tables.articles
    if articles.empty:
        return "The corpus holds no article that could be read."
    per_outlet = articles["outlet"].replace("", "(no outlet)").value_counts()
    per_outlet = sorted(per_outlet.items(), key=lambda kv: (-kv[1], str(kv[0]).casefold()))
    outlets = listed((f"{o} ({n})" for o, n in per_outlet), most=MOST_NAMED)
    words = int(articles["n_words"].sum())
    text = (f"{counted(len(articles), 'article')} ({words:,} words) from "
            f"{counted(len(per_outlet), 'outlet')}: {outlets}.")
    days = dated(articles)
    if days.empty:
        text += " No article carries a publication date."
    else:
        first, last = days.min().date(), days.max().date()
        span = (last - first).days + 1
        text += (f" Published on {first:%Y-%m-%d}" if first == last else
                 f" Published between {first:%Y-%m-%d} and {last:%Y-%m-%d} "
                 f"({counted(days.dt.normalize().nunique(), 'day')} with an article, "
                 f"{counted(span, 'day')} in all)") + "."
    undated = undated_labels(articles)
    if undated and not days.empty:
        text += f" Undated: {listed(undated, most=MOST_NAMED)}."
    return text


def undated_labels(articles: pd.DataFrame) -> list[str]:
    """The article labels of the articles without a publication date."""
    if articles.empty:
        return []
    labels = article_labels(articles)
    return [labels[a] for a in articles.loc[articles["published"] == "", "article_id"]]


def one_hit(articles: pd.DataFrame) -> str:
    """What a single hit means at this corpus' size, as a rate per 1,000 words."""
    if articles.empty or articles["n_words"].sum() == 0:
        return ""
    median = float(articles["n_words"].median())
    total = int(articles["n_words"].sum())
    text = (f"At this size one hit (a quote, a frame word, a label) in an article of the median "
            f"length ({median:,.0f} words) is {1000 / median:.1f} per 1,000 words")
    if len(articles) > 1:
        text += f"; in the whole corpus ({total:,} words) it is {1000 / total:.2f} per 1,000 words"
    return text + ": a difference of one or two hits is not a finding."


def codebooks_used(tables) -> str:
    """Where the study's own codebooks are, and which of the package's they replace."""
    package = _shown(codebook_dir())
    study = tables.study
    own = sorted(p.name for p in study.codebooks.glob("*.csv")) if study is not None else []
    if not own:
        return (f"This study has no codebooks of its own, so only the package's general ones in "
                f"`{package}/` are used: no actors or camps (every statement's camp is `unattributed`), no frame "
                "words, no key events. Add them in the study's `codebooks/` folder.")
    return (f"The study's own codebooks in `{_shown(study.codebooks)}/` "
            f"({listed(f'`{n}`' for n in own)}) replace the package's files of the same name; "
            f"the other codebooks are the package's general ones in `{package}/`.")


def date_window(tables) -> str:
    """The study's date window (study.toml start/end) and how many articles fall outside it."""
    study = tables.study
    if study is None or (study.start is None and study.end is None):
        return ""
    start = f"{study.start:%Y-%m-%d}" if study.start else "the beginning"
    end = f"{study.end:%Y-%m-%d}" if study.end else "today"
    days = dated(tables.articles)
    outside = days[((days.dt.date < study.start) if study.start else False)
                   | ((days.dt.date > study.end) if study.end else False)]
    labels = article_labels(tables.articles) if len(outside) else {}
    text = f"The study's date window runs from {start} to {end}"
    if len(outside):
        return text + f"; published outside it: {listed(labels[a] for a in outside.index)}."
    return text + ("; every dated article falls inside it." if len(days) else ".")


def size_caveat(tables) -> str:
    """What the corpus' size allows: one article, one outlet, or a case study of n articles."""
    articles = tables.articles
    n = len(articles)
    if n == 0:
        return "The corpus holds no article that could be read: there is nothing to interpret."
    if n == 1:
        return ("**One article is not a comparison.** Every count here describes this single "
                "text; nothing here says anything about its outlet in general.")
    outlets = articles["outlet"].nunique()
    single = articles["outlet"].value_counts()
    single = sorted(single[single == 1].index, key=str.casefold)
    text = (f"**{counted(n, 'article')} from {counted(outlets, 'outlet')} are a case study, not a "
            "sample**: differences between outlets are differences between these articles, not "
            "the outlets' general practice.")
    if outlets == 1:
        return text + " With one outlet there is no comparison between outlets."
    if single:
        verb = "speaks" if len(single) == 1 else "speak"
        text += f" {listed(single, most=MOST_NAMED)} {verb} here through a single article."
    return text


#: Shared passages covering this share of the shorter article's words make two articles copies.
COPY_SHARE = 0.8


def near_copies(tables) -> pd.DataFrame:
    """Pairs of articles that are nearly the same text (reuse.csv passages covering COPY_SHARE of
    the shorter one's words: a reprint, an updated version, a page scraped twice): a, b (labels),
    shared (words), share (of the shorter). Every count over the corpus counts such a text twice."""
    columns = ["a", "b", "shared", "share"]
    reuse, articles = tables.reuse, tables.articles
    if reuse is None or reuse.empty or articles.empty:
        return pd.DataFrame(columns=columns)
    words = dict(zip(articles["article_id"], articles["n_words"]))
    labels = article_labels(articles)
    shared = reuse.groupby(["article_a", "article_b"], sort=True)["n_words"].sum()
    rows = []
    for (a, b), n in shared.items():
        shorter = min(words.get(a, 0), words.get(b, 0))
        if shorter and n / shorter >= COPY_SHARE:
            rows.append((labels.get(a, a), labels.get(b, b), int(n), min(1.0, n / shorter)))
    return pd.DataFrame(rows, columns=columns)


def caveats(tables) -> str:
    """The caveats every reading of this corpus needs, as Markdown bullets: its size, its
    outlets, its days, its undated articles, what one hit means, and whose codebooks counted."""
    articles = tables.articles
    if articles.empty:
        return "- " + size_caveat(tables)
    points = [size_caveat(tables), corpus_summary(tables)]
    window = date_window(tables)
    if window:
        points.append(window)
    undated = undated_labels(articles)
    if undated:
        points.append(f"Undated ({undated_listed(articles)}): relative dates in "
                      f"{'it' if len(undated) == 1 else 'them'} (*on Tuesday*, *last month*) stay "
                      "unresolved rather than guessed.")
    copies = near_copies(tables)
    if len(copies):
        pairs = listed([f"{a} and {b}" for a, b in zip(copies["a"], copies["b"])], most=3)
        points.append(f"**Nearly the same text twice**: {pairs} ({counted(len(copies), 'pair')} "
                      f"sharing {COPY_SHARE:.0%} or more of the shorter article's words): a reprint, "
                      "an update or a page collected twice; every count here counts such a text "
                      "twice. Keep one of each pair if they are the same publication.")
    hit = one_hit(articles)
    if hit:
        points.append(hit)
    points.append(codebooks_used(tables))
    return "\n".join(f"- {p}" for p in points)


def n_rows(frame) -> int:
    """Rows of a table, 0 for a missing (None) or column-less table."""
    return 0 if frame is None or len(getattr(frame, "columns", [])) == 0 else len(frame)


def none_found(what: str, skipped: str = "") -> str:
    """The sentence an empty case gets: '*None found*: no {what} in this corpus; {skipped}.'"""
    return f"*None found*: no {what} in this corpus" + (f"; {skipped}" if skipped else "") + "."


def example(table: pd.DataFrame, articles: pd.DataFrame, column: str = "sentence",
            match: str | None = None) -> str:
    """'for instance, in <article>: “<first sentence with a hit>”' (the hit in bold), or ''."""
    if not n_rows(table) or column not in table.columns:
        return ""
    row = table.iloc[0]
    text = " ".join(str(row[column]).split())
    if match and match in table.columns and row[match]:
        text = text.replace(str(row[match]), f"**{row[match]}**", 1)
    label = article_labels(articles).get(row["article_id"], row["article_id"])
    return f"for instance, in {label}: “{text}”"


def gold_covers(gold_ids, article_ids) -> bool:
    """Does a gold cover this corpus: is every article of the corpus in the gold?"""
    article_ids = set(article_ids)
    return bool(article_ids) and article_ids <= set(gold_ids)


def intervals(table: pd.DataFrame, articles: pd.DataFrame, by: str = "outlet") -> str:
    """Which groups of a table with 95% intervals (``ci_low``) have none, and why: '' when
    every group has one. An interval is a bootstrap over the group's articles, and one article
    gives nothing to resample."""
    if not n_rows(table) or "ci_low" not in table.columns:
        return ""
    missing = sorted((g for g, part in table.groupby(by) if part["ci_low"].isna().all()),
                     key=lambda g: str(g).casefold())
    if not missing:
        return "Every outlet has an interval." if by == "outlet" else ""
    per = articles[by].value_counts() if by in articles.columns else pd.Series(dtype=int)
    return ("No interval for " + listed((f"{g} ({counted(int(per.get(g, 0)), 'article')})"
                                         for g in missing), most=MOST_NAMED)
            + ": an interval is a bootstrap over the articles, and one article gives nothing to "
              "resample.")


#: How a voice is said in a sentence.
VOICE_WORDS = {"narrator": "own voice", "headline": "headlines", "quoted": "quoted voices"}


def contests(shares: pd.DataFrame) -> str:
    """One Markdown bullet per contest: per outlet and voice, which side's names it uses, with
    hits of n (``shares`` is :func:`analysis.framing.contests.contest_shares`); '' when empty."""
    if not n_rows(shares):
        return ""
    order = list(VOICE_WORDS)
    lines = []
    for contest, part in shares.groupby("contest", sort=True):
        said = []
        for outlet, mine in sorted(part.groupby("outlet"), key=lambda kv: str(kv[0]).casefold()):
            voices = sorted(mine.groupby("voice"), key=lambda kv: (order + [kv[0]]).index(kv[0]))
            said.append(f"{outlet}: " + "; ".join(
                f"{VOICE_WORDS.get(voice, voice)} " + listed(
                    f"{r.side.replace('_', ' ')} {r.hits}" for r in
                    v[v["hits"] > 0].sort_values(["hits", "side"], ascending=[False, True])
                    .itertuples()) + f" of {int(v['n'].iloc[0])}"
                for voice, v in voices))
        lines.append(f"- **{contest.replace('_', ' ')}** — " + " · ".join(said) + ".")
    return "\n".join(lines)
