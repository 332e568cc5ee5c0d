"""Contested naming: which camp's name for the event and for each man's status, in whose voice,
tied to the actor it describes."""
import pandas as pd
import pytest

from analysis import study
from analysis.codebooks import CodebookError, load_contests
from analysis.framing.contests import (CONTEST_TERM_COLUMNS, SHARE_COLUMNS, contest_shares,
                                       contested_term_rows)
from analysis.framing.termmatch import normalize
from analysis.text import word_spans

COLUMNS = ["article_id", "outlet", "contest", "side", "term", "voice", "speaker", "sentence",
           "start", "end", "actor_id", "field"]
HEADER = "contest,side,term,match,actor_id,notes\n"


def _rows(text, quotes=None, codebook="contests.csv", headline=""):
    rows = contested_term_rows({"article_id": "a", "outlet": "O", "text": text,
                                "headline": headline}, [], quotes, codebook=codebook)
    out = pd.DataFrame(rows, columns=CONTEST_TERM_COLUMNS)
    source = {"text": text, "headline": headline}
    out["words"] = [source[f][s:e] for f, s, e in zip(out["field"], out["start"], out["end"])]
    return out


def _got(out):
    return out[["words", "contest", "side", "actor_id"]].values.tolist()


def test_columns_are_the_agreed_ones():
    assert CONTEST_TERM_COLUMNS == COLUMNS


def test_wire_story_event_names_and_statuses():
    out = _rows("CARACAS, April 30 (Reuters) - Opposition leader Juan Guaido called on the armed "
                "forces to join Operation Freedom, a military uprising against President Nicolas "
                "Maduro.")
    assert _got(out) == [
        ["Opposition leader", "guaido_status", "neutral", "guaido"],
        ["Operation Freedom", "coup_or_uprising", "opposition_camp", ""],
        ["military uprising", "coup_or_uprising", "opposition_camp", ""],   # one hit, not two
        ["President", "maduro_status", "maduro_camp", "maduro"],
    ]
    assert set(out["voice"]) == {"narrator"} and set(out["speaker"]) == {""}


def test_newspaper_style_longest_match_and_ties_after_the_name():
    out = _rows("Washington has backed Juan Guaidó, the self-proclaimed interim president, since "
                "January. The Maduro regime calls him a puppet. Guaidó, who declared himself "
                "interim president on Jan. 23, says Maduro is a dictator.")
    assert _got(out) == [
        ["self-proclaimed interim president", "guaido_status", "maduro_camp", "guaido"],
        ["regime", "maduro_status", "opposition_camp", "maduro"],
        ["declared himself interim president", "guaido_status", "neutral", "guaido"],
        ["dictator", "maduro_status", "opposition_camp", "maduro"],
    ]
    # "puppet" counts only when tied to Guaidó; "him" is a pronoun, so nothing is tied: no row


def test_state_media_voice_of_a_quoted_coup():
    text = ('Venezuelan President Nicolas Maduro said the failed coup attempt was organised '
            'abroad. "This coup has been defeated," Maduro said.')
    q_start = text.index('"This')
    quotes = [{"start": q_start, "end": text.index(',"') + 2, "speaker": "Nicolás Maduro",
               "kind": "direct"}]
    out = _rows(text, quotes)
    assert out[["words", "side", "voice", "speaker"]].values.tolist() == [
        ["President", "maduro_camp", "narrator", ""],
        ["failed coup attempt", "maduro_camp", "narrator", ""],
        ["coup", "maduro_camp", "quoted", "Nicolás Maduro"],
    ]
    assert out["sentence"].iloc[2] == '"This coup has been defeated," Maduro said.'


@pytest.mark.parametrize("text", [
    "The legitimate president addressed the nation on Tuesday.",     # whose? not said
    "Russian President Vladimir Putin spoke by phone with Pompeo.",  # president of someone else
    "Opposition leader Leopoldo Lopez left the embassy.",             # another opposition leader
    "The regime, Guaido said, is finished.",                          # a comma is no apposition
    "Critics called Trump a dictator and a self-styled strongman.",   # words that fit anyone
])
def test_actor_bound_terms_tied_to_no_one_or_someone_else_give_no_row(text):
    assert _rows(text).empty


def test_recognition_ties_the_status_to_the_name_not_to_the_recogniser():
    out = _rows("The Organization of American States recognized Guaido as the nation's interim "
                "president. The Lima Group, recognizing him as Venezuela's interim president, "
                "met in Lima.")
    assert _got(out) == [
        ["interim president", "guaido_status", "opposition_camp", "guaido"],
        ["interim president", "guaido_status", "opposition_camp", ""],   # "him": never guessed
    ]


def test_headline_names_are_headline_voice_with_headline_offsets():
    headline = "Talks after Failed Coup Attempt in Caracas; Interim President Guaido defiant"
    out = _rows("The opposition leader Juan Guaido called for protests.", headline=headline)
    assert out[["words", "voice", "field", "actor_id"]].values.tolist() == [
        ["Failed Coup Attempt", "headline", "headline", ""],
        ["Interim President", "headline", "headline", "guaido"],
        ["opposition leader", "narrator", "text", "guaido"],
    ]
    first = out.iloc[0]
    assert headline[first["start"]:first["end"]] == "Failed Coup Attempt"
    assert first["sentence"] == headline and first["speaker"] == ""


def test_event_names_are_not_tied_to_actors():
    out = _rows("Maduro coup plotters failed. Guaido uprising ended.")
    assert out["actor_id"].tolist() == ["", ""]


