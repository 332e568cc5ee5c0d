"""Last checks on reported contents (analysis/quotes/reported_checks.py) and a fronted "As X
reported," (analysis/quotes/reported.py).

Sentences written for these tests in the styles of wire copy (AP, Reuters, Xinhua), British
papers (BBC, The Guardian) and US papers (NYT, with its ''...'' marks); the expected spans are
what a careful coder takes as the speaker's words.
"""
from .helpers import extract


def _indirect(text):
    return [(r.quote, r.speaker, r.verb) for r in extract(text).itertuples()
            if r.kind == "indirect"]


def test_the_speaker_after_an_inverted_verb_is_no_content():
    # Reuters: ", said <speaker who ...>." -> what comes before the comma is the statement
    assert _indirect("I guess that settles it, said thousands of commuters who lost their "
                     "season tickets.") == [("I guess that settles it", "thousands", "say")]
    # NYT: the inverted speaker need not end the sentence (a relative after it: the clause
    # before the comma is the official's, test_inverted_tail.py); a gerund subject is a clause
    assert [q for q, _, _ in _indirect(
        "Beijing warned Manila not to move on the shoal, said an official who was briefed on the "
        "talks and spoke on condition of anonymity.")] == ["Beijing warned Manila not to move on the shoal"]
    assert _indirect("The minister, a former general, said calling the militants by another "
                     "name would do nothing to defeat them.") == [
        ("calling the militants by another name would do nothing to defeat them",
         "The minister", "say")]
    # (an apposed speaker after "Name, role," is the subject before the verb: the clause stays)
    assert _indirect("Ms. Okafor, a spokeswoman for the ministry, said the council would close "
                     "two libraries.") == [("the council would close two libraries", "Okafor",
                                            "say")]
    # AP: a poll share as subject, a pronoun clause after the verb
    assert [q for q, _, _ in _indirect("A third of independents, 33 percent, say they feel that "
                                       "way.")] == ["they feel that way"]


def test_a_content_takes_in_the_quotation_that_continues_its_clause():
    # NYT, Guardian, AP: the clause does not stop at "a" / "for" before the quoted words
    assert _indirect("Mr. Khan blamed the attack on a ''disturbed individual,'' not on his "
                     "faith.") == [("the attack on a ''disturbed individual,''", "Khan", "blame")]
    assert _indirect('The opposition leader mocked the minister for "having a tough night" in '
                     'parliament.') == [('the minister for "having a tough night"',
                                         "The opposition leader", "mock")]
    # (a content ending in a noun before a quotation is left as it was found)
    assert _indirect("Officials said the plan was a ''reckless gamble'' with public money.") == [
        ("the plan was a ''reckless gamble'' with public money", "Officials", "say")]


def test_a_second_speakers_act_joined_without_a_comma_is_its_own_row():
    # Reuters / Xinhua: "... but Washington said ..." -> two statements, two speakers
    assert _indirect("The spokesman said the talks were constructive but the embassy said no "
                     "agreement had been reached.") == [
        ("the talks were constructive", "The spokesman", "say"),
        ("no agreement had been reached", "the embassy", "say")]
    # BBC: "... and police said ..."
    assert _indirect("Hundreds of demonstrators said they would march again and police said the "
                     "route would be closed.") == [
        ("they would march again", "Hundreds of demonstrators", "say"),
        ("the route would be closed", "police", "say")]
    # Guardian: "while"; a subject that names no one gives no speaker (none invented)
    rows = _indirect("The mayor accused the union of holding the city hostage while union "
                     "leaders said the strike would go on.")
    assert rows == [("the union of holding the city hostage", "The mayor", "accuse"),
                    ("the strike would go on", "union leaders", "say")]
    rows = _indirect("Twelve lawmakers said they would skip the vote and others have said they "
                     "are undecided.")
    assert rows == [("they would skip the vote", "Twelve lawmakers", "say"),
                    ("they are undecided", "", "say")]


