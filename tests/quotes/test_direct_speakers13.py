"""Speakers of quotations (issue 13, direct quotations, sixth session): a frame after a quotation
that introduces the next one, ... Texts written for these tests in wire, newspaper and
email-dump styles."""
from .helpers import extract, indirect, speakers


def quotations(text):
    """(speaker, quotation) of the rows that are statements in marks (no mention, no clause)."""
    return [(r.speaker, r.quote) for r in extract(text).itertuples()
            if r.kind in ("direct", "partial")]


def test_politico_email_reply_keeps_the_frame_before_the_quotation():
    text = ('The aide sent the clipping at noon. Porter responds to Mills with, "Why now? That '
            'was on my way to Paris?" Mills then writes back, "You look great in the picture."')
    assert speakers(text) == [("Porter", "Why now? That was on my way to Paris?"),
                              ("Mills", "You look great in the picture.")]


def test_ap_question_split_by_its_own_frame_keeps_it():
    text = 'The minister paused. "Why now?" Lena Ortiz asked, "after ten years of silence?"'
    assert [s for s, _ in speakers(text)] == ["Lena Ortiz", "Lena Ortiz"]


def test_reuters_exclamation_then_the_next_speakers_reply():
    text = ('At the rally, Governor Tom Reyes shouted, "We will not back down!" His rival Ana '
            'Bell answered, "Then you will lose."')
    assert speakers(text) == [("Tom Reyes", "We will not back down!"),
                              ("Ana Bell", "Then you will lose.")]


def test_wire_absolute_with_clause_names_a_body():
    text = ('Unions are among the governor\'s keenest backers, with the National Nurses Union '
            'calling him "the champion working families need."')
    assert speakers(text) == [("National Nurses Union", "the champion working families need.")]


def test_newspaper_absolute_with_clause_names_a_description():
    text = ('Her rivals tried to tie Lund to the mayor, with one of their ads asking, "Is Karen '
            'Lund independent enough to sit on the court?"')
    assert speakers(text)[0][0] == "one of their ads"


def test_absolute_with_clause_beats_the_object_before_it():
    text = ('The campaign denied the account, with Mr. Oakes taking to Twitter to call Ms. Field '
            '"totally delusional" for the claim.')
    assert speakers(text)[0][0] == "Oakes"


def test_a_with_clause_of_time_leaves_the_frame_alone():
    text = 'The hall went quiet, with time running out, as Mayor Dan Kurtz said, "We are not done."'
    assert speakers(text) == [("Dan Kurtz", "We are not done.")]


def test_ap_crowd_reprises_a_chant_named_by_a_noun():
    text = ('Governor Mark Delaney spoke for an hour, and at one point the crowd loudly reprised '
            'the chant "Lock him up! Lock him up!" that rang through the hall.')
    assert speakers(text) == [("the crowd", "Lock him up! Lock him up!")]


def test_nyt_speaker_rousing_a_crowd_to_chants_is_not_the_chanter():
    text = ('Playing a prosecutor in a mock trial, Mr. Delaney roused the crowd to spontaneous '
            'chants of "Lock him up!"')
    assert speakers(text) == [("the crowd", "Lock him up!")]


def test_chants_with_no_crowd_named_keep_no_speaker():
    text = ('Walking into the office to chants of "Marco! Marco!," the senator said his campaign '
            'was ready.')
    assert speakers(text) == [("", "Marco! Marco!")]


def test_politico_shouts_from_the_floor_after_the_quotation():
    text = ('The chair called a voice vote. "Call the roll," came shouts from the floor, as the '
            'chair moved on.')
    assert speakers(text) == [("the floor", "Call the roll")]


def test_a_chanting_speaker_keeps_the_quotation():
    text = 'The candidate walked onto the stage, chanting "U-S-A! U-S-A!" with his fans.'
    assert speakers(text) == [("The candidate", "U-S-A! U-S-A!")]


def test_chants_reported_according_to_someone_keep_that_source():
    text = ('The governor was greeted with chants of "Bobby!" at a labor conference, according to '
            'union president Doris Mays.')
    assert speakers(text) == [("Doris Mays", "Bobby!")]


def test_columnist_rhetorical_why_is_no_speaker():
    text = ('Many voters disliked the phrase "self-deportation." Why not just say: "They will go '
            'home the same way they came"?')
    assert speakers(text)[-1] == ("", "They will go home the same way they came")


def test_state_media_adverb_between_subject_and_verb_is_skipped():
    text = 'Western media has always claimed itself to be an "unbiased" review of the news.'
    assert speakers(text) == [("Western media", "unbiased")]


def test_blog_fronted_alongside_phrase_is_no_subject():
    text = ('Alongside BLM calls for action, even a top GOP strategist said Clara Hale must choose '
            'a side, saying, "At some point, she is going to have to come out."')
    assert speakers(text) == [("a top GOP strategist",
                               "At some point, she is going to have to come out.")]


def test_feature_title_in_an_apposition_is_no_statement():
    text = ('Oscar-winning actress Dana Lowe, star of cult classic "Rivers and Roads," is not sure '
            'she can vote for the senator.')
    assert quotations(text) == []


def test_nyt_title_after_autobiography_is_no_statement():
    text = ("In his autobiography, ''A Time for Honesty,'' published in 2015, Mr. Ruiz described "
            "his childhood.")
    assert quotations(text) == []


def test_guardian_anthem_title_is_no_statement_but_the_singers_words_are():
    text = ('At the end of her rendition of the civil rights anthem "A Change Is Gonna Come," the '
            'singer told the crowd, "We are still marching."')
    assert quotations(text) == [("the singer", "We are still marching.")]


def test_politico_source_close_to_a_name_is_not_that_name():
    text = ('At times last year, people close to the vice president said, the mere mention of her '
            'name could make him fume.')
    assert indirect(text)[0][1] == "people close to the vice president"


def test_wire_inverted_source_familiar_with_keeps_the_whole_phrase():
    text = '"It was not a convincing argument," said one Democrat familiar with the discussion.'
    assert speakers(text) == [("one Democrat familiar with the discussion",
                               "It was not a convincing argument")]


def test_reuters_official_familiar_with_the_investigation_said():
    text = ('A U.S. law enforcement official familiar with the investigation said that '
            'prosecuting anyone involved would be difficult.')
    assert indirect(text)[0][1] == \
        "A U.S. law enforcement official familiar with the investigation"


def test_breitbart_progressive_naming_verb_after_an_aside_names_the_subject():
    text = ('Former Arkansas Gov. Mike Hucks, for his part, is labeling the order "a blatant abuse '
            'of power."')
    assert quotations(text) == [("Mike Hucks", "a blatant abuse of power.")]


def test_usa_today_progressive_naming_verb_with_a_possessive_subject():
    text = 'Candidate Gary Jones\'s doctor is calling the candidate "extremely physically fit."'
    assert quotations(text) == [("Candidate Gary Jones's doctor", "extremely physically fit.")]


def test_a_passive_naming_verb_names_its_by_agent_and_else_nobody():
    # (the "by" agent since 2 Dec 2026, :mod:`analysis.quotes.passive_labels`)
    text = 'The mayor has been called "the Trump of the East" by his critics.'
    assert quotations(text) == [("his critics", "the Trump of the East")]
    text = 'The mayor has been called "the Trump of the East" for years.'
    assert quotations(text) == [("", "the Trump of the East")]
