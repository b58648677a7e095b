"""Whose words: one reading, for a whole story, of who speaks the quotation each sentence gives, used
by the quote headings (``heading_speakers``) and by the quote details of a claim's differences
(``claim.quoting``), so that a page never names one speaker above a quote and another beside it.

A quotation is read in its own article first (a tag; or where the quote stands: the "he said" after
a named person, a quote's middle, the opening of a quotation carried over paragraphs), then against
the other outlets' sentences that quote the same words (``Speaking.whose``): one speaker found
where the article names none is taken; where they name different people, only the readings inside
each quote's own paragraph count, and no one is named unless those agree (an audit found a
spokesman's words given to the man he attacked, by a quote paragraph read as going on from the
paragraph before)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from itertools import combinations

from ..model import Story
from ..segment import QUOTATION, post_trailer, quoted_runs, whole_quotations
from .context import Context, story_context, with_lead_ins
from .name import TITLES, in_order, one_typo
from .quote import (
    document_owner,
    full_name,
    leaves_open,
    one_quote,
    only_quote,
    own_description,
    pronoun_subject,
    quote_pieces,
    quote_speaker,
    quote_words,
    quotes,
    reported_speaker,
    speakers,
    utterance_speaker,
)
from .quote.speakers import _BODIES, _STATING, _full_names
from .quote.tags import _REPORTED_BY_PRONOUN, _REPORTED_STATING, OFFICE_TITLES, QUOTE_RUN
from .quote.utterances import quotes_part_of, requoted_in
from .quote.words import _QUOTE_MARK, _SAYING, _excerpt, few_quoted

# Words another outlet's quote shares, in order, with a quotation cut over several sentences, for it to
# be the same words (a short quote, "we will rebuild", may be anyone's).
QUOTED_RUN = 6


class Speaking:
    """The speakers of one story's quotations, from its context (``compare.context.Context``):
    each article's aligned sentences in order, their paragraphs, the lead-ins set aside before them,
    the whole quotations the sentence split cut."""

    def __init__(self, context: Context) -> None:
        self.context = context
        self.order = {source: [key for key, _ in keyed] for source, keyed in context.sentences.items()}
        self.text = {key: text for keyed in context.sentences.values() for key, text in keyed}
        self.source = {key: source for source, keys in self.order.items() for key in keys}
        # Each article's words below its headline: a headline's "President Roe" is no title of the text.
        self.bodies = {
            source: text.removeprefix(f"{context.headlines[source]}\n") if source in context.headlines else text
            for source, text in context.texts.items()
        }
        self.story = "\n".join(self.bodies.values())
        # The story's quoting sentences, each with its quotes' pieces and words worked out once.
        self.quoted = [
            (key, [(quote_pieces(q), quote_words(q)) for q in quotes(text)])
            for key, text in self.text.items()
            if quotes(text)
        ]
        # Quotations over several paragraphs (``segment.quoted_runs``): each sentence without marks of
        # its own inside one, by key, with the sentence that opens it.
        paragraphs: dict[tuple[str, int], list[str]] = {}
        for source, keys in self.order.items():
            for key in keys:
                paragraphs.setdefault((source, self.paragraph(key)), []).append(key)
        self.opened_by: dict[str, str] = {}
        for run in quoted_runs({k: " ".join(self.text[s] for s in keys) for k, keys in paragraphs.items()}):
            inside = [key for k in run for key in paragraphs[k]]
            # The last sentence with marks of the paragraph it opens in: the one left open.
            opener = next((s for s in reversed(paragraphs[run[0]]) if _QUOTE_MARK.search(self.text[s])), None)
            if opener is not None:
                self.opened_by |= {key: opener for key in inside if not _QUOTE_MARK.search(self.text[key])}

    def paragraph(self, key: str) -> int:
        return self.context.paragraphs.get(key, -1)

    def _source(self, key: str) -> str:
        """The sentence's article (its key is "source#index")."""
        return self.source.get(key) or key.rpartition("#")[0]

    def article(self, key: str) -> str:
        return self.bodies.get(self._source(key), "")

    def outlet(self, key: str) -> str | None:
        return self.context.outlets.get(self._source(key))

    def around(self, key: str, within: bool = False) -> tuple[list[str], list[str]]:
        """The article's sentences before the sentence (nearest first) and after it; ``within``: its
        paragraph's. A lead-in the site set aside is read as the sentence before the one it introduces."""
        if key not in self.source:
            return [], []
        near = [k for k in self.order[self.source[key]] if not within or self.paragraph(k) == self.paragraph(key)]
        keyed = [(k, self.text[k]) for k in near]
        if not within:
            keyed = with_lead_ins(keyed, self.context.lead_ins)
        at = [k for k, _ in keyed].index(key)
        texts = [t for _, t in keyed]
        return texts[:at][::-1], texts[at + 1 :]

    def reading(self, key: str, tagged: bool, within: bool = False, text: str | None = None) -> str | None:
        """Who the sentence's article says speaks its quote (``tagged``: its own tag first,
        ``utterance_speaker``; else ``quote_speaker``); ``within``: only its paragraph asked. An
        embedded post's links and signature are no tag: the quote a post closes goes on from the
        post's opening words ("Ann Roe on the ferry: “We are back. / We stay.” — City News (@CN)")."""
        text = self.text.get(key, "") if text is None else text
        find = utterance_speaker if tagged else quote_speaker
        return find(text[: post_trailer(text)[0]], *self.around(key, within), self.article(key))

    def described(self, key: str, text: str) -> str | None:
        """Whom the sentence's quote is given to by a tag that describes without a name ("one harbour
        official"; ``quote_speaker`` with ``describe``); a document ("the statement") as whose it is,
        named before it, or no one (``document_owner``); a title alone ("the president") as the one
        person the sentences just before name with it (``_titled_person``)."""
        return self.owned(key, quote_speaker(text, *self.around(key), self.article(key), describe=True))

    def owned(self, key: str, who: str | None) -> str | None:
        """A description of a speaker as the sentences before the sentence name them: a document ("the
        statement") as whose it is, or no one (``document_owner``); a title alone ("the president") as
        the one person named with it (``_titled_person``); any other as it is."""
        who = who and document_owner(who, self.around(key)[0])
        named = who and _titled_person(who, self.around(key)[0])
        return self.in_full(key, named) if named else who

    def in_full(self, key: str, name: str) -> str:
        """A speaker's name as headings and quote details both print it: in full where that is sure
        (``full_name``), from the sentence's article up to it, else (a surname the article gives only
        with a title, "Mayor Roe") from the whole story; written as the story writes it most often
        (``_most_written``) and spelt as most of its articles spell it (``_spelt_as_most``). A body
        ("Police") is no one's surname."""
        if name.split()[-1] in _BODIES:
            return name
        text = self.article(key)
        before = text[: max(text.find(self.text.get(key, "")), 0)]
        named = _with_ampersand(full_name(name, before, self.story), before)
        if " " not in named:
            named = full_name(name, self.story, self.story)
        return _spelt_as_most(_most_written(named, self.story), self.bodies)

    def quoting(self, key: str) -> list[str]:
        """The story's sentences of other articles that quote, word for word (``QUOTED_RUN`` words or
        more), some of the quotation the sentence is part of, where that quotation runs over several
        sentences of its paragraph (or all of it within more)."""
        mates = [k for k in self.order.get(self.source.get(key, ""), []) if self.paragraph(k) == self.paragraph(key)]
        cut = whole_quotations(mates, [self.text[k] for k in mates]).get(key, ())
        wholes = [quote_words(q) for q in cut]
        if not wholes:
            return []
        return [
            other
            for other, pieces_of in self.quoted
            if self.source[other] != self.source[key]
            and any(
                sum(map(len, pieces)) >= QUOTED_RUN and any(_excerpt(pieces, w) or _excerpt([w], words) for w in wholes)
                for pieces, words in pieces_of
            )
        ]

    def elsewhere(self, key: str) -> list[str]:
        """The sentences of other outlets that quote a part of the quotation the sentence is part of (the
        whole quotation, over sentences: another outlet may quote only its first line), or the same
        words of it in other words (``quotes_part_of``, ``requoted_in``)."""
        whole = self.context.quotations.get(key) or tuple(quotes(self.text.get(key, "")))
        outlet = self.outlet(key)
        found = []
        for other, _ in self.quoted:
            if self.source[other] == self.source.get(key) or self.outlet(other) == outlet:
                continue
            for q in quotes(self.text[other]):
                alone = f"“{q}”"
                if any(quotes_part_of(alone, w) or requoted_in(alone, w) for w in whole):
                    found.append(other)
                    break
        return found

    def carried(self, key: str) -> str | None:
        """The sentence that opened the quotation a sentence without marks is inside, where the
        quotation runs to the paragraph's end: no mark after it in its paragraph. News copy carries
        a quote over paragraphs so, the next paragraph opening with a mark again ("“They ran. / We
        hid." ¶ "“Then it went quiet,” ..."); or the outlet left the closing mark out ("He told the
        radio: “He is calm. / He knows what he wants." ¶ and its own words again: an audit read the
        second sentence, given to no one, as the outlet's). Else the sentence that opens a quotation
        over several paragraphs it is inside (``opened_by``); None otherwise."""
        mates = [k for k in self.order.get(self.source.get(key, ""), []) if self.paragraph(k) == self.paragraph(key)]
        if key in mates:
            at = mates.index(key)
            if not any(_QUOTE_MARK.search(self.text[k]) for k in mates[at:]):
                opener = next((k for k in reversed(mates[:at]) if _QUOTE_MARK.search(self.text[k])), None)
                if opener is not None and leaves_open(self.text[opener]):
                    return opener
        return self.opened_by.get(key)

    def same_words(self, key: str, members: Iterable[str] = ()) -> list[str]:
        """The sentences of other outlets that quote the sentence's words: ``members`` (a claim's
        sentence keys) that quote alike (``one_quote``), and those anywhere in the story that quote words
        of its quotation (``quoting``, ``elsewhere``)."""
        outlet, text = self.outlet(key), self.text.get(key, "")
        same = [
            m
            for m in members
            if m in self.text and self.outlet(m) != outlet and quotes(self.text[m]) and one_quote(self.text[m], text)
        ]
        for m in [*self.quoting(key), *self.elsewhere(key)]:
            if self.outlet(m) != outlet and m not in same:
                same.append(m)
        return same

    def whose(self, key: str, own: str | None, members: Iterable[str] = ()) -> tuple[str | None, bool]:
        """The speaker of the sentence's quotation (``own``: its article's reading), and whether anyone
        was named for it at all: the one person the other outlets that quote the same words
        (``same_words``) and ``own`` name, the fullest way; where they name different people, the one
        the readings inside each quote's own paragraph agree on; else no one. Where its article names
        no one, only a sentence that is a quote and a tag (``only_quote``) takes the other outlets'."""
        if own is None and not only_quote(self.text.get(key, "")):
            # A quote inside the outlet's own words that name no speaker for it ("the plan, which Roe has
            # called “the worst deal”"; a question put to someone): whose words, not said.
            return None, False
        same = self.same_words(key, members)
        names = [n for n in [own, *(self.reading(m, True) for m in same)] if n]
        anyone = bool(names)
        if len(_surnames(names)) > 1:
            names = [n for n in [self.reading(key, False, True), *(self.reading(m, True, True) for m in same)] if n]
        if len(_surnames(names)) == 1:
            # The fullest ("Ann Roe", not "Roe"), but no office taken for a name ("Site Chief Ann Roe").
            return max(names, key=lambda n: len(n.split()) if len(n.split()) <= 3 else 0), anyone
        return None, anyone


