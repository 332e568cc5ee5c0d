"""The text layer: the word pattern (other sections' tests follow their own headings)."""

from analysis.text import SentenceIndex, sentence_spans, word_spans


def _words(text):
    return [text[s:e] for s, e in word_spans(text)]


# --- words ------------------------------------------------------------------------------------

def test_words_keep_inner_apostrophes_and_split_at_hyphens_dots_underscores():
    assert _words("Russia's don’t self-proclaimed U.S. x_y 2019 'quoted'") == [
        "Russia's", "don’t", "self", "proclaimed", "U", "S", "x", "y", "2019", "quoted"]


def test_unicode_words_as_unicode_defines_them():
    # a combining accent stays in its word (also after a space, as in mis-decoded pages); a
    # vulgar fraction is no word; non-Latin letters and digits are
    assert _words("cafe\u0301 na \u0304ve 5 \u00bd years 日本 \u0663") == [
        "cafe\u0301", "na", "\u0304ve", "5", "years", "日本", "\u0663"]


def test_sentence_index_finds_the_sentence_of_an_offset():
    text = "Mr. Smith arrived on Jan. 23 in the U.S. capital. He spoke.\nA new line here."
    sentences = [{"start": 0, "end": 49}, {"start": 50, "end": 59}]
    index = SentenceIndex(text, sentences)
    assert index.at(5) == "Mr. Smith arrived on Jan. 23 in the U.S. capital."
    assert index.at(52) == "He spoke."
    assert index.at(len(text) - 2) == "A new line here."     # not in the rows: split from its line


def test_initials_before_a_name_end_no_sentence():
    """Punkt ends a sentence at a run of initials it does not know ("George H.W." | "Bush ..."):
    a capitalised word after them that is no function word is the name they begin."""
    text = ("Former President George H.W. Bush called him. Professor A.E. Dick Howard of the "
            "University of Virginia said the court would wait. The novel by J.R.R. Tolkien sold.")
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Former President George H.W. Bush called him.",
        "Professor A.E. Dick Howard of the University of Virginia said the court would wait.",
        "The novel by J.R.R. Tolkien sold."]


def test_initials_before_a_function_word_end_their_sentence():
    text = ("The inquiry was handed to the F.B.I. The bureau declined to comment. He met the "
            "N.F.L. In June he quit. They met at a club in Bedminster, N.J. Roger Ailes came too.")
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "The inquiry was handed to the F.B.I.", "The bureau declined to comment.",
        "He met the N.F.L.", "In June he quit.", "They met at a club in Bedminster, N.J.",
        "Roger Ailes came too."]