def test_a_coordinated_subject_set_off_by_commas_is_one_act():
    # Reuters: "officials and diplomats said," is one attribution inside the clause, not a
    # second act that would cut "The plan, officials" off as a content
    rows = _indirect("The plan, officials and diplomats said, would be announced on Friday.")
    assert [quote for quote, _, _ in rows] == [
        "The plan, officials and diplomats said, would be announced on Friday."]


def test_the_same_speakers_clauses_and_comparisons_stay_in_the_content():
    # AP: "and he would ..." continues what Li said; "as the auditors predicted" is a comparison
    assert _indirect("Mr. Li said exports would recover this year and he would visit Berlin in "
                     "May.") == [("exports would recover this year and he would visit Berlin "
                                  "in May", "Li", "say")]
    assert [q for q, _, _ in _indirect("The report said costs had risen as the auditors "
                                       "predicted.")] == ["costs had risen as the auditors "
                                                          "predicted"]
    # "according to" holds the whole sentence, both clauses (NYT)
    rows = _indirect("According to the filing, the chairman approved the loan and his deputy "
                     "said nothing.")
    assert rows[0][0] == "the chairman approved the loan and his deputy said nothing"


def test_a_time_or_a_pointer_is_no_content():
    # AP: the object gap of "which the department proposed" is the regulation, not "last July"
    assert _indirect("The rule, which President Obama directed the Labor Department to work on "
                     "in 2014 and which the department first proposed last July, provoked a "
                     "deluge of comments.") == []
    # the words follow the colon in the next lines (a live blog)
    assert _indirect("The senator tweeted the following: the bill is dead.") == []


def test_a_noun_or_participle_after_a_clause_is_no_post_posed_frame():
    # NYT: "with 100 percent of precincts reporting" reports nothing
    assert _indirect("Mr. Trump was defeated in the Iowa caucuses, with 100 percent of precincts "
                     "reporting.") == []


def test_a_participle_after_an_article_or_a_degree_adverb_is_an_adjective():
    # Guardian: "the most telling promise" is no act of telling
    assert _indirect("The most telling promise the premier has made is that she will not raise "
                     "taxes.") == []
    # (the verb itself still reports, BBC)
    assert _indirect("The premier has told voters she will not raise taxes.") == [
        ("she will not raise taxes", "The premier", "tell")]


def test_the_same_speakers_next_act_after_before_or_while_is_its_own_row():
    # AP: "... before claiming that ..." ends the first content; the claim is a row of its own
    assert _indirect("Mr. Okonjo said the deadlock had kept the country safe before claiming that "
                     "open borders were tearing families apart.") == [
        ("the deadlock had kept the country safe", "Okonjo", "say"),
        ("open borders were tearing families apart", "Okonjo", "claim")]
    # (the manner of the act, "by saying", is no second act: Reuters)
    assert _indirect("The minister responded by saying that the figures had been revised.") == [
        ("the figures had been revised", "The minister", "respond")]


def test_a_participle_with_only_an_object_after_while_or_before_is_no_second_act():
    # Guardian: "while claiming tax breaks" tells what the firms do, not a claim anyone made
    assert _indirect("The chancellor renewed her pledge to pursue firms that move jobs abroad while "
                     "claiming generous tax breaks.") == [
        ("to pursue firms that move jobs abroad while claiming generous tax breaks", "",
         "pledge")]
    # AP: with a clause after it, the participle still opens the same speaker's next act
    assert _indirect("Gov. Ellen Marsh said the budget was balanced before noting that two agencies "
                     "had overspent.") == [
        ("the budget was balanced", "Ellen Marsh", "say"),
        ("two agencies had overspent", "Ellen Marsh", "note")]
    # Reuters: "after announcing" with an object only is no statement
    rows = _indirect("The minister said the talks would resume in May after announcing a new "
                     "envoy to the region.")
    assert ("a new envoy to the region", "The minister", "announce") not in rows


