"""Credits, stamps and page chrome in the shapes other outlets print them (issue 15): each is
removed with its reason, its value goes to the right field, and nothing else is lost."""
import pandas as pd
import pytest

from tests.helpers import export_twice_and_audit, write_corpus

P1 = ("The government on Tuesday rejected new sanctions announced by the Treasury against its "
      "state oil company, calling them illegal and unjustified.")
P2 = ("The foreign minister said the measures would hurt ordinary people more than anyone else "
      "and promised to respond with all the tools of international law.")
P3 = "\"We will not accept this,\" he told reporters in the capital after the cabinet meeting."


def _load(tmp_path, page: str):
    """(the article row, {removed text: reason}) of one page, after the export-and-audit check
    that every line is accounted for."""
    folder = write_corpus(tmp_path, {"page.txt": page})
    found = export_twice_and_audit(folder, tmp_path, manifest=False)
    assert len(found.articles) == 1
    removed = found.removed_lines
    return found.articles.iloc[0], dict(zip(removed["text"], removed["reason"]))


@pytest.mark.parametrize("credit, outlet", [
    ("(TELESUR) –", "teleSUR"), ("(Xinhua) -", "Xinhua"), ("(AP) —", "AP"), ("(Reuters) --", "Reuters")])
def test_a_credit_without_a_place_opening_the_first_paragraph(tmp_path, credit, outlet):
    art, removed = _load(tmp_path, f"Ministers reject sanctions\n\n{credit} {P1}\n\n{P2}\n")
    assert removed[credit] == "dateline"
    assert art.text.startswith("The government on Tuesday")
    assert (art.outlet, art.dateline) == (outlet, "")


def test_a_credit_with_a_dash_on_its_own_line(tmp_path):
    art, removed = _load(tmp_path, f"Ministers reject sanctions\n(TELESUR) –\n{P1}\n{P2}\n")
    assert removed["(TELESUR) –"] == "credit" and art.outlet == "teleSUR"


@pytest.mark.parametrize("stamp, outlet, published", [
    ("Xinhua | Updated: 2019-05-07 14:16", "Xinhua", ""),     # an update stamp dates nothing
    ("Reuters | Published: May 7, 2019", "Reuters", "2019-05-07"),
    ("Source: Xinhua | 2019-05-07 10:33:30", "Xinhua", "2019-05-07"),
])
def test_a_stamp_that_opens_with_its_outlet(tmp_path, stamp, outlet, published):
    art, removed = _load(tmp_path, f"Ministers reject sanctions\n{stamp}\n{P1}\n{P2}\n")
    assert removed[stamp] == "metadata line"
    assert (art.outlet, art.published) == (outlet, published)


@pytest.mark.parametrize("stamp, published", [
    ("1 May 201918:38", "2019-05-01"), ("12 March 201909:05", "2019-03-12"),
    ("March 12, 201909:05", "2019-03-12"), ("1 May 2019 18:38", "2019-05-01")])
def test_a_date_glued_to_its_time(tmp_path, stamp, published):
    art, removed = _load(tmp_path, f"Maduro calls for dialogue\n{stamp}\n\n{P1}\n\n{P2}\n")
    assert removed[stamp] == "metadata line"
    assert art.published == published


@pytest.mark.parametrize("stamp, place", [
    ("May 01, 12:11 UTC+3 MOSCOW", "MOSCOW"), ("March 4, 09:30 GMT BRUSSELS", "BRUSSELS"),
    ("12 Mar 2019, 9:30 am EST NEW YORK", "NEW YORK")])
def test_a_dateline_after_a_time_stamp_on_its_own_line(tmp_path, stamp, place):
    art, removed = _load(tmp_path, f"Lavrov, Pompeo discuss Venezuela\n{stamp}\n{P1}\n{P2}\n")
    assert removed[stamp] == "metadata line"
    assert art.dateline == place
    assert art.text.startswith("The government")


def test_a_dateline_after_a_time_stamp_opening_the_paragraph(tmp_path):
    page = (f"Lavrov, Pompeo discuss Venezuela\nMay 01, 12:11 UTC+3 MOSCOW, May 1. /TASS/. {P1}\n"
            f"{P2}\nPublished: May 1, 2019\n")
    art, removed = _load(tmp_path, page)
    assert removed["May 01, 12:11 UTC+3 MOSCOW, May 1. /TASS/."] == "dateline"
    assert (art.dateline, art.outlet, art.dateline_date) == ("MOSCOW", "TASS", "2019-05-01")


@pytest.mark.parametrize("dateline, place", [
    ("WASHINGTON - ", "WASHINGTON"), ("NEW YORK - ", "NEW YORK"), ("CARACAS, Venezuela - ", "CARACAS"),
    ("BRUSSELS (AP) - ", "BRUSSELS")])
