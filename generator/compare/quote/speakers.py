"""Who a sentence names as speaking, outside its quotes ("..., said Ann Roe", "according to Mr.
Roe"): the speaker's name words, the label a page prints ("Bo Lee" of "FDA Commissioner Bo Lee"), a
speaker named by surname in full, and whether two wordings name one speaker."""

from __future__ import annotations

import re
from functools import lru_cache

from ...lexicon import DAYS, MONTHS, STOP_WORDS
from ...segment import QUOTATION as _QUOTE
from ..name import _PARTICLE, INNER_TITLES, NAME_STOP, TITLE_MODIFIERS, TITLES, _name_word, _same_name
from ..number import NUMBER_WORDS
from .words import _SAYING, _quotes

_NAMED_WORD = r"[A-Z][\w’'-]*(?:\.[A-Z][\w’'-]*)*"  # "A.J." is one word of a name
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
# A particle inside a name is part of it ("Ana da Silva Roe"), never its first word.
# ... and a numbered one ends with its number ("Juror No. 8"; audit 144 labelled the words "Juror No").
_NAMED = rf"(?<![\w’'.-]){_NAMED_WORD}(?:\s+No\.\s?\d{{1,4}}\b|(?:\.?\s+|\s+{_PARTICLE}\s+){_NAMED_WORD})*"
# Lowercase words that describe the person named next ("said Acme campaign manager Bo Lee", "said
# co-author Bo Lee"): the speaker is the name after them, not the organisation before; never a small
# word ("said Friday that Roe ...": Roe is no speaker).
_DESCRIBING = rf"(?!(?:{'|'.join(sorted(w for w in STOP_WORDS if w.isalpha()))})\b)[a-z]+(?:-[a-z]+)*"
# A place and its state before whom it describes ("said Port Town, Ore., columnist Ann Roe"): no speaker.
_PLACE = rf"(?:{_NAMED},\s+(?:[A-Z][a-z]{{1,4}}\.|[A-Z]{{2}}),\s+)"
# Adverbs not in -ly between a speaker and the saying verb ("Roe also said", "Roe later told").
_WHEN_ADVERB = r"(?:also|later|then|again|earlier|first|now|previously|still)"
# An office of capitalised words joined by "of" or "for" ("Secretary of State", "Minister for Trade and
# Ports"), read word by word as few as it takes, so the name after it is the clause's last words.
# ... whose word before "of" or "for" is a title ("Secretary of", "Commissioner for"; not "Ann Roe of the
# Harbour Trust": audit 139 read "— Harbour Trust" for her).
_TITLE_WORD = "|".join(sorted(TITLES | INNER_TITLES | TITLE_MODIFIERS))
_OFFICE = (
    rf"(?=(?:{_NAMED_WORD}\s+){{0,3}}?(?:{_TITLE_WORD})\s+(?:of|for)\s)"
    rf"(?:{_NAMED_WORD}\s+){{1,4}}?(?:(?:of|for)\s+(?:the\s+)?(?:{_NAMED_WORD}\s+){{1,4}}?"
    rf"(?:(?:and|&)\s+(?:{_NAMED_WORD}\s+){{1,3}}?)?){{1,2}}"
)
# "Aaron said", "Don Aaron, a police spokesman, initially told", "Rep. Ann Doyle (D-Ore.) said",
# "said Mike Reichling", "according to Kim", "said senior adviser Ann Roe". A quote is read as “…”
# (``_speaker_matches``): an apposition may hold one ("Ann Roe, who said “…” in May, tweeted"), but a
# quote is no apposition ("At Roe's Diner, which opens early, “…” said Ann Lee": audit 129 read the
# diner as the speaker, with the quote taken out).
# A verb whose speaker may follow it ("said hospital director Ann Roe"; "told reporters" names whom).
_SAID_AFTER = r"(?:(?<=said)|(?<=says)|(?<=added)|(?<=wrote)|(?<=writes))"
_WHEN_NAMED = "|".join(sorted(w.capitalize() for w in DAYS | MONTHS))
_SPEAKER = re.compile(
    # "Ann Roe's father, Bo, said", "Her lawyer, Bo Lee, said": the name set off after a person's
    # relation or role is the speaker, not the person the relation is of (audit 137).
    rf"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)|{_NAMED_WORD}[’']s)\s+(?:[a-z-]+\s+){{0,3}}?[a-z-]+,\s+({_NAMED}),"
    rf"\s+(?:(?:\w+ly|{_WHEN_ADVERB})\s+)?{_SAYING}\b"
    # "said Ann Roe's father, Bo Lee.", "said the victim's sister, Bo Lee.": after the verb too, the
    # name set off after the relation speaks (audit 143 read the father's words as his daughter's).
    rf"|\b(?:[Ss]aid|[Ss]ays|[Aa]dded|wrote|writes)\s+(?:(?:his|her|their|the)\s+|(?:{_NAMED_WORD}\s+){{0,3}}{_NAMED_WORD}[’']s\s+)"
    rf"(?:[a-z’'-]+\s+){{0,3}}?[a-z’'-]+,\s+((?:{_PARTICLE}\s+)?{_NAMED})(?=\s*(?:[,.;:!?]|$))"
    rf"|({_NAMED})(?:\s+from\s+{_NAMED},?(?=\s))?(?:(?P<apposed>(?:,(?:[^,“”\"]|“…”){{1,120}}){{1,2}},)|\s+\([^()]{{1,40}}\))?"
    rf"\s+(?:(?:has|had)\s+)?(?:(?:\w+ly|{_WHEN_ADVERB})\s+)?{_SAYING}\b"
    # ... not, after an apposition, where the verb's own speaker follows it ("A girl, Bo Lee, whose
    # ... was hurt, said hospital director Ann Roe.": audit 137 read the girl as the speaker).
    rf"(?(apposed)(?!{_SAID_AFTER}\s+(?:(?:former|{_DESCRIBING})\s+){{1,3}}(?!{_WHEN_NAMED}\b)(?:{_PARTICLE}\s+)?{_NAMED}"
    rf"\s*(?:[,;:!?]|\.(?!\s*[A-Z])|$)))"
    # "said Secretary of State Ann Roe.", "said Deputy Commissioner for Trade and Ports Ann Roe.": an
    # office of several words joined by "of" or "for" (then "and"), then the name, which ends the clause.
    rf"|\b(?:[Ss]aid|[Ss]ays|[Aa]dded|wrote|writes)\s+{_OFFICE}((?:{_PARTICLE}\s+)?{_NAMED})(?=\s*(?:[,.;:!?]|$))"
    rf"|\b(?:[Ss]aid|[Ss]ays|[Aa]dded|wrote|writes)\s+(?:\d{{1,3}}-year-old\s+)?"
    rf"(?:{_PLACE}(?:{_DESCRIBING}\s+){{1,3}}(?=[A-Z])|{_PLACE}?(?:{_NAMED}\s+(?:{_DESCRIBING}\s+){{1,3}}(?=[A-Z]))?)"
    rf"((?:{_PARTICLE}\s+)?{_NAMED})"
    rf"|\baccording to ({_NAMED})"
    # "said senior adviser Ann Roe.": lowercase words that describe the person, then the name, which
    # ends the clause (not "said regional traders Roe and Lee met ...").
    rf"|\b(?:said|says|added|wrote|writes)\s+(?:(?:former|{_DESCRIBING})\s+){{1,3}}((?:{_PARTICLE}\s+)?{_NAMED})(?=\s*(?:[,.;:!?]|$))"
)