def test_a_tail_with_its_own_predicate_or_a_free_relative_is_no_frame():
    # NYT: "is bleak and seldom told" and "what it says about America" attribute nothing
    assert _indirect("The story of his brother, who died in 1981, is bleak and seldom "
                     "told.") == []
    assert _indirect("Mr. Cruz has embraced his father's story, more for what it says about "
                     "America than about immigrants.") == []
    # (a relative clause in the subject of a post-posed frame keeps it, BBC)
    assert _indirect("The plant will close in May, a manager who was at the meeting said.") == [
        ("The plant will close in May", "", "say")]
    # Reuters: a plural noun after a number is no verb
    assert _indirect("The IMF raised its forecast for Britain by 0.1 percentage points to 1.8 "
                     "percent.") == []


def test_the_reporters_setting_after_a_content_is_not_the_speakers():
    # Guardian / AP: "even as ..." and "following the ..." set the act in the reporter's words
    assert _indirect("The Speaker said he will support the party's nominee, even as he has taken "
                     "frequent shots at the nominee's remarks.") == [
        ("he will support the party's nominee", "The Speaker", "say")]
    assert _indirect("The senator called for a ban on assault weapons following the shooting in "
                     "Orlando.") == [("a ban on assault weapons", "The senator", "call for")]
    # ("even as a candidate" is a phrase of the content, NYT)
    assert _indirect("Ms. Hale warned that the governor, even as a candidate, had endangered "
                     "allies.") == [("the governor, even as a candidate, had endangered allies",
                                     "Hale", "warn")]


def test_a_frame_set_as_an_aside_before_the_reporters_time_ends_the_content():
    # AP: ", the electoral commission declared on Thursday, two days after ..." is not her words
    assert _indirect("Ms. Okafor won the primary in Lagos, the electoral commission declared on "
                     "Thursday, two days after voters went to the polls.") == [
        ("Ms. Okafor won the primary in Lagos", "the electoral commission", "declare")]
    # (BBC: the words after the aside complete the clause before it)
    assert [q for q, _, _ in _indirect("The economy, the minister said, is in good shape.")] == [
        "The economy, the minister said, is in good shape."]


def test_an_adjective_in_ing_inside_a_list_does_not_end_the_content():
    # Reuters: "a kind, loving and admirable person" is one phrase, not ", loving ..." appended
    assert _indirect("Her brother called him a kind, loving and admirable person.") == [
        ("him a kind, loving and admirable person", "Her brother", "call")]


def test_a_fronted_as_clause_attributes_the_whole_main_clause():
    # Xinhua / AP: the main clause runs past the comma after "even before the vote"
    assert _indirect("As Xinhua reported on Monday, even before the vote, the ministry was "
                     "preparing for a recount.") == [
        ("even before the vote, the ministry was preparing for a recount", "Xinhua", "report")]
    # a temporal "as" with an object is no frame (Guardian)
    assert _indirect("As he said goodbye, the crowd cheered.") == []


def test_a_content_runs_on_past_an_aside_in_its_subject():
    # NYT / Reuters / BBC: the subject, an aside in commas, then the predicate
    assert _indirect("Mr. Lew said the annual talks, which began a decade ago, remained "
                     "useful.") == [("the annual talks, which began a decade ago, remained useful",
                                     "Lew", "say")]
    assert _indirect("An analyst asked whether the defence minister, Anna Berg, could meet that "
                     "target by 2030.") == [
        ("whether the defence minister, Anna Berg, could meet that target by 2030",
         "An analyst", "ask")]
    # (the subject of a clause after "that": Bloomberg style)
    assert _indirect("The agency says its review has found that the trusts, which hold shares in "
                     "Liechtenstein, are still under his control.") == [
        ("its review has found that the trusts, which hold shares in Liechtenstein, are still "
         "under his control", "The agency", "say")]
    # (an aside of any shape: an adjective after a subordinator, a participle, a concession;
    # Guardian, AP, Reuters)
    assert _indirect("The minister also says the pension reform, while unpopular, was handled "
                     "fairly in her view.") == [
        ("the pension reform, while unpopular, was handled fairly in her view", "The minister", "say")]
    assert _indirect("Party officials believe the mayor's record, cutting crime in most districts, "
                     "will win over undecided voters.") == [
        ("the mayor's record, cutting crime in most districts, will win over undecided voters",
         "Party officials", "believe")]
    assert _indirect("Senior advisers assured the premier that the merger with its rival, however "
                     "costly, was worth the gamble.") == [
        ("the merger with its rival, however costly, was worth the gamble", "Senior advisers",
         "assure")]
    # (an aside set off by a pair of dashes: AP)
    assert [q for q, _, _ in _indirect("The group released figures that suggest younger voters — "
                                       "nearly a third of the electorate — are being ignored by both "
                                       "parties.")] == [
        "younger voters — nearly a third of the electorate — are being ignored by both parties"]
    # (not a clause of its own after ", and" or a subordinator's subject: AP, Reuters)
    assert _indirect("Conservative groups reported raising $4 million, while liberal groups, "
                     "including several unions, reported raising $1 million.")[0][0] == \
        "raising $4 million"
    assert _indirect("The governor said the budget, and the pension plan in particular, must be "
                     "cut.")[0][0] == "the budget, and the pension plan in particular, must be cut"
    # (an object with an aside naming the main clause's subject stays an object: AP)
    assert [q for q, _, _ in _indirect("While one governor backed the senator, Maria Lopez of "
                                       "Arizona, appeared ready to stay neutral.")] != [
        "the senator, Maria Lopez of Arizona, appeared ready to stay neutral"]


