"""Labels a line earns alone (analysis/corpus/line_labels.py), on lines written here: page-chrome
reasons, photo credits and captions, another script, disguised words, prompts and paywalls."""
import pytest

from analysis.corpus.line_labels import PHOTO_CREDIT_END, chrome_rules, intrinsic_label
from analysis.corpus.lines import Line


def chrome_reason(line):
    return intrinsic_label(Line(1, line, line), True, chrome_rules())


@pytest.mark.parametrize("line, reason", [
    ("Back to top", "navigation"), ("12 comments", "comments widget"), ("© 2019 TASS", "credit"),
    ("Russia is angry.", ""),
    ("A long line of plain prose that names no page furniture at all, and goes on a while.", ""),
])
def test_chrome_reasons_on_written_lines(line, reason):
    assert chrome_reason(line) == reason


def test_photo_credits():
    for line in ["(Xinhua/Marcos Salgado)", "Caracas | Photo: Reuters", "/VCG Photo",
                 "IMAGE credit: AFP", "Pictures: AP"]:
        assert PHOTO_CREDIT_END.search(line)
        assert chrome_reason(line) in ("caption", "credit")    # removed either way
    assert not PHOTO_CREDIT_END.search("Lavrov and Arreaza met in Moscow.")


def test_foreign_script_is_spam_on_a_latin_page():
    assert chrome_reason("这是一个测试句子，没有别的意思") == "spam"
    assert chrome_reason("Ça va très bien, merci") == ""


@pytest.mark.parametrize("line, reason", [
    # prompts papers print under their stories
    ("Follow The Island Herald on Twitter and Instagram @IslandHerald and on Facebook "
     "@HeraldIsland. Send us a message on WhatsApp at 1-555-010-0199.", "share widget"),
    ("Follow Jane Roe on Twitter @janeroe.", "share widget"),
    ("Follow us on Facebook", "share widget"),
    ("Subscribe now to our e-edition for the full story.", "navigation"),
    ("Sign up for our free morning newsletter", "navigation"),
    ("For the latest stories and breaking news updates download the Herald apps for iOS and Android.",
     "navigation"),
    ("Daily Example – The port authority is far more important than the council. Yet, the... more",
     "related link"),
    # the same words in an article's own sentences stay
    ("Protesters urged residents to follow the money, not the slogans, on election day.", ""),
    ("The ministry asked parents to download the new school app before classes resume in May.", ""),
    ("About 4,000 people subscribe to the council's flood alerts, officials said.", ""),
    ("\"We will do more... much more,\" the minister said.", ""),
])
def test_prompts_under_a_story_are_chrome_and_sentences_are_not(line, reason):
    assert chrome_reason(line) == reason


def test_words_disguised_with_look_alike_letters_are_spam():
    # Cyrillic А, е, і, ѕ, о, у inside English words: an advertising block filters cannot read
    assert chrome_reason("Аdvеrtіѕе wіth thе most visited news site in Веlіzе ~ Wе оffеr "
                         "fullу сuѕtоmіzаblе dіgіtаl расkаgеѕ.") == "spam"
    # one Greek or Cyrillic word among English ones is a name or a term, not a disguise
    assert chrome_reason("The mayor of Київ said the Ωmega project was on schedule.") == ""
    assert chrome_reason("Президент Путин said on Friday the talks would go on.") == ""


@pytest.mark.parametrize("line, reason", [
    ("Chief Education Officer Dr Jane Roe. (Picture by John Doe)", "caption"),
    ("The minister at the opening of the new school. (Photo by Ann Lee)", "caption"),
    ("To view the full story, please subscribe to The Example Times. You can choose a $60 "
     "Annual Subscription or a $5 Weekly Pass.", "navigation"),
    ("If you’re seeing this message but you’re already a subscriber, you can log in for "
     "immediate access to this story.", "navigation"),
    ("Readers were asked to subscribe to the plan before May, the council said.", ""),
])
def test_captions_with_a_picture_credit_and_paywall_notices(line, reason):
    assert chrome_reason(line) == reason
