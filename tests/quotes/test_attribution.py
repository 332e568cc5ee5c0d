"""Quote attribution on constructions written for these tests (not seed sentences), plus the seeds.

Each test names the construction it checks; expected speakers are what a reader would say.
"""
import pandas as pd

from analysis.codebooks import load_actors
from analysis.quotes.mentions import ActorIndex
from analysis.quotes.rows import QUOTE_COLUMNS, quote_rows

from .helpers import extract, one


def test_rows_are_tuples_in_column_order():
    assert quote_rows({"text": "Nothing quoted here."}) == []
    row = quote_rows({"article_id": "a", "outlet": "O", "text": '"Go," Lavrov said.'})[0]
    assert dict(zip(QUOTE_COLUMNS, row)) == {
        "article_id": "a", "outlet": "O", "quote": "Go", "kind": "direct", "speaker": "Sergei Lavrov",
        "speaker_id": "lavrov", "speaker_mention": "Lavrov", "affiliation": row[7],
        "camp": "Russian government", "verb": "say", "verb_class": "neutral", "via": "",
        "sentence": '"Go," Lavrov said.', "start": 1, "end": 3,
        "statement_id": "a:s1"}


def test_direct_quote_attribution_after():
    row = one('"We will not allow any interference," Lavrov said on Monday.', "We will")
    assert (row.kind, row.speaker_id, row.speaker, row.verb) == ("direct", "lavrov",
                                                                  "Sergei Lavrov", "say")
    assert row.quote == "We will not allow any interference"
    assert row.camp == "Russian government"


def test_inverted_attribution_with_curly_marks():
    row = one("“Sanctions are illegal and immoral,” said Jorge Arreaza, the foreign minister.",
              "Sanctions")
    assert (row.kind, row.speaker_id, row.verb) == ("direct", "arreaza", "say")


def test_attribution_before_with_colon_and_addressee():
    row = one('Pompeo told reporters in Helsinki: "All options are on the table."', "All options")
    assert (row.speaker_id, row.verb, row.kind) == ("pompeo", "tell", "direct")


def test_attribution_around_a_split_quotation():
    out = extract('"The army is loyal," Padrino said, "and it will stay loyal to the end."')
    assert list(out["speaker_id"]) == ["padrino_lopez", "padrino_lopez"]
    assert list(out["kind"]) == ["direct", "partial"]


def test_several_partial_quotes_in_one_sentence():
    out = extract('Zakharova denounced the "illegitimate" sanctions and the "blatant pressure" '
                  'on Caracas.')
    assert list(out["quote"]) == ["illegitimate", "blatant pressure"]
    assert set(out["kind"]) == {"partial"} and set(out["speaker_id"]) == {"zakharova"}
    assert set(out["verb"]) == {"denounce"} and set(out["verb_class"]) == {"confrontational"}


def test_mixed_curly_and_straight_marks():
    out = extract('“We are ready to talk at any moment," Arreaza said. Then he left "quietly".')
    assert list(out["quote"]) == ["We are ready to talk at any moment", "quietly"]
    assert out.iloc[0]["speaker_id"] == "arreaza"


def test_apostrophes_are_not_quotation_marks():
    assert list(extract("Guaidó’s plan and the Kremlin’s view don’t match.")["quote"]) == []
    assert list(extract('Guaidó’s "Operation Freedom" failed.')["quote"]) == ["Operation Freedom"]


def test_multi_sentence_direct_quotation_is_one_row():
    out = extract('"We are ready. We are waiting for an answer," Peskov said.')
    assert len(out) == 1 and out.iloc[0]["speaker_id"] == "peskov"
    assert out.iloc[0]["quote"] == "We are ready. We are waiting for an answer"


def test_quoted_by_agency_as_saying():
    row = one('"The dialogue must continue," Peskov was quoted by Interfax as saying.', "The dia")
    assert (row.speaker_id, row.via, row.verb) == ("peskov", "Interfax", "quote")


def test_a_body_quoted_by_an_agency_as_saying():
    # PTI style (Indian wire): an authority quoted by an agency, with no codebook actor
    rows = extract("The state disaster management authority was quoted by PTI as saying that 11 "
                   "people had died since Monday.")
    assert [(r.speaker, r.verb, r.quote) for r in rows.itertuples()] == [
        ("The state disaster management authority", "quote", "11 people had died since Monday")]


