"""Outlet profile: size, dates, datelines, quoted and reported shares, voice by camp."""
import pandas as pd
import pytest

from analysis.compare.profile import outlet_profile

QUOTE_COLUMNS = ["article_id", "outlet", "quote", "kind", "speaker", "speaker_id", "camp", "start",
                 "end"]


def test_outlet_profile_counts_quotes_and_voice(write_corpus):
    corpus = write_corpus({
        "a": ("Alpha", "2019-05-02", "Sergey Lavrov met Sergei Lavrov's deputy Riabkov; he said "
              "\"talks went well\" and Lavrov left for Moscow on the same afternoon."),
        "b": ("Beta", "", "Juan Guaidó and Guaido's aides spoke to Pompeo about the vote, "
              "according to people close to the talks in the capital."),
    })
    text = corpus.articles.set_index("article_id").loc["a", "text"]
    s = text.index('"talks')
    quotes = pd.DataFrame([
        ["a", "Alpha", "talks went well", "direct", "Sergei Lavrov", "lavrov", "Russian government", s, s + 17],
        ["a", "Alpha", "talks went", "partial", "Sergei Lavrov", "lavrov", "Russian government", s, s + 11],
        ["a", "Alpha", "Lavrov left", "indirect", "", "", "", 0, 10],
    ], columns=QUOTE_COLUMNS)
    prof = outlet_profile(corpus.articles, quotes).set_index("outlet")
    assert prof.loc["Alpha", "quotes"] == 3 and prof.loc["Alpha", "speakers"] == 1
    assert prof.loc["Alpha", "quoted_share"] == pytest.approx(17 / len(text))   # overlap counted once
    assert prof.loc["Alpha", "reported_share"] == pytest.approx(10 / len(text))
    assert prof.loc["Alpha", "voice_Russian government"] == pytest.approx(2 / 3)
    assert prof.loc["Alpha", "voice_unattributed"] == pytest.approx(1 / 3)
    assert prof.loc["Beta", "quotes"] == 0 and prof.loc["Beta", "undated"] == 1
    assert prof.loc["Alpha", "first_date"] == "2019-05-02" and prof.loc["Beta", "first_date"] == ""
    # a belief's content ("people close to the talks" believe ...) is no reported speech
    b = corpus.articles.set_index("article_id").loc["b", "text"]
    belief = pd.DataFrame([["b", "Beta", "Guaidó's aides spoke", "indirect", "", "", "", 0, 20,
                            "belief"]], columns=QUOTE_COLUMNS + ["verb_class"])
    said = belief.assign(verb_class="neutral")
    assert outlet_profile(corpus.articles, belief).set_index("outlet").loc["Beta", "reported_share"] == 0
    assert outlet_profile(corpus.articles, said).set_index("outlet").loc[
        "Beta", "reported_share"] == pytest.approx(20 / len(b))


def test_seed_profile(corpus):
    prof = outlet_profile(corpus.articles, pd.DataFrame(columns=QUOTE_COLUMNS)).set_index("outlet")
    assert prof.loc["Xinhua", "articles"] == 2
    assert prof.loc["Xinhua", "datelines"] == "MOSCOW, WASHINGTON"
    assert prof.loc["CGTN", "undated"] == 1
    assert list(prof.index) == sorted(prof.index, key=str.casefold)


def test_shares_carry_an_interval_over_articles(write_corpus):
    # two articles of one outlet: one half quoted, one not quoted at all. Resampling the two
    # articles gives 0 (b twice), the share (a and b) or 1/2 (a twice): the 95% interval runs
    # from 0 to 1/2 around the pooled share; one article alone has no interval
    words = "The minister spoke at length in the capital on Monday."
    corpus = write_corpus({"a": ("Alpha", "2019-05-02", words + " " + words),
                           "b": ("Alpha", "2019-05-03", words + " " + words),
                           "c": ("Beta", "2019-05-03", words)})
    texts = corpus.articles.set_index("article_id")["text"]
    half = len(texts["a"]) // 2
    quotes = pd.DataFrame([["a", "Alpha", texts["a"][:half], "direct", "X", "", "", 0, half]],
                          columns=QUOTE_COLUMNS)
    prof = outlet_profile(corpus.articles, quotes).set_index("outlet")
    alpha = prof.loc["Alpha"]
    assert alpha["quoted_share"] == pytest.approx(half / (len(texts["a"]) + len(texts["b"])))
    assert alpha["quoted_ci_low"] == 0 and alpha["quoted_ci_high"] == pytest.approx(half / len(texts["a"]))
    assert alpha["reported_ci_low"] == alpha["reported_ci_high"] == 0
    assert pd.isna(prof.loc["Beta", "quoted_ci_low"]) and pd.isna(prof.loc["Beta", "quoted_ci_high"])
