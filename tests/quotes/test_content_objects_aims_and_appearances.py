"""Content shapes of 2 Dec 2026 (cont27): what a stance or topic object is called ("derided it as
poll-tested caution"), and an attitude's object holding a relative clause ("critical of the man who
is leading the race"). Sentences written for these tests in wire, newspaper and feature styles."""
from .helpers import extract, indirect


def _rows(text, verb):
    return [(q, s) for q, s, v in indirect(text) if v == verb]


def test_a_stance_object_keeps_what_it_is_called_after_as():
    assert _rows("Opposition lawmakers derided the budget as an election-year gimmick.", "deride") \
        == [("the budget as an election-year gimmick", "Opposition lawmakers")]
    assert _rows("Ms. Okafor, speaking in Lagos, mocked Mr. Bello as a newcomer who reads from cue "
                 "cards.", "mock") == [("Mr. Bello as a newcomer who reads from cue cards", "Okafor")]
    assert _rows("The minister cited the figures as evidence of a recovery, and left the podium.",
                 "cite") == [("the figures as evidence of a recovery", "The minister")]


def test_as_opening_a_clause_or_naming_the_holders_office_is_no_part_of_the_object():
    assert _rows("Ms. Okafor opposed it as a senator and still does.", "oppose") == \
        [("it", "Okafor")]
    assert _rows("Mr. Bello praised Ms. Ruiz and thanked her as the crowd cheered.", "thank") == \
        [("her", "Bello")]
    assert _rows("Gov. Tom Reyes endorsed Ms. Ruiz as well.", "endorse") == [("Ms. Ruiz", "Tom Reyes")]


def test_an_attitude_object_runs_through_its_relative_clause():
    assert _rows("Mayor Dana Whitfield was especially critical of the council member who is "
                 "leading the recall.", "critical") == \
        [("the council member who is leading the recall", "Dana Whitfield")]
    assert _rows("Throughout the hearing, Mr. Osei was visibly unhappy with the way he was being "
                 "questioned by the committee.", "unhappy") == \
        [("the way he was being questioned by the committee", "Osei")]
    assert _rows("Lena Marsh isn't worried about the string of defeats she's suffered this spring.",
                 "worried") == [("the string of defeats she's suffered this spring", "Lena Marsh")]


def test_an_attitude_object_still_ends_before_the_sentences_predicate():
    rows = _rows("Residents angry about the plant closure that was announced in May have organized "
                 "a march.", "angry")
    assert [q for q, _ in rows] in ([], ["the plant closure that was announced in May"])
    assert extract("Granted, I am more vocal about it than he is.").quote.tolist() != \
        ["it than he is"]


def test_a_lone_noun_of_an_act_or_state_is_a_stance_object():
    assert _rows("Gov. Ana Pryce opposes abortion.", "oppose") == [("abortion", "Ana Pryce")]
    assert _rows("Only in Kent did a majority of farmers support consolidation.", "support") == \
        [("consolidation", "a majority of farmers")]
    assert _rows("Senator Obi Nwosu, who is seeking re-election, toured the port.", "seek") == \
        [("re-election", "Obi Nwosu")]


def test_a_lone_singular_word_of_another_kind_is_still_no_object():
    assert _rows("The mayor backed down.", "back") == []
    assert _rows("Lena Marsh supported Tuesday.", "support") == []


def test_an_appearance_told_by_an_adjective_ends_with_it():
    rows = [(q, v) for q, s, v in indirect("She sounded exhausted in her speech in Leeds on Friday.")]
    assert rows == [("She sounded exhausted", "sounded")]
    rows = [(q, v) for q, s, v in indirect("The minister appears somewhat uneasy whenever the audit "
                                           "comes up.")]
    assert rows == [("The minister appears somewhat uneasy", "appears")]
    rows = [(q, v) for q, s, v in indirect("Several deputies appeared ready to break with the "
                                           "coalition.")]
    assert rows == [("Several deputies appeared ready to break with the coalition", "appeared")]


