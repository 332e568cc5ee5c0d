"""One name per speaker across the corpus: titles cut, a surname joining its one full name."""
from analysis.quotes.speaker_names import core_name, corpus_names, merge_names


def test_core_name_cuts_titles_but_not_bodies():
    assert core_name("South Carolina Sen. Lindsey Graham") == ("Lindsey Graham",
                                                               "South Carolina Sen.")
    assert core_name("Democrat Bernie Sanders") == ("Bernie Sanders", "Democrat")
    assert core_name("North Carolina’s Ada Fisher") == ("Ada Fisher", "North Carolina’s")
    assert core_name("Russian Foreign Ministry") == ("Russian Foreign Ministry", "")
    assert core_name("Democratic National Committee") == ("Democratic National Committee", "")


def test_merge_names_joins_only_an_unambiguous_surname():
    merged = merge_names(["Karl Rove", "Rove", "Hillary Clinton", "Bill Clinton", "Clinton"])
    assert merged["Rove"] == "Karl Rove"
    assert merged["Clinton"] == "Clinton"
    assert merge_names(["Nicolas Maduro", "Maduro"],
                       known=lambda n: "maduro" if n == "Nicolas Maduro" else "") == \
        {"Nicolas Maduro": "id:maduro", "Maduro": "Maduro"}


def test_statements_of_one_person_named_fully_and_by_surname_count_under_one_name():
    speakers = ["Barack Obama", "Obama", "Sen. Ted Cruz", "Clinton", "Hillary Clinton",
                "Bill Clinton", "officials", "White House officials", "Nicolas Maduro", ""]
    ids = ["name:barack_obama", "name:obama", "name:sen_ted_cruz", "name:clinton",
           "name:hillary_clinton", "name:bill_clinton", "", "", "maduro", ""]
    assert corpus_names(speakers, ids) == [
        "Barack Obama", "Barack Obama",     # the corpus' one full name ending in Obama
        "Ted Cruz",                         # title cut
        "Clinton", "Hillary Clinton", "Bill Clinton",   # two full names: no guess
        "officials", "White House officials",           # descriptions stay as written
        "Nicolas Maduro", ""]               # a codebook actor's name; no speaker


def test_a_name_joins_the_one_form_with_middle_initials():
    merged = merge_names(["James B. Comey", "James Comey", "Comey", "John A. Smith",
                          "John B. Smith", "John Smith"])
    assert merged["James Comey"] == "James B. Comey"
    assert merged["Comey"] == "James B. Comey"
    assert merged["James B. Comey"] == "James B. Comey"
    # two initialled forms: the bare name is not merged on a guess
    assert merged["John Smith"] == "John Smith"
    assert merged["John A. Smith"] == "John A. Smith"
