"""Voice: narrator, quoted or headline, by the structure of the sentence (the quote step's rows);
quotation-mark spans for scare quotes."""
import pytest

from analysis.framing.voice import (
    VoiceIndex,
    content_end,
    headings,
    quote_marks,
    voice_words,
)
from analysis.quotes.rows import QUOTE_COLUMNS, quote_rows
from analysis.text import COUNTED_WORD


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


# --- voice by the structure of the sentence, with the real quote step -----------------------------

def _voices(text, paragraphs=None):
    """word → (voice, speaker) for each word of ``text``, from the quote step's rows."""
    article = {"article_id": "x", "outlet": "O", "text": text}
    quotes = [dict(zip(QUOTE_COLUMNS, q)) for q in quote_rows(article)]
    index = VoiceIndex(quotes, text=text, headings=headings(paragraphs))
    return {m.group(): index.of(*m.span())[:2] for m in COUNTED_WORD.finditer(text)}


@pytest.mark.parametrize("text, speaker, content, narrator", [
    # the complement of a speech act (Reuters / wire style)
    ("Venezuelan President Nicolas Maduro blasted the move as a coup staged by Washington.",
     "Nicolás Maduro", ["move", "coup", "staged", "Washington"], ["blasted"]),   # (the target is said)
    ("Moscow has accused Washington of interference in Venezuela's internal affairs.",
     "Russian government", ["interference", "internal", "affairs"], ["accused"]),
    ("The U.N. secretary general called for dialogue to resolve the crisis.",
     "António Guterres", ["dialogue", "resolve", "crisis"], ["secretary", "called"]),
    # said (that) ..., newspaper style with the attribution after the content
    ("Russia's foreign minister said that the crisis could only be solved by talks.",
     "Russian government", ["crisis", "solved", "talks"], ["minister", "said"]),
    ("The sanctions will stay in place, according to a State Department official.",
     "US State Department", ["sanctions", "stay", "place"], ["according", "official"]),
    # a direct quotation with a trailing narrator clause
    ('"We will not accept interference," Lavrov told reporters, as tensions over the coup rose.',
     "Sergei Lavrov", ["accept", "interference"], ["reporters", "tensions", "coup", "rose"]),
])
def test_the_content_of_a_speech_act_is_the_speakers_and_the_rest_the_narrators(
        text, speaker, content, narrator):
    voices = _voices(text)
    assert all(voices[w] == ("quoted", speaker) for w in content)
    assert all(voices[w] == ("narrator", "") for w in narrator)


@pytest.mark.parametrize("text, source_words, narrator", [
    (("According to the foreign ministry, the two ministers spoke by telephone amid tensions "
      "over the failed coup."), ["ministers", "spoke", "telephone"], ["tensions", "failed", "coup"]),
    (("According to the Russian foreign ministry website, Pompeo and Lavrov spoke Wednesday by "
      "telephone amidst tensions created by Pompeo himself who was falsly telling U.S. media "
      "outlets that Maduro nearly fled to Cuba."), ["spoke", "Wednesday"],
     ["tensions", "created", "falsly", "telling", "outlets"]),
    (("The talks were held in a good atmosphere, the ministry said, against the backdrop of "
      "new sanctions."), ["talks", "atmosphere"], ["backdrop", "sanctions"]),
])
def test_the_outlets_setting_of_a_report_is_the_narrators(text, source_words, narrator):
    voices = _voices(text)
    assert all(voices[w][0] == "quoted" for w in source_words)
    assert all(voices[w] == ("narrator", "") for w in narrator)


def test_a_speech_act_inside_the_narrators_setting_keeps_its_speaker():
    text = ("According to the ministry, Pompeo and Lavrov spoke on Wednesday amid tensions created "
            "by Pompeo, who was telling reporters that Maduro had nearly fled to Cuba.")
    voices = _voices(text)
    assert voices["tensions"] == ("narrator", "")
    assert voices["fled"] == ("quoted", "Mike Pompeo")


def test_despite_stays_inside_the_claim():
    text = "Zakharova said the sanctions were illegal despite the threat of a new crisis."
    assert content_end(text, 15, len(text) - 1) == len(text) - 1
    assert _voices(text)["crisis"] == ("quoted", "Maria Zakharova")


def test_a_mention_row_holds_no_speech():
    quotes = [{"start": 10, "end": 20, "speaker": "", "kind": "mention"},
              {"start": 30, "end": 40, "speaker": "Lavrov", "kind": "partial"}]
    voice = VoiceIndex(quotes)
    assert voice.of(12, 14)[0] == "narrator" and voice.of(32, 34)[0] == "quoted"


def test_the_topic_a_speech_act_names_is_the_narrators_unless_in_marks():
    # "Putin discussed the situation in the capital": the outlet names what was talked about
    quotes = [{"start": 10, "end": 20, "speaker": "Putin", "kind": "indirect", "verb_class": "topic"},
              {"start": 30, "end": 40, "speaker": "Putin", "kind": "partial", "verb_class": "topic"},
              {"start": 50, "end": 60, "speaker": "Putin", "kind": "indirect", "verb_class": "neutral"}]
    voice = VoiceIndex(quotes)
    assert voice.of(12, 14)[0] == "narrator"
    assert voice.of(32, 34)[0] == "quoted" and voice.of(52, 54)[0] == "quoted"


def test_subheads_are_headline_voice():
    text = "Talks went on.\n\nVenezuela crisis\n\nThe crisis deepened, Lavrov said."
    paragraphs = [{"role": "body", "start": 0, "end": 14}, {"role": "subhead", "start": 16, "end": 32},
                  {"role": "body", "start": 34, "end": len(text)}]
    voices = _voices(text, paragraphs)
    assert voices["Venezuela"] == ("headline", "") and voices["Talks"] == ("narrator", "")
    assert voices["deepened"] == ("quoted", "Sergei Lavrov")


def test_every_word_has_exactly_one_voice():
    text = ('Russia backs Maduro. "We reject interference," Lavrov said.\n\nNew sanctions\n\n'
            'The U.S. said it would impose sanctions, amid tensions.')
    paragraphs = [{"role": "subhead", "start": text.index("New"), "end": text.index("New") + 13}]
    article = {"article_id": "x", "text": text, "headline": "Russia backs Maduro again"}
    quotes = [dict(zip(QUOTE_COLUMNS, q)) for q in quote_rows(article)]
    counts = voice_words(article, VoiceIndex(quotes, text=text, headings=headings(paragraphs)))
    # by hand: quoted "We reject interference" (3) + "it would impose sanctions" (4);
    # headline 4 + subhead 2; narrator: the other words of the body
    assert counts == {"quoted": 7, "headline": 6, "narrator": len(COUNTED_WORD.findall(text)) - 7 - 2}


@pytest.mark.parametrize("text, word", [
    (("Pompeo on Thursday again called on NATO allies to adapt to confront emerging threats, "
      "including Russia's military interventions in places such as Venezuela."), "interventions"),
    (("The minister urged Caracas to free all prisoners, notably the opposition deputies held "
      "since May."), "deputies"),
])
def test_a_phrase_specifying_the_content_stays_in_it(text, word):
    voices = _voices(text)
    assert voices[word][0] == "quoted"


def test_a_new_clause_after_the_content_is_the_narrators():
    text = ("The U.N. secretary general called for dialogue to resolve the crisis, while Russia "
            "and China voiced support for Maduro.")
    voices = _voices(text)
    assert voices["dialogue"][0] == "quoted" and voices["support"] == ("narrator", "")
