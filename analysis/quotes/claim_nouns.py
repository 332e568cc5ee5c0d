"""Someone else's claim after a speech verb: "denied reports that ...", "declined to comment on
Pompeo's claim that ...", "was asked about his claims that ...". The "that" clause is the claim's,
not the speaker's: a rejecting verb reports the claim's noun phrase, any other verb none (the
clause is the claim's row, :mod:`.nominal`).

The preposition and the possessive forms: PolNeAR train/dev <measured below>."""
from __future__ import annotations

from .words import DETERMINERS

CONTENT_NOUNS = {"claims", "claim", "reports", "report", "allegations", "allegation", "accusations",
                 "rumours", "rumors", "suggestions", "speculation", "assertions", "charges",
                 "fears", "idea", "notion", "view", "belief", "impression", "fact", "news"}
_ABOUT = {"on", "about", "to"}


def claim_start(lowered: list[str]) -> int | None:
    """Where the claim's noun phrase starts among ``lowered`` (the first words after a speech
    verb, lower case): 0, or 1 after "on"/"about"/"to"; None when no claim follows."""
    k = int(bool(lowered) and lowered[0] in _ABOUT)
    j = k + (k < len(lowered) and (lowered[k] in DETERMINERS or lowered[k].endswith(("'s", "’s"))))
    return k if j + 1 < len(lowered) and lowered[j] in CONTENT_NOUNS and lowered[j + 1] == "that" else None
