"""More shapes of reported content that is not speech (analysis/quotes/content.py and the cue
codebook): progressive multi-word cues, a subject set off by an apposition, an emphatic "did",
attitude and topic verbs with an object, "made clear".

Texts written for these tests in wire, newspaper and magazine styles; expected holders and spans
are what a reader would say.
"""
from .helpers import extract, one


def test_progressive_multiword_cues():
    row = one("Ms. Whitfield was referring to the 2014 audit of the port authority.", "the 2014")
    assert (row.speaker, row.verb, row.verb_class) == ("Whitfield", "refer to", "topic")
    row = one("The mayor is talking about tax relief for small landlords again.", "tax")
    assert (row.speaker, row.verb) == ("The mayor", "talk about")
    row = one("Congressional leaders were focusing on the spending bill", "the spending")
    assert row.verb == "focus on"


def test_subject_set_off_by_an_apposition():
    row = one("Adeyemi, a two-term senator from Lagos, has supported the fuel subsidy.", "the fuel")
    assert (row.speaker, row.verb, row.verb_class, row.quote) == \
        ("Adeyemi", "support", "stance", "the fuel subsidy")
    row = one("The teachers' union, which represents 12,000 staff, strongly opposed the "
              "merger plan on Friday.", "the merger")
    assert (row.verb, row.quote) == ("oppose", "the merger plan")


def test_emphatic_did_is_no_question():
    row = one("Mr. Keller did support the idea of a registry in 2015.", "the idea")
    assert (row.speaker, row.verb) == ("Keller", "support")
    for text in ("Do you think the bill should pass?",
                 "Did the governor really believe the vote was rigged?",
                 "“Do your voters support the tariff?” the host asked."):
        assert "belief" not in set(extract(text)["verb_class"]) and \
            "stance" not in set(extract(text)["verb_class"]), text


def test_attitude_verbs_take_the_object():
    row = one("Bush, Florida's former governor, also went after Trump on Tuesday.", "Trump")
    assert (row.speaker, row.verb, row.verb_class) == ("Bush", "go after", "stance")
    row = one("LONDON (Reuters) - Opposition lawmakers railed against the spending cuts.",
              "the spending")
    assert (row.speaker, row.verb, row.verb_class) == \
        ("Opposition lawmakers", "rail against", "stance")
    row = one("Gov. Amara Ochieng has embraced the new curriculum.", "the new")
    assert (row.verb, row.verb_class) == ("embrace", "stance")
    row = one("The two foreign ministers discussed trade and the war in Syria.", "trade")
    assert (row.speaker, row.verb, row.verb_class, row.quote) == \
        ("The two foreign ministers", "discuss", "topic", "trade and the war in Syria")
    row = one("Sen. Rhoda Banks voted against the measure last week.", "the measure")
    assert (row.verb, row.quote) == ("vote against", "the measure")


def test_attitude_verbs_need_a_holder_and_an_object():
    for text in ("Go after the big donors first, the memo said.",
                 "The discussed changes never came.",
                 "Hail fell across the county on Sunday."):
        out = extract(text)
        assert not set(out["verb"]) & {"go after", "discuss", "hail"}, text


def test_made_clear_reports_a_statement():
    row = one("Some Republicans made it clear that they would like to see him change course.",
              "they would")
    assert (row.speaker, row.verb) == ("Republicans", "make clear")
    row = one("WASHINGTON — The White House made clear on Monday that the talks were over.",
              "the talks")
    assert (row.speaker, row.verb) == ("White House", "make clear")


def test_made_clear_without_that():
    # a clause with no "that" after "made (it) clear": a subject and its finite verb open it
    row = one("Union leaders made it clear they would not endorse the plan.", "they would")
    assert (row.speaker, row.verb, row.quote) == \
        ("Union leaders", "make clear", "they would not endorse the plan")
    row = one("Governor Ana Ruiz has also made clear she will veto the bill.", "she will")
    assert (row.verb, row.quote) == ("make clear", "she will veto the bill")
    # an object is no clause: "made clear his aim to ..." gives no statement
    out = extract("The senator made clear his aim to win the seat back.")
    assert "make clear" not in set(out["verb"])


