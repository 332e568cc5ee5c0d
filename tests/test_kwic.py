"""KWIC lines and collocations read from the same matcher as the frames."""
from types import SimpleNamespace

import pandas as pd

from analysis.framing.kwic import collocates, collocations, kwic


def _corpus():
    return SimpleNamespace(articles=pd.DataFrame({
        "article_id": ["a", "b"], "outlet": ["P", "Q"],
        "text": ["The attempted coup failed.\n\nA second coup attempt failed too.",
                 "Coups happen; economic sanctions bite and economic sanctions hurt."]}))


def test_kwic_lines_with_context_and_offsets():
    out = kwic(_corpus(), "coup", width=12)
    assert list(out.columns) == ["outlet", "article_id", "left", "keyword", "right", "start", "end"]
    assert out["keyword"].tolist() == ["coup", "coup", "Coups"]
    first = out.iloc[0]
    # 12 characters each side, cut back to whole words: "e attempted " -> "attempted",
    # "failed.\n\nA s" -> "failed. A" (line breaks shown as spaces)
    assert (first["left"], first["right"]) == ("attempted", "failed. A")


def test_kwic_for_one_outlet():
    assert set(kwic(_corpus(), "coup", outlet="Q")["outlet"]) == {"Q"}


def test_collocations_find_repeated_pairs():
    out = collocations(_corpus(), min_freq=2)
    assert out[["outlet", "word1", "word2", "freq"]].values.tolist() == [
        ["Q", "economic", "sanctions", 2]]


def test_collocates_of_a_term(corpus):
    out = collocates(corpus, "coup", window=3)
    assert {"outlet", "collocate", "count"} <= set(out.columns)
    assert (out["count"] > 0).all() and len(out)
