"""Speakers of quotations (issue 13, direct quotations, seventh session): "thinking" after an owner
is a noun, and a signature on its own paragraph glued to a hyphen or followed by a party and
state. Texts written for these tests in wire, newspaper and live-blog styles."""
from .helpers import extract, indirect, speakers


def test_wire_source_familiar_with_a_named_persons_thinking_speaks():
    text = ('The governor left the dinner early. A source familiar with Delgado’s thinking said, '
            '“He wants a deal before the recess.”')
    assert speakers(text) == [("A source familiar with Delgado’s thinking",
                               "He wants a deal before the recess.")]


def test_newspaper_people_familiar_with_her_thinking_say_frames_the_clause():
    text = ('The mayor has been quiet since May, and people familiar with her thinking say she now '
            'doubts the budget will pass.')
    assert indirect(text) == [("she now doubts the budget will pass",
                               "people familiar with her thinking", "say")]


def test_contracted_is_before_thinking_keeps_the_verb():
    text = 'Asked about the race, Mr. Ortiz said: "He\'s thinking about running."'
    assert speakers(text) == [("Ortiz", "He's thinking about running.")]


def test_live_blog_signature_glued_to_a_hyphen_on_its_own_paragraph():
    text = ('The hall emptied after midnight.\n\n"Strong speech. He is ready for the job."\n\n'
            '-Governor Ana Ruiz, posting after the vote.\n\nThe count resumed at dawn.')
    assert speakers(text) == [("Ana Ruiz", "Strong speech. He is ready for the job.")]


def test_newspaper_signature_with_party_and_state_after_the_name():
    text = ('Reaction came quickly.\n\n"This bill protects nobody."\n\n— Sen. Jane Roe (D-Ore.)\n\n'
            'The vote is set for Tuesday.')
    assert speakers(text) == [("Jane Roe", "This bill protects nobody.")]


def test_digest_bullets_glued_to_a_hyphen_name_their_subject():
    text = ('Morning reads:\n\n-Nora Field explains why the state is "hard to poll." [Site]\n\n'
            '-Voters who dislike both nominees are staying home. [Paper]')
    out = extract(text)
    assert [(r.quote, r.speaker) for r in out.itertuples() if r.kind == "indirect"] == [
        ('why the state is "hard to poll."', "Nora Field"), ("both nominees", "Voters")]


def test_hyphen_inside_a_word_stays_no_dash():
    text = 'Anti-Trump protesters marched, and Ms. Lee said "the city is tired."'
    assert speakers(text) == [("Lee", "the city is tired.")]


def test_wire_speech_act_in_a_condition_leaves_the_quotation_to_the_outer_speaker():
    text = ('The candidate sent a memo to reporters explaining his plan, which would hold back the '
            'aid until the neighbouring government agreed to pay a fee of “$2 billion.”')
    row = [r for r in extract(text).itertuples() if r.kind == "partial"]
    assert [(r.speaker_mention, r.verb, r.quote) for r in row] == [
        ("The candidate", "explain", "$2 billion.")]


def test_newspaper_unless_clause_keeps_the_senator_as_speaker():
    text = ('Sen. Ray Dunn said the deal would collapse unless the union agrees to give up '
            '"every last overtime rule" by Friday.')
    assert speakers(text) == [("Ray Dunn", "every last overtime rule")]


def test_wire_subject_that_after_a_preposition_names_the_declarer():
    text = ('The minister urged sanctions on the group that has declared a "free republic" in '
            'the north.')
    row = [r for r in extract(text).itertuples() if r.kind == "partial"]
    assert [(r.speaker_mention, r.verb) for r in row] == [("the group", "declare")]


def test_newspaper_which_after_a_preposition_names_the_reporting_body():
    text = ('Reporters turned to the police department, which reported "14 break-ins" in '
            'March alone.')
    row = [r for r in extract(text).itertuples() if r.kind == "partial"]
    assert [(r.speaker_mention, r.verb) for r in row] == [("the police department", "report")]


def test_wire_sentence_opening_people_familiar_with_is_the_whole_source():
    text = ('The mayor has been quiet. People familiar with her plans say she now doubts the '
            'budget will pass.')
    assert indirect(text) == [("she now doubts the budget will pass",
                               "People familiar with her plans", "say")]


def test_newspaper_source_phrase_stops_before_a_negation():
    text = 'People close to the mayor did not say whether she would run again.'
    assert indirect(text) == [("whether she would run again", "People close to the mayor", "say")]


def test_source_close_to_the_family_keeps_family():
    text = 'A source close to the family privately said the daughter was home.'
    assert indirect(text) == [("the daughter was home", "A source close to the family", "say")]


def test_campaign_ad_voice_over_after_the_quotation_speaks():
    text = ('The spot opens on an empty podium. “The senator skipped the vote again,” a voice over '
            'says as the camera pans.')
    assert speakers(text) == [("a voice over", "The senator skipped the vote again")]


def test_campaign_ad_narrator_mentions_a_partial_quotation():
    text = 'The shot lingers on a shredder while the narrator mentions “lost files” twice.'
    rows = [(r.kind, r.speaker_mention) for r in extract(text).itertuples()]
    assert rows == [("partial", "the narrator")]