def test_a_subject_or_a_lone_subordinate_clause_before_the_verb_is_no_content():
    # Reuters / Guardian: the verb's own subject with an apposition, not ", explained ..."
    assert _indirect("The minister, a former general, explained the decision to reporters.") == []
    # AP / NYT: a fronted clause alone before the main clause that holds the verb
    assert _indirect("But even after the growth cooled, the borrowing continued.") == []
    assert _indirect("Although her work has been popular, her findings have been contested by "
                     "those about whom she has written.") == []
    # "helps explain" accounts for something: no speech act (BBC)
    assert _indirect("The tax is unpopular, which helps explain why neither party mentions "
                     "it.") == []
    # (a post-posed frame keeps its clause, with or without a verb: Xinhua, AP)
    assert _indirect("The truck struck the crowd on the promenade, a seaside walk in the city, "
                     "police said.") == [("The truck struck the crowd on the promenade, a "
                                          "seaside walk in the city", "police", "say")]
    assert _indirect("Not a chance, the minister replied.") == [
        ("Not a chance", "the minister", "reply")]


def test_a_participle_after_an_article_and_an_adverb_is_an_adjective():
    # AP / Guardian: "a politically charged visit" is no charge; "and recently pointed to" is
    assert _indirect("The pope made a politically charged visit to the border on Wednesday.") == []
    assert [v for _, _, v in _indirect("The senator mocked a reporter and recently pointed to a "
                                       "protester in the crowd.")] == ["mock", "point to"]
    # a passive of a form of several words has no speaker (Reuters): "was called for"
    assert _indirect("Supporters roared when Texas was called for the senator moments after the "
                     "polls closed.") == []


def test_according_to_after_a_fronted_clause_or_a_subordinator_scopes_over_what_follows():
    # Reuters / AP: the clause after the source is the claim, not the fronted clause before it
    assert _indirect("While most of the files were marked confidential, according to a ministry "
                     "official, two were upgraded to secret.") == [
        ("two were upgraded to secret", "a ministry official", "according to")]
    assert [q for q, _, _ in _indirect("He left the country in 1990 after, according to his "
                                       "lawyer, the paper censored his column.")] == [
        "the paper censored his column"]
    # (a fronted phrase stays in the claim: BBC)
    quotes = [q for q, _, _ in _indirect("Since last November, according to Amnesty "
                                         "International, security forces have killed 400 "
                                         "protesters.")]
    assert len(quotes) == 1 and quotes[0].startswith("Since last November")


