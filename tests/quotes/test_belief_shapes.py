"""Shapes of beliefs, findings and intentions added on 1 Dec 2026 (issue 13, all reported content):
holders after a subordinator, with an adverb or control verb between, of a second predicate;
findings told by a zero-that clause or after their content; a time between a cue and "that";
"want/expect X to ..."; what someone seeks, deems or offers.

Texts written for these tests in wire, newspaper and broadcast styles; expected holders and spans
are what a reader would say.
"""
from .helpers import extract, one


def _rows(text, verb):
    out = extract(text)
    return [(r.quote, r.speaker) for r in out[(out["kind"] == "indirect") &
                                            (out["verb"] == verb)].itertuples()]


def test_holders_a_subordinator_or_an_adverb_does_not_hide():
    # wire: "as" opens a clause, its subject holds the aim
    row = one("Shares rose in early trading as the regulator sought to calm markets.", "to calm")
    assert (row.speaker, row.verb, row.verb_class) == ("the regulator", "seek", "intention")
    # newspaper: an adverb between the subject and the cue
    row = one("The board again decided to delay the vote on the budget.", "to delay")
    assert (row.speaker, row.quote) == ("The board", "to delay the vote on the budget")
    # broadcast: a title's stop inside the subject's postmodifier
    row = one("A spokeswoman for Mr. Okafor declined to comment on the report.", "to comment")
    assert (row.speaker, row.verb) == ("A spokeswoman for Mr. Okafor", "decline")
    # a control verb between ("began to realize")
    row = one("Mr. Ortega began to realize that the coalition was crumbling.", "the coalition")
    assert (row.speaker, row.verb, row.quote) == ("Ortega", "realize",
                                                   "the coalition was crumbling")


def test_the_subject_of_a_second_predicate_after_a_comma():
    text = ("Janet Hollis, 61, a nurse from Leeds, backed Labour in 2017, but now plans to vote "
            "for the Greens.")
    assert _rows(text, "plan") == [("to vote for the Greens", "Janet Hollis")]
    # a pronoun subject of its own after the name: not the name's plan
    text = ("Along with her brother, Tom Avery, she has given to both parties, but plans to back "
            "one candidate this year.")
    assert all(speaker != "Tom Avery" for _, speaker in _rows(text, "plan"))


def test_findings_told_by_a_zero_that_clause():
    row = one("The minister revealed her department had lost the files.", "her department")
    assert (row.speaker, row.verb, row.verb_class) == ("The minister", "reveal", "evidence")
    # no finding: an object with no finite verb, a noun "show", an embedded question
    assert _rows("Detectives found the documents in a safe.", "find") == []
    assert _rows("He hosts a BBC show and is a columnist for the paper.", "show") == []
    assert _rows("How she finds a majority is unclear.", "find") == []


def test_a_time_or_an_aside_between_a_cue_and_its_that():
    row = one("The auditors found in 2019 that the accounts were incomplete.", "the accounts")
    assert (row.speaker, row.verb) == ("The auditors", "find")
    row = one("Ms. Reyes recognized long ago that the party would split.", "the party")
    assert (row.speaker, row.verb) == ("Reyes", "recognize")
    row = one("Economists have known for decades that tariffs raise prices.", "tariffs")
    assert (row.speaker, row.verb, row.quote) == ("Economists", "know", "tariffs raise prices")
    # knowing a person is no belief
    assert _rows("She has known the senator since college.", "know") == []


def test_wanting_or_expecting_someone_to_act():
    row = one("Union leaders want the government to raise wages this year.", "the government")
    assert (row.speaker, row.verb, row.quote) == ("Union leaders", "want",
                                                   "the government to raise wages this year")
    # a name modifying a plural noun: the noun phrase holds the expectation
    row = one("Many Fed watchers expect the central bank to cut rates.", "the central")
    assert (row.speaker, row.quote) == ("Many Fed watchers", "the central bank to cut rates")


def test_beliefs_and_findings_told_after_their_content():
    row = one("Turnout fell sharply among young voters, Gallup found.", "Turnout")
    assert (row.speaker, row.verb, row.quote) == ("Gallup", "find",
                                                   "Turnout fell sharply among young voters")
    row = one("If rates fall further this spring, as many traders expect, the pound could weaken.",
              "rates")
    assert (row.speaker, row.verb, row.quote) == ("many traders", "expect",
                                                   "rates fall further this spring")
    row = one("The senator will not resign — that will not happen, his aides believe — but he "
              "may step back.", "that will")
    assert (row.verb, row.quote) == ("believe", "that will not happen")


