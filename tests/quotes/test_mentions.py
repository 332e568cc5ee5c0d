"""Actor codebook and name matcher: variant spellings, accents, longest match, clear errors;
references (pronouns, descriptions, unknown names) found in an article."""
import pytest

from analysis.codebooks import ACTOR_TYPES, CodebookError, camps, load_actors
from analysis.quotes.marks import mask
from analysis.quotes.mentions import actor_index, actor_record, find_mentions, find_refs, resolve_actor
from analysis.text import fold, quote_spans


def ids(text, **kw):
    return list(find_mentions(text, **kw)["actor_id"])


def test_codebook_loads_with_known_types_and_camps():
    actors = load_actors()
    assert set(actors["type"]) <= ACTOR_TYPES
    assert set(actors["camp"]) <= set(camps())
    assert actors["id"].is_unique
    for needed in ["lavrov", "ryabkov", "zakharova", "putin", "russian_foreign_ministry", "pompeo",
                   "donald_trump", "ortagus", "state_department", "us_treasury", "abrams",
                   "maduro", "arreaza", "padrino_lopez", "gil", "plasencia", "guaido",
                   "national_assembly", "venezuelan_opposition", "guterres", "oas", "eu",
                   "lima_group", "nato", "tass", "sputnik", "interfax"]:
        assert needed in set(actors["id"]), needed


def test_variant_spellings_and_accents_resolve_to_one_actor():
    text = ("Sergey Lavrov met Riabkov, then Sergei Ryabkov; Juan Guaidó and Guaido; "
            "Nicolas Maduro and Nicolás Maduro; Felix Plasencia.")
    assert ids(text) == ["lavrov", "ryabkov", "ryabkov", "guaido", "guaido", "maduro", "maduro",
                         "plasencia"]


def test_offsets_point_at_the_mention_as_written():
    text = "Yesterday Iván Gil spoke to the russian press and the Russian foreign ministry."
    found = find_mentions(text)
    for row in found.itertuples():
        assert text[row.start:row.end] == row.mention
    assert list(found["mention"]) == ["Iván Gil", "Russian foreign ministry"]


def test_longest_match_wins_and_words_must_be_whole():
    found = find_mentions("The U.S. State Department and the Maduro government; Lavrovian ideas.")
    assert list(found["mention"]) == ["U.S. State Department", "Maduro government"]
    assert list(found["actor_id"]) == ["state_department", "venezuelan_government"]


def test_case_sensitive_and_no_pronouns():
    assert ids("he said the trump card was in nato hands; she and it agreed") == []


def test_metonyms_only_when_asked_and_not_as_modifiers():
    text = "Washington accused Moscow, while U.S. Secretary Pompeo discussed U.S.-Russia ties."
    assert ids(text) == ["pompeo"]
    found = find_mentions(text, metonyms=True)
    assert list(found["mention"]) == ["Washington", "Moscow", "Pompeo"]
    assert list(found["metonym"]) == [True, True, False]


def test_resolve_actor_and_record():
    assert resolve_actor("Riabkov") == "ryabkov"
    assert resolve_actor("guaidó") == "guaido"
    assert resolve_actor("U.S. Secretary of State Mike Pompeo") == "pompeo"
    assert resolve_actor("a spokesman") == ""
    assert actor_record("zakharova")["camp"] == "Russian government"
    assert actor_record("nobody")["camp"] == ""


def test_fold_keeps_length():
    assert fold("Guaidó’s Nicolás") == "Guaido's Nicolas"


def _write(tmp_path, body):
    path = tmp_path / "actors.csv"
    path.write_text("id,name,aliases,type,country,affiliation,camp\n" + body, encoding="utf-8")
    return path


def test_bad_camp_is_reported_with_file_and_line(tmp_path):
    path = _write(tmp_path, "x,X,X,person,,,Martians\n")
    with pytest.raises(CodebookError, match=r"actors.csv:2: 'Martians' in column 'camp'"):
        load_actors(path)


