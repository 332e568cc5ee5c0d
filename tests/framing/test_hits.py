"""Frame hits with voice on the seeds and on small texts; codebook errors name file and line."""
import os
from itertools import pairwise

import pandas as pd
import pytest

from analysis.codebooks import CodebookError, load_frames
from analysis.framing.hits import (
    HIT_COLUMNS,
    PROFILE_COLUMNS,
    frame_hit_rows,
    framing_profile,
)
from analysis.quotes.rows import QUOTE_COLUMNS, quote_rows

REQUIRED = ["article_id", "outlet", "frame", "term", "voice", "speaker", "sentence", "start", "end"]


def _hits_for(hits, prefix, term):
    return hits[hits["article_id"].str.startswith(prefix) & (hits["term"] == term)]


def _hits(text, quotes=None, codebook="frames.csv"):
    return pd.DataFrame(frame_hit_rows({"article_id": "x", "outlet": "O", "text": text}, [], quotes, codebook),
                        columns=HIT_COLUMNS)


def test_table_has_the_agreed_columns_and_narrators_have_no_speaker(seed_tables):
    hits = seed_tables.framing_hits
    assert list(hits.columns[:len(REQUIRED)]) == REQUIRED and len(hits)
    assert (hits.loc[hits["voice"] == "narrator", "speaker"] == "").all()


def test_defapress_calls_the_government_legitimate_in_its_own_voice(seed_tables):
    rows = _hits_for(seed_tables.framing_hits, "002", "legitimate")
    assert len(rows) >= 1
    assert set(rows["voice"]) == {"narrator"}
    assert rows["sentence"].str.contains("legitimate government").all()


def test_xinhua_has_legitimate_only_inside_lavrovs_quote(seed_tables):
    rows = _hits_for(seed_tables.framing_hits, "000", "legitimate")
    assert len(rows) == 1
    assert set(rows["voice"]) == {"quoted"}
    assert rows["speaker"].str.contains("Lavrov").all()


def test_telesur_says_democratically_elected_itself(seed_tables):
    rows = _hits_for(seed_tables.framing_hits, "004", "democratically elected")
    assert len(rows) == 1 and rows["voice"].iloc[0] == "narrator"


def test_misspelt_falsly_is_an_information_war_hit(seed_tables):
    rows = _hits_for(seed_tables.framing_hits, "004", "falsly")
    assert rows["frame"].tolist() == ["information_war"]


def test_offsets_and_sentence_match_the_article_text(seed_tables):
    articles = seed_tables.articles.set_index("article_id")
    for row in seed_tables.framing_hits.itertuples():
        assert articles.loc[row.article_id, row.field][row.start:row.end] == row.match
        assert row.match in row.sentence


def test_voice_comes_from_the_articles_quotes():
    text = 'Lavrov said: "We back the legitimate president." The legitimate government stands.'
    quotes = [{"start": 13, "end": 49, "speaker": "Lavrov", "kind": "direct"}]
    out = _hits(text, quotes)
    assert out[["voice", "speaker", "quote_kind"]].values.tolist() == [
        ["quoted", "Lavrov", "direct"], ["narrator", "", ""]]
    assert set(_hits(text, None)["voice"]) == {"narrator"}


def test_sentence_comes_from_the_given_sentences_or_the_splitter():
    text = "Talks stalled. The legitimate government stands."
    row = frame_hit_rows({"article_id": "x", "outlet": "O", "text": text}, [{"start": 0, "end": 14}, {"start": 15, "end": 48}])[0]
    assert row[HIT_COLUMNS.index("sentence")] == "The legitimate government stands."
    assert _hits(text)["sentence"].tolist() == ["The legitimate government stands."]


def _article_hits(text, headline="", paragraphs=None):
    """Frame hits of a text with the voices the real quote step gives it."""
    article = {"article_id": "x", "outlet": "O", "text": text, "headline": headline}
    quotes = [dict(zip(QUOTE_COLUMNS, q)) for q in quote_rows(article)]
    return pd.DataFrame(frame_hit_rows(article, [], quotes, paragraphs=paragraphs),
                        columns=HIT_COLUMNS)


@pytest.mark.parametrize("text, phrase", [
    ("Opposition leader Juan Guaido declared himself interim president in January.",
     "declared himself interim president"),
    ("In January Guaido proclaimed himself as the interim president of the country.",
     "proclaimed himself as the interim president"),
    ("Guaido, who declared himself the country's interim president, spoke on Tuesday.",
     "declared himself the country's interim president"),
    ("Fifty countries have recognized him as Venezuela's interim president since then.",
     "recognized him as Venezuela's interim president"),
    ("Most EU states also recognized Guaido as Venezuela's interim president on Monday.",
     "recognized Guaido as Venezuela's interim president"),
])
def test_a_frame_word_and_its_complement_are_one_hit(text, phrase):
    hits = _article_hits(text)
    assert hits["match"].tolist() == [phrase]
    assert hits["frame"].tolist() == ["legitimacy"]


