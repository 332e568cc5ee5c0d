"""A codebook actor's surname after another given name is a namesake, not that actor ("Jorge
Rodriguez ... Cuban Foreign Minister Bruno Rodriguez"); after a title it is the actor
(analysis.quotes.mentions._surname_refs). Texts written in the style of Latin American wire copy."""
import pandas as pd

from tests.quotes.helpers import extract

ACTORS = pd.DataFrame([{"id": "jorge_rodriguez", "name": "Jorge Rodríguez",
                        "aliases": "Jorge Rodríguez|Jorge Rodriguez", "type": "person",
                        "country": "Venezuela", "affiliation": "Communication Minister",
                        "camp": "Venezuelan government", "gender": "m", "metonyms": ""}])


def speakers(text):
    return [(r.speaker, r.speaker_id) for r in extract(text, actors=ACTORS).itertuples()]


def test_another_given_name_before_the_surname_is_a_namesake():
    text = ("Communications Minister Jorge Rodriguez told the press that the plot had failed. "
            "Cuban Foreign Minister Bruno Rodriguez warned that Washington wanted a puppet government.")
    assert speakers(text) == [("Jorge Rodríguez", "jorge_rodriguez"),
                              ("Bruno Rodriguez", "name:bruno_rodriguez")]


def test_a_title_before_the_surname_keeps_the_actor():
    text = ("Communications Minister Jorge Rodriguez told the press that the plot had failed. "
            "Later, Minister Rodriguez said the officers had been arrested.")
    assert speakers(text) == [("Jorge Rodríguez", "jorge_rodriguez")] * 2
