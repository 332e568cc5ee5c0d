"""Where a reporting verb reports nothing, and where its clause gives way to the reporter's words
(analysis/quotes/reported_limits.py, and the object contents of analysis/quotes/objects.py).

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
    # no clause "almost nothing about ...": the topic of what was (not) said is the content
    assert _indirect("The central banker joined the board in 2014, but she said almost nothing "
                     "about interest rates until last October.") == [("interest rates", "say")]
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


def test_a_conjunct_with_a_named_subject_and_a_speech_verb_is_a_new_statement():
    # newspaper: "... and Republicans accused X of ..." opens the other side's statement
    rows = _indirect("Democrats said the agency botched the review and Republicans accused the "
                     "White House of hiding documents.")
    assert rows == [("the agency botched the review", "say"),
                    ("the White House of hiding documents", "accuse")]
    # a name after "but" (AP)
    rows = _indirect("Officials said the bridge would reopen in June but Mayor Ortiz warned of "
                     "further delays.")
    assert rows == [("the bridge would reopen in June", "say"), ("further delays", "warn")]
    # ... but not the second of two subjects inside the content (a name or a pronoun before "and")
    rows = _indirect("The budget office said the deficit will grow because Congress and President "
                     "Biden agreed to new spending.")
    assert rows == [("the deficit will grow because Congress and President Biden agreed to new "
                     "spending", "say")]
    rows = _indirect("Cruz says both he and Rubio promised to fight the bill.")
    assert rows == [("both he and Rubio promised to fight the bill", "say")]


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
        "Mr. Rubio offered a defense of the “Gang of Eight” bill.").itertuples()
        if r.kind != "indirect"}   # (what Rubio offered, a defense of the bill, is his content)
    assert kinds == {"Miss Universe": "mention", "Fight for 15": "mention",
                     "Gang of Eight": "mention"}
    # a phrase someone is said to call something stays a quotation (not before a noun)
    out = extract('The senator called the plan "Dead On Arrival" in a statement.')
    assert list(out["kind"]) == ["partial"]


# Reported-speech rows a careful reader would not give (precise7): where an object content gives
# way to the speaker's next predicate or the reporter's setting (objects.py), a relative 'that',
# the addressee of 'told', 'called' with no name given.

def test_an_auxiliary_after_a_content_with_no_verb_is_the_speakers_next_predicate():
    # regional daily: an object content, then what happened to the speaker
    assert _indirect("The guard, Tom Reyes, claimed self-defense and was acquitted of murder "
                     "charges the following year.") == []   # (two words: too short for a row)
    assert _indirect("At a rally in Dayton, the governor criticized the federal highway bill and "
                     "was booed by a handful of protesters.") == [("the federal highway bill", "criticize")]
    # AP: "but would", a modal with no subject of its own
    assert _indirect("Sanders, speaking in Wisconsin, conceded defeat in Iowa but would not "
                     "say whether he planned to stay in the race.")[0] == ("defeat in Iowa", "concede")
    # British paper: "but" before a verb in the speech verb's own form
    assert _indirect("The shadow chancellor attacked the Treasury's forecasts but praised "
                     "the Bank of England for its candour.")[0] == ("the Treasury's forecasts", "attack")
    # Reuters: a perfect with an adverb between ("and has repeatedly ...")
    assert _indirect("Senator Ruiz urged Republican leaders to reject the proposal and has "
                     "repeatedly described it as unworkable.")[0] == (
        "Republican leaders to reject the proposal", "urge")


def test_a_clause_keeps_its_own_coordinated_predicate():
    # the clause's subject does both: the content runs on (NYT, Reuters, AP)
    assert _indirect("A spokesman said the meeting was private and does not constitute an "
                     "endorsement.") == [("the meeting was private and does not constitute an "
                                          "endorsement", "say")]
    assert _indirect("Aides warned Smith opposes the plan and would block it in the Senate.") == [
        ("Smith opposes the plan and would block it in the Senate", "warn")]
    # a relative inside the content keeps its predicate: "who ... but are not bound"
    rows = _indirect("The survey suggested broad support among delegates who get an automatic "
                     "vote but are not bound by the primaries.")
    assert rows == [("broad support among delegates who get an automatic vote but are not bound "
                     "by the primaries", "suggest")]


def test_a_setting_before_a_post_posed_frame_is_no_statement():
    # AP: the statement is the quotation after the colon, not "In a speech last July"
    rows = extract('In a speech last July, the senator said: "We will not back down."')
    assert [r.kind for r in rows.itertuples()] == ["direct"]
    # NYT / Guardian: a fronted phrase with no verb of its own before the frame
    assert _indirect("Before dropping out, the governor responded with a barrage of attacks.") == []
    assert _indirect("In the same interview, however, Ms. Ruiz said: 'We were never told.'") == []
    # a fronted phrase before a clause stays in the content (Reuters, regional daily)
    assert _indirect("In Ohio, turnout rose sharply, officials said.") == [
        ("In Ohio, turnout rose sharply", "say")]
    assert _indirect("During the campaign, the company gave heavily to both parties, a spokesman "
                     "said.") == [("During the campaign, the company gave heavily to both parties", "say")]


def test_a_relative_that_is_no_complementizer():
    # NYT: "that" after a clause of the content's own opens a relative, not the content
    assert _indirect("The Times reported it obtained 72 emails that the aide sent from a "
                     "personal account.") == [("it obtained 72 emails that the aide sent from a "
                                               "personal account", "report")]
    # a long addressee or an aside between commas or dashes keeps "that" the complementizer
    # (AP, Reuters, Politico)
    assert _indirect("The minister told delegates at the party conference in Manchester that the "
                     "deal was dead.") == [("the deal was dead", "tell")]
    assert _indirect("Ms. Ruiz said on CNN, where she is a paid contributor, that the campaign "
                     "was over.") == [("the campaign was over", "say")]
    assert _indirect("Mr. Lee complained to CBS News' Charlie Rose that the ads were unfair.") == [
        ("the ads were unfair", "complain")]


def test_the_addressee_of_told_is_no_content():
    # a determiner or preposition before capitalised words: they name the addressee
    assert _indirect("As Clinton told the New York Daily News, the tax plan is fair.") != [
        ("New York Daily News, the tax plan is fair", "tell")]
    assert _indirect("Defense Secretary Ash Carter told a Senate panel Wednesday.") == []
    assert _indirect("Renteria told reporters during Tuesday's conference call.") == []
    # ... and the clause starts after them (AP, Guardian, National Post styles)
    assert _indirect("Ms. Ruiz told the AP her group never worked with the firm.") == [
        ("her group never worked with the firm", "tell")]
    assert _indirect("Calabrese told the National Post he's already received hundreds of "
                     "emails.") == [("he's already received hundreds of emails", "tell")]
    assert _indirect("The mayor told The Guardian he would not resign.") == [
        ("he would not resign", "tell")]


def test_called_with_no_name_given_is_no_speech():
    # a name run on, a verb or an adverb after "called Name": naming or a telephone call
    assert _indirect("He joined a resistance movement called the Ethiopian People's "
                     "Revolutionary Party.") == []
    assert _indirect("A super PAC called Future 45 ran its first ads in Iowa.") == []
    assert _indirect("Clinton, who called Sanders shortly after the race was declared, was "
                     "gracious.") == []
    # the naming speech act keeps its row (AP, Guardian, Breitbart styles)
    assert _indirect("The senator called Mr. Trump a fascist.") == [("Mr. Trump a fascist", "call")]
    assert _indirect("The mayor called the plan costly.") == [("the plan costly", "call")]


def test_the_setting_of_a_speech_act_told_by_its_object_is_the_reporters():
    # AP, Politico, Guardian: medium, spokesperson or occasion after the object
    assert _indirect("The senator denied the accusations through a spokeswoman.") == [
        ("the accusations", "deny")]
    assert _indirect("Mr. Obama praised the agreement in an interview published on Sunday.") == [
        ("the agreement", "praise")]
    assert _indirect("The governor criticized the federal highway bill at a town hall in "
                     "Dayton.") == [("the federal highway bill", "criticize")]
    # where the reported act itself happened stays in the content
    assert _indirect("She accused the campaign manager of grabbing her at a press conference in "
                     "Florida.") == [("the campaign manager of grabbing her at a press conference "
                                      "in Florida", "accuse")]


def test_a_lead_in_before_a_frame_and_a_quotation_of_its_own_is_the_setting():
    # AP, NYT, a regional daily: the quotation opens a sentence of its own (a capital letter), so
    # the lead-in before its frame is the reporter's, and the quotation the whole statement
    text = ('Asked by a reporter whether the budget would pass, the mayor said, "We have the '
            'votes and we will use them."')
    assert [(r.quote, r.kind, r.verb) for r in extract(text).itertuples()] == [
        ("whether the budget would pass", "indirect", "ask"),
        ("We have the votes and we will use them.", "direct", "say")]
    for text in ('Pausing to wave at the crowd, the governor said, "This is the best night of my '
                 'life."',
                 "In a statement on Thursday, a spokeswoman for the airline said, ''The safety of our "
                 "passengers comes first.''",
                 'When he first unveiled the plan in March, Mr. Lowe told reporters: "It will pay for '
                 'itself."'):
        assert [r.kind for r in extract(text).itertuples()] == ["direct"], text
    # a lead-in the quotation continues, or a bare connective, stays with it
    assert _indirect('If the levy goes ahead, she said, "the whole scheme collapses."') == [
        ('If the levy goes ahead, she said, "the whole scheme collapses."', "say")]
    assert _indirect('But, the minister added, "Nobody will be forced to leave."') == [
        ('But, the minister added, "Nobody will be forced to leave."', "add")]
