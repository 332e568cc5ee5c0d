"""A methods appendix written from the study itself: ``python -m analysis appendix --corpus DIR``.

Why generated: an appendix typed by hand drifts from the codebooks and the code it describes.
This one lists every codebook entry (actors, camps, verb classes, frames, labels, hedges) with
its decision rule and two real examples from the corpus tables, the pipeline's steps and
parameters, the versions of the package and its dependencies (``importlib.metadata``), the corpus,
the validation figures of the coded samples, and the methods to cite. Written as
``reports/appendix.md`` and ``reports/appendix.html`` (every text escaped).
"""
from __future__ import annotations

import argparse
import importlib
import platform
from importlib import metadata
from pathlib import Path

import pandas as pd

from .. import codebooks, tables
from ..paths import REPORTS, resolve
from . import document as doc
from .agreement import agreement_table, verdict
from .sheets import SheetError, find_samples, read_coded, read_key

#: Steps in the order the pipeline runs them: (module, what it makes).
STEPS = [("analysis.corpus.clean", "articles, paragraphs, sentences, removed_lines"),
         ("analysis.corpus.line_labels", "removed_lines (reasons a line earns alone)"),
         ("analysis.corpus.page_marks", "removed_lines (duplicates, related links, glued headlines)"),
         ("analysis.corpus.metadata", "headline, published, dateline, outlet"),
         ("analysis.quotes.attribution", "quotes (quotation marks)"),
         ("analysis.quotes.reported", "quotes (reported speech without marks)"),
         ("analysis.compare.sources", "cited_sources"),
         ("analysis.compare.events", "events"),
         ("analysis.framing.hits", "framing_hits"),
         ("analysis.framing.labels", "actor_labels"),
         ("analysis.framing.hedges", "hedges"),
         ("analysis.compare.reuse", "reuse (corpus-wide)"),
         ("analysis.compare.reuse_kinds", "reuse kinds: copied text or a shared quote (corpus-wide)"),
         ("analysis.compare.facts", "shared_facts (corpus-wide)"),
         ("analysis.framing.keyness", "distinctive_terms (corpus-wide)"),
         ("analysis.compare.profile", "outlet_profile (corpus-wide)"),
         ("analysis.quotes.summaries", "camp_shares (corpus-wide)")]
#: Packages whose versions are reported (the direct needs in requirements.txt).
DEPENDENCIES = ["pandas", "numpy", "nltk", "regex", "matplotlib", "pyarrow", "nbclient",
                "nbformat", "nbconvert", "ipykernel", "dask", "distributed", "krippendorff",
                "openpyxl"]
PACKAGE = "minor-press-analysis"
CITATIONS = [
    "Monroe, B. L., Colaresi, M. P., & Quinn, K. M. (2008). Fightin' words: Lexical feature "
    "selection and evaluation for identifying the content of political conflict. Political "
    "Analysis, 16(4), 372-403. (Log-odds ratio with an informative Dirichlet prior: "
    "distinctive_terms.)",
    "Krippendorff, K. (2004). Content analysis: An introduction to its methodology (2nd ed.). "
    "Sage. (Krippendorff's alpha and its thresholds: the validation.)",
    "Kiss, T., & Strunk, J. (2006). Unsupervised multilingual sentence boundary detection. "
    "Computational Linguistics, 32(4), 485-525. (Punkt, as in NLTK: sentences.)",
    "Porter, M. F. (2001). Snowball: A language for stemming algorithms. (The English Snowball "
    "stemmer, as in NLTK: frame terms with match = stem.)",
    "Castilho, S. T. (2025). krippendorff: Fast computation of Krippendorff's alpha (Python "
    "package). (The alpha values.)",
]
TRAFILATURA = ("Barbaresi, A. (2021). Trafilatura: A web scraping library and command-line tool "
               "for text discovery and extraction. ACL-IJCNLP 2021: System Demonstrations, 122-131.")
EXAMPLE_CHARS = 220


def _example(row) -> str:
    text = " ".join(str(row["sentence"]).split())
    text = text if len(text) <= EXAMPLE_CHARS else text[:EXAMPLE_CHARS - 1] + "…"
    return f"\u201c{text}\u201d ({row['outlet']}, {row['article_id']})"


def examples(rows: pd.DataFrame, n: int = 2) -> list[str]:
    """The first ``n`` rows (in table order) as quoted sentences; "no example in this corpus"."""
    found = [_example(r) for _, r in rows.drop_duplicates("sentence").head(n).iterrows()]
    return found + ["no example in this corpus"] * (n - len(found))


def _contains(series: pd.Series, term: str) -> pd.Series:
    return series.str.lower().str.contains(term.lower(), regex=False)


