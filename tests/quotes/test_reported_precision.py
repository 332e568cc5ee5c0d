"""Reported-speech rows a careful reader would not give: where a content gives way to the
speaker's next predicate, and speech-verb forms that report nothing (analysis/quotes/objects.py,
reported_limits.py).

Sentences written for these tests in the styles of wire copy (AP, Reuters), US and British
newspapers and a regional daily; the expected spans are what a careful coder takes as the
speaker's words.
"""
from .helpers import extract


def _indirect(text):
    return [(r.quote, r.verb) for r in extract(text).itertuples() if r.kind == "indirect"]


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