def heading_speakers(
    story: Story, reported: set[str] | None = None, only: set[str] | None = None, speaking: Speaking | None = None
) -> dict[str, str]:
    """Per claim id whose heading is a quote that does not name its speaker ("“We are grieving.”"),
    the speaker its article names around it and the other outlets that quote the same words agree on
    (``Speaking.whose``): a heading a reader can place at a glance (an audit found 33 bare quote
    headings in four stories). A heading in the outlet's own words names whom its "he said" stands
    for (``reported_speaker``). Where no one names the speaker, a tag that describes them ("“...,” one
    harbour official said.") gives that description. Each person is labelled one way over the story
    (``_one_label_each``). ``reported``, when given, gets the ids of the headings in the outlet's own
    words (their label names whom a word of theirs stands for: ``reported_word``). ``only``: the ids of
    the claims to read (all when None); ``speaking``: the story's reading, when it is at hand."""
    speaking = speaking or story_context(story).speaking
    found = {}
    for claim in story.claims:
        if only is not None and claim.id not in only:
            continue
        head = next((m for m in claim.members if m.key == claim.heading_key), None)
        if head is None or speakers(head.text):
            continue
        key, article = head.key, speaking.article(head.key)
        own = speaking.reading(key, False, text=head.text)
        if own is None and (opener := speaking.carried(key)) is not None:
            own = speaking.reading(opener, True)
        if own is None and not only_quote(head.text):
            # The outlet's own words: a speaker only where they say what "he" or "she" said; or a
            # quote's middle whose tag describes its speaker ("“...,” one official said. “... / ...”").
            if (who := reported_speaker(head.text, speaking.around(key)[0], article)) or (
                who := pronoun_subject(head.text, speaking.around(key)[0], article)
            ):
                found[claim.id] = speaking.in_full(key, who)
                if reported is not None:
                    reported.add(claim.id)  # the outlet's own words: whom its "he" or "she" stands for
            elif not _QUOTE_MARK.search(head.text) and (who := speaking.described(key, head.text)):
                found[claim.id] = who
            elif (what := own_description(head.text)) and (who := speaking.owned(key, what)) and who != what:
                # A quote whose own tag describes whom the sentences before name ("“...,” the statement
                # read." after "Ann Roe said in a statement ..."): the heading shows the description only.
                found[claim.id] = who
            continue
        name, anyone = speaking.whose(key, own, [m.key for m in claim.members])
        if name:
            found[claim.id] = speaking.in_full(key, name)
            if reported is not None and frames_a_phrase(head.text):
                reported.add(claim.id)  # "He said the pier is “safe as houses”": the outlet's own account
        elif not anyone and (who := speaking.described(key, head.text)):
            found[claim.id] = who  # no name anywhere: whom the tag describes ("one harbour official")
    return _one_label_each(found, speaking.story)


