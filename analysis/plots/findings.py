"""The closing findings (notebook 05): the findings table as HTML and the summary figure.

Why a module: the notebook reads as a paper section; the findings table itself is computed by
:mod:`analysis.compare.findings`, and the figure here takes the same tables (quotes, cited
sources, frame rates), so the report and the tests draw exactly what the notebook shows.
"""
from __future__ import annotations

import pandas as pd

from . import style
from ..quotes.summaries import UNATTRIBUTED, statements

#: Kinds of cited source (``type`` column of cited_sources, from sources.csv), in panel order.
SOURCE_KINDS = ["agency", "media", "institution"]
KIND_COLOURS = dict(zip(SOURCE_KINDS, [style.OKABE_ITO[c] for c in
                                       ("sky blue", "bluish green", "black")]))


def findings_html(findings: pd.DataFrame) -> str:
    """The findings table as HTML: left-aligned text cells, a fixed table id so every run's
    output is the same. Every cell and heading is escaped: outlet names, speakers and labels come
    from pages, manifests and codebooks, and must reach the report as text, never as markup."""
    return (findings.style.set_uuid("findings")
            .format(escape="html").format_index(escape="html", axis=0)
            .format_index(escape="html", axis=1)
            .set_properties(**{"text-align": "left", "vertical-align": "top"})
            .set_table_styles([{"selector": "th", "props": "text-align: left;"}]).to_html())


def _stacked(ax, rows, counts: pd.DataFrame, colour) -> None:
    left = pd.Series(0, index=counts.index)
    for column in counts.columns:
        if counts[column].sum():
            ax.barh(rows, counts[column], left=left, color=colour(column), label=column,
                    edgecolor="white", linewidth=0.4)
            left += counts[column]
    ax.locator_params(axis="x", integer=True)
    if ax.containers:   # no legend box for a panel with nothing drawn
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.28), ncols=1, handlelength=1)


def _long(table: pd.DataFrame, panel: str) -> pd.DataFrame:
    return (table.stack().rename("value").reset_index()
            .set_axis(["outlet", "category", "value"], axis=1).assign(panel=panel))


def findings_figure(quotes, cited, frame_rates, outlets):
    """Rows are outlets: (a) statements by speaker camp (one speech act once,
    :func:`analysis.quotes.summaries.statements`), (b) sources cited in the text by kind,
    (c) frame words in the outlet's own voice per 1,000 of its narrator words (dot area grows
    with the rate; the hits beside it, and in the values' CSV with the 95% interval)."""
    outlets = list(outlets)
    camps = list(style.camp_colours()) + [UNATTRIBUTED]
    camp_counts = (statements(quotes).pipe(lambda q: pd.crosstab(q["outlet"], q["camp"]))
                   .reindex(index=outlets, columns=camps, fill_value=0))
    in_text = cited[cited["cue"] != "photo credit"]
    source_counts = (pd.crosstab(in_text["outlet"], in_text["type"])
                     .reindex(index=outlets, columns=SOURCE_KINDS, fill_value=0))
    own_voice = frame_rates[frame_rates["voice"] == "narrator"]
    used = own_voice.groupby("frame")["per_1000"].sum().loc[lambda s: s > 0].index.tolist()
    dots = own_voice[own_voice["frame"].isin(used) & (own_voice["per_1000"] > 0)]

    fig, (ax_voice, ax_sources, ax_frames) = style.new_figure(
        "double", height=1.6 + 0.3 * len(outlets), ncols=3, sharey=True,
        gridspec_kw={"width_ratios": [1, 1, max(1.5, 0.25 * len(used))]})
    rows = range(len(outlets))
    _stacked(ax_voice, rows, camp_counts, style.camp_colour)
    ax_voice.set_yticks(rows, [style.outlet_label(o) for o in outlets])
    ax_voice.invert_yaxis()
    ax_voice.set_xlabel("Statements")
    ax_voice.set_title("(a) voices by camp", loc="left")
    _stacked(ax_sources, rows, source_counts, KIND_COLOURS.get)
    ax_sources.set_xlabel("Citations")
    ax_sources.set_title("(b) sources cited", loc="left")

    column = {frame: i for i, frame in enumerate(used)}
    row_of = {o: i for i, o in enumerate(outlets)}
    ax_frames.scatter(dots["frame"].map(column), dots["outlet"].map(row_of),
                      s=6 * dots["per_1000"],
                      color=[style.outlet_colour(o) for o in dots["outlet"]],
                      alpha=0.85, linewidths=0)
    for d in dots.itertuples():
        ax_frames.annotate(f"{d.per_1000:.0f} ({d.hits:.0f})", (column[d.frame], row_of[d.outlet]),
                           xytext=(5, 0), textcoords="offset points", va="center", fontsize=6.5)
    ax_frames.set_xticks(range(len(used)), [f.replace("_", " ") for f in used], rotation=45,
                         ha="right", rotation_mode="anchor")
    ax_frames.set_xlim(-0.6, len(used) - 0.4)
    ax_frames.set_title("(c) frames in own voice per 1,000\nnarrator words (hits)", loc="left")
    ax_frames.tick_params(axis="y", left=False)

    plotted = pd.concat([
        _long(camp_counts, "statements by camp"),
        _long(source_counts, "sources cited in the text"),
        dots[["outlet", "frame", "per_1000", "hits", "ci_low", "ci_high"]]
        .set_axis(["outlet", "category", "value", "n", "ci_low", "ci_high"], axis=1)
        .assign(panel="frames in own voice per 1,000 narrator words"),
    ], ignore_index=True)[["panel", "outlet", "category", "value", "n", "ci_low", "ci_high"]]
    return fig, plotted
