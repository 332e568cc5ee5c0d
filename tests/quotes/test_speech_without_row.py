"""Reported speech that had no row: a speech act denied or limited ("made no mention of X",
"said little about X"), passive speech acts with no agent ("X is accused of ...", "X was declared
the winner ...") and two verbs whose plain object is no statement. Sentences written for these
tests in wire, British and US newspaper styles."""
from .helpers import extract, indirect


def _rows(text):
    return [(q, s, v) for q, s, v in indirect(text)]


def test_a_mention_denied_reports_its_object():
    # US newspaper: the object after "made no mention of" is the content
    assert _rows("In his victory speech, Mr. Osei made no mention of the opposition leader.") == [
        ("the opposition leader", "Osei", "mention")]
    # wire: the present tense, a list as the object
    assert _rows("Senator Baptiste makes no mention of tariffs, quotas or subsidies.") == [
        ("tariffs, quotas or subsidies", "Baptiste", "mention")]


def test_saying_little_about_a_topic_reports_the_topic():
    # Reuters: the topic, without the reporter's time
    assert _rows("The minister has said little about the budget in recent weeks.") == [
        ("the budget", "The minister", "say")]
    # Guardian: "said nothing about"
    assert _rows("Ms. Lindqvist said nothing about the merger talks.") == [
        ("the merger talks", "Lindqvist", "say")]


def test_passive_speech_acts_keep_their_subject_and_no_speaker():
    # AP crime copy: subject, age and charge are one content; nobody named as accuser
    assert _rows("Kwame Mensah, 31, is accused of setting fire to a polling station in Kumasi.") == [
        ("Kwame Mensah, 31, is accused of setting fire to a polling station in Kumasi", "", "accuse")]
    # wire election copy: the agent after "by" is no content
    assert _rows("Ms. Adeyemi was declared the winner in Lagos by the electoral commission on "
                 "Sunday.") == [("Ms. Adeyemi was declared the winner in Lagos", "", "declare")]
    # British spelling; the verb's lemma in the table
    assert _rows("Mr. Halvorsen has been criticised for cutting funding to rural hospitals.") == [
        ("Mr. Halvorsen has been criticised for cutting funding to rural hospitals", "",
         "criticize")]
    assert _rows("The premier was challenged over his handling of the floods.") == [
        ("The premier was challenged over his handling of the floods", "", "challenge")]
    # the lemma and class come from the verb codebook ("questioned" is "question", distancing)
    rows = extract("The minister was questioned about the missing funds.")
    assert [(r.quote, r.speaker, r.verb, r.verb_class) for r in rows.itertuples()] == [
        ("The minister was questioned about the missing funds", "", "question", "distancing")]


def test_passives_that_report_nothing():
    assert _rows("The senator was accused.") == []                           # no charge given
    assert _rows("The county was declared a disaster area on Monday.") == []   # no winner
    # a margin after "by" is no agent: the content runs on
    rows = _rows("Ortiz, who was declared the winner of the primary by the narrowest of margins, "
                 "thanked supporters.")
    assert ("who was declared the winner of the primary by the narrowest of margins", "",
            "declare") in rows


def test_objects_that_are_no_statement():
    # "reported it to the police": a thing passed on, no clause whose subject is "it"
    assert _rows("The bank found the transfer, reported it to the police, and froze the "
                 "account.") == []
    # "maintained a busy schedule": a thing kept
    assert _rows("Ms. Lind maintained a busy schedule during the campaign.") == []
    # ... but a clause after "maintained" still reports (NYT)
    assert _rows("The ministry has long maintained they were not classified at the time.") == [
        ("they were not classified at the time", "The ministry", "maintain")]


def test_a_quoted_title_before_the_frame_leaves_the_verb_its_clause():
    # the title is a mention; the verb after it reports its own clause (US broadcast style)
    out = _rows("Speaking on “Face the Nation,” the mayor admitted that the budget had been cut "
                "too deeply.")
    assert out == [("the budget had been cut too deeply", "the mayor", "admit")]
    # NYT archive marks
    assert _rows("On ''Meet the Press,'' Ms. Ortega said she would run again.") == [
        ("she would run again", "Ortega", "say")]


def test_according_to_inside_a_clause_that_runs_on():
    # wire: subject, aside, predicate
    assert _rows("Turnout, according to the election commission, has fallen in every district.") == [
        ("Turnout, according to the election commission, has fallen in every district",
         "the election commission", "according to")]
    # a fronted time, then the clause (Guardian)
    assert _rows("By Tuesday evening, according to a city timeline, the crews had cleared the "
                 "road.") == [("By Tuesday evening, according to a city timeline, the crews had "
                               "cleared the road", "a city timeline", "according to")]
    # not a phrase running on into a description of its source
    assert _rows("Turnout fell, according to Jane Doe, director of the commission, which runs "
                 "the vote.") == []


def test_a_speech_act_continued_is_made():
    # AP: "continued to" carries the act, its subject speaks
    assert _rows("In an interview on Sunday, Mr. Osei continued to question the election "
                 "results.") == [("the election results", "Osei", "question")]
    # (an act declined is none: only the refusal is reported)
    assert [v for _, _, v in _rows("Mr. Osei declined to criticize the ruling.")] == ["decline"]


def test_a_lone_question_word_after_a_verb_of_saying():
    # Reuters: what was not said is the question word itself
    assert _rows("Mr. Haddad confirmed that talks were held, but Mr. Haddad did not say when.") == [
        ("talks were held", "Haddad", "confirm"), ("when", "Haddad", "say")]
    # Guardian: "explain why" before a new clause
    assert ("why", "", "explain") in _rows("The club suspended the account; it did not explain why, "
                                           "but fans suspect a hack.")
    # not before a colon, where the answer follows
    assert [q for q, _, _ in _rows("In a speech, a top adviser explained why: the benefits are "
                                   "small.")] == []


def test_a_passive_act_in_a_whose_clause_starts_at_whose():
    # newspaper feature: the relative's clause, not the sentence's opening words
    assert _rows("So did the son-in-law of a former president whose government was widely "
                 "criticized for corruption and theft.") == [
        ("whose government was widely criticized for corruption and theft", "", "criticize")]