def frames_a_phrase(text: str) -> bool:
    """Whether a sentence is the outlet's account of what "he" or "she" said, quoting a phrase of it
    ("He also urged boat owners to “stay in port.”"): its quotes hold fewer than half its words, and it
    opens with the pronoun (or an office, "The mayor also warned ...") and a verb of saying or
    stating, or with the pronoun doing anything where it quotes a phrase ("On Monday, he marvelled at
    what he called a “circus”", "She called the levy “a tax on tides.”"; audit 115 read "— Ann Roe"
    after such a sentence as her words). Not a quote's middle sentence, marked nowhere ("He knows the
    harbour."), nor a sentence that opens with a quote."""
    own = QUOTATION.sub(" ", text)
    if _REPORTED_FRAME.match(own) and not _INTRODUCED.search(text):
        return True  # "He’s said the claims are “...”": the outlet's frame, however much it quotes (audit 116)
    if not few_quoted(text):
        return False
    return bool(QUOTATION.search(text)) and not _QUOTE_MARK.match(text.lstrip()) and bool(_PRONOUN_DOING.match(own))


def reported_word(text: str) -> str:
    """The "he" or "she" of a sentence in the outlet's own words (or the office it opens with, "the
    governor"), which its label names ("(he: Ann Roe)"): what the outlet says someone said is no quote
    of theirs, and a label set after it as after a quote read as one (audit 109). A phrase it quotes
    is set aside; "" where no such word stands outside its quotes, or where a colon opens one, or where
    its quotes hold half its words or more and no frame of the outlet's opens it ("He's said ...")
    without a comma or colon to introduce the quote: those are the speaker's words."""
    words = QUOTATION.sub(" ", text)  # the outlet's own words, a phrase it quotes aside
    if _QUOTE_MARK.search(words) or _COLON_QUOTE.search(text):
        return ""  # a quote, or one a colon opens ("He added: “...”"): the speaker's words, labelled "— Name"
    if not few_quoted(text) and not (_REPORTED_FRAME.match(words) and not _INTRODUCED.search(text)):
        return ""  # mostly quoted, with no frame of the outlet's around it ("“...,” he said.", "He added, “...”")
    if found := re.match(r"\W*(?:(?:But|And|Yet|Still|So|Then)\s+)?(his|her)\s", words, re.IGNORECASE):
        return found.group(1).lower()  # "His licence was suspended.": "(his: Ann Roe)" (audit 129)
    if found := re.search(r"\b(he|she)\b", words, re.IGNORECASE):
        return found.group(1).lower()
    office = re.match(_OFFICE_OPENING, words)
    return f"the {office.group(1)}" if office else ""  # "The governor added that ...": "(the governor: ...)"


