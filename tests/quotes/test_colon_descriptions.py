"""A quotation right after a colon that closes a clause opened by a description no reference
covers ("a familiar voice celebrated ...:", "the mayor's first questioners ranged ...:") is that
description's; a document's ("Dunn's letter makes a case:", "an email sent out by X warned ...:")
is its issuer's. Sentences written for these tests in wire, tabloid, regional and campaign-trail
styles."""
from .helpers import extract


def _direct(text):
    return [(r.speaker, r.speaker_mention) for r in extract(text).itertuples()
            if r.kind in ("direct", "partial")]


def test_a_description_opening_the_announcing_clause_speaks():
    text = ('After the vote, a familiar voice celebrated the result on Twitter: "We won, and we '
            'will win again."')
    assert _direct(text) == [("a familiar voice", "a familiar voice")]


def test_an_owned_plural_description_speaks_whole():
    text = ('At the Ankara news conference, the mayor\'s first five questioners ranged from polite '
            'to hostile: "Is it time for your plan to change?"')
    assert _direct(text) == [("the mayor's first five questioners",
                              "the mayor's first five questioners")]


def test_an_owned_document_speaks_for_its_owner():
    text = ('Councillor Ann Dunn wrote to the board on Monday. Dunn\'s letter makes a blunt case: '
            '"The council has failed the port and its workers for a decade."')
    assert _direct(text) == [("Ann Dunn", "Dunn's letter")]


def test_a_document_sent_by_someone_speaks_for_its_sender():
    text = ('In addition, a fundraising email sent out by Governor Alan Reed on Tuesday night '
            'warned of the fight ahead: "There are nine contests in the next two weeks."')
    assert _direct(text) == [("Alan Reed", "a fundraising email")]


def test_a_head_that_cannot_speak_gives_no_speaker():
    assert _direct('The rules of the chamber are clear: "No member may vote twice on a motion."') \
        == [("", "")]
    assert _direct('The answer was simple: "No, and never."') == [("", "")]
