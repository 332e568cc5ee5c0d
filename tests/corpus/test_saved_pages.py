"""Saved news pages read as a researcher would read them, on pages written here in the shapes
real sites print: what a page states about itself besides its <meta> tags (the JSON-LD article's
date and publisher, the site its <title> names, the site's name off the headline's end, the
outlet's own day of a UTC stamp, a microdata time), and the page's text kept whole (a short
first paragraph, a paragraph opening with the headline's words, a drop cap, the headline in the
page's own spelling)."""
import json

import lxml.html
import pytest

from analysis.corpus import page_meta
from analysis.pipeline import load_corpus
from tests.corpus.test_inputs import BODY_1, BODY_2, BODY_3, html
from tests.helpers import write_corpus

BODY = f"<article><h1>{{h1}}</h1><p>{BODY_1}</p><p>{BODY_2}</p><p>{BODY_3}</p></article>"

# A broadcaster that states its date and publisher only in JSON-LD; og:site_name is a section.
LD_ONLY = """<html><head><title>Steel row deepens - Example Broadcasting News</title>
<meta property="og:title" content="Steel row deepens">
<meta property="og:site_name" content="Business">
<script type="application/ld+json">{"@context": "https://schema.org",
 "@type": "ReportageNewsArticle", "headline": "Steel row deepens",
 "datePublished": "2019-03-12T17:58:15+01:00", "dateModified": "2019-03-13T09:00:00+01:00",
 "publisher": {"@type": "NewsMediaOrganization", "name": "Example Broadcasting News"}}</script>
</head><body>""" + BODY.format(h1="Steel row deepens") + "</body></html>"

# A WordPress paper: a Yoast graph whose publisher is an @id, a UTC stamp after midnight, an
# address dated the evening before, an og:title ending with the site's name.
YOAST = """<html><head><title>Council backs port plan - The Island Courier</title>
<meta property="og:title" content="Council backs port plan - The Island Courier">
<meta property="og:site_name" content="The Island Courier | News, Sport, Business">
<meta property="og:url" content="https://courier.example/2019/03/12/council-backs-port-plan/">
<meta property="article:published_time" content="2019-03-13T02:25:54+00:00">
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
 {"@type": "Organization", "@id": "https://courier.example/#org", "name": "Island Courier Ltd"},
 {"@type": "WebPage", "@id": "https://courier.example/2019/03/12/x/",
  "datePublished": "2019-03-13T02:25:54+00:00"},
 {"@type": "NewsArticle", "datePublished": "2019-03-13T02:25:54+00:00",
  "publisher": {"@id": "https://courier.example/#org"}}]}</script>
</head><body>""" + BODY.format(h1="Council backs port plan") + "</body></html>"

# A small daily: no site name, no JSON-LD; only its <title> says whose page it is.
TITLE_ONLY = """<html><head><title>Two held after harbour robbery | Crime | The Harbour Tribune</title>
<meta property="og:title" content="Two held after harbour robbery">
</head><body>""" + BODY.format(h1="Two held after harbour robbery") + "</body></html>"

# A page that states nothing: no outlet, no date, its <title> is its headline alone.
SILENT = """<html><head><title>Two held after harbour robbery</title></head><body>
""" + BODY.format(h1="Two held after harbour robbery") + "</body></html>"


def _tree(page):
    return lxml.html.document_fromstring(page)


def test_json_ld_gives_the_articles_date_and_publisher():
    assert page_meta.json_ld(_tree(LD_ONLY)) == {
        "published": "2019-03-12T17:58:15+01:00", "outlet": "Example Broadcasting News"}
    # a publisher given by @id is looked up; the article's date wins over the WebPage's
    assert page_meta.json_ld(_tree(YOAST)) == {
        "published": "2019-03-13T02:25:54+00:00", "outlet": "Island Courier Ltd"}
    assert page_meta.json_ld(_tree(SILENT)) == {"published": "", "outlet": ""}
    broken = "<html><head><script type='application/ld+json'>{not json</script></head></html>"
    assert page_meta.json_ld(_tree(broken)) == {"published": "", "outlet": ""}
    odd = ("<html><head><script type='application/ld+json'>[1, \"x\", {\"@type\": [\"NewsArticle\", 3], "
           "\"datePublished\": [\"2020-01-01\"], \"publisher\": [\"Wirenews\"]}]</script></head></html>")
    assert page_meta.json_ld(_tree(odd)) == {"published": "", "outlet": "Wirenews"}
    assert page_meta.site_name(" | | ") == "" and page_meta.site_name("") == ""