_COLON_QUOTE = re.compile(r":\s*[“\"]")  # "He added: “...”": a quote the outlet's words only introduce
_INTRODUCED = re.compile(r"[:,]\s*[“\"]")  # ... or a comma does ("He added, “...”")


def _one_label_each(found: dict[str, str], story: str) -> dict[str, str]:
    """The speakers, each person labelled one way over the story's headings: a surname alone ("— Roe",
    where the text before that quote named no one of the name in full) as the one fuller label other
    headings give it ("— Ann Roe"), where every person of that surname the story names in full has
    that given name (an audit read "— Roe" under one heading and "— Ann Roe" under the next, for one
    person); two fuller labels ("Ann Roe", "Bo Roe"), or another Roe named anywhere, leave it. One
    person named in full two ways ("Ann Roe", "Ann B. Roe") takes the label more headings give."""
    fuller: dict[str, set[str]] = {}
    for label in set(found.values()):
        words = label.split()
        if 2 <= len(words) <= 3:
            fuller.setdefault(words[-1], set()).add(label)
    to: dict[str, str] = {}  # surname -> the fuller label it is given as
    for label in set(found.values()):
        if " " not in label and len(longer := fuller.get(label, set())) == 1:
            full = next(iter(longer))
            if {n.split()[0] for n in _full_names(label, story)} <= {full.split()[0]}:
                to[label] = full
    found = {claim_id: to.get(label, label) for claim_id, label in found.items()}
    # One person named two ways in full, the same first and last word, the one name's words inside the
    # other's in order ("Ann Roe" / "Ann B. Roe", "Ana Costa" / "Ana da Silva Costa"; an audit read
    # both beside one another): the label more headings give, or, as many, the fuller.
    uses = Counter(found.values())

    def alike(x: str, y: str) -> bool:
        a, b = x.split(), y.split()
        return len(a) >= 2 and len(b) >= 2 and a[0] == b[0] and a[-1] == b[-1] and (in_order(a, b) or in_order(b, a))

    kin = {label: {other for other in uses if alike(label, other)} for label in uses}
    same: dict[str, str] = {}
    for label, group in kin.items():
        group = group.union(*(kin[k] for k in group))
        # Not where two of them are no one name written two ways ("Ann B. Roe", "Ann C. Roe": two people).
        if len(group) > 1 and all(alike(x, y) for x, y in combinations(group, 2)):
            same[label] = max(group, key=lambda other: (uses[other], len(other.split()), other))
    return {claim_id: same.get(label, label) for claim_id, label in found.items()}


