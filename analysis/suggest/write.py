"""``python -m analysis suggest``: write the draft codebooks of a corpus into
``CORPUS/codebooks/suggested/``.

Why a separate folder: the drafts are rewritten on every run, a researcher's reviewed codebooks
never are. The four files are written together (:class:`analysis.tables.Output`: a temporary
folder beside the target, moved in at the end), so a rerun replaces all of them or none, and the
same tables give the same bytes. The tables come from :func:`analysis.tables.is_stale` and the
export, as the notebooks get theirs.
"""
from __future__ import annotations

import os
import sys
from contextlib import nullcontext
from pathlib import Path

import pandas as pd

from .. import study, tables
from ..paths import TABLES, resolve
from .actors import ACTOR_COLUMNS, suggest_actors
from .outlets import OUTLET_COLUMNS, suggest_outlets
from .terms import (
    CONTEST_COLUMNS,
    FRAME_COLUMNS,
    suggest_contests,
    suggest_frames,
    with_outlets,
    word_pairs,
)

#: The first line of every draft: a file that does not start with it is never overwritten.
MARK = "# Draft codebook written by `python -m analysis suggest`: rewritten on every run."
REVIEW = ("# review: empty = not reviewed yet. Write keep, edit or drop; then copy the kept rows, "
          "without the columns after {last}, into your study's codebooks/{name}.")

#: File name → (its columns, the last column a codebook of that name has, the comment lines).
HEADERS = {
    "actors.csv": (ACTOR_COLUMNS, "metonyms", [
        "# One row per speaker or named person or body. id..metonyms are the columns of actors.csv",
        "#   (codebook actors: their codebook cells; others: id and aliases proposed, type only",
        "#   'person' where the name's form says so, camp and affiliation left to you).",
        "# aliases: the forms the texts print, surnames merged into the one full name ending in",
        "#   them (Karl Rove|Rove|Mr. Rove); a surname two full names share is left out (see note).",
        "# statements: quote rows (direct, partial, indirect) with this speaker; mentions: times",
        "#   named; articles: articles that name or quote it; titles, appositions: what the texts",
        "#   call it, with counts; example: a sentence it speaks or is named in;",
        "#   in_codebook: yes = the actor codebook in use knows it.",
    ]),
    "outlets.csv": (OUTLET_COLUMNS, "notes", [
        "# One row per outlet name, credit or byline the pages print. outlet..notes are the",
        "#   columns of outlets.csv; kind is empty for bylines (an author, not an outlet alias).",
        "# seen_as: article outlet | credit line | source line | copyright line | dateline credit |",
        "#   photo credit | byline | wire byline; lines, articles: how often; known: yes = the",
        "#   outlet codebook in use already has this alias; example: the line as printed.",
    ]),
    "frames.csv": (FRAME_COLUMNS, "notes", [
        "# Frame candidates: each outlet's distinctive words (source 'distinctive word', score =",
        "#   z of the weighted log-odds against the other outlets, Monroe et al. 2008) and word",
        "#   pairs (source 'word pair', score = log-likelihood ratio, Dunning 1993).",
        "# frame: empty, for you to fill (a term may stand in frames.csv once); match: empty = stem.",
        "# count: in this outlet, count_rest: in the others; in_codebook: the frame frames.csv",
        "#   gives the term now; example: a line of context, the term in [brackets].",
    ]),
    "contests.csv": (CONTEST_COLUMNS, "notes", [
        "# Contested-term candidates (how the same thing is named): terms held at a distance",
        "#   (scare quote, so-called), the labels outlets give one actor (contest is then a",
        "#   guess, marked '(guess)'), and word pairs only one outlet uses.",
        "# contest..notes are the columns of contests.csv. contest, side: for you to fill; actor_id:",
        "#   the actor a label was found on; match: empty = stem. count: in this outlet,",
        "#   count_rest: in the others; score: the count, or the log-likelihood ratio of a word",
        "#   pair; in_codebook: the 'contest: side' the contests.csv in use gives the term now.",
    ]),
}


def suggestions(data: tables.Tables) -> dict[str, pd.DataFrame]:
    """File name → draft codebook, from the tables of one corpus, read with its study's codebooks
    (what ``in_codebook`` and ``known`` compare with)."""
    with study.active(data.corpus_dir) if data.corpus_dir is not None else nullcontext():
        # both drafts list the word pairs: found once (PolNeAR, 924 articles: 29.0 -> 24.8 s CPU)
        pairs = word_pairs(with_outlets(data.articles))
        return {"actors.csv": suggest_actors(data), "outlets.csv": suggest_outlets(data),
                "frames.csv": suggest_frames(data, pairs=pairs),
                "contests.csv": suggest_contests(data, pairs=pairs)}


def file_text(name: str, frame: pd.DataFrame) -> str:
    """A draft as written: the comment header, then the CSV (``\\n`` line ends)."""
    columns, last, lines = HEADERS[name]
    head = [MARK, *lines, REVIEW.format(last=last, name=name)]
    return "\n".join(head) + "\n" + frame[columns].to_csv(index=False, lineterminator="\n")


class SuggestError(Exception):
    """The drafts cannot be written (one line for the command line)."""


def write_suggestions(data: tables.Tables, out_dir) -> list[Path]:
    """Write the drafts into ``out_dir``, all or none; refuses a folder holding a file of the same
    name that this command did not write (a researcher's codebook)."""
    out_dir = Path(out_dir)
    for name in HEADERS:
        path = out_dir / name
        if path.exists() and not path.read_text(encoding="utf-8").startswith(MARK):
            raise SuggestError(f"{path}: not a draft written by this command; refusing to "
                               "overwrite it (choose another --out)")
    drafts = suggestions(data)
    try:
        with tables.Output(out_dir) as out:
            for name, frame in drafts.items():
                out.folder.path(name, "").write_text(file_text(name, frame), encoding="utf-8",
                                                     newline="")
            out.commit()
    except tables.OutputError as err:
        raise SuggestError(str(err)) from None
    return [out_dir / name for name in HEADERS]


def add_arguments(parser):
    parser.add_argument("--corpus", default="seeds", help="corpus or study folder (default: seeds/)")
    parser.add_argument("--out", default=None,
                        help="folder for the drafts (default: CORPUS/codebooks/suggested/)")
    parser.add_argument("--tables", default=None,
                        help="tables folder to read, exported first when stale (default: "
                             "$ANALYSIS_TABLES_DIR, else tables/)")
    return parser


def run(args) -> int:
    corpus = resolve(args.corpus)
    if not corpus.is_dir():
        print(f"error: corpus folder '{args.corpus}' not found", file=sys.stderr)
        return 2
    folder = resolve(args.tables or os.environ.get(tables.TABLES_ENV) or TABLES)
    if tables.is_stale(corpus, folder):
        from ..pipeline import FatalError, export
        try:
            articles, _ = export(corpus, folder, on_problem=lambda w: print(f"warning: {w}",
                                                                          file=sys.stderr))
        except (FatalError, tables.OutputError) as err:
            print(f"error: {err}", file=sys.stderr)
            return 2
        if not articles:
            print(f"error: no article could be read from '{args.corpus}'", file=sys.stderr)
            return 2
    data = tables.read(folder, corpus)
    if not len(data.articles):
        print(f"error: no article could be read from '{args.corpus}'", file=sys.stderr)
        return 2
    out = Path(args.out).absolute() if args.out else corpus / "codebooks" / "suggested"
    try:
        written = write_suggestions(data, out)
    except SuggestError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    print(f"{len(data.articles)} articles → {len(written)} draft codebooks in {out}")
    return 0
