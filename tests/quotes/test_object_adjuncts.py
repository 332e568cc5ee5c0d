"""Where a stance's object ends and the non-speech cues added by the cont18 session
(analysis/quotes/nominal.py object_span; content.py).

Texts written for these tests in wire and newspaper styles; expected spans are what a reader
would say.
"""
from .helpers import extract, one


def test_a_place_or_time_after_a_named_or_pronoun_object_is_no_part_of_it():
    row = one("Mayor Alvarez lashed out at Governor Pritchard on Facebook, calling the cuts "
              "reckless.", "Governor")   # AP
    assert (row.verb, row.quote) == ("lash out at", "Governor Pritchard")
    row = one("Several union leaders have opposed it on safety grounds.", "it")   # Reuters
    assert (row.verb, row.quote) == ("oppose", "it")
    row = one("The farmers' union may well endorse Ms. Adeyemi in coming weeks.", "Ms.")   # Guardian
    assert (row.verb, row.quote) == ("endorse", "Ms. Adeyemi")


def test_a_prepositional_phrase_of_the_stance_itself_stays():
    row = one("Voters in the suburbs favored Mr. Ortiz over Ms. Chen.", "Mr. Ortiz")   # NYT
    assert row.quote == "Mr. Ortiz over Ms. Chen"
    row = one("Ms. Lund applauds his message on trade.", "his message")   # USA Today
    assert row.quote == "his message on trade"


def test_a_list_with_one_comma_stays_whole():
    row = one("The talks mainly focused on cutting farm subsidies, port security and easing "
              "visa rules.", "cutting")   # Reuters
    assert (row.verb, row.quote) == \
        ("focus on", "cutting farm subsidies, port security and easing visa rules")
    row = one("Outside groups backing Gov. Ana Ruiz, Sen. Paul Okafor and Rep. Dana Lee have "
              "spent $4 million.", "Gov.")   # Politico
    assert (row.verb, row.quote) == ("back", "Gov. Ana Ruiz, Sen. Paul Okafor and Rep. Dana Lee")


def test_one_comma_before_and_with_a_new_clause_or_an_apposition_is_no_list():
    row = one("Mr. Haddad has not endorsed anyone in the race, and his aides declined to comment.",
              "anyone")   # NYT
    assert row.quote == "anyone in the race"
    row = one("The council backed Mr. Brandt, a Hamburg lawyer and former judge.", "Mr. Brandt")
    assert row.quote == "Mr. Brandt"   # Deutsche Welle


def test_whom_someone_directs_to_act_is_their_aim():
    row = one("The ministry has encouraged private clinics to share their waiting lists.",
              "private clinics")   # BBC
    assert (row.speaker, row.verb, row.verb_class, row.quote) == \
        ("The ministry", "encourage", "intention",
         "private clinics to share their waiting lists")
    row = one("Mr. Varga instructed his lawyers to drop the appeal.", "his lawyers")   # Reuters
    assert (row.verb, row.quote) == ("instruct", "his lawyers to drop the appeal")
    row = one("Ms. Costa pushed the board to enlist outside auditors and fired the finance chief.",
              "the board")   # Bloomberg
    assert (row.verb, row.quote) == ("push", "the board to enlist outside auditors")
    row = one("Tenant groups encouraging the mayor to freeze rents are planning a march.",
              "the mayor")   # Guardian
    assert (row.speaker, row.quote) == ("Tenant groups", "the mayor to freeze rents")


def test_no_aim_without_the_person_directed_or_for_a_mere_cause():
    assert extract("Officials were encouraged to see the figures.")["verb"].tolist() == []
    out = extract("It could also encourage the rebels to stay in the hills.")   # AP
    assert "encourage" not in out["verb"].tolist()
    out = extract("The stake pushed the company's value to nearly $2 billion.")   # FT
    assert "push" not in out["verb"].tolist()


def test_a_judgement_told_by_an_adverb():
    row = one("Among older voters, 61 percent view the governor unfavorably.", "the governor")
    assert (row.speaker, row.verb, row.verb_class, row.quote) == \
        ("61 percent", "view", "belief", "the governor unfavorably")   # Washington Post
    row = one("The judge saw the defendant's remarks differently.", "the defendant")   # AP
    assert (row.verb, row.quote) == ("see", "the defendant's remarks differently")
    assert extract("She saw the parade from her window.")["verb"].tolist() == []   # no belief


def test_wanting_or_seeking_more_of_something():
    row = one("Rep. Ida Moreno wants more funding for rural clinics.", "more funding")   # Politico
    assert (row.verb, row.verb_class, row.quote) == \
        ("want", "intention", "more funding for rural clinics")
    row = one("The committee sent a letter seeking more answers about the contract.", "more")
    assert (row.verb, row.quote) == ("seek", "more answers about the contract")   # Reuters
    assert "want" not in extract("They want more than that.")["verb"].tolist()   # AP


def test_what_someone_knows_told_by_a_pronoun_alone():
    row = one("Lobbyists know this and plan accordingly.", "this")   # Politico
    assert (row.speaker, row.verb, row.quote) == ("Lobbyists", "know", "this")
    row = one("Both parties understood it too, and both spent heavily.", "it")   # Washington Post
    assert (row.verb, row.quote) == ("understand", "it")
    row = one("Farmers know it will be a hard winter.", "it")   # AP: a clause, not the pronoun
    assert row.quote == "it will be a hard winter"


def test_a_gerund_object_of_suggest_recommend_propose_is_the_proposal():
    # regional daily and wire: the -ing clause after the verb is what was proposed
    from .helpers import indirect
    assert indirect("Ms. Ruiz suggested cutting the budget by half.") == [
        ("cutting the budget by half", "Ruiz", "suggest")]
    assert indirect("The panel recommended raising the retirement age.") == [
        ("raising the retirement age", "The panel", "recommend")]
    assert indirect("The panel recommended that the city close the plant.") == [
        ("the city close the plant", "The panel", "recommend")]
    # "something", a time word: no gerund
    assert indirect("Ms. Ruiz suggested something else.") == []
