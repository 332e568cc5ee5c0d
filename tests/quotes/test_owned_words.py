"""Quotations given by a copula after a noun for someone's words ("Clinton's response was:"), and
crowds that chant. Texts written for these tests in wire (AP, Reuters, Xinhua), US newspaper (NYT,
Washington Post) and British (BBC, Guardian) styles."""
from .helpers import extract, speakers


def test_a_possessed_noun_for_words_before_a_colon_gives_its_owner():
    text = ('Huma Abedin emailed Hillary Clinton in December 2011 about the soldiers. '
            'Clinton\'s response was: "Is Dalton Brody off Conn or Wisconsin?"')
    assert speakers(text) == [("Hillary Clinton", "Is Dalton Brody off Conn or Wisconsin?")]
    # Guardian style: curly marks, an adjective after the copula
    text = ("Asked about the tariffs, the trade minister’s reply was blunt: “We will not bow to "
            "pressure from Washington.”")
    assert speakers(text) == [("the trade minister", "We will not bow to pressure from "
                                                     "Washington.")]


def test_a_phrase_between_noun_and_copula_and_a_comma_or_that():
    text = ("Wayne Barrett's dictum to his interns (repeated to me over the years) was, ''It's "
            "not a good story if you don't get a death threat.''")
    assert speakers(text)[0][0] == "Wayne Barrett"
    text = ('Senator Marco Rubio was asked about child care at the forum in Des Moines. '
            'Rubio\'s answer was that "the most important institution in society is the family."')
    assert speakers(text)[-1] == ("Marco Rubio", "the most important institution in society is "
                                                 "the family.")


def test_a_bare_quotation_after_the_copula_is_no_owned_words():
    # 'His response is "a joke"': the copula describes the response; the critics speak
    text = 'Sergei Lavrov answered the letter on Monday. His response is "a joke," critics said.'
    assert speakers(text) == [("critics", "a joke")]
    # a pronoun owner is left to the frame around it
    text = ('Theresa May told MPs on Wednesday that her answer was that "no deal is better than '
            'a bad deal."')
    assert speakers(text)[0][0] == "Theresa May"


def test_a_crowd_that_chants_speaks_its_chant():
    text = ('Trump described the country as beset by illegal immigrants. The crowd chanted back '
            'at him, "Send them home," and "Build the wall."')
    assert speakers(text) == [("The crowd", "Send them home"), ("The crowd", "Build the wall.")]
    text = ("As Trump attacked Clinton, the attendees chanted, ''Lock her up!'' as they had for "
            "previous speakers.")
    assert speakers(text) == [("the attendees", "Lock her up!")]
    # Xinhua style: a protest; a participle after the crowd
    text = ('Hundreds of students chanted "Education is a right" outside the ministry on Sunday '
            'as police looked on.')
    assert speakers(text) == [("Hundreds of students", "Education is a right")]
    text = ('Orlando was on the minds of celebrants, with many marchers and spectators chanting '
            '"We are Orlando."')
    assert "spectators" in speakers(text)[0][0]


def test_the_nouns_chant_and_jeers_are_no_verbs():
    text = ('Mr. Christie roused the crowd to spontaneous chants of "Lock her up!" before the '
            'vote.')
    assert speakers(text)[0][0] != "Lock"
    text = ('The minister\'s speech drew loud jeers and "Shame!" from the opposition benches, '
            'the BBC reported.')
    assert all(s != "drew loud" for s, _ in speakers(text))


def test_a_clause_after_a_semicolon_has_its_own_subject():
    # AP poll copy: the verb after the semicolon does not reach back to "Georgia"
    text = ('More than nine of 10 Republicans in Tennessee and Georgia were worried about the '
            'economy; most said they were "very worried."')
    out = extract(text)
    row = out[out["quote"] == "very worried."].iloc[0]
    assert (row.speaker, row.speaker_mention) == ("", "most")
    # Reuters: a named subject after the semicolon
    text = ('The talks in Geneva ended without a deal; Lavrov told reporters the proposals were '
            '"unacceptable."')
    assert speakers(text) == [("Sergei Lavrov", "unacceptable.")]
    # predicates in a series share the subject before the first semicolon
    text = ('Mr. Trump had a brutal week: he was booed at the debate; was denounced by the pope; '
            "and declared that torture ''works.''")
    assert extract(text)["speaker_mention"].iloc[-1] == "he"


def test_several_is_a_subject_like_most_and_few():
    text = ('The Republican candidates want a smaller federal role. Several said they would rather '
            'officials hand out funding in "block grants" to the states.')
    assert extract(text)["speaker_mention"].iloc[-1] == "Several"


def test_a_speaker_who_interjects_and_a_song_performed():
    text = ("She said her proposals were effective and strong, to which O'Malley interjected: "
            '"It\'s just not true."')
    assert speakers(text) == [("O'Malley", "It's just not true.")]
    text = ('Silverman interjected, "Ladies and gentlemen, Mr. Paul Simon," who proceeded to '
            'perform "Bridge Over Troubled Water."')
    out = extract(text)
    assert list(out["kind"]) == ["direct", "mention"]
