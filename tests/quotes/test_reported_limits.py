"""Where a reporting verb reports nothing, and where its clause gives way to the reporter's words
(analysis/quotes/reported_limits.py).

Sentences written for these tests in the styles of wire copy (AP, Reuters), US and British
newspapers and a regional daily; the expected spans are what a careful coder takes as the
speaker's words.
"""
from .helpers import extract


def _indirect(text):
    return [(r.quote, r.verb) for r in extract(text).itertuples() if r.kind == "indirect"]


def test_a_speech_verb_form_after_a_determiner_is_a_noun():
    # newspaper: "many promises he made" / British: "their claims"; no speech act, no row
    assert _indirect("The governor has broken many promises he made to the voters of Ohio since "
                     "taking office in 2019.") == []
    # (the rejection itself is a stance toward the claims: its object, no speech act of "claims")
    assert _indirect("Ministers rejected their claims the scheme had been rushed.") == [
        ("their claims the scheme had been rushed", "reject")]
    # the verb itself still reports (AP)
    assert _indirect("The governor promises the roads will be repaired by June.") == [
        ("the roads will be repaired by June", "promise")]


def test_saying_nothing_about_something_reports_no_clause():
    assert _indirect("The central banker joined the board in 2014, but she said almost nothing "
                     "about interest rates until last October.") == []
    # (the question put to him is a row of its own; what he said is none)
    assert [v for _, v in _indirect("Asked about the merger, the chairman said little, and "
                                    "left.")] == ["ask"]
    # "much of" opens a clause's subject (Reuters)
    assert _indirect("The minister said much of the rise reflected higher fuel prices.") == [
        ("much of the rise reflected higher fuel prices", "say")]


def test_a_quotation_with_its_own_frame_ends_the_clause_before_its_colon_or_dash():
    # AP: 'asserted that ...: "...," he claimed' -> the quotation is its own statement
    rows = _indirect('After the attack, the mayor asserted that the city had lost its calm: '
                     '"This is no longer our town," he claimed.')
    assert rows == [("the city had lost its calm", "assert")]
    # NYT: a dash pair holding a framed quotation
    rows = _indirect("Ms. Hale suggested the senator had shown a fondness for strongmen - "
                     "''He would have loved Franco,'' Ms. Hale said twice - and repeatedly "
                     "reminded the crowd of the stakes.")
    assert rows[0] == ("the senator had shown a fondness for strongmen", "suggest")


def test_a_quotation_after_a_colon_without_a_frame_stays_in_the_clause():
    # regional daily: the quotation continues what he said
    rows = _indirect('The pastor said residents had two choices: "You either rebuild or you '
                     'leave."')
    assert rows == [('residents had two choices: "You either rebuild or you leave."', "say")]


def test_a_conjunct_with_a_pronoun_and_a_speech_verb_is_a_new_statement():
    # wire: "... and she accused X of ..." is the reporter's next sentence part
    rows = _indirect("Clinton said Russian intelligence services hacked into the committee's "
                     "computers and she accused her rival of showing support for the Kremlin.")
    assert rows == [
        ("Russian intelligence services hacked into the committee's computers", "say"),
        ("her rival of showing support for the Kremlin", "accuse")]
    # a belief verb after "and he" stays the speaker's content (AP)
    rows = _indirect("Smith said the caucus system is complex and he feels he can win the "
                     "primary.")
    assert rows[0][0] == "the caucus system is complex and he feels he can win the primary"


def test_a_connective_before_a_mid_sentence_frame_is_not_the_content():
    # British daily and NYT: "But, X added, ..." / "And yet, her aides say, ..."
    assert _indirect("But, the former chief executive added, it is not the way to win.") == [
        ("it is not the way to win.", "add")]
    assert _indirect("And yet, the minister's aides say, Syria remains a priority for her.") == [
        ("Syria remains a priority for her.", "say")]
    # a quotation after the frame is the statement itself: the sentence stays one row
    rows = _indirect('Instead, Axelrod said, "she started as such a prohibitive favorite."')
    assert rows == [('Instead, Axelrod said, "she started as such a prohibitive favorite."',
                     "say")]


