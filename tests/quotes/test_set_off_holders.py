"""Holders of beliefs and stances set off from their cue, where stance objects end, and hedges
told by "is thought to" (analysis/quotes/set_off_holders.py, content.py, nominal.py, hedged.py).

Texts written for these tests in AP, Reuters, BBC, Guardian, New York Times and Xinhua styles;
expected holders and spans are what a reader would mark.
"""
from .helpers import extract, one


def test_the_noun_phrase_before_a_stance_participle_holds_it():
    # AP: the group is the object of "to", but it is the group that backs the senator
    row = one("Wealthy donors handed over $25 million last month to an outside group backing "
              "Senator Marco Rubio.", "Senator Marco Rubio")
    assert (row.speaker, row.verb, row.verb_class) == ("an outside group", "back", "stance")
    # Reuters: a plural subject with its participle
    row = one("Militias supporting the unity government in Tripoli seized the airport on Sunday.",
              "the unity government")
    assert (row.speaker, row.verb, row.quote) == ("Militias", "support", "the unity government in Tripoli")
    # a name after "on" is where something was said, not who backs it
    assert extract("Senator Jane Ortiz was on CNN backing the bill.").empty


def test_a_subject_set_off_by_asides():
    # NYT: an apposition holding a relative clause
    row = one("Morton Blackwell, the conservative activist who founded a training school in "
              "1979, has endorsed Sen. Ted Cruz.", "Sen. Ted Cruz")
    assert (row.speaker, row.verb, row.verb_class) == ("Morton Blackwell", "endorse", "stance")
    # AP: an age and a description, two asides
    row = one("Marvin Teske, 53, a security guard at a Reno casino, is backing Hillary Clinton.",
              "Hillary Clinton")
    assert (row.speaker, row.verb) == ("Marvin Teske", "back")
    # Guardian: two names joined before a plural noun, as written (no id)
    row = one("The Labour and Liberal Democrat campaigns declined to comment.", "to comment")
    assert (row.speaker, row.speaker_id, row.verb) == \
        ("The Labour and Liberal Democrat campaigns", "", "decline")


def test_a_stance_object_ends_before_the_reporters_setting():
    # AP: a month, a year, an interview, a rally are the reporter's, not what is endorsed
    row = one("House Speaker Paul Ryan endorsed Trump in early June after weeks of doubt.", "Trump")
    assert row.quote == "Trump"
    row = one("Harry Reid blasted Rubio and defended Cruz in a recent interview with The Post.",
              "Cruz")
    assert (row.speaker, row.verb, row.quote) == ("Harry Reid", "defend", "Cruz")
    row = one("The union backed Governor Walker in 2012 and again this year.", "Governor Walker")
    assert row.quote == "Governor Walker"
    # a lone plural noun is a whole object (Guardian); a lone pronoun or adverb is none
    row = one("Ms Sturgeon thanked supporters at a rally in Glasgow.", "supporters")
    assert (row.verb, row.quote) == ("thank", "supporters")
    assert extract("The senator backed away from the plan.").empty
    # its own prepositional phrases stay in (BBC)
    row = one("Ms Sturgeon supports a second referendum on independence.", "a second")
    assert row.quote == "a second referendum on independence"


def test_no_comment_ends_at_comment():
    row = one("Hoff, who declined to comment for this article, proposes similar language.",
              "to comment")
    assert (row.speaker, row.verb, row.quote) == ("Hoff", "decline", "to comment")


def test_what_people_worry_about():
    # Xinhua / Guardian: the object of "worry about" is what they fear
    row = one("Many residents worry about the rising cost of heating this winter.", "the rising")
    assert (row.speaker, row.verb, row.verb_class) == ("Many residents", "worry about", "belief")
    assert row.quote == "the rising cost of heating this winter"


def test_hedges_told_by_a_passive_of_thinking():
    # NYT: no one named thinks it; the content is the clause, without the sentence's "But"
    row = one("But online betting was once thought to be a billion-dollar cash machine.",
              "online betting")
    assert (row.speaker, row.verb, row.verb_class) == ("", "thought", "belief")
    assert row.quote == "online betting was once thought to be a billion-dollar cash machine"
    # Xinhua: "is believed to"
    row = one("The suspect is believed to have fled across the border on Friday.", "The suspect")
    assert (row.verb, row.verb_class, row.speaker) == ("believed", "belief", "")
    # "thought to myself" is no hedge
    assert extract("I thought to myself that it was over.").query("verb == 'thought'").empty


def test_a_hedge_ends_before_a_clause_of_its_own():
    # AP: a clause of time with its own subject, a spaced dash, an aside after a comma
    row = one("Sanders seemed to be of two minds Tuesday night when he delivered a speech.",
              "Sanders")
    assert row.quote == "Sanders seemed to be of two minds Tuesday night"
    row = one("Twitter appears to be heavily used by the militants - so much so that some "
              "accounts were closed.", "Twitter")
    assert row.quote == "Twitter appears to be heavily used by the militants"
    row = one("The case had long been viewed as a threat to affirmative action, particularly "
              "after the court agreed to hear it again.", "The case")
    assert row.quote == "The case had long been viewed as a threat to affirmative action"
    # a phrase of time is no clause: it stays in (Reuters)
    row = one("The veto is expected to come before the deadline at midnight Friday.", "The veto")
    assert row.quote == "The veto is expected to come before the deadline at midnight Friday"
