"""The framing export tables: columns the lead wires, and one quote table for all of them."""
import pytest

from analysis.framing_tables import framing_tables

REQUIRED = {
    "framing_hits": ["article_id", "outlet", "frame", "term", "voice", "speaker", "sentence",
                     "start", "end"],
    "distinctive_terms": ["outlet", "term", "count", "count_rest", "log_odds", "z"],
    "actor_labels": ["article_id", "outlet", "actor_id", "actor", "label", "voice", "sentence",
                     "start", "end"],
    "hedges": ["article_id", "outlet", "marker", "kind", "target", "sentence", "start", "end"],
}


@pytest.fixture(scope="module")
def tables(corpus):
    return framing_tables(corpus)


@pytest.mark.parametrize("name", sorted(REQUIRED))
def test_table_has_the_agreed_columns_and_rows(tables, name):
    table = tables[name]
    assert list(table.columns[:len(REQUIRED[name])]) == REQUIRED[name]
    assert len(table) > 0


def test_narrator_rows_have_no_speaker(tables):
    for name in ("framing_hits", "actor_labels", "hedges"):
        t = tables[name]
        assert (t.loc[t["voice"] == "narrator", "speaker"] == "").all(), name
