"""Actor labels: pre-modifiers, appositives, self-designations and codebook descriptions."""
import pandas as pd
import pytest

from analysis.codebooks import CodebookError, load_labels
from analysis.framing.labels import LABEL_COLUMNS, label_rows
from analysis.quotes.mentions import actor_index, find_mentions, load_actors

REQUIRED = ["article_id", "outlet", "actor_id", "actor", "label", "voice", "sentence", "start",
            "end"]


def _labels_of(text, quotes=None, actors=None, codebook="labels.csv"):
    actors = load_actors() if actors is None else actors
    mentions = actor_index(actors).find_rows(text)
    return pd.DataFrame(label_rows({"article_id": "x", "outlet": "O", "text": text}, [], mentions, quotes, actors, codebook),
                        columns=LABEL_COLUMNS)


def test_table_has_the_agreed_columns_and_narrators_have_no_speaker(seed_tables):
    labels = seed_tables.actor_labels
    assert list(labels.columns[:len(REQUIRED)]) == REQUIRED and len(labels)
    assert (labels.loc[labels["voice"] == "narrator", "speaker"] == "").all()


@pytest.mark.parametrize("actor_id", ["maduro", "guaido"])
def test_every_seed_naming_maduro_or_guaido_labels_them(seed_tables, actor_id):
    articles, labels = seed_tables.articles, seed_tables.actor_labels
    named = [aid for aid, text in zip(articles["article_id"], articles["text"])
             if (find_mentions(text)["actor_id"] == actor_id).any()]
    assert len(named) >= 4
    labelled = set(labels.loc[labels["actor_id"] == actor_id, "article_id"])
    assert set(named) <= labelled


def test_premodifier_title_and_appositive():
    out = _labels_of("On Tuesday, Venezuelan opposition leader Juan Guaido, who had proclaimed "
                     "himself as the interim president, called for protests.")
    got = out[["actor_id", "label", "kind"]].values.tolist()
    assert ["guaido", "Venezuelan opposition leader", "premodifier"] in got
    assert ["guaido", "the interim president", "self_designation"] in got
    assert not out["label"].str.contains("Tuesday").any()


@pytest.mark.parametrize("text", [
    ("On Tuesday, Venezuelan opposition leader Juan Guaido, who had proclaimed himself as the "
     "interim president, called for protests."),
    "The meeting follows talks between Trump and Putin, who discussed the situation in Caracas.",
    "Lavrov met Pompeo, whose department had imposed the sanctions, in Finland.",
])
def test_a_relative_clause_is_not_a_label(text):
    labels = _labels_of(text)["label"]
    assert not labels.str.match(r"(?:who|whom|whose)\b").any()


@pytest.mark.parametrize("text", [
    ("If the senators choose not to believe Nicolas Maduro, the documented fact-checkers at the "
     "paper will now award them four Pinocchios."),
    "When the crowd turned against Guaido, the army did nothing to stop it.",
])
def test_a_clause_after_the_name_is_no_appositive(text):
    # the words after the comma are the sentence's subject and its verb, not a name for the actor
    assert not (_labels_of(text)["kind"] == "appositive").any()


def test_an_appositive_holding_a_relative_clause_stays_a_label():
    out = _labels_of("The talks were led by Sergei Lavrov, the minister who has served since 2004.")
    assert ["lavrov", "the minister who has served since 2004", "appositive"] in \
        out[["actor_id", "label", "kind"]].values.tolist()


@pytest.mark.parametrize("text, label, actor_id", [
    ("US President Donald Trump spoke with Putin on Friday.", "US President", "donald_trump"),
    ("Lavrov met US Secretary of State Mike Pompeo in Finland.", "US Secretary of State", "pompeo"),
    ("Russian Foreign Minister Sergei Lavrov said on Sunday that talks would go on.",
     "Russian Foreign Minister", "lavrov"),
    ("MOSCOW, May 5 -- Russia's Foreign Minister Sergei Lavrov will meet Pompeo.",
     "Russia's Foreign Minister", "lavrov"),
])
def test_a_label_keeps_its_nationality(text, label, actor_id):
    out = _labels_of(text)
    assert [label, "premodifier"] in out.loc[out["actor_id"] == actor_id, ["label", "kind"]].values.tolist()


def test_title_inside_an_alias_and_abbreviations():
    out = _labels_of("U.S. Secretary of State Mike Pompeo met President Maduro.")
    assert out[["actor_id", "label"]].values.tolist() == [["pompeo", "U.S. Secretary of State"],
                                                          ["maduro", "President"]]


def test_premodifier_stops_at_punctuation_and_quotation_marks():
    out = _labels_of('Critics of the "interim" government, Maduro said. '
                     "He met the ‘US-backed’ (opposition leader) Guaido.")
    assert out.loc[out["kind"] == "premodifier", "label"].tolist() == []


def test_no_label_when_a_name_follows_ordinary_words():
    assert _labels_of("Russia voiced support for Maduro.").empty


def test_bare_description_links_only_through_the_codebook():
    out = _labels_of("She rejected claims that the Bolivarian president was leaving. "
                     "The president spoke.")
    assert out[["actor_id", "actor", "label", "kind"]].values.tolist() == [
        ["maduro", "Nicolás Maduro", "the Bolivarian president", "description"]]


def test_self_designation():
    out = _labels_of("Guaido declared himself the country's interim president on January 23.")
    assert out[["label", "kind"]].values.tolist() == [["the country's interim president",
                                                       "self_designation"]]


def test_label_voice_comes_from_the_quotes():
    text = 'Lavrov said "the self-proclaimed president Guaido failed".'
    quotes = [{"start": 12, "end": 57, "speaker": "Sergei Lavrov", "kind": "direct"}]
    out = _labels_of(text, quotes)
    assert out[["label", "voice", "speaker"]].values.tolist() == [
        ["self-proclaimed president", "quoted", "Sergei Lavrov"]]


def test_label_offsets_point_at_the_label(seed_tables):
    texts = dict(zip(seed_tables.articles["article_id"], seed_tables.articles["text"]))
    for row in seed_tables.actor_labels.itertuples():
        assert " ".join(texts[row.article_id][row.start:row.end].split()) == row.label


def test_description_without_actor_is_a_codebook_error(tmp_path):
    bad = tmp_path / "labels.csv"
    bad.write_text("kind,term,actor_id,notes\ntitle,president,,\ndescription,the leader,,\n",
                   encoding="utf-8")
    with pytest.raises(CodebookError, match=r"labels\.csv:3: description 'the leader' names no"):
        load_labels(bad)
    bad.write_text("kind,term,actor_id,notes\nnickname,el jefe,maduro,\n", encoding="utf-8")
    with pytest.raises(CodebookError, match=r"labels\.csv:2: 'nickname' in column 'kind'"):
        load_labels(bad)


def test_description_of_an_actor_the_actor_codebook_lacks_is_a_codebook_error(tmp_path):
    book = tmp_path / "labels.csv"
    book.write_text("kind,term,actor_id,notes\ntitle,president,,\n"
                    "description,the strongman,nobody,\n", encoding="utf-8")
    with pytest.raises(CodebookError, match=r"labels\.csv:3: actor_id 'nobody' is not in the"):
        _labels_of("He met the strongman.", codebook=book)