def test_frame_words_side_by_side_without_a_complement_stay_two_hits():
    text = ("Moscow condemned interference in the sovereign state's internal affairs. "
            "Guaido was recognized. The interim president spoke later.")
    assert _article_hits(text)["match"].tolist() == [
        "interference", "sovereign", "internal affairs", "recognized", "interim president"]


def test_no_two_hits_of_one_frame_overlap_on_the_seeds(seed_tables):
    hits = seed_tables.framing_hits
    for _, group in hits.groupby(["article_id", "field", "frame"]):
        spans = sorted(zip(group["start"], group["end"]))
        assert all(end <= start for (_, end), (start, _) in pairwise(spans))


def test_the_seven_self_designations_and_recognitions_count_once_on_the_seeds(seed_tables):
    hits = seed_tables.framing_hits
    joined = hits[hits["term"].str.contains(" + ", regex=False)]
    assert len(joined) == 7 and set(joined["frame"]) == {"legitimacy"}
    assert "declared himself the country's interim president" in joined["match"].tolist()
    assert "recognized him as Venezuela's interim president" in joined["match"].tolist()


def test_headline_hits_are_found_with_offsets_into_the_headline():
    headline = "Russia calls for dialogue after failed coup in Caracas"
    hits = _article_hits("Talks went on.", headline=headline)
    assert hits["match"].tolist() == ["dialogue", "failed coup"]
    assert set(hits["voice"]) == {"headline"} and set(hits["field"]) == {"headline"}
    assert [headline[s:e] for s, e in zip(hits["start"], hits["end"])] == hits["match"].tolist()
    assert set(hits["sentence"]) == {headline} and set(hits["speaker"]) == {""}


def test_subhead_hits_are_headline_voice_with_offsets_into_the_text():
    text = "Talks went on.\n\nVenezuela crisis\n\nThe crisis deepened on Monday."
    paragraphs = [{"role": "body", "start": 0, "end": 14},
                  {"role": "subhead", "start": 16, "end": 32},
                  {"role": "body", "start": 34, "end": len(text)}]
    hits = _article_hits(text, paragraphs=paragraphs)
    assert hits[["voice", "field", "start"]].values.tolist() == [
        ["headline", "text", 26], ["narrator", "text", 38]]


def test_headline_hits_on_the_seeds(seed_tables):
    hits = seed_tables.framing_hits
    heads = hits[hits["field"] == "headline"]
    assert (heads["voice"] == "headline").all()
    defapress = heads[heads["article_id"].str.startswith("002")]
    assert defapress["match"].tolist() == ["Failed Coup"]
    titles = dict(zip(seed_tables.articles["article_id"], seed_tables.articles["headline"]))
    assert all(titles[r.article_id][r.start:r.end] == r.match for r in heads.itertuples())
    subhead = hits[hits["article_id"].str.startswith("003") & (hits["field"] == "text")
                   & (hits["voice"] == "headline")]
    assert subhead["sentence"].str.startswith("Venezuela crisis").all() and len(subhead) == 1


def _words(rows):
    return pd.DataFrame(rows, columns=["article_id", "outlet", "voice", "words"])


def test_framing_profile_divides_each_voice_by_its_own_words():
    hits = pd.DataFrame({"article_id": ["a1", "a1", "a2", "b1"],
                         "frame": ["legitimacy"] * 4,
                         "voice": ["narrator", "quoted", "narrator", "headline"]})
    words = _words([("a1", "A", "narrator", 300), ("a1", "A", "quoted", 200), ("a1", "A", "headline", 10),
                    ("a2", "A", "narrator", 700), ("a2", "A", "quoted", 0), ("a2", "A", "headline", 10),
                    ("b1", "B", "narrator", 400), ("b1", "B", "quoted", 0), ("b1", "B", "headline", 8)])
    prof = framing_profile(hits, words, frames=["legitimacy", "dialogue"])
    assert list(prof.columns) == PROFILE_COLUMNS
    prof = prof.set_index(["outlet", "frame", "voice"])
    # A: 2 narrator hits / 1,000 narrator words; 1 quoted hit / 200 quoted words
    assert prof.loc[("A", "legitimacy", "narrator"), ["hits", "words", "articles"]].tolist() == [2, 1000, 2]
    assert prof.loc[("A", "legitimacy", "narrator"), "per_1000"] == pytest.approx(2.0)
    assert prof.loc[("A", "legitimacy", "quoted"), "per_1000"] == pytest.approx(5.0)
    assert prof.loc[("A", "legitimacy", "headline"), "per_1000"] == pytest.approx(0.0)
    assert prof.loc[("B", "legitimacy", "headline"), "per_1000"] == pytest.approx(125.0)
    assert prof.loc[("A", "dialogue", "narrator"), "hits"] == 0          # every frame listed
    assert pd.isna(prof.loc[("B", "legitimacy", "quoted"), "per_1000"])   # no quoted words
    # one article: no interval; two: the bootstrap over a1, a2 (rates 1/300 and 1/700 or both)
    assert pd.isna(prof.loc[("B", "legitimacy", "narrator"), "ci_low"])
    low, high = prof.loc[("A", "legitimacy", "narrator"), ["ci_low", "ci_high"]]
    assert low == pytest.approx(1000 / 700) and high == pytest.approx(1000 / 300)


