"""Agreement of a pronoun speaker with its antecedent: given names of world news mark a gender
(analysis/codebooks/given_names.csv), a plural demonym ("Hispanics") is a group and never "he".
Short texts written for these tests in Reuters, AFP/Guardian, AP and NYT styles; no codebook
knows these people (analysis/quotes/antecedents.py, coreference.py)."""
from .helpers import extract, one


def test_a_french_given_name_is_no_she_reuters():
    # Reuters: a man named first, then a woman whose name is nowhere gendered but by "she"
    text = ("PARIS (Reuters) - Philippe Garnier, the union's negotiator, met Claire Dumas on "
            "Tuesday. Later that night Dumas asked Garnier to sign the text so she could take it "
            'to the board. "It is done," she wrote in a message.')
    assert one(text, "It is done").speaker != "Philippe Garnier"


def test_a_woman_named_by_a_given_name_of_the_list_is_no_he_guardian():
    # Guardian: "inviting Caitlyn X to ...": the later "he" is the subject, not the guest
    text = ("Senator Mark Pell has courted younger voters, inviting Caitlyn Brooks to his "
            "office to record a video, and he spoke at three colleges last week.\n\n"
            "“We need every generation with us,” he said on Sunday.")
    assert one(text, "We need every").speaker == "Mark Pell"


def test_a_plural_demonym_is_no_he_ap():
    # AP: "features Hispanics ... a clip of a Smith interview, in which he says": not the group
    text = ('The ad features Hispanics telling their family stories. It includes a clip of an '
            'interview with Governor Dale Smith, in which he says he will build a "new '
            'border force" to patrol the river.')
    assert one(text, "new border force").speaker != "Hispanics"


def test_an_arabic_given_name_marks_a_woman_nyt():
    # NYT: the given name is the only gender cue; "he" skips the woman who spoke last
    text = ("The count was watched by a crowd that included Fatima Saleh and Mahmoud Haddad. "
            "Saleh said the result surprised the town. ''We did not expect it,'' he said.")
    assert one(text, "We did not expect").speaker == "Mahmoud Haddad"


def test_a_name_written_the_x_is_no_he_nyt():
    # NYT: "Adm. X, who leads the Y Command, ...": a name the text writes "the Y," is no person
    text = ("Adm. Harry B. Cole Jr., who leads the Western Fleet Command, makes no apologies for "
            "accusing the rebels of arming the coast.\n\nHe has called the rebels ''reckless.'' "
            "''You would have to be blind to think otherwise,'' he said.")
    assert one(text, "You would have to be blind").speaker == "Harry B. Cole Jr."


def test_a_group_written_the_x_is_still_no_he_bbc():
    # BBC: "the Islamic Front said ...": a body, not the man quoted after it
    text = ("The Islamic Front claimed the attack on Sunday, and Mr Omar Farid, a shopkeeper, "
            "saw it. The Islamic Front has warned of more. \"We saw the trucks arrive,\" he said.")
    assert one(text, "We saw the trucks").speaker != "Islamic Front"


def test_a_one_word_name_whose_clause_says_its_is_an_it_wsj():
    # WSJ: a company the codebook does not know; "its" in its own clause makes it a body, so the
    # later "It" is the company, not the research group named before
    text = ("Extremist accounts pointed to the attack, according to a report from the Harbor "
            "Research Group.\n\nIn a blog post on Friday, Kestrel said threats had long been "
            "against its terms of service. It added that it had hired more moderators.")
    rows = extract(text)
    assert rows[rows.verb == "add"].speaker.tolist() == ["Kestrel"]
    # paired: a person's one-word name with "his" stays a person ("he" finds him)
    text = ("Moreno said the plan had his full support. He added that talks would resume.")
    rows = extract(text)
    assert rows[rows.verb == "add"].speaker.tolist() == ["Moreno"]
