"""Quotation marks: which marks pair into quotations (analysis.text.quote_spans), and masking."""
from analysis.framing.voice import quote_marks
from analysis.quotes.marks import MASK, mask, quote_kind, trim
from analysis.text import quote_spans
from tests.quotes.helpers import extract


def inner(text):
    return [text[o + 1:c] for o, c in quote_spans(text)]


def test_straight_curly_and_mixed_pairs():
    assert inner('He said "yes" and “no” and “maybe" here.') == ["yes", "no", "maybe"]


def test_apostrophes_are_not_quotation_marks():
    assert inner("Guaidó’s plan and the Kremlin’s view don’t match.") == []
    assert inner('Guaidó’s "Operation Freedom" failed.') == ["Operation Freedom"]


def test_curly_single_quotes_open_a_word_and_close_before_a_non_word():
    assert inner("the ‘red line’ and the Kremlin’s ‘final offer’.") == ["red line", "final offer"]


def test_unclosed_quotation_runs_to_paragraph_end_only():
    text = 'He called it a "farce. The vote went ahead.\n\nA new paragraph starts here.'
    assert inner(text) == ["farce. The vote went ahead."]


def test_guillemets_and_low_quotes_close_with_their_partner():
    assert inner('Lavrov said: «Nobody "has" the right.» Then „ja“ came.') == [
        'Nobody "has" the right.', "ja"]


def test_stray_closing_mark_is_ignored():
    assert inner('a word" and then "quoted" here') == ["quoted"]


def test_voice_takes_the_closed_pairs_of_the_same_pairing():
    text = 'It was “too loud” or "too shrill.\n\nNext “one” here.'
    assert quote_marks(text) == [(7, 17, "too loud"), (40, 45, "one")]
    assert text[7:17] == "“too loud”"


def test_mask_keeps_length_and_line_breaks():
    text = 'A "b\nc" d'
    masked = mask(text, quote_spans(text))
    assert masked == "A " + MASK * 2 + "\n" + MASK * 2 + " d"
    assert len(masked) == len(text)


def test_trim_and_kind():
    text = ' “We will win,” '
    assert text[slice(*trim(text, 0, len(text)))] == "We will win"
    assert quote_kind("We will win", "We will win,") == "direct"
    assert quote_kind("illegitimate") == "partial"
    assert quote_kind("Hands off", after_colon=True) == "direct"
    assert quote_kind("Operation Freedom") == "partial"


def test_a_curly_pair_inside_a_straight_one_is_nested():
    # mixed copy: the straight quotation holds a curly one; the outer pair is the quotation
    text = '"He told me “no way,” and left," Smith said. “Yes,” she said.'
    assert [text[o:c + 1] for o, c in quote_spans(text)] == [
        '"He told me “no way,” and left,"', "“Yes,”"]
    # an excerpt paragraph opened by a straight mark never closed: the curly quotations inside
    # are the quotations (as before)
    text = '"The senator walked on stage, chanting “U-S-A! U-S-A!”\n\n“Right,” he said.'
    assert inner(text) == ["U-S-A! U-S-A!", "Right,"]


def test_a_typewriter_pair_closes_after_a_nested_single_quote_and_a_space():
    # NYT archive copy: ''... 'Primates of Park Avenue,' '' -> the pair closes there, the frame
    # and the next quotation stay outside it
    text = ("''There was a backlash against 'The Wolves of Wall Street,' '' Ms. Reyes noted, "
            "referring to a memoir. ''That suggests it will not last.''")
    assert [text[s:e + 1] for s, e in quote_spans(text)] == [
        "''There was a backlash against 'The Wolves of Wall Street,' ''",
        "''That suggests it will not last.''"]


def test_curly_quotation_inside_a_curly_one_with_the_same_marks_is_nested():
    # a writer's double marks for the inner quotation: two closing marks follow, the inner
    # one's and then the outer's
    text = ("The mayor wrote, “Voters want results, and when “tough on crime” means nothing, "
            "they notice.” The council agreed.")
    assert inner(text) == ["Voters want results, and when “tough on crime” means nothing, they notice."]
    text = "Okafor told the wire service that “the so-called “reform bill” changes little” in practice."
    assert inner(text) == ["the so-called “reform bill” changes little"]


def test_a_new_curly_quotation_after_an_unclosed_one_is_not_nested():
    # the first quotation lacks its closing mark; the next two each close once
    text = "“We will appeal, the lawyer said. “The ruling is wrong.” Later: “No comment.”"
    assert inner(text) == ["The ruling is wrong.", "No comment."]
    text = "She called it “a farce” and “a “betrayal” of voters” at the rally."
    assert inner(text) == ["a farce", "a “betrayal” of voters"]


def test_typewriter_closing_pair_typed_with_a_space_before_it():
    text = ("''The plan works for everyone, '' said Ms. Adeyemi, the treasurer. "
            "''Nobody loses.''")
    assert [text[o:c + 1] for o, c in quote_spans(text)] == [
        "''The plan works for everyone, ''", "''Nobody loses.''"]


def test_an_opening_mark_typed_as_a_closing_one_pairs_with_the_next():
    # web copy that types both marks of a pair as ”: the first opens a word, a later one closes
    assert inner("”The vote was rigged,” she said, and ”no recount” followed.") == [
        "The vote was rigged,", "no recount"]
    assert inner("He said: ”We stay.\n\nThe ” crowd” here.") == []   # no partner, or no word opened


def test_a_reader_response_quoted_with_two_closing_marks_gets_its_signature():
    text = ("Readers wrote to us after the debate.\n\n”He does not know our towns. He never came.” "
            "― Maria Lopez, 52, Tucson\n\n”We want answers, not slogans.”― Daniel Ortiz")
    rows = extract(text)
    assert list(zip(rows["quote"], rows["speaker"])) == [
        ("He does not know our towns. He never came.", "Maria Lopez"),
        ("We want answers, not slogans.", "Daniel Ortiz")]
