"""Frame hits with voice on the seeds and on small texts; codebook errors name file and line."""
import os

import pandas as pd
import pytest

from analysis.codebooks import CodebookError, load_frames
from analysis.framing.hits import HIT_COLUMNS, frame_hit_rows, frame_profile

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
    texts = dict(zip(seed_tables.articles["article_id"], seed_tables.articles["text"]))
    for row in seed_tables.framing_hits.itertuples():
        assert texts[row.article_id][row.start:row.end] == row.match
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


def test_frame_profile_counts_per_1000_words():
    hits = pd.DataFrame({"outlet": ["A", "A", "B"], "frame": ["legitimacy"] * 3,
                         "voice": ["narrator", "quoted", "narrator"]})
    articles = pd.DataFrame({"outlet": ["A", "B"], "n_words": [500, 2000]})
    prof = frame_profile(hits, articles).set_index(["outlet", "frame", "voice"])
    assert prof.loc[("A", "legitimacy", "narrator"), "per_1000"] == pytest.approx(2.0)
    assert prof.loc[("B", "legitimacy", "narrator"), "per_1000"] == pytest.approx(0.5)
    assert prof.loc[("B", "legitimacy", "quoted"), "hits"] == 0
    assert prof.loc[("A", "information_war", "quoted"), "hits"] == 0   # every codebook frame


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
