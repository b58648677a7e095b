"""Negation: a wording's polarity and the words each negation applies to, and the words one wording
negates that another states plainly."""

from __future__ import annotations

import re

from ..lexicon import DAYS, MONTHS, STOP_WORDS
from .text import _tokens

# "unlikely to attend" denies "will attend" as surely as "not expected to attend" does.
NEGATION = {
    "not", "no", "never", "nothing", "none", "nobody", "neither", "nor", "without", "n't", "cannot", "unlikely",
}  # fmt: skip


# Words that deny what follows: "dismissed the report as false" has the polarity of "no call took place".
DENIAL = {
    "deny",
    "denied",
    "denies",
    "denial",
    "reject",
    "rejected",
    "rejects",
    "dismiss",
    "dismissed",
    "dismisses",
    "refute",
    "refuted",
    "refutes",
    "refuting",
    "false",
    "untrue",
    "fiction",
    "fake",
    "baseless",
    "unfounded",
    "against",
    "avoid",
    "refrain",
    "declined",
    "declines",
    "refused",
    "refuses",
}


# "not only", "not just": the words that follow are added to, not denied ("not just nuclear weapons,
# but also chemical"): no negation.
_ADDITIVE = {"only", "just", "merely", "simply"}


def _cues(tokens: list[str]) -> list[int]:
    """Where the negations of a token list are (not those of "not only ... but also")."""
    return [
        i
        for i, tok in enumerate(tokens)
        if tok in NEGATION and not (tok == "not" and i + 1 < len(tokens) and tokens[i + 1] in _ADDITIVE)
    ]


def negated(text: str) -> bool:
    """Whether the wording has negative polarity: a negation or a word of denial."""
    tokens = _tokens(text)
    return bool(_cues(tokens)) or any(t in DENIAL for t in tokens)


# Words skipped between a negation and what it negates ("had not been made aware of").
_NEG_SKIP = {
    "be", "been", "being", "is", "are", "was", "were", "have", "has", "had", "do", "does", "did", "a", "an", "the",
    "any", "such", "to", "made", "yet", "so", "far", "even", "ever", "also", "all", "of", "that", "it", "this",
    "further", "more", "other", "additional", "immediate",  # "no further details were released"
}  # fmt: skip
# A negation is about what is done, not when: "the governor did not [do it] a week ago" negates no week.
_WHEN = {
    "ago", "week", "weeks", "day", "days", "year", "years", "month", "months", "hour", "hours", "minute", "minutes",
    "today", "yesterday", "tomorrow", "tonight", "night", "morning", "afternoon", "evening", "weekend", "last", "next",
} | DAYS | MONTHS  # fmt: skip


def _stem(word: str) -> str:
    return word[:5]


def negated_terms(text: str) -> set[str]:
    """Stems of the word each negation applies to: "Kyiv had not been informed" -> {"infor"}."""
    tokens = _tokens(text)
    found: set[str] = set()
    cues = set(_cues(tokens))
    for i, tok in enumerate(tokens):
        cue = i in cues or (tok == "yet" and i + 1 < len(tokens) and tokens[i + 1] == "to")
        if not cue:
            continue
        for nxt in tokens[i + 1 :]:
            if nxt in NEGATION:
                break
            if nxt not in _NEG_SKIP and len(nxt) > 2:
                found.add(_stem(nxt))
                break
    return found


# Verbs of stopping: "will suspend nuclear tests" agrees with "requires no further nuclear tests".
STOPPING = {
    "suspend", "suspends", "suspended", "suspending", "freeze", "freezes", "froze", "halt", "halts", "halted",
    "stop", "stops", "stopped", "end", "ends", "ended", "cancel", "cancels", "cancelled", "canceled", "abandon",
    "abandoned", "scrap", "scrapped", "drop", "dropped", "close", "closed", "shut", "ban", "banned", "lack", "lacks",
    "lacked", "unable", "fail", "failed", "fails", "refuse", "refused", "unlikely", "absence", "absent",
    # Taken back, unknown or hard to do: "issued and then withdrew an alert" agrees with "no alert stands",
    # "the reason is unknown" with "no reason was given", "struggling to sustain" with "could not sustain".
    "withdraw", "withdrew", "withdrawn", "revoke", "revoked", "retract", "retracted", "lifted", "rescinded",
    "unknown", "unclear", "undisclosed", "unconfirmed", "struggle", "struggled", "struggles", "struggling",
}  # fmt: skip


