"""Transcript turns opened by a speaker label in capitals (analysis/quotes/transcript_turns.py).

Texts written for these tests in the styles of a cable-news transcript repost (a US website), a
newspaper's Q&A-style interview excerpt and a wire debate excerpt; the expected speaker is the one
the label names, as a careful reader takes it, and the turn's words start after the label.
"""
from .helpers import speakers


def test_a_labelled_turn_is_its_speakers_without_the_label():
    # cable-news repost: the host is named in the article, the guest too
    text = ("On Sunday's program, host Dana Whitfield pressed Senator Mark Ollinger on the budget."
            "\n\nPartial transcript as follows:\n\n"
            "\"WHITFIELD: Will you vote for the bill?\n\n"
            "\"OLLINGER: No. It spends too much and it does too little.\n\n"
            "\"WHITFIELD: Even if the leadership asks you to?")
    assert speakers(text) == [
        ("Dana Whitfield", "Will you vote for the bill?"),
        ("Mark Ollinger", "No. It spends too much and it does too little."),
        ("Dana Whitfield", "Even if the leadership asks you to?")]


def test_a_label_the_article_does_not_name_is_the_speaker_and_a_clip_has_none():
    # debate excerpt: the moderator is not named outside the label; a clip plays
    text = ("Governor Ann Kestrel answered questions on Tuesday.\n\n"
            "\"MORALES: Governor, your opponent says you misled voters.\n\n"
            "\"VIDEO: They told us one thing and did another.\n\n"
            "\"KESTREL: That is simply wrong.")
    assert speakers(text) == [
        ("Morales", "Governor, your opponent says you misled voters."),
        ("", "They told us one thing and did another."),
        ("Ann Kestrel", "That is simply wrong.")]


def test_a_quotation_inside_a_turn_and_a_continued_turn_keep_the_label_speaker():
    # interview excerpt: a paper quoted inside a question, an answer running on two paragraphs
    text = ("Representative Lou Brannigan sat down with Jill Okafor of the station.\n\n"
            "\"OKAFOR: As \u201cThe Daily Ledger\u201d put it, voters are tired. Are they?\n\n"
            "\"BRANNIGAN: They are tired of waiting.\n\n"
            "\"And they will vote in November.")
    rows = speakers(text)
    assert ("Jill Okafor", "The Daily Ledger") in rows
    assert ("Lou Brannigan", "And they will vote in November.") in rows


def test_one_labelled_paragraph_is_no_transcript():
    # newspaper: a single "NOTE:" style paragraph, the quotation keeps its own frame
    text = ("\"BUDGET: The council passed it,\" Mayor Tom Reyes said on Monday.")
    assert speakers(text) == [("Tom Reyes", "BUDGET: The council passed it")]
