"""The shared term matcher: whole words, stems, phrases, longest match, no double counting."""
import pandas as pd

from analysis.framing.termmatch import TermMatcher


def _find(terms, text, modes=None):
    book = pd.DataFrame({"term": terms, "match": modes or ["stem"] * len(terms),
                         "tag": [f"t{i}" for i in range(len(terms))]})
    matcher = TermMatcher(book, payload_cols=["tag"])
    return pd.DataFrame(matcher.find(text), columns=matcher.columns)


def test_inflections_fold_through_the_stemmer():
    hits = _find(["threat"], "Threats and a threat, but not threaten.")
    assert hits["match"].tolist() == ["Threats", "threat"]


def test_possessives_and_curly_apostrophes_fold():
    assert _find(["Russia"], "Russia’s and Russia's troops")["match"].tolist() == [
        "Russia’s", "Russia's"]


def test_whole_words_only():
    assert _find(["coup"], "The coupon was a recoup.").empty


def test_longest_match_wins_and_no_double_counting():
    hits = _find(["coup", "attempted coup"], "an attempted coup, then a coup")
    assert hits["term"].tolist() == ["attempted coup", "coup"]
    assert hits["start"].tolist() == [3, 26]  # "an " = 3 chars; "an attempted coup, then a " = 26


def test_hyphen_and_space_are_the_same_but_punctuation_breaks_a_phrase():
    hits = _find(["so-called"], "the so-called plan and the so called plan")
    assert len(hits) == 2
    assert _find(["coup attempt"], "a coup, attempt").empty


def test_exact_mode_does_not_stem():
    assert _find(["offensive"], "they may offend", ["exact"]).empty
    assert len(_find(["offensive"], "an Offensive on", ["exact"])) == 1


def test_cased_mode_keeps_case_and_does_not_stem():
    hits = _find(["may"], "On May 6 talks may resume; MAY they? It may", ["cased"])
    assert hits["start"].tolist() == [15, 40]   # "On May 6 talks " = 15 chars
    assert _find(["may"], "they mays", ["cased"]).empty


def test_stem_and_exact_terms_in_one_codebook():
    hits = _find(["threat", "Offensive"], "threats of an offensive", ["stem", "exact"])
    assert hits[["term", "tag"]].values.tolist() == [["threat", "t0"], ["Offensive", "t1"]]


def test_offsets_and_payload():
    text = "Moscow denounced “interference in internal affairs”."
    hits = _find(["internal affairs"], text)
    row = hits.iloc[0]
    assert text[row["start"]:row["end"]] == "internal affairs"
    assert row["tag"] == "t0"