def codebook_blocks(t) -> list[tuple]:
    """Every codebook entry with its decision rule and two examples from the tables."""
    q, hits, labels, hedges = t.quotes, t.framing_hits, t.actor_labels, t.hedges
    actors = codebooks.load_actors()
    verb_book = codebooks.read_codebook("reporting_verbs.csv", required=["verb", "class"])
    blocks = [doc.heading(2, "Codebooks"), doc.para(
        "Each entry with its decision rule (the codebook row; the full rules are in "
        "analysis/codebooks/README.md) and two sentences of this corpus where the tool applied it.")]
    head = ["entry", "decision rule", "example 1", "example 2"]
    rows = [[f"{a.name} ({a.id})", f"{a.type}, camp {a.camp}; matched by aliases: "
             f"{a.aliases.replace('|', ', ')}", *examples(q[q["speaker_id"] == a.id])]
            for a in actors.itertuples()]
    blocks += [doc.heading(3, "Actors (actors.csv), examples as speakers"), doc.table(head, rows)]
    rows = [[camp, "speakers: " + ", ".join(actors.loc[actors["camp"] == camp, "name"]),
             *examples(q[q["camp"] == camp])] for camp in sorted(codebooks.camps())]
    blocks += [doc.heading(3, "Camps (actors.csv)"), doc.table(head, rows)]
    rows = [[cls, "verbs: " + ", ".join(sorted(verb_book.loc[verb_book["class"] == cls, "verb"])),
             *examples(q[q["verb_class"] == cls])] for cls in sorted(codebooks.VERB_CLASSES)]
    blocks += [doc.heading(3, "Verb classes (reporting_verbs.csv)"), doc.table(head, rows)]
    frames = codebooks.load_frames()
    rows = [[frame, "terms: " + ", ".join(g["term"]) + "; " + "; ".join(n for n in g["notes"] if n),
             *examples(hits[hits["frame"] == frame])] for frame, g in frames.groupby("frame", sort=True)]
    blocks += [doc.heading(3, "Frames (frames.csv)"), doc.table(head, rows)]
    rows = [[f"{r.kind}: {r.term}", (f"describes {r.actor_id}; " if r.actor_id else "") + r.notes,
             *examples(labels[_contains(labels["label"], r.term)])]
            for r in codebooks.load_labels().itertuples()]
    blocks += [doc.heading(3, "Actor labels (labels.csv)"), doc.table(head, rows)]
    rows = [[f"{r.term} → {r.marker}", f"{r.kind}, marks the {r.target}; {r.notes}",
             *examples(hedges[hedges["term"] == r.term])] for r in codebooks.load_hedges().itertuples()]
    blocks += [doc.heading(3, "Hedges and distancing words (hedges.csv)"), doc.table(head, rows),
               doc.para("Scare quotes (kind scare_quote) come from a rule, not a list: "
                        + "; ".join(examples(hedges[hedges["kind"] == "scare_quote"])))]
    return blocks + _contest_blocks(t.contested_terms, head)


def _contest_blocks(terms: pd.DataFrame, head: list[str]) -> list[tuple]:
    """contests.csv by contest and side (a term bound to actors says whose), with examples."""
    book = codebooks.load_contests()
    blocks = [doc.heading(3, "Contested names (contests.csv)")]
    if book.empty:
        return blocks + [doc.para("This corpus has no contested-naming codebook (or it is empty); "
                                  "nothing to list.")]
    if "contest" not in terms.columns:
        terms = pd.DataFrame(columns=["contest", "side", "sentence", "outlet", "article_id"])
    rows = [[f"{contest}: {side}", "terms: " + ", ".join(
                r.term + (f" (of {r.actor_id.replace('|', ' or ')})" if r.actor_id else "")
                for r in group.itertuples()),
             *examples(terms[(terms["contest"] == contest) & (terms["side"] == side)])]
            for (contest, side), group in book.groupby(["contest", "side"], sort=True)]
    return blocks + [doc.table(head, rows)]


def corpus_blocks(t, corpus) -> list[tuple]:
    arts = t.articles
    dated = arts.loc[arts["published"] != "", "published"]
    span = f"{dated.min()} to {dated.max()}" if len(dated) else "no dates"
    per_outlet = arts.groupby("outlet").agg(articles=("article_id", "size"), words=("n_words", "sum"))
    removed = t.removed_lines.groupby("reason").size().sort_values(ascending=False)
    return [doc.heading(2, "Corpus"),
            doc.para(f"Folder {corpus}: {len(arts)} articles, {int(arts['n_words'].sum())} words, "
                     f"{arts['outlet'].nunique()} outlets, published {span} "
                     f"({len(arts) - len(dated)} undated); {len(t.problems)} input problem(s)."),
            doc.table(["outlet", "articles", "words"],
                      [[o, int(r.articles), int(r.words)] for o, r in per_outlet.iterrows()]),
            doc.para(f"Cleaning removed {len(t.removed_lines)} lines (or parts of lines), by reason:"),
            doc.table(["reason", "lines"], [[k, int(v)] for k, v in removed.items()])]


