"""The framing figures: the framing profile by outlet and voice (rates with n and 95%
intervals), a Fightin'-Words plot, and which side's names for contested things each outlet uses.

Why here and not in the notebook: the notebook should read like a paper section; drawing code
lives in the package, in the project's one style (``analysis.plots.style``), and each
function takes tables and returns the figure with the exact table it plots, so ``style.save``
writes both (the CSV keeps every n and interval the figure shows).
"""
from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from adjustText import adjust_text

from ..framing.contests import contest_shares
from ..framing.voice import VOICES
from . import style

VOICE_TITLES = {"narrator": "outlet's own words (narrator)", "quoted": "quoted words",
                "headline": "headlines and subheads"}


def plot_framing_profile(profile: pd.DataFrame, voices=VOICES):
    """One panel per voice; per frame, one dot per outlet at its hits per 1,000 words *of that
    voice*, a line for its 95% interval (bootstrap over articles; none with one article) and
    the number of hits beside it. ``profile`` is the framing_profile table; rows without words
    in a voice are not drawn. Returns (fig, the rows drawn, with hits, words, interval and
    articles)."""
    voices = [v for v in voices if v in set(profile["voice"])]
    frames = sorted(profile["frame"].unique(), reverse=True)
    outlets = sorted(profile["outlet"].unique(), key=str.casefold)
    colours = style.outlet_colours(outlets)
    fig, axes = style.new_figure("double", height=0.42 * len(frames) + 1.4,
                                 ncols=max(len(voices), 1), sharey=True, squeeze=False)
    band = 0.8 / max(len(outlets), 1)
    row_of = {f: i for i, f in enumerate(frames)}
    shown = profile[profile["words"] > 0]
    articles = profile.groupby("outlet")["articles"].max()
    for ax, voice in zip(axes[0], voices):
        part = shown[shown["voice"] == voice]
        for k, outlet in enumerate(outlets):
            rows = part[part["outlet"] == outlet]
            y = rows["frame"].map(row_of).to_numpy() + 0.4 - band * (k + 0.5)
            low = rows["ci_low"].to_numpy(float)
            high = rows["ci_high"].to_numpy(float)
            has_ci = ~np.isnan(low)
            ax.hlines(y[has_ci], low[has_ci], high[has_ci], color=colours[outlet], linewidth=1.0)
            ax.plot(rows["per_1000"], y, "o", markersize=3, color=colours[outlet],
                    label=f"{style.outlet_label(outlet)} ({articles[outlet]} art.)")
            for x, yy, n in zip(rows["per_1000"], y, rows["hits"]):
                if n:
                    ax.annotate(str(n), (x, yy), xytext=(3, 0), textcoords="offset points",
                                fontsize=5.5, va="center", color=colours[outlet])
        words = part.drop_duplicates("outlet").set_index("outlet")["words"]
        counts = [f"{o} {words[o]:,}" for o in outlets if o in words]
        ax.set_title("\n".join([VOICE_TITLES.get(voice, voice), "words:"]
                               + [", ".join(counts[i:i + 2]) for i in range(0, len(counts), 2)]),
                     fontsize="x-small")
        ax.set_xlim(left=0)
        ax.grid(axis="x", linewidth=0.3, color="#DDDDDD")
    axes[0][0].set_yticks(np.arange(len(frames)))
    axes[0][0].set_yticklabels([f.replace("_", " ") for f in frames])
    fig.supxlabel("frame-term hits per 1,000 words of that voice (dot; line: 95% interval over "
                  "articles; number: hits)", fontsize="x-small")
    handles, labels = axes[0][0].get_legend_handles_labels()
    fig.legend(handles, labels, ncols=max(len(outlets), 1), fontsize="x-small",
               loc="outside upper center", frameon=False)
    data = shown[shown["voice"].isin(voices)].sort_values(["voice", "frame", "outlet"],
                                                          ignore_index=True)
    return fig, data


