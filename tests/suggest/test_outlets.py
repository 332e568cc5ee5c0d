"""Credits and bylines the pages print, as a draft outlet codebook."""
from analysis.codebooks import read_codebook
from analysis.suggest.outlets import credits_in, suggest_outlets


def test_credits_and_bylines_of_a_made_up_story(story):
    outlets = suggest_outlets(story)
    seen = set(zip(outlets["outlet"], outlets["kind"], outlets["pattern"], outlets["seen_as"]))
    assert ("Coastal Wire", "alias", "Coastal Wire", "dateline credit") in seen
    assert ("Harbor Times", "alias", "Harbor Times", "credit line") in seen
    assert ("Harbor Times", "", "Anna Petrov", "byline") in seen
    wire = outlets[(outlets["pattern"] == "Coastal Wire") & (outlets["seen_as"] == "dateline credit")]
    assert (wire["lines"].iloc[0], wire["articles"].iloc[0]) == (2, 2)
    assert set(outlets["known"]) == {"no"}     # the package has never heard of them
    assert set(outlets["review"]) == {""}


def test_seed_credits_known_to_the_package(seed_tables):
    outlets = suggest_outlets(seed_tables)
    xinhua = outlets[(outlets["outlet"] == "Xinhua") & (outlets["seen_as"] == "dateline credit")]
    assert xinhua["known"].tolist() == ["yes"]
    assert "VCG" in set(outlets.loc[outlets["seen_as"] == "photo credit", "outlet"])


def test_credit_forms():
    assert credits_in("MOSCOW, May 3. /TASS/.", "dateline") == [("TASS", "dateline credit")]
    assert credits_in("TEHRAN (defapress) –", "dateline") == [("defapress", "dateline credit")]
    assert credits_in("Source: Bay Herald | 2031-03-04", "metadata line") == \
        [("Bay Herald", "source line")]
    assert credits_in("© 2031 Coastal Wire", "credit") == [("Coastal Wire", "copyright line")]
    assert credits_in("(Reporting by Jan Ode; Editing by Mia Lund)", "credit") == \
        [("Jan Ode", "wire byline"), ("Mia Lund", "wire byline")]
    assert credits_in("(Reporting by Jan Ode)", "credit") == [("Jan Ode", "wire byline")]
    assert credits_in("By Anna Petrov and Li Wen", "byline") == [("Anna Petrov and Li Wen", "byline")]
    assert credits_in("• Live", "navigation") == []


def test_the_draft_reads_as_an_outlet_codebook(tmp_path, story):
    from analysis.suggest.write import file_text
    path = tmp_path / "outlets.csv"
    path.write_text(file_text("outlets.csv", suggest_outlets(story)), encoding="utf-8")
    book = read_codebook(path, required=["outlet", "kind", "pattern", "notes", "review"])
    assert len(book) == len(suggest_outlets(story))
