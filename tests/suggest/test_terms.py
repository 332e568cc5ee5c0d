"""Frame and contested-term candidates: what sets each outlet's wording apart."""
from analysis.suggest.terms import (
    CONTEST_COLUMNS,
    FRAME_COLUMNS,
    suggest_contests,
    suggest_frames,
)


def test_frame_candidates_per_outlet(story):
    frames = suggest_frames(story)
    assert list(frames.columns) == FRAME_COLUMNS
    words = frames[frames["source"] == "distinctive word"]
    wildcat = words[words["term"] == "wildcat"].iloc[0]
    # "wildcat" five times in the wire's two articles, never in the Times
    assert (wildcat["outlet"], wildcat["count"], wildcat["count_rest"]) == ("Coastal Wire", 5, 0)
    assert wildcat["score"] > 0 and "[wildcat]" in wildcat["example"].lower()
    pairs = frames[frames["source"] == "word pair"]
    assert {"wildcat strike", "industrial action"} <= set(pairs["term"])
    # a pair with a stopword between is given as the outlet prints it
    assert "port of velmora" in set(pairs["term"])
    assert set(frames["frame"]) == {""} and set(frames["review"]) == {""}


def test_seed_terms_the_frame_codebook_knows(seed_tables):
    frames = suggest_frames(seed_tables)
    crisis = frames[(frames["term"] == "crisis") & (frames["outlet"] == "CGTN")]
    assert crisis["in_codebook"].tolist() == ["destabilization"]


def test_contested_term_candidates(story):
    contests = suggest_contests(story)
    assert list(contests.columns[:6]) == ["contest", "side", "term", "match", "actor_id", "notes"]
    assert list(contests.columns) == CONTEST_COLUMNS
    found = set(zip(contests["term"], contests["outlet"], contests["source"]))
    assert ("blockade", "Harbor Times", "scare quote") in found
    assert ("emergency powers", "Harbor Times", "so-called") in found
    assert ("wildcat strike", "Coastal Wire", "pair only this outlet uses") in found
    # a quotation someone speaks ("Our door is open," she said) is not a contested term
    assert "our door is open" not in set(contests["term"])
    assert set(contests["side"]) == {""} and set(contests["review"]) == {""}


def test_seed_labels_of_one_actor_are_a_guessed_contest(seed_tables):
    contests = suggest_contests(seed_tables)
    guaido = contests[contests["contest"] == "how Juan Guaidó is named (guess)"]
    assert {"opposition leader", "interim president"} <= set(guaido["term"])
    assert guaido["outlet"].nunique() >= 2 and set(guaido["actor_id"]) == {"guaido"}
    # the seeds' contests.csv already has "interim president" for Guaidó's status
    assert contests.loc[contests["term"] == "interim president", "in_codebook"].str.contains(
        "guaido_status").any()


def test_one_outlet_has_nothing_to_set_apart(story):
    from dataclasses import replace
    one = replace(story, articles=story.articles[story.articles["outlet"] == "Harbor Times"])
    frames = suggest_frames(one)
    assert "distinctive word" not in set(frames["source"])
    assert "pair only this outlet uses" not in set(suggest_contests(one)["source"])
