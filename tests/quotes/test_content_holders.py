"""Who holds reported content that is no speech, where the subject is not right before the cue
(analysis/quotes/content.py), the cues added for issue 13 (attempts, attacks told by their
target, likes and dislikes, recognising, wondering, requests) and speech held by a noun
(analysis/quotes/nominal.py).

Texts written for these tests in wire (AP, Reuters, TASS), US newspaper and British newspaper
styles; expected holders and spans are what a reader would say.
"""
from analysis.quotes.summaries import speakers_words

from .helpers import extract, indirect, one


def test_a_second_predicate_shares_the_subject():
    # AP: "X did A and refused to B"
    row = one("KIEV, Ukraine (AP) — Mr. Hrytsenko ignored the advice of his aides and refused "
              "to sign the trade agreement.", "to sign")
    assert (row.speaker, row.verb, row.verb_class, row.quote) == \
        ("Hrytsenko", "refuse", "intention", "to sign the trade agreement")
    # newspaper: a stance verb as the second predicate
    row = one("Senator Alma Reyes toured the flooded farms on Monday and endorsed Mr. Dunn for "
              "governor.", "Mr. Dunn")
    assert (row.speaker, row.verb, row.verb_class) == ("Alma Reyes", "endorse", "stance")


def test_a_closed_apposition_and_a_relative_clause():
    # Reuters: the name set off after its role
    row = one("The mayor's lawyer, Peter K. Lindqvist, also declined to comment.", "to comment")
    assert (row.speaker, row.verb, row.quote) == ("Peter K. Lindqvist", "decline", "to comment")
    # British: the name before a role set off by commas
    row = one("Margaret Owusu, mother of the injured cyclist Daniel Owusu, firmly rejected the "
              "council's account.", "the council")
    assert (row.speaker, row.verb, row.verb_class) == ("Margaret Owusu", "reject", "stance")
    # newspaper: "X, which declined to comment, ..." ends at the relative clause's comma
    row = one("Halvorsen & Pike, which declined to comment, returned the manuscript in May.",
              "to comment")
    assert (row.speaker, row.quote) == ("Halvorsen & Pike", "to comment")


def test_auxiliaries_and_lead_ins_between_holder_and_cue():
    row = one("The Ohio senator hasn't endorsed anyone in the primary.", "anyone")
    assert (row.speaker, row.verb) == ("The Ohio senator", "endorse")
    row = one("Gov. Lena Marsh was quick to embrace the new nominee after the vote.", "the new")
    assert (row.speaker, row.verb, row.quote) == ("Lena Marsh", "embrace", "the new nominee")
    row = one("Rep. Ivan Dolan was the first Democrat in the delegation to endorse Ms. Quist.",
              "Ms. Quist")
    assert (row.speaker, row.verb) == ("Ivan Dolan", "endorse")


def test_infinitives_after_a_time_phrase_or_a_negation():
    row = one("The foundation has declined for years to disclose its largest donors.", "to disclose")
    assert (row.speaker, row.verb, row.quote) == \
        ("The foundation", "decline", "to disclose its largest donors")
    row = one("MOSCOW, March 3 (TASS) — Deputy Minister Oleg Sarin decided not to attend the "
              "summit.", "not to")
    assert (row.speaker, row.verb, row.quote) == ("Oleg Sarin", "decide", "not to attend the summit")
    # ", nor ..." ends the infinitive
    row = one("He declined to name the donors, nor did he say how much they gave.", "to name")
    assert row.quote == "to name the donors"


def test_attempts_are_intentions():
    row = one("Mr. Abara is trying to win back rural voters before the runoff.", "to win")
    assert (row.speaker, row.verb, row.verb_class, row.quote) == \
        ("Abara", "try", "intention", "to win back rural voters before the runoff")
    row = one("The ministry attempted to block the broadcast.", "to block")
    assert (row.verb, row.verb_class) == ("attempt", "intention")


