"""Contents framed by a phrase with no verb (analysis/quotes/viewpoints.py): whose view a clause
is ("In Mr. Cruz's view, ...") and what a poll named after the clause shows ("X leads in the
latest poll").

Texts written for these tests in wire and newspaper styles; expected holders and spans are what
a reader would say.
"""
from .helpers import extract, one


def test_a_viewpoint_phrase_before_the_clause():
    row = one("In Mr. Haddad's view, the pipeline deal is a surrender to Moscow.", "the pipeline")
    assert (row.kind, row.speaker, row.verb, row.verb_class) == \
        ("indirect", "Haddad", "in the view of", "belief")
    assert row.quote == "the pipeline deal is a surrender to Moscow"
    row = one("In the eyes of many farmers, the new quota remains unfair.", "the new quota")   # BBC
    assert (row.speaker, row.quote) == ("many farmers", "the new quota remains unfair")


def test_a_poll_named_after_its_clause():
    text = ("Ms. Alvarez leads Mr. Brandt by 9 percentage points in the latest Marist poll "
            "released on Tuesday.")   # AP
    row = one(text, "Ms. Alvarez")
    assert (row.verb, row.verb_class, row.speaker) == \
        ("in", "evidence", "the latest Marist poll released on Tuesday")
    assert row.quote == "Ms. Alvarez leads Mr. Brandt by 9 percentage points"
    row = one("He will fly to Ohio, where he has held a narrow lead in most recent surveys, "
              "before returning to Washington.", "he has held")   # Reuters
    assert (row.speaker, row.quote) == ("most recent surveys", "he has held a narrow lead")


def test_no_row_without_a_standing_or_for_a_sample():
    quotes = extract("The governor took part in the poll. Mr. Kovac was backed by 42 percent of "
                     "the Republicans surveyed in the Xinhua poll, a four-point dip.")["quote"]
    assert not any(q.startswith(("The governor", "Mr. Kovac was")) for q in quotes)
    quotes = extract("Mr. Dube, who trails in polls out of Gauteng, campaigned in Soweto on "
                     "Sunday.")["quote"]   # Guardian: a relative clause is no finding
    assert not any(q.startswith(("who", "Mr. Dube")) for q in quotes)


def test_for_someone_is_no_viewpoint():
    # NYT: "For X," mostly says what is at stake for X, not what X thinks
    out = extract("For Mr. Obama, it was a day of celebration in the Rose Garden.")
    assert not (out["verb"] == "for").any()


def test_to_a_person_before_the_clause():
    row = one("To Ms. Okafor, the new tariff is a tax on the poor.", "the new tariff")   # NYT
    assert (row.speaker, row.verb, row.verb_class, row.quote) == \
        ("Okafor", "to", "belief", "the new tariff is a tax on the poor")
    # no one's view: a measure, a time, a hedge
    for text in ("To the extent she talks about trade, her message is simple.",
                 "To date, no one has been charged.", "To be sure, the plan is risky."):
        assert not [r for r in extract(text).itertuples() if r.verb == "to"], text
