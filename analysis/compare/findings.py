"""The findings table (notebook 05): one column per outlet, one row per finding, as short text.

Why a module: the summary is computed from the exported tables (outlet profile, quotes, cited
sources, reuse by outlet, frame rates, actor labels), so the notebook, the report and the tests
get the same cells; the figure beside it is drawn by :mod:`analysis.plots.findings`.
"""
from __future__ import annotations

import pandas as pd

from ..quotes.summaries import statements


def _interval(row, name: str) -> str:
    """" (95% interval 12–18%)" of a profile share, or "" where there is none (one article)."""
    low, high = row.get(f"{name}_ci_low"), row.get(f"{name}_ci_high")
    if low is None or high is None or pd.isna(low) or pd.isna(high):
        return ""
    return f" (95% interval {low * 100:.0f}–{high:.0%})"


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


def _by_share(items: dict) -> list:
    """Largest value first, ties by name."""
    return sorted(items.items(), key=lambda kv: (-kv[1], kv[0]))


def contested_names(contested_terms: pd.DataFrame, voice: str) -> str:
    """'contest: side 3, side 1 (n=4); ...': per contest, the sides whose names one outlet's
    rows of contested_terms.csv use in ``voice``, most used first (ties by name); '–' if none."""
    part = contested_terms[contested_terms["voice"] == voice]
    cells = []
    for contest, names in part.groupby("contest", sort=True):
        sides = sorted(names["side"].value_counts().items(), key=lambda kv: (-kv[1], kv[0]))
        cells.append(f"{contest.replace('_', ' ')}: "
                     + ", ".join(f"{side.replace('_', ' ')} {n}" for side, n in sides)
                     + f" (n={len(names)})")
    return "; ".join(cells) or "–"


def _one_outlet(outlet, row, said, cited, shared, frame_rates, actor_labels, actors, top,
                contested_terms=None):
    """The findings for one outlet, as short text cells; ``said``: the corpus' statements."""
    said = said[said["outlet"] == outlet]
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
    in_quotes = {(r.outlet_b if r.outlet_a == outlet else r.outlet_a): getattr(r, "quote_words", 0)
              for r in reused.itertuples()}
    summary = {
        "articles": f"{row['articles']} ({dates})" + (
            f", {row['undated']} undated" if row["undated"] and row["first_date"] else ""),
        "words": f"{row['words']:,}",
        "sources cited in the text": top_items(c.loc[c["cue"] != "photo credit", "source"], top),
        "photo credits": top_items(c.loc[c["cue"] == "photo credit", "source"], top),
        "statements": f"{row['quotes']} from {row['speakers']} speakers; "
                      f"{row['quoted_share']:.0%} of the text quoted{_interval(row, 'quoted')}",
        "most quoted": top_items(said["speaker_name"], top),
        "voices by camp": ", ".join(f"{camp} {share:.0%}"
                                    for camp, share in _by_share(voices)) or "–",
        "frames, own voice (per 1,000 words)": top_rates(own, top),
        "frames, quoted voices (per 1,000 words)": top_rates(quoted, top),
        "words shared with other outlets": ", ".join(
            f"{p} {w}" + (f" ({in_quotes[p]} in quotes of one speaker)" if in_quotes[p] else "")
            for p, w in _by_share(partners)) or "–",
    }
    if contested_terms is not None and len(contested_terms):
        mine = contested_terms[contested_terms["outlet"] == outlet]
        summary["contested names, own voice"] = contested_names(mine, "narrator")
        summary["contested names, quoted voices"] = contested_names(mine, "quoted")
        if (contested_terms["voice"] == "headline").any():
            summary["contested names, headlines"] = contested_names(mine, "headline")
    for actor in actors:
        chosen = actor_labels[(actor_labels["outlet"] == outlet) & (actor_labels["actor"] == actor)]
        summary[f"labels for {actor}"] = top_items(chosen["label"], top)
    return summary


def outlet_findings(profile, quotes, cited, shared, frame_rates, actor_labels,
                    top: int = 3, contested_terms: pd.DataFrame | None = None) -> pd.DataFrame:
    """The findings table: one row per finding, one column per outlet (profile order).

    ``profile``, ``quotes``, ``cited``, ``actor_labels`` are the outlet_profile, quotes,
    cited_sources and actor_labels tables; ``shared`` = compare.reuse_kinds.reuse_by_outlet,
    ``frame_rates`` = the framing_profile table. Cells list at most ``top`` items, most
    frequent first, counts in brackets; quotes are counted as statements (one speech act once,
    :func:`analysis.quotes.summaries.statements`). ``contested_terms`` (the table of that
    name) adds rows, the sides' names each outlet uses in its own voice, in quoted voices and (when
    a headline has one) in headlines (:func:`contested_names`); none when it is missing or empty
    (a study without contests).
    """
    profile = profile.set_index("outlet") if "outlet" in profile.columns else profile
    actors = key_actors(actor_labels, top)
    said = statements(quotes)   # one speech act counts once; one name per speaker in the corpus
    return pd.DataFrame({outlet: _one_outlet(outlet, profile.loc[outlet], said, cited, shared,
                                             frame_rates, actor_labels, actors, top,
                                             contested_terms)
                         for outlet in profile.index})
