"""Actor labels: pre-modifiers, appositives, self-designations and codebook descriptions."""
import pandas as pd
import pytest

from analysis.quotes.mentions import find_mentions, load_actors
from analysis.codebooks import CodebookError
from analysis.framing.labels import actor_labels, labels_article, load_labels


@pytest.fixture(scope="module")
def labels(corpus):
    return actor_labels(corpus)


def _labels_of(text):
    art = pd.Series({"article_id": "x", "outlet": "O", "text": text})
    return labels_article(art, pd.DataFrame(), find_mentions(text), None, load_actors())


@pytest.mark.parametrize("actor_id", ["maduro", "guaido"])
def test_every_seed_naming_maduro_or_guaido_labels_them(corpus, labels, actor_id):
    named = [aid for aid, text in zip(corpus.articles["article_id"], corpus.articles["text"])
             if (find_mentions(text)["actor_id"] == actor_id).any()]
    assert len(named) >= 4
    labelled = set(labels.loc[labels["actor_id"] == actor_id, "article_id"])
    assert set(named) <= labelled


def test_premodifier_title_and_appositive():
    out = _labels_of("On Tuesday, Venezuelan opposition leader Juan Guaido, who had proclaimed "
                     "himself as the interim president, called for protests.")
    got = out[["actor_id", "label", "kind"]].values.tolist()
    assert ["guaido", "Venezuelan opposition leader", "premodifier"] in got
    assert ["guaido", "who had proclaimed himself as the interim president", "appositive"] in got
    assert not out["label"].str.contains("Tuesday").any()


def test_title_inside_an_alias_and_abbreviations():
    out = _labels_of("U.S. Secretary of State Mike Pompeo met President Maduro.")
    assert out[["actor_id", "label"]].values.tolist() == [["pompeo", "U.S. Secretary of State"],
                                                          ["maduro", "President"]]


def test_no_label_when_a_name_follows_ordinary_words():
    assert _labels_of("Russia voiced support for Maduro.").empty


def test_bare_description_links_only_through_the_codebook():
    out = _labels_of("She rejected claims that the Bolivarian president was leaving. "
                     "The president spoke.")
    assert out[["actor_id", "label", "kind"]].values.tolist() == [
        ["maduro", "the Bolivarian president", "description"]]


def test_self_designation():
    out = _labels_of("Guaido declared himself the country's interim president on January 23.")
    assert out[["label", "kind"]].values.tolist() == [["the country's interim president",
                                                       "self_designation"]]


def test_label_offsets_point_at_the_label(corpus, labels):
    texts = dict(zip(corpus.articles["article_id"], corpus.articles["text"]))
    for row in labels.itertuples():
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
