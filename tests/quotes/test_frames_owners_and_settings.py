"""Pronouns in and around a quotation's frame (issue 13, session 27): "according to her
lawyers" is the lawyers' word, not the woman's. Texts written for these tests in AP, Washington
Post and Guardian styles."""
from .helpers import extract, speakers


def test_according_to_her_lawyers_is_the_lawyers():
    text = ('Jane Porter sued the developer in 2012. The suit put Porter "through years of '
            'misery," according to her lawyers in a court filing.')
    row = extract(text).query("kind != 'indirect'").iloc[0]
    assert (row.speaker, row.speaker_mention) == ("her lawyers", "her lawyers")


def test_according_to_her_spokeswoman_opening_the_sentence():
    text = ('Maria Lopez left the meeting early. According to her attorney, the deal was '
            '"dead on arrival."')
    assert speakers(text) == [("her attorney", "dead on arrival.")]


def test_according_to_her_alone_is_still_the_woman():
    text = ('Anna Berg, the mayor, spoke to reporters on Monday. The budget was "a fair '
            'compromise," according to her.')
    assert speakers(text) == [("Anna Berg", "a fair compromise")]


def test_according_to_her_with_a_time_after_is_still_the_woman():
    text = ('Anna Berg, the mayor, spoke on Monday. The budget was "a fair compromise," '
            'according to her on Tuesday.')
    assert speakers(text)[0][0] == "Anna Berg"


def test_telling_her_frames_the_quotation_not_her_reply_after_it():
    text = ('In June, after the minister fell ill, Tom Archer emailed Helen Ward his good wishes, '
            'telling her, "you are our best player and we need you back!" She replied to him '
            'that it was an "honor to serve."')
    row = extract(text).query("quote.str.startswith('you are')").iloc[0]
    assert (row.speaker, row.verb) == ("Tom Archer", "tell")


def test_a_bare_reply_after_the_quotation_still_frames_it():
    # nothing of its own after "replied": the quotation is the reply
    text = ('Tom Archer wrote to Helen Ward on Monday, asking whether she would stay. '
            '"Of course I will stay!" she replied.')
    assert speakers(text)[-1][0] == "Helen Ward"


def test_second_predicate_after_a_setting_keeps_the_first_subject():
    # "he" inside the first verb's content is no subject of the second "said"
    text = ('Mark Ellis hired the contractor in March. The technician first said he did not '
            'remember the order, but in a later interview said he had an "oh no" moment and '
            'wiped the drive.')
    row = extract(text).query("kind == 'partial'").iloc[0]
    assert row.speaker.startswith("The technician")


def test_second_predicate_on_a_weekday_keeps_the_first_subject():
    text = ('Governor Ruth Alvarez ordered a review. The auditor said she found no errors, '
            'and on Tuesday told reporters she was "deeply troubled" by the records.')
    row = extract(text).query("kind == 'partial'").iloc[0]
    assert row.speaker == "The auditor"


def test_a_fronted_subordinate_clause_subject_is_not_the_main_subject():
    # "after Clinton suffered a fall" has a subject of its own: Hale writes, not Clinton
    text = ('The letters show a warm friendship. In June 2011, after Clinton suffered a fall, '
            'Hale emailed her his sympathy, telling her, "you are the best we have and we need '
            'you back soon!"')
    assert speakers(text)[-1] == ("Hale", "you are the best we have and we need you back soon!")


def test_a_fronted_time_and_a_subject_without_subordinator():
    text = ('In March 2015, Governor Ruth Alvarez, a Democrat, told the assembly: "We will '
            'balance this budget."')
    assert speakers(text)[0][0] == "Ruth Alvarez"


def test_a_subject_with_a_relative_clause_speaks_not_the_name_inside_it():
    text = ('The vote was close. The unions that wrote to the senator on Friday say they are '
            '"deeply worried about the bill."')
    assert speakers(text) == [("The unions", "deeply worried about the bill.")]


def test_a_relative_clause_subject_after_a_fronted_clause():
    text = ('While the governor has condemned the plan, the groups who wrote to her on Monday '
            'say they are "troubled by the mixed messages."')
    assert speakers(text) == [("the groups", "troubled by the mixed messages.")]


def test_that_opening_a_complement_is_no_relative_clause():
    text = 'The reports that Trump said he was "very rich" were false.'
    assert speakers(text)[0][0] == "Donald Trump"   # (the codebook name)


def test_that_quote_from_x_in_the_next_sentence_names_the_speaker():
    text = ('"I would rather lose an election than lie to the voters." That quote from '
            'Senator Tom Harris made headlines in 1998.')
    assert speakers(text) == [("Tom Harris", "I would rather lose an election than lie to the "
                                             "voters.")]


def test_those_words_from_a_described_speaker():
    text = ('The strike entered its third week.\n\n"We are not going anywhere." Those words, '
            'from union leader Maria Soto, became the motto of the picket line.')
    assert speakers(text)[0][0] == "Maria Soto"


def test_a_remark_noun_without_from_names_no_one():
    text = '"We are not going anywhere." The line drew cheers from the crowd.'
    assert speakers(text)[0][0] == ""


def test_a_time_and_a_medium_before_a_colon_continue_the_last_speaker():
    text = ('Mayor Dan Reyes changes his story often. "We never raised taxes," he told WNBC in '
            'May.\n\nThen, later that month on NY1: "I said we raised them once."')
    assert speakers(text)[-1] == ("Dan Reyes", "I said we raised them once.")


def test_a_described_newcomer_before_the_colon_is_no_setting():
    text = ('Mayor Dan Reyes spoke in May. The next day, a rival candidate: "He raised taxes '
            'twice."')
    assert speakers(text)[-1][0] != "Dan Reyes"


def test_a_quotation_set_off_by_double_dashes_keeps_the_reporting_verb_before_it():
    # "-- that he's considering what he dismissed": the sentence runs on, no post frame
    text = ('Now Ellen Marsh says she is so troubled by the tone of the race -- "an insult to '
            'voters" -- that she is weighing what she once dismissed.')
    row = extract(text).query("kind == 'partial'").iloc[0]
    assert (row.speaker, row.verb) == ("Ellen Marsh", "say")


def test_a_fronted_phrase_then_a_name_with_a_who_clause_is_the_subject():
    text = ('Before the speech, the cleric Omar Haddad, who was killed in a 2013 strike, is '
            'shown lecturing: "Learn from the lessons of history."')
    assert speakers(text) == [("Omar Haddad", "Learn from the lessons of history.")]


def test_a_stray_mark_after_the_closing_pair_keeps_the_post_frame():
    # a typo: three marks closing a quotation, then a long described speaker and the verb
    text = ("The race is young. ''In every election there are stories like this,''' Steve "
            "Rosenthal, a former political director of the union and an organizer, wrote in an "
            "email.")
    assert speakers(text) == [("Steve Rosenthal", "In every election there are stories like this")]


def test_a_words_noun_with_by_and_that_names_its_speaker():
    text = ('Critics seized on the claim by Senator Ruth Alvarez that the tax was "a scam from '
            'day one."')
    assert speakers(text) == [("Ruth Alvarez", "a scam from day one.")]


def test_a_words_noun_with_a_setting_and_that_names_no_one():
    text = 'Critics seized on the claim in a memo that the tax was "a scam."'
    assert speakers(text)[0][0] == ""