def test_sounding_is_no_appearance_without_an_adjective():
    assert indirect("Ms. Lee sounded the alarm over the budget.") == []
    assert indirect("The band sounded great.") == []


def test_a_repute_or_expectation_told_by_a_participle_with_no_copula():
    rows = [(q, s, v) for q, s, v in indirect(
        "The mayor met leaders of a neighbourhood known to be wary of the new stadium.")]
    assert rows == [("a neighbourhood known to be wary of the new stadium", "", "known")]
    rows = [(q, s, v) for q, s, v in indirect(
        "A lender known for its tough terms is backing the port.")
        if v == "known"]
    assert rows == [("A lender known for its tough terms", "", "known")]
    rows = [(q, s, v) for q, s, v in indirect(
        "Voters in Ohio, a state long known for picking winners, turned out early.")]
    assert rows == [("a state long known for picking winners", "", "known")]


def test_a_participle_after_a_copula_or_conjunction_stays_the_hedged_predicates():
    rows = [(q, v) for q, s, v in indirect("The envoy will speak in Rome but is not expected to meet "
                                           "the pope.")]
    assert rows == [("to meet the pope", "expected")]
    assert indirect("Praised by her rivals and widely expected to win, she stayed home.") == []


def test_an_aim_ends_before_a_clause_with_its_own_subject():
    rows = [(q, v) for q, s, v in indirect("Ms. Adeyemi refused to take questions as she left the "
                                           "hearing on Monday.") if v == "refuse"]
    assert rows == [("to take questions", "refuse")]
    rows = [(q, v) for q, s, v in indirect("The governor decided not to run again and he "
                                           "endorsed his deputy.") if v == "decide"]
    assert rows == [("not to run again", "decide")]
    rows = [(q, v) for q, s, v in indirect("The ministry plans to publish the data in an effort to "
                                           "calm the markets.") if v == "plan"]
    assert rows == [("to publish the data", "plan")]
    rows = [(q, v) for q, s, v in indirect("The council wants to close the depot even as it "
                                           "expands the fleet.") if v == "want"]
    assert rows == [("to close the depot", "want")]


def test_an_aim_keeps_an_infinitive_and_its_own_words():
    rows = [(q, v) for q, s, v in indirect("Ms. Adeyemi wants voters to see her as a reformer.")
            if v == "want"]
    assert rows == [("voters to see her as a reformer", "want")]


def test_a_party_or_state_label_stands_between_a_holder_and_any_cue():
    assert _rows("Rep. Dana Kemp (D-Ore.) opposes the pipeline.", "oppose") == \
        [("the pipeline", "Dana Kemp")]
    assert _rows("Sen. Luis Ortega (R) on Tuesday endorsed the governor.", "endorse") == \
        [("the governor", "Luis Ortega")]
    assert _rows("Gov. Rita Hale (I-Maine) believes the tax will pass.", "believe") == \
        [("the tax will pass", "Rita Hale")]


def test_a_speech_act_noun_after_a_stance_verb_keeps_its_own_row():
    rows = [(q, v) for q, s, v in indirect("Ms. Hale defended her call to raise the toll.")]
    assert rows == [("to raise the toll", "call")]


def test_learning_or_recognizing_takes_an_embedded_question():
    rows = [(q, v) for q, s, v in indirect("In the fields, Ms. Tan learned how the harvest was "
                                           "shared out.") if v == "learn"]
    assert rows == [("how the harvest was shared out", "learn")]
    assert [v for q, s, v in indirect("She learned a lot about farming.")] == []


def test_former_before_its_noun_is_no_object_of_its_own():
    # "former" opens the noun phrase here; only "the former" before a verb stands for a person
    assert _rows("Sen. Dana Whitfield (Ohio) would not endorse her former running mate.",
                 "endorse") == [("her former running mate", "Dana Whitfield")]
    assert _rows("Mayor Ruth Ellis backed the former governor.", "back") == \
        [("the former governor", "Ruth Ellis")]