def test_an_attack_told_by_its_target_is_a_stance_not_words():
    # AP and British styles: the object is the target, not the speaker's words
    for text, target in (("Mr. Brandt attacked Ms. Ivers on Tuesday.", "Ms. Ivers"),
                         ("The shadow chancellor denounced the budget.", "the budget"),
                         ("Opposition leaders lashed out at the electoral commission.", "the "
                          "electoral commission")):
        row = one(text, target)
        assert row.verb_class == "stance" and row.quote == target, text
        assert not speakers_words(row.kind, row.verb_class)
    # with "as" and a quotation it stays a speech act: the quotation's row, no stance row
    out = extract('Mr. Brandt denounced the budget as "a disgrace to pensioners."')
    assert list(zip(out["kind"], out["speaker"])) == [("partial", "Brandt")]


def test_likes_recognition_wonder_and_requests():
    row = one("Voters in the county liked Mr. Kasich more than any other candidate.", "Mr. Kasich")
    assert (row.verb, row.verb_class) == ("like", "stance")
    assert extract("People like him will decide the election.").empty   # a preposition
    row = one("The chancellor recognizes that the coalition needs the Greens.", "the coalition")
    assert (row.speaker, row.verb, row.verb_class) == ("The chancellor", "recognize", "belief")
    row = one("Some party members wondered whether the leader would survive the vote.", "whether")
    assert (row.verb, row.verb_class) == ("wonder", "belief")
    row = one("The committee requested documents from the State Department.", "documents")
    assert (row.speaker, row.verb, row.verb_class) == ("The committee", "request", "intention")


def test_is_worried_that():
    row = one("The central bank is worried that the weak peso will feed inflation.", "the weak")
    assert (row.speaker, row.verb, row.verb_class) == ("The central bank", "worried", "belief")
    # its object is a content too (attitudes.py)
    row = one("Farmers are worried about the drought.", "the drought")
    assert (row.speaker, row.verb, row.verb_class) == ("Farmers", "worried", "belief")


def test_speech_nouns_hold_their_that_clause():
    # newspaper: a possessive owner
    row = one("The fact-checkers examined Mr. Lowell's claim that the tax cut paid for itself.",
              "the tax")
    assert (row.speaker, row.verb, row.verb_class) == ("Mr. Lowell", "claim", "distancing")
    assert row.quote == "the tax cut paid for itself"
    # wire: the owner after "by"
    row = one("The agency pushed back on accusations by opposition lawmakers that it had hidden "
              "the data.", "it had")
    assert row.speaker.endswith("lawmakers") and row.verb == "accusation"
    # British: a fronted phrase ends at its comma; no owner, no speaker
    row = one("Amid allegations that the count was rigged, observers stayed on.", "the count")
    assert (row.speaker, row.verb, row.quote) == ("", "allegation", "the count was rigged")
    # a "that" opening a relative clause holds no content
    assert extract("The warning that followed the storm was ignored.").empty


def test_a_recognition_or_an_object_running_into_a_quotation_is_no_content_row():
    # "recognized X as president" is an act, no belief clause; a stance object cut by a
    # quotation is the quotation's row ('denounced a U.S.-driven "information war"')
    assert extract("The United States recognized Guaido as the nation's interim president on "
                   "Jan. 23.").empty
    rows = extract('Russian authorities denounced a U.S.-driven "information war," which '
                   'prevented a peaceful end.')
    assert rows["kind"].tolist() == ["partial"]


def test_a_participle_after_a_comma_is_held_by_its_clauses_subject():
    # AP / Washington Post: ", hoping ...", ", supporting ...": the clause's subject holds it
    assert ("to avoid any misstep", "the Vermont senator", "hope") in indirect(
        "Instead, the Vermont senator is sticking to his campaign message, hoping to avoid any "
        "misstep.")
    assert ("Dukakis by five points", "West Virginia", "support") in indirect(
        "West Virginia used to be a fairly reliable Democratic state, supporting Dukakis by five "
        "points.")
    # never a preposition's object (", since the 1950s, pushing for") nor a town's state
    speakers = {speaker for _, speaker, _ in indirect(
        "The targets are centrist leaders who have backed European unity since the 1950s, pushing "
        "for common trade rules. Skywriters in Pasadena, Calif., are not voting for Donald Trump.")}
    assert not {"the 1950s", "the 1950s,", "Calif.", "Calif.,"} & speakers


