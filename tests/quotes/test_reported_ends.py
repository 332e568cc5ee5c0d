"""Where a reported clause starts and ends, and whose it is: shapes of wire and newspaper copy.

Sentences written for these tests in AP, Reuters, New York Times and British styles; the expected
spans are what a reader takes as the speaker's words.
"""
from analysis.framing.voice import content_end
from analysis.quotes.reported import circumstance_end

from .helpers import extract


def _indirect(text):
    out = extract(text)
    return [(r.quote, r.speaker, r.verb) for r in out.itertuples() if r.kind == "indirect"]


def test_a_coordinated_speech_verb_starts_a_statement_of_its_own():
    # AP: "... and said that ..." repeats the subject; each verb reports its own clause
    rows = _indirect("Rubio said his attacks on the front-runner had given his campaign momentum "
                     "and said that the businessman did not represent the party.")
    assert [q for q, _, _ in rows] == [
        "his attacks on the front-runner had given his campaign momentum",
        "the businessman did not represent the party"]


def test_a_new_subject_with_its_own_speech_verb_ends_the_clause():
    # poll copy (Reuters style): ", and three-quarters said ..."
    rows = _indirect("Six in 10 voters in the exit poll said the senator is honest, and "
                     "three-quarters said the same of her rival.")
    assert rows[0][0] == "the senator is honest"
    assert rows[1][0] == "the same of her rival"


def test_a_fronted_clause_ends_at_its_comma():
    rows = _indirect("While Ms. Okafor said that the council could not raise taxes, she appeared "
                     "uneasy about the cuts.")
    # the speech row, and the writer's hedge after the comma (hedged.py: "appeared uneasy")
    assert [(q, v) for q, _, v in rows] == [("the council could not raise taxes", "say"),
                                            ("she appeared uneasy about the cuts", "appeared")]
    assert "Okafor" in rows[0][1]
    rows = _indirect("When the mayor said the fire was under control, a resident shouted at him.")
    assert rows[0][0] == "the fire was under control"


def test_a_quotation_after_the_comma_stays_in_the_relative_clause():
    # "who ... said that X but, "..."": no comma before "who", the quotation is the speaker's too
    rows = _indirect('He met the deputy minister who at the end of their meeting said that the '
                     'talks were useful but, "we did not move much."')
    assert rows[0][0].startswith("the talks were useful but")
    assert '"we did not move much' in rows[0][0]


def test_concessions_and_but_that_stay_in_the_clause():
    # NYT: the speaker's own hedge is part of what was said
    rows = _indirect("Ms. Lindqvist said she wanted major change in Washington, although she "
                     "found the candidate too objectionable to support.")
    assert rows[0][0].endswith("too objectionable to support")
    rows = _indirect("The Ohio governor said the country needs to secure the border, but that he "
                     "would not support mass deportation.")
    assert rows[0][0].endswith("would not support mass deportation")
    rows = _indirect("Mr. Halvorsen said he plans to keep working on his own projects, including "
                     "speeches on topics of interest.")
    assert rows[0][0].endswith("speeches on topics of interest")


def test_the_subject_with_an_apposition_or_a_relative_clause_says_the_clause_after():
    # British and AP: "X, a Y, said Z's ..." / "X, who ..., said he also may ..."
    rows = _indirect("Sir Keith Mallory, a former Treasury minister, said the Chancellor's plan "
                     "was akin to a raid on pensions.")
    assert [(q, v) for q, _, v in rows] == [("the Chancellor's plan was akin to a raid on pensions",
                                             "say")]
    assert "Keith Mallory" in rows[0][1]
    rows = _indirect("Sanders, who has already sent fundraising letters for the challenger, said "
                     "he also may campaign for him.")
    assert rows == [("he also may campaign for him", "Sanders", "say")]
    # a post-posed attribution with adverbials only still owns the clause before it
    rows = _indirect("The bridge will reopen in May, the transport ministry said on Friday.")
    assert rows[0][0] == "The bridge will reopen in May"


def test_the_speaker_inside_a_relative_clause():
    rows = _indirect("The governor vetoed a bathroom bill, which critics said was discriminatory "
                     "against transgender students.")
    # (the content starts at the relative word, its subject: test_relative_gap.py)
    assert rows == [("which critics said was discriminatory against transgender students", "critics", "say")]
    rows = _indirect("Her Iraq war vote, which she has repeatedly said was a mistake, cost her "
                     "the nomination.")
    assert rows[0][0] == "which she has repeatedly said was a mistake"


