"""More shapes of non-speech reported content (analysis/quotes/content.py, content_cues.csv,
nominal.object_span): adjectives of certainty with their copula, embedded questions after cues
of knowing, a subordinate clause opened after a conjunction, and an object that opens a list.

Texts written for these tests in wire and newspaper styles; expected spans are what a reader
would say.
"""
from .helpers import extract, one


def test_certainty_adjectives_with_their_copula():
    row = one("Party officials are confident the runoff will be held on time, but the mayor's aides "
              "is sure that the count will be delayed.", "the count")   # Reuters
    assert (row.speaker, row.verb, row.verb_class) == ("the mayor's aides", "sure", "belief")
    assert row.quote == "the count will be delayed"
    row = one("Farmers in the delta were adamant that the dam would ruin the harvest.", "the dam")
    assert (row.verb, row.verb_class) == ("adamant", "belief")   # Xinhua


def test_an_embedded_question_after_a_cue_of_knowing():
    row = one("Central bankers still do not know how far the slowdown will spread.", "how far")
    assert (row.speaker, row.verb, row.quote) == \
        ("Central bankers", "know", "how far the slowdown will spread")   # Guardian
    row = one("Investors wondered why the regulator had waited until Friday.", "why")
    assert (row.speaker, row.verb) == ("Investors", "wonder")   # AP


def test_a_subordinate_clause_after_a_conjunction_ends_at_its_comma():
    row = one("But if the audit shows that the ministry misused the funds, the minister will "
              "resign.", "the ministry")   # BBC
    assert (row.verb, row.verb_class, row.quote) == \
        ("show", "evidence", "the ministry misused the funds")


def test_an_object_keeps_the_list_it_opens():
    row = one("Ms. Okafor thanked her parents, her sisters, her husband and her campaign staff, "
              "as well as the volunteers.", "her parents")   # NYT
    assert (row.verb, row.verb_class, row.quote) == \
        ("thank", "stance", "her parents, her sisters, her husband and her campaign staff")
    row = one("The senator endorsed Mr. Ruiz, who won the primary in March.", "Mr. Ruiz")
    assert row.quote == "Mr. Ruiz"   # a relative clause is no list item
    out = extract("The governor endorsed Mr. Ruiz, and the party's donors followed within days.")
    assert "Mr. Ruiz" in set(out["quote"])   # ", and" after the object opens a clause


def test_a_finding_stops_before_a_later_report_in_its_sentence():
    text = ("The tactic came to light this week when court filings revealed that the developer had "
            "sought $10 million in damages, alleging that the consultant broke a confidentiality "
            "agreement.")   # Washington Post style
    row = one(text, "the developer")
    assert (row.speaker, row.verb, row.verb_class) == ("court filings", "reveal", "evidence")
    assert row.quote == "the developer had sought $10 million in damages"
    row = one("The jet was insured for $35 million in 2011, records show, and aviation experts say "
              "it is now worth half that.", "The jet")   # NYT: the frame inside its content
    assert (row.verb, row.quote) == ("show", "The jet was insured for $35 million in 2011")
    row = one("An email from the ministry, meanwhile, reveals that the contract was signed in "
              "March.", "the contract")   # Reuters: an email is a record
    assert (row.speaker, row.verb_class) == ("An email from the ministry", "evidence")
