"""General rules that tell page furniture and sub-headings from article text.

Each rule is a family of patterns (not a list of any one site's lines). A block is one paragraph of
text with a flag saying whether the source marked it as a heading. ``sift`` returns the body
paragraphs and a reason for every block it set aside.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .segment import dateline, split_sentences


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"^\W*(?:" + "|".join(alternatives) + r")\W*$", re.IGNORECASE)


AD = _rx(
    r"advertisement",
    r"advertising",
    r"ad",
    r"sponsored(?: content| links?| stories)?",
    r"promoted(?: content| stories)?",
    r"paid (?:content|post|partnership)",
    r"(?:story|article) continues below(?: (?:this )?advertisement)?",
    r"continue reading(?: (?:the )?(?:main )?(?:story|article))?(?: below)?",
    r"scroll (?:down )?to continue(?: reading)?",
    r"supported by",  # a sponsor's label over the article
    r"ad feedback",
    r"advertisement\s*[-–—]\s*continue reading below",
)
RELATED = _rx(
    r"(?:other |more )?topics of interest",
    r"related(?: articles?| stories| coverage| content| news| reading| links)?",
    r"(?:read|see|watch) (?:more|also|next)(?: on this)?",
    r"also read",
    r"more (?:from|on|in) [\w' ]{1,40}",
    r"more (?:stories|news|articles)",
    r"you (?:may|might) also (?:like|be interested in)",
    r"recommended(?: for you| stories| reading)?",
    r"most (?:read|popular|viewed|shared)(?: (?:in|on) [\w ]{1,30})?",
    r"don['’]t miss",
    r"trending(?: now| stories)?",
    r"(?:from )?around the web",
    r"top stories",
    r"what to read next",
    r"editor'?s picks?",
    r"(?:latest|recent) (?:news|stories|posts)",
    r"(?:view (?:more|all) related(?: content| articles| stories)?\s*)+",  # "View more related contentView all ..."
)
FEEDBACK = re.compile(
    r"^\W*(?:leave|send|give|share) (?:us )?(?:your )?feedback\b"
    r"|^\W*was this (?:article|story|page|information) (?:helpful|useful)"
    r"|^\W*(?:rate|how would you rate) this (?:article|story)"
    r"|^\W*tell us what you think\b"
    r"|^\W*we(?:'d|’d| would)? (?:want|like|love) to hear from you\b"
    r"|^\W*(?:have|got) a (?:news )?tip\b"
    r"|^\W*(?:join|read) the (?:conversation|comments)\W*$"
    r"|^\W*comments?\W*$"
    r"|^\W*send us your (?:thoughts|feedback|comments|tips?|questions)\b"
    # a comments box's prompt: "Tell us in the comments.", "What do you think? Leave a comment."
    r"|^[^\w\"“‘']*(?:what do you think\?\s*)?(?:tell|let) us (?:know )?(?:what you think |your thoughts )?"
    r"in the comments\b"
    r"|^[^\w\"“‘']*(?:what do you think\?\s*)?(?:leave|post|add) a comment\b"
    r"|^[^\w\"“‘']*(?:what do you think\?\s*)?(?:share|post) your (?:thoughts|views|comments?)(?: below| with us)?\W*$"
    # a tip line: "Do you have a story? Email ...", "Got a tip? Contact ..."
    r"|^[^\w\"“‘']*(?:do you have|have you got|got) (?:a|any) (?:story|news tips?|tips?)\b[^?]{0,60}\?\s*"
    r"(?:e-?mail|contact|write|call|send|tell)\b",
    re.IGNORECASE,
)
CORRECTION = re.compile(
    r"\b(?:suggest|submit|report) an? (?:correction|error|typo)\b"
    r"|\bcorrections? (?:or clarifications?|policy)\b"
    r"|\b(?:spotted|found|see) an? (?:error|mistake|typo)\b"
    r"|\bctrl\s*\+\s*enter\b"
    r"|\bhighlight the text and press\b",
    re.IGNORECASE,
)
NEWSLETTER = re.compile(
    r"^\W*(?:sign up|subscribe|register)\b.{0,80}\b(?:newsletter|updates|inbox|briefing|alerts?)\b"
    r"|\bdelivered (?:\w+ ){0,2}to your inbox\b"
    r"|^\W*get (?:the |our )?(?:latest|top|biggest|breaking|day['’]s) [\w'’ +]{0,60}\b"
    r"(?:right |straight )?(?:in|into|to) your inbox\b"
    r"|\bby (?:signing up|subscribing|clicking)\b[^.]{0,40}\byou agree\b"
    r"|^\W*get (?:our|the) [\w ]{0,40}newsletter\b"
    r"|^\W*(?:follow|like) us on\b"
    r"|^\W*share (?:this|on)\b[\w ]{0,30}$"
    r"|^\W*(?:download|get) (?:our|the) app\b"
    r"|^\W*subscribe (?:now|today|here)\b"
    # a paywall's offer: "Enjoy unlimited access to all of our journalism."
    r"|^\W*(?:enjoy|get|unlock) unlimited (?:digital )?access\b"
    r"|^\W*become a (?:subscriber|member)\b",
    re.IGNORECASE,
)
# A page's appeal to the reader, not news: subscribe to a channel, get the app, support the newsroom,
# read the story elsewhere ("Subscribe to our YouTube channel.", "Get the Daily app.", "Please consider
# supporting our journalism.", "Read the full story at the Daily.").
APPEAL = re.compile(
    r"^[^\w\"“‘']*subscribe to (?:our|the|[\w.-]+['’]s) [\w'’. ]{0,40}\b(?:channel|podcast|newsletters?|feed)\b"
    r"|^[^\w\"“‘']*subscribe to (?:[\w.-]+['’]s|our) newsletters?\b"
    r"|^[^\w\"“‘']*get [\w'’. ]{1,40} delivered (?:to|through) your (?:door|letterbox|mailbox|home)\b"
    r"|^[^\w\"“‘']*get access to\b[^.]{0,120}\bfor (?:as little as|only|just)\b"
    r"|^[^\w\"“‘']*if you (?:enjoyed|liked|appreciated|value|valued) (?:this|our)"
    r" (?:article|story|journalism|reporting|piece)\b"
    r"[^.]{0,80}\b(?:join|subscribe|support|donate|become)\b"
    r"|^[^\w\"“‘']*(?:listen|tune in) to [\w'’ ]{1,40} live (?:at|on|every|weekdays)\b"
    r"|\b(?:listen|watch) (?:back|again) (?:here|now)\W*$"
    r"|^[^\w\"“‘']*sign up (?:here|now|today|for free)\W*$"
    r"|^[^\w\"“‘']*want (?:more|to (?:read|get|see) more)\b[^?]{0,60}\?\s*(?:sign up|subscribe|get|download)\b"
    r"|^[^\w\"“‘']*(?:get|download) (?:the|our) (?:[\w'’.-]+ ){0,4}app\W*$"
    r"|^[^\w\"“‘']*watch [\w ]{0,30}\bon (?:the|our) (?:[\w'’.-]+ ){0,3}app\W*$"
    r"|^[^\w\"“‘']*visit [\w'’. ]{1,40}['’]s? homepage\b"
    r"|^[^\w\"“‘']*read the (?:full|whole|rest of the) (?:story|article|report|interview) (?:at|on|in)\b"
    r"|^[^\w\"“‘']*(?:please )?(?:consider )?support(?:ing)? (?:our|independent|quality) (?:journalism|reporting)\b"
    r"|^[^\w\"“‘']*our (?:journalism|reporting) (?:needs|relies on|depends on) (?:your )?support\b"
    r"|^[^\w\"“‘']*we have a small favou?r to ask\b",
    re.IGNORECASE,
)
# What an embedded post or player prints when the page is saved ("This content is imported from ...",
# "View this post on Instagram", "Video Player is loading.").
EMBED_NOTICE = re.compile(
    r"^[^\w\"“‘']*this content is (?:imported|created and maintained|provided|hosted) (?:from|by|onto|on)\b"
    r"|^[^\w\"“‘']*you may be able to find (?:the same content|more information)\b"
    r"|^[^\w\"“‘']*video player is loading\b"
    r"|^[^\w\"“‘']*this video (?:can ?not|cannot|can['’]t|could not|is not available to) be played\b"
    r"|^[^\w\"“‘']*view this post on (?:instagram|twitter|x|facebook|tiktok|threads)\b"
    r"|^[^\w\"“‘']*a post shared by\b",
    re.IGNORECASE,
)
# A publisher's disclaimer: "The views expressed in this article are those of the author." Not after an
# opening quotation mark: a person's words ("“The views expressed are my own,” she said") are news.
DISCLAIMER = re.compile(
    r"^[^\w\"“‘']*(?:the )?(?:views|opinions) expressed (?:in this [\w ]{1,30} |here )?(?:by [\w ]{1,40} )?"
    r"are (?:those of|solely|(?:their|his|her|the author['’]s|the writer['’]s) own)\b",
    re.IGNORECASE,
)
CREDIT = re.compile(
    r"^\W*(?:photo|image|picture|video|graphic|illustration)s?(?: credit)?\s*[:/|]"
    r"|^\W*(?:credit|source)\s*:\s*\S"
    r"|^[^.!?]{0,120}\b(?:photo|image)\s*:\s*[\w .]+$"
    r"|^[^.!?]{0,120}[/|]\s*(?:getty images|reuters|ap(?: photo)?|afp|epa|shutterstock|alamy)\W*$"
    r"|^\W*\(?(?:getty images|reuters|ap photo|ap|afp|epa)"
    r"(?:\s*[/|]\s*[\w .'’-]{1,60}|\s+(?:photo|images?|file))?\)?\W*$"
    r"|\b(?:toggle caption|enlarge this image|hide caption|show caption)\b"
    r"|^\W*(?:image|media) (?:copyright|caption|source)\b",  # a copied page's labels: "Image copyright Getty Images"
    re.IGNORECASE,
)
# A caption that ends with its photo's credit: "The mayor at the quay on Monday. (AP Photo/Jo Lee)",
# "... (Photo by Jo Lee/Getty Images)", "... (REUTERS/Jo Lee)". Article text never ends so.
CREDITED_CAPTION = re.compile(
    r"\((?i:(?:ap|afp|reuters|epa|getty) )?(?i:photo|image|picture)s?(?i: credit)?\s*(?:/|:|(?i:by)\b)[^()]{1,60}\)\W*$"
    r"|\((?:AP|AFP|REUTERS|EPA|XINHUA)\s*/\s*[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}\)\W*$"
    r"|\([^()]{1,60}/\s*(?i:getty images|shutterstock|alamy)\)\W*$"
    # "... (Jo Lee/Reuters)": a photographer's name and agency
    r"|\([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}\s*/\s*(?:Reuters|AP|AFP|EPA|Bloomberg|Xinhua|Getty Images)\)\W*$"
)
# The words of a page's buttons and links on a line of their own: "Tweet", "Share", "Close",
# "Listen to this article", "Click here to ...", "Skip to main content", "Back to top".
BUTTONS = _rx(
    r"tweet",
    r"share(?: this)?",
    r"close",
    r"print",
    r"e-?mail",
    r"whatsapp",
    r"facebook",
    r"twitter",
    r"linkedin",
    r"pinterest",
    r"reddit",
    r"copy link",
    r"save(?: (?:article|story))?",
    r"bookmark",
    r"listen(?: to this (?:article|story))?",
    r"skip to (?:main )?content",
    r"back to top",
    r"open in (?:the )?app",
    r"view comments?",
    r"photo gallery",
    r"show more",
    r"read (?:the )?full (?:article|story)",
    r"loading(?:\.\.\.|…)?",
    r"expand",
)
# A page builder's button left as text ("[button link=...]Send us your review[/button]").
SHORTCODE = re.compile(r"\[/?button\b[^\]]*\]", re.IGNORECASE)
# A pull quote with its sharing button run in: "Every port needs a plan.Click To Tweet".
CLICK_TO_TWEET = re.compile(r"click to tweet\W*$", re.IGNORECASE)
# The page's topic links: "Tags: fire, harbour", "Filed under: Harbour |", "Topics: Harbour fire".
TAGS = re.compile(r"^\W*(?:tags?|topics?|filed under|categories|posted in)\s*:\s*\S", re.IGNORECASE)
CLICK_HERE = re.compile(r"^\W*(?:click|tap) here\b", re.IGNORECASE)
# A photo's caption: people placed in the picture ("Ann Roe, left, and ..."), or a picture described
# by who released or posted it ("A photograph released by the agency shows ...").
CAPTION = re.compile(
    r"[A-Z][\w.'’-]+,? \(?(?:left|right|center|centre|second from (?:left|right)|top|bottom|in the "
    r"(?:foreground|background)|front row|back row)\)?, "
    r"|^\W*(?i:(?:an? |this )?(?:photo(?:graph)?|picture|image|video) "
    r"(?:posted|shared|released|provided|taken|obtained) by)\b"
    r"|^\W*FILE\s*[-–—]"  # a wire's file photo: "FILE - In this May 5, 2018 file photo, ..."
    r"|^\W*[Ii]n this (?:(?:[A-Z][\w.]*|\d{1,4}|file|handout|undated|aerial),? ){0,6}(?:photo|image|picture)\b",
)
# A video player's text: "JUST WATCHED <title> Replay More Videos ... MUST WATCH <title> 02:16".
VIDEO = re.compile(
    r"\b(?:just watched|must watch|more videos)\b|^\W*(?:replay|play video|watch video)\W*$"
    r"|^\W*media playback is (?:unsupported|not supported) on your device\b",
    re.IGNORECASE,
)
# A link to another story after a label: "See also: <headline>", "More: <headline>", "Read more: ...".
RELATED_LINK = re.compile(
    r"^\W*(?:see also|read more|read also|also read|also see|related|more|watch|recommended|further reading"
    r"|read next|now read|keep reading|up next|don['’]t miss|must read|see more"
    r"|more (?:from|on|in) [\w.'’ ]{1,40})"  # "More from the Harbour Post: ..." (audit 149)
    r"\s*:\s*\S"
    # a teaser headline tagged with what it links to: "Port strike spreads to the north [VIDEO]"
    r"|^[^.!?]{1,150}\[(?:insight|video|reaction|reveal|pictures|photos|latest|poll|analysis|live)\]\W*$"
    # A wire's pointer to its coverage of the event: "Follow all of AP's coverage of the storm at ..."
    r"|^\W*(?:follow|see|read) (?:all of |more of )?(?:[\w.]+['’]s|our) (?:full |complete |latest )?coverage\b",
    re.IGNORECASE,
)
# Bylines and credit lines: who wrote, reported, edited or contributed, and where to follow them.
# Capitalised words stay capitalised inside the case-blind pattern below ("(?-i:...)"): "Police reported
# from the harbour." is no credit line.
_PERSON = r"(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})"
_PEOPLE = rf"{_PERSON}(?:(?:,| and|, and) {_PERSON}){{0,4}}"
_PLACE = r"(?-i:[A-Z][\w.'’-]+(?:,? [A-Z][\w.'’-]+){0,4})"
_CONTACT = r"(?:\S+@\S+|@\w+|\+?\(?\d[\d ().-]{6,}\d)"  # an address, a handle, a telephone number
_WRITERS = rf"(?-i:(?:[A-Z][\w.'’-]+ ){{1,4}})(?:writers?|reporters?|correspondents?) {_PEOPLE}(?: in {_PLACE})?"
CREDIT_LINE = re.compile(
    r"\b(?:contributed|contributing) (?:reporting )?(?:to|for) (?:this|the) (?:report|story|article)\b"
    r"|\bcontributed reporting\b"
    r"|^\W*(?:additional )?(?:reporting|writing|editing) by\s+(?-i:[A-Z])(?:[^.]|(?<=\b(?-i:[A-Z]))\.){0,200}\.?\W*$"
    rf"|^\W*(?:compiled|edited|written|produced) by {_PERSON}\.?\W*$"
    r"|^\W*contributing\s*:\s*(?-i:[A-Z])"  # "Contributing: Jo Lee, Bo Roe"
    # "Associated Press writer Jo Lee in Port Town contributed.", "Jo Lee reported from Port Town, and
    # Bo Roe from Lakeside.": the whole sentence is who reported and where from
    rf"|^\W*{_WRITERS} (?:also )?contributed\W*$"
    rf"|^\W*{_PEOPLE} (?:also )?contributed\W*$"  # "The Associated Press contributed."
    rf"|^\W*{_PEOPLE} (?:reported|contributed reporting) from {_PLACE}(?:,? and {_PEOPLE} from {_PLACE})*\W*$"
    r"|^\W*this (?:article|story|report|piece|project|series) (?:was|is) (?:produced|published|reported|written)"
    r" (?:in (?:partnership|collaboration|association) with|with support from|by)\b"
    # a writer's note: "Jo Lee is a staff writer at the Daily. Follow her on Twitter @jolee."
    rf"|^\W*{_PERSON} is an? (?:[\w-]+ ){{0,3}}(?:writer|reporter|correspondent|editor|columnist|contributor)\b"
    r"[^.]{0,80}\.\s+follow (?:him|her|them)\b"
    r"|\b(?:reporting|writing) by [^;.]{2,80}; (?:additional reporting|writing|editing) by\b"
    r"|^\W*follow (?:[\w.@'’-]+ ){0,4}on (?:twitter|x|facebook|instagram|threads|bluesky)\b"
    r"|^\W*follow (?:[\w.@'’-]+ ){0,4}on (?:[\w.'’-]+ ){0,3}blog (?:at|on) \S"
    r"|^\W*follow @\w+"
    r"|^\W*follow (?:us|him|her|them|me)(?: on \w+)? @\w+"
    r"|^\W*(?:contact|email|e-mail|reach) (?:\w+ ){0,4}at \S+@\S+"
    rf"|\bcan be reached at {_CONTACT}"
    rf"|^\W*(?:reach|contact|call|text|e-?mail) (?:him|her|them|me|us) at {_CONTACT}"
    r"|^\W*write to (?:[\w.'’-]+ ){1,5}at \S+@\S+"
    r"|^\W*our standards\s*:"  # a wire's footer: "Our Standards: The ... Trust Principles."
    r"|^\W*(?:©|copyright\b)"
    r"|^\W*this (?:article|story|post|piece) (?:was )?(?:originally|first) (?:appeared|published|ran)\b"
    r"|\bthis material may not be published, broadcast, rewritten,? or redistributed\b"
    r"|\ball rights reserved\W*$"
    # a blog's byline: "On behalf of Jo Lee, Esq. posted in Harbour News on Monday, May 5, 2031."
    r"|^\W*(?:on behalf of|posted by) .{0,120}?\bposted (?:in|on|at)\b",
    re.IGNORECASE,
)
# Notes about the article rather than the story: where it ran in print, that it was updated or
# corrected (the correction's content is the newsroom's, not a claim of the story).
EDITORS_NOTE_REASON = "editor's note (print, update or correction notice)"
# A sentence of such a note that speaks of the story itself ("A misspelt name was in an earlier version").
ABOUT_THE_STORY = re.compile(r"\b(?:story|article|report|version|error|update|paragraph|headline)s?\b", re.IGNORECASE)
EDITORS_NOTE = re.compile(
    r"^\W*(?:a version of this (?:article|story) (?:appears|appeared) in print\b"
    r"|this (?:article|story|post|report) (?:has been|was) (?:updated|corrected|amended|revised)\b"
    r"|(?:\(\w+\)\s*-\s*)?\(?this [\w .,]{0,30}(?:story|article|report) (?:corrects|refiles|adds|updates)\b"
    r"|an earlier version of this (?:article|story|report)\b"
    r"|we(?:'ve|’ve| have)? (?:revised|updated|corrected|amended) (?:part of )?(?:this|our|the)"
    r" (?:post|story|article|report)\b"
    r"|(?:correction|clarification|editor'?s note)\s*:"
    # "UPDATE:", "UPDATE at 11:00 ET:", "Update 2:52 p.m.:": a live page's update header over what follows
    r"|update(?:\s+(?:at\s+)?\d[\d:.]*\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{1,4})?)?\s*:\W*$)"
    # A live story's notice ("This is a developing story. Check back for updates."), never after an
    # opening quotation mark ("“This is a developing story,” the chief said" is news).
    r"|^[^\w\"“‘']*(?:this is a (?:developing|breaking)(?: news)? (?:story|report)\b"
    r"|this (?:story|article|report) (?:is (?:developing|breaking)|will be updated)\b"
    r"|check back (?:later |soon )?for (?:updates|more)\b"
    r"|(?:originally|first) published (?:on |at )?(?:\w+,? )?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))",
    re.IGNORECASE,
)
_NAME = r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}"
BYLINE = re.compile(rf"^\W*[Bb]y {_NAME}(?:,? (?:and|&) {_NAME})?(?:,? [A-Z][\w ]{{0,40}})?\W*$")


# A label over a part of the page ("Story highlights", "Key points"), alone or run into the part's first
# line ("Story highlights School board chief says ..."): a heading, never the headline; the lines
# after it are the part's, not the headline either.
SECTION_LABEL = re.compile(
    r"^\W*(?:(?:story )?highlights|key (?:points|facts|takeaways)|in brief|at a glance|"
    r"what (?:we|you) (?:know|need to know)|quick read|why it matters|the big picture)\b",
    re.IGNORECASE,
)


# A writer's note about themselves, read only at the article's end (``sift``): "Ann Roe is a staff writer
# for the Daily.", "She covers city hall for the Daily." Inside a story such a sentence may be news (a
# reporter who witnessed the event).
WRITERS_NOTE_REASON = "writer's note (who wrote it, how to reach them)"
_BIO = re.compile(
    rf"^\W*(?:{_PERSON}|he|she|they) (?:is|are) (?:an?|the|one of the) (?:[\w'’-]+ ){{0,5}}"
    r"(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|producer|critic|fellow)s?\b"
    r"(?: (?:for|at|with|of|in|on) [^.!?]{1,80})?\W*$"
    rf"|^\W*(?:{_PERSON}|he|she|they) (?:covers|writes about|reports on) [^.!?]{{1,80}}\W*$",
    re.IGNORECASE,
)


_REACH = re.compile(r"^\W*(?:follow|reach|contact|e-?mail|write to)\b", re.IGNORECASE)


def writers_note(text: str) -> bool:
    """Whether a paragraph says who the writer is and how to reach them: every sentence so, or one
    sentence (the writer's book, their beat) before lines that say where to follow or reach them."""
    parts = split_sentences(text)
    if not parts or len(text) > 400:
        return False
    if all(_BIO.match(x) or is_credit_line(x) for x in parts):
        return True
    first = next((i for i, x in enumerate(parts) if is_credit_line(x)), len(parts))
    return first == 1 and all(is_credit_line(x) for x in parts[1:]) and any(_REACH.match(x) for x in parts[1:])


def is_credit_line(text: str) -> bool:
    """A byline or credit line ("AP writers ... contributed to this report", "Reporting by ...; Editing
    by ...", "Follow X on Twitter", a copyright line): about the article, not part of the story."""
    return len(text) <= 400 and bool(CREDIT_LINE.search(text) or BYLINE.match(text))


# A sentence about the page rather than the story: what is embedded or shown below, how to work a
# widget ("We will embed the map below.", "You can zoom in by entering a town.", "The letters can be
# read below.").
PAGE_NOTE = re.compile(
    r"^\W*(?:(?:we|i)(?:'|’)ll |we (?:will|have) |(?:see|watch|listen to) )?(?:embed(?:ded)?|pictured|shown|"
    r"see|watch|listen|click|tap|scroll)\b[^.!?]{0,60}\b(?:below|above)\W*$"
    r"|^\W*you can (?:change|enter|search|zoom|click|tap|select|scroll|use the)\b"
    r"|^\W*(?:our|the) original (?:post|story|article) (?:continues|follows)\W*$"
    # "The letters can be read below.", "The full statement is posted below." (audit 62)
    r"|\b(?:can|may|could) be (?:seen|read|viewed|found|watched|heard|downloaded)(?: in full)? (?:below|above|here)\W*$"
    r"|\b(?:is|are) (?:embedded|posted|included|reproduced|printed)(?: in full)? (?:below|above)\W*$",
    re.IGNORECASE,
)
LEAD_IN_REASON = "lead-in (introduces the list or quote that follows)"
SUMMARY_LABEL_REASON = "label of a summary list (story highlights)"  # its items are text
HEADING_REASON = "heading"  # a sub-heading: a claim page names the one a sentence stands under
LEAD_IN_WORDS = 6  # "They are:", "Here's the statement:": a line that only introduces what follows


def sentence_furniture(text: str) -> str | None:
    """Why a sentence inside a paragraph is not part of the story (a credit line or an editor's
    note), or None. An embedded post ("... — City Transit (@CityTransit) May 2, 2019") is kept: outlets
    quote what it says, and it is the story's content."""
    if is_credit_line(text):
        return "byline or credit line"
    if len(text) <= 400 and EDITORS_NOTE.search(text[dateline(text) :]):
        return EDITORS_NOTE_REASON
    if len(text) <= 200 and PAGE_NOTE.search(text):
        return "note about the page (what is embedded, how to use it)"
    if text.rstrip().endswith(":") and len(text.split()) <= LEAD_IN_WORDS:
        return LEAD_IN_REASON
    return None


def sentence_reasons(sentences: list[tuple[int, str]]) -> list[str | None]:
    """``sentence_furniture`` for an article's sentences (paragraph, text) in order. A note in
    parentheses of several sentences ("(This story fixes ... A misspelt name was in an earlier
    version.)"): up to its closing parenthesis, a sentence about the story goes with it; a fact the note
    restates ("The line has had four crashes since May.") is the outlet's word, and stays."""
    reasons = [sentence_furniture(text) for _, text in sentences]
    note, depth = -1, 0
    for i, (paragraph, text) in enumerate(sentences):
        if note >= 0 and paragraph == sentences[note][0]:
            if ABOUT_THE_STORY.search(text):
                reasons[i] = reasons[note]
        elif reasons[i] == EDITORS_NOTE_REASON:
            note, depth = i, 0
        else:
            note = -1
            continue
        depth += text.count("(") - text.count(")")
        if depth <= 0:
            note = -1
    return reasons


# A sentence's end, with any closing quote or bracket after it ("。": Chinese, Japanese); a line ending
# in a colon, a semicolon or a comma is no heading either (``_TERMINAL``): it runs on into the next
# paragraph ("To which he replied," above the reply). Nor is one whose stop is followed by an opening
# mark set apart, a closing quote typed the wrong way round ("... knew that. “"; audit 145 read such
# lines of a quoted speech as sub-headings and left them out).
_CLOSERS = "\"'”’»)\\]」』"
SENTENCE_END = re.compile(rf"[.!?…。！？][{_CLOSERS}]*\s*$")
_TERMINAL = re.compile(rf"[.!?…:;,。！？][{_CLOSERS}]*(?:\s+[“‘„«\"'])?\s*$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_QUOTED_CLAUSE = re.compile(r"[,?!][\"”’]\s+\w")  # '“We will go on,” said Peskov' is a sentence


# An explainer's sub-heading may be a question standing as a paragraph ("What happens next?", "Why is
# the council reviewing the harbour plan?"): it asks, it tells no fact. Someone's question is quoted,
# and a longer one is a sentence of the text. Six words until session 34, when an audit found three
# sub-headings of seven to eleven words read as claims (the only such lines in the corpus).
QUESTION_HEADING_WORDS = 12
# ... not one that opens with "But", "And", "Yet" or "Or" ("But how could the pier fail?"): it goes on
# from the text ("So what does it mean?" may head a section).
_SHORT_QUESTION = re.compile(r"^(?!(?:But|And|Yet|Or)\b)[A-Z][^\"“”.!?;:]*\?$")
# ... nor a statement with a question put after it ("Roe now has 1,412 goals, but who's counting?";
# audit 157 read such a line of text dropped as a heading).
# Or a tag ("Not bad for a late pick, huh?"; audit 171).
_TAG_QUESTION = re.compile(
    r",\s+(?:(?:but|and|so|or)\s+\w+[’']?\w*\s+\w+|huh|eh|right|no|(?:is|was|are|were|do|does|did)n[’']t\s+\w+)\?$"
)


# A sub-heading may quote a phrase of the text, and a page may print it with a full stop after the
# closing mark ("'Open doors'."): a quoted sentence closes its mark after its own stop, so a line that
# is one quotation of no sentence, the stop outside, is read as the phrase alone.
_QUOTED_PHRASE = re.compile(r"^([\"“‘'](?:[^\"“”‘’'.!?;:]|(?<=\w)['’](?=\w))+[\"”’'])\.$")


# A paragraph that answers the question before it: a quote its tag says was a reply ("“Not this year,” the
# mayor replied.").
_REPLY = re.compile(
    r"^[\"“‘'][^\"“”]+[\"”’']\s*,?\s*(?:(?:[\w.’'-]+\s+){0,4}(?:replied|answered|responded)\b"
    r"|(?:replied|answered|responded)\s+[A-Z])"
)


def _answered(text: str, after: str) -> bool:
    """Whether a short question line (``_SHORT_QUESTION``) is answered by the next paragraph (``_REPLY``):
    a question put to someone, as the text tells it, not an explainer's sub-heading (audit 109 read
    "Is the pier safe?", as invented here, listed as a heading above the mayor's reply)."""
    return bool(_SHORT_QUESTION.match(text.strip())) and bool(_REPLY.match(after.strip()))


# A sentence's opening phrase set off by a comma, then its clause ("On Dec. 8, the club put Roe on the
# injured list"; audit 159 read such a line, its stop left off, as a heading).
_OPENING_PHRASE = re.compile(
    r"^(?:On|In|At|After|Before|During|Since|When|While|Last|Earlier)\b[^,:;]{1,40},\s+\S+\s+\S+"
)


def looks_like_heading(text: str) -> bool:
    """A short line with no sentence-ending punctuation, or a short question of its own, reads as a
    heading, not a sentence; not one that opens with a phrase set off by a comma ("On Monday, ...")."""
    if _OPENING_PHRASE.match(text.strip()):
        return False
    if phrase := _QUOTED_PHRASE.match(text.strip()):
        text = phrase.group(1)
    words = _WORD.findall(text)
    if (
        _SHORT_QUESTION.match(text.strip())
        and 0 < len(words) <= QUESTION_HEADING_WORDS
        and not _TAG_QUESTION.search(text)
    ):
        return True
    return 0 < len(words) <= 14 and len(text) <= 120 and not _TERMINAL.search(text) and not _QUOTED_CLAUSE.search(text)


# Time zones a stamp gives (case aside): "GMT", "EDT", "CET".
TIME_ZONES = r"gmt|bst|utc|[ecmp][sd]?t|cet|cest"
_DATE_WORD = re.compile(
    r"^(?:\d[\d:.,/-]*(?:st|nd|rd|th|am|pm)?|[ap]\.?m\.?|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
    rf"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|{TIME_ZONES}|(?:updated|last|"
    r"published|posted|article|at|on|by|hrs|date|time|first|story|created):?|,|-|/|\||@"
    # A wire's name before its stamp ("AFP, Tuesday 2 Jul 2013"; audit 149).
    r"|afp|ap|reuters|upi|xinhua|dpa|ians|pti|ani|bernama|yonhap|kyodo"
    # A zone by its offset, in brackets or not ("(GMT+05:00)", "UTC+3"; audit 140).
    r"|\(?(?:gmt|utc)\s?[+−-]\s?\d{1,2}(?::?\d\d)?\)?)$",
    re.IGNORECASE,
)


_CALENDAR = re.compile(
    r"^(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d:\d|\d[ap]m$|^\d{4}-\d\d-\d\d$",
    re.IGNORECASE,
)


def headline_case(text: str) -> bool:
    """Title Case: at least four words of four letters or more, every one capitalised ("Swimmer And
    Actress Dies Aged 91"), as a headline is and a sentence of prose ("... spoke on Thursday") is not."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) >= 4]
    return len(words) >= 4 and all(w[0].isupper() for w in words)


def is_dateline(text: str) -> bool:
    """A short line of dates and times: "3 May 2019 Last updated at 10:02 GMT", "8:14 AM, TUE 7 MAY 2019",
    "Published 5 hours ago", "March 1, 2031 - 06:15 GMT (22:15 PST)", or one after the place a
    release was filed from ("PORT TOWN, Calif. —2 / 29 / 2031"); or a reading time ("4 min read")."""
    if _STAMP.match(text):
        return True
    text = stamp_text(text)
    # A time given again in brackets in another zone: "(23:58 PST)".
    words = [w.strip("()") for w in text.replace(",", " , ").replace("|", " | ").split() if w.strip("()")]
    return (
        0 < len(words) <= DATELINE_WORDS
        and any(w[0].isdigit() for w in words)
        and (any(_CALENDAR.search(w) for w in words) or _NUMERIC_DAY.search(text) is not None)
        and all(_DATE_WORD.match(w) for w in words)
    )


# A place a release was filed from, in capitals, before its stamp: "PORT TOWN, Calif. —", "LONDON —".
_PLACE_BEFORE_STAMP = re.compile(r"^[A-Z][A-Z .'’-]+(?:,(?:\s+[A-Z][A-Za-z]*\.?){1,3})?\s*[—–-]+\s*(?=\d)")


def stamp_text(text: str) -> str:
    """A line's stamp without the place before it ("PORT TOWN, Calif. —2 / 29 / 2031": "2 / 29 / 2031")."""
    return _PLACE_BEFORE_STAMP.sub("", text)


DATELINE_WORDS = 16  # "POSTED: 09:05 GMT, 3 June 2031 | UPDATED: 17:40 GMT, 4 June 2031"
# A day in figures with its year ("05 / 02 / 2013", "2/29/2012"): a date, where every word is one.
# "2/29/2012", "08.07.2012", "11 / 28 / 05", "2012.08.08"
_NUMERIC_DAY = re.compile(r"\b\d{1,2}\s*([/.])\s*\d{1,2}\s*\1\s*(?:19|20)?\d\d\b|\b(?:19|20)\d\d\.\d\d\.\d\d\b")


_STAMP = re.compile(
    r"^\W*(?:(?:published|posted|updated|last updated):?\s+(?:\d+|an?|one)\s+(?:second|minute|hour|day|week)s?\s+ago"
    r"|\d+\s*-?\s*min(?:ute)?s?\.?\s+read)\W*$",
    re.IGNORECASE,
)


# What a page says about itself rather than the story: its cookies, scripts it needs, a sign-in or
# subscription wall ("We use cookies to ...", "Please enable JavaScript ...", "Sign in to continue
# reading"). Read at a block's start, so a sentence about cookies or JavaScript in the news is no notice.
PAGE_NOTICE = re.compile(
    r"^\W*(?:we|this (?:site|website)|our (?:site|website)) (?:uses?|are using) cookies\b"
    r"|^\W*(?:please )?(?:enable|turn on|activate) javascript\b"
    r"|^\W*(?:javascript is (?:disabled|required|not enabled)|your browser (?:does not|doesn't) support)\b"
    r"|^\W*(?:sign in|log in|subscribe|register) to (?:continue|keep) reading\b"
    r"|^\W*already a subscriber\b"
    r"|^\W*you(?:'ve| have) reached (?:your|the) (?:limit|maximum) of free\b"
    # a footer's links: "Terms of Use | Privacy Policy | Contact Us"
    r"|^(?=[^.!?]*[|•·])[^.!?]{0,120}\b(?:privacy (?:policy|notice)|terms (?:of (?:use|service)|and conditions)"
    r"|cookie (?:policy|settings))\b[^.!?]{0,120}$",
    re.IGNORECASE,
)


# Furniture found anywhere in a block of at most so many characters (a longer block is article text
# that mentions such a thing), in the order it is looked for, with the reason it is listed under.
_FOUND_IN_BLOCK: tuple[tuple[re.Pattern[str], float, str], ...] = (
    (RELATED_LINK, 250, "related-story link"),
    (VIDEO, 400, "video player"),
    (FEEDBACK, float("inf"), "feedback prompt"),
    (CORRECTION, 300, "corrections footer"),
    (NEWSLETTER, 300, "newsletter or sharing prompt"),
    (PAGE_NOTICE, 300, "page notice (cookies, scripts, sign-in)"),
    (APPEAL, 600, "appeal to the reader (subscribe, get the app, support the newsroom)"),
    (EMBED_NOTICE, 400, "embedded post's or player's notice"),
    (DISCLAIMER, 300, "publisher's disclaimer"),
    (CREDIT, 200, "photo credit"),
)


def furniture_reason(text: str) -> str | None:
    """Why a block is page furniture, or None if it may be article text."""
    if not _WORD.search(text) and not any(c.isdigit() for c in text):
        return "separator line"
    if AD.match(text):
        return "advertisement"
    if RELATED.match(text):
        return "related-articles block"
    for pattern, longest, found in _FOUND_IN_BLOCK:
        if len(text) < longest and pattern.search(text):
            return found
    if (CAPTION.search(text) or CREDITED_CAPTION.search(text)) and len(text.split()) <= 60:
        return "photo caption"
    if BUTTONS.match(text) or SHORTCODE.search(text):
        return "button or link label"
    if CLICK_TO_TWEET.search(text) and len(text) < 400:
        return "pull quote (a button to post it)"
    if TAGS.match(text) and len(text) < 200:
        return "the page's topic tags"
    if CLICK_HERE.search(text) and len(text) < 200:
        return "link prompt (click here)"
    reason = sentence_furniture(text)
    if reason == EDITORS_NOTE_REASON and len(split_sentences(text)) > 1:
        reason = None  # a note of several sentences: each is judged alone (a fact it restates stays)
    if reason:
        return reason
    if is_dateline(text):
        return "dateline"
    return None


@dataclass(frozen=True)
class Block:
    """A paragraph-sized piece of a source file."""

    text: str
    line: int
    heading: bool = False
    part: str = ""  # the label of the list it is an item of ("Story highlights"; ``SECTION_LABEL``)
    label: str = ""  # that label, when the page ran it into this first item's line (cut from the text)


# A paragraph at least this long that repeats an earlier one word for word is page furniture (a pull
# quote or a caption printed twice); a short one ("Yes.") may be said twice.
REPEAT_CHARS = 20


# A paragraph whose words an earlier paragraph of the article already printed, sentence by sentence in
# the same order, is a second print of them: a post embedded after the article quoted it, a pull
# quote. At least this many words: a short line ("He declined to comment.") may be said twice.
REPEAT_WORDS = 8
# The credit an embedded post or a pull quote ends with: a dash, then a name or an account and a day
# ("— Jo Roe (@jroe) May 2, 2019", "— Mayor Jo Roe"), words that begin with a capital, a digit, "@"
# or "(", and a few small words between them.
_CREDIT_WORD = r"(?:[A-Z0-9@(][\w.'’@()-]*,?|of|the|and|de|la|van|von)"
_POST_CREDIT = re.compile(rf"\s*[—–]\s*{_CREDIT_WORD}(?:\s+{_CREDIT_WORD}){{0,11}}\s*$")
_PIECE_END = re.compile(rf"(?<=[.!?…])[{_CLOSERS}]*\s+")


def _words(text: str) -> list[str]:
    """A text's words, lower case, without punctuation or quotation marks."""
    return re.findall(r"[^\W_]+", text.lower().replace("’", "'"))


def _run_at(words: list[str], run: list[str], start: int) -> int:
    """Where ``run`` ends as a contiguous run of ``words`` found at or after ``start``, or -1."""
    n = len(run)
    for i in range(start, len(words) - n + 1):
        if words[i : i + n] == run:
            return i + n
    return -1


def repeats_earlier(text: str, earlier: list[list[str]]) -> int:
    """How many earlier paragraphs (their words, ``_words``) a paragraph prints again without a word
    of its own (0: none): each of its sentences a run of one paragraph's words, in order, from one
    paragraph or from consecutive ones (a shortened second print of an article's opening
    paragraphs); the earlier one may have a speech tag between them, and a credit line after a dash
    is set aside."""
    body = _POST_CREDIT.sub("", text.strip())
    pieces = [w for piece in _PIECE_END.split(body) if (w := _words(piece))]
    if sum(len(w) for w in pieces) < REPEAT_WORDS:
        return 0
    return next((n for first in range(len(earlier)) if (n := _printed_from(pieces, earlier, first))), 0)


def _printed_from(pieces: list[list[str]], earlier: list[list[str]], first: int) -> int:
    """How many paragraphs from ``earlier[first]`` on print ``pieces`` as runs of their words, in
    order, the first piece in that paragraph and none skipped (0: they do not)."""
    para, at = first, 0
    for n, run in enumerate(pieces):
        found = _run_at(earlier[para], run, at)
        if found < 0 and n > 0 and para + 1 < len(earlier):  # on into the next paragraph
            para, at = para + 1, 0
            found = _run_at(earlier[para], run, at)
        if found < 0:
            return 0
        at = found
    return para - first + 1


def sift(blocks: list[Block]) -> tuple[list[Block], list[tuple[Block, str]]]:
    """Split blocks into body text and dropped blocks with their reasons.

    A paragraph that repeats an earlier one word for word is dropped. A related-articles heading
    starts a teaser block: the heading-like lines right before it (a teaser title shown twice) and,
    after it, teaser titles each followed by at most one blurb. The items of a labelled list ("Story
    highlights") are kept with the label (``Block.part``).
    """
    blocks = list(blocks)
    reasons: dict[int, str] = {}
    for i, b in enumerate(blocks):
        reason = furniture_reason(b.text)
        if reason:
            reasons[i] = reason
    for i in range(len(blocks)):
        if reasons.get(i) != "related-articles block":
            continue
        j = i - 1
        while j >= 0 and j not in reasons and (blocks[j].heading or looks_like_heading(blocks[j].text)):
            reasons[j] = "related-article teaser"
            j -= 1
        j = i + 1
        titles = {blocks[k].text.strip() for k in range(j - 2, i) if k >= 0}
        while j < len(blocks) and j not in reasons:
            if blocks[j].heading or looks_like_heading(blocks[j].text) or blocks[j].text.strip() in titles:
                reasons[j] = "related-article teaser"
                j += 1
                if j < len(blocks) and j not in reasons and not looks_like_heading(blocks[j].text):
                    reasons[j] = "related-article teaser"
                    j += 1
            else:
                break
    seen: set[str] = set()
    earlier: list[list[str]] = []
    for i, b in enumerate(blocks):
        words = " ".join(b.text.split())
        if i not in reasons and len(words) >= REPEAT_CHARS and words in seen:
            reasons[i] = "repeat of an earlier paragraph"  # a pull quote, a caption shown twice
        elif i not in reasons and (spans := repeats_earlier(b.text, earlier)):
            reasons[i] = (
                "repeat of an earlier paragraph's words (an embedded post or a pull quote)"
                if spans == 1
                else "repeat of consecutive earlier paragraphs' words (printed a second time, shortened)"
            )
        seen.add(words)
        earlier.append(_words(b.text))
    for i, b in enumerate(blocks):
        # A label is a line of its own, or run into a list's first item: no sentence ("In brief
        # remarks, the mayor said ..." opens one).
        if i in reasons or _TERMINAL.search(b.text) or not (label := SECTION_LABEL.match(b.text)):
            continue
        # The items under a label ("Story highlights", "Key points"): lines without a sentence's end,
        # up to the first sentence of the text. Each is a statement the outlet makes of the story, in
        # a summary's short style ("Crews close the bridge"): text, with the label it stands under. The
        # label is listed, cut from the first item's line when the page runs it in; a label over no
        # such lines ("What we know", then sentences) is a sub-heading like any other.
        name = " ".join(label.group(0).strip(" :.-–—").split())
        name = name[:1].upper() + name[1:]
        j, found = i + 1, []
        while j < len(blocks) and not _TERMINAL.search(blocks[j].text) and not _QUOTED_CLAUSE.search(blocks[j].text):
            if j not in reasons:
                found.append(j)
            j += 1
        if rest := b.text[label.end() :].strip(" :.-–—"):
            found.insert(0, i)
            blocks[i] = Block(rest, b.line, label=b.text[: len(b.text) - len(rest)].strip())
        elif found:
            reasons[i] = SUMMARY_LABEL_REASON
        for k in found:
            blocks[k] = replace(blocks[k], heading=False, part=name)
    # The writer's note that ends a page, above any furniture after it.
    for i in range(len(blocks) - 1, -1, -1):
        if i in reasons or blocks[i].heading or looks_like_heading(blocks[i].text):
            continue
        if not writers_note(blocks[i].text):
            break
        reasons[i] = WRITERS_NOTE_REASON
    for i, b in enumerate(blocks):
        if b.part:
            continue  # an item of a labelled list: text
        if i not in reasons and not b.heading and _answered(b.text, blocks[i + 1].text if i + 1 < len(blocks) else ""):
            continue  # a question someone is then said to answer was asked: text, not a sub-heading
        if i not in reasons and (b.heading or looks_like_heading(b.text)):
            reasons[i] = HEADING_REASON
    kept = [b for i, b in enumerate(blocks) if i not in reasons]
    dropped = [(b, reasons[i]) for i, b in enumerate(blocks) if i in reasons]
    return kept, dropped
