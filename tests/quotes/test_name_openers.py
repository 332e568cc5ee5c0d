"""A sentence's first word that is a verb is no part of the name after it ("Entrusting Donald
Trump with ...", "Stated Stone: ..."), while given names, bodies a reporting verb follows, and
titles stay in the name. Texts written for these tests in newspaper and magazine styles."""
from .helpers import extract, speakers


def test_a_participle_opening_the_sentence_is_no_part_of_the_name_usa_today():
    text = ('Hillary Clinton spoke in Ohio. Entrusting Donald Trump with the nuclear codes, she '
            'said, would be "a historic mistake."')
    assert set(extract(text).speaker) == {"Hillary Clinton"}
    text = 'Joining Mayor Ana Reyes on stage, the governor said: "We stand together."'
    assert "Joining" not in " ".join(extract(text).speaker)


def test_a_reporting_verb_put_first_gives_the_name_after_it_magazine():
    text = ('Roger Stone spoke to the radio host for an hour. Stated Stone: "The stakes are high." '
            'Continued Stone, "It is a real problem."')
    assert speakers(text) == [("Roger Stone", "The stakes are high."),
                              ("Roger Stone", "It is a real problem.")]


def test_given_names_bodies_and_titles_stay_whole_wire():
    out = extract("Sterling Brown said the vote was over. Playing Field Promotions said the fee "
                  "was high. State Rep. Wendy Nanney suggested that the bill was flawed. Rolling "
                  "Thunder, a veterans' group, says the ride will go on.")
    assert list(out.speaker) == ["Sterling Brown", "Playing Field Promotions", "Wendy Nanney",
                                 "Rolling Thunder"]