def speakers(text: str) -> set[str]:
    """The name words of whoever the text says is speaking (outside its quotes): "Aaron said",
    "said Mike Reichling", "according to Mr. Kim" -> {"Kim"}; pronouns and titles are not names."""
    return set(_speakers(text))


@lru_cache(maxsize=1 << 16)
def _speaker_names(text: str) -> tuple[tuple[str, ...], ...]:
    """Each speaker the text names (outside its quotes), in order, as name words without titles,
    pronouns or days ("said Wednesday")."""
    return tuple(words for name in _speaker_matches(text) if (words := _named_words(name)))


# A sentence whose subject, a person named first, does something ", saying" what it quotes: "Mayor Ann
# Roe also thanked the crews, saying they had “saved the town.”" (an audit found such words given to
# the person the sentence before quotes). Not a body ("Police arrested him, saying ...": no name).
_SAYING_SUBJECT = re.compile(
    rf"^\W*({_NAMED})(?:,[^,“”\"]{{1,80}},)?\s+(?:also\s+|\w+ly\s+)?[a-z]+(?:ed|s)\b[^“”\"]{{0,160}},\s+saying\b"
    r"[^“”\"]*[“\"]"
)


def saying_subject(text: str, article: str = "") -> str | None:
    """The person a sentence names first, as its subject, where it quotes them after ", saying" ("Mayor
    Ann Roe also thanked the crews, saying they had “saved the town.”" -> "Ann Roe"); None for a
    body or a common word the article also writes in lowercase ("Police arrested him, saying ...")."""
    found = _SAYING_SUBJECT.match(text)
    words = _named_words(found.group(1)) if found else ()
    if not found or not words or (len(words) == 1 and _common_word(words[0], article)):
        return None
    return _label(found.group(1))