def test_a_setting_before_a_pronoun_subject():
    # Reuters: "said in a statement on Thursday they ..."
    rows = _indirect("The auction site said in a statement on Thursday night they had pulled the "
                     "listing.")
    assert rows == [("they had pulled the listing", "The auction site", "say")]


def test_the_reported_clause_ends_before_a_setting_of_circumstance():
    text = ("According to the ministry, the two ministers spoke on Wednesday by telephone amid "
            "tensions over the sanctions.")
    rows = _indirect(text)
    assert rows[0][0] == "the two ministers spoke on Wednesday by telephone"
    # one rule: the voice step's content_end gives the same end
    start = text.index("the two")
    assert content_end(text, start, len(text) - 1) == circumstance_end(text, start, len(text) - 1) \
        == text.index(" amid")
    # "despite" is part of the claim
    rows = _indirect("The minister said the sanctions were illegal despite the threat of a new crisis.")
    assert rows[0][0].endswith("the threat of a new crisis")


def test_a_topic_or_a_question_is_the_content():
    # AP / Reuters: "spoke about", "commented on", "responded to", "asked whether", "explained how"
    assert _indirect("Trump has not yet responded to the Mexican president's remarks.") == [
        ("the Mexican president's remarks", "Donald Trump", "respond")]
    assert _indirect("The senator commented on the ruling, calling it a disgrace.")[0][:2] == (
        "the ruling", "The senator")
    rows = _indirect("Scarborough also asked Clinton if the businessman benefits from a double "
                     "standard.")
    assert rows == [("if the businessman benefits from a double standard", "Scarborough", "ask")]
    rows = _indirect("Ms. Whitfield explained how hard it is to run a campaign on a shoestring.")
    assert rows[0][0] == "how hard it is to run a campaign on a shoestring"


def test_the_one_asked_is_not_the_speaker():
    # "when asked whether ...": the question is a speech act whose asker the text does not
    # name (speaker left empty, PolNeAR's convention); so is "was told that ..." (the one told is
    # no speaker; test_reported_sources.py)
    out = extract('"You bet I would," Christie said when asked whether he would order a '
                  'quarantine.')
    assert list(out["kind"]) == ["direct", "indirect"]
    asked = out[out["kind"] == "indirect"].iloc[0]
    assert (asked.quote, asked.speaker, asked.verb) == (
        "whether he would order a quarantine", "", "ask")
    out = extract("The minister was told that the embassy had closed.")
    assert [(r.quote, r.speaker, r.verb) for r in out.itertuples()] == [
        ("the embassy had closed", "", "tell")]


def test_a_participle_used_as_an_adjective_is_no_speech_act():
    assert extract("Clinton leads Sanders by 271 pledged delegates.").empty
    assert extract("With his proposed ban on Muslims, the candidate is painting the party.").empty


def test_an_object_noun_phrase_is_no_reported_clause():
    # "maintains a lead" / "claimed residency": no finite verb follows, so no clause
    assert extract("The combined company claimed residency in Ireland.").empty
    assert extract("Analysts said the bank would add another branch to its network."
                   )["verb"].tolist() == ["say"]
    rows = _indirect("Sanders argues the plan costs too much.")
    assert rows == [("the plan costs too much", "Sanders", "argue")]
    # "who continues to ..." after a comma is no post-posed attribution
    assert extract("That is especially so against the governor, who continues to run up "
                   "negative numbers.").empty


def test_a_named_addressee_then_the_clause():
    # Reuters: "told Pompeo the talks ...", "told Fox News the bill ..."
    assert _indirect("Lavrov told Pompeo the talks had failed.") == [
        ("the talks had failed", "Sergei Lavrov", "tell")]
    assert _indirect("The senator told Fox News the bill would pass by Friday.")[0][0] == \
        "the bill would pass by Friday"


def test_according_to_a_description_no_reference_covers():
    rows = _indirect("According to recent polls, the governor holds only 14 percent of the vote "
                     "in the state.")
    assert rows == [("the governor holds only 14 percent of the vote in the state", "recent polls",
                     "according to")]
    rows = _indirect("The plane is now cleared to fly again, according to the aviation agency.")
    assert rows[0][:2] == ("The plane is now cleared to fly again", "the aviation agency")


