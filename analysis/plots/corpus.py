"""Figures of the corpus audit (notebook 01): each function takes tables and returns
``(fig, data)`` for :func:`analysis.plots.style.save`, so the values plotted are saved beside the
picture.

Why functions here, not in the notebook: the notebook stays a narrative, and the figures can be
redrawn by the report or a test from the tables alone.
"""
from __future__ import annotations

import pandas as pd

from . import style
from ..corpus.audit import FATES, GROUP_ORDER, article_labels

GROUP_COLOURS = dict(zip(GROUP_ORDER, [style.OKABE_ITO[c] for c in
                                       ("sky blue", "reddish purple", "yellow", "black")]))
# "unaccounted" is not drawn: the notebook asserts there is none before plotting.
FATE_ORDER = [f for f in FATES if f != "unaccounted"]
FATE_COLOURS = dict(zip(FATE_ORDER, [style.OKABE_ITO[c] for c in
                                     ("blue", "sky blue", "bluish green", "orange")]))


def _stacked_bars(fig, ax, table: pd.DataFrame, colours: dict) -> None:
    """One horizontal bar per row of ``table``, stacked by its columns, legend under the axes."""
    left = pd.Series(0.0, index=table.index)
    for column in table.columns:
        ax.barh(table.index, table[column], left=left, label=column, color=colours[column],
                edgecolor="white", linewidth=0.4)
        left += table[column]
    ax.invert_yaxis()
    fig.legend(ncols=len(table.columns), loc="outside lower center", handlelength=1,
               columnspacing=1)


def article_lengths_figure(articles: pd.DataFrame):
    """Words of clean text per article (the articles table): one dot per article on its outlet's
    row."""
    lengths = articles.sort_values(["outlet", "published", "article_id"])[
        ["article_id", "outlet", "published", "n_words"]].reset_index(drop=True)
    outlets = sorted(lengths["outlet"].unique(), key=str.casefold)
    row_of = {outlet: i for i, outlet in enumerate(outlets)}
    fig, ax = style.new_figure("single", height=0.9 + 0.35 * len(outlets))
    ax.scatter(lengths["n_words"], lengths["outlet"].map(row_of), s=28, zorder=3,
               color=[style.outlet_colour(o) for o in lengths["outlet"]])
    ax.set_yticks(range(len(outlets)), [style.outlet_label(o) for o in outlets])
    ax.set_ylim(len(outlets) - 0.5, -0.5)
    ax.set_xlim(0, lengths["n_words"].max() * 1.1)
    ax.set_xlabel("Words of clean text per article")
    ax.grid(axis="x", linewidth=0.4, alpha=0.5)
    return fig, lengths


def removed_by_reason_figure(removed: pd.DataFrame, articles: pd.DataFrame):
    """Lines removed from each article's page, stacked by reason group. ``removed`` is
    :func:`analysis.corpus.audit.removals` (removed lines with ``article`` label and ``group``)."""
    order = [article_labels(articles)[a] for a in articles["article_id"]]
    counts = (pd.crosstab(removed["article"], removed["group"])
              .reindex(index=order, columns=GROUP_ORDER, fill_value=0))
    fig, ax = style.new_figure("single", height=0.9 + 0.3 * len(counts))
    _stacked_bars(fig, ax, counts, GROUP_COLOURS)
    ax.set_xlabel("Lines removed from the page")
    return fig, counts.rename_axis("article").reset_index()


def line_fate_figure(counts: pd.DataFrame, articles: pd.DataFrame):
    """Share of each article's non-blank raw lines by fate (text, line cut, headline, removed).
    ``counts`` is :func:`analysis.corpus.audit.fate_counts` (lines per article label and fate)."""
    order = [article_labels(articles)[a] for a in articles["article_id"]]
    shares = (counts.reindex(index=order, columns=FATE_ORDER, fill_value=0)
              .pipe(lambda t: t.div(t.sum(axis=1), axis=0)))
    fig, ax = style.new_figure("single", height=1.1 + 0.3 * len(shares))
    _stacked_bars(fig, ax, shares, FATE_COLOURS)
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter("{x:.0%}")
    ax.set_xlabel("Share of the page's non-blank lines")
    return fig, shares.rename_axis("article").reset_index()
