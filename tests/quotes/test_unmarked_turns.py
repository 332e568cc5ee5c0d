"""Transcript turns printed with no quotation marks (analysis/quotes/transcript_turns.py,
unmarked_turns). Texts written for these tests in broadcast-transcript and newspaper styles."""
from .helpers import extract


def _turns(text):
    out = extract(text)
    return [(r.speaker, r.quote) for r in out[(out["kind"] == "indirect") &
                                              (out["verb"] == "say")].itertuples()]


def test_capitals_labels_give_each_turn_to_its_speaker():
    text = ("Governor Paula Reyes spoke to the network on Sunday.\n\n"
            "HOST: Governor, do you think the state budget will pass this week?\n\n"
            "REYES: I believe we have the votes, and we will keep working until it passes.")
    assert _turns(text) == [
        ("Host", "Governor, do you think the state budget will pass this week?"),
        ("Paula Reyes", "I believe we have the votes, and we will keep working until it passes")]


def test_named_labels_need_someone_speaking_twice():
    text = ("Mark Olsen and Dana Whitfield debated the tax on the program.\n\n"
            "Mark Olsen: Well, the tax is bad for every family in this state.\n\n"
            "Dana Whitfield: No one I meet calls their pension a luxury, Mark.\n\n"
            "Olsen: Here is the irony of our time, and you know it well.")
    assert [s for s, _ in _turns(text)] == ["Mark Olsen", "Dana Whitfield", "Mark Olsen"]
    headings = ("The candidates' plans compared.\n\n"
                "Jeb Holt: Student loans would be capped at the level of a public college.\n\n"
                "Maria Sanz: Credit scores would be reformed by a new federal agency.")
    assert _turns(headings) == []


def test_short_tallies_and_question_answer_labels_give_no_turn():
    text = ("THE COUNT.\n\nCLINTON: 2,316.\n\nSANDERS: 1,547.\n\n"
            "Q: How did you come to run for the seat this year?\n\n"
            "A: My neighbours asked me to, and I could not say no to them.")
    assert _turns(text) == []


def test_a_pages_headings_and_a_series_title_are_no_conversation():
    promos = ("Hospitals in the region reported fewer admissions on Monday.\n\n"
              "A QUICK GUIDE: What should you do if a neighbour falls ill?\n\n"
              "STAYING SAFE: The rules on travel and visits this winter\n\n"
              "YOUR QUESTIONS: Our health correspondent answers them all")
    assert _turns(promos) == []
    series = ("The Harbour Files: Why the dock workers never got their pensions back\n\n"
              "The ferry company denied the claims in a letter to the council.\n\n"
              "The Harbour Files: How a port authority lost track of its own money")
    assert _turns(series) == []


def test_an_interview_by_a_publication_gives_the_answers_to_the_person():
    text = ("Nadia Brandt has written a book about how cities plan for floods.\n\n"
            "The Gazette: Why did you start with the drainage maps of the old port?\n\n"
            "Nadia Brandt: Because the maps showed where the water had always wanted to go.\n\n"
            "The Gazette: Do engineers listen to historians when they plan new levees?\n\n"
            "Ms Brandt: More than they did, though budgets still decide most of it.")
    assert [s for s, _ in _turns(text)] == ["Nadia Brandt", "Nadia Brandt"]
