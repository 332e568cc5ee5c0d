"""KWIC lines and collocations read from the same matcher as the frames."""
import pandas as pd

from analysis.framing.kwic import collocates, collocations, kwic


def _articles():
    return pd.DataFrame({
        "article_id": ["a", "b"], "outlet": ["P", "Q"],
        "text": ["The attempted coup failed.\n\nA second coup attempt failed too.",
                 "Coups happen; economic sanctions bite and economic sanctions hurt."]})


def test_kwic_lines_with_context_and_offsets():
    out = kwic(_articles(), "coup", width=12)
    assert list(out.columns) == ["outlet", "article_id", "left", "keyword", "right", "start", "end"]
    assert out["keyword"].tolist() == ["coup", "coup", "Coups"]
    first = out.iloc[0]
    # 12 characters each side, cut back to whole words: "e attempted " -> "attempted",
    # "failed.\n\nA s" -> "failed. A" (line breaks shown as spaces)
    assert (first["left"], first["right"]) == ("attempted", "failed. A")
    assert (first["start"], first["end"]) == (14, 18)


def test_kwic_for_one_outlet():
    assert set(kwic(_articles(), "coup", outlet="Q")["outlet"]) == {"Q"}


def test_collocations_find_repeated_pairs():
    out = collocations(_articles(), min_freq=2)
    assert out[["outlet", "word1", "word2", "freq"]].values.tolist() == [
        ["Q", "economic", "sanctions", 2]]


def test_collocates_of_a_term():
    # one content word each side ("the", "a" and the number word "second" are stop words):
    # attempted | coup | failed;  ... failed. A second | coup | attempt;  Coups | happen
    out = collocates(_articles(), "coup", window=1)
    assert out.values.tolist() == [["P", "failed", 2], ["P", "attempt", 1], ["P", "attempted", 1],
                                   ["Q", "happen", 1]]


def test_collocates_on_the_seeds(seed_tables):
    out = collocates(seed_tables.articles, "coup", window=3)
    assert {"outlet", "collocate", "count"} <= set(out.columns)
    assert (out["count"] > 0).all() and len(out)
