"""The text layer: the word pattern (other sections' tests follow their own headings)."""
from analysis.text import word_spans


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