def _parameters(module) -> str:
    found = [f"{k} = {v}" for k, v in vars(module).items()
             if k.isupper() and not k.startswith("_") and isinstance(v, (int, float))
             and not isinstance(v, bool)]
    return ", ".join(found) or "none"


def pipeline_blocks() -> list[tuple]:
    rows = []
    for name, makes in STEPS:
        module = importlib.import_module(name)
        summary = " ".join((module.__doc__ or "").strip().split("\n\n")[0].split())
        rows.append([name, makes, summary, _parameters(module)])
    return [doc.heading(2, "Pipeline: steps and parameters"),
            doc.para("Per-article steps run on each cleaned article, then the corpus-wide steps "
                     "on the tables (analysis/pipeline.py). Parameters are the modules' constants."),
            doc.table(["module", "writes", "what it does", "parameters"], rows)]


def version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def versions_blocks() -> list[tuple]:
    rows = [[PACKAGE, version(PACKAGE)], ["Python", platform.python_version()]]
    rows += [[name, version(name)] for name in DEPENDENCIES]
    return [doc.heading(2, "Software versions"), doc.table(["package", "version"], rows)]


def validation_blocks(coding) -> list[tuple]:
    blocks = [doc.heading(2, "Validation")]
    samples = [(k, c) for k, c in find_samples(resolve(coding)) if c]
    if not samples:
        return blocks + [doc.para(f"No coded sheets in {coding}: no validation figures yet "
                                  "(python -m analysis sample, then agreement; see README).")]
    blocks.append(doc.para("Krippendorff's alpha (nominal), share of agreement and precision/"
                           "recall/F1 of the tool; alpha >= 0.8 reliable, >= 0.667 tentative "
                           "(Krippendorff 2004)."))
    for key_path, coded_paths in samples:
        try:
            key = read_key(key_path)
            table = agreement_table(key, read_coded(key, coded_paths))
        except SheetError as err:
            blocks.append(doc.para(f"{key_path.name}: not usable ({err.problems[0]})"))
            continue
        fmt = lambda v: "" if v != v else f"{v:.3f}"
        rows = [[r.variable, r.pair, r.n, fmt(r.alpha), verdict(r.alpha), fmt(r.agreement),
                 fmt(r.precision), fmt(r.recall), fmt(r.f1)] for r in table.itertuples()]
        blocks += [doc.heading(3, f"{key_path.name}: {key.table}, {len(key.codes)} units, "
                                  f"coders {', '.join(read_coded(key, coded_paths))}"),
                   doc.table(["variable", "pair", "n", "alpha", "verdict", "agreement",
                              "precision", "recall", "f1"], rows)]
    return blocks


def citation_blocks() -> list[tuple]:
    # The pipeline reads plain .txt pages; trafilatura is cited only as the extractor to name
    # when a study used it to get its pages.
    return [doc.heading(2, "Methods to cite"), doc.bullets(CITATIONS + [
        TRAFILATURA + " Not used by this pipeline (it reads plain .txt pages); cite it if your "
        "pages were extracted with it."])]


def appendix(corpus="seeds", coding="coding") -> list[tuple]:
    t = tables.load(corpus)
    return ([doc.heading(1, "Methods appendix"),
             doc.para(f"Written by python -m analysis appendix from the corpus {corpus}, its tables "
                      "and the codebooks in use; regenerate it rather than edit it.")]
            + corpus_blocks(t, corpus) + pipeline_blocks() + codebook_blocks(t)
            + validation_blocks(coding) + versions_blocks() + citation_blocks())


def write(blocks, out=REPORTS) -> list[Path]:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    md, html = out / "appendix.md", out / "appendix.html"
    md.write_text(doc.to_markdown(blocks), encoding="utf-8")
    html.write_text(doc.to_html(blocks, "Methods appendix"), encoding="utf-8")
    return [md, html]


def add_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--corpus", default="seeds", help="folder of .txt pages (default: seeds/)")
    parser.add_argument("--coding", default="coding", help="folder of coded samples (default: coding/)")
    parser.add_argument("--out", default=str(REPORTS), help="output folder (default: reports/)")
    return parser


def run(args) -> int:
    written = write(appendix(args.corpus, args.coding), args.out)
    print("appendix → " + ", ".join(str(p) for p in written))
    return 0
