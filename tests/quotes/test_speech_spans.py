"""Where a speech verb's content starts and ends in three shapes the rules used to get wrong: a
quantity opening the clause after a fronted phrase ("On Friday, police said at least 12 ..."), a
"that" inside an infinitive's object ("vowed to repeal the law, a measure that ..."), and an aside
inside the content after which the clause runs on ("called Sanders, which ..., to congratulate").

Texts written for these tests in wire (AP, Reuters, Xinhua), British (BBC, Guardian) and US
newspaper (NYT) styles.
"""
from .helpers import indirect


def test_a_quantity_opens_the_clause_after_a_fronted_phrase():
    # Reuters / Xinhua: the time or place first, then "X said at least / more than / about N"
    assert indirect("On Friday, police said at least 12 people were detained near the border "
                    "crossing.") == [("at least 12 people were detained near the border crossing",
                                      "police", "say")]
    rows = indirect("BEIJING, March 3 -- On Tuesday, the ministry said more than six provinces had "
                    "reported a rise in grain output.")
    assert [(q, v) for q, _, v in rows] == [("more than six provinces had reported a rise in grain "
                                             "output", "say")]
    rows = indirect("As the march reached Whitehall, the BBC reported about 40 protesters were "
                    "arrested.")
    assert [(q, v) for q, _, v in rows] == [("about 40 protesters were arrested", "report")]


def test_a_setting_after_a_post_posed_frame_still_closes_it():
    # (the Guardian) "X said at the rally" / "at least twice" is no clause of its own
    rows = indirect("The economy is in far worse shape than ministers admit, the shadow chancellor "
                    "said at a rally in Leeds.")
    assert [q for q, _, _ in rows] == ["The economy is in far worse shape than ministers admit"]


def test_a_that_inside_an_infinitives_object_is_not_the_speech_acts():
    # AP: the relative clause belongs to the object of the infinitive, not to the pledge
    assert indirect("Clinton has vowed to repeal the Hyde Amendment, a federal provision that "
                    "bars taxpayer funding of most abortions.") == [
        ("to repeal the Hyde Amendment", "Clinton", "vow")]
    assert indirect("The president has threatened to veto the bill that allows families to sue "
                    "foreign governments.") == [
        ("to veto the bill that allows families to sue foreign governments", "The president",
         "threaten")]
    # NYT: a later speech verb's "that" is that verb's, not the pledge's
    rows = indirect("After Mr. Walsh pledged to support the nominee, his adviser suggested that it "
                    "would not be a simple process.")
    assert ("it would not be a simple process", "suggest") in [(q, v) for q, _, v in rows]
    assert not [q for q, _, v in rows if v == "pledge" and q.startswith("it would")]


def test_a_clause_runs_on_past_an_aside_inside_it():
    # NYT: "..., which ..., to congratulate" — the purpose clause is still what she said
    rows = indirect("Ms. Warren said on Wednesday that she called the governor after the vote, "
                    "which settled the nomination, to congratulate him on his campaign.")
    assert [q for q, _, _ in rows] == [
        "she called the governor after the vote, which settled the nomination, to congratulate "
        "him on his campaign"]
    # an object told with its "as": the aside about the target stays inside it (AP)
    rows = indirect("Trump praised Jeb Bush, who ended his bid for the White House on Saturday, "
                    "as a man who never went to the gutter.")
    assert [q for q, _, _ in rows] == [
        "Jeb Bush, who ended his bid for the White House on Saturday, as a man who never went to "
        "the gutter"]


def test_an_aside_at_the_end_or_before_a_setting_still_ends_the_content():
    # BBC / Reuters: a relative at the end, or one followed by the reporter's setting, is not his
    assert indirect("The minister said the tariff would hurt Ohio, which he won in 2012.") == [
        ("the tariff would hurt Ohio", "The minister", "say")]
    assert indirect("The governor criticised the bill, which passed on Tuesday, in a statement.") \
        == [("the bill", "The governor", "criticize")]
    rows = indirect("He said the aid would go to Aleppo, which is besieged, according to aides.")
    assert [q for q, _, _ in rows][:1] == ["the aid would go to Aleppo"]


def test_a_free_relative_subject_says_nothing_of_its_own():
    # opinion and column style: "what X says" is the subject, "is" the sentence's own verb
    for text in ("Everything the senator says is a lie unless proven otherwise.",
                 "At the Washington Post, what Obama says and promises is now the baseline for "
                 "objective truth."):
        assert indirect(text) == [], text
    # (an object "what X said" is read as a free relative from "what", as PolNeAR codes it:
    # reported_starts.free_relative)
    rows = indirect("The firm has helped clubs adapt to what she said is growing demand for pools.")
    assert [q for q, _, _ in rows] == ["what she said is growing demand for pools"]


def test_a_participle_after_a_noun_is_no_proposal():
    # Guardian / NYT: "the laws proposed during ..." is a passive participle, no speech act
    assert indirect("The spike can be credited to the aggressive laws proposed during President "
                    "Richard Nixon's term in office.") == []
    assert indirect("The minister proposed a tax on sugary drinks.") == [
        ("a tax on sugary drinks", "The minister", "propose")]


def test_a_topic_after_an_addressee_or_a_setting():
    # AP / Reuters / BBC: "spoke to X about", "spoke at the White House on Tuesday about"
    assert indirect("The senator spoke to CNN on Sunday about the border deal.") == [
        ("the border deal", "The senator", "speak")]
    rows = indirect("Mr. Obama spoke at the White House on Tuesday about rights denied to the "
                    "victims of other mass shootings.")
    assert [(q, v) for q, _, v in rows] == [
        ("rights denied to the victims of other mass shootings", "speak")]
    rows = indirect("The foreign minister spoke with reporters in Kabul about the new security plan.")
    assert [(q, v) for q, _, v in rows] == [("the new security plan", "speak")]
    # (not a length of time, nor a clause in between)
    for text in ("The candidate spoke for about 30 minutes and took questions.",
                 "She spoke to voters gathered in a school gym about health care."):
        assert indirect(text) == [], text


def test_a_plural_after_a_number_or_superlative_is_no_verb():
    # NYT: the aside's "eight times" is no verb, so the clause starts at "that" after it
    rows = indirect("In his speech, Mr. Obama argued emphatically - rebuking Mr. Trump eight times "
                    "by name - that the Republican nominee had played on Americans' fears.")
    assert rows == [("the Republican nominee had played on Americans' fears", "Obama", "argue")]
    # Reuters: "told his closest advisers" closes a post-posed frame like "told reporters"
    rows = indirect("This is not about me, President Obama told his closest advisers at the White "
                    "House.")
    assert [(q, s, v) for q, s, v in rows] == [("This is not about me", "Obama", "tell")]


def test_a_clause_after_a_two_word_addressee_of_told():
    # AP courts / Reuters / Guardian: "told the court the case ...", "told senior officials the ..."
    assert indirect("The lawyer told the court the case should be dismissed.") == [
        ("the case should be dismissed", "The lawyer", "tell")]
    rows = indirect("The minister told senior officials the plan was dead.")
    assert [(q, v) for q, _, v in rows] == [("the plan was dead", "tell")]
    rows = indirect("Smith told the jury his client was innocent.")
    assert [(q, v) for q, _, v in rows] == [("his client was innocent", "tell")]
    # (an object, no clause: nothing reported)
    assert indirect("He told the court the details of the deal.") == []
    assert indirect("It is what a partner at the firm told him and his fellow associates to do "
                    "with their money.") == []
