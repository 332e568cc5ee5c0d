"""A label given by a naming participle with no subject of its own ("known as", "called",
"labeled", "described as") is no one's words, unless a "by" phrase says whose; a naming verb
with its own subject keeps its namer (sentences written for these tests in wire, British
broadsheet, US metro and business-page styles)."""
from .helpers import extract


def _rows(text):
    return [(r.kind, r.speaker, r.quote) for r in extract(text).itertuples()
            if r.kind in ("direct", "partial", "mention")]


# --- no namer: the quotation keeps no speaker ----------------------------------------------------

def test_a_reduced_relative_known_as_names_no_speaker_for_both_coordinated_labels():
    text = ('The county still has dozens of public courses, many of them derisively known as '
            '"cow pastures" or "mud flats."')
    assert _rows(text) == [("partial", "", "cow pastures"), ("partial", "", "mud flats.")]


def test_a_participle_after_an_apposition_names_no_one_and_a_title_stays_a_mention():
    text = 'Ivan Petrov, 38, known online as "Nightjar," was sentenced on Friday in Leeds.'
    assert _rows(text) == [("mention", "", "Nightjar")]


def test_a_passive_with_an_adverb_after_the_auxiliary_is_no_one_s_label():
    text = 'The same holds in mill towns that are otherwise labelled the "rust belt."'
    assert _rows(text) == [("partial", "", "rust belt.")]


def test_a_setting_between_described_and_as_is_no_object():
    text = 'The memoir, now a film, is described on its publisher\'s site as a "gripping read."'
    assert _rows(text) == [("partial", "", "gripping read.")]


def test_a_noun_called_by_its_name_is_not_the_speaker():
    text = ('Both candidates oppose a pension formula called the "chained index" that would cut '
            'monthly payments.')
    assert ("partial", "", "chained index") in _rows(text)


# --- a "by" agent names --------------------------------------------------------------------------

def test_a_by_agent_before_as_holds_the_label():
    text = ('The mayor\'s walk on the beach became what was derisively known by some council '
            'members as a "stroll."')
    assert _rows(text) == [("partial", "some council members", "stroll.")]


def test_a_by_agent_after_the_quotation_holds_the_label():
    text = ('The inquiry, often labeled as a "fishing expedition" by Republicans, is in its '
            'third year.')
    assert ("partial", "Republicans", "fishing expedition") in _rows(text)


# --- a namer of its own: unchanged -------------------------------------------------------------

def test_a_relative_clause_with_its_own_subject_keeps_its_namer():
    text = 'Hanley bristled at what Mr. Ostby called "a lazy plan."'
    assert [r[1] for r in _rows(text)] == ["Ostby"]


def test_described_with_an_object_keeps_the_subject():
    text = 'Governor Alan Price described the move as a "betrayal" of the port workers.'
    assert _rows(text) == [("partial", "Alan Price", "betrayal")]


def test_being_described_inside_someone_s_account_is_that_account_s():
    text = 'The singer Mara Lind spoke about being described as a "diva" in a tabloid column.'
    assert _rows(text) == [("partial", "Mara Lind", "diva")]


def test_a_subject_relative_keeps_its_namer():
    text = 'Councillor Dee Marsh, who dubbed the plan "the worst budget in a generation," voted no.'
    assert _rows(text) == [("partial", "Dee Marsh", "the worst budget in a generation")]


def test_a_noun_phrase_opening_the_sentence_is_the_naming_verb_s_subject():
    text = 'The governor called "a disgrace" the vote that stalled the port deal.'
    assert _rows(text) == [("partial", "The governor", "a disgrace")]


def test_an_opening_noun_labeled_before_the_sentence_s_verb_is_no_one_s_label():
    text = 'The candidate labeled "a steady hand in a crisis" continues to lead the county polls.'
    assert _rows(text) == [("partial", "", "a steady hand in a crisis")]
