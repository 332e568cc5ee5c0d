"""The loader on the real seeds and on small pages written here, including bad input."""
import re

import pytest

from analysis.pipeline import load_corpus
from analysis.paths import SEEDS
from analysis.corpus.read import normalize_line
from tests.helpers import LISBON_PAGE, article, write_page

# Read off the pages by hand (outlet credit, headline line, publication stamp, dateline).
EXPECTED = {
    "000": ("Xinhua", "Russia reaffirms support for Maduro, Venezuelan people", "2019-05-06", "MOSCOW"),
    "001": ("Xinhua", "Pompeo calls Lavrov over Venezuela, urges Russia to cease support for Maduro",
            "2019-05-02", "WASHINGTON"),
    "002": ("defapress", "Russian, Venezuelan FMs to Hold Talks after Failed Coup Attempt in Caracas",
            "2019-05-05", "TEHRAN"),
    "003": ("CGTN", "Russia calls for dialogue to solve Venezuelan internal crisis", "", ""),
    "004": ("teleSUR", "US Seeks Meeting with Russia to Discuss Venezuela", "2019-05-03", ""),
}


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
@pytest.mark.parametrize("source", ["corpus", "corpus_from_pages"])
def test_seed_metadata(prefix, source, request):
    row = article(request.getfixturevalue(source), prefix)
    assert (row.outlet, row.headline, row.published, row.dateline) == EXPECTED[prefix]


CHROME = ["TOP STORIES", "EDITOR", "MOST VIEWED", "EXPLORE", "Video Player", "Back to Top",
          "Xinhuanet", "Source:", "Editor:", "News ID", "Publish Date", "Updated in", "Message end",
          "your comment", "Comment", "Post with no comments", "RELATED", "Anya Parampil", "Photo",
          "VCG", "Marcos Salgado", "Audio Only", "google plus", "facebook", "News >", "(CGTN",
          "(Xinhua)", "(defapress)", "Opinion", "attends a meeting in Moscow"]


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_no_page_chrome_in_text(corpus, prefix):
    text = article(corpus, prefix).text
    for fragment in CHROME:
        assert not re.search(rf"(?<!\w){re.escape(fragment)}(?!\w)", text), fragment
    assert not re.search(r"\d{10,}", text)
    assert not re.search(r"[\u3400-\u9fff]", text)
    assert "\u00a0" not in text and "  " not in text
    assert not text.startswith(EXPECTED[prefix][1])


def test_body_printed_twice_appears_once(corpus):
    text = article(corpus, "001").text
    assert text.count("Pompeo urged Russia") == 1
    assert text.count("severing \"diplomatic and political\" ties") == 1


def test_glued_headline_is_cut(corpus):
    text = article(corpus, "002").text
    assert "\n\nLavrov and Arreaza are expected to focus on Washington's pressure" in text
    assert "Caracas" + "Lavrov" not in text


# One sentence of each body paragraph's start, copied from the pages by hand.
BODY_SENTENCES = {
    "000": ["Russian Foreign Minister Sergei Lavrov on Sunday reiterated Moscow's solidarity",
            "He added that Russia is ready to keep facilitating a peaceful settlement",
            "Moscow has accused Washington of interference in Venezuela's internal affairs"],
    "001": ["U.S. Secretary of State Mike Pompeo on Wednesday called his Russian counterpart",
            "It recognized Guaido as the nation's \"interim president\" on Jan. 23"],
    "002": ["Russian Foreign Minister Sergei Lavrov will hold talks on Sunday in Moscow",
            "Message" * 0 + "Maduro, recognized by Russia and China among many other countries"],
    "003": ["Venezuela should resort to dialogue to settle its internal political crisis",
            "He told reporters after the meeting that NATO members had agreed",
            "Interfax news agency reported."],
    "004": ["Lavrov and Pompeo will hold talks on the sidelines of the Arctic Council’s",
            "“The intervention by Russia and Cuba is destabilizing",
            "Russian Foreign Ministry Spokeswoman Maria Zakharova said as she was rejecting"],
}