def test_a_common_noun_phrase_before_a_stance_participle_holds_it():
    # AP style: the phrase is a preposition's object, no reference names it
    got = indirect("The chemical company gave $3 million to a group backing former Governor "
                   "Tom Reed of Ohio.")
    assert ("former Governor Tom Reed of Ohio", "a group", "back") in got
    # Politico style: a super PAC, and a plural noun as the phrase
    got = indirect("Last year, the fund manager wrote a $500,000 check to a super PAC supporting "
                   "Jane Ruiz.")
    assert ("Jane Ruiz", "a super PAC", "support") in got
    got = indirect("More than $800,000 was spent on ads attacking his rivals.")
    assert ("his rivals", "ads", "attack") in got
    # NYT style: "those" as the phrase
    got = indirect("Those who preferred a pause outnumbered those supporting the plan.")
    assert ("the plan", "those", "support") in got


def test_a_verb_taking_a_gerund_gives_its_subject_not_itself():
    # USA Today style: "avoids" is no noun phrase before the participle; its subject holds it
    got = indirect("Mayor Tom Reed avoids condemning the strike by city workers.")
    assert all(s != "avoids" for _, s, _ in got)
    assert any(v == "condemn" and q == "the strike by city workers" for q, _, v in got)


def test_no_holder_before_a_participle_after_a_time_or_an_amount():
    # the years spent are no one's stance: the subject's, found as before
    got = indirect("The mayor spent years backing the stadium plan.")
    assert all(s not in ("years", "spent years") for _, s, _ in got)


def test_the_noun_before_a_restrictive_that_holds_the_cue():
    # Politico style: "that" right before the verb is the relative, the organizations the holders
    got = indirect("But progressive organizations that have endorsed Ms. Ruiz say they will keep "
                   "working.")
    assert ("Ms. Ruiz", "progressive organizations", "endorse") in got
    # AP style: the phrase is a preposition's object (not "paid", the verb before it)
    got = indirect("The mailers were paid for by a group that opposes the new mine.")
    assert ("the new mine", "a group", "oppose") in got
    # Reuters style: a subject-position relative ends before the main verb
    got = indirect("Companies that want to expand overseas will pay a higher rate.")
    assert ("to expand overseas", "Companies", "want") in got
    # NYT style: a relative inside the content stays in it
    got = indirect("She runs a charity that advocates for families of soldiers who were "
                   "killed abroad.")
    assert ("families of soldiers who were killed abroad", "a charity", "advocate for") in got


def test_no_relative_holder_for_a_complementizer_or_an_amount():
    # "that" before a subject is a complementizer: Kelly wants the interview
    got = indirect("It is no surprise that Kelly would seek an interview with the senator.")
    assert all(s != "no surprise" and not s.endswith("surprise") for _, s, _ in got)
    # "that" as a determiner before a noun ("investigating that attack")
    got = indirect("Prosecutors investigating that attack have found new evidence.")
    assert all(s != "Prosecutors investigating" for _, s, _ in got)
    # an amount "supports" in another sense
    assert indirect("Revenue fell to levels that will not support a newsroom.") == []


def test_those_who_hold_the_content():
    # exit-poll style: "those who" after a preposition, and as a subject before its predicate
    from tests.quotes.helpers import indirect
    got = indirect("Among those who want a tougher border policy, the governor leads by 20 points.")
    assert ("a tougher border policy", "those", "want") in got
    got = indirect("In Ohio, those who favored a trade deal outnumbered those opposing it.")
    assert ("a trade deal", "those", "favor") in got
    # a "who" right before its own cue holds it; one far from the cue holds nothing there
    got = indirect("After a speech by a senator who backed the treaty, the voters remain "
                   "skeptical of it.")
    assert ("the treaty", "a senator", "back") in got and ("it", "the voters", "skeptical") in got
    # an indefinite pronoun is the whole phrase: the words before it are its clause's (Guardian)
    got = [r for r in extract("This could involve someone who knows they are infective and goes "
                              "to work anyway.").itertuples() if r.kind == "indirect"]
    assert [(r.speaker, r.speaker_mention, r.verb) for r in got] == [("", "someone", "know")]


def test_a_share_spelled_out_holds_the_content():
    from tests.quotes.helpers import indirect
    got = indirect("Only four percent of likely voters would vote for the independent.")
    assert ("the independent", "Only four percent of likely voters", "vote for") in got
    got = indirect("More than half the delegates polled support the new rules.")
    assert ("the new rules", "More than half the delegates polled", "support") in got
