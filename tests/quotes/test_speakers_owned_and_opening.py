"""Speakers of quotations: owned nouns for words, opening subordinate clauses, shares and
"describe X as" (2 Dec 2026), shapes read among the wrong speakers of
PolNeAR train that are no pronoun cases. Sentences written for these tests in wire and
newspaper styles."""
from .helpers import one


def test_owned_claim_after_the_main_subject_is_the_owners():
    # the quotation sits in the "that" clause of someone else's claim: the claim's owner, not
    # the subject of the sentence who talks about the claim
    row = one("Gov. Ann Holt on Monday blamed reporters for dwelling on Senator Ray Kemp's claim "
              'that the mayor had "lied to the city," saying the story was old.', "lied")
    assert row.speaker == "Ray Kemp"
    row = one("Labour MPs rounded on the chancellor over Priya Desai's suggestion that the budget "
              'was "fully funded".', "fully")
    assert row.speaker == "Priya Desai"


def test_owned_claim_opening_the_sentence_is_still_the_owners():
    row = one('Mr. Obrecht\'s assertion that the tariffs were "a tax on farmers" drew a rebuke '
              "from the White House on Friday.", "a tax")
    assert row.speaker == "Obrecht"


def test_a_verb_in_the_opening_subordinate_clause_frames_nothing_in_the_main_clause():
    # the main clause after the comma goes on with words of its own: "asked" is no frame of its
    # quotation (Ellis did not say it); here "according to" names the source
    row = one("After Senator Ellis asked about the loans on Tuesday, the nominee grew "
              '"visibly irritated" once the cameras were off, according to Dana Whitfield, a '
              "committee aide.", "visibly")
    assert row.speaker == "Dana Whitfield"
    row = one("When the minister spoke in parliament, Labour MP Dawn Riley was already calling "
              'the plan "a fantasy".', "a fantasy")
    assert row.speaker == "Dawn Riley"


def test_an_as_clause_still_attributes_the_main_clause():
    row = one('As the finance minister put it, the plan is "dead in the water."', "dead")
    assert row.speaker == "the finance minister"


def test_a_participle_after_the_comma_is_the_main_subjects():
    # ", advising X to "..."": the participle has the sentence's subject, not its own object
    row = one("Senator Mara Quist has made the point in several commencement speeches, "
              'advising Hillcrest College graduates in 2014 to "ask the harder question."', "ask")
    assert row.speaker == "Mara Quist"
    row = one("On Monday, Premier Lois Brandt tried to turn the tables, portraying Mr. Vance as a "
              'hypocrite because he had taken "about $200,000" from lobbyists.', "about")
    assert row.speaker == "Lois Brandt"


def test_an_owned_call_is_its_owners_words():
    # "his calls to ...", "X's call for ...": "call" is a noun owned by the speaker, not a
    # naming verb whose subject comes before it
    row = one("Mr. Okafor, who has led the party since 2019, rallied students with his calls to "
              'scrap the "rigged tuition system" on Friday.', "rigged")
    assert (row.speaker, row.speaker_mention) == ("Okafor", "his")
    row = one("Perhaps younger voters prefer Ms. Dube's call for a \"national reset\" over the "
              "minister's caution.", "national")
    assert row.speaker == "Dube"
    # the owner's noun before a naming verb is its subject
    row = one('Ms. Dube\'s campaign called the report "a smear" on Tuesday.', "a smear")
    assert row.speaker == "Dube's campaign"


def test_a_share_right_before_the_verb_speaks_the_quotation():
    # the share opening with its number is the subject, not a name earlier in the sentence
    row = one("Asked how likely Ms. Moreau was to beat Mr. Aldana in June, 21 percent said "
              '"not too likely" and 14 percent said "not at all likely."', "not at all")
    assert row.speaker == "14 percent"
    row = one("The survey has bad news for Mr. Aldana, who is trying to right a struggling "
              'campaign -- 25 percent of likely voters say they would "never support" him.',
              "never")
    assert row.speaker == "25 percent of likely voters"


def test_describe_and_refer_to_as_name_like_call():
    # "X referred to him as "..."", "X describe such work as "..."": X names, not the speaker of
    # the sentence before
    row = one("The pilot had passed every check, the airline said. A former classmate referred "
              'to him as "the calmest man in any cockpit" in an online tribute.', "the calmest")
    assert row.speaker == "A former classmate"
    row = one("She consults for foreign governments, two friends said. Corporate lobbyists "
              'describe such work as "a different cup of tea" than ordinary contract lobbying.',
              "a different")
    assert row.speaker == "Corporate lobbyists"
    # a participle or passive keeps its clause's subject
    row = one('Mr. Haddad also misjudged the general, having referred to him as a "reformer."',
              "reformer")
    assert row.speaker == "Haddad"
    # likewise portray, paint, depict, characterise, cast
    row = one("The group began a $2 million ad buy on Monday, with radio spots casting Ms. Lind "
              'as a "safe pair of hands" on the economy.', "safe pair")
    assert row.speaker == "radio spots"