@pytest.mark.parametrize("prefix", sorted(BODY_SENTENCES))
def test_body_sentences_kept(corpus, prefix):
    text = article(corpus, prefix).text
    for sentence in BODY_SENTENCES[prefix]:
        assert sentence in text


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_every_raw_line_is_accounted_for(corpus, path):
    """Each non-blank line is in the text, is the headline, or is in the audit with a reason."""
    row = article(corpus, path.name[:3])
    removed = corpus.removed[corpus.removed.article_id == row.article_id]
    assert (removed["reason"] != "").all()
    for line_no, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = normalize_line(raw)
        if not line or line == row.headline:
            continue
        pieces = removed[removed.line_no == line_no]["text"].tolist()
        rest = line
        for piece in pieces:
            rest = rest.replace(piece, "", 1).strip()
        assert rest == "" or rest in row.text, (line_no, line)


def test_sentence_splitter_on_abbreviations():
    from analysis.text import sentence_spans
    text = "Mr. Smith met U.S. officials on Jan. 23 in Washington. They left. Gen. Lee stayed."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Mr. Smith met U.S. officials on Jan. 23 in Washington.", "They left.", "Gen. Lee stayed."]


def test_quote_marks_keep_their_shape(corpus):
    text = article(corpus, "004").text
    assert "“The intervention" in text and "\"Yes, the meeting" in text


def test_subheads(corpus):
    subheads = corpus.paragraphs[corpus.paragraphs.role == "subhead"]["text"].tolist()
    assert subheads == ["Venezuela crisis", "Russia Vs U.S."]


# --- small pages written here ---------------------------------------------------------------

def test_unseen_page(tmp_path):
    write_page(tmp_path, "a.txt", LISBON_PAGE)
    c = load_corpus(tmp_path)
    row = c.articles.iloc[0]
    assert row.headline == "Ministers Meet in Lisbon to Discuss Trade"
    assert row.published == "2021-03-03"          # the Published line, not the Updated one
    assert row.dateline == "LISBON" and row.dateline_date == "2021-03-02"
    assert row.outlet == "Lusa"                    # an outlet the codebook does not know
    assert row.text.startswith("The ministers met on Tuesday")
    assert "would meet again" in row.text          # no-break space normalised
    assert "Mr. Costa's office." in c.sentences["text"].iloc[-1]
    reasons = dict(zip(c.removed["text"], c.removed["reason"]))
    assert reasons["Новости дня смотреть онлайн бесплатно без регистрации"] == "spam"
    assert reasons["123456789012345678"] == "tracking id"
    assert reasons["Photo: Ministers at the meeting. (Lusa/Jane Doe)"] == "caption"
    assert reasons["World > Americas"] == "navigation"
    assert reasons["Updated: 4 March 2022 - 10:00"] == "metadata line"
    assert reasons["Most Read"] == "navigation"
    assert any("Lusa" in w and "codebooks/outlets.csv" in w for w in c.warnings)


def test_short_closing_sentence_is_body(tmp_path):
    write_page(tmp_path, "a.txt", "A Headline About Talks\nThe talks began on Monday in the capital and went on for hours.\n"
               "He declined to comment.\nSputnik reported the talks.\n\nShare\nThe Latest News\n")
    c = load_corpus(tmp_path)
    assert c.articles.text.iloc[0].endswith("He declined to comment.\n\nSputnik reported the talks.")
    assert set(c.removed.reason) == {"share widget", "page chrome"}


def test_short_opening_sentence_is_body(tmp_path):
    write_page(tmp_path, "a.txt", "Menu\nA Headline About Talks\nRussia is angry.\n"
               "The talks began on Monday in the capital and went on for hours.\n")
    assert load_corpus(tmp_path).articles.text.iloc[0].startswith("Russia is angry.\n\nThe talks")