def test_what_someone_seeks_deems_or_offers():
    row = one("The city is seeking federal funds for the new bridge.", "federal")
    assert (row.speaker, row.verb, row.verb_class) == ("The city", "seek", "intention")
    row = one("The court deemed the evidence inadmissible.", "the evidence")
    assert (row.speaker, row.verb, row.quote) == ("The court", "deem",
                                                   "the evidence inadmissible")
    assert _rows("Several measures, deemed too costly by the board, were dropped.", "deem") == []
    row = one("The prime minister offered his condolences to the families.", "his condolences")
    assert (row.verb, row.verb_class) == ("offer", "topic")
    assert _rows("The shop is offering a discount to students.", "offer") == []
    # a participle after its noun: the aim ends before the sentence's verb
    text = "Three of the Democrats seeking the nomination have released their tax returns."
    assert _rows(text, "seek") == [("the nomination", "Three of the Democrats")]


def test_seeing_someone_as_something():
    # newspaper: a long object, then "as" and its complement up to the comma
    text = ("Both senators saw the collapse of the ceasefire in the north of the country as a sign "
            "of drift, with one noting the cost.")
    assert _rows(text, "see") == [("the collapse of the ceasefire in the north of the country as a "
                                   "sign of drift", "Both senators")]
    # a participle after a comma, a reflexive object
    row = one("The minister declined, seeing the visit as a stunt.", "the visit")
    assert (row.speaker, row.verb_class) == ("The minister", "belief")
    row = one("Voters still view the governor as better prepared - with 48 percent saying so.",
              "the governor")
    assert row.quote == "the governor as better prepared"
    # no "as": no belief ("saw the rally")
    assert _rows("Thousands saw the rally on television.", "see") == []


def test_what_is_clear_to_no_one_named():
    row = one("But it is clear that the two leaders share a view of the region.", "the two")
    assert (row.speaker, row.verb, row.verb_class) == ("", "clear", "belief")
    row = one("He held back his support when it became clear the mayor would win.", "the mayor")
    assert row.quote == "the mayor would win"
    row = one("As it became clear that the vote had failed, the crowd went quiet.", "the vote")
    assert row.quote == "the vote had failed"
    assert _rows("It is not clear whether she will run.", "clear") == []


def test_a_belief_about_a_noun_phrase_before_its_holder():
    text = "Aides called the move a gamble, a step they believe could unify the party."
    assert _rows(text, "believe") == [("a step they believe could unify the party", "")]
    row = one("The plan falls short of what scientists think is necessary.", "what scientists")
    assert (row.speaker, row.quote) == ("scientists", "what scientists think is necessary")
    # "What we know is that ...": the content follows "that"
    assert all(not q.startswith("What") for q, _ in
               _rows("What we know is that the fund ran out in May.", "know"))


def test_a_frame_set_off_by_dashes_and_one_after_a_dash():
    # the frame itself between dashes: the clause after the first dash
    row = one("The senator will not resign — that will not happen, his aides believe — but he "
              "may step back.", "that will")
    assert row.quote == "that will not happen"
    # a dash inside the content, the frame at the end: the whole sentence before it
    text = ("The governor left the hospital early — and skipped the hearing, The Chronicle has "
            "learned.")
    assert _rows(text, "learn") == [("The governor left the hospital early — and skipped the "
                                     "hearing", "Chronicle")]


def test_a_name_given_by_no_one_named():
    # wire: a noun phrase and the name it is known by
    row = one("She won three of the contests known as Super Tuesday.", "the contests")
    assert (row.speaker, row.verb, row.verb_class, row.quote) == (
        "", "known as", "belief", "the contests known as Super Tuesday")
    # set off by a comma or a dash: the name alone
    row = one("The levy, known as the Carbon Floor Price, was frozen in 2014.", "the Carbon")
    assert row.quote == "the Carbon Floor Price"
    row = one("The resort -- now known as the Palm Links Club -- was sold.", "the Palm")
    assert row.quote == "the Palm Links Club"
    # a lower-case word after "known as" is no name
    assert not [q for q, _ in _rows("The mayor was known as a fixer.", "known as")]


def test_a_pro_form_as_the_whole_belief():
    # interview and newspaper styles: "so" stands for the clause
    row = one("Q: Will the bill pass? A: I think so.", "so")
    assert (row.speaker_mention, row.verb, row.verb_class) == ("I", "think", "belief")
    row = one("The governor apparently believes so, too.", "so")
    assert (row.speaker, row.verb, row.quote) == ("The governor", "believe", "so")
    # "so many": no pro-form
    assert _rows("I think so many people are angry.", "think") == []
