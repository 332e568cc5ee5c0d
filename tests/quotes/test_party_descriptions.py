"""A place and a party noun ("the Ohio Republican", "a Georgia Democrat") describe a person and
name nobody: the definite one is the latest person named before, the indefinite one someone new
with no id; a military rank ("the admiral") is a description too. Short texts written for these
tests in AP, Politico, NYT, Reuters and Washington Post styles; no codebook knows these people
(analysis/quotes/described_refs.py, coreference.py, codebooks/role_nouns.csv)."""
from .helpers import extract, one


def test_the_state_republican_is_the_speaker_named_before_ap():
    # AP: the description and a later "he" both stand for the speaker named first
    text = ("House Speaker Dan Mercer said on Friday he was not ready to back the nominee. "
            "The Ohio Republican told reporters the party needed answers first.\n\n"
            "\u201cWe want a standard-bearer who shares our values,\u201d he said.")
    row = one(text, "We want a standard-bearer")
    assert (row.speaker, row.speaker_id) == ("Dan Mercer", "name:dan_mercer")


def test_the_state_democrat_after_a_woman_keeps_her_nyt():
    # NYT: "the Iowa Democrat" is the senator; "she" then follows her
    text = ("Senator Amy Kerr spoke with the governor on Monday. The Iowa Democrat later said "
            "the talks had gone well. ''We found common ground,'' she said.")
    assert one(text, "We found common ground").speaker == "Amy Kerr"


def test_anonymous_party_members_are_not_one_person_politico():
    # Politico insider survey: each "a/another X Republican" is someone new, with no id
    text = ("\u201cTurnout will decide it,\u201d said a Georgia Republican, who asked not to be "
            "named. \u201cThe polls are soft,\u201d said another Georgia Republican.")
    rows = extract(text).set_index("quote")
    assert rows.loc["Turnout will decide it", "speaker"] == "a Georgia Republican"
    assert rows.loc["The polls are soft", "speaker"] == "another Georgia Republican"
    assert rows.loc["The polls are soft", "speaker_id"] == ""


def test_a_fronted_phrase_names_nobody_the_description_stands_for_wapo():
    # Washington Post: the name inside the dashes is the letter's addressee, not the writer
    text = ("Senator Jo Pratt wrote to the attorney general on Monday. In the letter - addressed "
            "to the chief prosecutor, Leon Marsh - the Utah Republican asks for an inquiry. "
            "\u201cThe public deserves answers,\u201d he wrote.")
    assert one(text, "The public deserves answers").speaker == "Jo Pratt"


def test_the_description_set_beside_a_name_is_that_name_ap():
    # AP: an apposition gives the description its name in the same sentence
    text = ("Rep. Tom Quill, the Kansas Republican, said the bill would fail. Rep. Ann Lowe "
            "disagreed. \u201cIt has no votes,\u201d said the Kansas Republican.")
    assert one(text, "It has no votes").speaker == "Tom Quill"


def test_the_admiral_after_a_dashed_aside_is_the_admiral_named_before_nyt():
    # NYT: a military rank as a description ("the admiral") is its sentence's subject, so the
    # "he" after it is the admiral, not the general who asked him
    text = ("Admiral Karl Weber commands the fleet in the region. General Ford recently asked "
            "Admiral Weber that question. Asked later - war or not over the reef - the admiral "
            "laughed.\n\n''It is good that my voice is low,'' he said.")
    assert one(text, "It is good that my voice").speaker == "Karl Weber"


def test_the_colonel_is_the_colonel_named_before_reuters():
    # Reuters: "the colonel" takes the colonel's name, not the minister's after it
    text = ("KABUL (Reuters) - Colonel Anwar Rahimi was thanked on Sunday by Defence Minister "
            "Omar Karimi, who praised the troops. On the road north, the colonel was calmer. "
            "\"We cleared it at dawn,\" he said.")
    assert one(text, "We cleared it at dawn").speaker == "Anwar Rahimi"