def test_a_name_given_is_the_content_a_telephone_call_is_not():
    # Guardian / AP: "calling Trump a fascist", "calls North Carolina her home state"
    assert _indirect("O'Malley went further, calling the mogul a fascist.") == [
        ("the mogul a fascist", "O'Malley", "call")]
    rows = _indirect("Ms. Lynch calls North Carolina her home state.")
    assert rows[0][0] == "North Carolina her home state" and rows[0][2] == "call"
    # the name given ends before a coordinated verb
    assert _indirect("The senator called him divisive and said he was unfit.")[0] == (
        "him divisive", "The senator", "call")
    assert extract("The envoy called him on Friday to congratulate him.").empty
    out = extract('Pompeo called Lavrov "to discuss the situation in Venezuela."')
    assert list(out["kind"]) == ["partial"]


def test_an_object_content_runs_past_a_pair_of_dashes():
    rows = _indirect("She also called for all candidates to lay out specifics — including the "
                     "cost — of their plans, something she has asked of her rival.")
    assert rows[0][0] == "all candidates to lay out specifics — including the cost — of their plans"


def test_a_proportion_of_respondents_is_the_speaker():
    # poll copy (AP, USA Today): "Six in 10 say ...", "About three in 10 said ...", "42% say ..."
    assert _indirect("Six in 10 say the senator is at least somewhat decisive.") == [
        ("the senator is at least somewhat decisive", "Six in 10", "say")]
    rows = _indirect("Among young voters, 42% say they are liberal.")
    assert rows == [("they are liberal", "42%", "say")]
    assert _indirect("About three in 10 said they prefer a more liberal agenda.")[0][1] == \
        "About three in 10"


def test_a_new_clause_after_comma_and_is_the_reporters():
    # NYT: ", and the A.C.L.U. has sued ..." is the reporter's addition; ", and would ..." (no new
    # subject) is still the speaker's
    rows = _indirect("Protest groups say the restrictions are less about safety than visibility, "
                     "and the civil liberties union has already sued the city.")
    assert rows[0][0] == "the restrictions are less about safety than visibility"
    rows = _indirect("The minister told him that Russia was not looking to get involved, and would "
                     "like to see something positive happen.")
    assert rows[0][0].endswith("would like to see something positive happen")


def test_according_to_a_source_described_at_the_sentence_end():
    rows = _indirect("The group has previously called for attacks using vehicles, according to the "
                     "SITE Intelligence Group, which monitors extremist statements.")
    assert rows == [("The group has previously called for attacks using vehicles",
                     "SITE Intelligence Group", "according to")]


def test_a_quotation_closing_the_reported_clause_keeps_its_closing_mark():
    # a reported clause ending in a partial quotation, cut before a relative clause or at its stop:
    # the closing mark is the quotation's, not the reporter's
    rows = _indirect('The minister said the plan followed the "Lisbon formula", which both sides '
                     'had signed in 2011.')
    assert rows[0][0] == 'the plan followed the "Lisbon formula"'
    rows = _indirect("Ms. Berger said the cuts were \u201cdeeply unfair to nurses.\u201d")
    assert rows[0][0] == "the cuts were \u201cdeeply unfair to nurses.\u201d"


def test_the_plain_object_of_a_verb_of_praise_or_blame_is_the_content():
    # AP / Politico: what was criticised, praised or mentioned is what was said about
    assert _indirect("The senator criticized the Paris climate agreement on Monday.") == [
        ("the Paris climate agreement", "The senator", "criticize")]
    rows = _indirect("In Tuesday's speech Ms. Alvarez praised the efforts of the county clerk to "
                     "count every ballot.")
    assert rows[0][0] == "the efforts of the county clerk to count every ballot"
    assert _indirect("The mayor praised him at length.") == []   # a pronoun alone: too short


def test_a_list_object_runs_past_its_commas():
    rows = _indirect("Mr. Kowalski mentioned the mayor, the fire chief and two county judges.")
    assert rows[0][0] == "the mayor, the fire chief and two county judges"


def test_a_second_predicate_of_the_speaker_ends_the_content():
    # "criticized X and challenged him": the second verb is the speaker's, in the same form
    rows = _indirect("Ms. Duarte criticized the hedge fund manager and challenged him to a debate.")
    assert rows[0][0] == "the hedge fund manager"
    # in a clause of its own the second verb may be the clause's: the content runs on
    rows = _indirect("Mrs. Hale said she was tired of the status quo and wanted a candidate "
                     "without ties to the banks.")
    assert rows[0][0].endswith("without ties to the banks")