def test_agency_told_and_variant_spelling():
    row = one('"We will meet soon," Riabkov told RIA Novosti.', "We will")
    assert (row.speaker_id, row.speaker_mention, row.via) == ("ryabkov", "Riabkov", "RIA Novosti")


def test_the_statement_read_and_it_added():
    text = ('The Lima Group issued a statement on Monday. "Free elections are the only way out," '
            'the statement read. "The region cannot wait any longer," it added.')
    out = extract(text)
    assert list(out["speaker_id"]) == ["lima_group", "lima_group"]
    assert list(out["verb"]) == ["read", "add"]
    assert list(out["speaker_mention"]) == ["the statement", "it"]


def test_statement_read_after_a_speaker_gives_via():
    text = ('The State Department released a statement. Pompeo urged Moscow "to stop its '
            'support for the regime," the statement read.')
    row = one(text, "to stop")
    assert (row.speaker_id, row.verb) == ("pompeo", "urge")
    assert "State Department" in row.via


def test_unattributed_quote_paragraph_continues_previous_speaker():
    text = ('The Russian Foreign Ministry criticized Washington on Tuesday.\n\n'
            '"Pressure will not help anyone in this crisis," the ministry said.\n\n'
            '"Only talks between Venezuelans can end it."')
    out = extract(text)
    out = out[out["kind"] != "indirect"]   # ("criticized Washington": a reported act of its own)
    assert list(out["speaker_id"]) == ["russian_foreign_ministry"] * 2


def test_pronouns_resolve_by_gender_and_type():
    row = one("Ortagus met Pence in Washington. She said the meeting was productive.", "the meet")
    assert (row.speaker_id, row.speaker_mention, row.kind) == ("ortagus", "She", "indirect")
    row = one("Maduro spoke in Caracas on Friday. He said the opposition had failed again.",
              "the opposition")
    assert row.speaker_id == "maduro"
    row = one("Lavrov met the OAS envoy. It said that elections were needed soon.", "elections")
    assert row.speaker_id == "oas"


def test_nominal_speaker_resolves_to_earlier_body():
    text = ("The Venezuelan Foreign Ministry issued a note on Friday. The ministry said that "
            "Washington was to blame for the blackout.")
    row = one(text, "Washington was")
    assert (row.speaker_id, row.speaker_mention) == ("venezuelan_foreign_ministry",
                                                      "The ministry")


def test_the_latter_with_place_names_standing_for_governments():
    row = one('Moscow accused Washington of meddling, while the latter warned of "consequences".',
              "consequences")
    assert (row.speaker_id, row.speaker_mention, row.verb) == ("us_government", "the latter",
                                                                "warn")


def test_scare_quotes_without_speech_act():
    row = one('The so-called "humanitarian aid" arrived at the border.', "humanitarian")
    assert (row.kind, row.speaker_id, row.verb) == ("mention", "", "")   # no statement
    row = one('The United States recognized Guaidó as "interim president" in January.', "interim")
    assert row.speaker_id == "us_government"


def test_speaker_missing_from_codebook_is_named():
    row = one('"The situation is calm tonight," said John Smith, a local resident.', "The sit")
    assert (row.speaker, row.speaker_id, row.camp) == ("John Smith", "name:john_smith", "")


def test_seed_quotes_have_offsets_sentences_and_codebook_fields(corpus):
    rows = []
    for art in corpus.articles.to_dict("records"):
        sents = corpus.sentences[corpus.sentences["article_id"] == art["article_id"]]
        found = quote_rows(art, sents)
        assert found == quote_rows(art, sents.to_dict("records"))   # a table or its rows alike
        at = QUOTE_COLUMNS.index("start")
        assert found == sorted(found, key=lambda r: (r[at], r[at + 1]))
        rows += found
    quotes = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
    texts = corpus.articles.set_index("article_id")["text"]
    for row in quotes.itertuples():
        assert texts[row.article_id][row.start:row.end] == row.quote
        assert row.quote in row.sentence or row.sentence in texts[row.article_id]
    assert set(quotes["kind"]) == {"direct", "partial", "indirect"}
    known = quotes[quotes["speaker_id"] != ""]
    assert (known["camp"] != "").all()


