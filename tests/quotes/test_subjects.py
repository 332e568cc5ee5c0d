"""Subjects of reporting verbs that no reference covers (issue 13, direct quotations): a
description right before the verb, a participle's subject, and sentences the splitter cut after
a party-and-state tag. Texts written for these tests in AP, Reuters, New York Times and Guardian
styles."""
from .helpers import extract, indirect, speakers


def test_ap_description_right_before_the_verb_not_the_earlier_name():
    assert speakers('Mayor Ruth Alder spoke for an hour as the heckler shouted: "Resign now!"') \
        == [("the heckler", "Resign now!")]


def test_guardian_description_after_a_connective():
    text = ('Jane Holt thanked the crowd. But the columnist suggested: "Her winning streak proves '
            'voters are tired of the old guard."')
    assert speakers(text)[-1][0] == "the columnist"


def test_nyt_description_with_a_phrase_after_it_is_the_subject_not_the_phrase():
    text = "''Will she run again?'' a Democratic aide in the room wondered."
    assert speakers(text) == [("a Democratic aide", "Will she run again?")]


def test_a_name_right_before_the_verb_still_wins():
    text = ('The governor, a former prosecutor, left early. "We will win," Gov. Alan Pike said '
            'as the crowd cheered.')
    assert speakers(text) == [("Alan Pike", "We will win")]


def test_reuters_said_then_adding_takes_the_one_who_said():
    text = ('The suspect did not stay after prayers, the imam said, adding, "He was never very '
            'religious."')
    assert speakers(text) == [("the imam", "He was never very religious.")]


def test_a_participle_takes_no_subject_after_it():
    text = ('Speaking to supporters in Ohio, Senator Ann Marsh said there is "only one real '
            'conservative left in the race," adding that it is why Tom Bray "keeps attacking me."')
    assert [s for s, _ in speakers(text)] == ["Ann Marsh", "Ann Marsh"]


def test_according_to_after_a_quotation_still_names_the_source():
    text = '"The evidence was not enough to charge him," according to a court filing.'
    assert speakers(text)[0][0].startswith("a court")


def test_a_participle_after_an_object_belongs_to_the_sentence_subject():
    assert speakers('The campaign of Gov. Paul Reed shrugged off the remarks, telling '
                    'reporters, "Nobody on our team ever asked for an endorsement."')[0][0] == \
        "The campaign"
    assert speakers('Her campaign quickly sent an email to supporters stating, "The speaker '
                    'joins a growing list of critics."')[0][0] == "Her campaign"


def test_with_a_name_and_a_participle_the_name_speaks():
    text = ('Critics pounced, with Republican Senator Jim Marsh telling reporters he viewed the '
            'mayor as "directly responsible" for the delay.')
    assert speakers(text)[0][0].endswith("Jim Marsh")


def test_a_party_and_state_tag_does_not_end_the_sentence():
    text = 'Rep. Elena Ruiz (D-Md.), chair of the panel, said it was "fully open to every view."'
    assert speakers(text)[0][0] == "Elena Ruiz"
    text = ('But Sen. Richard Dorn (D-Ill.), noting the size of the mayor\'s following, said, '
            '"She has a big email list and she will use it."')
    assert speakers(text)[0][0] == "Richard Dorn"


def test_a_sentence_adverb_or_a_prepositions_object_is_no_speaker():
    # AP: "Worse, ..." opens the sentence; it is no name, and "in many cases" before the
    # participle is a preposition's object: the row has no invented speaker
    rows = extract('Worse, the companies have hidden their tax havens, in many cases reporting '
                   'different numbers to different agencies.')
    assert not {"Worse", "many cases"} & set(rows["speaker"])
    # Reuters: "Overall, <subject> reported"
    rows = indirect('Overall, the remaining casinos in the city reported $2.1 billion in revenue, '
                    'officials said.')
    assert "Overall" not in {speaker for _, speaker, _ in rows}


def test_a_focus_adverb_between_subject_and_verb_is_no_part_of_the_subject():
    # wire and broadsheet: "even", "only" stand between the subject and its verb ("both" too,
    # though "Both want ..." is a subject of its own)
    assert indirect("Officials even said the deal was dead.") == [
        ("the deal was dead", "Officials", "say")]
    assert indirect("The two senators both said the bill was dead.") == [
        ("the bill was dead", "The two senators", "say")]
    assert [s for _, s, _ in indirect("Ms. Lee only said the bill was dead.")] == ["Lee"]
    assert [q for q, _, _ in indirect("Both want the tax cut to expire.")] == [
        "the tax cut to expire"]
    # a stance cue's holder too (AP)
    assert [s for _, s, _ in indirect("Congress only voted for a two-year delay.")] == ["Congress"]
    # an aside before the adverb (magazine)
    assert indirect("Party officials, in fact, even insist that the senator will win.") == [
        ("the senator will win", "Party officials", "insist")]