def test_a_fronted_as_clause_attributes_the_main_clause():
    rows = _indirect("As the senator said on Tuesday, the bill will not pass the House.")
    assert rows == [("the bill will not pass the House", "the senator", "say")]
    # inside the clause it is a comment: the whole sentence stays the content
    rows = _indirect("The plan, as Mr. Lee noted, would cut taxes for most families.")
    assert rows[0][0].startswith("The plan")


def test_no_reported_clause_for_idioms_refusals_or_a_quotation_after_the_verb():
    assert _indirect("It is safe to say the plan will fail in the Senate.") == []
    assert _indirect("The network did not respond to a request for comment on Friday.") == []
    assert all(v != "pledge" for _, _, v in _indirect("Clinton leads in pledged delegates, the tally shows."))
    out = extract("Asked what he wanted in a nominee, Mr. Adair said, \u201cThey have got to be "
                  "able to win.\u201d")
    # the quotation is what Adair said; the question is the unnamed asker's
    assert [(r.kind, r.verb, r.speaker) for r in out.itertuples()] == [
        ("indirect", "ask", ""), ("direct", "say", "Adair")]


def test_a_mid_sentence_attribution_before_a_participle_ends_the_words():
    # feature style: ", he said, wiping ..." is the reporter's scene, not the speaker's words
    rows = _indirect("Sales were great this year, the vendor said, wiping sweat off his face.")
    assert rows[0][0] == "Sales were great this year"
    rows = _indirect("The economy, Ms. Lee said, is growing faster than expected.")
    assert rows[0][0].endswith("growing faster than expected.")


def test_a_semicolon_before_a_new_speaker_ends_the_clause():
    # AP poll copy
    rows = _indirect("Most Democrats say they follow the campaign closely; 26 percent say they "
                     "have not been paying attention.")
    assert [q for q, _, _ in rows] == ["they follow the campaign closely",
                                       "they have not been paying attention"]


def test_a_phrase_of_examples_after_a_comma_stays_in_the_content():
    # Reuters: ", including ..." narrows the noun before it (the speaker's charge)
    rows = _indirect("Washington has accused Beijing of hacking computers at federal agencies, "
                     "including the theft of 21 million personnel records.")
    assert [(q, v) for q, _, v in rows] == [
        ("Beijing of hacking computers at federal agencies, including the theft of 21 million "
         "personnel records", "accuse")]
    # BBC: inside a fronted clause too, ", especially ..." is no clause break
    rows = _indirect("When the minister said the reforms would help families, especially those on "
                     "low incomes, critics were unconvinced.")
    assert rows[0][0] == "the reforms would help families, especially those on low incomes"


def test_a_conjunct_of_the_contents_own_gerund_or_infinitive_is_no_new_speech_act():
    # Guardian: "for cutting ... and calling ...": both gerunds are what the union criticised
    rows = _indirect("The union has criticised the mayor for cutting bus routes and calling the "
                     "strike illegal.")
    assert [q for q, _, _ in rows] == ["the mayor for cutting bus routes and calling the strike illegal"]
    # AP: "asked ... to raise ... and pledge ...": a bare verb cannot join the finite "asked"
    rows = _indirect("Mr. Trump asked the crowd to raise their right hands and pledge their "
                     "support to him.")
    assert [q for q, _, _ in rows] == ["the crowd to raise their right hands and pledge their support to him"]
    # NYT: nor can a participle of the speaker's ("started asking")
    rows = _indirect("Mr. Trump has lately started asking his supporters to raise their right "
                     "hands and pledge their loyalty to him.")
    assert [q for q, _, _ in rows] == ["his supporters to raise their right hands and pledge "
                                       "their loyalty to him"]
    # NYT: after a modal in the content
    rows = _indirect("Mr. Kasich said he would sit Mr. Putin down and tell him to stop.")
    assert [q for q, _, _ in rows] == ["he would sit Mr. Putin down and tell him to stop"]
    # the speaker's own second act still ends the content: a finite past, or a plural present
    rows = _indirect("Rubio said he would repeal the law and urged voters to back him.")
    assert [q for q, _, _ in rows] == ["he would repeal the law", "voters to back him"]
    rows = _indirect("Officials say the plan will fail and warn that costs will rise.")
    assert [q for q, _, _ in rows] == ["the plan will fail", "costs will rise"]