# A reply's tag ("“It will be,” Roe replied.") names the speaker of a sentence's one quote; beside a
# second quote it may follow a question another asked ("Asked, “Is it safe?” Roe replied, “It is.”").
# Crews that respond to a fire arrive at it, saying nothing (audit 159 read "“a number” of other
# apparatus" as the words of a fire department that "responded to the blaze").
_TO_A_SCENE = (
    r"\s+to\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?(?:scene|blaze|fire|fires|call|calls|incident|crash|emergency|alarm"
    r"|shooting|accident|area|home|house|building|reports?\s+of)\b"  # not "responded to reports that ..."
)
_REPLY = re.compile(
    rf"((?:{_PARTICLE}\s+)?{_NAMED})(?:(?:,[^,“”\"]{{1,80}}){{1,2}},)?\s+(?:\w+ly\s+)?(?:replied|replies|responded|responds)\b(?!{_TO_A_SCENE})"
)


# What may stand between a reply's verb and its quote in a tag read without its quotes: a comma or a
# colon, then the quote (“…”) or the end, where a quote left open began.
_BEFORE_QUOTE = re.compile(r"[\s,:]*(?:“…”|$)")


def _speaker_matches(text: str) -> list[str]:
    """Each speaker as the text writes it, titles included ("FDA Commissioner Bo Lee"), outside quotes
    (a quote the sentence split cut, opened and not closed in it, too: "“Will it end, as Roe said")."""
    plain = _QUOTE.sub(" “…” ", text)
    for quote in _quotes(text):
        plain = plain.replace(quote, " “…” ")
    found = [next(g for g in m.groups() if g) for m in _SPEAKER.finditer(plain)]
    if not found and len(_QUOTE.findall(text)) == 1:
        found = [m.group(1) for m in _REPLY.finditer(plain)]
    return found


def _named_words(name: str) -> tuple[str, ...]:
    """The name words of a speaker as matched, without titles, pronouns ("I said") or days."""
    return tuple(
        _name_word(w if _INITIALS.fullmatch(w) else w.strip("."))
        for w in name.split()
        # "She's said ...": a pronoun with its verb run on ("'s": has, is) is no name.
        if w != "I" and re.sub(r"[’']s$", "", w.strip(".")) not in TITLES | NAME_STOP and w.lower() not in DAYS | MONTHS
    )


def _speakers(text: str) -> frozenset[str]:
    # A particle ("da", "van") names no one: two speakers who share one are not one speaker.
    return frozenset(w for name in _speaker_names(text) for w in name if not re.fullmatch(_PARTICLE, w))


def _speaker_label(text: str) -> str:
    """The first speaker the text names, as written, from the word after the last title ("Commissioner
    Bo Lee" -> "Bo Lee", "FDA Commissioner Bo Lee" -> "Bo Lee": the agency is not part of the name)."""
    return _label(next(name for name in _speaker_matches(text) if _named_words(name)))


