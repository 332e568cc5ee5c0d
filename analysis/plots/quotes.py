"""Figures of quotation and attribution (notebook 03): each function takes tables built from the
quotes table and returns ``(fig, data)`` for :func:`analysis.plots.style.save`.

Why functions here, not in the notebook: the notebook stays a narrative, and the figures can be
redrawn by the report or a test from the tables alone.
"""
from __future__ import annotations

import pandas as pd

from . import style

#: Reporting-verb classes of reporting_verbs.csv, in the order they are stacked, and their colours.
VERB_CLASS_COLOURS = dict(zip(
    ["neutral", "emphatic", "tentative", "distancing", "confrontational", "directive", "belief",
     "evidence"],
    ["#BBBBBB", style.OKABE_ITO["blue"], style.OKABE_ITO["sky blue"], style.OKABE_ITO["orange"],
     style.OKABE_ITO["vermillion"], style.OKABE_ITO["bluish green"], style.OKABE_ITO["yellow"],
     style.OKABE_ITO["reddish purple"]]))


def camp_shares_figure(in_marks: pd.DataFrame, all_statements: pd.DataFrame):
    """Two panels of stacked bars per outlet: share of quotations in marks by camp, and share of
    quoted + reported words by camp (both :func:`analysis.quotes.attribution.camp_shares`)."""
    fig, axes = style.new_figure("double", height=2.6, ncols=2, sharey=True)
    for ax, (title, table, col) in zip(axes, [("Quotations in marks (share)", in_marks, "quote_share"),
                                              ("Quoted + reported words (share)", all_statements, "word_share")]):
        wide = table.pivot_table(index="outlet", columns="camp", values=col, observed=True, fill_value=0)
        left = pd.Series(0.0, index=wide.index)
        for camp in wide.columns:
            ax.barh(wide.index, wide[camp], left=left, color=style.camp_colour(camp), label=str(camp),
                    edgecolor="white", linewidth=0.5)
            left += wide[camp]
        ax.set_title(title)
        ax.set_xlim(0, 1)
    axes[0].invert_yaxis()
    axes[1].legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    data = pd.concat([in_marks.assign(measure="quote_share_in_marks"),
                      all_statements.assign(measure="word_share_all")])
    return fig, data


def speakers_figure(speakers: pd.DataFrame, top: int = 15):
    """Heatmap of quotations per speaker (rows, the ``top`` most quoted) and outlet (columns);
    ``speakers`` is :func:`analysis.quotes.attribution.speakers_by`."""
    shown = speakers.head(top)
    values = shown.to_numpy()
    fig, ax = style.new_figure("double", height=0.22 * len(shown) + 0.8)
    ax.imshow(values, aspect="auto", cmap="Greys")
    ax.set_xticks(range(shown.shape[1]), shown.columns)
    ax.set_yticks(range(len(shown)), [f"{s} ({c})" for s, c in shown.index])
    for (i, j), v in pd.DataFrame(values).stack().items():
        if v:
            ax.text(j, i, int(v), ha="center", va="center",
                    color="white" if v > values.max() / 2 else "black", fontsize=7)
    ax.set_title("Quotations per speaker and outlet")
    return fig, shown.reset_index()


def verb_classes_figure(by_camp: pd.DataFrame):
    """Stacked shares of reporting-verb classes per camp; ``by_camp`` is
    :func:`analysis.quotes.attribution.verb_classes_by` (counts, camps × classes)."""
    shares = by_camp.div(by_camp.sum(axis=1), axis=0)
    fig, ax = style.new_figure("single", height=2.2)
    left = pd.Series(0.0, index=shares.index)
    for cls in [c for c in VERB_CLASS_COLOURS if c in shares.columns]:
        ax.barh(shares.index, shares[cls], left=left, color=VERB_CLASS_COLOURS[cls], label=cls,
                edgecolor="white", linewidth=0.5)
        left += shares[cls]
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of the camp's attributed statements")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.3), ncol=3, frameon=False)
    return fig, by_camp.reset_index()
