"""Speakers whose noun phrase runs past the word a reference finder stops at, and subjects of
clauses inside clauses (issue 13, speaker accuracy, third pass), in texts written for these tests
in wire (AP, Reuters), New York Times (``''`` marks, "Ms."), Guardian and Washington Post styles:
a plural modified by a multi-word name, an unnamed person's employer, a relative clause's own
subject, "X, along with Y" as one "they", a surname spelt like a function word."""
from .helpers import extract


def speakers(text):
    return [(r.quote, r.speaker) for r in extract(text).itertuples()]


def test_a_plural_keeps_every_capitalised_word_that_modifies_it():
    # AP / Reuters: "White House officials said", not "House officials"
    assert speakers('White House officials said the plan was "a disaster."') == [
        ('the plan was "a disaster."', "White House officials"), ("a disaster.", "White House officials")]
    assert speakers('"We are reviewing it," Home Office officials told the BBC.')[0][1] == \
        "Home Office officials"
    # a time word or a conjunction before the modifier is no part of it
    assert speakers('On Monday Home Office officials said it was "over."') == [
        ('it was "over."', "Home Office officials"), ("over.", "Home Office officials")]


def test_an_unnamed_person_keeps_whom_they_work_for():
    # Guardian: "a spokesman for Tesco said"; AP: "said an aide to Sen. Ted Cruz."
    assert speakers('"We are glad," a spokesman for Tesco said.') == [
        ("We are glad", "a spokesman for Tesco")]
    assert speakers('"It is fine," said an aide to Sen. Ted Cruz. Cruz was not available.') == [
        ("It is fine", "an aide to Sen. Ted Cruz")]
    assert speakers('"No," said a professor at Yale University.') == [
        ("No", "a professor at Yale University")]


def test_a_relative_clause_has_its_own_subject():
    # Washington Post: "laws that appeals courts said discriminated against ..."
    out = speakers('Texas must shelve voting laws that appeals courts said "discriminated against" '
                   'minority voters.')
    assert out == [("discriminated against", "appeals courts")]
    out = speakers('He criticized the email use, which an FBI investigation said was "extremely '
                   'careless."')
    assert out[-1] == ("extremely careless.", "an FBI investigation")
    # "that" opening a relative clause is no determiner of the plural after it
    assert speakers('It was a plan that officials said would "save lives."') == [
        ("save lives.", "officials")]


def test_a_subject_along_with_others_is_one_they():
    # New York Times: "Ms. Epstein, along with Judge Posner ..., wrote ... In it, they conclude"
    text = ("Lee Epstein, a professor at Harvard Law School, studies the court.\n\n"
            "Ms. Epstein, along with Judge Richard A. Posner of the United States Court of Appeals, "
            "wrote an assessment of business cases. In it, they conclude that ''four of the "
            "justices'' are friendly to business.")
    assert speakers(text) == [("four of the justices", "Lee Epstein and Richard A. Posner")]


def test_a_surname_spelt_like_a_function_word():
    # the columnist George Will, Prime Minister Theresa May
    text = ('Columnist George Will criticized the field.\n\n'
            '"This might hasten the eclipse of the front-runner," Will wrote.\n\n'
            'Will voters care? Will described him as a "caricature of democracy."')
    assert [s for _, s in speakers(text)] == ["George Will"] * 4
    assert speakers('Prime Minister Theresa May said Britain would "get on with it."') == [
        ('Britain would "get on with it."', "Theresa May"), ("get on with it.", "Theresa May")]


def test_a_day_is_no_surname_and_an_irregular_past_makes_a_name():
    # AP live blog: "Super Tuesday" lends no surname to "Tuesday"; Pew Research style: "Pew found"
    text = ('Ben Carson trailed on Super Tuesday.\n\n'
            'Carson took the stage Tuesday in Baltimore and called the system "rotten to the core."')
    assert [s for _, s in speakers(text) if _ == "rotten to the core."] == ["Ben Carson"]
    assert speakers('In 2014, Pew found that "twice as many Democrats" backed gun control.') == [
        ("twice as many Democrats", "Pew")]


def test_a_plural_subject_before_an_aside_speaks():
    # Politico: "Proponents of the new bill, however, say it would ..."
    out = extract('Proponents of the new bill, however, say it would keep federal safeguards.')
    assert list(out["speaker"]) == ["Proponents of the new bill"]


def test_a_quotation_with_no_reporter_continues_the_speaker_just_quoted():
    # NYT: a second quotation in the speaker's sentence; AP: the next sentence of the paragraph
    text = ("''No calls to the White House,'' said Jeremy Bash, a former chief of staff. ''This "
            "was an example of the president'' and his team ''quietly deciding to use leverage.''")
    assert [s for _, s in speakers(text)] == ["Jeremy Bash"] * 3
    text = ('"It is a crime," Hennessey added. But that is not the same thing as "properly '
            'chargeable under the law."')
    assert speakers(text)[-1] == ("properly chargeable under the law.", "Hennessey")
    # not a lone word, not across a paragraph
    assert speakers('"We lost," Smith said. The "rigged" system is over.')[-1][1] == ""
    assert speakers('"We lost," Smith said.\n\nThe system is "over and done with now."')[-1][1] == ""
    # a reporting verb after it in its sentence: not the speaker before
    text = ('"Clinton leads by six points," Smith said. This is "roughly the same advantage she has '
            'held all month," reported Reuters.')
    assert speakers(text)[-1][1] in ("", "Reuters")
