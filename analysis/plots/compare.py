"""Figures of the source comparison (notebook 02): each function takes tables and returns
``(fig, data)`` for :func:`analysis.plots.style.save`, so the values plotted are saved beside the
picture.

Why functions here, not in the notebook: the notebook stays a narrative and the figures can be
redrawn by the report or a test from the tables alone.
"""
from __future__ import annotations

from textwrap import shorten

import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib import colormaps

from . import style
from ..codebooks import load_facts
from ..corpus.audit import article_labels


def _heatmap(ax, matrix: pd.DataFrame, cmap="Greys", fmt="{:.0f}"):
    """Draw ``matrix`` as a labelled heatmap with its values written in the cells; a zero cell is
    white (masked), so it is never read as a small value."""
    values = matrix.to_numpy(dtype=float)
    ax.spines[:].set_visible(False)
    ax.tick_params(length=0)
    if not values.size:   # nothing to draw (no photo credit in the corpus): say so, no empty image
        ax.set_xticks([])
        ax.set_yticks([])
        ax.text(0.5, 0.5, "none found", transform=ax.transAxes, ha="center", va="center",
                fontsize=7, color="grey")
        return
    ax.imshow(np.ma.masked_equal(values, 0), cmap=colormaps[cmap].with_extremes(bad="white"),
              aspect="auto", vmin=0, vmax=max(values.max(), 1))
    ax.set_xticks(range(matrix.shape[1]), [str(c) for c in matrix.columns], rotation=45, ha="right")
    ax.set_yticks(range(matrix.shape[0]), [str(i) for i in matrix.index])
    top = values.max()
    for (i, j), v in np.ndenumerate(values):
        if v:
            ax.text(j, i, fmt.format(v), ha="center", va="center", fontsize=6.5,
                    color="white" if v > top / 2 else "black")


def outlet_profile_figure(profile: pd.DataFrame):
    """Words (with the number of articles), the shares of text in quotation marks and in reported
    speech (each with its interval) and voice by camp per outlet (three panels)."""
    fig, axes = style.new_figure("double", height=2.4, ncols=3)
    outlets = list(profile["outlet"])
    colours = [style.outlet_colour(o) for o in outlets]
    y = np.arange(len(outlets))
    axes[0].barh(y, profile["words"], color=colours)
    for k, (words, n) in enumerate(zip(profile["words"], profile["articles"])):
        axes[0].annotate(f" n={n}", (words, k), va="center", fontsize=6)
    axes[0].set_yticks(y, [style.outlet_label(o) for o in outlets])
    axes[0].set_xlabel("words (n = articles)")
    shares = [("quoted", "in quotation marks", 1.0, -0.2), ("reported", "reported speech", 0.35, 0.2)]
    for name, label, alpha, shift in shares:
        if f"{name}_share" not in profile:
            continue
        axes[1].barh(y + shift, profile[f"{name}_share"] * 100, height=0.4, color=colours,
                     alpha=alpha, label=label)
        if f"{name}_ci_low" in profile:
            style.error_bars(axes[1], profile[f"{name}_share"] * 100, y + shift,
                             profile[f"{name}_ci_low"] * 100, profile[f"{name}_ci_high"] * 100)
    axes[1].legend(loc="upper center", bbox_to_anchor=(0.5, -0.3), fontsize=6)
    axes[1].set_xlabel(f"% of text\n{style.INTERVAL}", fontsize=6)
    camps = [c for c in profile.columns if c.startswith("voice_")]
    left = np.zeros(len(profile))
    for col in camps:
        camp = col.removeprefix("voice_")
        axes[2].barh(y, profile[col] * 100, left=left, label=camp, color=style.camp_colour(camp))
        left += profile[col].to_numpy() * 100
    axes[2].set_xlabel("% of statements by camp of speaker\n(intervals: camp shares figure)", fontsize=6)
    if camps:
        axes[2].legend(loc="upper center", bbox_to_anchor=(0.5, -0.3), ncols=2, fontsize=6)
    for ax in axes[1:]:
        ax.set_yticklabels([])
    return fig, profile


#: The two kinds of reuse (reuse.csv ``kind``), as the figure titles them.
REUSE_KINDS = {"copied_text": "Copied text", "shared_quote": "The same speaker quoted by both"}