def test_a_second_that_clause_after_a_comma_and_and_is_the_same_content():
    # Xinhua: ", and that ..." coordinates a second complement of "noted"
    rows = _indirect("The spokesman noted that the talks had made progress, and that both sides "
                     "hoped to meet again next month.")
    assert [q for q, _, _ in rows] == [
        "the talks had made progress, and that both sides hoped to meet again next month"]


def test_a_belief_joined_by_and_to_the_clause_is_its_subjects_second_predicate():
    # NYT: "... and thought of ..." goes with the clause's own subject, the nearest one
    rows = _indirect("Mr. Obama said he had watched the museum rise from the ground and thought "
                     "of the days when he would visit it as a private citizen.")
    assert [q for q, _, _ in rows] == ["he had watched the museum rise from the ground and "
                                       "thought of the days when he would visit it as a private citizen"]
    # Reuters: a present "hopes" after a clause in the present
    rows = _indirect("The recorder says she made her decision on turnout figures and hopes most "
                     "voters will mail in their ballots.")
    assert [q for q, _, _ in rows] == ["she made her decision on turnout figures and hopes most "
                                       "voters will mail in their ballots"]


def test_a_list_of_verb_phrases_after_an_infinitive_stays_in_the_object():
    # NYT: "urging the governor to play ..., make ... and build ..."
    rows = _indirect("Some advisers are urging the governor to play by the rules, make the payment "
                     "on Tuesday and build good will in Congress.")
    assert [q for q, _, _ in rows] == ["the governor to play by the rules, make the payment on "
                                       "Tuesday and build good will in Congress"]
    # AP: a quotation and a clause of its own inside the conjuncts
    rows = _indirect("The senator pledged to enact judicial reform, fix the nation's “broken” "
                     "campaign finance system and ensure that every vote counts.")
    assert rows[0][0] == ("to enact judicial reform, fix the nation's “broken” campaign finance "
                          "system and ensure that every vote counts")
    # not a third-person verb of the speaker, nor an adverb opening the reporter's clause
    rows = _indirect("Mr. Zuckerberg announced plans to give away most of his shares, just as "
                     "his role models are doing with their wealth.")
    assert rows[0][0] == "plans to give away most of his shares"


def test_a_subordinate_clause_with_its_own_speaker_ends_the_content():
    # AP poll copy: ", after half said so ..." is the reporter's comparison, a statement of its own
    rows = _indirect("Six in 10 voters now say he is at least somewhat decisive, after half said "
                     "so in the earlier poll.")
    assert rows[0][0] == "he is at least somewhat decisive"


def test_a_lone_dash_before_examples_is_no_break_a_closed_pair_stays_an_aside():
    # AP: "— like ..." gives examples of the speaker's own noun
    rows = _indirect("Democrats acknowledge what they consider modest achievements — like "
                     "helping some of the uninsured.")
    assert rows[0][0] == "what they consider modest achievements — like helping some of the uninsured"
    # Politico: "— for instance, spotlighting ...": the comma after the marker opens the example
    rows = _indirect("Some lawmakers say the law had successes — for instance, spotlighting hidden "
                     "achievement gaps.")
    assert rows[0][0] == "the law had successes — for instance, spotlighting hidden achievement gaps"
    # a closed pair is still an aside inside the object, which runs on after it
    rows = _indirect("Clinton called for all candidates to lay out specifics — including the cost "
                     "— of their plans, something she has asked of her rival.")
    assert rows[0][0] == "all candidates to lay out specifics — including the cost — of their plans"


def test_a_second_predicate_of_the_speaker_ends_a_clause_with_its_own_verb():
    # NYT: a past speech verb, a present clause, a past verb joined by "and": the speaker's act
    rows = _indirect("Ms. Alvarado said she respects the mayor's record and praised his handling "
                     "of the budget.")
    assert rows[0][:2] == ("she respects the mayor's record", "Alvarado")
    # AP: an -ing speech verb, a clause without -ing words, a second -ing form: the speaker's
    rows = _indirect("The nurses' association issued a statement saying it would not back the "
                     "contract and urging members to vote against it.")
    assert [(q, v) for q, _, v in rows] == [("it would not back the contract", "say"),
                                            ("members to vote against it", "urge")]
    # Reuters: a refusal to say more after the clause is the speaker's
    rows = _indirect("The ministry confirmed that the envoy would travel to Kiev but would not "
                     "say when the talks would begin.")
    assert rows[0][0] == "the envoy would travel to Kiev"


