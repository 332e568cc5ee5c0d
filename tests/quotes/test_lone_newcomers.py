"""An indefinite person opening a sentence ("A reporter for the agency called it ...") with no
other he/she in it is the he/she of that sentence or the next one, not someone named further
back; a newcomer beside a named person ("A reporter asked Sanders") still is not. Texts written
for these tests in wire (AP, Reuters) and newspaper (Washington Post) styles."""
from .helpers import one


def test_an_indefinite_subject_alone_in_the_previous_sentence_is_he_ap():
    text = ("Governor Paul Lund ordered the roads closed on Friday. A reporter for a local "
            'radio station called the scene "total confusion." "We saw cars stuck on every '
            'ramp," he said.')
    row = one(text, "We saw cars")
    assert row.speaker == "A reporter" and row.speaker_mention == "he"


def test_an_indefinite_woman_is_she_in_the_next_sentence_wapo():
    text = ("Chancellor Greta Lindqvist defended the policy in parliament. A 31-year-old Hamburg "
            "woman, meanwhile, was fined in March after she had posted threats online. "
            '"Out with them!" she wrote.')
    assert one(text, "Out with them").speaker.startswith("A 31-year-old Hamburg woman")


def test_a_newcomer_beside_a_named_person_is_still_no_he_reuters():
    text = ("Senator Tom Reyes spoke in Des Moines. A reporter asked Reyes about the polls. "
            '"We will win this state," he said.')
    assert one(text, "We will win").speaker == "Tom Reyes"


def test_the_he_of_a_newcomer_carries_on_to_the_next_he_ap():
    text = ("Senator Tom Reyes held a rally on Sunday. One voter showed up in a union jacket. He "
            'had backed Reyes for years and brought his sons. "I never miss one of these," he '
            "said.")
    assert one(text, "I never miss").speaker == "One voter"
