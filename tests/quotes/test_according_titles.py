""""according to" a source whose noun phrase holds a title or term in marks: the phrase runs on
past the quotation to its comma, and the sentence's clause is the source's content.

Texts written for these tests in wire (AP, Reuters), newspaper (NYT, Washington Post) and
magazine styles.
"""
from .helpers import extract, indirect


def test_a_term_in_marks_inside_a_fronted_source():
    rows = indirect('According to her "buy local" plan, agencies must favor suppliers in the state.')
    assert [q for q, _, v in rows if v == "according to"] == [
        "agencies must favor suppliers in the state"]


def test_a_title_in_marks_and_more_sources():
    rows = indirect("According to Ann Reed's ''The Deal Makers'' and other accounts, the studio "
                    "paid for his silence.")
    assert [q for q, _, v in rows if v == "according to"] == ["the studio paid for his silence"]


def test_a_named_document_ending_the_sentence():
    rows = indirect('The bill would cost $40 billion over a decade, according to the "Fair Share" '
                    "summary the senator released.")
    assert [q for q, _, v in rows if v == "according to"] == [
        "The bill would cost $40 billion over a decade"]


def test_the_title_itself_stays_a_quotation_row():
    out = extract('According to her "buy local" plan, agencies must favor suppliers in the state.')
    assert "buy local" in out[out["kind"] != "indirect"]["quote"].tolist()


def test_a_quotation_of_the_source_still_ends_the_phrase():
    # a quotation right after the source, nothing lower-case after it: the source's own words
    rows = indirect('According to the mayor, "the budget is balanced," and the council agreed.')
    assert all(not q.startswith("the budget") for q, _, _ in rows)
