"""The draft actor codebook on a made-up story (names the package's codebook has never seen) and
on the seeds (whose actors it knows)."""
from analysis import tables
from analysis.codebooks import ACTOR_COLUMNS
from analysis.pipeline import export
from analysis.suggest.actors import review_first, suggest_actors
from tests.helpers import write_corpus


def row(table, name):
    found = table[table["name"] == name]
    assert len(found) == 1, table[["id", "name", "aliases"]]
    return found.iloc[0]


def test_a_surname_and_an_honorific_join_the_full_name(story):
    actors = suggest_actors(story)
    kellan = row(actors, "Marta Kellan")
    # wire_1 names her in full, wire_2 only as "Ms. Kellan", the Times only as "Kellan"
    assert kellan["aliases"].split("|") == ["Marta Kellan", "Kellan", "Ms. Kellan"]
    assert not actors["name"].isin(["Kellan", "Ms. Kellan"]).any()
    assert kellan["gender"] == "f"             # from "Ms."
    assert kellan["type"] == "person"
    assert kellan["id"] == "marta_kellan"
    assert kellan["in_codebook"] == "no"


def test_counts_statements_mentions_articles(story):
    kellan = row(suggest_actors(story), "Marta Kellan")
    # statements: 2 in each article (one quotation, one reported clause or a second quotation);
    # mentions by name: "Marta Kellan", "Kellan" | "Ms. Kellan" | "Kellan", "Kellan"
    assert (kellan["statements"], kellan["mentions"], kellan["articles"]) == (6, 5, 3)
    assert kellan["outlets"] == "Coastal Wire|Harbor Times"


def test_a_surname_two_people_share_is_nobody_s_alias(story):
    actors = suggest_actors(story)
    for name in ("Ivo Dressler", "Lena Dressler"):
        person = row(actors, name)
        assert "Dressler" not in person["aliases"].split("|")
    assert "Dressler" in row(actors, "Lena Dressler")["note"]


def test_titles_and_appositions_the_texts_give(story):
    actors = suggest_actors(story)
    sorel = row(actors, "Ada Sorel")          # the quote step's speaker is the whole
    assert sorel["titles"] == "Transport Minister (1)"   # "Transport Minister Ada Sorel"
    assert row(actors, "Tomas Reyka")["appositions"] == \
        "a spokesman for the Velmora Port Authority (1)"
    # "Lena Dressler, who runs a ferry company,": a relative clause is no label (issue 14)
    assert row(actors, "Lena Dressler")["appositions"] == ""


def test_every_row_waits_for_review_and_most_quoted_come_first(story):
    actors = suggest_actors(story)
    assert list(actors.columns[:len(ACTOR_COLUMNS)]) == ACTOR_COLUMNS
    assert set(actors["review"]) == {""}
    assert actors.iloc[0]["name"] == "Marta Kellan"
    assert list(actors["statements"]) == sorted(actors["statements"], reverse=True)
    assert actors["id"].is_unique


def test_known_actors_keep_their_codebook_row(seed_tables):
    actors = suggest_actors(seed_tables)
    pompeo = actors[actors["id"] == "pompeo"].iloc[0]
    assert (pompeo["name"], pompeo["camp"], pompeo["in_codebook"]) == \
        ("Mike Pompeo", "US government", "yes")
    assert pompeo["statements"] > 0 and pompeo["articles"] >= 2
    assert "Secretary of State" in pompeo["titles"]


def test_review_first_lists_the_most_quoted_unknown_speakers(story, seed_tables):
    first = review_first(story, n=2)
    assert list(first.columns) == ["name", "statements", "articles", "example"]
    # Olaf Brenner and Lena Dressler both speak twice: Brenner in two articles comes first
    assert list(first["name"]) == ["Marta Kellan", "Olaf Brenner"]
    top = first.iloc[0]
    assert (top["statements"], top["articles"]) == (6, 3)
    assert "Kellan" in top["example"]
    assert review_first(seed_tables).empty      # the codebook knows every seed speaker


def test_a_statement_of_several_rows_counts_once(tmp_path):
    # two speech acts: a reported clause holding a partial quote, and a quotation its frame splits
    text = ('PORTSEA, May 2 (Coastal Wire) -- Harbour master Pia Lund said the port would '
            '"stay shut until Friday".\n\n"We have no choice," Lund said, "and the ships know it."\n')
    corpus = write_corpus(tmp_path, {"a.txt": text, "manifest.csv":
                                     "file,outlet,published,url,notes\na.txt,Coastal Wire,2031-05-02,,\n"})
    export(corpus, tmp_path / "out")
    story = tables.read(tmp_path / "out", corpus)
    rows = story.quotes[story.quotes["speaker"] == "Pia Lund"]
    assert len(rows) >= 3 and rows["statement_id"].nunique() == 2
    assert review_first(story).set_index("name").loc["Pia Lund", "statements"] == 2
    assert suggest_actors(story).set_index("name").loc["Pia Lund", "statements"] == 2