def plot_fightin_words(terms: pd.DataFrame, n_labels: int = 6, min_count: int = 2):
    """One panel per outlet: each word at (total count, z); the ``n_labels`` highest-z words
    seen at least ``min_count`` times are named, placed apart by ``adjustText`` (seeded, a fixed
    number of steps: the same picture on every run). ``terms`` is the distinctive_terms table."""
    outlets = sorted(terms["outlet"].unique(), key=str.casefold)
    colours = style.outlet_colours(outlets)
    ncols = 2 if len(outlets) > 1 else 1
    nrows = int(np.ceil(len(outlets) / ncols))
    fig, axes = style.new_figure("double", height=2.4 * nrows, nrows=nrows, ncols=ncols,
                                 sharex=True, sharey=True, squeeze=False)
    labelled = []
    placed = []
    for ax, outlet in zip(axes.flat, outlets):
        part = terms[terms["outlet"] == outlet]
        total = part["count"] + part["count_rest"]
        ax.scatter(total, part["z"], s=4, color="#BBBBBB", linewidths=0)
        top = part[total >= min_count].nlargest(n_labels, "z")
        ax.scatter(top["count"] + top["count_rest"], top["z"], s=8, color=colours[outlet])
        # Words with the same count and z sit on one point: name them together.
        points = top.assign(total=top["count"] + top["count_rest"], zr=top["z"].round(6))
        ax.set_xscale("log")
        ax.margins(x=0.15, y=0.25)   # room for the labels above the top words
        texts = [ax.text(total_w, z, ", ".join(sorted(group["term"])), fontsize="x-small",
                         color=colours[outlet])
                 for (total_w, z), group in points.groupby(["total", "zr"], sort=True)]
        placed.append((ax, texts))
        labelled.append(top.assign(labelled=True))
        ax.axhline(0, color="#888888", linewidth=0.5)
        ax.set_title(outlet, fontsize="small")
    for ax in axes.flat[len(outlets):]:
        ax.set_visible(False)
    fig.supxlabel("word count in the whole corpus (log scale)", fontsize="small")
    fig.supylabel("z of weighted log-odds, outlet vs rest", fontsize="small")
    fig.canvas.draw()   # the layout is fixed before labels are moved apart, and stays so
    fig.set_layout_engine("none")
    shown = [ax for ax in axes.flat if ax.get_visible()]
    for ax, texts in placed:
        if len(texts) > 1:
            # adjust_text draws the whole figure first: with the other panels hidden meanwhile it
            # draws one (55 outlets' panels took 73 s CPU, each call drawing all 55)
            for other in shown:
                other.set_visible(other is ax)
            adjust_text(texts, ax=ax, expand=(1.1, 1.4), force_text=(0.2, 0.6), iter_lim=2000,
                        arrowprops={"arrowstyle": "-", "color": "#888888", "linewidth": 0.4})
    for ax in shown:
        ax.set_visible(True)
    data = terms.merge(pd.concat(labelled)[["outlet", "term", "labelled"]], how="left",
                       on=["outlet", "term"]) if labelled else terms.assign(labelled=False)
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
        ax.set_yticklabels([f"{style.outlet_label(o)}, {VOICE_WORDS.get(v, v)}" for o, v in bars])
        ax.set_xlim(0, 1)
        ax.set_title(contest.replace("_", " "), fontsize="small", loc="left")
    handles = [plt.Rectangle((0, 0), 1, 1, color=c) for c in colours.values()]
    fig.legend(handles, [s.replace("_", " ") for s in colours], ncols=len(colours),
               fontsize="x-small", loc="outside upper center", frameon=False)
    axes[-1, 0].set_xlabel("share of contested names (error bars: 95% bootstrap interval over "
                           "articles; none for one article)")
    order = shares.sort_values(["contest", "outlet", "voice", "side"], ignore_index=True)
    return fig, order