def test_framing_profile_on_the_seeds_counts_every_word_once(seed_tables):
    prof, articles = seed_tables.framing_profile, seed_tables.articles
    assert list(prof.columns) == PROFILE_COLUMNS
    one_frame = prof[prof["frame"] == prof["frame"].iloc[0]]
    body = one_frame[one_frame["voice"] != "headline"].groupby("outlet")["words"].sum()
    headline_words = one_frame[one_frame["voice"] == "headline"].set_index("outlet")["words"]
    n_words = articles.groupby("outlet")["n_words"].sum()
    titles = articles.assign(h=articles["headline"].str.split().str.len()).groupby("outlet")["h"].sum()
    subheads = {"CGTN": 2 + 3}   # "Venezuela crisis", "Russia Vs U.S."
    for outlet in n_words.index:
        assert body[outlet] + headline_words[outlet] - titles[outlet] == n_words[outlet]
        assert headline_words[outlet] == titles[outlet] + subheads.get(outlet, 0)
    hits = seed_tables.framing_hits
    counted = prof.groupby(["outlet", "frame", "voice"])["hits"].sum()
    assert counted.sum() == len(hits)
    assert (prof["articles"] == prof["outlet"].map(articles.groupby("outlet").size())).all()


def test_xinhua_coup_rate_in_its_own_voice_is_one_hit_over_its_narrator_words(seed_tables):
    prof = seed_tables.framing_profile.set_index(["outlet", "frame", "voice"])
    row = prof.loc[("Xinhua", "coup_regime_change", "narrator")]
    assert row["hits"] == 1 and row["articles"] == 2
    assert row["per_1000"] == pytest.approx(1000 / row["words"])
    assert row["ci_low"] == 0.0 and row["ci_high"] > row["per_1000"]


def test_frames_codebook_loads_and_covers_the_frames():
    book = load_frames()
    assert {"legitimacy", "coup_regime_change", "sovereignty_intervention", "aggression_threat",
            "dialogue_peace", "sanctions_pressure", "destabilization",
            "information_war"} <= set(book["frame"])


def test_malformed_frames_row_names_file_and_line(tmp_path):
    bad = tmp_path / "frames.csv"
    bad.write_text("# comment\nframe,term,match,notes\nlegitimacy,legitimate,stem,\n"
                   "coup,oust,stem\n", encoding="utf-8")
    with pytest.raises(CodebookError, match=r"frames\.csv:4: expected 4 cells"):
        load_frames(bad)


def test_bad_match_mode_and_repeated_term_are_errors(tmp_path):
    bad = tmp_path / "frames.csv"
    bad.write_text("frame,term,match,notes\nlegitimacy,legitimate,fuzzy,\n", encoding="utf-8")
    with pytest.raises(CodebookError, match=r"frames\.csv:2: 'fuzzy' in column 'match'"):
        load_frames(bad)
    bad.write_text("frame,term,match,notes\na,so-called,stem,\nb,so called,stem,\n",
                   encoding="utf-8")
    with pytest.raises(CodebookError, match=r"frames\.csv:3: term 'so called' repeats line 2"):
        load_frames(bad)


def test_an_edited_codebook_is_read_again(tmp_path):
    book = tmp_path / "frames.csv"
    book.write_text("frame,term,match,notes\nlegitimacy,legitimate,stem,\n", encoding="utf-8")
    assert _hits("A legitimate coup.", codebook=book)["term"].tolist() == ["legitimate"]
    book.write_text("frame,term,match,notes\ncoup,coup,stem,\n", encoding="utf-8")
    stat = book.stat()
    os.utime(book, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    assert _hits("A legitimate coup.", codebook=book)["term"].tolist() == ["coup"]


def test_framing_profile_without_any_hit_lists_zero_rates():
    hits = pd.DataFrame(columns=["article_id", "frame", "voice"])
    words = _words([("a1", "A", "narrator", 50), ("a1", "A", "quoted", 0), ("a1", "A", "headline", 5)])
    prof = framing_profile(hits, words, frames=["dialogue"])
    assert prof["hits"].tolist() == [0, 0, 0] and prof["per_1000"].tolist()[0] == 0.0
    assert framing_profile(hits, _words([]), frames=["dialogue"]).empty