def test_owned_intentions_take_their_infinitive():
    row = one("Mr. Obama's decision not to follow through on the threat angered allies.", "not to")
    assert (row.speaker, row.verb, row.verb_class) == ("Mr. Obama", "decision", "intention")
    assert row.quote == "not to follow through on the threat angered allies"
    row = one("BERLIN (AP) — Critics assailed Merkel's decision to open Germany's borders to "
              "refugees last year.", "to open")
    assert (row.speaker, row.verb, row.quote) == \
        ("Merkel", "decision", "to open Germany's borders to refugees last year")
    row = one("Her bid to unseat the incumbent failed.", "to unseat")
    assert (row.speaker, row.speaker_mention, row.verb, row.quote) == \
        ("", "Her", "bid", "to unseat the incumbent")      # a pronoun stays unresolved


def test_owned_stances_take_their_object():
    out = extract("Trump's attacks on Cruz grew sharper, and his support for the wall never "
                  "wavered.")
    assert [(r.speaker or r.speaker_mention, r.verb, r.verb_class, r.quote)
            for r in out.itertuples()] == [
        ("Trump", "attack on", "stance", "Cruz"), ("his", "support for", "stance", "the wall")]
    row = one("The party's concerns about its declining appeal to women are real.",
              "its declining")
    assert (row.speaker, row.verb, row.verb_class, row.quote) == \
        ("The party", "concern about", "belief", "its declining appeal to women")
    row = one("Their opposition to the tariff is well known in Ottawa.", "the tariff")
    assert (row.speaker, row.speaker_mention, row.verb, row.verb_class, row.quote) == \
        ("", "Their", "opposition to", "stance", "the tariff")


def test_nouns_without_an_owner_or_with_a_speech_verb():
    """No owner, no row ("an effort to rebuild"); a noun inside a speech act's object is that
    speech act's content ("criticized her support for ...")."""
    assert extract("An effort to rebuild the bridge began in May.").empty
    assert extract("The support for the deck gave way.").empty
    out = extract("Sanders criticized her support for the embattled governor.")
    assert list(out["verb"]) == ["criticize"]


def test_findings_told_after_their_content():
    row = one("More than 40 percent of that money arrived in February alone, new fundraising "
              "reports show.", "More than")
    assert (row.speaker, row.verb, row.verb_class, row.quote) == \
        ("new fundraising reports", "show", "evidence",
         "More than 40 percent of that money arrived in February alone")
    row = one("The mill shed 300 jobs in a decade, state payroll records show.", "The mill")
    assert (row.speaker, row.verb) == ("state payroll records", "show")
    # a person who "found" is no poll; a clause after "and" is no holder
    assert extract("Prices rose sharply, and the index showed.").empty


def test_a_relative_who_holder_is_the_noun_phrase_before_it():
    row = one("Obama's triumph inspired idealists who wanted a complete break from the Bush "
              "years.", "a complete")
    assert (row.speaker, row.verb, row.verb_class) == ("idealists", "want", "intention")
    row = one("Instead, the political novice who wants to unseat Rep. Debbie Wasserman Schultz "
              "is reaping big financial rewards.", "to unseat")
    assert (row.speaker, row.quote) == ("the political novice",
                                        "to unseat Rep. Debbie Wasserman Schultz")
    row = one("Mr. Kasich, who wants to win Ohio, spoke on Monday.", "to win")
    assert (row.speaker, row.quote) == ("Kasich", "to win Ohio")


def test_adjectives_with_their_copula():
    row = one("Mr. Sanders has been critical of the trade deal.", "the trade")
    assert (row.speaker, row.verb, row.verb_class) == ("Sanders", "critical of", "stance")
    row = one("WASHINGTON (Reuters) - Some Democrats are concerned that the tactics could divide "
              "the party.", "the tactics")
    assert (row.speaker, row.verb, row.verb_class) == ("Some Democrats", "concerned", "belief")
    row = one("Republican leaders were reluctant to endorse him.", "to endorse")
    assert (row.speaker, row.verb, row.verb_class) == \
        ("Republican leaders", "reluctant", "intention")
    row = one("The senator remains opposed to the pipeline.", "the pipeline")
    assert (row.speaker, row.verb, row.quote) == ("The senator", "opposed to", "the pipeline")
    # an adjective with no holder, or no content
    assert extract("As far as he is concerned, the deal is dead.").empty
    assert extract("Shoppers were eager.").empty


