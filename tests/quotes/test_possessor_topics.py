"""Who a pronoun or a participle after a quotation stands for, on texts written for these tests
(AP, New York Times "Mrs.", Guardian, a column): a possessor opening the sentence is its topic
("Mrs. Schlafly's pronouncements drove ... She said") and ", adding, "..."" after a quotation
closed by its comma is the sentence subject's (analysis/quotes/coreference.py, names.py,
attribution.py)."""
from .helpers import one


def test_an_opening_possessor_is_the_topic_nyt():
    text = ("Phyllis Schlafly founded the Eagle Forum in 1972. Mrs. Schlafly's pronouncements drove "
            "her antagonists to distraction. Both houses of Congress passed the amendment.\n\n"
            "She said that ''sex-education classes are like in-home sales parties.''")
    assert one(text, "sex-education").speaker == "Phyllis Schlafly"


def test_an_opening_possessor_on_a_web_page_column():
    text = ("Hillary Clinton spoke in Iowa on Monday. Clinton's website is very different. On the "
            'health care page, she vows to "defend the Affordable Care Act."')
    assert one(text, "defend the").speaker == "Hillary Clinton"


def test_a_possessor_is_not_the_subject_it_stands_before_ap():
    text = ("Donald Trump's campaign manager, Corey Lewandowski, spoke on Monday.\n\n"
            '"We will win," he said.')
    assert one(text, "We will win").speaker == "Corey Lewandowski"


def test_a_possessor_in_the_object_stays_last_guardian():
    text = ('Harriet Lowe drew Tom Barker\'s ire on Monday. "She is weak," he said.')
    assert one(text, "She is weak").speaker == "Tom Barker"


def test_adding_after_a_quotation_closed_by_its_comma_column():
    text = ('To wit, Ann Coulter told Newsmax that Mitt Romney "had a crazy policy of self-deportation," '
            'adding, "He lost all of the Latino vote."')
    assert one(text, "He lost").speaker == "Ann Coulter"


def test_adding_after_a_quotation_nyt_marks():
    text = ("Mr. Obama told the crowd that Mr. Trump was ''unfit,'' adding, ''He is not ready.''")
    assert one(text, "He is not").speaker_mention == "Mr. Obama"


def test_a_possessor_after_an_opening_adverb_is_still_the_topic_nyt():
    # NYT: "Indeed, X' message is ..." opens on X; the "He" after is X, not the spokesman before
    text = ("The Rev. Paolo Conti, a spokesman, said the visit was pastoral. Indeed, Pope "
            "Francis' message is to call on all believers to be more generous. He has urged "
            "his bishops to be humbler, as he laments a ''throwaway culture'' in rich nations.")
    assert one(text, "throwaway culture").speaker == "Francis"