def reuse_figure(reuse: pd.DataFrame, articles: pd.DataFrame):
    """Words shared between every two articles (symmetric matrices), articles by their label:
    copied text and quotations of one speaker in both (reuse ``kind``) in two panels."""
    labels = article_labels(articles)
    order = [labels[a] for a in sorted(labels, key=lambda a: (labels[a].casefold(), a))]
    kinds = reuse["kind"] if "kind" in reuse.columns else pd.Series("copied_text", index=reuse.index)
    fig, axes = style.new_figure("double", height=3.2, ncols=2, sharey=True)
    data = []
    for ax, (kind, title) in zip(axes, REUSE_KINDS.items()):
        matrix = pd.DataFrame(0, index=order, columns=order)
        for row in reuse[kinds == kind].itertuples():
            a, b = labels[row.article_a], labels[row.article_b]
            matrix.loc[a, b] += row.n_words
            matrix.loc[b, a] += row.n_words
        _heatmap(ax, matrix, cmap="Blues")
        ax.set_title(f"{title} (words; {int((kinds == kind).sum())} passages)", loc="right")
        data.append(matrix.rename_axis("article").reset_index()
                    .melt(id_vars="article", var_name="with", value_name="shared_words")
                    .assign(kind=kind))
    return fig, pd.concat(data, ignore_index=True)


def mentions_figure(mentions: pd.DataFrame, articles: pd.DataFrame, top: int = 20):
    """Mentions per 1,000 words of the most-named actors, by outlet."""
    words = articles.groupby("outlet")["n_words"].sum()
    counts = mentions.groupby(["actor", "outlet"])["count"].sum().unstack("outlet", fill_value=0)
    counts = counts.reindex(columns=sorted(words.index, key=str.casefold), fill_value=0)
    rate = counts.div(words.reindex(counts.columns), axis=1) * 1000
    keep = counts.sum(axis=1).sort_values(ascending=False, kind="stable").index[:top]
    rate = rate.loc[keep]
    fig, ax = style.new_figure("single", height=0.18 * len(rate) + 1.0)
    _heatmap(ax, rate, cmap="Oranges", fmt="{:.1f}")
    ax.set_title("Mentions per 1,000 words", loc="right")
    data = rate.rename_axis(index="actor").reset_index().melt(id_vars="actor", var_name="outlet",
                                                              value_name="per_1000_words")
    return fig, data


def sources_figure(cited: pd.DataFrame, articles: pd.DataFrame):
    """Cited sources by outlet; photo credits shown in their own panel."""
    outlets = sorted(articles["outlet"].unique(), key=str.casefold)
    photo = cited["cue"] == "photo credit"

    def table(rows):
        return (rows.groupby(["source", "outlet"]).size().unstack("outlet", fill_value=0)
                .reindex(columns=outlets, fill_value=0))

    cites, credits = table(cited[~photo]), table(cited[photo])
    fig, axes = style.new_figure("double", height=0.2 * max(len(cites), len(credits), 3) + 1.2,
                                 ncols=2, width_ratios=[3, 2])
    _heatmap(axes[0], cites, cmap="Purples")
    axes[0].set_title("Sources cited in the text (citations)")
    _heatmap(axes[1], credits, cmap="Greys")
    axes[1].set_title("Photo credits")
    data = pd.concat([cites.assign(kind="citation"), credits.assign(kind="photo credit")]).rename_axis("source").reset_index()
    return fig, data


