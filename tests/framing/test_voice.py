"""Voice: narrator vs quoted from the article's quotes; quotation-mark spans for scare quotes."""
from analysis.framing.voice import VoiceIndex, quote_marks


def test_quote_marks_pair_straight_and_curly_marks():
    text = 'He said "one two" and “three” but it’s not a quote.'
    assert [inner for _, _, inner in quote_marks(text)] == ["one two", "three"]
    assert quote_marks('a "b" c')[0] == (2, 5, "b")


def test_a_stray_mark_does_not_run_into_the_next_paragraph():
    assert quote_marks('A "stray mark\n\nnext "quoted" here')[0][2] == "quoted"


def test_single_curly_quotes_only_after_a_non_word_character():
    text = "x‘not this’ but ‘this one’ and it’s ‘a’b"
    assert [inner for _, _, inner in quote_marks(text)] == ["this one"]
    assert [inner for _, _, inner in quote_marks("‘at the start’")] == ["at the start"]


def test_shortest_enclosing_quote_names_the_speaker():
    quotes = [{"start": 0, "end": 30, "speaker": "Ministry", "kind": "indirect"},
              {"start": 10, "end": 20, "speaker": "Lavrov", "kind": "partial"}]
    voice = VoiceIndex(quotes)
    assert voice.of(12, 18) == ("quoted", "Lavrov", "partial")
    assert voice.of(22, 26) == ("quoted", "Ministry", "indirect")
    assert voice.of(40, 45) == ("narrator", "", "")


def test_the_middle_of_a_span_decides_and_skipped_quotes_do_not_count():
    quotes = [{"start": 10, "end": 20, "speaker": "Lavrov"}]
    assert VoiceIndex(quotes).of(4, 14)[0] == "narrator"    # middle 9: outside
    assert VoiceIndex(quotes).of(8, 14)[0] == "quoted"      # middle 11: inside
    assert VoiceIndex(quotes, skip_spans={(10, 20)}).of(12, 14)[0] == "narrator"


def test_no_quotes_means_narrator():
    assert VoiceIndex(None).of(1, 3) == ("narrator", "", "")
    assert VoiceIndex([]).of(1, 3) == ("narrator", "", "")