# A negation or statement in a condition ("if they don't qualify", "drivers who don't pass") states no
# fact: what it says is a possibility; nor does one in a hope or a fear ("she hoped it wasn't ...").
_CONDITION = {"if", "unless", "whether", "who", "whom"}
_WISH = {"hope", "hoped", "hopes", "hoping", "wish", "wished", "wishes", "fear", "feared", "fears"}


def _conditional(tokens: list[str] | tuple[str, ...], i: int) -> bool:
    return bool(_CONDITION & set(tokens[max(0, i - 4) : i]))


# A negation's reach ends with its clause: a comma, a colon or semicolon, a question or exclamation
# mark, a parenthesis, a dash or a quotation mark, not an editor's square brackets ("... process
# isn't over," said the security chief: the chief is not denied).
_CLAUSE = re.compile(r"[,;:?!()“”\"]|\s[-–—]+\s|--")
_NAME = re.compile(r"(?<=\s)[A-Z][\w'’.-]*")
# A denial of what happened negates a verb ("had not been informed", "is unlikely to meet"). "No",
# "nothing", "none", "neither" deny that a thing exists ("no alert was issued", "no reason was given"):
# on the ECB+ stories read blind every such item was two events or two compatible statements (0 right
# of 44 negation items before this rule); "without" tells how ("went on without its best backs").
_VERBAL = {"not", "n't", "never", "cannot", "unlikely"}
# Verbal negations that state no fact: a counterfactual ("would not have placed him on the list if
# ...") and a plea ("pleaded not guilty": the plea's name, not a denial of a verdict).
_MODAL = {"would", "could", "might", "should", "must"}


# Not saying is no denial: "will not confirm she is cast", "vowed not to disclose the donor"
# (another outlet's "has confirmed", "disclosing the donor" contradict nothing); nor is "not one
# person, but a group" (a count corrected, not an event denied).
_SAYING_VERBS = {
    "confirm", "comment", "say", "disclose", "discuss", "reveal", "elaborate", "specify", "identify", "name",
    "speculate", "respond",
}  # fmt: skip
_SAYING_STEMS = {w[:5] for w in _SAYING_VERBS}  # as ``_stem`` cuts them: "revealing" is "revea"


def _stated(tokens: list[str], i: int) -> bool:
    """Whether the negation at ``i`` is stated as a fact about what follows it."""
    before, after = tokens[max(0, i - 4) : i], tokens[i + 1 : i + 3]
    if tokens[i] not in _VERBAL or _conditional(tokens, i) or _WISH & set(before):
        return False
    following = [t for t in tokens[i + 1 : i + 4] if t not in _NEG_SKIP]
    if following and (_stem(following[0]) in _SAYING_STEMS or following[0] == "one"):
        return False
    if before[-1:] and before[-1] in _MODAL and after[:1] == ["have"]:
        return False  # "would not have ...": what did not happen
    if _MOTIVE & set(tokens[max(0, i - 8) : i]) and before[-1:] and before[-1] in _BE:
        return False  # "the motive was not to sell boats": why, not whether, it is done (audit 155)
    return not (any(t.startswith("plea") for t in before[-2:]) or tokens[i + 1 : i + 3] == ["guilty", "plea"])


# Nouns of purpose: "the aim of the deal was not to sell boats (but to ...)" denies a reason for
# selling, not that boats are sold.
_MOTIVE = {
    "motivation", "motive", "motives", "reason", "purpose", "aim", "goal", "point", "intent", "intention", "objective",
    "rationale", "idea",
}  # fmt: skip
_BE = {"is", "was", "are", "were", "be", "been"}


