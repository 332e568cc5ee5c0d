"""Reported speech and its links: a speech verb as a second predicate ("X condemned "..." but
praised Y": one link pattern, and / but / yet then adverbs, serves both the subject of a second
predicate and a verb coordinated with the sentence's first reporting verb); where a content
resumed after a mid-sentence ", he said," ends; ", but" as the speaker's contrast or a second
predicate of the speaker.

Texts written for these tests in wire, newspaper and broadcast styles.
"""
from .helpers import indirect as _indirect


def test_a_speech_verb_after_but_shares_the_subject_across_a_quotation():
    rows = _indirect('Gay rights groups condemned the "shameful" vote but praised the senators '
                     'who had held it up.')
    assert rows == [("the senators who had held it up", "Gay rights groups", "praise")]
    rows = _indirect('The ministry said the sanctions were "an act of economic war" but insisted '
                     'that talks would go on.')
    assert ("talks would go on", "The ministry", "insist") in rows


def test_a_speech_verb_after_and_still_shares_the_subject():
    rows = _indirect('Senator Okafor called the audit "pure fiction" and said that no funds had '
                     'gone missing.')
    assert ("no funds had gone missing", "Okafor", "say") in rows


def test_a_content_resumed_after_a_mid_sentence_attribution_ends_where_the_reporter_takes_over():
    # wire style: an appended noun phrase is the reporter's gloss
    rows = _indirect("Many of the closures, he said, have involved public courses, the latter a "
                     "reference to clubs that let non-members play.")
    assert [q for q, _, v in rows if v == "say"] == ["Many of the closures, he said, have involved public courses"]
    # newspaper style: a lone dash opens the reporter's aside
    rows = _indirect("Whatever progress the envoy has made, officials said, could be undone by "
                     "events — a new offensive or a bombing raid.")
    assert rows == [("Whatever progress the envoy has made, officials said, could be undone by events",
                     "officials", "say")]
    # a new clause with its own subject after ", and"
    rows = _indirect("The levy, Ms. Tan said, will hurt small shops, and the council has already "
                     "voted against it.")
    assert [q for q, _, v in rows if v == "say"] == ["The levy, Ms. Tan said, will hurt small shops"]


def test_a_content_resumed_after_a_mid_sentence_attribution_otherwise_runs_on():
    rows = _indirect("In a merger, the analyst wrote, the brand would survive and the board "
                     "would keep two seats.")
    assert [q.rstrip(".") for q, _, _ in rows] == [
        "In a merger, the analyst wrote, the brand would survive and the board would keep two seats"]


def test_a_contrast_after_but_stays_in_the_speakers_words():
    rows = _indirect("Ms. Conway said she recruited Mr. Bossie for the job, but hasn't decided "
                     "what she will do next.")
    assert [q for q, _, _ in rows] == ["she recruited Mr. Bossie for the job, but hasn't decided "
                                       "what she will do next"]
    rows = _indirect("The bishops argued that clinics should be fined, but not the women who "
                     "visit them.")
    assert [q for q, _, _ in rows] == ["clinics should be fined, but not the women who visit them"]


def test_a_second_predicate_after_but_is_the_reporters():
    rows = _indirect("The senator said he had not read the plan, but called it a starting point.")
    assert ("he had not read the plan", "The senator", "say") in rows
    rows = _indirect("Carson said he did not, but was referring to the same kind of attitude.")
    assert [q for q, _, v in rows if v == "say"] == ["he did not"]
    rows = _indirect("Officials said the fund was solvent, but warned that reserves were thin.")
    assert ("the fund was solvent", "Officials", "say") in rows


def test_a_second_predicate_after_an_aside_or_with_its_auxiliary_keeps_the_subject():
    # NYT: "X, in particular, has criticized A such as <Name> and called for B": X, not the name
    rows = _indirect('Republican nominee Jane Harlow, in particular, has sharply criticized trade '
                     'deals such as the North American Free Trade Agreement and called for new '
                     'tariffs on steel.')
    assert ("new tariffs on steel", "Jane Harlow", "call for") in rows
    # Washington Post: "... but has said": the auxiliary after "but" does not hide the link, and a
    # name inside the first predicate's object is not the subject
    rows = _indirect('Central European leaders met in Bratislava on Friday. Democratic candidate '
                     'Ann Cole, like the president, has encouraged European nations to spend more '
                     'but has said she will hold firm to U.S. commitments.')
    assert ("she will hold firm to U.S. commitments", "Ann Cole", "say") in rows
    # Reuters: "and later said"; BBC: "but would not say"
    assert ("he had been released", "Police", "say") in _indirect(
        'Police arrested Ahmed Ali in Leeds and later said he had been released.')
    assert ("whether the talks had failed", "Johnson", "say") in _indirect(
        'Mr. Johnson met Chancellor Angela Merkel on Monday but would not say whether the talks '
        'had failed.')
