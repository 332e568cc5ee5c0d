"""Speakers named after a title phrase, in wire (AP, Reuters), US newspaper and British (BBC,
Guardian: "Mr Blair" without a stop, "Labour MP", post-nominal "MP") styles, written for these
tests: the speaker is the person's name, never the office, place or body before it, so one
person gets one speaker and one id across articles however each article titles them."""
from .helpers import extract


def speaker_and_id(text):
    return [(r.speaker, r.speaker_id) for r in extract(text).itertuples()]


def test_an_office_named_before_its_title_is_no_part_of_the_name():
    for title, name in [("Homeland Security Secretary", "Jeh Johnson"),
                        ("Texas Governor", "Greg Abbott"),
                        ("German Chancellor", "Angela Merkel"),
                        ("New York City Mayor", "Rudy Giuliani"),
                        ("Judicial Watch President", "Tom Fitton"),
                        ("Health Secretary", "John Reid"),
                        ("Tory Shadow Chancellor", "Oliver Letwin"),
                        ("Nottingham City Councillor", "Brian Parbutt"),
                        ("Texas Sen.", "Ted Cruz"), ("New Jersey Gov.", "Chris Christie"),
                        ("Texas Lt. Gov.", "Dan Patrick"),
                        ("United Auto Workers Secretary-Treasurer", "Gary Casteel")]:
        rows = speaker_and_id(f'{title} {name} said the plan would fail. "It will fail," '
                              f'{name.split()[-1]} added.')
        want = "name:" + name.lower().replace(" ", "_")
        assert rows == [(name, want), (name, want)], (title, rows)


def test_british_party_titles_and_post_nominal_letters():
    assert speaker_and_id('Labour MP Karen Buck said: "This is a good day for London."') == [
        ("Karen Buck", "name:karen_buck")]
    assert speaker_and_id("Former welfare minister Frank Field MP said the prime minister "
                          "should sack his chancellor.") == [("Frank Field", "name:frank_field")]
    assert speaker_and_id("Backbencher Stephen Pound said the row was damaging.") == [
        ("Stephen Pound", "name:stephen_pound")]
    # a plural possessive before the title ("Liberal Democrats' President")
    assert speaker_and_id("Liberal Democrats' President Simon Hughes said the party was ready."
                          ) == [("Simon Hughes", "name:simon_hughes")]


def test_a_surname_that_is_also_a_title_word_links_to_its_full_name():
    # "John Major ... Major said": the lone word is his surname here, not a military rank
    rows = speaker_and_id('Former Prime Minister John Major spoke on Sunday. "We were wrong," '
                          'Major said.')
    assert rows == [("John Major", "name:john_major")]
    # with no earlier name ending in it, a lone rank is no speaker's name
    assert speaker_and_id('"We were wrong," the Major said.')[0][1] == ""


def test_a_day_before_the_subject_is_no_preposition_governing_it():
    # "On Thursday Mr Blair said": Thursday, not Mr Blair, is what "On" governs
    rows = extract('On Thursday Mr Blair is saying: "I want to talk about prosperity."')
    assert list(zip(rows["speaker"], rows["speaker_mention"])) == [("Blair", "Mr Blair")]


def test_according_to_at_the_end_of_a_sentence_leaves_the_full_stop_out():
    rows = extract("He changed his mind after the intervention of allies, according to the "
                   "book. It was published on Monday.")
    assert rows["speaker"].tolist() == ["the book"]


def test_an_age_description_is_the_whole_noun_phrase():
    rows = extract("The 52-year-old on Tuesday said he was reviewing his donations.")
    assert rows["speaker"].tolist() == ["The 52-year-old"]


def test_a_short_word_ending_a_sentence_is_no_abbreviation_joining_the_next_name():
    # "May." looks like "Gen." or "Sen.", but the sentence ends there (BBC: "on 5 May. Mr Blair")
    rows = extract("The poll may take place on 5 May. Mr Blair said he was taking nothing for "
                   "granted.")
    assert list(zip(rows["speaker"], rows["speaker_mention"])) == [("Blair", "Mr Blair")]
    # a title's stop still joins it to the name it comes before
    assert extract("Gen. Mark Milley said it was over.")["speaker"].tolist() == ["Mark Milley"]


def test_a_conjunction_opening_the_sentence_is_no_part_of_the_mention():
    rows = extract("But Mr Harlow said the attempted uprising had been defeated.")
    assert list(zip(rows["speaker"], rows["speaker_mention"])) == [("Harlow", "Mr Harlow")]


def test_a_place_after_of_is_no_speaker_but_the_person_before_it_is():
    # NYT / Politico: "Senator X of Texas, who ..., said": the senator speaks, not Texas
    rows = extract("Senator Ted Cruz of Texas, who last year threatened to shut down the "
                   "government, said it was over.")
    assert set(rows["speaker"]) == {"Ted Cruz"}
    rows = extract("Rep. Tom Cole of Oklahoma, an ally of the leadership, said Thursday his "
                   "biggest worry was turnout.")
    assert rows["speaker"].tolist() == ["Tom Cole"]
    # an "of" inside a title or a body's name still belongs to it
    assert extract("White House Chief of Staff Denis McDonough said the plan would work."
                   )["speaker"].tolist() == ["Denis McDonough"]
    assert extract("Centers for Disease Control Director Thomas Frieden said the virus was "
                   "spreading.")["speaker"].tolist() == ["Thomas Frieden"]


