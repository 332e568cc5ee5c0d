"""Stances told by a light verb and a stance noun ("voiced support for", "threw her support
behind", "launched an attack on") or "in favor of" after "voted" / "came out"
(analysis/quotes/light_stances.py).

Texts written for these tests in wire, newspaper and broadcast styles; expected holders and spans
are what a reader would say.
"""
from analysis.quotes.light_stances import (light_stance_contents, received_support_contents,
                                           relative_stance_contents)
from analysis.quotes.article import read_article
from analysis.quotes.mentions import actor_index
from analysis.quotes.verbs import verb_table

from .helpers import extract, indirect, one


def test_a_light_verb_and_a_stance_noun():
    row = one("The Dutch populist Geert Wilders voiced support for the Republican candidate on "
              "Friday.", "the Republican")
    assert (row.speaker, row.verb, row.verb_class, row.quote) == \
        ("Geert Wilders", "support for", "stance", "the Republican candidate")
    row = one("Former Gov. Dana Reyes threw her support behind Mayor Tom Okoro on Wednesday.",
              "Mayor")
    assert (row.speaker, row.verb, row.quote) == ("Dana Reyes", "support for", "Mayor Tom Okoro")
    row = one("At a news conference, Mr. Lindqvist launched a blistering attack against the "
              "central bank.", "the central")
    assert (row.speaker, row.verb, row.quote) == ("Lindqvist", "attack on", "the central bank")


def test_in_favor_of_after_a_vote_or_a_coming_out():
    row = one("In the end, Senator Adams voted in favor of the pipeline bill.", "the pipeline")
    assert (row.speaker, row.verb, row.quote) == ("Adams", "in favor of", "the pipeline bill")
    row = one("Ms. Novak has come out in support of Ramirez, the party's choice.", "Ramirez")
    assert (row.speaker, row.verb) == ("Novak", "in support of")


def test_support_received_or_a_noun_alone_is_no_stance_of_the_subject():
    for text in ("The mayor faced criticism for the delay.",
                 "Support for the levy has grown."):
        assert "stance" not in set(extract(text)["verb_class"]), text


def test_a_cue_inside_a_row_already_made_gives_none():
    text = "Mr. Petrov voiced support for the treaty."
    art = read_article(text, None, actor_index(None), verb_table())
    assert light_stance_contents(art, 0, len(text), [(0, len(text))]) == []
    assert [text[s:e] for s, e, _ in light_stance_contents(art, 0, len(text))] == ["the treaty"]


def test_a_passive_stance_with_its_agent():
    # newspaper: the subject is what the agent echoed
    row = one("Lara Benn spoke next. The senator's warning was echoed by Lara Benn, the mayor.",
              "The senator")
    assert (row.speaker, row.verb, row.verb_class, row.quote) == \
        ("Lara Benn", "echo", "stance", "The senator's warning")
    # a referendum story: the agent is a share of voters, as written
    row = one("The border initiative was rejected by 58 percent of voters.", "The border")
    assert (row.speaker, row.verb) == ("58 percent of voters", "reject")


def test_a_stance_participle_set_off_by_commas():
    # newspaper: the subject the participle modifies is the content, the agent the holder
    row = one("The transit levy, opposed by the county's farmers, failed in March.", "The transit")
    assert (row.speaker, row.verb, row.quote) == ("the county's farmers", "oppose", "The transit levy")
    row = one("Mayor Kim, backed by local firefighters, won easily.", "Mayor Kim")
    assert (row.speaker, row.verb) == ("local firefighters", "back")
    # mid-clause, a noun phrase that is no reference gives none ("the judge" is no content)
    text = "A federal judge in Austin blocked the new voting law, opposed by Democrats, on Friday."
    assert "stance" not in set(extract(text)["verb_class"])


def test_a_passive_of_a_pronoun_a_relative_or_an_assault_is_none():
    for text in ("He was endorsed by the union.",
                 "The deal, a deal that was rejected by the assembly, failed.",
                 "The courier was attacked by a dog."):
        assert "stance" not in set(extract(text)["verb_class"]), text