def test_phrasal_stances_and_topics():
    row = one("Most delegates cast their votes for Mr. Cruz on the first ballot.", "Mr. Cruz")
    assert (row.speaker, row.verb, row.verb_class) == \
        ("Most delegates", "cast a vote for", "stance")
    row = one("The governor took issue with the ruling.", "the ruling")
    assert (row.speaker, row.verb) == ("The governor", "take issue with")
    row = one("Mr. Keller stood by his remarks on Sunday.", "his remarks")
    assert (row.speaker, row.verb, row.quote) == ("Keller", "stand by", "his remarks")
    row = one("Speaker Ryan distanced himself from the nominee's comments.", "the nominee")
    assert (row.speaker, row.verb_class) == ("Ryan", "stance")
    # "her" before a noun is a determiner: the object is the noun phrase
    row = one("Ms. Ortiz laid out her tax plan at a rally in Des Moines.", "her tax")
    assert (row.verb, row.verb_class) == ("lay out", "topic")
    assert one("Trump endorsed her on Tuesday.", "her").quote == "her"


def test_appears_with_an_adjective_is_hedged():
    row = one("LONDON — The Labour leadership appeared paralyzed on Monday.", "The Labour")
    assert (row.speaker, row.verb, row.verb_class) == ("", "appeared", "evidence")
    row = one("Washington appears weak.", "Washington")
    assert row.verb == "appears"
    for text in ("She appeared on Fox News on Sunday.", "He appeared before the committee.",
                 "The senator appeared alongside Mr. Cruz at the rally."):
        assert extract(text).empty, text


def test_consider_with_a_small_clause_or_a_plan():
    row = one("Mr. Netanyahu considers Mr. Obama hopelessly naive about the region.", "Mr. Obama")
    assert (row.speaker, row.verb, row.verb_class) == ("Netanyahu", "consider", "belief")
    assert row.quote == "Mr. Obama hopelessly naive about the region"
    row = one("City officials are considering a moratorium on new permits.", "a moratorium")
    assert (row.speaker, row.verb, row.verb_class) == ("City officials", "consider", "intention")
    # the preposition, and the passive (hedged.py's "is considered"), are no such cue
    assert "consider" not in set(extract("Considering the cost, the plan is cheap.")["verb"])
    assert "consider" not in set(extract("The bill was considered dead on arrival.")["verb"])


def test_a_judgement_told_by_find_and_an_adjective():
    # op-ed and feature styles: the object and what it is found to be
    row = one("Frankly, I find the governor's silence troubling.", "the governor's")
    assert (row.speaker_mention, row.verb, row.verb_class) == ("I", "find", "belief")
    assert row.quote == "the governor's silence troubling"
    row = one("Many retirees in the town found the new parking rules confusing, but they paid.",
              "the new")
    assert (row.speaker, row.quote) == ("Many retirees in the town", "the new parking rules confusing")
    # an object with no judgement, or what someone can do, is no view
    for text in ("Police found the car, towed it and searched it.",
                 "The mayor will find it difficult to win the suburbs."):
        assert "find" not in set(extract(text)["verb"]), text


def test_a_label_given_to_oneself_with_identify():
    # exit-poll and campaign-finance styles: only oneself, then "as"
    row = one("Turnout was high among the third of voters who identify themselves as moderates.",
              "themselves as")
    assert (row.verb, row.quote) == ("identify", "themselves as moderates")
    # the relative's noun after a preposition holds it, not the sentence's subject
    row = one("The senator raised $80,000 from donors who identified themselves as nurses.",
              "themselves as")
    assert (row.speaker, row.quote) == ("donors", "themselves as nurses")
    # identifying someone else is no view held
    assert "identify" not in set(extract("Police identified the driver as a local man.")["verb"])


def test_looking_for_after_a_form_of_be():
    row = one("Party leaders are looking for a compromise on the delegate rules.", "a compromise")
    assert (row.speaker, row.verb, row.verb_class) == ("Party leaders", "look for", "intention")
    # a modifier ("those looking for work") is no one's aim told by the reporter
    assert "look for" not in set(extract("Those looking for work found little of it.")["verb"])
