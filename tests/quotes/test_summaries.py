"""Quote summaries on a quote table written here: every count over statements (one speech act
once), expected numbers counted by hand."""
import math

import pandas as pd

from analysis.codebooks import NOT_SPEECH_CLASSES
from analysis.quotes.summaries import (CAMP_SHARE_COLUMNS, camp_shares, nested_rows, speakers_by,
                                       statements, unknown_speakers, verb_classes_by)
from analysis.stats import ratio_ci

LAVROV = ("Sergei Lavrov", "lavrov", "Russian government")
POMPEO = ("Mike Pompeo", "pompeo", "US government")
SMITH = ("John Smith", "name:john_smith", "")
NOBODY = ("", "", "")
# (article, outlet, statement, kind, speaker, quote, start, end, verb_class)
ROWS = [
    ("a1", "A", "a1:s1", "indirect", LAVROV, "one two three four", 0, 18, "neutral"),
    ("a1", "A", "a1:s1", "partial", LAVROV, "three four", 8, 18, "neutral"),
    ("a1", "A", "a1:s2", "direct", SMITH, "five six", 30, 38, "neutral"),
    ("a2", "A", "a2:s1", "direct", POMPEO, "seven eight nine", 0, 16, "distancing"),
    ("a2", "A", "a2:s1", "partial", POMPEO, "ten", 30, 33, "distancing"),
    ("a2", "A", "a2:s2", "partial", LAVROV, "eleven", 40, 46, "distancing"),
    ("a2", "A", "", "mention", NOBODY, "Operation Liberty", 50, 67, ""),
    ("b1", "B", "b1:s1", "indirect", NOBODY, "twelve thirteen", 0, 15, ""),
]
QUOTES = pd.DataFrame([{"article_id": a, "outlet": o, "statement_id": s, "kind": k, "speaker": sp[0],
                        "speaker_id": sp[1], "camp": sp[2], "quote": q, "start": b, "end": e,
                        "verb": "say" if vc else "", "verb_class": vc, "sentence": f"{a}:{b}"}
                       for a, o, s, k, sp, q, b, e, vc in ROWS])
ARTICLES = pd.DataFrame({"article_id": ["a1", "a2", "b1", "b2"], "outlet": ["A", "A", "B", "B"]})


def test_statements_count_each_speech_act_once_and_its_words_once():
    st = statements(QUOTES)
    assert st["statement_id"].tolist() == ["a1:s1", "a1:s2", "a2:s1", "a2:s2", "b1:s1"]
    assert st["words"].tolist() == [4, 2, 4, 1, 2]      # "three four" inside its clause: once
    assert st["kinds"].tolist() == ["indirect+partial", "direct", "direct+partial", "partial",
                                    "indirect"]
    assert st["camp"].tolist()[-1] == "unattributed"


def test_a_topic_named_by_the_outlet_is_a_statement_without_the_speakers_words():
    # "Lavrov discussed the situation in the capital", then 'called the talks "useful"'
    rows = pd.DataFrame([
        {"article_id": "c1", "outlet": "C", "statement_id": "c1:s1", "kind": "indirect",
         "speaker": LAVROV[0], "speaker_id": LAVROV[1], "camp": LAVROV[2], "verb": "discuss",
         "verb_class": "topic", "quote": "the situation in the capital", "start": 17, "end": 45,
         "sentence": "c1:17"},
        {"article_id": "c1", "outlet": "C", "statement_id": "c1:s2", "kind": "partial",
         "speaker": LAVROV[0], "speaker_id": LAVROV[1], "camp": LAVROV[2], "verb": "call",
         "verb_class": "topic", "quote": "useful", "start": 70, "end": 76, "sentence": "c1:60"}])
    st = statements(rows)
    assert st["statement_id"].tolist() == ["c1:s1", "c1:s2"]
    assert st["words"].tolist() == [0, 1]          # words in marks stay the speaker's


def test_camp_shares_are_over_statements_with_zero_camps_and_intervals():
    out = camp_shares(QUOTES, articles=ARTICLES)
    assert list(out.columns) == CAMP_SHARE_COLUMNS
    a = out[out["outlet"] == "A"].set_index("camp")
    # A: 4 statements (not 6 rows): Lavrov twice, Pompeo once, Smith (no camp) once
    assert a["statements"].to_dict() == {"Russian government": 2, "US government": 1,
                                         "unattributed": 1}
    assert a.loc["Russian government", "statement_share"] == 0.5
    assert a.loc["Russian government", "word_share"] == 5 / 11
    assert a.loc["unattributed", "words"] == 2
    # a1 and a2 each give Lavrov 1 of 2 statements: every resample gives 0.5
    assert (a.loc["Russian government", "ci_low"], a.loc["Russian government", "ci_high"]) == (0.5, 0.5)
    # Pompeo: 0 of 2 in a1, 1 of 2 in a2; resamples {a1,a1} 0, {a1,a2} 0.25, {a2,a2} 0.5
    assert (a.loc["US government", "ci_low"], a.loc["US government", "ci_high"]) == (0.0, 0.5)
    assert (a.loc["US government", "ci_low"], a.loc["US government", "ci_high"]) == ratio_ci([0, 1], [2, 2])
    b = out[out["outlet"] == "B"].set_index("camp")
    assert b["statements"].to_dict() == {"Russian government": 0, "US government": 0,
                                         "unattributed": 1}
    assert b.loc["unattributed", "statement_share"] == 1.0       # b2 has no statement
    assert (b.loc["unattributed", "ci_low"], b.loc["unattributed", "ci_high"]) == (1.0, 1.0)
    alone = camp_shares(QUOTES).set_index(["outlet", "camp"])    # B's one article: no interval
    assert math.isnan(alone.loc[("B", "unattributed"), "ci_low"])