def _titled_person(description: str, before: list[str]) -> str | None:
    """The person a description by title alone stands for ("the president"), where the sentences just
    before (nearest first, ``QUOTE_RUN`` of them) name one person with that title ("President Ann
    Roe", "Mayor Roe"): audit 106 read "the president" under some of a statement's headings and the
    president's name under others; where they name none, the sentence nearest before them that does
    (a statement quoted over several paragraphs). None where the sentence that decides names several."""
    found = re.fullmatch(r"the ([a-z]+)", description)
    title = found.group(1).capitalize() if found else ""
    if title not in TITLES:
        return None
    pattern = re.compile(rf"\b{title}\s+((?:[A-Z][\w’'-]+\s+){{0,2}}[A-Z][\w’'-]+)")

    def named(sentences: list[str]) -> set[str]:
        return {m.group(1) for sentence in sentences for m in pattern.finditer(QUOTATION.sub(" ", sentence))}

    # Else (a statement quoted over several paragraphs) the nearest sentence before them that names one.
    names = named(before[:QUOTE_RUN]) or next((n for s in before[QUOTE_RUN:] if (n := named([s]))), set())
    return next(iter(names)) if len({n.split()[-1] for n in names}) == 1 else None


# A sentence that opens with an office ("The governor added that ...", "Later, the mayor warned ..."),
# for the one person the article titles so: the office with the words that describe it.
_OFFICE_OPENING = rf"(?:[^,“”\"]{{0,40}},\s+)?[Tt]he\s+((?:[a-z][\w-]*\s+){{0,2}}?(?:{'|'.join(OFFICE_TITLES)}))\b"
# A sentence whose subject is "he" or "she", after a short opening phrase or a linking word.
_PRONOUN_DOING = re.compile(
    r"(?:[^,“”\"]{0,40},\s+|(?:But|And|Yet|Still|So|Then)\s+)?(?:[Hh]e|[Ss]he)\s+(?:\w+ly\s+)?[a-z]+\b"
)
_REPORTED_FRAME = re.compile(
    f"(?:{_REPORTED_BY_PRONOUN.pattern})|(?:{_REPORTED_STATING.pattern})"
    rf"|{_OFFICE_OPENING}\s+(?:\w+ly\s+)?(?:also\s+)?(?:{_SAYING}|{_STATING})\b"
)