def quote_speaker_label(text: str, quote: str) -> str:
    """The speaker of one quote of the text, as ``_speaker_label`` prints it: of a sentence that names
    two speakers ("“We will rebuild,” Ann Roe said, while Bo Lee, the fire chief, said the blaze
    “started in the kitchen”"), the one whose tag stands nearest the quote; else the first named."""
    plain = _QUOTE.sub(lambda m: " " * len(m.group()), text)
    # Tags found from every capital too, not only where the last one ended: "Roe told NBC, while Bo
    # Lee, who ..., said" holds "Roe told" and "Bo Lee, who ..., said", and a scan from "NBC" reads
    # "NBC, while Bo Lee, who ..., said" as one tag.
    found = [*_SPEAKER.finditer(plain), *(_SPEAKER.match(plain, c.start()) for c in re.finditer(r"\b[A-Z]", plain))]
    # A verb of a statement before the quote tags it too ("Police said ..., and Ann Roe confirmed that
    # the crew was “worn out”": Ann Roe's words; an audit read them given to "Police").
    at = text.find(quote)
    found += [m for m in _STATED_BY.finditer(plain) if m.end() <= at]  # a particle first: "da Silva Roe"
    tags = {
        (m.start(), m.end(), name)
        for m in found
        if m is not None and _named_words(name := next(g for g in m.groups() if g))
    }
    # A scan from inside a name ("Lee, who ..., said" of "Bo Lee, who ..., said") is the same tag.
    tags = {t for t in tags if not any(o[1] == t[1] and o[0] < t[0] and o[2].endswith(f" {t[2]}") for o in tags)}
    if len({_label(name) for *_, name in tags}) < 2 or at < 0:
        return _speaker_label(text)
    end = at + len(quote)
    # The nearest tag; of two as near, the tighter one (the name nearest its verb).
    return _label(min(tags, key=lambda t: (max(t[0] - end, at - t[1], 0), t[1] - t[0], t[0]))[2])


# Characters before a quote that read as its last few sentences: where one person of a surname two
# share is named in full there, a bare surname is that person.
NEAR_BEFORE = 300


def full_name(name: str, before: str, story: str) -> str:
    """A speaker named by one word ("Roe") in full ("Ann Roe"): where the story names one person of that
    surname in full and the text before the quote names them so, or names no one of that surname in
    full (an article that writes only "Roe" while the other outlets name Ann Roe: an audit read
    "— Roe" under one heading and "— Ann Roe" under the next); or, where the story names several
    ("Ann Roe", "Bo Roe"), where the text before names one of them in full and none by a title alone
    ("Mayor Roe" may be the other), or names both and the last, just before, as the one speaking
    (``_named_last``). Else as given (no title or small word is taken for a first name)."""
    if " " in name and not _SURNAME_PARTICLE.match(name):
        return name  # a surname of two words ("San Felice", "de Roe") may be named in full too
    if given := _as_given_name(name, story):
        return given
    here, everywhere = _full_names(name, before), _full_names(name, story)
    if len(here) == 1 and (
        here == everywhere or not _titled(name, before) or _titles_one(name, before, next(iter(here)), story)
    ):
        return next(iter(here))
    if len(here) > 1 and (nearest := _named_last(name, here, before)):
        return nearest
    if not here and len(tied := [f for f in sorted(everywhere) if _titles_one(name, before, f, story)]) == 1:
        return tied[0]  # "President Roe" where the story titles only Ann Roe so
    if not here and len(everywhere) == 1 and not _given_name(name, story) and not name.isupper():
        full = next(iter(everywhere))
        if all(_GIVEN.fullmatch(w) for w in full[: -len(name)].split()):
            return full  # not an acronym's ("HP"), nor "Harbour-based" before a name
    if not everywhere:
        # A name written family name first, the given name hyphenated ("Mr. Youn" of "Youn Kun-young",
        # as Korean names are romanised): where the story names one person so; where it names several
        # ("Kim Jong-un", "Kim Jong-il"), the one the text before names, if it names one and no one by
        # an office alone ("President Kim" may be another; "Mr. Kim" goes back to whom it named: an
        # audit read "— Kim" in a story of three Kims). One person's spellings ("Kim Jong-un", "Kim
        # Jong Un") are one.
        first = _family_first(name, story)
        if len(first) == 1:
            return next(iter(first.values()))
        here_first = _family_first(name, before, spaced=set(first))
        if len(here_first) == 1 and not _titled(name, _HONORIFIC.sub("", before)):
            return next(iter(here_first.values()))
    return name


