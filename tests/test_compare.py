"""Outlet profile, actor mention counts and the export entry points of the comparison stage."""
import pandas as pd
import pytest

from analysis.compare import profile as compare
from compare_helpers import write_corpus
from conftest import article

QUOTE_COLUMNS = ["article_id", "outlet", "quote", "kind", "speaker", "speaker_id", "camp", "start",
                 "end"]


@pytest.fixture
def two_outlets(tmp_path):
    return write_corpus(tmp_path, {
        "a": ("Alpha", "2019-05-02", "Sergey Lavrov met Sergei Lavrov's deputy Riabkov; he said "
              "\"talks went well\" and Lavrov left for Moscow on the same afternoon."),
        "b": ("Beta", "", "Juan Guaidó and Guaido's aides spoke to Pompeo about the vote, "
              "according to people close to the talks in the capital."),
    })


def test_mentions_resolve_variants_and_skip_pronouns(two_outlets):
    m = compare.mentions(two_outlets)
    assert list(m.columns) == compare.MENTION_COLUMNS
    counts = {(r.article_id, r.actor_id): r.count for r in m.itertuples()}
    assert counts[("a", "lavrov")] == 3          # Sergey, Sergei, bare surname; not "he"
    assert counts[("a", "ryabkov")] == 1         # Riabkov
    assert counts[("b", "guaido")] == 2          # Guaidó, Guaido's
    assert counts[("b", "pompeo")] == 1


def test_outlet_profile_counts_quotes_and_voice(two_outlets):
    text = two_outlets.articles.set_index("article_id").loc["a", "text"]
    s = text.index('"talks')
    quotes = pd.DataFrame([
        ["a", "Alpha", "talks went well", "direct", "Sergei Lavrov", "lavrov", "Russian government", s, s + 17],
        ["a", "Alpha", "talks went", "partial", "Sergei Lavrov", "lavrov", "Russian government", s, s + 11],
        ["a", "Alpha", "Lavrov left", "indirect", "", "", "", 0, 10],
    ], columns=QUOTE_COLUMNS)
    prof = compare.outlet_profile(two_outlets, quotes).set_index("outlet")
    assert prof.loc["Alpha", "quotes"] == 3 and prof.loc["Alpha", "speakers"] == 1
    assert prof.loc["Alpha", "quoted_share"] == pytest.approx(17 / len(text))   # overlap counted once
    assert prof.loc["Alpha", "reported_share"] == pytest.approx(10 / len(text))
    assert prof.loc["Alpha", "voice_Russian government"] == pytest.approx(2 / 3)
    assert prof.loc["Alpha", "voice_unattributed"] == pytest.approx(1 / 3)
    assert prof.loc["Beta", "quotes"] == 0 and prof.loc["Beta", "undated"] == 1
    assert prof.loc["Alpha", "first_date"] == "2019-05-02" and prof.loc["Beta", "first_date"] == ""


def test_seed_mentions_and_profile(corpus):
    m = compare.mentions(corpus)
    cgtn = m[m["article_id"] == article(corpus, "003")["article_id"]].set_index("actor_id")
    assert cgtn.loc["zakharova", "count"] >= 3
    quotes = pd.DataFrame(columns=QUOTE_COLUMNS)
    prof = compare.outlet_profile(corpus, quotes).set_index("outlet")
    assert prof.loc["Xinhua", "articles"] == 2
    assert prof.loc["Xinhua", "datelines"] == "MOSCOW, WASHINGTON"
    assert prof.loc["CGTN", "undated"] == 1


def test_export_tables_have_the_promised_columns_first(corpus):
    for stem, (func, columns) in compare.EXPORTS.items():
        table = func(corpus)
        assert list(table.columns[:len(columns)]) == columns, stem
        assert len(table), stem
