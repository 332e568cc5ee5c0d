"""The quote step on a text written in a test, as a small table to assert on."""
import pandas as pd

from analysis.quotes.rows import QUOTE_COLUMNS, quote_rows


def extract(text, **codebooks):
    """Quote rows of ``text`` (one article, no sentence table) as a DataFrame."""
    out = pd.DataFrame(quote_rows({"article_id": "t1", "outlet": "Test", "text": text}, None,
                                  **codebooks), columns=QUOTE_COLUMNS)
    for row in out.itertuples():  # offsets always point at the quotation
        assert text[row.start:row.end] == row.quote
    return out


def one(text, quote_start):
    """The one row whose quotation starts with ``quote_start``."""
    out = extract(text)
    hit = out[out["quote"].str.startswith(quote_start)]
    assert len(hit) == 1, out[["quote", "kind", "speaker_id"]]
    return hit.iloc[0]


def speakers(text):
    """(speaker, quotation) of every row of ``text`` that is no reported clause."""
    return [(r.speaker, r.quote) for r in extract(text).itertuples() if r.kind != "indirect"]


def indirect(text):
    """(quotation, speaker, verb) of every reported-clause row of ``text``."""
    out = extract(text)
    return [(r.quote, r.speaker, r.verb) for r in out[out["kind"] == "indirect"].itertuples()]