_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+(?=[A-Z])")


def _family_first(name: str, text: str, spaced: set[str] | None = None) -> dict[str, str]:
    """The people the text names family name first, the given name hyphenated ("Kim Jong-un"), each
    as the text last spells them, by a key that one person's spellings share; with ``spaced``, keys
    of such names found elsewhere, also their spellings without the hyphen ("Kim Jong Un")."""
    out: dict[str, str] = {}
    given = r"[A-Z][a-z]+-[a-z]+" if spaced is None else r"[A-Z][a-z]+(?:-[a-z]+|\s+[A-Z][a-z]+)"
    for m in re.finditer(rf"(?<![\w’'.-]){re.escape(name)}\s+{given}\b", text):
        said = " ".join(m.group(0).split())
        key = said.lower().replace("-", " ")
        if spaced is None or key in spaced or "-" in said:
            out[key] = said
    return out


# A given name's form: capitalised, its parts after a hyphen or apostrophe too ("Jean-Luc", "D'Arcy").
_GIVEN = re.compile(r"[A-Z][a-z]*\.?(?:[-’'][A-Z][a-z]*)*")


GIVEN_NAME_USES = 2


def _as_given_name(name: str, story: str) -> str | None:
    """A speaker named by a given name ("Bo said") in full, where the story writes it before one surname
    only, at least ``GIVEN_NAME_USES`` times, and after another capitalised word once at most ("Bo Lee"
    three times, "Dependable Bo" once, a nickname: audit 137 read "— Dependable Doug"): "Bo Lee";
    else None ("Donald Roe", "President Roe": a surname)."""
    pattern = rf"(?<![\w’'.-]){re.escape(name)}\s+((?:{_PARTICLE}\s+)?[A-Z][a-z][\w’'-]*)"
    after = [re.sub(r"[’']s$", "", m) for m in re.findall(pattern, story)]
    after = [w for w in after if w.split()[-1] not in _NOT_GIVEN and w.lower() not in DAYS | MONTHS | STOP_WORDS]
    # Capitalised words before it on its line that may be a given name: not a possessive ("Acme's Bo
    # ..."), a small word that opens a sentence ("But Bo said") or an acronym ("PM EST" of a stamp); a
    # title before it ("President Bo") makes it a surname.
    before = [
        w
        for w in re.findall(rf"(?<![\w’'-])([A-Z][\w’'-]*)[ \t]+{re.escape(name)}(?![\w’'-])", story)
        if not re.search(r"[’']s$", w) and w.lower() not in STOP_WORDS and not w.isupper()
    ]
    titled = any(w in _NOT_GIVEN for w in before)  # "President Roe": a surname
    before = [w for w in before if w not in _NOT_GIVEN]
    if len(set(after)) != 1 or len(after) < GIVEN_NAME_USES or len(before) > 1 or titled:
        return None
    return f"{name} {after[0]}"


def _given_name(name: str, story: str) -> bool:
    """Whether the story writes the name before another name ("Doug Lee"): a given name, whose "full
    name" found before it ("Dependable Doug") may be a nickname."""
    return re.search(rf"(?<![\w’'-]){re.escape(name)}\s+[A-Z][a-z]", story) is not None


_SURNAME_PARTICLE = re.compile(
    r"(?:San|Santa|De|Del|Della|Di|Da|Dos|Van|Von|Le|La|Al|El|Mac|St\.?|de|del|della|di|da|dos|van|von)\s+[A-Z]"
)


# Capitalised words before a name that are no given name: titles, offices, a party.
_NOT_GIVEN = TITLES | INNER_TITLES | TITLE_MODIFIERS | {"Democrat", "Democratic", "Republican", "Independent"}


_NO_GIVEN_WORDS = STOP_WORDS | NUMBER_WORDS.keys() | {"one", "two"}


def _runs_on_to(surname: str) -> str:
    """A lookahead: the capitalised words that follow do not run on to the surname ("in Ann Roe's")."""
    return rf"(?!(?:[^\S\n]+(?:[A-Z]\.|[A-Z][\w’'-]*))*[^\S\n]+{re.escape(surname)})"