def test_a_dateline_with_a_hyphen(tmp_path, dateline, place):
    art, removed = _load(tmp_path, f"Maduro calls for dialogue\n\n{dateline}{P1}\n\n{P2}\n")
    assert removed[dateline.strip()] == "dateline"
    assert art.dateline == place and art.text.startswith("The government")


@pytest.mark.parametrize("dateline, place", [
    ("Caracas, May 1 (Prensa Latina)", "Caracas"), ("Quito, Jan. 5 (EFE).-", "Quito"),
    ("Buenos Aires, May 2 (Telam) -", "Buenos Aires")])
def test_a_dateline_in_title_case_with_date_and_credit(tmp_path, dateline, place):
    art, removed = _load(tmp_path, f"Ministers reject sanctions\n\n{dateline} {P1}\n\n{P2}\n")
    assert removed[dateline] == "dateline"
    assert (art.dateline, art.text[:14]) == (place, "The government")


def test_a_sentence_opening_with_a_place_and_date_is_no_dateline(tmp_path):
    lede = "Caracas, May 1 was calm after the failed uprising, residents said."
    art, removed = _load(tmp_path, f"Ministers reject sanctions\n\n{lede}\n\n{P2}\n")
    assert art.text.startswith(lede) and art.dateline == ""


@pytest.mark.parametrize("teaser", [
    "Read more: Why the steel dispute matters for Europe", "Related: Venezuela signs energy deal",
    "Also read: China's exports rise in April", "READ MORE | Oil prices climb again",
    "See also: The timeline of the crisis", "You may also like: Ten things to know"])
def test_related_story_teasers_inside_the_article(tmp_path, teaser):
    art, removed = _load(tmp_path, f"Ministers reject sanctions\n\n{P1}\n\n{teaser}\n\n{P2}\n\n{P3}\n")
    assert removed[teaser] == "related link"
    assert art.text == "\n\n".join([P1, P2, P3])


@pytest.mark.parametrize("label", ["RELATED STORIES", "Related articles", "More on this topic:",
                                   "You may also like"])
def test_a_related_stories_box_takes_its_links_with_it(tmp_path, label):
    page = (f"Ministers reject sanctions\n\n{P1}\n\n{label}\nEU trade chief visits Beijing\n"
            f"China cuts tariffs on some imports\nOil prices climb\n\n{P2}\n\n{P3}\n")
    art, removed = _load(tmp_path, page)
    for line in (label, "EU trade chief visits Beijing", "China cuts tariffs on some imports",
                 "Oil prices climb"):
        assert removed[line] == "related link", line
    assert art.text == "\n\n".join([P1, P2, P3])


@pytest.mark.parametrize("placeholder", ["{{title}}", "%%AUTHOR%%", "[caption]", "{% block ad %}",
                                         "${author.name}", "__IMAGE_CREDIT__", "{{author}} {{date}}"])
def test_template_placeholders(tmp_path, placeholder):
    art, removed = _load(tmp_path, f"Ministers reject sanctions\n{placeholder}\n{P1}\n{P2}\n{P3}\n")
    assert removed[placeholder] == "template placeholder"
    assert art.text == "\n\n".join([P1, P2, P3]) and art.headline == "Ministers reject sanctions"


def test_a_wordpress_caption_shortcode_is_a_caption(tmp_path):
    caption = '[caption id="attachment_7" align="alignnone"] Ministers meet in Brussels. [/caption]'
    art, removed = _load(tmp_path, f"Ministers reject sanctions\n{caption}\n{P1}\n{P2}\n")
    assert removed[caption] == "caption"


@pytest.mark.parametrize("trail", ["Home | Business | Trade", "News › World › Americas",
                                   "Home » Politics » Latin America", "World / Europe / EU"])
def test_a_menu_trail_is_never_the_headline(tmp_path, trail):
    art, removed = _load(tmp_path, f"{trail}\nEU hits back at US steel tariffs\n{P1}\n{P2}\n")
    assert removed[trail] == "navigation"
    assert art.headline == "EU hits back at US steel tariffs"


@pytest.mark.parametrize("line, outlet", [
    ("Copyright 2019 The Associated Press. All rights reserved.", "AP"),
    ("Copyright 2019 The Associated Press. All rights reserved. This material may not be "
     "published, broadcast, rewritten or redistributed.", "AP"),
    ("© Reuters 2019", "Reuters"), ("(c) 2019 Agence France-Presse", "AFP"),
    ("© 2019 TASS. All rights reserved.", "TASS")])
def test_an_agency_copyright_line_is_a_credit_naming_the_agency(tmp_path, line, outlet):
    art, removed = _load(tmp_path, f"Maduro calls for dialogue\n\n{P1}\n\n{P2}\n\n{line}\n")
    assert removed[line] == "credit"
    assert art.outlet == outlet and line not in art.text


