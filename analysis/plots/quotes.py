"""Figures of quotation and attribution (notebook 03): each function takes tables built from the
quotes table and returns ``(fig, data)`` for :func:`analysis.plots.style.save`.

Why functions here, not in the notebook: the notebook stays a narrative, and the figures can be
redrawn by the report or a test from the tables alone. Every share is over statements (one speech
act once, :func:`analysis.quotes.summaries.statements`) and is drawn with its n and its 95%
interval (bootstrap over articles); the CSV beside each figure carries both.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib import colormaps, colors

from . import style

#: Reporting-verb classes of reporting_verbs.csv, in the order they are drawn, and their colours.
VERB_CLASS_COLOURS = style.VERB_CLASS_COLOURS
INTERVAL = style.INTERVAL


def camp_shares_figure(shares: pd.DataFrame, words: pd.DataFrame | None = None):
    """One panel per camp, one bar per outlet: the share of the outlet's statements whose speaker
    is in the camp, with its interval and "statements/n"; a diamond marks the camp's share of
    the outlet's quoted + reported words. ``shares`` is camp_shares.csv
    (:func:`analysis.quotes.summaries.camp_shares`); ``words`` another such table to take the
    word shares from (default: ``shares``)."""
    words = shares if words is None else words
    data = shares.drop(columns=["words", "word_share"]).merge(
        words[["outlet", "camp", "words", "word_share"]], on=["outlet", "camp"], how="left")
    data["n"] = data.groupby("outlet")["statements"].transform("sum")
    data = data[["outlet", "camp", "statements", "n", "statement_share", "ci_low", "ci_high",
                 "words", "word_share"]]
    outlets = list(dict.fromkeys(data["outlet"]))
    camps = list(dict.fromkeys(data["camp"].astype(str)))
    fig, axes = style.new_figure("double", height=0.35 * len(outlets) + 1.3,
                                 ncols=max(1, len(camps)), sharey=True, squeeze=False)
    rows = {o: i for i, o in enumerate(outlets)}
    for ax, camp in zip(axes[0], camps):
        part = data[data["camp"].astype(str) == camp]
        y = part["outlet"].map(rows).to_numpy(dtype=float)
        share = part["statement_share"].to_numpy(dtype=float)
        ax.barh(y, share, color=style.camp_colour(camp), edgecolor="white", linewidth=0.5)
        style.error_bars(ax, share, y, part["ci_low"].to_numpy(dtype=float),
                    part["ci_high"].to_numpy(dtype=float))
        ax.scatter(part["word_share"], y, marker="D", s=9, color="black", zorder=3)
        for yi, row in zip(y, part.itertuples()):
            ax.annotate(f"{row.statements}/{row.n}", (1.4, yi), ha="right", va="center",
                        fontsize=6)      # right of every bar, interval and diamond (all <= 1)
        ax.set_xlim(0, 1.4)
        ax.set_xticks([0, 0.5, 1])
        ax.set_title(camp.replace(" ", "\n", 1), fontsize=7.5)
        ax.tick_params(axis="x", labelsize=6.5)
    axes[0][0].set_yticks(range(len(outlets)), [style.outlet_label(o) for o in outlets])
    axes[0][0].invert_yaxis()
    fig.supxlabel(f"share of the outlet's statements (bar, {INTERVAL}; statements/n) "
                  "and of its quoted + reported words (◆)", fontsize=7)
    return fig, data.reset_index(drop=True)


def speakers_figure(speakers: pd.DataFrame, top: int = 15):
    """Heatmap of statements per speaker (rows, the ``top`` most quoted) and outlet (columns),
    zero cells white; n (all statements of the outlet) under each outlet and the speaker's n on
    each row. ``speakers`` is :func:`analysis.quotes.summaries.speakers_by`."""
    shown = speakers.head(top)
    values = shown.to_numpy(dtype=float)
    totals = speakers.sum(axis=0)
    fig, ax = style.new_figure("double", height=0.22 * len(shown) + 0.9)
    greys = colors.ListedColormap(colormaps["Greys"](np.linspace(0.2, 1.0, 256))).with_extremes(
        bad="white")    # a zero cell is masked: white; a count of one is already grey
    ax.imshow(np.ma.masked_equal(values, 0), aspect="auto", cmap=greys,
              vmin=0.5, vmax=max(values.max(), 1))
    ax.set_xticks(range(shown.shape[1]), [f"{style.outlet_label(o)}\n(n={totals[o]})" for o in shown.columns])
    ax.set_yticks(range(len(shown)), [f"{s} ({c}), n={int(t)}" for (s, c), t in
                                      zip(shown.index, shown.sum(axis=1))])
    for (i, j), v in pd.DataFrame(values).stack().items():
        if v:
            ax.text(j, i, int(v), ha="center", va="center",
                    color="white" if v > values.max() / 2 else "black", fontsize=7)
    ax.set_title("Statements per speaker and outlet")
    return fig, shown.assign(n=shown.sum(axis=1)).reset_index()


def verb_classes_figure(by_camp: pd.DataFrame):
    """Share of each group's statements (with a verb) by reporting-verb class, one dot per class
    in the classes' own palette (:data:`style.VERB_CLASS_COLOURS`, never the camps'), with its
    interval; n on each row. ``by_camp`` is :func:`analysis.quotes.summaries.verb_class_shares`
    (shares with their intervals: a share is never drawn without one)."""
    data = by_camp
    by = data.columns[0]
    groups = list(dict.fromkeys(data[by]))
    known = [c for c in VERB_CLASS_COLOURS if c in set(data["verb_class"])]
    classes = known + sorted(set(data["verb_class"]) - set(known))
    # tall enough for the legend beside it (one line per class), else the axes collapse
    fig, ax = style.new_figure("double", height=max(0.45 * len(groups), 0.2 * len(classes)) + 0.8)
    step = 0.8 / max(len(classes), 1)
    for k, cls in enumerate(classes):
        part = data[data["verb_class"] == cls]
        y = part[by].map({g: i for i, g in enumerate(groups)}).to_numpy(dtype=float)
        y = y - 0.4 + step * (k + 0.5)
        x = part["share"].to_numpy(dtype=float)
        style.error_bars(ax, x, y, part["ci_low"].to_numpy(dtype=float), part["ci_high"].to_numpy(dtype=float))
        ax.scatter(x, y, s=14, color=style.verb_class_colour(cls), edgecolor="black",
                   linewidth=0.3, label=cls, zorder=3)
    n = data.groupby(by, sort=False)["n"].first()
    ax.set_yticks(range(len(groups)), [f"{g} (n={n[g]})" for g in groups])
    ax.invert_yaxis()
    ax.set_xlim(-0.02, 1.02)    # dots at 0 and 1 drawn whole
    ax.set_xlabel(f"share of the statements with a reporting verb ({INTERVAL})")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, title="verb class")
    return fig, data.reset_index(drop=True)