def test_a_content_runs_on_through_its_examples():
    # AP / Reuters / Guardian: ", including ...", ", especially ..." narrow the noun before them
    assert _indirect("Party officials blamed several factors, including budget cuts that removed "
                     "federal grants and the rise of a populist outsider.") == [
        ("several factors, including budget cuts that removed federal grants and the rise of a "
         "populist outsider", "Party officials", "blame")]
    assert _indirect("The senator wants a large expansion of public transport, especially night "
                     "buses and cheaper rail fares.") == [
        ("a large expansion of public transport, especially night buses and cheaper rail fares",
         "The senator", "want")]
    # (not people named after a thing: they are examples of the holders; nor a time clause: NYT)
    assert [q for q, _, _ in _indirect("Local Democrats had endorsed her bid, including Gov. Jack "
                                       "Markell and Sen. Tom Carper.")] == ["her bid"]
    assert [q for q, _, _ in _indirect("Ministers remain uneasy about the envoy's remarks, "
                                       "particularly after the summit collapsed last week.")] == [
        "the envoy's remarks"]



def test_a_content_stops_before_the_participle_that_introduces_its_quotation():
    # AP: ", adding:" before the quoted words -> the quotation is what was added
    assert _indirect('The mayor described the budget as a "disaster in slow motion," adding: '
                     '"We will not balance it on the backs of bus riders."') == [
        ('the budget as a "disaster in slow motion,"', "The mayor", "describe")]
    # Guardian: "and carrying banners reading" -> the call is the content, not the banners
    assert _indirect("The union's members marched on City Hall, calling for higher wages and "
                     "carrying banners reading, \"Fair pay now.\"") == [
        ("higher wages", "The union's members", "call for")]
    # NYT ''...'' marks: "by writing" after a topic -> the topic, without the participle phrase
    assert [q for q, _, _ in _indirect(
        "Ms. Duarte responded to the senator's letter by writing, ''We have nothing to "
        "hide.''")] == ["the senator's letter"]


def test_a_content_of_a_preposition_before_a_set_off_quotation_is_none():
    # Reuters / NYT: "responded to the reporter with, '...'" -> the quotation is the answer;
    # "the reporter with" says nothing
    assert _indirect('Governor Alvarez responded to the reporter with, "Ask the finance '
                     'ministry."') == []
    assert _indirect("Mr. Okafor replied to the question with: ''That is a matter for the "
                     "courts.''") == []


def test_a_lead_in_closed_by_a_colon_is_no_part_of_what_a_source_supports():
    # Reuters / FT: the reporter's lead-in, then the claim "according to" a survey supports
    assert _indirect("At the same time, the levy has not driven banks out of the city: London "
                     "remained the busiest trading hub in Europe last year, according to one "
                     "industry survey.") == [
        ("London remained the busiest trading hub in Europe last year", "one industry survey",
         "according to")]
    # AP digest style: a label before the colon; HuffPost: "A reminder: ..., as X has noted."
    assert _indirect("Superdelegates: The senator is backed by 412 of them, according to the "
                     "Associated Press.") == [
        ("The senator is backed by 412 of them", "Associated Press", "according to")]
    assert [q for q, _, _ in _indirect(
        "A reminder: The plan would add billions to the deficit, as the budget office has "
        "noted.")] == ["The plan would add billions to the deficit"]
    # NYT: a study's finding after "The outcome:"
    assert [q for q, _, _ in _indirect(
        "The outcome: Nine in 10 rural clinics lost at least one doctor, a university study "
        "found.")] == ["Nine in 10 rural clinics lost at least one doctor"]
    # (", he said": a speaker's paraphrase may hold its own colon; the whole clause stays)
    assert [q for q, _, _ in _indirect(
        "The choice is simple: We stay or we go, the union leader said.")] == [
        "The choice is simple: We stay or we go"]


def test_a_named_addressee_with_an_apposition_is_no_part_of_the_clause():
    # AP: "told Sen. <name>, <role>, that ..." -> the clause after "that"
    assert _indirect("The governor told Sen. Maria Lopez, the chairwoman of the finance "
                     "committee, that he would veto the bill.") == [
        ("he would veto the bill", "The governor", "tell")]
    # Guardian: "told Mr. <name>, <role>, that ..." (the title left out of the name)
    assert _indirect("The mayor told Mr. Hale, the bank's chief executive, that its licence was "
                     "at risk.") == [("its licence was at risk", "The mayor", "tell")]
