"""The speaker of a quote its own sentence does not name, from the article around it: whom a "she
said" stands for, whose words a bare quote or a quote's middle sentence goes on with (back over a
quotation the sentence split cut, to the tag that names its speaker), and a speaker a tag describes
without a name ("one harbour official")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...lexicon import DAYS, DEMONYMS, STOP_WORDS
from ...segment import QUOTATION as _QUOTE
from ...segment import dateline
from ..name import _PARTICLE, TITLES, names
from .speakers import (
    _BEFORE_QUOTE,
    _BODIES,
    _NAMED,
    _REPLY,
    _STATING,
    _common_word,
    _full_names,
    _label,
    _last_title,
    _named_words,
    _speaker_label,
    _speaker_matches,
    _titled,
    joint,
    speakers,
)
from .words import _QUOTE_MARK, _SAYING, TAG_TAIL, _tag_between, few_quoted

# "..., she said in a statement." / "said he": the speaker a pronoun stands for, named before.
# "said he" only right after a quote: "Roe said he would stay" is reported speech, no tag.
# Verbs that tag a quote right after it, "“...,” he repeated" (not "he repeated the claim", which
# ``_SPEECH`` reads only before a quote). Not a reply's ("“Yes,” he answered"): its "he" is the one
# the sentence before spoke to, not its speaker.
_AFTER_QUOTE = r"(?:repeated|declared|asks|asked|(?:planned|wanted|wants)\s+to\s+ask)"
_OPENING_PRONOUN = r"(?:(?:But|And|Yet|Still|Then|So|Later|Earlier)\s+[Ss]?[Hh]e|He|She)"


# Other verbs a sentence's subject quotes with: calling something a name ("called the levy “...”"), a
# verb of a statement before the quote in its clause ("He also urged crews to “stay home.”"), or any
# verb before the colon that opens a quote ("Then he cautioned: “...").
_QUOTING_VERB = rf"(?:called\b|{_STATING}\b[^“”\".;]{{0,80}}?[“\"]|[a-z]+ed:\s*[“\"])"
# What may come between "he" and the verb: "has", "had" or "'s", or what he did first ("paused, then",
# "smiled and"), then an adverb or "also".
_BETWEEN = r"(?:[’']s|\s+ha[sd]|\s+[a-z]+ed(?:,?\s+(?:and\s+)?then|\s+and))?\s+(?:(?:\w+ly|also)\s+)?"
# A sentence whose subject is "he" or "she", who says or calls something in words it quotes ("He said
# he is “...”", "She's said the plan is “...”", "She called the levy “...”"): the quote is theirs, as
# a tag's is, and "he" is whom the sentence before is about.
_OPENS_SAYING = re.compile(rf"{_OPENING_PRONOUN}{_BETWEEN}(?:{_SAYING}\b|{_QUOTING_VERB})")
_PRONOUN_SAYS = re.compile(
    rf"\b(?:[Hh]e|[Ss]he){_BETWEEN}{_SAYING}\b|[”\"]\s*(?:said|says|added)\s+(?:he|she)\b"
    rf"|[”\"][\s,]*(?:he|she)\s+(?:\w+ly\s+)?{_AFTER_QUOTE}\b|^{_OPENS_SAYING.pattern}"
)
# A "he said" that tags a quote ("“...,” he said", "he told the Courier: “...”", or one the sentence split
# cut, opened and not closed: "he told the radio: “He is ..."), not reported speech ("in which he said he
# would stay").
_QUOTE_BY_PRONOUN = re.compile(
    rf"“…”[\s,.;:—–-]*(?:[Hh]e|[Ss]he)\s+(?:\w+ly\s+)?(?:{_SAYING}|{_AFTER_QUOTE})\b"
    rf"|\b(?:[Hh]e|[Ss]he){_BETWEEN}{_SAYING}\b[^“”\".;]{{0,40}}[,:]\s*[“\"]"
)
# A sentence that opens with whom it is about: capitalised words (and the small words of an office,
# "Secretary of State") up to the first lowercase word ("Interior Secretary Ann Roe urged ...").
# A particle inside a name ("Bill de Blasio"), before its capitalised word (audit 136 read "— Public
# Advocate Bill").
_IN_NAME = rf"{_PARTICLE}(?=\s+[A-Z])"
_OPENING_NAME = re.compile(
    # a party's tag: "Ann Roe (D-Md.)"
    rf"(?:(?:[A-Z][\w.’'-]*|of|the|for|and|{_IN_NAME}|\([A-Z][\w.,’'-]*\))\s+)+(?=[a-z])(?!{_IN_NAME})"
    # "Ann Roe, co-director ..."
    rf"|(?!(?:The|A|An)\s)(?:(?:[A-Z][\w.’'-]*|of|the|for|and|{_IN_NAME})\s+)*[A-Z][\w.’'-]*(?=,\s)"
)


# A sentence that opens with its source ("According to Ann Roe, a clerk, ...").
_ACCORDING = re.compile(rf"According to ({_NAMED}),")
# A sentence that opens with a role and the person in it ("The official, Ann Roe, said ...", "The
# Harbour Board chairwoman, Ann Roe, ...", "But Mr. Roe's deputy, Bo Lee, noted ...": the person named
# after the role, not its owner).
_APPOSED = re.compile(
    r"(?:(?:But|And|Yet|So)\s+)?(?:The|A|An|Its|His|Her|Their|(?:(?:Mrs?|Ms|Dr)\.\s+)?(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w-]*[’']s)"
    # the role's words: lowercase, or a body's name after "of the" ("The head of the UN refugee agency")
    rf"\s+(?:[A-Z][\w’'-]*\s+){{0,2}}[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*|\s+of\s+the(?:\s+[A-Z][\w’'-]*){{1,3}}){{0,4}},"
    rf"\s+({_NAMED}),\s"
)
# What a sentence may open with before whom it is about: a question put to the person ("Asked whether
# ..., Ann Roe ..."), or when, where or how they spoke ("Speaking at the town hall on Friday, Mayor Roe
# ...", "In an interview with the Courier, Roe ...", "As the storm neared, Roe ..."), or a concession
# ("Although the pier is closed, Mayor Roe ...").
_LEAD_IN = re.compile(
    r"(?:Asked|Pressed|Questioned|Speaking|Writing|In|At|On|During|As|After|Before|When|While|Later|Earlier"
    r"|Although|Though|Despite|Because|Since|Once"
    # "A day after telling reporters ..., Roe ...", "Hours before the vote, ..."
    r"|(?:An?|One|Two|Three|Hours|Days|Weeks|Months|Minutes|Moments)(?:\s+(?:day|week|month|hour)s?)?\s+(?:after|before))"
    r"\b(?:[^,“”\"]|“…”){0,150},\s+(?=[A-Z]|(?:the|an?)\s)"  # a quote inside it, its comma kept (``_quoted_to``)
)


# A longer opening phrase, commas inside it ("With the moderator, Ann Roe, opening the session with a
# question about the levy, which ..., Bo Lee criticised the plan"): up to the first name after a
# comma that a verb in the past tense follows.
_LONG_LEAD_IN = re.compile(
    r"(?:With|Amid|Following|Responding|Referring|Citing|Pointing)\b[^“”\"]{0,250}?,\s+"
    r"(?=(?:[A-Z][\w’'.-]*\s+){1,3}[a-z]+ed\b)"
)
# A linking word before the subject ("Also, NPR's Bo Lee is reporting ...", "Meanwhile, ...").
_LINKING = re.compile(r"^(?:Also|Meanwhile|However|Still|Separately),\s+(?=[A-Z])")
# A day or time alone before the subject ("Last Thursday, Roe ...", "On Monday, ...", "Earlier this
# week, ..."): when, not a question put or a scene set, so the subject after it is the sentence's own.
_PLACE_OPENING = re.compile(r"^(?:In|At|From|Near|Outside|Inside|Across|Around)\s+(?:[A-Z][\w’'-]*\s*){1,4},\s+")
_WHEN_OPENING = re.compile(
    rf"^(?:(?:On|Last|This|Early|Late|Earlier|Later)\s+)?(?:this\s+|last\s+)?"
    rf"(?:{'|'.join(sorted(d.capitalize() for d in DAYS))}|{'|'.join(sorted(DAYS))}|week|weekend|month|year|morning)"
    r"(?:\s+(?:morning|afternoon|evening|night))?,\s+(?=[A-Z])"
)
# A role before a person's full name, the sentence's subject: "the US ambassador Ann Roe confirmed ...",
# "a senior aide, Bo Lee, said" is ``_APPOSED``'s.
_ROLE_THEN_NAME = re.compile(
    r"(?:[Tt]he|[Aa]n?)\s+(?:(?:[A-Z][\w.’'-]*|[a-z][\w’'-]*)\s+){1,4}?(?P<name>(?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w.’'-]*)\s+[a-z]"
)
# The same without an article: capitalised words, then the role's lowercase words, then the full name
# ("Outgoing Harbour Board economic adviser Ann Roe warned ..."). The role ends in a word that is no
# small word, so "Harbour Democrats led by Ann Roe said" is not Roe's.
_BARE_ROLE_THEN_NAME = re.compile(
    r"(?!(?:The|A|An)\s)(?:[A-Z][\w.’'-]*\s+){1,4}(?:[a-z][\w’'-]*\s+){0,2}(?P<role>[a-z][\w’'-]*)\s+"
    r"(?P<name>(?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w.’'-]*)\s+[a-z]"
)


# Roles a person has for another person ("Roe lawyer Bo Lee", "Roe's mother Ann Lee"; not a body's, as a
# spokesman or an adviser may be): a "he" or "she" after them may be either.
_RELATIONS = {
    "lawyer", "attorney", "agent", "publicist", "mother", "father", "wife", "husband", "son", "daughter", "sister",
    "brother", "friend", "girlfriend", "boyfriend", "fiancé", "fiancée",
}  # fmt: skip


def _of_another(before_name: str) -> bool:
    """Whether the words before a name end in a role had for another person named before it ("Roe
    lawyer", "Roe's attorney"): a capitalised word, then the role's lowercase words."""
    words = before_name.split()
    owner = [w for w in words[:-1][-3:] if w[:1].isupper() and w.lower() not in STOP_WORDS]  # not "The"
    return bool(words) and words[-1] in _RELATIONS and bool(owner)


def _quoted_to(quote: re.Match) -> str:
    """A quote as "“…”", the comma it ends with kept after it ("..., he said he was “done,” Ann Roe
    ..." reads "..., he said he was “…”, Ann Roe ...")."""
    return " “…”, " if quote.group(0)[:-1].rstrip().endswith(",") else " “…” "


def speaker_before(text: str, previous: str, article: str = "") -> str | None:
    """Whom a quote's sentence gives it to with a pronoun ("“...,” she said"), named in the article's
    sentence before: the speaker it names ("Ann Roe said ..."), or else the person it opens with, a
    full name or a name after a title ("Interior Secretary Ann Roe urged ..."); for a sentence that is
    only a quote, the speaker the sentence before names. None when the sentence names its own
    speaker, says no "he said" or "she said", or the one before names no one so (a group, one
    capitalised word, or one the article also writes in lowercase: "Aides said ...")."""
    plain = _QUOTE.sub(" “…” ", text)
    # A sentence that is only a quote goes on with the speaker the sentence before quotes ("“...,” Ann
    # Roe said. “...”"), as a quote paragraph without a tag goes on with the last speaker.
    quote_only = bool(_QUOTE.search(text)) and not re.search(r"[^\W\d_]", plain)
    if speakers(text) or not (_PRONOUN_SAYS.search(plain) or quote_only):
        return None
    if quote_only and (clause := _lead_in(previous)) is not None:
        return _lead_speaker(clause, article)
    if speakers(previous):
        label = _speaker_label(previous)
        if joint(previous, label) or _of_another(previous[: max(previous.find(label), 0)]):
            return None
        # "Police said ..., but Roe later said ...": a body is no "he"; the one person after it is.
        return _named(previous, label, article) or _one_person_speaking(previous, article)
    # "“...,” the congressman said.": the one person the article names with that office's title.
    if person := _role_says(previous, article):
        return person if quote_only or _pronoun_fits(text, person, article) else None
    if quote_only:
        return None
    told = _QUOTE.sub(_quoted_to, previous).strip()
    told = told[dateline(told) :]  # "PORT TOWN — Mayor Ann Roe ...": the dateline is no part of whom it opens with
    # "According to Ann Roe, a clerk, the ferry left early.": the source the sentence opens with (the
    # speaker ``speakers`` reads only in "..., according to Ann Roe", lower case: what the alignment's
    # features were trained on). "The official, Ann Roe, said ...", "Her lawyer, Bo Lee, argued ...":
    # the person a role opens with.
    # A source named by surname alone ("According to Roe, ...") is the one person the article names so.
    opening = _ACCORDING.match(told) or _APPOSED.match(told)
    named = _named_words(opening.group(1)) if opening else ()
    whole = " ".join(named) if len(named) >= 2 else _person(named[0], article) if named else None
    if whole:
        return whole if _tags_by_pronoun(text) and _pronoun_fits(text, whole, article) else None
    told = _WHEN_OPENING.sub("", told, count=1)  # "Last Thursday, Ann Roe ...": a day, no lead-in
    # "In Port Town, ...": a place the sentence opens with is no person a "he" stands for (audit 149
    # labelled an official's words with the district's name).
    told = _PLACE_OPENING.sub("", told, count=1)
    # A question put to the person first ("Asked whether ..., Ann Roe, a former clerk, offered ..."):
    # the person the sentence opens with comes after it.
    if lead := _LEAD_IN.match(told) or _LONG_LEAD_IN.match(told):
        told = told[lead.end() :]
    told = _LINKING.sub("", told, count=1)
    # "the US ambassador Ann Roe confirmed ...": a role in lowercase words, then the person's full name.
    role = _ROLE_THEN_NAME.match(told)
    if role is None and (bare := _BARE_ROLE_THEN_NAME.match(told)) and bare.group("role") not in STOP_WORDS:
        role = bare
    # A sentence that opens with the "he" saying goes on about the one the sentence before opens with
    # (after a role too: "Harbour resident Ann Roe first reported ..." / "She said ...": audit 129).
    goes_on = not lead and _REPORTED_BY_PRONOUN.match(text) is not None
    if role and len(full := _named_words(role.group("name"))) >= 2:
        whole = " ".join(full)
        fits = full[-1] not in _BODIES and (_tags_by_pronoun(text) or goes_on) and _pronoun_fits(text, whole, article)
        # "Roe lawyer Bo Lee told the court ..." / "She flew home.": the client or the lawyer, not sure
        # (audit 136 read "(she: Mark Heller)" of the client).
        if _of_another(told[: role.start("name")]):
            return None
        return whole if fits else None
    if role := _THE_ROLE.match(told):
        person = _titled_person(role.group(1).lower(), article)
        fits = person is not None and (_tags_by_pronoun(text) or goes_on) and _pronoun_fits(text, person, article)
        return person if fits else None
    opening = _OPENING_NAME.match(told)
    if not opening:
        return None
    # The last run of capitalised words ("Ann Roe of the parks office" -> "Ann Roe"; "Department of
    # Homeland Security Secretary Ann Roe" -> "Homeland Security Secretary Ann Roe"), from past its title.
    opened = re.sub(r"\s*\([^)]*\)", "", opening.group(0)).strip()  # without a party's tag
    runs = re.split(r"\s+(?:of|the|for|and)(?=\s|$)", " " + opened)
    at = next((i for i in range(len(runs) - 1, -1, -1) if runs[i].strip()), 0)
    raw = [w.strip(".") for w in runs[at].split()]
    # An outlet's or a body's possessive before the person is no part of the name ("NPR's Bo Lee").
    owner = max((i for i, w in enumerate(raw[:-1]) if re.search(r"['’]s$", w)), default=-1)
    raw = raw[owner + 1 :]
    last = _last_title(raw)  # "Acme CEO Bo Lee", as a label reads it
    named = _named_words(" ".join(raw[last + 1 :]))
    if last < 0 and at > 0 and runs[at - 1].split() and runs[at - 1].split()[-1].strip(".") in TITLES:
        named, last = named[-2:], 0  # "Secretary of State Ann Roe": the office's words, then the name
    if not named or named[-1] in _BODIES:
        return None
    # "..., Roe went on, in which he said he would ...": the "he" may be another's; but a sentence that
    # opens with the "he" saying ("Roe praised the crew. He said ...") goes on about the one named first,
    # unless the sentence before opens with what the person has ("Roe’s plan is what Lee attacked.").
    opens = goes_on and not re.search(r"['’]s$", raw[-1])
    if (lead or (len(named) < 2 and last < 0)) and not (_tags_by_pronoun(text) or opens):
        return None
    person = " ".join(named) if len(named) >= 2 or last >= 0 else _person(named[0], article)
    return person if person and _pronoun_fits(text, person, article) else None


# A clause after a sentence's last quote that opens anew with someone as its subject and ends in a
# colon, a lead-in to the next paragraph's quote: '“...,” Ann Roe wrote, while her co-host Bo Lee was
# as pleased with the pick:' (invented; audit 167 read the next paragraph's quote as the first
# speaker's).
_OTHER_LEAD_IN = re.compile(
    r"(?:^\s*|[,;]\s+)(?:while|whilst|whereas|but|and)\s+(?:[a-z][\w’'-]*\s+){0,3}[A-Z][^:“”\"]*:\s*$"
)


def _lead_in(previous: str) -> str | None:
    """The clause of a sentence after its last quote, where it opens anew with a subject of its own and
    ends in a colon, a lead-in to the quote that follows (whose words are that subject's, not those of
    the speaker the sentence's first tag names); None for any other sentence."""
    closes = [m.end() for m in _QUOTE.finditer(previous)]
    lead = _OTHER_LEAD_IN.search(previous[closes[-1] :]) if closes else None
    return lead.group(0) if lead else None


def _lead_speaker(lead: str, article: str) -> str | None:
    """Whose words a lead-in clause (``_lead_in``) introduces: the speaker its own tag names ("..., and
    Bo Lee added:"), else no one named (its subject may be no speaker: "while the crowd was quiet:")."""
    return _named(lead, _speaker_label(lead), article) if speakers(lead) else None


# An office a sentence opens with, for the one person the article names with its title ("The governor
# added ..." where the article names "Gov. Ann Roe"): the titles each is written with.
OFFICE_TITLES = {
    "governor": ("Gov.", "Governor"), "mayor": ("Mayor",), "senator": ("Sen.", "Senator"),
    "congressman": ("Rep.", "Representative", "Congressman"),
    "congresswoman": ("Rep.", "Representative", "Congresswoman"),
    "sheriff": ("Sheriff",), "prosecutor": ("Prosecutor",), "judge": ("Judge",), "president": ("President",),
}  # fmt: skip
# A quote's own tag that names an office ("the mayor said", "..., said the governor." where the clause
# ends: not "said the judge also refused", whose judge is no speaker).
_ROLE_SAYS = re.compile(
    # "the seven-term congressman demands": words that describe the office's holder before it, and
    # verbs that tag a quote only beside one ("demands", "asked")
    rf"\bthe\s+(?:[\w-]+-[\w-]+\s+|(?:new|former|veteran|longtime)\s+)?({'|'.join(OFFICE_TITLES)})\s+(?:\w+ly\s+)?"
    rf"(?:{_SAYING}|demands|demanded|asks|asked|shouts|shouted)\b"
    rf"|\b(?:said|says|added)\s+the\s+({'|'.join(OFFICE_TITLES)})(?=\s*(?:[,.;:!?]|$))",
    re.IGNORECASE,
)
_THE_ROLE = re.compile(rf"The\s+(?:[a-z][\w-]*\s+){{0,2}}?({'|'.join(OFFICE_TITLES)})\b(?![’']s)(?!\s+(?:of|and)\s)")


# A lead-in that gives whose statement follows: "Here's the governor's statement:", "Below is Ann Roe's
# full statement:", "Read the mayor's letter:".
_STATEMENT_OWNER = re.compile(
    rf"^\W*(?:here(?:['’]s| is)|below is|read|this is|the following is)\s+(?:the\s+)?(?:full\s+)?(?:text\s+of\s+)?"
    rf"(?:(?:the\s+)?(?P<role>{'|'.join(OFFICE_TITLES)})|(?P<name>{_NAMED}))['’]s?\s+(?:full\s+)?"
    r"(?:statement|remarks|letter|message|speech)\s*:\s*$",
    re.IGNORECASE,
)


def _statement_owner(lead: str, article: str, describe: bool = False) -> str | None:
    """Whose statement a lead-in says follows: the one person the article titles with its office ("the
    president" -> "Ann Roe" where it names "President Ann Roe"), a person it names, or with
    ``describe`` the office itself where the article titles no one so."""
    found = _STATEMENT_OWNER.match(lead)
    if not found:
        return None
    if role := found.group("role"):
        return _titled_person(role.lower(), article) or (f"the {role.lower()}" if describe else None)
    return _label(found.group("name")) if _named_words(found.group("name")) else None


def _role_says(text: str, article: str) -> str | None:
    """The person a tag of an office ("“...,” the mayor said") stands for: the one the article titles so."""
    role = _ROLE_SAYS.search(_outside(text))
    return _titled_person((role.group(1) or role.group(2)).lower(), article) if role else None


def _titled_person(office: str, article: str) -> str | None:
    """The one person the article names with the office's title ("Gov. Ann B. Roe", "Governor Ann B.
    Roe" -> "Ann B. Roe"), the fullest way it names them; None for none or several."""
    titles = "|".join(re.escape(t) for t in OFFICE_TITLES[office])
    found = re.findall(rf"(?<![\w.])(?:{titles}) +((?:[A-Z][\w’'-]*\.? +){{1,2}}[A-Z][\w’'-]+)", article)
    found = [re.sub(r"[’']s$", "", n) for n in found]  # "Mayor Ann Roe's office": Ann Roe
    # Not a headline's words in title case ("Congressman Breaks His Silence"): no name has a small word.
    found = [n for n in found if not any(w.lower() in STOP_WORDS for w in n.split())]
    named = {n.split()[-1]: n for n in sorted(found, key=len)}  # by surname, the longest form last
    return next(iter(named.values())) if len(named) == 1 else None


def _person(word: str, article: str) -> str | None:
    """A sentence's one-word subject ("Roe pushed back ...") as a person the article names: in full, one
    person of that surname ("Ann Roe"), or else after a title ("Mayor Roe"). None for a word the
    article also writes as a common word, or without the article."""
    if not article or _common_word(word, article):
        return None
    full = _full_names(word, article)
    if len(full) == 1:
        return next(iter(full))
    return word if not full and _titled(word, article) else None


def _pronoun_fits(text: str, person: str, article: str) -> bool:
    """Whether the "he" or "she" a sentence gives its quote to may stand for the person: not a "she" for
    someone the article calls "Mr. Roe", nor a "he" for "Ms. Roe"."""
    pronoun, surname = _says_pronoun(text), re.escape(person.split()[-1])
    other = {"he": r"(?:Ms|Mrs|Miss)", "she": r"Mr"}.get(pronoun or "")
    return other is None or not re.search(rf"\b{other}\.?\s+{surname}(?![\w’'-])", article)


def _tagged(text: str, label: str) -> str | None:
    """``label`` as the text writes it ("Ann B. Roe" for "Ann B Roe") where the text names it as who
    speaks, outside its quotes; None for a place ("a spokeswoman in Washington said") or the subject
    of what was said ("said Roe would stay": reported speech)."""
    plain = _QUOTE.sub(" ", text)
    name = r"\.?\s+".join(re.escape(w) for w in label.split())
    found = re.search(rf"(?<![\w.’'-]){name}(?![\w-])", plain)
    if not found or re.search(r"\b(?:of|from|in)\s+$", plain[: found.start()]):
        return None
    if re.search(r"\b(?:said|says|wrote|writes)\s+(?:\S+\s+)*$", plain[: found.start()]) and _REPORTED.match(
        plain[found.end() :]
    ):
        return None
    return found.group()


# What follows the subject of a reported statement ("said Roe would", "says Roe “should"), not a tag.
_REPORTED = re.compile(
    r"\s+(?:would|will|was|were|is|are|had|has|have|could|should|might|may|did|does|can|must)\b|\s*[“\"]"
)


def _open_marks(text: str) -> int:
    """Opening double quotation marks the text leaves open (negative: closing marks it has more of);
    straight marks count as one quotation each pair, the first of an odd one out as opening. A quote
    the outlet opened with one kind of mark and closed with the other ('"We stay,” he said') is one
    quotation, as ``segment.QUOTATION`` reads it (an audit found its "he said" left without a speaker)."""
    text = _QUOTE.sub(" ", text)
    curly = text.count("“") - text.count("”")
    straight = text.count('"') % 2
    if straight and curly == 0:
        first = text.index('"')
        return 1 if first == 0 or text[first - 1].isspace() or text[first - 1] in "([:—–-" else -1
    return curly


QUOTE_RUN = 4  # sentences a quote cut by the sentence split is followed over, to the one that tags it
# Sentences without marks read as one quotation's middle, between the sentence that opens it and the
# one that closes it: a statement of six or seven short sentences ("... is a bad deal. We paid ... .
# We gave ... . It's insane. ...," Roe said) is one quotation (an audit found its second sentence,
# five sentences from the close, without the speaker its next one had).
QUOTE_SPAN = 8


def quote_speaker(
    text: str, before: Sequence[str], after: Sequence[str], article: str = "", describe: bool = False
) -> str | None:
    """Who speaks the quote of a sentence that does not name them (``before``: the article's sentences
    before it, nearest first; ``after``: those after it). The one a "she said" or a bare quote goes on
    from (``speaker_before``, then back through sentences that only go on quoting to the nearest that
    names its speaker); for a quote the sentence split cut ("“We are grieving." / "We lost good
    people,” Bo Lee said."), the speaker named where it closes, a few sentences on, or where it
    opened. A sentence without quotation marks is a quote's middle only between a sentence that
    opens a quote and one that closes it. None when the sentence names its speaker, or no speaker is
    found so. With ``describe``, a tag that describes the speaker without a name ("one harbour official
    said") gives that description (``described``) where no name is found."""
    if speakers(text) or _relays(text):
        return None  # named, or a quote inside a quote ("“He said, ‘...’”"): whose words, not sure
    # "“...,” the mayor said": the one person the article names with that office's title.
    if person := _role_says(text, article):
        return person
    # "“...,” it said in a statement.": the body the sentence before names as its speaker ("The
    # Harbour Commission said ..."; audit 93 found such a heading without its speaker).
    if before and _IT_SAYS.search(_QUOTE.sub(" “…” ", text)) and (body := _body_speaking(before[0])):
        return body
    # The first sentence of a statement a lead-in introduces ("Here's the governor's statement:").
    if before and _QUOTE_MARK.search(text) and (owner := _statement_owner(before[0], article, describe)):
        return owner
    if not _QUOTE_MARK.search(text):
        closing, opening = _closer(after), _opener(before)
        if opening is None and closing is not None and _unopened_mark(after[closing]):
            # Between a quote its tag closes, the tag last, and a closing mark no sentence opened ('“We
            # will stay,” Roe said. We are proud. We did it.”'): the tag's person's words.
            k = _first_marked(before)
            if k is None or _open_marks(before[k]) != 0:
                return None
            return _reopened(before[k], before[k + 1 :], article)
        if opening is None or closing is None or _NESTED.search(before[opening]):
            return None  # no quote's middle (the outlet's own words), or the middle of a quote within one
        if named := _tag_of(after[closing], article, describe):
            return named
        if _says_pronoun(after[closing]):  # "..., Editors died. / It is a fact,” she said.": hers
            return _goes_on_from(after[closing], [*after[:closing][::-1], text, *before], article, describe)
        return _goes_on_from(text, before, article, describe) or _opener_speaker(text, before, after, article, describe)
    if _open_marks(text) <= 0 or not _goes_on(text):
        # A quote that closes here, or none cut: whom it goes on from.
        found = _goes_on_from(text, before, article, describe)
        if found or _open_marks(text) == 0:
            return found
        if _open_marks(text) < 0:
            return _opener_speaker(text, before, after, article, describe)
        # A quote the outlet's words open and the sentence split cut ("Crews “worked all night. / We are
        # proud,” Ann Roe said."): the speaker its close names.
        at = _closer(after)
        return None if at is None else _tag_of(after[at], article, describe)
    # A quote the sentence split cut: its tag where it closes comes first ("“I love it. / I do,” Roe said").
    if before and _PRONOUN_SAYS.search(text) and (named := speaker_before(text, before[0], article)):
        return named  # "He added: “..." names whom "he" stands for before it
    at = _closer(after)
    tail = "" if at is None else _outside(after[at])
    if at is not None and (speakers(tail) or (describe and described(tail))):
        return _tag_of(after[at], article, describe)
    # "“...,” he said", no tag, or no close found: the speaker of the quote before it.
    found = _goes_on_from(f"“…,” {tail.strip()}", before, article, describe)
    if found is None and at is not None and not tail.strip() and text.lstrip().startswith(("“", '"')):
        # A paragraph that opens anew a quote the paragraph before left open (news style: each
        # paragraph of a long quote opens with a mark, the last alone closes) and closes it with no
        # tag: the words of whoever that quote's opening gives them to (audit 120: two sentences of a
        # swimmer's long quote left unlabelled).
        found = _opener_speaker(text, before, after, article, describe)
    return found


# A quote given to "it" ("“...,” it said", "It added: “...”").
_IT_SAYS = re.compile(rf"“…”[\s,.;:—–-]*it\s+(?:\w+ly\s+)?{_SAYING}\b|\b[Ii]t\s+(?:\w+ly\s+)?{_SAYING}\s*:?\s*“…”")


def _body_speaking(previous: str) -> str | None:
    """The body a sentence names as its speaker ("The Harbour Commission said ..." -> "Harbour
    Commission"), not a person: its name ends in a word of a body (``_BODIES``)."""
    if not speakers(previous):
        return None
    label = _speaker_label(previous)
    return label if label.split()[-1] in _BODIES else None


def _opener_speaker(text: str, before: Sequence[str], after: Sequence[str], article: str, describe: bool) -> str | None:
    """The speaker of the sentence that opened the quote ``text`` is inside or closes, where that
    sentence gives the quote to "he" or "she" ("He urged crews to “stay home. / Roads are shut.”"):
    whom that "he" stands for; or where it names no one, whom its own quote is given to (“Who are
    you?” the mayor asks. “Tell me ... / I want to know.”": the mayor's, both halves of one quote)."""
    opening = _opener(before)
    if opening is None or (speakers(before[opening]) and not _says_pronoun(before[opening])):
        return None
    later = [*before[:opening][::-1], text, *after]
    return quote_speaker(before[opening], before[opening + 1 :], later, article, describe)


# A sentence in the outlet's own words that gives words to "he" or "she" ("He said the talks went on.",
# "Still, she noted that ..."), after at most a short opening phrase, or with the tag at its end ("The
# talks went on, he said.").
# What may open such a sentence before its "he" or "she": a short phrase and a comma, or a linking word.
_REPORTED_OPENING = (
    r"(?:[^,“”\"]{0,40},\s+|(?:But|And|Yet|Still|So)\s+)?(?:[Hh]e|[Ss]he)(?:['’]s)?\s+(?:(?:\w+ly|even|later)\s+)?"
)
_REPORTED_BY_PRONOUN = re.compile(rf"{_REPORTED_OPENING}(?:also\s+)?{_SAYING}\b")
_REPORTED_TAG_LAST = re.compile(
    rf"[^“”\"]*,\s+(?:he|she)\s+(?:\w+ly\s+)?{_SAYING}(?:\s*\.?$|,\s+(?:but|and|though|although|while)\s)"
)  # at the end, or before a clause it joins ("..., he said, but no door was broken.")
# A sentence whose source its end names, not "he" or "she" ("He told Roe he would stay, the people
# said."): what "he" said is that source's account, not his own words.
_SOURCED_LAST = re.compile(
    rf",\s+(?!(?:he|she)\b)[^,“”\"]{{0,60}}?\s(?:{_SAYING})\s*\.?$|,\s+according\s+to\s+[^,]+\.?$"
)
_REPORTED_STATING = re.compile(rf"({_REPORTED_OPENING}(?:also\s+)?){_STATING}\b")


def reported_speaker(text: str, before: Sequence[str], article: str = "") -> str | None:
    """Whom "he" or "she" stands for in a sentence of the outlet's own words that says what they said
    ("He said the ferry talks had settled every point but one.", "The talks settled every point, he
    said.", "He warned that ...": ``_STATING``): the person named before, as a "he said" after a quote
    is found (``_goes_on_from``); None for a sentence that quotes or names its speaker, or a tag at its
    end after a sentence of two people's words."""
    if speakers(text) or _SOURCED_LAST.search(text):
        return None
    if _QUOTE_MARK.search(text):
        # Words quoted inside a sentence that opens with "he" or "she" saying ("He added that, “sadly,”
        # the talks ...", "She added: “...”"; audit 102 read five such headings with no one named): read
        # as the sentence without the marks; not a quote left open or closed from another sentence.
        if _open_marks(text) != 0 or not (_REPORTED_BY_PRONOUN.match(text) or _REPORTED_STATING.match(text)):
            return None
        text = _QUOTE.sub(lambda quote: quote.group(0)[1:-1], text)
    if _REPORTED_TAG_LAST.match(text):
        # Not after a sentence of two people's words ("Our reporter says ..., but Mr Lee said ..."):
        # which one the "he" stands for, not sure.
        # But where every saying has a subject the tag reading names and all but one are bodies ("Police
        # said ..., but Roe later said ..."), a body is no "he": the one person is.
        plain = _QUOTE.sub(" ", before[0]) if before else ""
        sayings = len(re.findall(rf"\b{_SAYING}\b", plain))
        named = len(_speaker_matches(before[0])) if before else 0
        if sayings > 1 and not (sayings == named and _one_person_speaking(before[0], article)):
            return None
    elif stating := _REPORTED_STATING.match(text):
        text = text[: stating.end(1)] + "said" + text[stating.end() :]  # read as the "he said" it stands for
    elif not _REPORTED_BY_PRONOUN.match(text):
        return None
    return _goes_on_from(text, before, article, reported=True)


# A sentence of the outlet's own words that opens with "he" or "she" as its subject ("He is due in court
# on Monday.", "But she also declined to ..."), not quoting.
_PRONOUN_SUBJECT = re.compile(
    r"^(?:(?:But|And|Yet|Still|So|Then)\s+(he|she|his|her)|(He|She|His|Her))\s+(?:(?:\w+ly|also|later|then)\s+)*[a-z]"
)
# A possessive that opens a sentence ("His licence was suspended.") stands for whom "he" would.
_OF_POSSESSIVE = {"his": "he", "her": "she"}


def pronoun_subject(text: str, before: Sequence[str], article: str = "") -> str | None:
    """Whom the "he" or "she" that opens a sentence of the outlet's own words stands for: the person the
    sentence before opens with ("Ann Roe was charged on Friday." / "She is due in court on Monday."),
    back over sentences that open with the same pronoun; or the person a sentence of reported speech
    names as speaking ("Roe, after the vote, argued that ..."), where it names no other person. None
    where a sentence on the way quotes (a "he" after "“...,” Roe said." is as often the one Roe spoke
    of), or opens with no one."""
    found = _PRONOUN_SUBJECT.match(text)
    if not found:
        return None
    if _QUOTE_MARK.search(text):
        # A word or two it quotes ("He railed against a “disgrace” at the pier."): read without the
        # marks, as a "he said" that quotes a phrase is; not a quote left open or closed from another
        # sentence, nor one that holds half its words or more.
        if _open_marks(text) != 0 or not few_quoted(text):
            return None
        text = _QUOTE.sub(lambda quote: quote.group(0)[1:-1], text)
    word = found.group(1) or found.group(2)
    pronoun = _OF_POSSESSIVE.get(word.lower(), word.lower())  # "His ...": whom "he" stands for (audit 129)
    said = f"{pronoun.capitalize()} said {text[found.end() - 1 :]}"  # read as the "he said" a tag would be
    for k, earlier in enumerate(before[:QUOTE_RUN]):
        if _QUOTE_MARK.search(earlier) and _says_pronoun(earlier) == pronoun and not speakers(earlier):
            # The same "he" quoted just before ("“...,” he said." then "He went home."): whose quote that
            # is, as its own reading finds (audit 127).
            return quote_speaker(earlier, before[k + 1 :], [], article)
        if _QUOTE_MARK.search(earlier):
            return None
        if not speakers(earlier) and _about(earlier, pronoun):
            continue  # "But she said ... ." about the same "she", in the outlet's own words (audit 128)
        # A source's words told in the outlet's own ("Bo Lee, after the vote, argued that ..."): the
        # person who spoke, where the sentence names no other person (audit 131); not a source that
        # is no one named ("..., police said.").
        if _SAYS_SOURCE.search(earlier) and not speakers(earlier):
            return None
        person = speaker_before(said, earlier, article)
        # Not where that sentence names another person too ("Roe charged Lee, but ..." / "He denied it."):
        # whom the pronoun stands for is not sure (the first reading gave a charge's denial to the
        # prosecutor). A people ("Central Americans") or a body ("the National Guard") is no other
        # person (audit 128).
        words = set(person.split()) if person else set()
        others = [
            n
            for n in names(earlier)
            if not set(n.split()) & words
            and n.split()[-1] not in DEMONYMS | _BODIES
            and _person(n.split()[-1], article)
        ]
        return None if others else person
    return None


# A sentence that gives its words to a source ("..., police said."): whose account it is, not sure.
_SAYS_SOURCE = re.compile(rf"\b{_SAYING}\b")


def utterance_speaker(text: str, before: Sequence[str], after: Sequence[str], article: str = "") -> str | None:
    """Who speaks the quote of a sentence: the speaker its own tag names ("“...,” said Ann Roe."), or
    the one its article names around it (``quote_speaker``)."""
    if speakers(text):
        return None if _relays(text) else _tag_of(text, article)
    return quote_speaker(text, before, after, article)


def only_quote(text: str) -> bool:
    """Whether a sentence is a quote and no words of the outlet's own but a short tag ("“...”", "“...,”
    he told reporters")."""
    return _goes_on(text) and len(re.findall(r"[^\W\d_]+", _outside(text).replace("…", ""))) <= TAG_TAIL + 3


# A quote inside a quote: a single mark opening after a space or a double mark ("“He said, ‘We ..."),
# or closing right before a double one ("... we're safe.’”").
_NESTED = re.compile(r"(?:^|[\s“\"(])['‘](?=[A-Za-z])|[’']\s*[”\"]")
# A word or two in single marks inside a quote ("the system we call ‘Boardwalk,’ he said"): a name
# or term the speaker marks, not another's words relayed.
_TERM = re.compile(r"(?:^|(?<=[\s“\"(]))‘([^‘’]{1,40}?)[,.]?’(?=[\s,.;:!?”\"]|$)")


def _relays(text: str) -> bool:
    """Whether a quote in the text relays another's words (``_NESTED``), other than terms (``_TERM``),
    outside the text's own double quotation marks, or the text begins or ends inside relayed words (it
    closes a single quotation mark it never opened, "We did nothing.’”", or opens one it does not
    close, "“He told me, ‘Go."). Words relayed and closed inside a quote of the text's own (“When we
    say, ‘Open doors,’ we mean it,” she said) are the quote's speaker's to say, as the rest of it is."""
    plain = _outside(text)
    if _NESTED.search(_TERM.sub(lambda m: m.group(0) if len(m.group(1).split()) > 2 else " ", plain)):
        return True
    closes, opens = _INNER_CLOSE.search(text), _INNER_OPEN.search(text)
    if closes is not None and (opens is None or closes.start() < opens.start()):
        return True
    # Nor where it goes on inside them ("“He said, ‘We did nothing."): the words are mostly another's.
    return _leaves_inner_open(text)


def _leaves_inner_open(text: str) -> bool:
    """Whether the text opens relayed words in single marks and does not close them ("“He told me,
    ‘Go home.")."""
    opens = list(_INNER_OPEN.finditer(text))
    # After an opening mark, a mark at a word's end closes it ("the ‘cloud’ he wanted lifted").
    at = opens[-1].end() if opens else 0
    return bool(opens) and _INNER_END.search(text, at) is None and _INNER_CLOSE.search(text, at) is None


# A single quotation mark that opens relayed words, and one that closes them (after a stop or a comma,
# or right before a double mark or the end: not an apostrophe, "Ann’s", nor a plural's, "the crews’ pay");
# after an opening mark, one at a word's end closes them too (``_INNER_END``: "the ‘cloud’ he wanted").
_INNER_OPEN = re.compile(r"(?:^|(?<=[\s“\"(]))['‘](?=[A-Za-z])")
_INNER_CLOSE = re.compile(r"(?<=[.,!?…])['’]|['’](?=\s*[”\"]|\s*$)")
_INNER_END = re.compile(r"(?<=[\w.,!?…])['’](?=[\s,.;:!?)”\"]|$)")


def _first_marked(sentences: Sequence[str]) -> int | None:
    """The nearest of the sentences (up to ``QUOTE_SPAN``) with a quotation mark, or None."""
    return next((i for i, t in enumerate(sentences[:QUOTE_SPAN]) if _QUOTE_MARK.search(t)), None)


def _opener(before: Sequence[str]) -> int | None:
    """Which of the sentences before (nearest first) opens the quote the next sentences are inside:
    back over sentences without marks to one that leaves a quote open (None if a quote closes first)."""
    i = _first_marked(before)
    return i if i is not None and leaves_open(before[i]) else None


def _closer(after: Sequence[str]) -> int | None:
    """Which of the sentences after closes the quote they go on with: over sentences without marks
    to one that closes a quote (None if another quote opens first)."""
    i = _first_marked(after)
    return i if i is not None and _closes_earlier(after[i]) else None


# A written statement's words given to its author: "“...,” Ann Roe's statement read." (not a spokesman's:
# "Roe's spokesman said" names someone else, unnamed).
_WRITTEN_BY = re.compile(
    rf"({_NAMED})['’]s\s+(?:\w+\s+)?(?:statement|tweet|letter|post|memo|message|e-?mail)\s+(?:read|reads|said|says|stated)\b"
)


# A quote put as a headline or a post puts it: the person's full name, what about, a colon, the quote
# ("Ann Roe on the ferry's return: “We are back.”").
_ON_TOPIC = re.compile(rf"^\W*({_NAMED})\s+on\s+[^:“”\"]{{1,80}}:\s*$")


# A quote put after a colon in the mouths of many ("and all asked one thing: “...", "They
# chanted: “...”"): the words are the group's, whoever the sentence's tag names (audit 119 read a
# question evacuees asked, relayed by the driver the tag names, labelled as his).
_GROUP_ASKS = re.compile(
    r"\b(?:[Tt]hey|all|[Mm]any|[Bb]oth|[Oo]thers|[Ee]veryone|[Ee]verybody|[Rr]esidents|[Ww]orkers|[Cc]rowds?|[Pp]rotesters)"
    r"\s+(?:\w+\s+){0,2}?(?:asked|wondered|chanted|shouted|cried|yelled|wanted\s+to\s+know)\b[^“”\".;:]{0,40}:\s*[“\"]"
)


def _tag_of(text: str, article: str, describe: bool = False) -> str | None:
    """The speaker a sentence's tag names, outside its quotes, if it is a name (``_named``), or the
    author of a written statement it quotes ("Roe's statement read"), or the person a quote is put
    under as a headline would ("Ann Roe on the ferry: “...”"); with ``describe``, else the speaker it
    describes (``described``)."""
    if _GROUP_ASKS.search(text):
        return None  # many people's words, as the tag's person relays them ("..., Roe said, and all asked: “...”")
    tag = _outside(text)
    reply = _REPLY.search(tag)
    if (
        not speakers(tag)
        and reply
        and _named_words(reply.group(1))
        and _BEFORE_QUOTE.match(tag, reply.end())
        and "?" not in text.partition(reply.group(1))[0]
    ):
        # "Roe responded: “We ...": a reply's verb names its speaker right before the quote, which the
        # tag read alone has lost (audit 94: the quote's closing sentence went without a speaker); not
        # after a question quoted before it ("Asked, “Is it safe?” Roe replied, “It is.”": whose words
        # a bare quote after it goes on with is not sure).
        return _named(text, _label(reply.group(1)), article)
    if not speakers(tag) and (written := _WRITTEN_BY.search(tag)) and _named_words(written.group(1)):
        return _named(text, _label(written.group(1)), article)
    on = _ON_TOPIC.match(tag) if _QUOTE_MARK.search(text) else None
    if on and len(named := _named_words(on.group(1))) >= 2 and named[-1] not in _BODIES:
        return " ".join(named)
    if not speakers(tag):
        return described(tag) if describe else None
    if joint(tag, _speaker_label(tag)):
        return None  # the words of several people at once ("Ann Roe and Bo Lee said")
    # Read with its quote: "says Roe “should ..." is reported speech.
    speaker = _named(text, _speaker_label(tag), article)
    # A name that is no speaker ("A spokeswoman in Port Town said": a place) leaves the description.
    return described(tag) if speaker is None and describe else speaker


# A speaker described, not named, in a quote's tag: "one harbour official said", "the Port-born
# reporter told ...", "..., said one member who voted no." (an article or "one", at most four more
# words, none a small word, the last in lowercase: a person, or a body's document, "the statement
# said"; perhaps a body's name or a noun after it, "a spokeswoman for the Port Authority", "a friend of
# the family"; after the quote a "who ..." clause too), after the quote or opening the sentence.
# A party's member is described, not named ("said one Republican on the board").
_MEMBER = r"(?:Democrat|Republican|Tory|Conservative|Liberal|Socialist)s?"
_DESCRIBED_WORDS = (
    rf"(?P<core>(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:[\w’'-]+\s+){{0,3}}?(?:[a-z][\w’'-]*|{_MEMBER}\b))"
    r"(?:\s+(?:of|for|in|at|with)\s+(?:the\s+)?(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}|[a-z][\w’'-]*))?"
)
_DESCRIBED_TAGS = (
    re.compile(rf"(?:^|“…”[\s,]*)(?P<who>{_DESCRIBED_WORDS})\s+(?:\w+ly\s+)?{_SAYING}\b"),
    re.compile(
        rf"“…”[\s,]*(?:said|says|added|wrote)\s+(?P<who>{_DESCRIBED_WORDS}(?:\s+who\s+[a-z][^,.;“”]{{0,30}}?)?)"
        r"\s*(?=[,.;:]|$)"
    ),
    # A document's words read out: "“...,” the statement read." (a document only: "the boy read").
    re.compile(
        r"(?:^|“…”[\s,]*)(?P<who>(?P<core>[Tt]he\s+(?:[a-z-]+\s+)?"
        r"(?:statement|letter|release|memo|post|tweet|message|e-?mail|notice)))\s+(?:read|reads)\b"
    ),
)


def described(tag: str) -> str | None:
    """The speaker a quote's tag (its words outside the quotes) describes without a name ("one harbour
    official said" -> "one harbour official"), its first word in lowercase; None for a tag that names
    no one so ("a clerk looked at him and said" describes no one: a small word inside)."""
    for pattern in _DESCRIBED_TAGS:
        found = pattern.search(tag.strip())
        if found and not any(w.lower() in STOP_WORDS for w in found.group("core").split()[1:]):
            words = found.group("who").split()
            return " ".join([words[0].lower(), *words[1:]])
    return None


def own_description(text: str) -> str | None:
    """The speaker a sentence's own tag describes without a name ("“...,” the statement read." -> "the
    statement"), None where it names one or describes none."""
    tag = _outside(text)
    return None if speakers(tag) else described(tag)


# Documents a tag may give as the speaker ("“...,” the statement said."): whose they are is said before.
_DOCUMENTS = {
    "statement", "letter", "report", "release", "memo", "complaint", "filing", "indictment", "lawsuit", "document",
    "post", "tweet", "email", "notice", "ruling", "order", "affidavit", "transcript",
}  # fmt: skip
_OWNER = r"(?<![\w’'-])((?:[A-Z][\w.’'&-]*\s+){0,5}[A-Z][\w.&-]*)"


# More owners named after the first ("..., Bo Lee and Cy Day", "and the Port Board").
_SEVERAL_OWNERS = re.compile(r"(?:\s*,\s*(?:[A-Z][\w.’'&-]*\s+){0,6}[A-Z][\w.&-]*)*,?\s+and\s+(?:the\s+)?[A-Z]")
# ... or before it ("Ann Roe and Bo Lee issued a statement").
_OWNERS_BEFORE = re.compile(r"[A-Z][\w.&-]*(?:,|,?\s+and)\s+(?:the\s+)?$")


def document_owner(description: str, before: Sequence[str]) -> str | None:
    """Whose document a tag describes as speaking ("the statement" -> "Harbour Board"), from the
    sentences before it (nearest first, ``QUOTE_RUN`` of them): "The Harbour Board's statement ...",
    "Ann Roe said in a statement ...", "Ann Roe issued a statement ...", "a statement from the Harbour
    Board"; None where none is found (audit 104 read "— Said by the statement" as naming no one). A
    description that is no document is given back as it is."""
    noun = description.split()[-1]
    if noun not in _DOCUMENTS:
        return description
    patterns = [
        rf"{_OWNER}[’']s\s+(?:[a-z-]+\s+){{0,2}}{noun}\b",
        rf"{_OWNER}(?:,[^,]{{1,80}},)?\s+(?:said|says|wrote|added)\s+in\s+(?:a|an|its|his|her|their)\s+"
        rf"(?:[a-z-]+\s+){{0,2}}{noun}\b",
        rf"{_OWNER}\s+(?:issued|released|sent|posted)\s+(?:a|an)\s+(?:[a-z-]+\s+){{0,2}}{noun}\b",
        rf"\b{noun}\s+(?:from|by)\s+(?:the\s+)?{_OWNER}",
    ]
    for sentence in before[:QUOTE_RUN]:
        plain = _QUOTE.sub(" “…” ", sentence)
        for pattern in patterns:
            if found := re.search(pattern, plain):
                if _SEVERAL_OWNERS.match(plain, found.end(1)) or _OWNERS_BEFORE.search(plain[: found.start(1)]):
                    return None  # "a joint statement from Ann Roe, Bo Lee and Cy Day": no one's alone
                owner = re.sub(r"^(?:The|A|An|But|And)\s+", "", found.group(1).strip())
                if owner and not all(w.lower() in STOP_WORDS for w in owner.split()):
                    # A person without the title before the name ("Representative Ann Roe"); a body whole.
                    return owner if owner.split()[-1] in _BODIES else _label(owner)
    return None


def _one_person_speaking(text: str, article: str) -> str | None:
    """The one person among a sentence's speakers where the others are bodies or common words ("Police
    said ..., but Roe later said ..." -> "Roe"); None for two people or none."""
    people = {p for name in _speaker_matches(text) if _named_words(name) and (p := _named(text, _label(name), article))}
    return next(iter(people)) if len(people) == 1 else None


def _named(text: str, label: str, article: str) -> str | None:
    """``label`` as the text writes it where it is a person the text names as who speaks: not a body
    ("the Police Department said"), nor a common word the article capitalises only where a sentence
    begins (``_common_word``), nor a place or reported speech (``_tagged``)."""
    if label.split()[-1] in _BODIES or (" " not in label and _common_word(label, article)):
        return None
    return _tagged(text, label)


# Sources that are no one named, giving an account of "he" or "she" ("Aides said he wanted ...",
# "Officials say she was ..."): the pronoun stands for whom the sentences before name.
_SOURCE_ABOUT = re.compile(r"^\W*([A-Z][a-z]+)\s+(?:\w+ly\s+)?(?:said|say|says)\s+(?:that\s+)?(he|she)\b")


def _source_about(text: str, pronoun: str, article: str) -> bool:
    """Whether a sentence is others' account of the pronoun's person, its source a common word
    ("Aides said he wanted ..."): the person is whom the sentences before it name (audit 92)."""
    found = _SOURCE_ABOUT.match(text)
    return bool(found and found.group(2).lower() == pronoun and _common_word(found.group(1), article))


def _goes_on_from(
    text: str, before: Sequence[str], article: str, describe: bool = False, reported: bool = False
) -> str | None:
    """The speaker a "she said" or a bare quote goes on from: named in the sentence before
    (``speaker_before``), or, back through sentences that only go on quoting ("“...”", "“...,” he
    said", a quote's middle), in the nearest one whose tag names someone, up to ``QUOTE_RUN``
    sentences back."""
    if not before:
        return None
    if text.lstrip().startswith(("“", '"')) and (clause := _lead_in(before[0])) is not None:
        return _lead_speaker(clause, article)  # a quote the sentence before leads in to
    pronoun = pronoun_own = _says_pronoun(text)
    if named := _named_back(text, before, 0, pronoun if _tags_by_pronoun(text) else None, article):
        return named
    if (
        pronoun
        and _REPORTED_BY_PRONOUN.match(text)
        and _says_pronoun(before[0]) == pronoun
        and _QUOTE_MARK.search(before[0])
        and not speakers(before[0])
        and (found := quote_speaker(before[0], before[1:], [], article, describe))
    ):
        return found  # "“...,” he said." then "He added that ...": the same "he", whose quote that is (audit 122)
    if _QUOTE_MARK.search(text) and not _goes_on(text):
        return None  # words of the outlet's own beside the quote: a tag this does not read ("— Gov. Roe")
    # A quote opened before it (not a sentence of reported speech, ``reported``: "He said the talks ...").
    inside = not reported and (_QUOTE_MARK.search(text) is None or _open_marks(text) < 0)
    said = None  # where an earlier "he said" the run goes back from stands (the text's own: tried above)
    # Where the quote the text's own "he said" closes opened ("Bo Lee heard a noise." / "“The door was
    # gone." / "It was in pieces,” he said."): the sentence before that names whom "he" stands for.
    tagged = inside and _tags_by_pronoun(text)
    unopened = False  # the "he said" at ``said`` closes a quote with no opening mark in its sentence
    opened = None
    steps = 0  # sentences gone back over, a long quote's middle sentences not counted
    chained = False  # gone back over sentences about the same "he" (reported speech)
    for k, earlier in enumerate(before[: 3 * QUOTE_RUN]):
        if _relays(earlier):
            # A quote within a quote: the words may be another's, relayed; but a quote closed in a
            # sentence whose tag names its speaker ("“We told them, ‘Soon,’” Roe said.") is theirs,
            # and the bare quote after it goes on in their words. Relayed words closed inside the
            # sentence's own quote (“He called it ‘a disgrace.’ We agreed.”) are its speaker's.
            if inside or _open_marks(earlier) != 0:
                return None
            return _tag_of(earlier, article)
        marked = _QUOTE_MARK.search(earlier) is not None
        if inside and not marked:
            continue  # a middle sentence of the quote
        steps += 1
        if steps > QUOTE_RUN:
            return None
        if inside and not leaves_open(earlier):
            # A quote closed here: the sentence was not inside one; but where the "he said" the run goes
            # back to closes a quote no sentence opened (its opening mark left out, '... fence," he
            # said.'), the quote began in that sentence, and the one before it names whom "he" stands for.
            # So too where the text's own "he said" closes such a quote: whom this sentence names.
            if said is None and pronoun and _unopened_mark(text):
                return speaker_before(text, earlier, article)
            # A quote closed and tagged here, then sentences without marks up to a closing mark no
            # sentence opened ('“We will stay,” Roe said. We are proud. We did it.”'): the outlet left
            # out the mark that opened the quote again after its tag; the words are the tag's person's.
            if said is None and _open_marks(earlier) == 0 and (found := _reopened(earlier, before[k + 1 :], article)):
                return found
            found = _unopened(before, said, unopened, pronoun, article)
            if found is None and said is not None and not pronoun_own and _open_marks(earlier) == 0:
                # A bare quote after a "he said" that closes a quote of several sentences: whose words
                # that sentence closes are whose these are.
                found = quote_speaker(before[said], before[said + 1 :], [], article, describe)
            return found
        if named := _tag_of(earlier, article, describe):
            return named
        if not _goes_on(earlier):
            if pronoun and _says_pronoun(earlier) == pronoun and not speakers(earlier):
                chained = True
                continue  # words given to the same "he" ("..., he said he would stay."): still whom it stands for
            if reported and pronoun and _about(earlier, pronoun) and not marked and not speakers(earlier):
                chained = True
                continue  # "He did not rule it out." between "Roe said ..." and "He said ...": the same "he"
            if reported and chained:
                # Back over sentences about the same "he" to one about someone: whom it opens with ("Ann
                # Roe, ..., said ..." / "He said ..." / "He did not ..." / "He said ...": audit 123).
                return speaker_before(text, earlier, article)
            # The sentence that opened the quote the run came back through, with a colon ("Roe was
            # quick to retort: “... / ...”" then "He added: “...”"): whom it opens with.
            if pronoun and leaves_open(earlier) and _COLON_QUOTE.search(earlier):
                return speaker_before(text, earlier, article)
            # The "he said" the run goes back to, right after a sentence that names its person ("Asked
            # ..., Ann Roe, a clerk, offered a view." then "“...,” she said." then "“...”").
            if opened is not None and k == opened + 1:
                return speaker_before(text, earlier, article)
            if said is None or k != said + 1:
                return None
            return _named_back(before[said], before, k, pronoun, article)  # "She ordered ..." / "“...,” she said."
        if tagged and opened is None and leaves_open(earlier):
            opened = k
        inside = _closes_earlier(earlier)  # it closes a quote opened before it
        if not pronoun and (pronoun := _says_pronoun(earlier)):  # a bare quote goes on from a "he said" before it
            said = k
            unopened = inside and _unopened_mark(earlier)
        elif said is not None and k == said + 1 and _says_pronoun(earlier) == pronoun:
            said = k  # "“...,” she said. She added: “...": the same "she", one sentence further back
        elif said is None and k == 0 and pronoun and _says_pronoun(earlier) == pronoun and not speakers(earlier):
            said = k  # "He said he is “...”" then "He's said it is “...”": the same "he" the sentence before
    return _unopened(before, said, unopened, pronoun, article)


def _reopened(text: str, before: Sequence[str], article: str) -> str | None:
    """Whose quote a sentence closes and then tags, its tag last ("“We will stay,” Roe said."): the
    speaker its tag names, or whom its "he said" stands for; None for a sentence that does not end
    with a tag."""
    last = max((m.end() for m in _QUOTE_MARK.finditer(text)), default=-1)
    tail = text[last:]
    if last < 0 or not re.search(r"[^\W\d_]", tail) or re.search(r"[A-Z][\w’'.-]*\s+and\s+[A-Z]", tail):
        return None  # no tag, or one of two people ("said Roe and Lee"): whose words, not sure
    if re.search(
        rf"\b{_SAYING}\b.*?[,;:—–]\s*(?:though|although|but|while|as|and|adding|because|when|after|before)\b", tail
    ):
        return None  # the outlet's words after the tag ("Roe said, though no one asked"): no tag last
    if speakers(tail):
        return _tag_of(text, article)
    if _says_pronoun(tail):
        return _goes_on_from(text, before, article)
    return None


def _unopened_mark(text: str) -> bool:
    """Whether the sentence's first quotation mark closes a quote (none opens before it in the sentence)."""
    first = _QUOTE_MARK.search(text)
    return first is not None and (first.group() == "”" or (first.group() == '"' and _open_marks(text) < 0))


def _unopened(before: Sequence[str], said: int | None, unopened: bool, pronoun: str | None, article: str) -> str | None:
    """Whom the "he said" at ``said`` stands for, named in the sentence before it, where its quote's
    opening mark is nowhere to be found (``unopened``); None otherwise."""
    if said is None or not unopened:
        return None
    return _named_back(before[said], before, said + 1, pronoun, article)


_COLON_QUOTE = re.compile(r":\s*[“\"]")  # a quote a colon opens ("Roe was quick to retort: “...")
_POSSESSIVE = {"he": "his", "she": "her"}


def _named_back(text: str, before: Sequence[str], at: int, pronoun: str | None, article: str) -> str | None:
    """Whom the "he" or "she" of ``text`` stands for, named in ``before[at]`` (``speaker_before``), or
    back over at most two sentences about the same person to the one that names them ("Roe said she was
    glad." / "She hoped ...", "Her office ...", "But she ..." / "“...,” she said."); only the first
    without the ``pronoun``."""
    for j in range(at, min(at + 3, len(before))):
        if named := speaker_before(text, before[j], article):
            return named
        about = _about(before[j], pronoun) or _source_about(before[j], pronoun, article) if pronoun else False
        if not about or _QUOTE_MARK.search(before[j]):
            return None
    return None


def _about(text: str, pronoun: str) -> bool:
    """Whether a sentence opens with the pronoun or its possessive, after at most a short phrase or a
    linking word ("She hoped ...", "Her office ...", "Unseen, she ...", "But she said ...")."""
    opening = rf"(?:[^,]{{0,60}},\s+|(?:But|And|Yet|Still|Then|So)\s+)?(?:{pronoun}|{_POSSESSIVE[pronoun]})\b"
    return re.match(opening, text, re.IGNORECASE) is not None


def _tags_by_pronoun(text: str) -> bool:
    """Whether the text gives a quote to "he" or "she" (``_QUOTE_BY_PRONOUN``), a quote it closes
    included ("... in pieces,” he said.")."""
    if _QUOTE_BY_PRONOUN.search(_QUOTE.sub(" “…” ", text)) or (_OPENS_SAYING.match(text) and _QUOTE.search(text)):
        return True
    return (
        _closes_earlier(text)
        and re.match(rf"\W*(?:[Hh]e|[Ss]he)\s+(?:\w+ly\s+)?{_SAYING}\b", _outside(text)) is not None
    )


def _says_pronoun(text: str) -> str | None:
    """The pronoun a sentence gives words to outside its quotes ("“...,” he said" -> "he"), if any."""
    found = _PRONOUN_SAYS.search(_QUOTE.sub(" “…” ", text))
    return None if found is None else re.search(r"\b[Ss]?[Hh]e\b", found.group(0)).group(0).lower()  # type: ignore[union-attr]


def _outside(text: str) -> str:
    """The text outside its quotes (each written “…”); a lone opening mark quotes to the end, a lone
    closing mark from the start."""
    paired = [m.span() for m in _QUOTE.finditer(text)]
    lone = [m.start() for m in _QUOTE_MARK.finditer(text) if not any(a <= m.start() < b for a, b in paired)]
    if len(lone) == 1:
        text = text[: lone[0]] if _open_marks(text) > 0 else text[lone[0] + 1 :]
    elif len(lone) == 2 and _tag_between(text, *lone):
        text = text[lone[0] + 1 : lone[1]]  # a quote's end, its tag, the next quote's start
    return _QUOTE.sub(" “…” ", text)


def _reopens(text: str) -> bool:
    """Whether the sentence closes a quote opened before it, tags it and opens the next one ("... at
    all,” Ann Roe said. “Then we ran"): it both ends a quote and leaves one open."""
    marks = [m.start() for m in _QUOTE_MARK.finditer(text)]
    return len(marks) == 2 and _tag_between(text, *marks)


def leaves_open(text: str) -> bool:
    """Whether the sentence leaves a quote open for the next ones to go on with."""
    return _open_marks(text) > 0 or _reopens(text)


def _closes_earlier(text: str) -> bool:
    """Whether the sentence closes a quote an earlier sentence opened."""
    return _open_marks(text) < 0 or _reopens(text)


def _goes_on(text: str) -> bool:
    """Whether a sentence only goes on quoting: a quote and no other words, or a quote given to "he"
    or "she"."""
    if not _QUOTE_MARK.search(text):
        return False
    rest = _outside(text)
    if not re.search(r"[^\W\d_]", rest.replace("…", "")) or _PRONOUN_SAYS.search(rest):
        return True
    # "He also urged crews to “stay home." with its quote left open: the verb's quote is cut from ``rest``.
    return bool(_OPENS_SAYING.match(text)) and leaves_open(text)
