"""The closing findings (notebook 05): one summary column per outlet and the summary figure.

Why a module: the notebook computes each table once (quotes, outlet profile, cited sources,
reuse by outlet, frame rates, actor labels) and hands them here, so the summary is the same
logic in the notebook, the report and the tests, and the notebook reads as a paper section.
"""
from __future__ import annotations

import pandas as pd

from . import style as figures

SOURCE_KINDS = ["agency", "media", "institution"]
KIND_COLOURS = dict(zip(SOURCE_KINDS, [figures.OKABE_ITO[c] for c in
                                       ("sky blue", "bluish green", "black")]))
UNATTRIBUTED = "unattributed"


def top_items(values, n: int = 3) -> str:
    """'a (3), b (1)': the n most frequent non-empty values, ties alphabetically; '–' if none.

    Why: a table cell must stay short and the same on every run (ties broken by name).
    """
    counts = pd.Series(values, dtype="object").loc[lambda s: s.fillna("") != ""].value_counts()
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0]).casefold()))[:n]
    return ", ".join(f"{value} ({count})" for value, count in ranked) or "–"


def top_rates(rates, n: int = 3) -> str:
    """'frame 13.6, frame 2.7': the n highest positive rates, ties alphabetically; '–' if none."""
    ranked = sorted(((k, v) for k, v in rates.items() if v > 0), key=lambda kv: (-kv[1], kv[0]))
    return ", ".join(f"{k} {v:.1f}" for k, v in ranked[:n]) or "–"


def key_actors(actor_labels: pd.DataFrame, n: int = 3) -> list[str]:
    """The actors whose labels are compared: labelled by the most outlets, then most often.

    Why: an actor only one outlet labels cannot show a difference between outlets.
    """
    if actor_labels.empty:
        return []
    reach = actor_labels.groupby("actor").agg(outlets=("outlet", "nunique"),
                                              labels=("label", "size"))
    return (reach.reset_index()
            .sort_values(["outlets", "labels", "actor"], ascending=[False, False, True])
            ["actor"].head(n).tolist())


def _by_outlet(profile: pd.DataFrame) -> pd.DataFrame:
    return profile.set_index("outlet") if "outlet" in profile.columns else profile


def _by_share(items: dict) -> list:
    """Largest value first, ties by name."""
    return sorted(items.items(), key=lambda kv: (-kv[1], kv[0]))


def _one_outlet(outlet, row, quotes, cited, shared, frame_rates, actor_labels, actors, top):
    """The findings for one outlet, as short text cells."""
    q = quotes[quotes["outlet"] == outlet]
    c = cited[cited["outlet"] == outlet]
    voices = {col[len("voice_"):]: share for col, share in row.items()
              if col.startswith("voice_") and share > 0}
    rates = frame_rates[frame_rates["outlet"] == outlet]
    own = rates[rates["voice"] == "narrator"].set_index("frame")["per_1000"]
    quoted = rates[rates["voice"] == "quoted"].set_index("frame")["per_1000"]
    dates = (row["first_date"] if row["first_date"] == row["last_date"]
             else f"{row['first_date']} to {row['last_date']}") or "undated"
    reused = shared[(shared["outlet_a"] == outlet) ^ (shared["outlet_b"] == outlet)]
    partners = {(r.outlet_b if r.outlet_a == outlet else r.outlet_a): r.words
                for r in reused.itertuples()}
    summary = {
        "articles": f"{row['articles']} ({dates})" + (
            f", {row['undated']} undated" if row["undated"] and row["first_date"] else ""),
        "words": f"{row['words']:,}",
        "sources cited in the text": top_items(c.loc[c["cue"] != "photo credit", "source"], top),
        "photo credits": top_items(c.loc[c["cue"] == "photo credit", "source"], top),
        "quotes": f"{row['quotes']} from {row['speakers']} speakers; "
                  f"{row['quoted_share']:.0%} of the text quoted",
        "most quoted": top_items(q["speaker"], top),
        "voices by camp": ", ".join(f"{camp} {share:.0%}"
                                    for camp, share in _by_share(voices)) or "–",
        "frames, own voice (per 1,000 words)": top_rates(own, top),
        "frames, quoted voices (per 1,000 words)": top_rates(quoted, top),
        "words shared with other outlets": ", ".join(
            f"{p} {w}" for p, w in _by_share(partners)) or "–",
    }
    for actor in actors:
        chosen = actor_labels[(actor_labels["outlet"] == outlet) & (actor_labels["actor"] == actor)]
        summary[f"labels for {actor}"] = top_items(chosen["label"], top)
    return summary