def _full_names(surname: str, text: str) -> set[str]:
    """The given names and surname of a text for one surname ("Ann Roe"; "Luis Alberto Roe" where the
    two given names are all the capitalised words before it; not "Mayor Roe", "Because Roe", nor an
    office taken for a name: "Harbour Master Ann Roe", "Secretary of State Ann Roe" give "Ann Roe")."""
    out = set()
    # The name as a possessive too ("Ann Roe’s aide"), never inside a longer word ("Roeland", "Roe-Lee").
    for m in re.finditer(rf"(?<![\w’'.-]){re.escape(surname)}(?:(?![\w’'-])|(?=[’']s\b))", text):
        # The few words before it (not the whole text split at each match); a word the window cuts, out.
        window = text[max(0, m.start() - 200) : m.start()]
        # Not back past a paragraph's end (a heading "South Port" before "Acme said ...").
        words = window.split("\n")[-1].split()[1 if m.start() > 200 and "\n" not in window else 0 :]
        run: list[str] = []
        # Back over capitalised words, not past a sentence's end ("... the Journal. Ann Roe"; "Gov." is a title).
        while words and len(run) < 4 and re.fullmatch(r"[A-Z][\w’'-]*\.?", words[-1]):
            if words[-1].endswith(".") and words[-1].strip(".") not in _NOT_GIVEN:
                break
            run.insert(0, words.pop())
        if len(run) > 2 or (words and words[-1] in ("of", "for")):
            run = run[-1:]  # an office's words before the given name: the last word is the name
        while (
            run
            and (
                run[0].strip(".") in _NOT_GIVEN
                or run[0].lower() in _NO_GIVEN_WORDS  # "Two Acme workers"
                or run[0][-2:] in ("'s", "’s")
                or re.fullmatch(_SAYING, run[0].lower())  # a tag put first: "Added Roe: “...”"
            )
        ):
            run = run[1:]
        # A role the text also writes in lowercase before a given name ("Swimmer Ann Roe" where "the
        # swimmer" is written too) is no name; a lone given name ("Bill Roe") stays one.
        while len(run) > 1 and re.search(rf"\b{re.escape(run[0].lower())}\b", text):
            run = run[1:]
        # A place before a name-like word ("South Port Acme train", where the text has "in South Port"):
        # a given name follows no "in" unless the name goes on ("in Ann Roe's view").
        if run and re.search(rf"\b(?:in|near|across|throughout)\s+{re.escape(run[0])}\b{_runs_on_to(surname)}", text):
            run = []
        # A word that opens a sentence, one the text also writes in lowercase or an "-ing" word, is that
        # word, not a given name ("Following Roe’s speech, ..."); the name's other mentions tell it.
        opens = not words or re.search(r"[.!?][\"”’')]*$", words[-1])
        if len(run) == 1 and opens and (run[0].endswith("ing") or re.search(rf"\b{re.escape(run[0].lower())}\b", text)):
            run = []
        if run and all(w.strip(".") not in TITLES and w.lower() not in STOP_WORDS and "." not in w for w in run):
            out.add(" ".join([*run, surname]))
    return {n for n in out if not any(o != n and n.endswith(" " + o) for o in out)}


# Words that go on a title after it ("Chief Executive", "Chief Operating Officer"): no given names.
_AFTER_TITLE = {"Executive", "Operating", "Financial", "Officer", "Constable", "Superintendent"}
# A label starts after the last of these ("Acme CEO Bo Lee"); offices a label reads as titles too, never
# part of the name ("House Minority Leader Ann Roe", "County Coroner Bo Lee": an audit read both whole).
_OFFICES = {"Leader", "Coroner", "Speaker", "Whip", "Marshal", "Administrator", "Agent", "Examiner", "Treasurer",
            "Auditor", "Counsel"}  # fmt: skip
_LABEL_TITLES = TITLES | INNER_TITLES | _OFFICES


def _last_title(raw: list[str]) -> int:
    """Where the last title of a run of words ends (-1 for none): "Acme CEO Bo Lee" at "CEO", "Acme Chief
    Executive Bo Lee" at "Executive" (a title that goes on: "Chief Operating Officer ...")."""
    last = max((i for i, w in enumerate(raw) if w in _LABEL_TITLES), default=-1)
    while last >= 0 and last + 2 < len(raw) and raw[last + 1] in _AFTER_TITLE:
        last += 1
    return last


