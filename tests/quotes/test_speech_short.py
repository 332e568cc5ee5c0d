"""Reported speech in short or interrupted shapes: an answer or pro-form as the whole content
("46 percent said yes", "Senator Hale said she would"), a subject set off by a longer aside before
a base-form verb ("Fields, along with ..., say"), a proportion "out of" ("nine out of 10 say").

Texts written for these tests in poll-story, wire and newspaper styles.
"""
from .helpers import extract, indirect


def test_answers_and_pro_forms_are_whole_contents():
    rows = indirect("Asked if the plan was legal, 46 percent of voters said yes, compared with "
                    "23 percent who said the agency had broken the law.")
    assert ("yes", "say") in [(q, v) for q, _, v in rows]
    assert any(q == "the agency had broken the law" for q, _, _ in rows)
    assert indirect("Republican senators are split. Senator Ruth Hale said she would.") == [
        ("she would", "Ruth Hale", "say")]
    assert [q for q, _, _ in indirect("And 64 percent call him honest, after 55 percent said so "
                                      "in December.") if q == "so"] == ["so"]
    # poll copy: a contrast after the answer ("said yes while ...") is the reporter's
    rows = indirect("Asked if the mayor was honest, 61 percent of renters said yes while 30 percent "
                    "of owners agreed.")
    assert ("yes", "61 percent of renters", "say") in rows
    # newspaper: "the opposite" stands for the clause as "the same" does
    assert indirect("A year ago, the premier was saying the opposite.") == [
        ("the opposite", "the premier", "say")]


def test_no_pro_form_where_a_clause_goes_on():
    # "said no to the war" is a refusal told by its object; "they would at least consider" and
    # "it was not, and that ..." are clauses that go on
    assert all(q != "no" for q, _, _ in indirect("He said no to the Iraq war in 2002."))
    rows = indirect("Still, 52 percent of voters say they would at least consider voting for him.")
    assert [q for q, _, _ in rows] == ["they would at least consider voting for him"]
    rows = indirect("Asked about the deal, 59 percent said it was not, and that the talks had failed.")
    assert all(q != "it was not" for q, _, _ in rows)


def test_a_longer_aside_between_subject_and_base_verb():
    rows = indirect("Fields, along with Washington Post reporter Ben Terris, say the manager "
                    "yanked her out of the way.")
    assert [(q, v) for q, _, v in rows] == [("the manager yanked her out of the way", "say")]
    rows = indirect("Executives for Mondelez, which made $30 billion in revenue last year, say the "
                    "company will save $46 million a year.")
    assert [(q, v) for q, _, v in rows] == [("the company will save $46 million a year", "say")]


def test_a_proportion_out_of_ten_and_some_at_a_sentence_start():
    rows = indirect("Millennials are upbeat. Nearly nine out of 10 say they will need new skills.")
    assert rows == [("they will need new skills", "Nearly nine out of 10", "say")]
    rows = indirect("The rabbis were divided. Some say they hear echoes of a painful past.")
    assert [(q, v) for q, _, v in rows] == [("they hear echoes of a painful past", "say")]


def test_a_clause_opened_by_a_fronted_aside_or_a_participle_in_its_subject():
    rows = indirect("Union leaders argue that, while the tax may lower premiums, workers won't see "
                    "the savings.")
    assert [q for q, _, _ in rows] == [
        "while the tax may lower premiums, workers won't see the savings"]
    rows = indirect("The Census Bureau says Millennials, numbering 75.3 million, surpassed Baby "
                    "Boomers in 2015.")
    assert [q for q, _, _ in rows] == [
        "Millennials, numbering 75.3 million, surpassed Baby Boomers in 2015"]


def test_a_pronoun_after_said_opens_a_clause_not_an_inverted_speaker():
    rows = indirect("Murphy, though, said he's with Hillary Clinton, who he's supporting in the "
                    "primary.")
    assert [(q, s) for q, s, _ in rows] == [("he's with Hillary Clinton", "Murphy")]


def test_a_challenge_put_to_someone_is_a_speech_act():
    # AP / Politico styles; an electoral or legal challenge, or the adjective, is none
    rows = indirect("Cruz, who has seen his lead evaporate, challenged Trump to a one-on-one "
                    "debate before Monday's caucus.")
    assert [(q, s, v) for q, s, v in rows] == [
        ("Trump to a one-on-one debate before Monday's caucus", "Cruz", "challenge")]
    assert [q for q, _, _ in indirect("When Clinton challenges Sanders on the Obama legacy, she "
                                      "is making a play for black voters.")] == [
        "Sanders on the Obama legacy"]
    for text in ("Ward is challenging McCain for the Arizona seat in the Senate.",
                 "A federal lawsuit was filed in 2012 challenging the city's surveillance program.",
                 "It will prove challenging for Sanders to win any state in the South."):
        assert indirect(text) == [], text


def test_a_mid_sentence_aside_owns_a_clause_holding_only_a_belief():
    # NYT style: the speaker's aside frames the whole sentence, the belief inside it included
    rows = indirect("But without a campaign office, Ms. Gedrich said, she thought she would use "
                    "whatever tool was in front of her.")
    assert ("But without a campaign office, Ms. Gedrich said, she thought she would use whatever "
            "tool was in front of her.", "Gedrich", "say") in rows


def test_a_title_case_headline_verb():
    # a live blog's headlines in title case (HuffPost style)
    rows = indirect("Chris Christie Says He Would Issue A Quarantine Over Zika Virus")
    assert [(q, s) for q, s, _ in rows] == [
        ("He Would Issue A Quarantine Over Zika Virus", "Chris Christie")]
    assert indirect("Senate Leader Blasts Plan") == []   # (an object, no clause: no row)


def test_a_first_person_speaker_keeps_the_pronoun_as_its_mention():
    # a memoir-style op-ed and a newsroom's poll of its readers
    out = extract("I told Megyn Kelly that the government tried to put me away.")
    rows = out[out["kind"] == "indirect"]
    assert [(r.quote, r.speaker, r.speaker_mention, r.verb) for r in rows.itertuples()] == [
        ("the government tried to put me away", "", "I", "tell")]
    assert indirect("We asked our followers which candidate won Thursday's debate.") == [
        ("which candidate won Thursday's debate", "", "ask")]