def timeline_figure(events: pd.DataFrame, articles: pd.DataFrame, zoom_days: int = 7,
                    window=(None, None)):
    """Days each outlet's articles refer to (resolved day-precision dates; dot size = mentions),
    publication days (open circles) and the study's known event days (grey diamonds, one row
    each; none when the study has no ``events.csv``). Right panel: the study's date ``window``
    (start, end; study.toml) where given, else the days around publication (+/- ``zoom_days``);
    left panel: earlier days."""
    outlets = sorted(articles["outlet"].unique(), key=str.casefold)
    days = events[(events["precision"] == "day") & (events["date"] != "")]
    counts = days.groupby(["outlet", "date"]).size().reset_index(name="mentions")
    pubs = articles[articles["published"] != ""][["outlet", "published"]]
    known = load_facts()
    known = known[known["date"] != ""].sort_values("date", kind="stable")
    data = pd.concat([counts.assign(kind="referred day", label=""),
                      pubs.rename(columns={"published": "date"}).assign(kind="publication day", mentions=0, label=""),
                      pd.DataFrame({"outlet": "", "date": known["date"], "mentions": 0,
                                    "kind": "known event", "label": known["label"]})],
                     ignore_index=True)
    stamps = pd.to_datetime(data["date"])
    pub_days = pd.to_datetime(pubs["published"])
    lo = (pub_days.min() if len(pub_days) else stamps.max()) - pd.Timedelta(days=zoom_days)
    hi = (pub_days.max() if len(pub_days) else stamps.max()) + pd.Timedelta(days=zoom_days)
    start, end = window
    lo, hi = (pd.Timestamp(start) if start else lo), (pd.Timestamp(end) if end else hi)
    rows = outlets + [""] + list(known["label"])
    y = {name: i for i, name in enumerate(rows)}
    fig, axes = style.new_figure("double", height=0.16 * len(rows) + 1.3, ncols=2, sharey=True,
                                 width_ratios=[1, 2])
    for ax, inside in ((axes[0], stamps < lo), (axes[1], (stamps >= lo) & (stamps <= hi))):
        part, when = data[inside], stamps[inside]
        for kind, marks in (("referred day", {}), ("publication day", {"s": 40, "facecolors": "none",
                            "edgecolors": "black", "linewidths": 0.7}),
                            ("known event", {"marker": "D", "s": 14, "color": style.GREY})):
            sel = part["kind"] == kind
            if not sel.any():
                continue
            ys = [y[l] for l in part.loc[sel, "label"]] if kind == "known event" else [y[o] for o in part.loc[sel, "outlet"]]
            if kind == "referred day":
                marks = {"s": 10 + 10 * part.loc[sel, "mentions"],
                         "color": [style.outlet_colour(o) for o in part.loc[sel, "outlet"]]}
            ax.scatter(when[sel], ys, zorder=3, label=kind, **marks)
        ax.axhline(y[""], color=style.GREY, lw=0.4)
        ax.grid(axis="x", lw=0.3, color="#dddddd")
    axes[1].set_xlim(lo - pd.Timedelta(days=0.5), hi + pd.Timedelta(days=0.5))
    axes[1].xaxis.set_major_locator(mdates.DayLocator(interval=3))
    axes[1].xaxis.set_major_formatter(mdates.DateFormatter("%d\n%b"))
    axes[0].xaxis.set_major_locator(mdates.AutoDateLocator(maxticks=4))
    axes[0].xaxis.set_major_formatter(mdates.DateFormatter("%b\n%Y"))
    axes[0].set_yticks(range(len(rows)), rows)
    axes[0].set_title("earlier", fontsize=8)
    axes[1].set_title(f"study window ({lo:%Y-%m-%d} to {hi:%Y-%m-%d})" if any(window)
                      else f"around publication (±{zoom_days} days)", fontsize=8)
    handles, labels = axes[1].get_legend_handles_labels()
    axes[1].legend(handles, labels, loc="upper right", fontsize=6, markerscale=0.6)
    fig.suptitle("Days referred to in each outlet's articles")
    return fig, data


_LABEL_CHARS = 60
_SINGLE_COLUMN_CHARS = 42   # longer labels squeeze a single-column plot to nothing


def shared_facts_figure(matrix: pd.DataFrame):
    """Which outlets report which fact (sentences per outlet), clusters and codebook facts.
    ``matrix`` is :func:`analysis.compare.facts.shared_facts` (index fact_id, label, method)."""
    shown = matrix.copy()
    # a cluster is named after its shortest sentence, which can be long: cut for the axis (the
    # CSV keeps it whole), else the labels squeeze the plot to nothing
    shown.index = [shorten(label, _LABEL_CHARS, placeholder="…")
                   + (f" [{fid}]" if method == "cluster" else "") for fid, label, method in shown.index]
    wide = max((len(str(i)) for i in shown.index), default=0) > _SINGLE_COLUMN_CHARS
    fig, ax = style.new_figure("double" if wide else "single", height=0.17 * len(shown) + 1.0)
    _heatmap(ax, shown, cmap="Greens")
    ax.set_title("Sentences per fact and outlet", loc="right")
    data = matrix.reset_index().melt(id_vars=["fact_id", "label", "method"], var_name="outlet",
                                     value_name="sentences")
    return fig, data