def _label(name: str) -> str:
    """A speaker's name as matched, from the word after the last title ("FDA Commissioner Bo Lee" ->
    "Bo Lee") or owner ("Acme's Bo Lee" -> "Bo Lee")."""
    raw = [w if _INITIALS.fullmatch(w) else w.strip(".") for w in name.split()]
    # An outlet's or a body's possessive before the person is no part of the name ("Acme's Bo Lee").
    owner = max((i for i, w in enumerate(raw[:-1]) if re.search(r"['’]s$", w)), default=-1)
    raw = raw[owner + 1 :]
    last = _last_title(raw)
    words = _named_words(" ".join(raw[last + 1 :])) or _named_words(name)
    # Four words or more after a title are an office's words before a name ("Chief Patrol Agent Bo
    # Lee" -> "Bo Lee"; an audit read "Patrol Agent Bo Lee"); three may be a name ("Luis Alberto Roe").
    label = " ".join(words[-2:] if len(words) > 3 and last >= 0 else words)
    return re.sub(r"\bNo (?=\d)", "No. ", label)  # "Juror No. 8" keeps its stop


# Verbs of a statement, not only of saying, that give "he" or "she" a view in the outlet's words ("He
# warned that ...", "She also stressed ...", "He expressed concerns that ..."): for a heading, whom
# the pronoun stands for (an audit read four such headings of one story with no one named).
_STATING = (
    r"(?:emphasi[sz]ed|stressed|warned|expressed|claimed|denied|suggested|predicted|urged|cautioned"
    r"|conceded|admitted|announced|confirmed|vowed|pledged|promised|accused|described|made\s+(?:it\s+)?clear"
    # "declined to comment": a statement of what one would not say
    r"|declined\s+to\s+(?:comment|discuss|say|elaborate|answer|speculate|identify|name|reveal|disclose)"
    r"|(?:deferred|referred)\s+(?:all\s+)?(?:other\s+|further\s+)?questions)"
)
# A name and a verb of a statement: a tag for the quote it stands nearest (``quote_speaker_label``).
_STATED_BY = re.compile(rf"((?:{_PARTICLE}\s+)?{_NAMED})\s+(?:\w+ly\s+)?{_STATING}\b")


_TITLE_WORDS_RX = "|".join(sorted(TITLES))


def _named_last(name: str, full: set[str], before: str) -> str | None:
    """Of two or more people of one surname named in full before a quote ("Kevin Roe", then his father
    "Joe Roe"), the one named last, where that is in the last ``NEAR_BEFORE`` characters, in a later
    sentence than any other of them, as the one speaking ("Joe Roe said he ..."), and no one is
    named by a title alone after it (an audit read "— Roe" under the father's words, where the
    article's bare "Roe" had been the son)."""
    last = {f: before.rfind(f) for f in full}
    ranked = sorted(full, key=lambda f: last[f], reverse=True)
    first, second = ranked[0], ranked[1]
    between = before[last[second] + len(second) : last[first]]
    after = before[last[first] :]
    if len(before) - last[first] > NEAR_BEFORE or not re.search(r"[.!?][”\"’']?\s", between) or _titled(name, after):
        return None
    # Named as the one speaking ("Joe Roe said he ..."), not in passing ("Ann Roe’s boat sailed": an
    # audit found a father's name given to his son's words so).
    return first if re.match(rf"{re.escape(first)}(?:,[^,.]{{1,60}},)?\s+(?:\w+\s+)?{_SAYING}\b", after) else None


def _titles_one(name: str, before: str, person: str, story: str) -> bool:
    """Whether every title the text before gives the surname ("President Roe") is one the story gives
    ``person`` in full ("President Ann Roe") and no one else of the surname ("Bo Roe"): the
    title then names that person, as the story shows (audit 116: "— Trump" beside "— Donald Trump" in a
    story that also names Melania Trump)."""
    titles = {t.rstrip(".") for t in re.findall(rf"\b({_TITLE_WORDS_RX})\.?\s+{re.escape(name)}(?![\w’'-])", before)}
    if not titles:
        return False

    def titled_in_full(full: str) -> set[str]:
        given = re.escape(full[: -len(name)].strip())
        found = re.findall(rf"\b({_TITLE_WORDS_RX})\.?\s+{given}\s+{re.escape(name)}(?![\w’'-])", story)
        return {t.rstrip(".") for t in found}

    others = set().union(*(titled_in_full(full) for full in _full_names(name, story) if full != person))
    return titles <= titled_in_full(person) and not titles & others