def test_the_title_names_the_site_after_the_headline():
    title = "Two held after harbour robbery | Crime | The Harbour Tribune"
    assert page_meta.title_outlet(title, "Two held after harbour robbery") == "The Harbour Tribune"
    assert page_meta.title_outlet("Schools reopen – NationPost Barbados — nationpost.com",
                                  "Schools reopen") == "NationPost Barbados"   # not the domain
    assert page_meta.title_outlet("Two held after harbour robbery", "Two held after harbour robbery") == ""
    # a title that is not the headline names nothing we can trust
    assert page_meta.title_outlet("Home | The Harbour Tribune", "Two held after harbour robbery") == ""
    # a hyphen inside the headline is no separator
    assert page_meta.title_outlet("Cross-border trade falls", "Cross-border trade") == ""


@pytest.mark.parametrize("headline, names, expected", [
    ("Forex motion defeated in Senate - Trinidad and Tobago Daily", ["Trinidad and Tobago Daily"],
     "Forex motion defeated in Senate"),
    ("Berlin renames colonial streets | DW | 19.01.2020", ["DW.COM"], "Berlin renames colonial streets"),
    ("Losing face: masks stolen from hospital | The Kobe Times", ["Kobe Times"],
     "Losing face: masks stolen from hospital"),
    ("Crash kills teen - WSVN 9News | Miami News, Weather | Fort Lauderdale",
     ["WSVN 9News | Miami News, Weather | Fort Lauderdale"], "Crash kills teen"),
    # a dash inside the headline stays: what follows it is not the site
    ("Premier arrested - Governor calls for calm - St. Lucia Post", ["St. Lucia Post"],
     "Premier arrested - Governor calls for calm"),
    ("Update - Premier arrested", ["St. Lucia Post"], "Update - Premier arrested"),
    # nothing would be left but one word: the headline stays whole
    ("Obituary - The Island Courier", ["The Island Courier"], "Obituary - The Island Courier"),
    ("Council backs port plan", [], "Council backs port plan"),
])
def test_the_sites_name_comes_off_the_headlines_end(headline, names, expected):
    assert page_meta.without_site(headline, names) == expected


def test_a_utc_stamp_takes_the_outlets_day_from_the_address():
    url = "https://courier.example/2019/03/12/council-backs-port-plan/"
    assert page_meta.local_day("2019-03-13T02:25:54Z", url, "2019-03-13") == "2019-03-12"
    assert page_meta.local_day("2019-03-13T02:25:54+00:00", url, "2019-03-13") == "2019-03-12"
    # a stamp in local time already says the local day; an address days away is not this story's
    assert page_meta.local_day("2019-03-13T02:25:54-05:00", url, "2019-03-13") == "2019-03-13"
    assert page_meta.local_day("2019-03-15T02:25:54Z", url, "2019-03-15") == "2019-03-15"
    assert page_meta.local_day("2019-03-13T02:25:54Z", "https://courier.example/port", "2019-03-13") == "2019-03-13"
    assert page_meta.local_day("2020-01-19T23:30:00Z", "https://t.example/story/2020-01-20/x",
                               "2020-01-19") == "2020-01-20"


@html
def test_pages_get_date_outlet_and_headline_from_what_they_state(tmp_path):
    folder = write_corpus(tmp_path, {"ld.html": LD_ONLY, "yoast.html": YOAST,
                                     "title.html": TITLE_ONLY, "silent.html": SILENT})
    corpus = load_corpus(folder)
    got = corpus.articles.set_index("article_id")[["outlet", "published", "headline"]]
    assert got.to_dict("index") == {
        "ld": {"outlet": "Example Broadcasting News", "published": "2019-03-12",
               "headline": "Steel row deepens"},
        "silent": {"outlet": "", "published": "", "headline": "Two held after harbour robbery"},
        "title": {"outlet": "The Harbour Tribune", "published": "",
                  "headline": "Two held after harbour robbery"},
        "yoast": {"outlet": "The Island Courier", "published": "2019-03-12",
                  "headline": "Council backs port plan"}}
    said = "; ".join(corpus.warnings)
    assert "silent.html: outlet not recognised" in said
    assert "title.html: outlet" not in said


# A wire's page whose og:site_name is the section; the title and the JSON-LD name the agency.
SECTION_AS_SITE = """<html><head><title>Film wins guild award | Wirenews</title>
<meta property="og:title" content="Film wins guild award">
<meta property="og:site_name" content="U.S.">
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2020-01-19T12:25:36Z",
 "publisher": {"@type": "Organization", "name": "Wirenews"}}</script>
</head><body>""" + BODY.format(h1="Film wins guild award") + "</body></html>"