def test_alias_shared_by_two_actors_is_an_error(tmp_path):
    path = _write(tmp_path, "a,Ann Smith,Smith,person,,,other\nb,Bob Smith,Smith,person,,,other\n")
    with pytest.raises(CodebookError, match=r":3: alias 'Smith' also belongs to 'a'"):
        find_mentions("Smith spoke.", load_actors(path))
    # the same once accents are folded: the matcher could not tell them apart
    path = _write(tmp_path, "a,Ann Pérez,,person,,,other\nb,Ann Perez,,person,,,other\n")
    with pytest.raises(CodebookError, match=r":3: alias 'Ann Perez' also belongs to 'a'"):
        actor_index(load_actors(path))


def test_duplicate_id_and_bad_gender_are_reported(tmp_path):
    with pytest.raises(CodebookError, match=r":3: actor id 'a' already used on line 2"):
        load_actors(_write(tmp_path, "a,A,,person,,,other\na,B,,person,,,other\n"))
    path = tmp_path / "g.csv"
    path.write_text("id,name,aliases,type,country,affiliation,camp,gender\na,A,,person,,,other,x\n")
    with pytest.raises(CodebookError, match=r"g.csv:2: gender 'x' is not m, f or empty"):
        load_actors(path)


def test_custom_table_is_used(tmp_path):
    actors = load_actors(_write(tmp_path, "smith,Ann Smith,Smith|Ann Smith,person,,,other\n"))
    assert ids("Ann Smith and Lavrov", actors=actors) == ["smith"]


def test_seed_speakers_are_found(corpus):
    text = " ".join(corpus.articles["text"])
    found = set(find_mentions(text)["actor_id"])
    assert {"lavrov", "ryabkov", "zakharova", "putin", "pompeo", "donald_trump", "ortagus",
            "arreaza", "padrino_lopez", "gil", "plasencia", "guaido", "maduro", "abrams",
            "tass", "interfax", "sputnik", "russian_foreign_ministry",
            "state_department"} <= found


def refs(text):
    return [(r.text, r.kind) for r in find_refs(text, mask(text, quote_spans(text)), actor_index(),
                                                [(0, len(text))])]


def test_references_of_every_kind_outside_quotations():
    text = ('Lavrov met the Venezuelan foreign minister in Moscow. "He is here," he said. '
            'Later, officials and John Smith, who came late, agreed.')
    found = refs(text)
    assert ("Lavrov", "actor") in found and ("Moscow", "metonym") in found
    assert ("the Venezuelan foreign minister", "nominal") in found
    assert ("he", "pronoun") in found and ("He", "pronoun") not in found   # inside the quotation
    assert ("officials", "plural") in found and ("John Smith", "name") in found
    assert ("who", "who") in found


def test_a_possessed_role_joins_its_possessor_and_a_surname_follows_a_full_name():
    found = refs("The Kremlin's spokesman spoke. Leopoldo Lopez left; Lopez said no.")
    assert ("Kremlin's spokesman", "actor") in found
    assert [t for t, k in found if k == "actor"][-1] == "Lopez"


def test_a_role_noun_phrase_has_no_preposition_verb_or_sentence_end_inside():
    # "as", "is", "over": the phrase ended before them; a full stop ends a sentence, not a word
    found = refs("Critics faulted her tenure as secretary. The deal is government policy, and "
                 "the damage. His statement came later; the dispute over party rules went on.")
    assert not [t for t, k in found if k == "nominal" and
                any(w in t.split() for w in ("as", "is", "over", "damage."))]
    assert ("His statement", "nominal") in found
    # initialisms and short abbreviations still modify ("the N.L.R.B. office", "A Feb. 1 letter")
    found = refs("The N.L.R.B. office balked. A Feb. 1 letter from the union warned of a strike.")
    assert ("The N.L.R.B. office", "nominal") in found and ("A Feb. 1 letter", "nominal") in found
