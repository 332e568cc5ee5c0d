"""A title-case headline inside a run of capitalised words is cut at its function words; a name is
returned whole. Runs written for these tests."""
from analysis.quotes.name_runs import unheadlined


def _run(text):
    out, at = [], 0
    for word in text.split():
        at = text.index(word, at)
        out.append((at, at + len(word), word))
        at += len(word)
    return out


def _words(parts):
    return [" ".join(t[2] for t in part) for part in parts]


def test_a_headline_run_gives_the_names_between_its_function_words():
    assert _words(unheadlined(_run("Mayor Hits Ana Ruiz On Harbour Plan"))) == \
        ["Mayor", "Ana Ruiz", "Harbour Plan"]


def test_a_name_and_a_short_run_stay_whole():
    assert _words(unheadlined(_run("Mary Kay Henry"))) == ["Mary Kay Henry"]
    assert _words(unheadlined(_run("Ruiz On Trade"))) == ["Ruiz On Trade"]   # under four words
