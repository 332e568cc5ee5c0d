"""The voice gold (gold/voice_gold.csv) is well-formed against the seeds: columns, codes, offsets
that point at the term in the clean text or headline, and a unit for every framing-term hit.
(What the voice step scores against it is measured by benchmarks/eval_voice.py and shown in notebook 06, not asserted.)"""
import pytest

from analysis.codebooks import load_frames
from analysis.framing.hits import frame_matcher
from analysis.framing.termmatch import TermMatcher
from analysis.validate.voice import COLUMNS, VOICES, GoldError, load_gold
from benchmarks.eval_voice import GOLD


@pytest.fixture(scope="module")
def gold():
    return load_gold(GOLD)


@pytest.fixture(scope="module")
def seeds(corpus):
    return corpus.articles.set_index("article_id")


def test_columns_codes_and_order(gold):
    assert list(gold.columns) == COLUMNS
    assert set(gold["voice"]) == set(VOICES)
    assert (gold.loc[gold["voice"] != "quoted", "speaker"] == "").all()
    assert (gold.loc[gold["field"] == "headline", "voice"] == "headline").all()
    order = gold.assign(body=gold["field"] == "text").sort_values(["article_id", "body", "start"])
    assert order.index.tolist() == gold.index.tolist()
    assert not gold.duplicated(["article_id", "field", "start"]).any()


def test_every_row_points_at_its_term_in_the_seeds(gold, seeds):
    frames = load_frames()
    assert set(gold["article_id"]) == set(seeds.index)
    for row in gold.itertuples():
        book = frames[(frames["term"] == row.term) & (frames["frame"] == row.frame)]
        assert len(book) == 1, f"{row.term!r} ({row.frame}) is not a frames.csv term"
        field = seeds.at[row.article_id, row.field]
        spans = {(start, end) for _, _, start, end, *_ in TermMatcher(book).find(field)}
        assert (row.start, row.end) in spans, f"{row.article_id} {row.start}: {row.term!r}"
        assert field[row.start:row.end] in row.sentence


def test_every_framing_hit_in_the_seeds_has_a_unit(gold, seeds):
    for aid, article in seeds.iterrows():
        for field in ("text", "headline"):
            units = gold[(gold["article_id"] == aid) & (gold["field"] == field)]
            for term, match, start, end, frame in frame_matcher().find(article[field]):
                assert ((units["start"] < end) & (units["end"] > start)).any(), (
                    f"{aid} {field} {start}-{end} {match!r}: add a row to gold/voice_gold.csv")


def test_a_malformed_gold_is_refused_with_its_row(tmp_path):
    good = ",".join(COLUMNS) + "\n" + "a,3,9,coup,coup_regime_change,{},{},s,,text\n"
    cases = {"narator": "", "quoted": "", "narrator": "Lavrov"}
    for voice, speaker in cases.items():
        path = tmp_path / "gold.csv"
        path.write_text(good.format(voice, speaker), encoding="utf-8")
        if voice == "quoted":      # a quoted unit whose speaker is unknown stays empty
            assert len(load_gold(path)) == 1
            continue
        with pytest.raises(GoldError, match="row 2"):
            load_gold(path)
    (tmp_path / "cols.csv").write_text("article_id,start\n", encoding="utf-8")
    with pytest.raises(GoldError, match="columns"):
        load_gold(tmp_path / "cols.csv")