def test_lede_of_verbless_fragments_is_body(tmp_path):
    # a feature's opening: short fragments closed like sentences, above the first paragraph
    write_page(tmp_path, "a.txt", "Share\nWill the Airlines Merge Next?\nBoeing and Airbus.\nDelta and ... ?\n"
               "The pairings keep coming in an industry that has spent a decade consolidating its routes.\n")
    c = load_corpus(tmp_path)
    assert c.articles.text.iloc[0].startswith("Boeing and Airbus.\n\nDelta and ... ?\n\nThe pairings")
    assert list(c.removed.text) == ["Share"]


def test_lone_title_cased_line_above_the_body_stays_out(tmp_path):
    write_page(tmp_path, "a.txt", "Home\nTalks Resume in Oslo\nWorld News\n"
               "The talks resumed on Monday in Oslo with both delegations present for the first time.\n")
    c = load_corpus(tmp_path)
    assert c.articles.text.iloc[0].startswith("The talks resumed")
    assert "World News" in set(c.removed.text)


def test_coauthor_line_is_a_byline(tmp_path):
    write_page(tmp_path, "a.txt", "Talks Resume in Oslo\nCo-authored by Jane Roe.\n"
               "The talks resumed on Monday in Oslo with both delegations present for the first time.\n")
    c = load_corpus(tmp_path)
    assert dict(zip(c.removed.text, c.removed.reason))["Co-authored by Jane Roe."] == "byline"
    assert c.articles.text.iloc[0].startswith("The talks resumed")


def test_page_of_one_line_paragraphs(tmp_path):
    write_page(tmp_path, "a.txt", "Share\nShort Lines Only\nThe minister spoke today.\nHe was brief.\n"
               "Nobody asked questions.\nComments\n")
    c = load_corpus(tmp_path)
    assert c.articles.text.iloc[0] == "The minister spoke today.\n\nHe was brief.\n\nNobody asked questions."
    assert c.articles.headline.iloc[0] == "Short Lines Only"


def test_bad_files_warn_and_the_rest_load(tmp_path):
    write_page(tmp_path, "good.txt", LISBON_PAGE)
    write_page(tmp_path, "empty.txt", "")
    write_page(tmp_path, "binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    write_page(tmp_path, "latin.txt", "Caf\u00e9 Talks End\nThe minister said the caf\u00e9 talks in "
               "Bogot\u00e1 had ended well today.\n", encoding="cp1252")
    write_page(tmp_path, "chrome.txt", "Home\nShare\nfacebook\n0\nComments\n")
    c = load_corpus(tmp_path)
    assert sorted(c.articles.article_id) == ["good", "latin"]
    assert "Bogotá" in c.articles.set_index("article_id").loc["latin", "text"]
    problems = c.problems.groupby(c.problems.file.str.split("/").str[-1])["problem"].agg(" ".join)
    assert "empty" in problems["empty.txt"]
    assert "binary" in problems["binary.txt"]
    assert "cp1252" in problems["latin.txt"]
    assert "no article text" in problems["chrome.txt"]
    assert set(c.removed[c.removed.article_id == "chrome"]["line_no"]) == {1, 2, 3, 4, 5}
    assert all(len(w.splitlines()) == 1 for w in c.warnings)


WIRE_PAGE = """Skip to main content
Venezuela's Opposition Calls for More Protests
May 1, 2019 / 6:04 PM / Updated 3 hours ago
By Jane Roe and John Doe
CARACAS, Venezuela (AP) — Venezuela's opposition leader called on Wednesday for more protests across the country, a day after a failed uprising.
"We will be in the streets," he told supporters in the capital.
Reporting by Jane Roe; Editing by John Doe
"""