# Words of cause a negation may apply to ("not due to bad weather", "not because of the rain"): it
# denies the link, not the weather, so they count as the words it applies to.
_CAUSE = {"due", "because", "owing", "thanks"}


def negated_phrases(text: str) -> list[tuple[str, ...]]:
    """For each negation stated as fact (``_stated``), the stems of the first two content words it
    applies to, within five words and its clause: "Kyiv had not been informed of any call" ->
    ("inform", "call"). Not a negation of a name ("this wasn't Smith or Jones", "nor is Windows 8"):
    who or what someone is, not whether something happened; nor a contrast after a comma ("a .32
    revolver, not a .45"). A word of cause is one of the two ("not due to bad weather" -> ("due",
    "bad")): the link is what is denied."""
    out = []
    for at, clause in _clauses(text):
        before = _tokens(text[:at])  # a condition may open before the clause: "If [they] don't ..."
        tokens = before + _tokens(clause)
        names = {w.strip(".'’").lower() for w in _NAME.findall(clause)}
        for i in _cues(tokens):
            if i < len(before) or not _stated(tokens, i) or (i == len(before) and at > 0 and text[at - 1] == ","):
                continue
            words: list[str] = []
            for nxt in tokens[i + 1 : i + 6]:
                if nxt in NEGATION:
                    break
                if nxt in _WHEN:
                    continue
                if nxt in _CAUSE or (
                    nxt not in STOP_WORDS and nxt not in _NEG_SKIP and len(nxt) > 2 and not nxt[0].isdigit()
                ):
                    if not words and nxt in names:
                        break
                    words.append(nxt[:6])
                if len(words) == 2:
                    out.append(tuple(words))
                    break
    return out


def _clauses(text: str) -> list[tuple[int, str]]:
    """The text's clauses (``_CLAUSE``), each with where it starts."""
    out, at = [], 0
    for m in _CLAUSE.finditer(text):
        out.append((at, text[at : m.start()]))
        at = m.end()
    out.append((at, text[at:]))
    return [(i, c) for i, c in out if c.strip()]


def negation_conflict(a: str, b: str) -> set[str]:
    """The words a negates that b states plainly: both content words a negation applies to are in b,
    and b has no negation or denial anywhere; neither said in a condition ("if they pass ...")."""
    tokens = _tokens(b)
    plain = _unconditional(b)  # "Even if he doesn't get X, he will meet Y" states "meet" plainly
    if negated(plain) or negated_terms(plain) or set(_tokens(plain)) & STOPPING:
        return set()
    for first, second in negated_phrases(a):
        for i, tok in enumerate(tokens):
            if tok[:6] == first and any(t[:6] == second for t in tokens[i + 1 : i + 5]) and not _conditional(tokens, i):
                if _now_against_then(a, first, tokens, i):
                    continue
                return {tok}
    return set()


def _unconditional(text: str) -> str:
    """The text without its clauses whose negation is said in a condition ("Even if he doesn't get
    the pageantry, he will meet the king": the negation is a possibility, no polarity of the rest)."""
    kept = []
    for _, clause in _clauses(text):
        tokens = _tokens(clause)
        if not any(_conditional(tokens, i) for i in _cues(tokens)):
            kept.append(clause)
    return " ".join(kept)


_PRESENT = {"do", "does", "is", "are", "am"}
_PERFECT = {"has", "have", "had"}


def _now_against_then(a: str, first: str, tokens: list[str], i: int) -> bool:
    """Whether a negation in the present ("the rules don't require ...") stands against the same word
    in the past ("the old section required ..."): what holds now against what held before, a change
    and no contradiction (an ECB+ reader: a new rule set beside the one it replaced)."""
    said = _tokens(a)
    now = any(
        said[j] in ("not", "n't") and j and said[j - 1] in _PRESENT and any(t[:6] == first for t in said[j + 1 : j + 4])
        for j in range(len(said))
    )
    then = tokens[i].endswith("ed") and not (i and tokens[i - 1] in _PERFECT)
    return now and then
