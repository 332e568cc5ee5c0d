"""Hedges, distancing words and scare quotes, with their targets."""
import pandas as pd
import pytest

from analysis.codebooks import CodebookError, load_hedges
from analysis.framing.hedges import HEDGE_COLUMNS, hedge_rows

REQUIRED = ["article_id", "outlet", "marker", "kind", "target", "sentence", "start", "end"]


def _hedges(text, quotes=None):
    return pd.DataFrame(hedge_rows({"article_id": "x", "outlet": "O", "text": text}, [], quotes), columns=HEDGE_COLUMNS)


def test_table_has_the_agreed_columns_and_narrators_have_no_speaker(seed_tables):
    hedges = seed_tables.hedges
    assert list(hedges.columns[:len(REQUIRED)]) == REQUIRED and len(hedges)
    assert (hedges.loc[hedges["voice"] == "narrator", "speaker"] == "").all()


def test_reportedly_targets_the_rest_of_the_clause():
    out = _hedges("Guaido reportedly called on the military to rise; the army stayed.")
    assert out[["marker", "kind", "target"]].values.tolist() == [
        ["reportedly", "hedge", "called on the military to rise"]]


def test_misspelling_counts_as_its_word_through_the_codebook():
    out = _hedges("Pompeo was falsly telling U.S. media outlets that Maduro fled.")
    row = out.iloc[0]
    assert (row["marker"], row["term"], row["kind"]) == ("falsely", "falsly", "discrediting")
    assert row["target"] == "telling U.S. media outlets that Maduro fled"


def test_claims_target_the_that_clause_or_the_quote_before():
    out = _hedges('She rejected claims that the president was leaving. '
                  '"Russia is interfering," claimed Pompeo.')
    assert out.loc[out["kind"] == "distancing", "target"].tolist() == [
        "the president was leaving", "Russia is interfering"]


def test_a_claim_a_clause_away_from_a_quotation_bears_on_its_own_object():
    out = _hedges('"We mourn the victims of this attack," the former governor tweeted the day after '
                  'a man claiming allegiance to the group killed 49 people.')
    assert out.loc[out["kind"] == "distancing", "target"].tolist() == [
        "allegiance to the group killed 49 people"]


def test_scare_quote_only_without_a_speech_act():
    text = 'It recognized him as "interim president" and he was "very small," Lopez said.'
    no_quotes = _hedges(text)
    assert no_quotes.loc[no_quotes["kind"] == "scare_quote", "target"].tolist() == [
        "interim president", "very small"]
    said = [{"start": text.index('"very'), "end": text.index(',"') + 2, "speaker": "Lopez",
             "verb": "said"}]
    with_quotes = _hedges(text, said)
    assert with_quotes.loc[with_quotes["kind"] == "scare_quote", "target"].tolist() == [
        "interim president"]


def test_scare_quote_voice_is_the_quotation_around_it():
    text = 'Lopez said the so-named "interim president" had failed, the aide added.'
    around = [{"start": 11, "end": 54, "speaker": "Lopez", "kind": "indirect", "verb": ""},
              {"start": 24, "end": 43, "speaker": "", "kind": "partial", "verb": ""}]
    scare = _hedges(text, around).query("kind == 'scare_quote'")
    assert scare[["target", "voice", "speaker"]].values.tolist() == [
        ["interim president", "quoted", "Lopez"]]


def test_whole_sentence_quotes_and_long_quotes_are_not_scare_quotes():
    out = _hedges('"Yes, agreed." He said "we will not accept any pressure from abroad."')
    assert (out["kind"] != "scare_quote").all()


def test_seed_hedges(seed_tables):
    out = seed_tables.hedges
    tele = out[out["article_id"].str.startswith("004")]
    assert "falsely" in set(tele["marker"])
    xin = out[out["article_id"].str.startswith("000") & (out["marker"] == "reportedly")]
    assert xin["target"].str.startswith("called on the Venezuelan people").all() and len(xin)