def test_an_inverted_verb_before_what_was_said_has_no_speaker_there():
    # "..., tweeted a warning.": "a warning" is what was tweeted, not who tweeted
    out = extract("On the other side, Sen. Ted Cruz (R-Tex.), a candidate who has made religious "
                  "liberty a centrepiece of his campaign, tweeted a warning.")
    assert "a warning" not in set(out["speaker"])


def test_a_comma_inside_a_closing_mark_still_ends_the_clause():
    # AP style puts the comma inside the marks: the reporter's comment after it is not said
    rows = _indirect('While those surveyed said the former governor has the "best experience," '
                     'the businessman is the candidate voters trust most on terrorism.')
    assert rows == [('the former governor has the "best experience,"', "say")]
    rows = _indirect('The chairman said the plan was "dead on arrival," a view shared by most of '
                     'the board.')
    assert rows == [('the plan was "dead on arrival,"', "say")]
    # a list of quoted words runs on (British daily)
    rows = _indirect('Protesters said the minister was "a liar," "a cheat" and "a disgrace."')
    assert rows[0][0].endswith('"a disgrace."')


def test_a_new_subject_after_though_or_while_starts_its_own_statement():
    rows = _indirect("Several candidates have followed his lead, saying the governor's record is a "
                     "legitimate target, though Mrs. Fiorina said she doubted voters would care.")
    assert rows[0][0] == "the governor's record is a legitimate target"
    # inside one speaker's frame, "though he added" does not cut what he added (Reuters)
    rows = _indirect('"The distraction gets you off message a little," said the party chairman, '
                     'though he added that he expected the flap to fade quickly.')
    assert ("he expected the flap to fade quickly", "add") in rows


def test_an_object_list_stops_before_a_new_clause():
    rows = _indirect("On Nov. 24, prosecutors charged the officer with first-degree murder, and the "
                     "mayor released the video a few hours later.")
    assert rows == [("the officer with first-degree murder", "charge")]
    rows = _indirect("The senator criticized Jake Tapper, Dana Bash and Wolf Blitzer.")
    assert rows == [("Jake Tapper, Dana Bash and Wolf Blitzer", "criticize")]


def test_maintaining_or_adding_a_thing_is_no_statement():
    assert _indirect("The senator still maintains an overwhelming lead in endorsements.") == []
    assert _indirect("The economy added around 292,000 jobs in December.") == []
    # a clause after them is still reported (wire copy)
    assert _indirect("The campaign has long maintained they were not marked classified.") == [
        ("they were not marked classified", "maintain")]
    assert _indirect("He added the country must be equally global to match it.") == [
        ("the country must be equally global to match it", "add")]


def test_a_passive_reporting_verb_without_an_agent_has_no_clause_here():
    out = _indirect("The letter, which was first reported last week, urged a vote on the bill.")
    assert [v for _, v in out if v == "report"] == []


def test_a_name_and_its_apposition_before_an_inverted_verb_are_no_content():
    out = _indirect("Roffman, a securities analyst for the Philadelphia-based company Janney "
                    "Montgomery Scott, recalled numerous telephone calls with the developer.")
    assert all(not q.startswith("Roffman") for q, _ in out)
    # a plural subject and a plain verb before ", X said" is a clause (newspaper)
    assert _indirect("A variety of factors impact the cost of college, the dean said.") == [
        ("A variety of factors impact the cost of college", "say")]


def test_a_name_in_marks_before_the_noun_it_modifies_is_no_statement():
    # wire, NYT ('' ''), British ("") styles: titles and names used as modifiers
    kinds = {r.quote: r.kind for r in extract(
        'The network decided against broadcasting his "Miss Universe" pageant. It was the '
        "biggest victory yet for the ''Fight for 15'' movement, which began in New York. "
        "Mr. Rubio offered a defense of the “Gang of Eight” bill.").itertuples()}
    assert kinds == {"Miss Universe": "mention", "Fight for 15": "mention",
                     "Gang of Eight": "mention"}
    # a phrase someone is said to call something stays a quotation (not before a noun)
    out = extract('The senator called the plan "Dead On Arrival" in a statement.')
    assert list(out["kind"]) == ["partial"]
