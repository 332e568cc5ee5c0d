"""Speakers that are no speaker (issue 13; nothing invented): a subject cut out of a number or
date, a count inside a proportion, a span of time. The row keeps the phrase that speaks, or no
row is made. Texts written for these tests in AP, Reuters, Xinhua, BBC, Guardian and New York
Times styles."""
from .helpers import indirect


def _speakers(text):
    return [speaker for _, speaker, _ in indirect(text)]


def test_ap_a_year_before_the_comma_is_not_part_of_the_subject():
    text = "In 2014, Ukrainian hackers backing the separatists took over the agency's website."
    assert _speakers(text) == ["Ukrainian hackers"]


def test_nyt_a_ratio_before_the_comma_is_not_part_of_the_subject():
    text = "By 3-1, young voters see climate change as a serious threat."
    assert _speakers(text) == ["young voters"]


def test_bbc_an_age_after_a_name_is_no_speaker():
    text = "Her husband, Tom, 41, worried that the village school would close."
    assert _speakers(text) == ["Tom"]


def test_xinhua_no_speaker_cut_out_of_a_number():
    text = ("Tourism to the island keeps growing, with over 40,000 visitors expected this summer "
            "from Europe and Asia.")
    assert not any(s.startswith("000") for s in _speakers(text))


def test_guardian_a_proportion_with_its_noun_is_the_speaker_whole():
    text = "About three out of 10 voters said the economy was their main concern."
    assert indirect(text) == [("the economy was their main concern",
                               "About three out of 10 voters", "say")]


def test_reuters_a_span_of_time_is_no_speaker():
    text = "But months of wrangling could follow as she tries to form a coalition."
    assert "months" not in _speakers(text)


def test_a_poll_dated_by_its_month_keeps_its_source():
    text = "A Gallup survey in March found that 60 percent of adults back the plan."
    assert _speakers(text) == ["A Gallup survey in March"]


def test_a_subject_after_a_dated_opener_stays():
    text = "On Oct. 12, state prosecutors charged the former mayor with fraud."
    assert _speakers(text) == ["state prosecutors"]


def test_guardian_each_group_in_a_list_of_relatives_holds_its_own_view():
    text = ("The coalition drew in hawks who wanted a tougher line on trade, doves who were angry "
            "about the Syria strikes, greens who wanted a carbon tax.")
    assert _speakers(text)[1:] == ["doves", "greens"]


def test_nyt_a_mass_quantifier_alone_is_no_holder():
    text = "On top of that, much of the party leadership is hostile to the proposal."
    assert "much" not in _speakers(text)


def test_ap_none_of_them_holds_nothing():
    text = "None of the main candidates is pushing for a bigger army."
    assert indirect(text) == []


def test_reuters_an_adverb_is_no_speaker():
    text = "But this only explains why the miners walked out."
    assert "only" not in _speakers(text)


def test_xinhua_a_finding_before_a_raising_verb_is_the_source():
    text = "Internal emails seem to show close ties between the charity and the ministry."
    assert _speakers(text) == ["Internal emails"]


def test_ap_polls_that_continue_to_show_are_the_source():
    text = "Still, polls continue to show that older voters back the deal."
    assert _speakers(text) == ["polls"]


def test_guardian_a_share_before_a_relative_who_ends_before_it():
    text = "About 40 percent of the delegates who support the plan come from the north."
    assert _speakers(text) == ["About 40 percent of the delegates"]