def test_description_subjects_and_addressees():
    row = one('Guaidó addressed the crowd.\n\n"This is a farce," the opposition leader said.',
              "This is")
    assert (row.speaker_id, row.speaker_mention) == ("guaido", "the opposition leader")
    out = extract('Nebenzia told the Security Council: "Hands off Venezuela."')
    assert list(out["kind"]) == ["direct"] and list(out["speaker_id"]) == ["nebenzia"]
    row = one("A senior State Department official, speaking on condition of anonymity, said "
              "Washington was weighing its options.", "Washington was")
    assert row.speaker_id == "state_department"


def test_surname_alone_follows_an_earlier_full_name():
    text = ('"Go out into the streets," Leopoldo Lopez told reporters. Lopez, who was freed by '
            'soldiers, said the military had "made its choice."')
    out = extract(text)
    assert set(out["speaker_id"]) == {"leopoldo_lopez"}
    assert "indirect" in set(out["kind"])


def test_other_quotation_mark_styles():
    assert one("Lavrov said: «Nobody has the right to interfere.»", "Nobody").speaker_id == "lavrov"
    row = one("“It’s a coup,” Maduro said of the uprising.", "It’s")
    assert (row.kind, row.speaker_id) == ("direct", "maduro")


def test_quotation_continued_over_paragraphs_takes_the_later_attribution():
    text = '"First part of a long statement that goes on.\n\n"Second part of it," Zakharova said.'
    out = extract(text)
    assert list(out["speaker_id"]) == ["zakharova", "zakharova"]


def test_unnamed_officials_are_coded_by_their_government():
    row = one('"We are ready to help," said a senior Russian diplomat, who asked not to be named.',
              "We are")
    assert (row.speaker_id, row.speaker_mention) == ("russian_government",
                                                      "a senior Russian diplomat")
    assert one("Cuban officials said the accusations were lies.", "the acc").speaker_id == \
        "cuban_government"


def test_wire_agency_styles():
    row = one("Sergei Ryabkov met the envoy on Monday. According to him, the talks were useful.",
              "the talks")
    assert (row.speaker_id, row.speaker_mention) == ("ryabkov", "him")
    row = one('Ryabkov spoke after the meeting. "We see no progress," the diplomat noted.', "We see")
    assert (row.speaker_id, row.verb) == ("ryabkov", "note")
    row = one('"The United States must stop its aggression", — Zakharova said.', "The United")
    assert row.speaker_id == "zakharova"
    row = one("MOSCOW, May 1. /TASS/. Russia is ready to help, Lavrov said.", "Russia is")
    assert (row.kind, row.speaker_id) == ("indirect", "lavrov")


def test_scare_quote_belongs_to_the_subject_of_its_clause():
    row = one('Bolton criticized Cabello, while the latter called the sanctions "criminal."',
              "criminal")
    assert (row.speaker_id, row.verb) == ("cabello", "")


def test_pronoun_after_a_speaker_missing_from_the_codebook():
    text = ('"The border is closed," said Carlos Pérez, a customs officer. He added that trucks '
            'were waiting on the Colombian side.')
    out = extract(text)
    assert list(out["speaker"]) == ["Carlos Pérez", "Carlos Pérez"]
    assert list(out["speaker_id"]) == ["name:carlos_perez"] * 2


def test_possessor_speaks_through_its_role():
    row = one("The Kremlin's spokesman said the talks were constructive.", "the talks")
    assert (row.speaker_id, row.speaker_mention) == ("russian_government", "Kremlin's spokesman")


def test_custom_actor_table(tmp_path):
    path = tmp_path / "actors.csv"
    path.write_text("id,name,aliases,type,country,affiliation,camp\n"
                    "smith,Ann Smith,Smith,person,,UN envoy,other\n")
    out = extract('"Talks must go on," Smith said.', actors=ActorIndex(load_actors(path)))
    assert list(out["speaker_id"]) == ["smith"] and list(out["affiliation"]) == ["UN envoy"]