def _titled(name: str, text: str) -> bool:
    """Whether the text names ``name`` after a title ("Mayor Roe", "Sen. Roe")."""
    return re.search(rf"\b(?:{_TITLE_WORDS_RX})\.?\s+{re.escape(name)}(?![\w’'-])", text) is not None


def _common_word(word: str, article: str) -> bool:
    """Whether a capitalised word is a common word, as far as the article tells: it writes the word in
    lowercase, or capitalises it only where a sentence begins ("Aides said ..."; a name stands inside
    a sentence somewhere: "... Chief Bo Lee"). False without the article."""
    if not article:
        return False
    lower = re.search(rf"\b{re.escape(word.lower())}\b", article)
    inside = re.search(
        rf"(?:[\w,;:’')]|\b(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Gen|Lt|Col|Capt|Sgt)\.)\s+{re.escape(word)}\b", article
    )
    return bool(lower) or not inside


# What a "he" or "she" is not: a body that speaks ("the Police Department said").
_BODIES = {
    "Department", "Office", "Agency", "Police", "Service", "Administration", "Commission", "Committee", "Council",
    "Ministry", "Company", "Inc", "Corp", "Group", "Association", "Institute", "University", "House", "Court",
    "Board", "Party", "Post", "Times", "News", "Journal", "Press", "Reuters", "Bureau", "Authority", "Center",
    "Centre", "Foundation", "Force", "Army", "Navy", "Government", "Congress", "Senate", "Campaign", "Guard",
}  # fmt: skip


# Several people named as one statement's speakers, joined by "and" or listed with semicolons ("Ann Roe
# and Bo Lee said", "Chairman Ann Roe, R-Va.; and Chairman Bo Lee, R-Ore., said in a joint statement"):
# a name of two words or more after the one read, straight after it or after words set off by commas
# (not "Jo Roe, director of the Office of Harbours and Ferries"), or a name (a capitalised word, a
# party's bracket) right before its "and".
_AND_NEXT = re.compile(r"(?:\s+and\s+|(?:,[^,;“”\"]{1,40})?(?:[,;]\s+and\s+|;\s+))(?:[A-Z][\w.’'-]*\s+){1,5}[A-Z]")
_AND_BEFORE = re.compile(r"(?:[A-Z][\w.’'-]*|\))[,;]?\s+and\s+(?:[A-Z][\w.’'-]*\s+){0,5}$")
# An office named right before the speaker ("Deputy Commissioner for Trade and Ports Ann Roe"): its
# "and" joins no second speaker.
_OFFICE_BEFORE = re.compile(rf"(?<![\w’'.-]){_OFFICE}$")


def joint(text: str, label: str) -> bool:
    """Whether the text names the speaker ``label`` (as ``_speaker_label`` gives it) with others, joined
    by "and" or listed with semicolons, as the speakers of one statement: its words are no one of
    theirs alone (the story's reading of quotes gave three committee chairs' joint statement to the
    one of them named second)."""
    if label.split()[-1] in _BODIES:
        return False  # a body's name may hold an "and" ("the Fish and Wildlife Service")
    plain = _QUOTE.sub(" “…” ", text)
    for found in re.finditer(rf"(?<![\w’'-]){re.escape(label)}(?![\w’'-])", plain):
        before = _AND_BEFORE.search(plain, 0, found.start()) and not _OFFICE_BEFORE.search(plain, 0, found.start())
        if _AND_NEXT.match(plain, found.end()) or before:
            return True
    return False


def same_speaker(a: str, b: str) -> bool:
    """False only when both wordings name a speaker and the names have no word in common."""
    sa, sb = speakers(a), speakers(b)
    return not (sa and sb) or any(_same_name(x, y) for x in sa for y in sb)
