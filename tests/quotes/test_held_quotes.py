"""Speakers of quotations with no frame of their own inside someone's reported content, and of
quotations inside a sentence's opening subordinate clause (sentences written for these tests in
wire, newspaper and local-paper styles)."""
from .helpers import extract


def _partials(text):
    return [(r.speaker, r.speaker_mention, r.quote) for r in extract(text).itertuples()
            if r.kind in ("direct", "partial")]


# --- a scare quote inside a reported content is the content speaker's words ----------------------

def test_quote_in_a_clause_after_but_is_the_reporters_not_the_clauses_subject():
    text = ('Senator Ray Dunmore says that voters want jobs, but instead Governor Alan Price is '
            'giving them "slogans and photo opportunities."')
    assert _partials(text) == [("Ray Dunmore", "Senator Ray Dunmore",
                                "slogans and photo opportunities.")]


def test_a_share_of_respondents_holds_the_quoted_word_not_they():
    text = ('About three in 10 said they were "furious" with the way the council handled the '
            'flooding.')
    assert _partials(text) == [("About three in 10", "About three in 10", "furious")]


def test_a_subject_set_off_by_however_holds_the_quotation_not_it():
    text = 'Critics of the scheme, however, say it would let the regulator act as a "rubber stamp."'
    assert _partials(text) == [("Critics of the scheme", "Critics of the scheme", "rubber stamp.")]


def test_a_main_clause_quotation_keeps_its_own_attribution():
    text = ('When the senator spoke at the rally, he "captured the mood of the room," said Ann Fry, '
            'a teacher from Dayton.')
    assert _partials(text) == [("Ann Fry", "Ann Fry", "captured the mood of the room")]


# --- a quotation inside the opening subordinate clause --------------------------------------------

def test_a_quotation_in_an_after_clause_is_that_clauses_speaker():
    text = ('After Ms. Okafor said that the plan would leave pensioners "out in the cold," '
            'Mr. Lindqvist said he disagreed.')
    assert _partials(text) == [("Okafor", "Okafor", "out in the cold")]


def test_a_shout_in_a_when_clause_is_not_the_main_clauses_joke():
    text = 'When Councillor Dave Moss shouted, "Resign!" Mayor Tom Bright joked about the weather.'
    assert [(s, q) for s, _, q in _partials(text)] == [("Dave Moss", "Resign!")]


def test_a_verb_past_the_subordinate_clauses_comma_is_the_main_clauses():
    text = ('Lena Ortiz, 41, is a nurse in Easton. After the story spread, she posted a long message '
            'on her page: "Nobody should be surprised by any of this," she wrote.')
    assert [(s, m) for s, m, _ in _partials(text)] == [("Lena Ortiz", "she")]


# --- a quotation between an owner and a noun for someone's words --------------------------------

def test_an_owners_quoted_comment_is_the_owners():
    text = ('Voters had not forgotten. Governor Ann Lowell\'s "let them eat cake" comment was as '
            'dismissive as anything said in the campaign.')
    assert [(s, q) for s, _, q in _partials(text)] == [("Ann Lowell", "let them eat cake")]


def test_a_quoted_remark_owned_by_a_name_the_finder_missed_is_written_as_given():
    text = ('The unions have fought the levy for years. It is the pull of Lindqvist\'s "nobody '
            'will lose their doctor" promise that explains why.')
    assert [s for s, _, _ in _partials(text)] == ["Lindqvist"]


def test_his_before_a_quoted_pledge_is_the_man_named_before():
    text = ('Senator Paul Hale spoke in Dayton on Friday. When reporters asked about crime, he '
            'defended his "zero tolerance" pledge at length.')
    assert [(s, m) for s, m, _ in _partials(text)] == [("Paul Hale", "his")]


def test_panelists_discussing_a_quoted_remark_do_not_hold_it():
    text = ('Evening shows featured all-male panels discussing Senator Ray Dunmore\'s "housewife '
            'vote" remark.')
    assert [s for s, _, _ in _partials(text)] == ["Ray Dunmore"]


# --- a scare quote inside the "that" clause of a verb no table holds ----------------------------

def test_a_quote_in_a_vented_that_clause_is_the_venters_not_its():
    text = ('Carla Dunn ran the plant for a decade. Driving home that night, she vented to her '
            'sister, Jane Moss, that it would be "a disaster from start to finish."')
    assert [(s, m) for s, m, _ in _partials(text)] == [("Carla Dunn", "she")]


def test_a_quote_after_which_means_in_a_consultants_note_is_the_consultants():
    text = ('Tom Reyes, a Democratic consultant, notes that a fifth of the vote is enough to win a '
            'seat, which means Gov. Ann Ortiz "can do real damage in the suburbs."')
    assert [s for s, _, _ in _partials(text)] == ["Tom Reyes"]


def test_a_plural_noun_before_that_is_no_verb():
    text = 'The station aired the false accusations that Mayor Bell was a "crook" for weeks.'
    assert [s for s, _, _ in _partials(text)] == ["The station"]


# --- "by <verb>ing": the means of the subject's act ---------------------------------------------

def test_a_quotation_after_by_tweeting_is_the_subjects_not_the_objects():
    text = ('Columnist Ann Fry corrected Senator Ray Dunmore by tweeting back at him, "Your numbers '
            'are wrong."')
    out = extract(text)
    assert list(out[out["kind"] == "direct"]["speaker"]) == ["Ann Fry"]


def test_by_after_a_small_clause_is_the_means_of_its_own_subject():
    text = ('Governor Ann Lowell watched Senator Ray Dunmore rouse the crowd by shouting, "We will '
            'win this!"')
    assert [s for s, _, _ in _partials(text)] == ["Ray Dunmore"]


# --- a party tag between a name and its relative clause -----------------------------------------

def test_a_party_tag_before_who_keeps_the_senator_as_subject():
    text = ('Speaking later on the same programme, Sen. Ann Lowell (D-Ore.), who has endorsed Gov. Tom Bright, '
            'said Hale had pushed the governor to be "tougher" on crime.')
    assert [s for s, _, _ in _partials(text)] == ["Ann Lowell"]


def test_a_party_tag_before_an_apposition_keeps_the_congressman():
    text = ('On the other side, Rep. Tom Reyes (R-Texas), a candidate for governor who has made '
            'school choice his cause, tweeted a warning. "Remember in November who voted no."')
    out = extract(text)
    assert list(out[out["kind"] == "direct"]["speaker"]) == ["Tom Reyes"]


# --- a scare quote in the "that" clause of an owned noun for words or views -----------------------

def test_a_quote_in_an_owned_accusation_is_the_accusers():
    text = ('What was once subtext is now in the open. Senator Ray Dunmore\'s accusation that '
            'Governor Ann Lowell is playing the "gender card" drew a rebuke.')
    assert [(s, q) for s, _, q in _partials(text)] == [("Ray Dunmore", "gender card")]


def test_a_quote_in_an_owned_dictum_is_the_owners_not_the_clauses_subject():
    text = ('During the Cold War, many followed President Reagan\'s dictum that the Soviet Union '
            'was an "evil empire" bent on conquest.')
    assert [(s, m) for s, m, _ in _partials(text)] == [("Reagan", "President Reagan")]