def test_wire_page_with_date_only_stamp(tmp_path):
    write_page(tmp_path, "wire.txt", WIRE_PAGE)
    c = load_corpus(tmp_path)
    row = c.articles.iloc[0]
    assert row.headline == "Venezuela's Opposition Calls for More Protests"
    assert row.published == "2019-05-01"        # a date-only stamp above the body; not the update
    assert (row.dateline, row.outlet) == ("CARACAS", "AP")
    assert row.text.startswith("Venezuela's opposition leader called on Wednesday")
    assert row.text.endswith("he told supporters in the capital.")
    reasons = dict(zip(c.removed["text"], c.removed["reason"]))
    assert reasons["By Jane Roe and John Doe"] == "byline"
    assert reasons["Reporting by Jane Roe; Editing by John Doe"] == "credit"
    assert reasons["Skip to main content"] == "navigation"


def test_agency_styles_seen_elsewhere(tmp_path):
    write_page(tmp_path, "tass.txt", "Diplomat Says US Plans Threaten Security\nWorld\nMay 03, 15:24 UTC+3\n"
               "MOSCOW, May 3. /TASS/. The US plans to use force in Venezuela pose a threat to security, "
               "the spokeswoman said on Friday.\nRead also\nLavrov, Pompeo discuss Venezuela\n© 2019 TASS\n")
    write_page(tmp_path, "rt.txt", "Home\nMoscow Slams Washington Over Threats\nPublished time: 1 May, 2019 14:05 "
               "Edited time: 2 May, 2019 10:00\nRussia has warned the US against any military intervention "
               "in Venezuela, saying it would have grave consequences.\nLike this story? Share it with a friend!\n")
    write_page(tmp_path, "aj.txt", "News\nMaduro Says He Defeated Coup Attempt\n3 May 2019\nVenezuela's President "
               "Nicolas Maduro has said his government defeated an attempted coup by the opposition.\n"
               "SOURCE: Al Jazeera and news agencies\n")
    c = load_corpus(tmp_path)
    rows = c.articles.set_index("article_id")
    assert tuple(rows.loc["tass", ["outlet", "dateline", "published"]]) == ("TASS", "MOSCOW", "")  # no year
    assert rows.loc["tass", "text"].startswith("The US plans")
    assert rows.loc["rt", "published"] == "2019-05-01"              # not the "Edited time"
    assert rows.loc["rt", "text"].endswith("grave consequences.")
    assert tuple(rows.loc["aj", ["outlet", "published"]]) == ("Al Jazeera", "2019-05-03")
    reasons = dict(zip(c.removed["text"], c.removed["reason"]))
    assert reasons["May 03, 15:24 UTC+3"] == "metadata line"
    assert reasons["Like this story? Share it with a friend!"] == "share widget"
    assert reasons["© 2019 TASS"] == "credit"
    assert reasons["Lavrov, Pompeo discuss Venezuela"] == "related link"


def test_database_exports_question_headline_and_byline_label(tmp_path):
    """Plain-text news-database exports: the first line is the headline even with a question
    inside it ("...? Not so fast;"), and a "BYLINE:" label line is a byline, never a headline."""
    write_page(tmp_path, "a.txt", "Lower taxes for everyone? Not so fast;\n\n"
               "The budget office said on Monday that the plan would cost more than its authors claimed.\n\n"
               "Critics said the numbers had been known for months before the vote.\n")
    write_page(tmp_path, "b.txt", "BYLINE: Jane Q. Reporter.\n\n"
               "The budget office said on Monday that the plan would cost more than its authors claimed.\n\n"
               "Critics said the numbers had been known for months before the vote.\n")
    c = load_corpus(tmp_path)
    rows = c.articles.set_index("article_id")
    assert rows.headline["a"] == "Lower taxes for everyone? Not so fast;"
    assert rows.text["a"].startswith("The budget office said")
    assert rows.headline["b"] == ""
    assert c.removed.set_index("text").reason["BYLINE: Jane Q. Reporter."] == "byline"
