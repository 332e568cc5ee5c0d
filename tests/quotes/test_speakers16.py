"""Speakers of quotations, shapes read in the sixteenth helper session's sample of wrong speakers
(issue 13): a lone surname first written before an adverb and a past verb, ... Short texts
written for these tests in wire (AP, Reuters), newspaper (NYT, Washington Post) and magazine
styles; no codebook knows these people."""
from .helpers import one


def test_a_lone_surname_before_also_and_a_past_verb_is_a_he_ap():
    # AP: a well-known surname opens its first sentence with no title; "he added" is his
    text = ('Campaign spokesman Tom Reyes responded on Twitter, calling the charge "reckless."\n\n'
            "Marsh also addressed the concerns on Thursday, stating that county officials run "
            "the count.\n\n"
            '"We take our duty to watch the vote seriously," he added.')
    assert one(text, "We take our duty").speaker == "Marsh"


def test_a_lone_surname_after_later_and_a_past_verb_wapo():
    # Washington Post: "X later walked out ..." then a quotation framed by "she said"
    text = ("The council spent the morning on the budget. Okafor later walked out of the session, "
            "according to two members.\n\n"
            '"We were wrong about the numbers," she said.')
    assert one(text, "We were wrong").speaker == "Okafor"


def test_a_plural_demonym_before_then_and_a_past_verb_names_nobody_nyt():
    # NYT: "Many Canadians then saw ..." is no person; "he" stays the named official
    text = ("Alan Price chaired the inquiry. Many Canadians then rejected the plan outright.\n\n"
            "''It was a mistake from the start,'' he said.")
    assert one(text, "It was a mistake").speaker == "Alan Price"


def test_what_a_group_has_called_names_the_group_not_the_sentence_subject_wire():
    # wire: a free relative's naming verb gives the words to its own subject
    text = ("The court fight over whether the charity is what former donors have called a "
            '"shell game" took a new turn on Monday.')
    assert one(text, "shell game").speaker == "former donors"


def test_what_a_body_calls_inside_a_reported_clause_guardian():
    # Guardian: the reported clause is the senator's, the label inside the dashes the lobby's
    text = ("Senator Ann Hale noted that the levy – what the farm lobby calls a “hidden tax” – "
            "is “central” to the bill.")
    assert one(text, "hidden tax").speaker == "the farm lobby"
    assert one(text, "central").speaker == "Ann Hale"


def test_what_some_call_and_what_she_calls_keep_the_sentence_speaker_nyt():
    # NYT: "some" names no one, and "she" is the subject already
    text = ("Mayor Tom Aldous has called on the council to close what some call the ''parking "
            "loophole.'' Sen. Rita Moss railed against what she calls the ''Beltway club.''")
    assert one(text, "parking loophole").speaker == "Tom Aldous"
    assert one(text, "Beltway club").speaker == "Rita Moss"


def test_an_owned_claim_with_two_modifiers_is_the_owners_wapo():
    # Washington Post: "X's most explosive claim is that Y is a "..."": X's words, not Y's
    text = ("The former analyst filed suit last week. But Varga’s most explosive claim is that "
            "the oversight panel is a “political weapon” aimed at the governor.")
    assert one(text, "political weapon").speaker == "Varga"


def test_a_recent_unfounded_assertion_that_is_the_owners_nyt():
    # NYT: "Mr. X's recent unfounded assertion that ''...''" with a titled owner
    text = ("Mr. Dorsey's recent unfounded assertion that ''hundreds'' of ballots were burned "
            "spread quickly online.")
    assert one(text, "hundreds").speaker.endswith("Dorsey")


def test_a_name_before_a_state_and_a_role_noun_is_a_person_ap():
    # AP: "X, South Carolina director for Y," is an apposition, not a town and its state
    text = ('"They are very receptive," said Dana Pruitt, a volunteer in Richland County.\n\n'
            "Chris Covert, South Carolina director for the campaign, said it had opened its 11th "
            "office.\n\n"
            '"Time is always a challenge for us," he said.')
    assert one(text, "Time is always").speaker == "Chris Covert"


def test_a_town_before_its_state_is_still_a_place_reuters():
    # Reuters: "in Salem, New Hampshire, on Friday" names a place; "she" is the senator
    text = ("Senator Maria Lund campaigned in Nashua Heights, New Hampshire, on Friday. "
            '"We will win this state," she said.')
    assert one(text, "We will win").speaker == "Maria Lund"


def test_a_name_in_a_fronted_along_with_phrase_is_no_she_politico():
    # Politico: "Along with her husband, X, a ..., she has given": she is the woman named before
    text = ("Ruth Adler, a retired teacher from Dover, said the debate changed her mind. Along "
            "with her husband, Kerry Adler, a dentist, she has given to three campaigns. She "
            "called the governor “a real leader.”\n\n"
            "“I feel I can trust him,” she said.")
    assert one(text, "I feel I can trust").speaker == "Ruth Adler"
    assert one(text, "a real leader").speaker == "Ruth Adler"


def test_a_name_in_a_fronted_like_phrase_is_no_he_guardian():
    # Guardian: "Like his mentor, X, a ..., he ...": he is not the one he is compared with
    text = ("Councillor Owen Price spoke first. Like his mentor, Robin Hale, a former mayor, he "
            "has little time for the party's old guard. “We are done waiting,” he said.")
    assert one(text, "We are done waiting").speaker == "Owen Price"
