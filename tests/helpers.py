"""Helpers shared by tests in several folders."""
import pandas as pd


def article(corpus, prefix):
    """The articles row whose id starts with ``prefix`` (e.g. "000")."""
    rows = corpus.articles[corpus.articles["article_id"].str.startswith(prefix)]
    assert len(rows) == 1, prefix
    return rows.iloc[0]


#: A small page with one line of each fate, its line numbers in the comments.
PAGE = [
    "Home",                                              # 1: menu -> removed
    "",
    "Rain Falls on the Quiet Town of Example",           # 3: headline
    "",
    "Published 3 May 2019",                              # 5: date line -> removed
    "",
    "Rain Falls on the Quiet Town of ExampleThe mayor said on Monday that the rain would "
    "continue for three more days, according to town officials.",   # 7: glued headline cut
    "",
    "Residents said they were prepared for the weather and had stocked up on supplies "
    "for the week.",                                     # 9: text
    "",
    "Share on Facebook",                                 # 11: share widget -> removed
]


def findings_tables():
    """Two made-up outlets, every number chosen by hand."""
    profile = pd.DataFrame([
        {"outlet": "Alpha", "articles": 2, "words": 1500, "first_date": "2019-05-01",
         "last_date": "2019-05-03", "undated": 1, "quotes": 3, "speakers": 2, "quoted_share": 0.25,
         "quoted_ci_low": 0.1, "quoted_ci_high": 0.4,
         "voice_gov": 2 / 3, "voice_unattributed": 1 / 3},
        {"outlet": "Beta", "articles": 1, "words": 300, "first_date": "", "last_date": "",
         "undated": 1, "quotes": 0, "speakers": 0, "quoted_share": 0.0,
         "voice_gov": 0.0, "voice_unattributed": 0.0},
    ])
    quotes = pd.DataFrame({"outlet": ["Alpha"] * 3, "speaker": ["Zed", "Ann", ""],
                           "camp": ["gov", "gov", ""]})
    cited = pd.DataFrame({"outlet": ["Alpha", "Alpha", "Alpha", "Beta"],
                          "source": ["TASS", "TASS", "Reuters", "AP"],
                          "cue": ["said", "reported", "photo credit", "said"],
                          "type": ["agency", "agency", "agency", "agency"]})
    shared = pd.DataFrame({"outlet_a": ["Alpha"], "outlet_b": ["Beta"], "passages": [1],
                           "words": [17]})
    frame_rates = pd.DataFrame({"outlet": ["Alpha", "Alpha", "Alpha", "Beta"],
                                "frame": ["threat", "dialogue", "threat", "threat"],
                                "voice": ["narrator", "narrator", "quoted", "narrator"],
                                "per_1000": [2.0, 4.3, 1.0, 0.0], "hits": [2, 4, 1, 0],
                                "ci_low": [1.0, 2.0, 0.5, 0.0], "ci_high": [3.0, 6.0, 1.5, 0.0]})
    actor_labels = pd.DataFrame({"outlet": ["Alpha", "Alpha", "Beta", "Alpha"],
                                 "actor": ["Maduro", "Maduro", "Maduro", "Guaido"],
                                 "label": ["president", "president", "leader", "leader"]})
    return profile, quotes, cited, shared, frame_rates, actor_labels


#: A page seen nowhere else (menu, stamps, an unknown agency's dateline, a caption, spam, a
#: tracking id), for tests of what is read off a page.
LISBON_PAGE = """Home
World > Americas
Ministers Meet in Lisbon to Discuss Trade
Published: March 3, 2021
Updated: 4 March 2022 - 10:00
Share
LISBON, March 2 (Lusa) -- The ministers met on Tuesday to discuss trade and said they\u00a0would meet again.
Photo: Ministers at the meeting. (Lusa/Jane Doe)
"We agreed on a lot," the minister said, adding that talks would go on in Mr. Costa's office.
Новости дня смотреть онлайн бесплатно без регистрации
123456789012345678
Most Read
"""


def write_page(folder, name, content, encoding="utf-8"):
    """Write ``content`` (text in ``encoding``, or bytes as they are) to ``folder/name``."""
    path = folder / name
    path.write_bytes(content.encode(encoding) if isinstance(content, str) else content)
    return path


#: A short wire story in the page shape the loader knows (dateline, body, credit), for generated
#: corpora: each test writes the variations it needs around it.
WIRE = ("MOSCOW, May 5 (Xinhua) -- Russian Foreign Minister Sergei Lavrov said on Sunday that "
        "Moscow would keep talking with Washington about Venezuela.\n\n"
        "\"We want the crisis to end peacefully,\" Lavrov told reporters after the meeting.\n\n"
        "U.S. Secretary of State Mike Pompeo said earlier that all options remained open.\n")


def write_corpus(parent, pages: dict[str, str], name: str = "corpus"):
    """A corpus folder ``parent/name`` holding ``pages`` (file name -> text, UTF-8)."""
    folder = parent / name
    folder.mkdir()
    for file, text in pages.items():
        (folder / file).write_text(text, encoding="utf-8")
    return folder


def export_twice_and_audit(corpus_dir, tmp_path, **options):
    """Export ``corpus_dir`` twice: the two runs must write the same bytes, and every non-blank
    raw line of every article must be accounted for (the audit). Returns the first tables."""
    from analysis import tables
    from analysis.corpus.audit import line_fates
    from analysis.pipeline import export, load_corpus
    folders = [tmp_path / "run_1", tmp_path / "run_2"]
    for folder in folders:
        export(corpus_dir, folder, **options)
    names = sorted(p.name for p in folders[0].iterdir())
    assert names == sorted(p.name for p in folders[1].iterdir())
    for name in names:
        if name != tables.STAMP:
            assert (folders[0] / name).read_bytes() == (folders[1] / name).read_bytes(), name
    corpus = load_corpus(corpus_dir, manifest=options.get("manifest", True))
    fates = line_fates(corpus, corpus_dir)
    assert "unaccounted" not in set(fates["fate"]), fates[fates["fate"] == "unaccounted"]
    return tables.read(folders[0])
