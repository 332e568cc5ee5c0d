"""Quote summaries for the notebooks and the report: shares by camp, speakers, verb classes.

Each is one function from the quote table (``tables.load(...).quotes``) to a small table.
"""
from __future__ import annotations

import pandas as pd

from ..codebooks import camps
from .names import is_name_id

UNATTRIBUTED = "unattributed"


def camp_order() -> list[str]:
    """The study's camps in its order (camps.csv), then speakers with no camp."""
    return camps() + [UNATTRIBUTED]


def _camp(quotes: pd.DataFrame) -> pd.Series:
    return quotes["camp"].replace("", UNATTRIBUTED).fillna(UNATTRIBUTED)


def camp_shares(quotes: pd.DataFrame, by: str = "outlet") -> pd.DataFrame:
    """Per ``by`` group and camp: number of quotations and of quoted words, and their shares of
    the group's total. Speakers outside the codebook (or none found) count as "unattributed"."""
    df = quotes.assign(camp=_camp(quotes), words=quotes["quote"].str.split().str.len())
    out = (df.groupby([by, "camp"]).agg(quotes=("quote", "size"), words=("words", "sum"))
           .reset_index())
    totals = out.groupby(by)[["quotes", "words"]].transform("sum")
    out["quote_share"] = out["quotes"] / totals["quotes"]
    out["word_share"] = out["words"] / totals["words"]
    order = camp_order()
    out["camp"] = pd.Categorical(out["camp"], order + sorted(set(out["camp"]) - set(order)),
                                 ordered=True)
    return out.sort_values([by, "camp"]).reset_index(drop=True)


def speakers_by(quotes: pd.DataFrame, by: str = "outlet") -> pd.DataFrame:
    """Quotations per speaker (rows, with camp) and ``by`` group (columns), most quoted first."""
    df = quotes.assign(camp=_camp(quotes),
                       speaker=quotes["speaker"].replace("", "(no speaker found)"))
    table = pd.crosstab([df["speaker"], df["camp"]], df[by])
    return table.loc[table.sum(axis=1).sort_values(ascending=False, kind="stable").index]


def verb_classes_by(quotes: pd.DataFrame, by: str = "camp") -> pd.DataFrame:
    """Quotations per reporting-verb class (columns) and ``by`` group (camp, outlet, speaker);
    quotations without a verb (scare quotes, continued quotes) are left out."""
    df = quotes[quotes["verb_class"] != ""].assign(camp=_camp(quotes))
    return pd.crosstab(df[by], df["verb_class"])


def unknown_speakers(quotes: pd.DataFrame) -> pd.DataFrame:
    """Speakers found in the text but missing from the actor codebook (candidates to add): rows
    whose ``speaker_id`` was made from the name (``name:...``) or is empty (a description)."""
    ids = quotes["speaker_id"].astype(str)
    df = quotes[((ids == "") | ids.map(is_name_id)) & (quotes["speaker"] != "")]
    return (df.groupby("speaker").agg(quotes=("quote", "size"),
                                      outlets=("outlet", lambda s: ", ".join(sorted(set(s)))),
                                      example=("sentence", "first"))
            .sort_values("quotes", ascending=False).reset_index())