def test_camp_shares_of_a_table_without_statement_ids_count_rows():
    old = QUOTES.drop(columns=["statement_id", "article_id"])
    out = camp_shares(old[old["kind"] != "mention"]).set_index(["outlet", "camp"])
    assert out.loc[("A", "Russian government"), "statements"] == 3
    assert camp_shares(QUOTES.iloc[0:0]).columns.tolist() == CAMP_SHARE_COLUMNS


def test_speakers_verb_classes_and_unknown_speakers_count_statements():
    sp = speakers_by(QUOTES)
    assert sp.index[0] == ("Sergei Lavrov", "Russian government")
    assert sp.loc[("Sergei Lavrov", "Russian government"), "A"] == 2
    assert sp.loc[("Mike Pompeo", "US government"), "A"] == 1
    assert sp.loc[("(no speaker found)", "unattributed"), "B"] == 1
    vc = verb_classes_by(QUOTES)
    assert vc.loc["Russian government"].to_dict() == {"distancing": 1, "neutral": 1}
    assert vc.loc["US government", "distancing"] == 1
    unk = unknown_speakers(QUOTES)
    assert unk.to_dict("records") == [{"speaker": "John Smith", "statements": 1, "outlets": "A",
                                       "example": "a1:30"}]


def test_camp_shares_on_the_seeds(seed_tables):
    t = seed_tables
    out = t.camp_shares
    assert list(out.columns) == CAMP_SHARE_COLUMNS
    said = t.quotes[(t.quotes["statement_id"] != "")   # beliefs and stances are no statements
                    & ~t.quotes["verb_class"].isin(NOT_SPEECH_CLASSES)].drop_duplicates("statement_id")
    assert out["statements"].sum() == len(said) < len(t.quotes)
    assert set(out.groupby("outlet").size()) == {out["camp"].nunique()}   # every camp everywhere
    assert all(abs(s - 1) < 1e-9 for s in out.groupby("outlet")["statement_share"].sum())
    shown = out.dropna(subset=["ci_low"])
    assert len(shown) and ((shown["ci_low"] <= shown["statement_share"] + 1e-12)
                           & (shown["statement_share"] <= shown["ci_high"] + 1e-12)).all()
    several = t.articles.groupby("outlet").size().loc[lambda s: s > 1].index
    assert set(shown["outlet"]) == set(several)     # one article says nothing about variation


def test_nested_rows_are_the_rows_inside_another_row_of_their_statement():
    rows = pd.DataFrame([
        # one statement: the reported clause and the partial quote inside it
        {"statement_id": "a:s1", "start": 0, "end": 60},
        {"statement_id": "a:s1", "start": 20, "end": 35},
        # one statement split by its frame: side by side, neither inside the other
        {"statement_id": "a:s2", "start": 70, "end": 90},
        {"statement_id": "a:s2", "start": 100, "end": 120},
        # another speaker's quote inside the first span: another statement, not nested
        {"statement_id": "a:s3", "start": 25, "end": 30},
        # the same span twice in one statement: the second is the nested one
        {"statement_id": "a:s4", "start": 130, "end": 140},
        {"statement_id": "a:s4", "start": 130, "end": 140},
        # a mention (no statement) is never nested
        {"statement_id": "", "start": 40, "end": 45},
    ])
    assert nested_rows(rows).tolist() == [False, True, False, False, False, False, True, False]
    assert nested_rows(rows.iloc[0:0]).tolist() == []


def test_one_person_named_two_ways_in_two_articles_is_one_speaker():
    # one article gives "Barack Obama", another only "President Obama"; two Clintons stay apart
    said = [("x1", "X", "Barack Obama", "name:barack_obama"), ("y1", "Y", "Obama", "name:obama"),
            ("y1", "Y", "Clinton", "name:clinton"), ("x2", "X", "Hillary Clinton", "name:hillary_clinton"),
            ("x2", "X", "Bill Clinton", "name:bill_clinton")]
    quotes = pd.DataFrame([{"article_id": a, "outlet": o, "statement_id": f"{a}:s{k}", "kind": "direct",
                            "speaker": sp, "speaker_id": i, "camp": "", "quote": "words", "start": 10 * k,
                            "end": 10 * k + 5, "verb": "say", "verb_class": "neutral", "sentence": sp}
                           for k, (a, o, sp, i) in enumerate(said)])
    sp = speakers_by(quotes).droplevel("camp")
    assert sp.loc["Barack Obama"].to_dict() == {"X": 1, "Y": 1} and "Obama" not in sp.index
    assert {"Clinton", "Hillary Clinton", "Bill Clinton"} <= set(sp.index)
    unk = unknown_speakers(quotes).set_index("speaker")
    assert unk.loc["Barack Obama", "statements"] == 2 and unk.loc["Barack Obama", "outlets"] == "X, Y"