def test_the_head_before_of_at_or_from_speaks_not_the_body_or_place_after_it():
    # FT: a person of an institution, closed off by a relative clause
    rows = extract("Robert Gordon of Northwestern University, who studies growth, said "
                   "productivity had stalled.")
    assert rows["speaker"].tolist() == ["Robert Gordon"]
    # AP: an unnamed resident of a town the codebook does not know, with a given name set off
    rows = extract("A resident of Latakia, who gave only his first name, Samer, said he had not "
                   "been paid for four months.")
    assert rows["speaker"].tolist() == ["A resident of Latakia"]
    # a definite description before "of" is no new speaker: the name before it is
    rows = extract("Sanders has invited Jo Park, the president of the Peace Forum, who often "
                   "criticizes the government.")
    assert rows["speaker"].tolist() == ["Jo Park"]


def test_a_topic_set_with_as_for_is_the_pronoun_that_follows():
    rows = extract('Donald Trump led the field. Ted Cruz warned against it. "It would be a '
                   'disaster," the Texas senator said. As for Trump, he said he is not worried.')
    assert rows["speaker"].tolist() == ["Ted Cruz", "Donald Trump"]


def test_a_title_with_its_constituency_or_portfolio_is_one_description():
    """"the Labour MP for Birkenhead asked" (BBC), "The Minister for Europe said" (Guardian):
    the place or portfolio after the title is no speaker; the whole description speaks, with no
    id (never a guessed name)."""
    for text, speaker in [
            ('"Where is the money?" the Labour MP for Birkenhead asked.', "the Labour MP for Birkenhead"),
            ("The Minister for Europe said the talks would go on into the night.",
             "The Minister for Europe"),
            ("A Scottish MP said the vote had been lost by a handful of ballots.", "A Scottish MP"),
    ]:
        assert speaker_and_id(text) == [(speaker, "")], text


def test_a_subject_that_names_what_it_is_part_of_keeps_its_head_noun():
    """Reuters / AP / NYT shapes: the noun before "of" or "for" is the subject's head, so the
    speaker is the whole phrase, not the noun inside the prepositional phrase."""
    for text, speaker in [
            ("The head of the Bank of England said interest rates would stay on hold.",
             "The head of the Bank of England"),
            ("Supporters of the law say it has cut the number of uninsured families.",
             "Supporters of the law"),
            ("Some 55 percent of voters nationwide said they did not trust the governor.",
             "Some 55 percent of voters nationwide"),
    ]:
        assert speaker_and_id(text)[0] == (speaker, ""), text
    # a verb before "of" makes no noun phrase: the person is the one asking
    assert [s for s, _ in speaker_and_id('The ad uses footage of Hillary Clinton asking, '
                                         '"Why not?"')] == ["Hillary Clinton"]


def test_the_former_before_a_title_is_an_adjective_not_the_former_of_two():
    text = ("Carly Fiorina campaigned with Donald Trump on Monday.\n\n"
            "But, the former CEO of Hewlett-Packard added, it is not the way to win.")
    assert [s for s, _ in speaker_and_id(text)] == ["the former CEO of Hewlett-Packard"]


def test_an_abstract_noun_before_of_is_no_speaking_head():
    """Only a noun that can speak (a title, a plural, a role, body, part or number of a group, a
    poll) takes the phrase after "of": "the importance of the party" is nobody."""
    rows = speaker_and_id('There was an insistence on the importance of the party continuing '
                          'to operate as "New" Labour.')
    assert not any(s.startswith("the importance") for s, _ in rows)
    assert [s for s, _ in speaker_and_id("Nearly eight of 10 voters say they plan to watch the "
                                         "debate.")] == ["Nearly eight of 10 voters"]


def test_according_to_a_titled_name_reads_past_the_titles_full_stop():
    """NYT style "according to Ms. Epstein, are ...": the abbreviation's stop ends no phrase, so
    the speaker is the person, never "Ms"."""
    for text, name in [("Among the rulings at risk, according to Ms. Epstein, are 16 on business.",
                        "Epstein"),
                       ("The plan, according to Dr. Jane Smith, would fail within a year.",
                        "Jane Smith"),
                       ("The talks collapsed on Friday, according to Sen. Marco Rubio.",
                        "Marco Rubio")]:
        assert [s for s, _ in speaker_and_id(text)] == [name], text
    # the phrase may run to the end of the text
    assert [s for s, _ in speaker_and_id("The deal was done, according to Mr. Smith")] == ["Smith"]


def test_a_subject_with_a_place_or_group_phrase_keeps_it():
    """AP / Reuters: "Officials in Washington said", "Many in the crowd said", "Researchers at
    Harvard University suggest": the phrase says which officials; "Nobody in ..." is nobody."""
    for text, speaker in [("Officials in Washington said the talks would resume on Monday.",
                           "Officials in Washington"),
                          ("Many in the crowd said the senator was the only candidate they "
                           "trusted.", "Many in the crowd"),
                          ("Legislative leaders in North Carolina, for instance, noted that the "
                           "panel had been chosen by Democrats.",
                           "Legislative leaders in North Carolina")]:
        assert [s for s, _ in speaker_and_id(text)] == [speaker], text
    assert [s for s, _ in speaker_and_id("Nobody in British Columbia is talking about going "
                                         "that far.")] in ([], [""])


def test_a_name_before_a_role_nouns_plural_modifies_it():
    """"Clinton aides said", "Senate Republican leaders have insisted" (AP, Politico): the aides
    speak, not Clinton; a name before an auxiliary stays the subject."""
    for text, speaker in [("Clinton aides said details of the tax plan would come within weeks.",
                           "Clinton aides"),
                          ("Senate Republican leaders have insisted they will not consider the "
                           "nominee.", "Senate Republican leaders"),
                          ("Mayor Jane Okafor does not want to raise property taxes this year.",
                           "Jane Okafor")]:
        assert [s for s, _ in speaker_and_id(text)][0] == speaker, text
