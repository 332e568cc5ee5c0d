"""A reporting participle after "while", "before", "upon" ... has no subject of its own: it is
the main clause's subject's act, not that of the object before it ("X pummeled Y as divisive
while praising Z as "..."": X). Sentences written for these tests in regional-daily, wire and
broadcast-transcript styles."""
from .helpers import extract


def _rows(text):
    return [(r.kind, r.speaker, r.verb) for r in extract(text).itertuples()
            if r.kind in ("partial", "direct")]


def test_while_praising_after_an_object_is_the_subject_s():
    text = ('State Rep. Ann Reyes on Friday pummeled Mayor Tom Hanley as divisive while praising '
            'Governor Lee Park as a "steady hand, not a showman."')
    assert _rows(text) == [("partial", "Ann Reyes", "praise")]


def test_upon_saying_after_an_apposition_is_the_named_subject_s():
    text = ('Mara Lind, herself a union organizer for years, drew boos upon saying, "The deal '
            'heard the passion of the workers."')
    assert _rows(text) == [("direct", "Mara Lind", "say")]


def test_a_role_between_an_outlet_and_a_name_does_not_make_the_outlet_speak():
    text = ('Daily Ledger columnist Ann Reyes angered the council last week before saying, "The '
            'budget is a fraud on taxpayers."')
    assert _rows(text) == [("direct", "Ann Reyes", "say")]


def test_a_fronted_while_clause_keeps_its_own_reading():
    text = 'While praising the port workers, Mayor Tom Hanley said the deal was "a fair one."'
    assert _rows(text) == [("partial", "Tom Hanley", "say")]
