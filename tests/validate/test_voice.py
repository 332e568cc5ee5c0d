"""The voice scorer (analysis.validate.voice; its command benchmarks/eval_voice.py) on tables
written here: overlap matching, headline units, missed units count as wrong, and the lenient
speaker rule (codebook aliases and metonyms, containment, joint speakers)."""
import pandas as pd

from analysis.validate.voice import actor_keys, same_speaker, score
from benchmarks.eval_voice import main

TEXT = 'Moscow accused Washington of interference. The coup failed, "a coup", said Nicolas Maduro.'
HEADLINE = "Crisis talks"
ARTICLES = pd.DataFrame([{"article_id": "a1", "headline": HEADLINE, "text": TEXT}])


def unit(start, end, term, frame, voice, speaker="", field="text"):
    return {"article_id": "a1", "start": start, "end": end, "term": term, "frame": frame,
            "voice": voice, "speaker": speaker, "sentence": "", "note": "", "field": field}


def hit(start, end, term, frame, voice, speaker="", sentence=""):
    return {"article_id": "a1", "outlet": "X", "frame": frame, "term": term, "voice": voice,
            "speaker": speaker, "sentence": sentence, "start": start, "end": end}


GOLD = pd.DataFrame([
    unit(0, 6, "crisis", "destabilization", "headline", field="headline"),
    unit(29, 41, "interference", "sovereignty_intervention", "quoted", "Moscow"),
    unit(47, 51, "coup", "coup_regime_change", "narrator"),
    unit(63, 67, "coup", "coup_regime_change", "quoted", "Nicolas Maduro"),
])


def test_spans_match_by_overlap_and_a_missed_unit_counts_as_wrong():
    hits = pd.DataFrame([
        hit(29, 41, "interference", "sovereignty_intervention", "quoted", "Russian government"),
        hit(43, 51, "coup", "coup_regime_change", "quoted", "Nicolás Maduro"),   # wider span
        hit(60, 67, "coup", "coup_regime_change", "quoted", "Maduro"),
        hit(7, 14, "accuse", "other", "narrator"),                                 # in no unit
    ])
    result = score(GOLD, hits, ARTICLES)
    scores = result["scores"].set_index("measure")
    assert scores.at["voice_accuracy", "value"] == 2 / 4           # headline missed, 47 wrong
    assert scores.at["voice_accuracy_matched", "value"] == 2 / 3
    assert scores.at["speaker_accuracy", "value"] == 1.0            # Moscow = Russian government
    assert scores.at["missed_units", "value"] == 1
    assert scores.at["extra_predictions", "value"] == 1
    confusion = result["confusion"]
    assert confusion.at["narrator", "quoted"] == 1 and confusion.at["headline", "missed"] == 1
    assert result["disagreements"]["start"].tolist() == [0, 47]


def test_a_headline_hit_is_known_by_its_sentence_or_its_field_column():
    by_sentence = pd.DataFrame([hit(0, 6, "crisis", "destabilization", "headline",
                                    sentence=HEADLINE)])
    assert score(GOLD.iloc[:1], by_sentence, ARTICLES)["scores"]["value"].iloc[0] == 1.0
    in_text = by_sentence.assign(sentence="Moscow accused")       # same offsets, but in the text
    assert score(GOLD.iloc[:1], in_text, ARTICLES)["scores"]["value"].iloc[0] == 0.0
    by_field = in_text.assign(field="headline")
    assert score(GOLD.iloc[:1], by_field, ARTICLES)["scores"]["value"].iloc[0] == 1.0


def test_speakers_compare_by_name_alias_metonym_containment_and_joint_speakers():
    actors = actor_keys()
    assert same_speaker("Sergey Lavrov", "Sergei Lavrov", actors)
    assert same_speaker("Washington", "US government", actors)
    assert same_speaker("United Nations secretary general", "António Guterres", actors)
    assert same_speaker("Vladimir Padrino Lopez", "Padrino", actors)
    assert same_speaker("Sergei Ryabkov and Felix Plasencia", "Félix Plasencia", actors)
    assert same_speaker("", "", actors)
    assert not same_speaker("Russian Foreign Ministry", "Russian government", actors)
    assert not same_speaker("Moscow", "", actors)
    assert not same_speaker("Mike Pompeo", "Morgan Ortagus", actors)


def test_command_writes_its_tables_and_refuses_a_missing_gold(tmp_path, capsys):
    tables = tmp_path / "tables"
    tables.mkdir()
    ARTICLES.to_csv(tables / "articles.csv", index=False)
    pd.DataFrame([hit(29, 41, "interference", "sovereignty_intervention", "quoted", "Moscow")]
                 ).to_csv(tables / "framing_hits.csv", index=False)
    GOLD.to_csv(tmp_path / "gold.csv", index=False)
    assert main(["--tables", str(tables), "--gold", str(tmp_path / "gold.csv"),
                 "--out", str(tmp_path / "out")]) == 0
    written = pd.read_csv(tmp_path / "out" / "voice_scores.csv").set_index("measure")
    assert written.at["voice_accuracy", "value"] == 0.25
    assert len(pd.read_csv(tmp_path / "out" / "voice_disagreements.csv")) == 3
    assert main(["--tables", str(tables), "--gold", str(tmp_path / "none.csv")]) == 2
    assert capsys.readouterr().err.startswith("error:")
