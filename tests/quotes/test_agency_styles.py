"""Shapes of agency copy from outside the US and UK wires (issue 13: this story's pages from other
outlets), written for these tests in the styles of a Latin American agency translated into English
(Prensa Latina, EFE: "denounced that", "assured that", "the foreign minister recalled"), a Russian
international broadcaster (RT, Sputnik: "Foreign Ministry spokeswoman X went further, accusing",
a clause ending in a quotation the attribution closes off, "according to" after a frame) and the
UN's briefings ("reported his spokesman X")."""
from .helpers import extract, indirect


def test_denounced_that_and_assured_that_report_a_clause():
    text = ("Venezuelan Foreign Minister Jorge Arreaza denounced on Wednesday that the government of "
            "the United States is promoting a coup against the constitutional president. The "
            "defense minister assured that the armed forces would remain united.")
    assert [(q, v) for q, _, v in indirect(text)] == [
        ("the government of the United States is promoting a coup against the constitutional "
         "president", "denounce"), ("the armed forces would remain united", "assure")]
    assert indirect("The ministry denounced the attack on its embassy.") == [
        ("the attack on its embassy", "The ministry", "denounce")]   # an object: a stance, as before


def test_a_title_after_a_paragraph_end_is_its_own_noun_phrase():
    text = ("Venezuelan Foreign Minister Jorge Arreaza spoke to the press.\n\n"
            "The foreign minister recalled that the armed forces remained loyal to the constitution.")
    assert indirect(text) == [("the armed forces remained loyal to the constitution",
                               "Jorge Arreaza", "recall")]


def test_a_body_and_its_role_noun_before_a_name_are_the_names_title():
    text = ("Foreign Ministry spokeswoman Maria Zakharova went further, accusing Washington of "
            "staging the failed coup.")
    assert indirect(text) == [("Washington of staging the failed coup", "Maria Zakharova", "accuse")]


def test_an_inverted_attribution_to_a_description_and_a_name():
    for said in ("said his spokesman Stephane Dujarric", "reported his spokesman Stephane Dujarric",
                 "said the spokesman Stephane Dujarric"):
        rows = indirect(f"The talks will resume on Monday in Geneva, {said}.")
        assert rows == [("The talks will resume on Monday in Geneva", "Stephane Dujarric",
                         said.split()[0].replace("said", "say").replace("reported", "report"))]


def test_a_clause_ending_in_a_quotation_the_attribution_closes_off():
    rows = extract('The coup attempt has been "completely defeated," the president declared in '
                   'a televised address.')
    assert [(r.kind, r.quote, r.verb) for r in rows.itertuples()] == [
        ("indirect", 'The coup attempt has been "completely defeated,"', "declare"),
        ("partial", "completely defeated", "declare")]
    # a clause that begins with the quotation is the quotation alone
    assert extract('"We will win," the president said.')["kind"].tolist() == ["direct"]


def test_according_to_after_a_frame_relays_the_frames_speaker():
    rows = extract('Meddling in the affairs of a sovereign state is "a gross violation of '
                   'international law," Petrov told his counterpart, according to the ministry.')
    first = rows.iloc[0]
    assert (first.kind, first.speaker, first.verb, first.via) == ("indirect", "Petrov", "tell",
                                                                  "the ministry")
    assert first.quote.endswith('international law,"')


def test_an_addressee_with_an_abbreviation_before_that():
    text = ("Russian Foreign Minister Sergei Lavrov told U.S. Secretary of State Mike Pompeo on "
            "Wednesday that Washington's interference in Venezuela was a gross violation of "
            "international law.")
    assert indirect(text) == [("Washington's interference in Venezuela was a gross violation of "
                               "international law", "Sergei Lavrov", "tell")]


def test_a_report_nested_in_a_post_posed_frame_is_the_frames():
    text = ("Foreign Minister Ivan Petrov told his American counterpart that the steps would have "
            "grave consequences, the ministry said.")
    assert indirect(text) == [("Foreign Minister Ivan Petrov told his American counterpart that the "
                               "steps would have grave consequences", "the ministry", "say")]
    # a medium relays: the nested speaker keeps the words
    relayed = text.replace("the ministry said", "CNN reported")
    assert indirect(relayed) == [("the steps would have grave consequences", "Ivan Petrov", "tell")]


def test_a_country_named_alone_before_a_time_phrase_speaks():
    rows = extract("China on Wednesday called on all parties in Venezuela to resolve their "
                   "differences through dialogue.")
    assert [(r.speaker, r.speaker_id, r.verb) for r in rows.itertuples()] == [
        ("China", "name:china", "call on")]


def test_a_country_before_a_which_clause_speaks():
    rows = extract("India, which buys Venezuelan crude, said it was closely following developments.")
    assert [(r.speaker, r.speaker_id, r.quote) for r in rows.itertuples()] == [
        ("India", "name:india", "it was closely following developments")]


def test_a_qualified_role_is_only_someone_known_to_hold_it():
    text = ("Ecuadorean President Rafael Morales said on Wednesday that the uprising had been "
            "defeated. The country's defence minister said the armed forces remained loyal. The "
            "embattled president said the plotters would be punished.")
    assert [(r.speaker_mention, r.speaker) for r in extract(text).itertuples()] == [
        ("Ecuadorean President Rafael Morales", "Rafael Morales"),
        ("The country's defence minister", "The country's defence minister"),   # no one named holds it
        ("The embattled president", "Rafael Morales")]


def test_a_short_clause_ending_in_a_quotation_is_reported():
    rows = extract('The Kremlin spokesman, Dmitry Peskov, said Russia was "not interfering."')
    assert [(r.kind, r.quote) for r in rows.itertuples()] == [
        ("indirect", 'Russia was "not interfering."'), ("partial", "not interfering.")]


def test_a_demand_that_a_named_country_act_is_no_inverted_frame():
    # "demanded that Spain hand Lopez over": the name after "that" opens the clause, it does not speak
    assert indirect("The Ecuadorean cabinet, for its part, demanded that Spain hand Leopoldo "
                    "Lopez over.") == [("Spain hand Leopoldo Lopez over", "The Ecuadorean cabinet",
                                        "demand")]


def test_a_speech_verbs_bare_form_after_the_and_a_name_is_a_compound_noun():
    # Reuters: "The Orlando attack now ranks as ..." reported nothing; a plural subject still speaks
    assert indirect("The Orlando attack now ranks as the deadliest mass shooting in modern U.S. "
                    "history.") == []
    assert indirect("The Democrats attack Trump over his remarks every day.") == [
        ("Trump over his remarks every day", "Democrats", "attack")]
