"""Cited sources: cue + codebook name, normalised; photo credits kept apart."""
import pandas as pd
import pytest

from analysis.codebooks import CodebookError, load_sources
from analysis.compare.sources import COLUMNS, photo_credits, source_rows, text_sources
from tests.helpers import article


def cited_sources(corpus):
    """The cited_sources table, the step run on each article as the pipeline runs it."""
    sents = {aid: g.to_dict("records") for aid, g in corpus.sentences.groupby("article_id")}
    caps = corpus.paragraphs[corpus.paragraphs["role"] == "caption"]
    lines = {aid: list(g["text"]) for aid, g in caps.groupby("article_id")}
    for aid, g in corpus.removed.groupby("article_id"):
        lines.setdefault(aid, []).extend(g["text"])
    rows = [r for art in corpus.articles.to_dict("records")
            for r in source_rows(art, sents.get(art["article_id"], []), lines.get(art["article_id"], []))]
    return pd.DataFrame(rows, columns=COLUMNS)


def cited(text):
    return [(h["source"], h["cue"]) for h in text_sources(text)]


def test_cues_before_and_after_the_name():
    text = ("Talks were held, Sputnik reported. The minister was quoted by Tass news agency as "
            "saying so. Forces will stay, Interfax news agency reported. The plan failed, "
            "according to the Russian foreign ministry website. The talks ended, the State "
            "Department said. Ryabkov told the news agency TASS that it was agreed.")
    assert cited(text) == [("Sputnik", "reported"), ("TASS", "quoted"), ("Interfax", "reported"),
                           ("Russian Foreign Ministry", "according to"),
                           ("U.S. State Department", "said"), ("TASS", "told")]


def test_a_bare_mention_is_not_a_citation():
    assert cited("Reuters and TASS journalists waited outside while Sputnik staff left.") == []
    assert cited("Zakharova said that the Russian foreign ministry would not comment.") == []


def test_short_capitals_match_only_in_capitals():
    assert cited("The rap show was cheap, the ap reported.") == []
    assert cited("The vote was close, AP reported.") == [("AP", "reported")]


def test_the_ministry_refers_back_to_the_last_ministry_named():
    text = ("The Russian Foreign Ministry issued a note. The talks were useful, according to the "
            "ministry.")
    assert cited(text) == [("Russian Foreign Ministry", "according to")]
    assert cited("The talks were useful, according to the ministry.") == []


def test_photo_credits():
    lines = ["File photo: People march in Caracas. (Xinhua/Marcos Salgado)",
             "Lavrov attends a meeting in Moscow. | Photo: Reuters",
             "Maria Zakharova, the spokesperson. /VCG Photo",
             "Guaido at a rally. Photo by Agence France-Presse",
             "Crowds in the street. (Photo: EFE)",
             "A caption with no credit at all."]
    got = [(c["source"], c["cue"]) for c in photo_credits(lines)]
    assert got == [("Xinhua", "photo credit"), ("Reuters", "photo credit"), ("VCG", "photo credit"),
                   ("AFP", "photo credit"), ("EFE", "photo credit")]
    assert all(c["start"] == -1 for c in photo_credits(lines))   # not in any text


def test_codebook_errors_name_file_and_line(tmp_path):
    bad = tmp_path / "sources.csv"
    bad.write_text("source,aliases,type,country\nTASS,TASS,wire,RU\n", encoding="utf-8")
    with pytest.raises(CodebookError, match=r"sources.csv:2: 'wire' in column 'type'"):
        load_sources(str(bad))


def test_cited_sources_on_written_articles(write_corpus):
    corpus = write_corpus({
        "a": ("Alpha", "2019-05-02", "The two ministers discussed the crisis at length in Moscow, "
              "the Kremlin said. Later the talks were described as useful, RIA Novosti reported."),
    })
    table = cited_sources(corpus)
    assert list(zip(table["source"], table["cue"])) == [("Kremlin", "said"), ("RIA Novosti", "reported")]
    text = corpus.articles["text"].iloc[0]
    for row in table.itertuples():
        assert text[row.start:row.end] == row.mention
        assert row.mention in row.sentence


def test_seeds(corpus):
    table = cited_sources(corpus)
    cues = set(zip(table["article_id"], table["source"], table["cue"]))
    aid = {p: article(corpus, p)["article_id"] for p in ("000", "001", "002", "003", "004")}
    assert (aid["002"], "Sputnik", "reported") in cues
    assert (aid["000"], "TASS", "quoted") in cues
    assert (aid["004"], "TASS", "told") in cues
    assert (aid["003"], "Interfax", "reported") in cues
    assert (aid["001"], "U.S. State Department", "said") in cues
    assert (aid["004"], "Russian Foreign Ministry", "according to") in cues
    assert (aid["001"], "Xinhua", "photo credit") in cues
    assert (aid["004"], "Reuters", "photo credit") in cues
    assert (aid["003"], "VCG", "photo credit") in cues
    # photo credits are reported once per caption even when the page repeats it
    assert len(table[(table["article_id"] == aid["001"]) & (table["cue"] == "photo credit")]) == 1
    assert "Reuters" not in {s for s in table[table["cue"] != "photo credit"]["source"]}


def test_the_ministry_needs_a_word_start():
    text = ("The Russian Foreign Ministry issued a note. Talks were useful, according to "
            "xthe ministry. Talks were useful, according to the_ministry.")
    assert cited(text) == []


def test_sources_in_a_credit_line_are_that_credit_not_a_citation():
    text = ("Officials met in Moscow to discuss the crisis, Sputnik reported.\n"
            "A crowd in the square, Reuters said. | Photo: Reuters")
    rows = source_rows({"article_id": "a", "outlet": "Alpha", "text": text}, None)
    table = pd.DataFrame(rows, columns=COLUMNS)
    assert list(zip(table["source"], table["cue"])) == [("Sputnik", "reported"),
                                                        ("Reuters", "photo credit")]
    row = table.iloc[1]
    assert text[row.start:row.end] == row.sentence
