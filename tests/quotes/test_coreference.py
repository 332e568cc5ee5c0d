"""Who "he", "she" and a name stand for, on short texts written for these tests in wire and
newspaper styles (AP, Reuters, the New York Times' "Mr." on later mentions, British "Ms" without
a stop, tabloid "soap star X, 45"). No codebook knows these people: gender comes from given
names, role nouns, honorifics and the pronouns already resolved (analysis/quotes/coreference.py).
"""
from analysis.codebooks import load_given_names, load_role_nouns

from .helpers import one


def test_given_names_and_role_nouns_are_general_codebooks():
    names, roles = load_given_names(), load_role_nouns()
    assert (names["Hillary"], names["Donald"], names["Megyn"]) == ("f", "m", "f")
    assert "Jordan" not in names and "Kelly" not in names   # unisex names are left out
    assert (roles["spokeswoman"], roles["congressman"], roles["strategist"]) == ("f", "m", "")


def test_a_given_name_keeps_he_from_a_woman_ap():
    # AP: a man said "I wonder why"; the woman named first is no antecedent of "he"
    text = ('Hillary Jones spoke to reporters after Donald Smith left the hall.\n\n'
            '"I wonder why they came at all," he says.')
    assert one(text, "I wonder").speaker == "Donald Smith"


def test_a_given_name_keeps_she_from_a_man_tabloid():
    text = ("Jason Reed mocked soap star Dana Hart on Tuesday.\n\n"
            '"I\'ve had enough of him," she said.')
    assert one(text, "I've had").speaker == "Dana Hart"


def test_a_role_noun_gives_gender_reuters():
    # Reuters: the apposition names the role; "businessman" makes Kim Park a man
    text = ("Dana Reyes, the congresswoman from Ohio, sat beside Kim Park, a businessman, on "
            'Monday.\n\n"This is wrong," he said.')
    assert one(text, "This is").speaker == "Kim Park"


def test_gender_learnt_from_an_earlier_pronoun():
    # nothing in the name says Kim Park is a man; the "He" that followed does
    text = ("Kim Park spoke on Monday. He said the plan was sound.\n\n"
            "Kim Park later met Councilwoman Dana Reyes in Columbus.\n\n"
            '"It will fail," she said.')
    assert one(text, "It will").speaker == "Dana Reyes"


def test_a_pronoun_follows_the_chain_of_pronouns_nyt():
    # NYT: "She" opens the second sentence; the quotation's "she" is the same woman, not the
    # one she thanked
    text = ("Ms. Reyes took the stage on Monday.\n\n"
            "She thanked Ms. Banks for the introduction.\n\n"
            "''We are not done,'' she said.")
    assert one(text, "We are not").speaker == "Reyes"


def test_a_name_nothing_marks_as_a_person_is_no_antecedent_unless_subject():
    # "the Paris Agreement" is a name the text gives but no person, Ms. Reyes a woman: "he" stays
    # unresolved
    text = ("Ms. Reyes compared the Paris Agreement with earlier deals.\n\n"
            '"It is a start," he said.')
    row = one(text, "It is a start")
    assert (row.speaker_id, row.speaker_mention) == ("", "he")


def test_a_second_predicate_keeps_the_subject_ap():
    text = ('Republican Tom Barrett used to back Senator Ann Cole, but now said the party '
            'had "the obligation to unite."')
    row = one(text, "the obligation")
    assert (row.speaker, row.verb) == ("Tom Barrett", "say")
    text = ('When asked whom she supported, Ms. Sherry smiled and said, "I am waiting."')
    assert one(text, "I am waiting").speaker == "Sherry"


def test_a_second_predicate_after_yet_or_adverbs_keeps_the_subject():
    # wire copy: ", yet later said" (the subject opens the sentence, another person between)
    text = ('Senator Ray Doyle criticised Governor Lena Ortiz for weeks, yet later said that '
            'the deal was "fair to both sides."')
    assert one(text, "fair to both").speaker == "Ray Doyle"
    # feature copy: "and then" after a fronted clause (the subject follows its comma)
    text = ('Asked about Judge Ann Weller, Mayor Tom Reyes shrugged and then said: '
            '"We will see."')
    assert one(text, "We will see").speaker == "Tom Reyes"


def test_possessors_and_demonyms_are_not_part_of_the_name():
    row = one('"The race is over," the Heritage Institute\'s Mark Bell says.', "The race")
    assert (row.speaker, row.speaker_id) == ("Mark Bell", "name:mark_bell")
    row = one('"He can unite us," said fellow Kentuckian Rand Paul.', "He can")
    assert row.speaker == "Rand Paul"
    row = one('"We will win," Democrat Hillary Clinton said.', "We will")
    assert row.speaker == "Hillary Clinton"


def test_british_ms_without_a_stop_gives_gender():
    text = ("Ms Thornberry met Mr Lammy in Hull on Friday.\n\n"
            '"Not an inch," he said.')
    assert one(text, "Not an inch").speaker == "Lammy"


def test_a_title_case_subhead_is_no_name_huffpost():
    # a blog's subhead in title case, then the story: the subhead names nobody
    text = ("Bush Hits Marco Rubio On Rape Exception For Abortions\n\n"
            'Marco Rubio defended his record on Saturday. "I stand by it," he said.')
    row = one(text, "I stand")
    assert (row.speaker, row.speaker_id) == ("Marco Rubio", "name:marco_rubio")


def test_a_title_after_a_body_name_opens_the_persons_name_ap():
    # "Air Force" and "House" name bodies, but "Gen." and "Speaker" make the rest a person
    text = ('Retired Air Force Gen. Norman Ham backs Donald Trump.\n\n'
            '"It was demoralizing," he told the host.')
    assert one(text, "It was").speaker == "Norman Ham"
    row = one('"The votes are there," House Speaker Paul Ryan said.', "The votes")
    assert (row.speaker, row.speaker_id) == ("Paul Ryan", "name:paul_ryan")


def test_a_first_name_alone_gives_gender_feature_story():
    # Melanie spoke last, but "he" cannot be her
    text = ('Ted Hale came with his wife. "Here he comes," Melanie said.\n\n'
            '"I love you all," he said.')
    assert one(text, "I love").speaker == "Ted Hale"


def test_things_places_and_headings_are_no_antecedents():
    text = ("FULL TEXT\n\nThe Paris Agreement entered into force on Friday.\n\n"
            '"One hopes," he said.')
    row = one(text, "One hopes")
    assert (row.speaker_id, row.speaker_mention) == ("", "he")
