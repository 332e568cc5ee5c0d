"""The framing figures: frame profile by outlet and voice, a Fightin'-Words plot, and which
side's names for contested things each outlet uses.

Why here and not in the notebook: the notebook should read like a paper section; drawing code
lives in the package, in the project's one style (``analysis.plots.style``), and each
function takes tables and returns the figure with the exact table it plots, so ``style.save``
writes both.
"""
from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from ..framing.contests import contest_shares
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


#: Voices in the order rows are drawn (others after them, sorted).
VOICE_ORDER = ["narrator", "headline", "quoted"]
VOICE_WORDS = {"narrator": "own voice", "headline": "headline", "quoted": "quoted voices"}


def side_colours(sides) -> dict[str, str]:
    """Colour-blind-safe colours for the sides of a contest: "neutral" grey, the others Okabe–Ito
    colours in sorted order (the same side keeps its colour across contests)."""
    palette = [style.OKABE_ITO[n] for n in ("blue", "vermillion", "bluish green", "reddish purple",
                                            "sky blue", "orange")]
    named = sorted({s for s in sides if s != "neutral"})
    colours = {s: palette[k % len(palette)] for k, s in enumerate(named)}
    return {**colours, "neutral": style.GREY}


def contested_terms_figure(contested_terms: pd.DataFrame):
    """One panel per contest: for each outlet × voice, the share of its contested names that are
    each side's (stacked bars, ``n`` names at the right end), with the 95% article-bootstrap
    interval of the outer sides' shares. Returns (fig, the :func:`contest_shares` table).
    No contested name at all: a figure that says so."""
    shares = contest_shares(contested_terms)
    if shares.empty:
        fig, ax = style.new_figure("single", height=1.2)
        ax.axis("off")
        ax.text(0.5, 0.5, "No contested names found\n(the contests codebook is empty or none "
                "of its terms occur)", ha="center", va="center", fontsize="small")
        return fig, shares
    contests = sorted(shares["contest"].unique())
    voices = sorted(shares["voice"].unique(), key=lambda v: (VOICE_ORDER + [v]).index(v))
    colours = side_colours(shares["side"])
    panels = [shares[shares["contest"] == c] for c in contests]
    heights = [len(p.groupby(["outlet", "voice"])) for p in panels]
    fig, axes = style.new_figure("double", height=0.24 * sum(heights) + 0.55 * len(contests) + 0.6,
                                 nrows=len(contests), squeeze=False,
                                 gridspec_kw={"height_ratios": heights})
    for ax, contest, part in zip(axes[:, 0], contests, panels):
        named = sorted(s for s in part["side"].unique() if s != "neutral")
        sides = named[:1] + (["neutral"] if "neutral" in set(part["side"]) else []) + named[1:]
        bars = sorted(part.groupby(["outlet", "voice"]).groups,
                      key=lambda k: (k[0].casefold(), voices.index(k[1])), reverse=True)
        wide = part.set_index(["outlet", "voice", "side"])
        for y, (outlet, voice) in enumerate(bars):
            left = 0.0
            for side in sides:
                share = wide["share"].get((outlet, voice, side), 0.0)
                ax.barh(y, share, left=left, color=colours[side], height=0.75)
                left += share
            first, last = wide.loc[(outlet, voice, sides[0])], wide.loc[(outlet, voice, sides[-1])]
            for x, low, high in ((first["share"], first["ci_low"], first["ci_high"]),
                                 (1 - last["share"], 1 - last["ci_high"], 1 - last["ci_low"])):
                if low == low and len(sides) > 1:      # no interval with one article
                    ax.errorbar(x, y, xerr=[[x - low], [high - x]], color="black",
                                linewidth=0.7, capsize=2)
            ax.annotate(f"n={int(first['n'])}", (1.0, y), xytext=(4, 0), textcoords="offset points",
                        va="center", fontsize="x-small")
        ax.set_yticks(range(len(bars)))
        ax.set_yticklabels([f"{o}, {VOICE_WORDS.get(v, v)}" for o, v in bars])
        ax.set_xlim(0, 1)
        ax.set_title(contest.replace("_", " "), fontsize="small", loc="left")
    handles = [plt.Rectangle((0, 0), 1, 1, color=c) for c in colours.values()]
    fig.legend(handles, [s.replace("_", " ") for s in colours], ncols=len(colours),
               fontsize="x-small", loc="outside upper center", frameon=False)
    axes[-1, 0].set_xlabel("share of contested names (error bars: 95% bootstrap interval over "
                           "articles; none for one article)")
    order = shares.sort_values(["contest", "outlet", "voice", "side"], ignore_index=True)
    return fig, order