def outlet_findings(profile, quotes, cited, shared, frame_rates, actor_labels,
                    top: int = 3) -> pd.DataFrame:
    """The findings table: one row per finding, one column per outlet (profile order).

    ``profile`` = compare.outlet_profile, ``quotes`` = extract_quotes, ``cited`` =
    compare.cited_sources, ``shared`` = compare.reuse_by_outlet, ``frame_rates`` =
    framing.frame_profile, ``actor_labels`` = labels.actor_labels. Cells list at most ``top``
    items, most frequent first, counts in brackets.
    """
    profile = _by_outlet(profile)
    actors = key_actors(actor_labels, top)
    return pd.DataFrame({outlet: _one_outlet(outlet, profile.loc[outlet], quotes, cited, shared,
                                             frame_rates, actor_labels, actors, top)
                         for outlet in profile.index})


def findings_html(findings: pd.DataFrame) -> str:
    """The findings table as HTML: left-aligned text cells, a fixed table id so every run's
    output is the same."""
    return (findings.style.set_uuid("findings")
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
    """Rows are outlets: (a) quotes by speaker camp, (b) sources cited in the text by kind,
    (c) frame words in the outlet's own voice per 1,000 words (dot area grows with the rate)."""
    outlets = list(outlets)
    camps = list(figures.CAMP_COLOURS) + [UNATTRIBUTED]
    camp_counts = (quotes.assign(camp=quotes["camp"].fillna("").replace("", UNATTRIBUTED))
                   .pipe(lambda q: pd.crosstab(q["outlet"], q["camp"]))
                   .reindex(index=outlets, columns=camps, fill_value=0))
    in_text = cited[cited["cue"] != "photo credit"]
    source_counts = (pd.crosstab(in_text["outlet"], in_text["type"])
                     .reindex(index=outlets, columns=SOURCE_KINDS, fill_value=0))
    own_voice = frame_rates[frame_rates["voice"] == "narrator"]
    used = own_voice.groupby("frame")["per_1000"].sum().loc[lambda s: s > 0].index.tolist()
    dots = own_voice[own_voice["frame"].isin(used) & (own_voice["per_1000"] > 0)]

    fig, (ax_voice, ax_sources, ax_frames) = figures.new_figure(
        "double", height=1.6 + 0.3 * len(outlets), ncols=3, sharey=True,
        gridspec_kw={"width_ratios": [1, 1, max(1.5, 0.25 * len(used))]})
    rows = range(len(outlets))
    _stacked(ax_voice, rows, camp_counts, figures.camp_colour)
    ax_voice.set_yticks(rows, outlets)
    ax_voice.invert_yaxis()
    ax_voice.set_xlabel("Quotes")
    ax_voice.set_title("(a) voices by camp", loc="left")
    _stacked(ax_sources, rows, source_counts, KIND_COLOURS.get)
    ax_sources.set_xlabel("Citations")
    ax_sources.set_title("(b) sources cited", loc="left")

    column = {frame: i for i, frame in enumerate(used)}
    row_of = {o: i for i, o in enumerate(outlets)}
    ax_frames.scatter(dots["frame"].map(column), dots["outlet"].map(row_of),
                      s=6 * dots["per_1000"],
                      color=[figures.outlet_colour(o) for o in dots["outlet"]],
                      alpha=0.85, linewidths=0)
    for d in dots.itertuples():
        ax_frames.annotate(f"{d.per_1000:.0f}", (column[d.frame], row_of[d.outlet]),
                           xytext=(5, 0), textcoords="offset points", va="center", fontsize=6.5)
    ax_frames.set_xticks(range(len(used)), [f.replace("_", " ") for f in used], rotation=45,
                         ha="right", rotation_mode="anchor")
    ax_frames.set_xlim(-0.6, len(used) - 0.4)
    ax_frames.set_title("(c) frames in own voice, per 1,000 words", loc="left")
    ax_frames.tick_params(axis="y", left=False)

    plotted = pd.concat([
        _long(camp_counts, "quotes by camp"),
        _long(source_counts, "sources cited in the text"),
        dots[["outlet", "frame", "per_1000"]].set_axis(["outlet", "category", "value"], axis=1)
        .assign(panel="frames in own voice per 1,000 words"),
    ], ignore_index=True)[["panel", "outlet", "category", "value"]]
    return fig, plotted