# Capitalised words, with "for", "of", "and" or "the" between them, then "&": the opening of a name the
# speaker reading stops at ("Centre for Port & [Coastal Studies]"); a hyphened word ("Port-based") is none.
_BEFORE_AMPERSAND = r"(?:[A-Z][\w’']*\s+(?:(?:for|of|and|the)\s+)?){1,4}&\s+"


def _with_ampersand(name: str, before: str) -> str:
    """A name in full where the text before writes it after words joined by "&" ("Centre for Port &
    Coastal Studies", which the speaker reading gives as "Coastal Studies"), the last time it does."""
    found = list(re.finditer(rf"(?<![\w’'-]){_BEFORE_AMPERSAND}{re.escape(name)}(?![\w’'-])", before))
    return found[-1].group(0) if found else name


def _most_written(name: str, story: str) -> str:
    """One person's name as the story writes it most often, of the forms with its first and last word
    ("Ann Roe" / "Ann da Silva Roe"): a note that quotes two outlets names them one way (an audit
    read "Ann da Silva Roe" and "Ann Roe" in one note as two people). Ties keep the name given."""
    words = name.split()
    if len(words) < 2:
        return name
    first, last = re.escape(words[0]), re.escape(words[-1])
    forms = Counter(
        " ".join(m.group(0).split())
        for m in re.finditer(rf"(?<![\w’'-]){first}(?:\s+[A-Za-z][\w’'.-]*){{0,3}}?\s+{last}(?![\w’'-])", story)
    )
    # Not where two of the forms are two people ("Ann B. Roe", "Ann C. Roe"): each form's words are
    # the other's, or inside them in order.
    if any(not (in_order(x.split(), y.split()) or in_order(y.split(), x.split())) for x in forms for y in forms):
        return name
    best = max(forms, key=lambda form: (forms[form], form == name), default=name)
    return best if forms[best] > forms.get(name, 0) else name


def _spelt_as_most(name: str, articles: dict[str, str]) -> str:
    """The name of two words or more spelt as more of the story's articles write it whole, where they
    write it with one word one keystroke away (``one_typo``): "Vincente Roa" where one article slipped
    and two write "Vicente Roa"; as many articles, the spelling written more often ("Roa" three times,
    "Rao" once, in the one article that writes both: audit 104 read a label copied from a slip). Only
    the whole name counts ("Bo Hall" is never the story's "Port Hill"). A full tie keeps the article's
    own spelling."""
    words = name.split()
    if len(words) < 2:
        return name
    counts: dict[str, tuple[int, int]] = {}  # a spelling: (articles that write it, times written)
    run = r"\s+".join(rf"[{re.escape(w[0])}][\w’'-]*" for w in words)
    for text in articles.values():
        written = re.findall(rf"(?<![\w’'-]){run}(?![\w’'-])", text)
        for found in set(written):
            other = found.split()
            changed = [(x, y) for x, y in zip(words, other, strict=True) if x != y]
            if not changed or (len(changed) == 1 and one_typo(*changed[0])):
                key = " ".join(other)
                seen, times = counts.get(key, (0, 0))
                counts[key] = (seen + 1, times + written.count(found))
    best = max(sorted(counts), key=lambda n: counts[n], default=name)
    return best if counts.get(best, (0, 0)) > counts.get(name, (0, 0)) else name


def _surnames(names: list[str]) -> set[str]:
    """The people a list of speakers' names stands for, by last name ("Ann Roe" and "Roe" are one)."""
    return {n.split()[-1].lower() for n in names}
