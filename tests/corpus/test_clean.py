"""Line rules of the cleaner on lines written here: page-chrome reasons, duplicate keys, spacing,
photo credits, dates without a year."""
import pytest

from analysis.corpus import metadata
from analysis.corpus.clean import PHOTO_CREDIT_END, Line, chrome_rules, dedupe_key, intrinsic_label
from analysis.corpus.read import normalize_line


def chrome_reason(line):
    return intrinsic_label(Line(1, line, line), True, chrome_rules())


@pytest.mark.parametrize("line, reason", [
    ("Back to top", "navigation"), ("12 comments", "comments widget"), ("© 2019 TASS", "credit"),
    ("Russia is angry.", ""),
    ("A long line of plain prose that names no page furniture at all, and goes on a while.", ""),
])
def test_chrome_reasons_on_written_lines(line, reason):
    assert chrome_reason(line) == reason


def test_dedupe_key_ignores_quotes_case_and_spacing():
    assert dedupe_key("“Russia,” he said.") == dedupe_key('"russia"   HE said')
    assert dedupe_key("• “Quoted” -- text_with_underscores 2019") == "quoted text_with_underscores 2019"
    assert dedupe_key("naïve “café” — 5 %") == "naïve café 5"


@pytest.mark.parametrize("line, expected", [
    ("", ""), ("  two  spaces  ", "two spaces"), ("tab\there", "tab here"), ("form\ffeed\vvt", "form feed vt"),
    ("no\u00a0break", "no break"), ("e\u0301cole", "\u00e9cole"), ("zero\u200bwidth soft\u00adhyphen", "zerowidth softhyphen"),
    ("\u3000ideographic\u3000", "ideographic"), ("“quotes” stay ‘as is’", "“quotes” stay ‘as is’"),
])
def test_normalize_line(line, expected):
    assert normalize_line(line) == expected


def test_photo_credits():
    for line in ["(Xinhua/Marcos Salgado)", "Caracas | Photo: Reuters", "/VCG Photo",
                 "IMAGE credit: AFP", "Pictures: AP"]:
        assert PHOTO_CREDIT_END.search(line)
        assert chrome_reason(line) in ("caption", "credit")    # removed either way
    assert not PHOTO_CREDIT_END.search("Lavrov and Arreaza met in Moscow.")


def test_parse_date_without_a_year_is_none():
    assert metadata.parse_date("May 3, 15:24 UTC+3") is None
    assert metadata.parse_date("Published: 3 May 2019") is not None


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


def test_a_byline_opening_the_first_paragraph_is_cut():
    from analysis.corpus.clean import classify
    texts = ["Council backs the port plan",
             "By Ann Marie Lee: The council on Tuesday backed a plan to deepen the port, officials said.",
             "The vote was close and the opposition walked out before the end of the session."]
    lines = [Line(i, t, t) for i, t in enumerate(texts, start=1)]
    classify(lines)
    assert (lines[1].prefix, lines[1].prefix_reason) == ("By Ann Marie Lee:", "byline")
    assert lines[1].content.startswith("The council on Tuesday")
    for opening in ["By Tuesday, the council had backed a plan to deepen the port, officials said.",
                    "By then: the council had backed a plan to deepen the port, officials said."]:
        lines = [Line(i, t, t) for i, t in enumerate([texts[0], opening, texts[2]], start=1)]
        classify(lines)
        assert lines[1].prefix == ""


def test_a_dateline_on_its_own_line_above_the_first_paragraph():
    from analysis.corpus.clean import classify
    texts = ["Bloomberg faces questions about his past", "WASHINGTON —",
             "This is not the welcome the former mayor has come to expect from prominent Democrats.",
             "His rise in the polls has brought him a spot on the debate stage on Wednesday night."]
    lines = [Line(i, t, t) for i, t in enumerate(texts, start=1)]
    assert classify(lines) == "Bloomberg faces questions about his past"
    assert lines[1].label == "dateline" and lines[1].dateline["place"] == "WASHINGTON"
    assert [l.label for l in lines[2:]] == ["body", "body"]
    # a short capitalised label in that place is no dateline
    texts[1] = "US —"
    lines = [Line(i, t, t) for i, t in enumerate(texts, start=1)]
    classify(lines)
    assert lines[1].label != "dateline" and lines[1].dateline is None


def test_a_pull_quote_printed_again_in_a_paragraph_is_a_duplicate():
    from analysis.corpus.clean import classify
    texts = ["Hospitals run out of fuel",
             "Hospitals in the south of the territory ran out of fuel on Monday, doctors said, and "
             "several wards closed their doors to new patients.",
             "“Today there are no medicines for treatment at all.”",
             "“Before the war, there was a great shortage of essential medicines,” the director "
             "said. “Today there are no medicines for treatment at all.”",
             # a quotation alone on its line that the article prints nowhere else stays text
             "“We ran out of fuel and the electricity is cut off in every ward of the hospital.”",
             "The director said the hospital would try to reopen its wards once fuel arrived."]
    lines = [Line(i, t, t) for i, t in enumerate(texts, start=1)]
    classify(lines)
    assert [l.label for l in lines] == ["headline", "body", "duplicate", "body", "body", "body"]