@html
def test_the_outlet_the_title_confirms_wins(tmp_path):
    # YOAST: the site name "The Island Courier" (its title's suffix) beats the company's name in
    # JSON-LD; here the title names the publisher, not the section the site name gives.
    folder = write_corpus(tmp_path, {"yoast.html": YOAST, "wire.html": SECTION_AS_SITE})
    outlets = load_corpus(folder).articles.set_index("article_id")["outlet"].to_dict()
    assert outlets == {"yoast": "The Island Courier", "wire": "Wirenews"}
    assert page_meta.same_name("Salon", "Salon.com") and page_meta.same_name("The Tribune", "tribune")
    assert not page_meta.same_name("The Tribune", "The Times") and not page_meta.same_name("", "")


# A portal's syndicated page: its "application-name" is the headline, and it names no site.
PORTAL = """<html><head><title>Student halls too full to be safe, experts warn</title>
<meta name="application-name" content="Student halls too full to be safe, experts warn">
</head><body>""" + BODY.format(h1="Student halls too full to be safe, experts warn") + "</body></html>"

# A pet blog whose og:site_name is its address.
ADDRESS_AS_NAME = """<html><head><title>Why cats sleep so much</title>
<meta property="og:site_name" content="https://www.catcorner.example/">
</head><body>""" + BODY.format(h1="Why cats sleep so much") + "</body></html>"


@html
def test_a_site_name_that_is_the_headline_or_an_address(tmp_path):
    folder = write_corpus(tmp_path, {"portal.html": PORTAL, "blog.html": ADDRESS_AS_NAME})
    outlets = load_corpus(folder).articles.set_index("article_id")["outlet"].to_dict()
    # the headline names no outlet: the outlet stays empty (never guessed); the address is the name
    assert outlets == {"portal": "", "blog": "catcorner.example"}
    assert page_meta.site_name("https://pawprints.example") == "pawprints.example"


def test_a_title_ending_with_a_domain_names_the_site_only_by_the_domains_name():
    assert page_meta.title_outlet("Mother charged | News Extra | dailyexpress.com",
                                  "Mother charged") == ""
    assert page_meta.title_outlet("Mother charged | Daily Express | dailyexpress.com",
                                  "Mother charged") == "Daily Express"
    assert page_meta.title_outlet("Mother charged | 28.04.2022 | The Daily Express",
                                  "Mother charged") == "The Daily Express"


# A broadsheet that states its date only in a microdata <time>; a teaser's <time> has no itemprop.
MICRODATA = """<html><head><title>Plumber jailed over boiler death | The Daily Broadsheet</title>
<meta property="og:title" content="Plumber jailed over boiler death"></head><body>
<div class="teaser"><time class="card__date" datetime="2022-05-12T15:18:53Z">12 May 2022</time></div>
<time itemprop="datePublished" datetime="2012-04-17T14:54+0000">17 April 2012 2:54pm</time>
""" + BODY.format(h1="Plumber jailed over boiler death") + "</body></html>"


@html
def test_a_microdata_time_gives_the_date(tmp_path):
    folder = write_corpus(tmp_path, {"broadsheet.html": MICRODATA})
    article = load_corpus(folder).articles.iloc[0]
    assert (article["published"], article["outlet"]) == ("2012-04-17", "The Daily Broadsheet")


# A broadsheet whose headline sits outside the article body: the body opens with one short
# sentence closed by a full stop, which is the first paragraph, not a second headline.
SHORT_LEDE = """<html><head><title>Plumber jailed over boiler death | The Daily Broadsheet</title>
<meta property="og:title" content="Plumber jailed over boiler death"></head><body>
<header><h1>Plumber jailed over boiler death</h1></header>
<div itemprop="articleBody"><p>Anna Reed, 24, was overcome by fumes at her father's house in Bath.</p>
<p>""" + BODY_1 + "</p><p>" + BODY_2 + "</p><p>" + BODY_3 + "</p></div></body></html>"


@html
def test_a_short_first_paragraph_of_a_titled_page_stays_text(tmp_path):
    folder = write_corpus(tmp_path, {"lede.html": SHORT_LEDE})
    corpus = load_corpus(folder)
    article = corpus.articles.iloc[0]
    assert article["headline"] == "Plumber jailed over boiler death"
    assert article["text"].startswith("Anna Reed, 24, was overcome by fumes at her father's house in Bath.\n\n")
    assert not corpus.removed["text"].str.startswith("Anna Reed").any()


def test_an_export_row_that_repeats_its_title_as_a_sentence_loses_only_that_line(tmp_path):
    # news databases print the headline again, closed by a full stop, above the text
    rows = [{"id": 7, "title": "Clinton and Sanders trade low blows", "media_name": "Example Post",
             "text": "Clinton and Sanders trade low blows.\n\n" + BODY_1 + "\n\n" + BODY_2}]
    folder = write_corpus(tmp_path, {"stories.jsonl": "".join(json.dumps(r) + "\n" for r in rows)})
    corpus = load_corpus(folder)
    article = corpus.articles.iloc[0]
    assert article["text"] == BODY_1 + "\n\n" + BODY_2
    assert corpus.removed["text"].tolist() == []   # the repeated headline became the headline



