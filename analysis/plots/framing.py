"""The two framing figures: frame profile by outlet and voice, and a Fightin'-Words plot.

Why here and not in the notebook: the notebook should read like a paper section; drawing code
lives in the package, in the project's one style (``analysis.plots.style``), and each
function takes tables and returns the figure with the exact table it plots, so ``style.save``
writes both.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from . import style

VOICE_HATCH = {"narrator": None, "quoted": "////"}


def plot_frame_profile(profile: pd.DataFrame):
    """Horizontal bars: per frame, one bar per outlet, narrator (solid) + quoted (hatched)
    stacked, in hits per 1,000 words. ``profile`` is ``framing.hits.frame_profile`` output."""
    frames = sorted(profile["frame"].unique(), reverse=True)
    outlets = sorted(profile["outlet"].unique(), key=str.casefold)
    colours = style.outlet_colours(outlets)
    fig, ax = style.new_figure("double", height=0.45 * len(frames) + 1.2)
    band = 0.8 / max(len(outlets), 1)
    wide = profile.pivot_table(index=["frame", "outlet"], columns="voice", values="per_1000",
                               fill_value=0.0)
    for k, outlet in enumerate(outlets):
        y = np.arange(len(frames)) + 0.4 - band * (k + 0.5)  # first outlet on top
        left = np.zeros(len(frames))
        for voice in ("narrator", "quoted"):
            vals = np.array([wide[voice].get((f, outlet), 0.0) if voice in wide else 0.0
                             for f in frames])
            ax.barh(y, vals, height=band * 0.9, left=left, color=colours[outlet],
                    alpha=1.0 if voice == "narrator" else 0.45, hatch=VOICE_HATCH[voice],
                    edgecolor="white" if voice == "narrator" else colours[outlet], linewidth=0.3,
                    label=f"{outlet} ({voice})")
            left += vals
    ax.set_yticks(np.arange(len(frames)))
    ax.set_yticklabels([f.replace("_", " ") for f in frames])
    ax.set_xlabel("frame-term hits per 1,000 words (solid: outlet's own words; hatched: quoted)")
    fig.legend(*ax.get_legend_handles_labels(), ncols=4, fontsize="x-small",
               loc="outside upper center", frameon=False)
    return fig, profile.sort_values(["frame", "outlet", "voice"], ignore_index=True)


def _label_offsets(ax, labels, line_pt: float = 7.0, char_pt: float = 3.6) -> list[float]:
    """Vertical offsets (points) that keep point labels from overprinting each other.

    Labels are placed from the highest point down; a label whose text would overlap one already
    placed (same height band, horizontally within its width) moves down by one line.
    """
    ax.autoscale_view()
    to_pt = 72.0 / ax.figure.dpi
    placed: list[tuple[float, float, float]] = []   # (x, y, width) in points
    offsets = {}
    for i in sorted(range(len(labels)), key=lambda k: -labels[k][1]):
        x, y = (v * to_pt for v in ax.transData.transform((labels[i][0], labels[i][1])))
        width, ly = char_pt * len(labels[i][2]), y
        while any(abs(ly - py) < line_pt and x < px + pw and px < x + width for px, py, pw in placed):
            ly -= line_pt
        placed.append((x, ly, width))
        offsets[i] = ly - y
    return [offsets[i] for i in range(len(labels))]


def plot_fightin_words(terms: pd.DataFrame, n_labels: int = 6, min_count: int = 2):
    """One panel per outlet: each word at (total count, z); the ``n_labels`` highest-z words
    seen at least ``min_count`` times are named. ``terms`` is the distinctive_terms table."""
    outlets = sorted(terms["outlet"].unique(), key=str.casefold)
    colours = style.outlet_colours(outlets)
    ncols = 2 if len(outlets) > 1 else 1
    nrows = int(np.ceil(len(outlets) / ncols))
    fig, axes = style.new_figure("double", height=2.4 * nrows, nrows=nrows, ncols=ncols,
                                   sharex=True, sharey=True, squeeze=False)
    labelled = []
    for ax, outlet in zip(axes.flat, outlets):
        part = terms[terms["outlet"] == outlet]
        total = part["count"] + part["count_rest"]
        ax.scatter(total, part["z"], s=4, color="#BBBBBB", linewidths=0)
        top = part[total >= min_count].nlargest(n_labels, "z")
        ax.scatter(top["count"] + top["count_rest"], top["z"], s=8, color=colours[outlet])
        # Words with the same count and z sit on one point: name them together, not on top
        # of each other.
        points = top.assign(total=top["count"] + top["count_rest"], zr=top["z"].round(6))
        ax.set_xscale("log")
        labels = [(total_w, z, ", ".join(sorted(group["term"])))
                  for (total_w, z), group in points.groupby(["total", "zr"], sort=True)]
        for (total_w, z, text), dy in zip(labels, _label_offsets(ax, labels)):
            ax.annotate(text, (total_w, z), fontsize="x-small", xytext=(3, dy),
                        textcoords="offset points", va="center", color=colours[outlet])
        labelled.append(top.assign(labelled=True))
        ax.axhline(0, color="#888888", linewidth=0.5)
        ax.set_title(outlet, fontsize="small")
    for ax in axes.flat[len(outlets):]:
        ax.set_visible(False)
    fig.supxlabel("word count in the whole corpus (log scale)", fontsize="small")
    fig.supylabel("z of weighted log-odds, outlet vs rest", fontsize="small")
    data = terms.merge(pd.concat(labelled)[["outlet", "term", "labelled"]], how="left",
                       on=["outlet", "term"])
    data["labelled"] = data["labelled"].fillna(False).astype(bool)
    return fig, data