def test_empty_or_missing_codebook_gives_no_rows(tmp_path):
    text = "President Nicolas Maduro denounced the coup."
    header_only = tmp_path / "contests.csv"
    header_only.write_text("# no story, no contests\n" + HEADER, encoding="utf-8")
    assert _rows(text, codebook=header_only).empty
    assert _rows(text, codebook=tmp_path / "missing" / "contests.csv").empty
    assert load_contests(tmp_path / "missing" / "contests.csv").empty


def test_a_study_without_contests_gives_no_rows(tmp_path):
    """A bare study reads the package's contests.csv, which has a header and no rows."""
    with study.active(tmp_path):
        assert load_contests().empty
        assert _rows("President Nicolas Maduro denounced the coup.").empty
        assert contest_shares(pd.DataFrame()).empty


@pytest.mark.parametrize("body, problem", [
    ("c,s,coup,stem,,\nc,t,Coup,stem,,\n", "term 'Coup' repeats line"),
    ("c,s,president,stem,maduro,\nc,t,president,stem,maduro|guaido,\n",
     "term 'president' for actor 'maduro' repeats line"),
    ("c,s,coup,fuzzy,,\n", "'fuzzy' in column 'match'"),
])
def test_codebook_errors_name_file_and_line(tmp_path, body, problem):
    path = tmp_path / "contests.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    with pytest.raises(CodebookError, match=r"contests\.csv:\d+: " + problem):
        load_contests(path)


def test_unknown_actor_is_an_error_at_use(tmp_path):
    path = tmp_path / "contests.csv"
    path.write_text(HEADER + "c,s,president,stem,nobody,\n", encoding="utf-8")
    with pytest.raises(CodebookError, match=r"contests\.csv:2: actor_id 'nobody'"):
        _rows("President Maduro spoke.", codebook=path)


def test_shares_by_outlet_contest_voice_with_n():
    terms = pd.DataFrame({
        "article_id": ["a1", "a1", "a2", "a2", "b1"],
        "outlet": ["A", "A", "A", "A", "B"],
        "contest": ["event"] * 5,
        "side": ["x", "y", "x", "x", "y"],
        "voice": ["narrator", "narrator", "narrator", "quoted", "narrator"],
    })
    out = contest_shares(terms)
    assert list(out.columns) == SHARE_COLUMNS
    got = out[["outlet", "voice", "side", "hits", "n", "share", "articles"]].values.tolist()
    assert got == [["A", "narrator", "x", 2, 3, 2 / 3, 2], ["A", "narrator", "y", 1, 3, 1 / 3, 2],
                   ["A", "quoted", "x", 1, 1, 1.0, 1], ["A", "quoted", "y", 0, 1, 0.0, 1],
                   ["B", "narrator", "x", 0, 1, 0.0, 1], ["B", "narrator", "y", 1, 1, 1.0, 1]]
    # two articles of A, narrator x-shares 1/2 and 2/2: resamples give 2/4, 3/3, 3/4 -> [0.5, 1]
    a_x = out[(out["outlet"] == "A") & (out["voice"] == "narrator") & (out["side"] == "x")]
    assert a_x[["ci_low", "ci_high"]].values.tolist() == [[0.5, 1.0]]
    assert out.loc[out["outlet"] == "B", "ci_low"].isna().all()     # one article: no interval
    assert contest_shares(terms.iloc[0:0]).empty


# --- on the seeds -----------------------------------------------------------------------------

def test_seed_rows_sit_at_their_offsets_and_never_overlap(seed_tables):
    terms, articles = seed_tables.contested_terms, seed_tables.articles
    assert list(terms.columns) == COLUMNS and len(terms) >= 20
    text = {(aid, "text"): t for aid, t in zip(articles["article_id"], articles["text"])}
    text.update({(aid, "headline"): t for aid, t in zip(articles["article_id"], articles["headline"])})
    for r in terms.itertuples():
        words = text[r.article_id, r.field][r.start:r.end]
        assert [normalize(words[s:e]) for s, e in word_spans(words)] == \
            [normalize(r.term[s:e]) for s, e in word_spans(r.term)], (r.term, words)
        assert r.sentence and words in r.sentence
    assert (terms.loc[terms["field"] == "headline", "voice"] == "headline").all()
    assert ("002_738a21872809fd06", "Failed Coup Attempt") in set(zip(
        terms["article_id"], [text[r.article_id, r.field][r.start:r.end] for r in terms.itertuples()]))
    for _, group in terms.sort_values(["article_id", "field", "start"]).groupby(["article_id", "field"]):
        assert (group["start"].iloc[1:].to_numpy() >= group["end"].iloc[:-1].to_numpy()).all()
    book = load_contests()
    assert set(zip(terms["contest"], terms["side"])) <= set(zip(book["contest"], book["side"]))
    assert (terms.loc[terms["voice"] == "narrator", "speaker"] == "").all()


def test_seed_statuses_are_tied_to_maduro_and_guaido(seed_tables):
    terms = seed_tables.contested_terms
    status = terms[terms["contest"] != "coup_or_uprising"]
    tied = status.groupby("contest")["actor_id"].agg(lambda ids: set(ids) - {""})
    assert tied["maduro_status"] == {"maduro"} and tied["guaido_status"] == {"guaido"}
    assert (terms.loc[terms["contest"] == "coup_or_uprising", "actor_id"] == "").all()