# A magazine page saved as text: its dek, read as the headline, is also a paragraph's first
# sentence; a page whose headline is fused to the paragraph ("...in CaracasLavrov") is cut.
DEK_REPEATED = ("Coal has been in a slow decline for ten years\n\n" + BODY_1 + "\n\n"
                "Coal has been in a slow decline for ten years. The country now burns half as much "
                "coal as it did in 2009, and the trend held through last year.\n\n" + BODY_2 + "\n")
GLUED = ("Talks on steel open in Geneva\n\nTalks on steel open in GenevaEU and US negotiators met "
         "on Monday for a first round of talks on the tariffs, officials said.\n\n" + BODY_2 + "\n")


def test_a_paragraph_opening_with_the_headlines_words_keeps_them(tmp_path):
    corpus = load_corpus(write_corpus(tmp_path, {"dek.txt": DEK_REPEATED, "glued.txt": GLUED}))
    text = corpus.articles.set_index("article_id")["text"]
    assert ("\n\nCoal has been in a slow decline for ten years. The country now burns half as "
            "much coal") in text["dek"]
    assert text["glued"].startswith("EU and US negotiators met on Monday")
    glued = corpus.removed[corpus.removed["reason"] == "glued headline"]
    assert glued["article_id"].tolist() == ["glued"]


# An evening paper prints its first letter as a drop cap in an element of its own.
DROP_CAP = """<html><head><title>Quarantine list grows | Example Evening</title>
<meta property="og:title" content="Quarantine list grows"></head><body><article>
<h1>Quarantine list grows</h1><div class="body"><span class="dropcap">T</span><p><a href="/t/turkey">"""\
    """urkey</a>, Poland and three Caribbean islands have been removed from the list of travel """\
    """corridors, the transport secretary said on Thursday.</p><p>""" + BODY_1 + "</p><p>" + BODY_2 + "</p><p>" + BODY_3 + \
    """</p></div></article><nav><ul><li>A</li><li>about us</li></ul></nav></body></html>"""


@html
def test_a_drop_cap_stays_with_its_word(tmp_path):
    corpus = load_corpus(write_corpus(tmp_path, {"cap.html": DROP_CAP}))
    assert corpus.articles.iloc[0]["text"].startswith("Turkey, Poland and three Caribbean islands")
    assert "T" not in set(corpus.removed["text"])
    from analysis.corpus.sources import _drop_caps_joined
    assert _drop_caps_joined(["T", "urkey, Poland and three islands"]) == ["Turkey, Poland and three islands"]
    assert _drop_caps_joined(["A", "about us"]) == ["A", "about us"]    # a short menu item
    assert _drop_caps_joined(["Menu", "urkey, Poland and three islands"]) == ["Menu", "urkey, Poland and three islands"]


# og:title in straight quotes, the page's <h1> in curly ones: one headline, the page's spelling.
CURLY_H1 = """<html><head><title>Party names its two candidates - Example Today</title>
<meta property="og:title" content="Party's two candidates named - Example Today">
<meta property="og:site_name" content="Example Today"></head><body><article>
<h1>Party’s two candidates named</h1><p>""" + BODY_1 + "</p><p>" + BODY_2 + "</p><p>" + BODY_3 + \
    "</p></article></body></html>"


@html
def test_the_headline_in_the_pages_own_spelling_is_accounted_for(tmp_path):
    from analysis.corpus import audit
    folder = write_corpus(tmp_path, {"curly.html": CURLY_H1})
    corpus = load_corpus(folder)
    assert corpus.articles.iloc[0]["headline"] == "Party’s two candidates named"
    fates = audit.line_fates(corpus, folder)
    assert "unaccounted" not in set(fates["fate"])
    assert fates.loc[fates["fate"] == "headline", "line"].tolist() == ["Party’s two candidates named"]


# A government information service: no og:title or site name; its <title> is the <h1> and the site.
H1_AND_TITLE = """<html><head><title>Wide range of investment at the expo – Island Information Service</title>
</head><body><article><h1>Wide range of investment at the expo</h1><p>""" + BODY_1 + "</p><p>" + \
    BODY_2 + "</p><p>" + BODY_3 + "</p></article></body></html>"


@html
def test_the_title_names_the_site_after_the_headline_the_text_gives(tmp_path):
    article = load_corpus(write_corpus(tmp_path, {"gov.html": H1_AND_TITLE})).articles.iloc[0]
    assert (article["headline"], article["outlet"]) == (
        "Wide range of investment at the expo", "Island Information Service")