def test_a_headline_ending_like_a_trail_item_but_with_prose_stays(tmp_path):
    """A headline with a pipe and a section ("Talks stall | Analysis") is not a three-item trail."""
    art, _ = _load(tmp_path, f"Steel talks stall in Geneva | Analysis\n{P1}\n{P2}\n")
    assert art.headline == "Steel talks stall in Geneva | Analysis"


@pytest.mark.parametrize("headline", [
    "Clinton and Sanders trade low blows.",             # a news database's export
    "China rebuts American criticism on overcapacity;",
    "Staffer who set up Clinton email server gets immunity.",
    "Mrs. Clinton wins in Nevada.",                     # an honorific is not a sentence end
])
def test_a_first_line_headline_closed_by_a_stop_or_semicolon(tmp_path, headline):
    art, _ = _load(tmp_path, f"{headline}\n\n{P1}\n\n{P2}\n")
    assert art.headline == headline and headline not in art.text


def test_a_first_line_of_two_sentences_is_not_a_headline(tmp_path):
    first = "The talks failed again. Both sides blamed each other for the collapse."
    art, _ = _load(tmp_path, f"{first}\n\n{P1}\n\n{P2}\n")
    assert art.headline == "" and first in art.text


def test_a_one_sentence_wire_lede_with_a_dateline_is_not_a_headline(tmp_path):
    lede = "MOSCOW, May 5 (Xinhua) -- Lavrov said on Sunday that talks would go on."
    art, _ = _load(tmp_path, f"{lede}\n\n{P1}\n\n{P2}\n")
    assert art.headline == "" and "Lavrov said on Sunday" in art.text


def test_a_graphic_source_below_the_body_names_no_outlet(tmp_path):
    """A newspaper graphic's "Source: NATO." after the last paragraph credits the chart's data:
    the page keeps no outlet (never invented from it), the line is audited, a wire credit there
    still counts."""
    page = f"Ministers reject sanctions\n\n{P1}\n\n{P2}\n\nDefence spending by country.\n\nSource: NATO.\n"
    art, removed = _load(tmp_path, page)
    assert removed["Source: NATO."] == "metadata line"
    assert pd.isna(art.outlet) or art.outlet == ""
    (tmp_path / "wire").mkdir()
    art, _ = _load(tmp_path / "wire", page.replace("Source: NATO.", "Source: Reuters"))
    assert art.outlet == "Reuters"


@pytest.mark.parametrize("dateline, place, credit", [
    ("New York (AFP) – ", "New York", "AFP"), ("Washington (CNN) — ", "Washington", "CNN"),
    ("London (Reuters) - ", "London", "Reuters")])
def test_a_title_case_dateline_with_its_agency_and_a_dash(tmp_path, dateline, place, credit):
    art, removed = _load(tmp_path, f"Ministers reject sanctions\n\n{dateline}{P1}\n\n{P2}\n")
    assert removed[dateline.strip()] == "dateline"
    assert (art.dateline, art.outlet) == (place, credit)
    assert art.text.startswith("The government")


def test_a_name_and_party_before_a_dash_is_no_dateline(tmp_path):
    art, _ = _load(tmp_path, f"Ministers reject sanctions\n\nSenator Cole (Ohio) - {P1}\n\n{P2}\n")
    assert art.text.startswith("Senator Cole (Ohio) - The government")


@pytest.mark.parametrize("dateline, place", [
    ("NEW DELHI: ", "NEW DELHI"), ("ISLAMABAD: ", "ISLAMABAD"), ("DUBAI: ", "DUBAI")])
def test_a_dateline_closed_by_a_colon(tmp_path, dateline, place):
    # the house style of South Asian and Gulf papers
    art, removed = _load(tmp_path, f"Ministers reject sanctions\n\n{dateline}{P1}\n\n{P2}\n")
    assert removed[dateline.strip()] == "dateline"
    assert art.dateline == place
    assert art.text.startswith("The government")


def test_a_label_or_a_transcript_turn_before_a_colon_is_no_dateline(tmp_path):
    # a lede's label stays text
    art, _ = _load(tmp_path, f"Ministers reject sanctions\n\nBREAKING: {P1}\n\n{P2}\n")
    assert art.text.startswith("BREAKING: The government") and art.dateline == ""
    # a transcript: the first turn's speaker is no place
    (tmp_path / "transcript").mkdir()
    art, _ = _load(tmp_path / "transcript", f"Debate transcript\n\nHOLT: {P1}\n\nCLINTON: {P2}\n")
    assert art.text.startswith("HOLT: The government") and art.dateline == ""