def test_bad_hedge_kind_names_file_and_line(tmp_path):
    bad = tmp_path / "hedges.csv"
    bad.write_text("term,marker,kind,target,match,notes\nreportedly,reportedly,vague,clause,exact,\n",
                   encoding="utf-8")
    with pytest.raises(CodebookError, match=r"hedges\.csv:2: 'vague' in column 'kind'"):
        load_hedges(bad)


def test_phrase_target_stops_before_a_function_word():
    out = _hedges("Maduro said the so-called coup attempt was defeated.")
    assert out[["marker", "target"]].values.tolist() == [["so-called", "coup attempt"]]


@pytest.mark.parametrize("text, target", [
    ('The so-called "rebalancing measures" would take effect in June.', "rebalancing measures"),
    ("Brussels announced so-called “rebalancing measures” on Friday.", "rebalancing measures"),
    ("The so-called ‘Lima Group’ met again.", "Lima Group"),
])
def test_so_called_before_a_quotation_targets_the_quotation(text, target):
    out = _hedges(text)
    row = out[out["marker"] == "so-called"].iloc[0]
    assert row["target"] == target and text[row["target_start"]:row["target_end"]] == target


def test_every_marker_has_a_target_or_says_it_has_none():
    out = _hedges("He called the plan so-called. Critics called it, allegedly.")
    assert len(out) == 2
    for row in out.itertuples():
        assert (row.target != "") or (row.target_start == row.target_end == -1)
    assert out.loc[out["marker"] == "so-called", "target"].tolist() == [""]


@pytest.mark.parametrize("text, marker, target", [
    ("Lavrov and Pompeo might meet on the sidelines next week.", "might",
     "meet on the sidelines next week"),
    ("Further aggressive steps may lead to the gravest of consequences.", "may",
     "lead to the gravest of consequences"),
    ("The continuation of aggressive steps could result in grave consequences.", "could",
     "result in grave consequences"),
    ("Lavrov and Arreaza are expected to focus on Washington's pressure.", "expected to",
     "focus on Washington's pressure"),
    ("The talks were expected to last two days, officials said.", "expected to",
     "last two days, officials said"),
    ('"We must get back to dialogue," Arreaza was quoted by Tass news agency as saying.',
     "quoted as saying", "We must get back to dialogue"),
    ("The ministry was quoted as saying that the talks went well.", "quoted as saying",
     "the talks went well"),
    ("The army allegedly fired on protesters in Caracas.", "allegedly",
     "fired on protesters in Caracas"),
])
def test_modal_and_second_hand_hedges(text, marker, target):
    out = _hedges(text)
    assert [marker, "hedge", target] in out[["marker", "kind", "target"]].values.tolist()


def test_the_month_may_is_not_a_modal():
    out = _hedges("Talks began on May 6 and, in May, the envoy may return. MAY DAY rally held.")
    assert out["marker"].tolist() == ["may"] and out["term"].tolist() == ["may"]


def test_a_target_inside_a_quotation_ends_with_it():
    out = _hedges('"We must talk, probably during talks in Finland," Arreaza was quoted as saying.')
    assert out.loc[out["marker"] == "probably", "target"].tolist() == ["during talks in Finland"]


def test_words_a_speech_verb_introduces_are_no_scare_quote_with_a_comma_inside_the_marks():
    # issue 14: the quote step's row ends before the comma inside the marks
    from analysis.quotes.rows import QUOTE_COLUMNS, quote_rows
    for text in ('Trump told Russia "to get out," Pompeo said.',
                 'The senator told reporters "to wait and see," and left the room.'):
        rows = [dict(zip(QUOTE_COLUMNS, r)) for r in
                quote_rows({"article_id": "x", "outlet": "O", "text": text})]
        assert any(r["verb"] for r in rows)
        assert (_hedges(text, rows)["kind"] != "scare_quote").all()