def test_a_verb_in_the_clauses_own_tense_or_form_stays_in_it():
    # the clause's own tenses: "was ... and needed", a backshifted modal, a present speech verb
    assert _indirect("The governor said the bridge was unsafe and needed urgent repairs.")[0][0] \
        == "the bridge was unsafe and needed urgent repairs"
    assert _indirect("The group warned that the senator opposes the measure and would block "
                     "any vote on it.")[0][0] == \
        "the senator opposes the measure and would block any vote on it"
    assert _indirect("Mr. Okonjo says he was the first to propose the levy and has the broadest "
                     "support in the chamber.")[0][0] == \
        "he was the first to propose the levy and has the broadest support in the chamber"
    # the last item of a list; a gerund inside the clause takes the second -ing form
    assert _indirect("The operator said there is demand for pools, spas and improved dining "
                     "options.")[0][0] == "there is demand for pools, spas and improved dining options"
    rows = _indirect("The campaign circulated a memo arguing they could win by painting rivals as "
                     "extreme and leaving the centre open.")
    assert [(q, v) for q, _, v in rows] == [
        ("they could win by painting rivals as extreme and leaving the centre open", "argue")]


def test_a_clause_runs_on_through_a_lone_dash_before_its_own_continuation():
    # AP: a second "that"-clause after a dash, like ", and that"
    assert _indirect("The chairman said he respects the governor's decision - and that he will "
                     "campaign for her anyway.")[0][0] == \
        "he respects the governor's decision - and that he will campaign for her anyway"
    # NYT: what was and was not said; a resumptive noun repeating one of the clause's
    assert _indirect("Mr. Hale did not say the director should resign — only that the board "
                     "must act.")[0][0] == "the director should resign — only that the board must act"
    assert _indirect("The minister noted that emigration is in decline — a decline that began "
                     "before the election.")[0][0] == \
        "emigration is in decline — a decline that began before the election"
    # Guardian: the reporter's appended noun phrase still ends the clause
    assert _indirect("The treasurer said the fund is in surplus — a claim that auditors have "
                     "disputed.")[0][0] == "the fund is in surplus"


def test_an_aside_right_after_that_opens_the_clause_and_does_not_end_it():
    # AP / regional daily: "said that, <aside>, <main clause>": the main clause is the speaker's
    assert _indirect("Election officials said that, even if a recount were ordered, it could not "
                     "be finished before Friday.")[0][0] == \
        "even if a recount were ordered, it could not be finished before Friday"
    assert _indirect("Both leaders concede that, given the split in the chamber, passing the bill "
                     "will take months.")[0][0] == \
        "given the split in the chamber, passing the bill will take months"
    # a relative inside the clause's subject is no such aside, and a comment after it still ends it
    assert _indirect("The senator said the plan would fail, which surprised nobody.")[0][0] == \
        "the plan would fail"


def test_the_reporters_setting_around_a_mid_sentence_frame_is_no_part_of_the_words():
    # NYT: an aside of the setting after the frame
    assert _indirect("Nobody on the committee would back him, one aide said, on condition of "
                     "anonymity because the talks were private.")[0][0] == \
        "Nobody on the committee would back him"
    # AP: a time before the frame
    assert _indirect("Two weeks ago, the chairman said, the board had no plan at all.")[0][0] == \
        "the board had no plan at all."
    # the words resume after the frame: one content across it (and examples stay in it)
    assert _indirect("Most of the new jobs, she said, have gone to part-time workers.")[0][0] == \
        "Most of the new jobs, she said, have gone to part-time workers."
    assert _indirect("The files covered many topics, the newspaper said, including budgets and "
                     "travel.")[0][0] == \
        "The files covered many topics, the newspaper said, including budgets and travel."


def test_a_second_infinitive_after_a_speech_verb_in_the_infinitive_is_the_speakers():
    # AP: "used X to boast that ... and to attack ...": the second purpose is the speaker's
    rows = _indirect("The governor used the dinner to boast that the deficit has vanished and to "
                     "attack his predecessor.")
    assert rows[0][0] == "the deficit has vanished"
    # a clause with an infinitive of its own takes the second one (Guardian)
    assert _indirect("The mayor went on television to announce that the city would continue to "
                     "fund the schools and to hire more teachers.")[0][0] == \
        "the city would continue to fund the schools and to hire more teachers"