def test_support_received_is_the_groups_stance_on_the_subject():
    # wire poll story: the subject is who is supported, the group after the noun holds the stance
    row = one("The governor received strong support from the unions.", "The governor")
    assert (row.speaker, row.verb, row.verb_class) == ("the unions", "support", "stance")
    row = one("Mayor Ruth Alvarez drew the support of 44 percent of likely "
              "voters, while her rival trailed at 31 percent.", "Mayor")
    assert (row.speaker, row.quote) == ("44 percent of likely voters", "Mayor Ruth Alvarez")
    # a pronoun subject is coded as written
    row = one("Ms. Okafor spoke in Atlanta. She has won overwhelming backing from black pastors "
              "in the region.", "She")
    assert row.speaker == "black pastors"


def test_criticism_drawn_is_the_critics_stance_on_the_subject():
    # wire: the critics after "from" hold it; the subject, a description, is its target
    row = one("The mayor drew sharp criticism from residents.", "The mayor")
    assert (row.speaker, row.verb, row.verb_class) == ("residents", "criticism of", "stance")
    row = one("The zoning plan has drawn criticism from both parties on the council.", "The")
    assert (row.speaker, row.quote) == ("both parties on the council", "The zoning plan")


def test_an_owners_support_among_a_group():
    # newspaper analysis: the possessor is supported; the group ends before the predicate
    row = one("Ms. Park's deep support among Latino voters gives her an edge.", "Ms. Park")
    assert (row.speaker, row.quote) == ("Latino voters", "Ms. Park")
    row = one("Senator Hale spoke on Monday. Her support among young voters still lags behind "
              "her rival's.", "Her")
    assert row.speaker == "young voters"


def test_support_given_or_withheld_is_not_support_received():
    for text in ("The union gave its support to the mayor.",
                 "The council withheld support from the plan.",
                 "Support among farmers has grown."):
        art = read_article(text, None, actor_index(None), verb_table())
        assert received_support_contents(art, 0, len(text)) == [], text


def test_a_relative_pronoun_as_a_stance_object():
    # wire: the relative pronoun is the content, the clause's subject the holder
    row = one("The loss hurt Senator Reyes, who many in the party had backed in the hope of "
              "stopping Lane.", "who")
    assert (row.speaker, row.verb, row.verb_class) == ("many in the party", "back", "stance")
    row = one("Mr. Kovac refused to sign the pact, which Prime Minister Ana Ruiz vehemently "
              "opposed.", "which")
    assert (row.speaker, row.verb) == ("Ana Ruiz", "oppose")
    # newspaper aside in parentheses
    row = one("She backed the tax credit (which Mayor Ito also supports).", "which")
    assert (row.speaker, row.verb) == ("Ito", "support")


def test_a_relative_subject_an_embedded_question_or_a_noun_is_no_relative_object():
    for text in ("The plan, which was supported by the council, died.",
                 "When asked whom she supported, the voter smiled.",
                 "The poll, which tracks voters' support for the levy, is new.",
                 "Officials who made statements of support were mocked."):
        art = read_article(text, None, actor_index(None), verb_table())
        assert relative_stance_contents(art, 0, len(text)) == [], text


def test_jabs_taken_at_someone_are_attacks():
    # AP style, a shot with a modifier; Reuters style, frequent swipes after an auxiliary
    got = indirect("The governor also took a shot at his likely Democratic rival, Jane Ruiz.")
    assert ("his likely Democratic rival", "The governor", "attack on") in got
    got = indirect("Mr. Okafor has taken frequent swipes at the party's leadership.")
    assert ("the party's leadership", "Okafor", "attack on") in got
    # a shot at an office or at winning is a chance, no attack
    assert indirect("The mayor took a shot at the presidency in 2008.") == []
    got = indirect("She wants to take a shot at winning the seat back.")
    assert all(v != "attack on" for _, _, v in got)


def test_a_second_predicate_with_a_reflexive_ends_the_object():
    from tests.quotes.helpers import indirect
    got = indirect("Years ago the mayor voiced support for a casino tax and called himself a "
                   "fiscal hawk.")
    assert ("a casino tax", "the mayor", "support for") in got
