"""A capitalised word joined to a lower-case one by a hyphen ("New York-based", "Kremlin-backed",
"Saudi-led") modifies the noun after it: it is no name and no part of one, so it is never a
speaker. Texts written for these tests in newspaper and wire styles."""
from .helpers import extract, one


def test_a_second_apposition_with_a_based_compound_leaves_the_named_writer_nyt():
    text = ("Just last week, Sam Goldberg, editor at large of The Forward, an influential New "
            "York-based newspaper catering to its readers, wrote, ''We will not be silent.''")
    assert one(text, "We will not").speaker == "Sam Goldberg"


def test_a_backed_compound_before_a_name_is_no_part_of_it_wire():
    text = ('The Kremlin-backed broadcaster RT said the report was "a fabrication."')
    row = one(text, "a fabrication")
    assert "Kremlin" not in row.speaker


def test_a_led_compound_is_no_speaker_of_the_body_after_it_reuters():
    out = extract('A spokesman for the Saudi-led coalition, Turki al-Malki, said the strikes were '
                  '"legitimate military targets."')
    assert set(out.speaker) == {"Turki al-Malki"}


def test_korean_given_names_keep_their_lower_case_syllable_ap():
    text = ('U.N. Secretary-General Ban Ki-moon said the test was "a brazen breach." '
            '"We must act now," said South Korean President Park Geun-hye.')
    assert list(extract(text).speaker) == ["Ban Ki-moon", "Ban Ki-moon", "Park Geun-hye"]
