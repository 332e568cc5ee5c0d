"""A zero-"that" clause after a short setting of where or how it was said ("said in a statement
the ceasefire remains", "told reporters at the Capitol the bill is dead"): the clause starts at
its article-led subject; a contact relative of the setting's noun or a gerund's object does not."""
from tests.quotes.helpers import indirect


def test_a_statement_then_a_clause_with_a_present_verb():
    # Reuters
    assert indirect("The ministry said in a statement the ceasefire remains in force.") == [
        ("the ceasefire remains in force", "The ministry", "say")]


def test_a_broadcast_then_a_clause_with_an_auxiliary():
    # BBC Monitoring
    assert indirect("The minister said on state television the border would reopen on Monday.") == [
        ("the border would reopen on Monday", "The minister", "say")]


def test_an_addressee_and_a_setting_then_the_clause():
    # AP
    assert indirect("The senator told reporters at the Capitol the bill is dead.") == [
        ("the bill is dead", "The senator", "tell")]
    # NYT: a named addressee with its place
    assert indirect("Whitman told The Star-Ledger of Newark she would rather vote for Clinton.") == [
        ("she would rather vote for Clinton", "Whitman", "tell")]


def test_the_agent_of_a_participle_is_no_subject():
    # US paper: "by the campaign" belongs to the setting; the clause is the pronoun's
    assert indirect("Harlow said in a statement released by the campaign he was wrong.") == [
        ("he was wrong", "Harlow", "say")]


def test_a_contact_relative_of_the_setting_opens_no_clause():
    # "the campaign released" is a relative of "statement" (a past, not read as a clause)
    rows = indirect("Harlow said in a statement the campaign released Friday that the report was false.")
    assert ("the report was false", "Harlow", "say") in rows
    assert all(not quote.startswith("the campaign released") for quote, _, _ in rows)


def test_a_gerund_s_object_is_no_subject():
    rows = indirect("The two camps agreed on creating a commission to examine changes to party rules.")
    assert all(not quote.startswith("a commission") for quote, _, _ in rows)