def test_a_new_subject_and_its_speech_verb_after_a_bare_comma_ends_the_clause():
    # AP poll copy, Reuters, Guardian: two statements set side by side with a comma only
    rows = _indirect("A majority of voters say they do not trust the governor, even some allies "
                     "questioned why the fund had not been closed sooner.")
    assert [q for q, _, _ in rows] == ["they do not trust the governor",
                                       "why the fund had not been closed sooner"]
    rows = _indirect("So far 210 delegates have said they back the mayor, 45 have said they back "
                     "her rival and 80 have not announced a choice.")
    assert rows[0][:2] == ("they back the mayor", "210 delegates")
    assert [q for q, _, _ in _indirect("Ministers insisted the deal was done, the opposition leader "
                                       "claimed it was dead.")] == ["the deal was done", "it was dead"]
    rows = _indirect("The candidates took turns saying how tough they would be on crime, the "
                     "incumbent stressed the need for patience.")
    assert rows[0][0] == "how tough they would be on crime"
    # (not an aside frame, a relative, a fronted clause or phrase opening the content: NYT, AP)
    assert [q for q, _, _ in _indirect("She said the rule, many lawyers say, is outdated.")] == [
        "the rule, many lawyers say, is outdated"]
    assert [q for q, _, _ in _indirect("Police said the two men were detained, most of whom said "
                                       "they were students.")] == [
        "the two men were detained, most of whom said they were students"]
    assert [q for q, _, _ in _indirect("He conceded that, when he speaks, he feels nervous.")] == [
        "when he speaks, he feels nervous"]
    assert [q for q, _, _ in _indirect("Turkish media reported that during the visit this week, "
                                       "President Erdogan repeated his request.")] == [
        "during the visit this week, President Erdogan repeated his request"]


def test_a_present_predicate_after_a_present_speech_verb_and_a_past_clause_is_the_speakers():
    # Reuters: "goes to great lengths" agrees with "denies", not with the past clause
    assert _indirect("Turkey denies that the killings were a genocide and goes to great lengths to "
                     "suppress the word.") == [("the killings were a genocide", "Turkey", "deny")]
    # wire copy: the second act is a row of its own
    assert _indirect("The nurses' association says its members were misled and calls on the board "
                     "to resign.") == [
        ("its members were misled", "The nurses' association", "say"),
        ("the board to resign", "The nurses' association", "call on")]
    # (a present clause takes its own subject's second verb: newspaper)
    assert _indirect("The mayor says the city is safe and calls it a model.") == [
        ("the city is safe and calls it a model", "The mayor", "say")]
    # (a plural noun after "and" is no verb: "parks suffered" is the clause's)
    assert _indirect("The town clerk says the budget was cut and parks suffered.") == [
        ("the budget was cut and parks suffered", "The town clerk", "say")]


def test_a_condition_depending_on_stays_in_the_clause():
    # Reuters: "depending on ..." qualifies the forecast, it is no comment of the reporter's
    assert _indirect("The economist says 40,000 jobs could be lost, depending on how quickly "
                     "firms adjust.") == [
        ("40,000 jobs could be lost, depending on how quickly firms adjust", "The economist", "say")]


def test_a_clause_runs_on_through_a_dash_and_a_second_predicate_or_complement():
    # Reuters / NYT: "- and" or "— but" before a word that opens no clause joins the speaker's
    # own second predicate or complement to the clause
    assert _indirect("The minister said spending would fall to 1.1 percent of output - and well "
                     "below the target agreed in Brussels.")[0][0] == \
        "spending would fall to 1.1 percent of output - and well below the target agreed in Brussels"
    assert _indirect("She said she would keep campaigning for the measure — but with a quieter "
                     "approach.")[0][0] == \
        "she would keep campaigning for the measure — but with a quieter approach"
    # a second verb taking its own clause is a statement of its own (Politico)
    rows = _indirect("Trump said he does not plan to stage a mock debate — and thinks that his "
                     "daughter may play the rival.")
    assert rows[0][0] == "he does not plan to stage a mock debate"
    # AP: a new clause with its own subject after the dash is the reporter's
    assert _indirect("The mayor said the budget was balanced - and the council voted to approve "
                     "it on Monday.")[0][0] == "the budget was balanced"
