"""Frame hits with voice on the seeds and on small texts; codebook errors name file and line."""
import pandas as pd
import pytest

from analysis.codebooks import CodebookError
from analysis.framing.hits import frame_hits_article, frame_profile, framing_hits, load_frames



@pytest.fixture(scope="module")
def hits(corpus):
    return framing_hits(corpus)


def _hits_for(hits, prefix, term):
    return hits[hits["article_id"].str.startswith(prefix) & (hits["term"] == term)]


def test_defapress_calls_the_government_legitimate_in_its_own_voice(hits):
    rows = _hits_for(hits, "002", "legitimate")
    assert len(rows) >= 1
    assert set(rows["voice"]) == {"narrator"}
    assert rows["sentence"].str.contains("legitimate government").all()


def test_xinhua_has_legitimate_only_inside_lavrovs_quote(hits):
    rows = _hits_for(hits, "000", "legitimate")
    assert len(rows) == 1
    assert set(rows["voice"]) == {"quoted"}


def test_xinhua_legitimate_is_attributed_to_lavrov(hits):
    pytest.importorskip("analysis.quotes")
    rows = _hits_for(hits, "000", "legitimate")
    assert rows["speaker"].str.contains("Lavrov").all()


def test_telesur_says_democratically_elected_itself(hits):
    rows = _hits_for(hits, "004", "democratically elected")
    assert len(rows) == 1 and rows["voice"].iloc[0] == "narrator"


def test_misspelt_falsly_is_an_information_war_hit(hits):
    rows = _hits_for(hits, "004", "falsly")
    assert rows["frame"].tolist() == ["information_war"]


def test_offsets_and_sentence_match_the_article_text(corpus, hits):
    texts = dict(zip(corpus.articles["article_id"], corpus.articles["text"]))
    for row in hits.itertuples():
        assert texts[row.article_id][row.start:row.end] == row.match
        assert row.match in row.sentence


def test_voice_comes_from_any_quote_table():
    text = 'Lavrov said: "We back the legitimate president." The legitimate government stands.'
    art = pd.Series({"article_id": "x", "outlet": "O", "text": text})
    quotes = pd.DataFrame({"article_id": ["x"], "start": [13], "end": [49], "speaker": ["Lavrov"]})
    out = frame_hits_article(art, pd.DataFrame(), quotes)
    assert out[["voice", "speaker"]].values.tolist() == [["quoted", "Lavrov"], ["narrator", ""]]


def test_frame_profile_counts_per_1000_words():
    hits = pd.DataFrame({"outlet": ["A", "A", "B"], "frame": ["legitimacy"] * 3,
                         "voice": ["narrator", "quoted", "narrator"]})
    articles = pd.DataFrame({"outlet": ["A", "B"], "n_words": [500, 2000]})
    prof = frame_profile(hits, articles).set_index(["outlet", "frame", "voice"])
    assert prof.loc[("A", "legitimacy", "narrator"), "per_1000"] == pytest.approx(2.0)
    assert prof.loc[("B", "legitimacy", "narrator"), "per_1000"] == pytest.approx(0.5)
    assert prof.loc[("B", "legitimacy", "quoted"), "hits"] == 0


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
    import os
    book = tmp_path / "frames.csv"
    book.write_text("frame,term,match,notes\nlegitimacy,legitimate,stem,\n", encoding="utf-8")
    art = pd.Series({"article_id": "x", "outlet": "O", "text": "A legitimate coup."})
    assert frame_hits_article(art, pd.DataFrame(), None, book)["term"].tolist() == ["legitimate"]
    book.write_text("frame,term,match,notes\ncoup,coup,stem,\n", encoding="utf-8")
    stat = book.stat()
    os.utime(book, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    assert frame_hits_article(art, pd.DataFrame(), None, book)["term"].tolist() == ["coup"]
