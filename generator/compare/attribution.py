"""Attribution: the verbs a wording attributes what it reports with ("said", "claimed", "denied"), and
those that carry a stance on it."""

from __future__ import annotations

import re

from ..similarity import normalise

ATTRIBUTION = {
    "said": "said",
    "says": "said",
    "say": "said",
    "told": "told",
    "tells": "told",
    "stated": "stated",
    "states": "stated",
    "claimed": "claimed",
    "claims": "claimed",
    "alleged": "alleged",
    "allegedly": "alleged",
    "denied": "denied",
    "denies": "denied",
    "deny": "denied",
    "rejected": "rejected",
    "rejects": "rejected",
    "dismissed": "dismissed",
    "dismisses": "dismissed",
    "refuted": "refuted",
    "refutes": "refuted",
    "insisted": "insisted",
    "insists": "insisted",
    "confirmed": "confirmed",
    "confirms": "confirmed",
    "reported": "reported",
    "reportedly": "reported",
    "reports": "reported",
    "noted": "noted",
    "notes": "noted",
    "warned": "warned",
    "warns": "warned",
    "added": "added",
    "adds": "added",
    "announced": "announced",
    "acknowledged": "acknowledged",
    "admitted": "admitted",
    "suggested": "suggested",
    "hinted": "hinted",
    "argued": "argued",
    "argue": "argued",
    "emphasised": "emphasised",
    "emphasized": "emphasised",
    "described": "described",
    "according": "according to",
    "quoted": "quoted",
}


# Verbs that carry a stance on what is reported (vs. the neutral said, told, reported, added).
LOADED = {"claimed", "alleged", "denied", "rejected", "dismissed", "refuted", "insisted", "confirmed", "admitted",
          "acknowledged", "warned", "hinted", "suggested", "argued"}  # fmt: skip


# Forms that are nouns as often as verbs ("denied reports that...", "refuting claims"): a noun after
# a determiner or a verb; otherwise a verb after a name or pronoun ("Reuters reports") or before "that".
_NOUN_OR_VERB = {"reports", "claims"}
_BEFORE_NOUN = {
    "the", "a", "an", "these", "those", "such", "any", "some", "media", "news", "press", "earlier", "recent",
    "conflicting", "unconfirmed", "of", "about", "amid", "despite", "denied", "denies", "deny", "dismissed",
    "rejected", "refuted", "refuting", "confirmed", "and", "or",
}  # fmt: skip
# A verb after these (within three words) attributes nothing: "would not confirm", "declined to deny".
_NOT_SAID = {"not", "never", "no", "neither", "nor", "to", "without", "cannot"}
_SUBJECT = {"he", "she", "it", "they", "who", "which", "paper", "newspaper", "agency", "kremlin", "ministry"}


# A stance verb attributes when it takes what was said: "denied that ...", "rejected the report", "he
# denied." ("the teachers rejected the offer", "the alleged collusion", "denied bail" do not).
_STANCE = {"denied", "rejected", "dismissed", "refuted", "alleged", "confirmed"}
_SAID_OBJECT = re.compile(
    r"\s*(?:[,.;:!?\"“”]|$|that\b|(?:[\w’'-]+\s+){0,2}(?:reports?|claims?|allegations?|accusations?|charges?|"
    r"suggestions?|idea|notion|story|stories|account|assertions?|rumou?rs?|speculation|statements?)\b)",
    re.IGNORECASE,
)


def attributions(text: str) -> set[str]:
    """Attribution verbs in the text, by base form ("claims" -> "claimed")."""
    spans = list(re.finditer(r"[\w’'-]+", text))
    words = [m.group(0) for m in spans]
    found = set()
    for i, word in enumerate(words):
        token = normalise(word)
        if token not in ATTRIBUTION:
            continue
        if i and word[:1].isupper():
            continue  # part of a name ("the United States"), not a verb
        if any(w.lower() in _NOT_SAID or w.lower().endswith("n't") for w in words[max(0, i - 3) : i]):
            continue  # "could not confirm or deny", "declined to comment": nothing attributed
        if token in _NOUN_OR_VERB:
            before = words[i - 1] if i else ""
            after = normalise(words[i + 1]) if i + 1 < len(words) else ""
            if normalise(before) in _BEFORE_NOUN:
                continue
            if not (before[:1].isupper() or normalise(before) in _SUBJECT or after == "that"):
                continue
        if ATTRIBUTION[token] in _STANCE and token != "allegedly" and not _SAID_OBJECT.match(text, spans[i].end()):
            continue
        found.add(ATTRIBUTION[token])
    return found
