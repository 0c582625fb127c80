"""What one line of a dump is: small, independent recognisers.

Takes: a stripped line (and sometimes its neighbours).  Gives: a yes/no or the
parsed parts.  The assembling of posts lives in `parse`; this module only knows
the shapes that Blogger and its themes print, in several languages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from builder.split.dates import parse_date_line, parse_time, parse_timestamp, starts_like_date

# ----------------------------------------------------------------- read-more lines

_READ_MORE = re.compile(
    r"^[\[(«]?\s*(?:read\s+more|continue\s+reading|keep\s+reading|read\s+the\s+rest"
    r"(?:\s+of\s+(?:this|the)\s+(?:entry|post|story|article))?|read\s+full\s+(?:story|article)"
    r"|full\s+story|click\s+here\s+to\s+read\s+more|leer\s+m[áa]s|seguir\s+leyendo"
    r"|lire\s+la\s+suite|weiterlesen|mehr\s+lesen|ler\s+mais|continuar\s+lendo|les\s+mer"
    r"|citește\s+mai\s+mult|continua\s+a\s+leggere|leggi\s+tutto|lees\s+meer)"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
_READ_MORE_REST = re.compile(
    r"^(?:[\s.…»>→\])!:-]*|\s*(?:at|on|@|in|via|from|en|sur|auf|em|bei)\s*:?\s+\S.{0,60}"
    r"|\s*:\s*\S.{0,60})$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1 << 16)
def is_read_more(line: str) -> bool:
    """A stand-alone read-more line (`Read more ....`, `Read more at: Outlet`, ...)."""
    match = _READ_MORE.match(line)
    if not match:
        return False
    rest = match.group("rest")
    if rest.rstrip().endswith(".") and len(rest.split()) > 1 and not rest.strip(" .…"):
        return True
    return bool(_READ_MORE_REST.match(rest)) and not rest.strip().endswith((",", ";"))


# ----------------------------------------------------------------- editor's notes


def _marker_pattern(marker: str) -> str:
    parts = []
    for ch in marker:
        if ch in "'’‘`":
            parts.append("['’‘`]")
        elif ch == " ":
            parts.append(r"\s+")
        else:
            parts.append(re.escape(ch))
    return "".join(parts)


def marker_regex(markers: tuple[str, ...]) -> re.Pattern[str]:
    """Matches a paragraph that opens with one of the configured note markers."""
    alternatives = sorted((_marker_pattern(m) for m in markers), key=len, reverse=True)
    return re.compile(r"^(?P<marker>" + "|".join(alternatives) + r")\s*(?P<rest>.*)$",
                      re.IGNORECASE | re.DOTALL)


# ----------------------------------------------------------------- footer lines

_COMMENT_WORDS = (
    r"comments?|comentarios?|commentaires?|kommentare?|kommentar(?:er)?|comentários?|"
    r"comentário|comentarii|comentariu|commenti|commento|reacties?|responses?|reactions?|"
    r"opmerkingen|opmerking|komentarz(?:e|y)?|комментари(?:й|я|ев)|kommentti(?:a)?|kommentit|yorum|yorumlar|"
    r"thoughts?|replies|reply|respuestas?|réponses?|respostas?"
)
_ZERO_WORDS = (
    r"no|zero|none|keine|kein|aucun|pas de|sin|nenhum|sem|ingen|niciun|nessun|geen|não há|"
    r"no hay|il n'y a pas de|brak|ei"
)
COUNT_RE = re.compile(
    rf"^(?P<n>\d+|{_ZERO_WORDS}|one|un|une|uno|um|ein|en|et|unu)\s+(?:{_COMMENT_WORDS})"
    r"(?:\s+(?:to|on|a|à|zu|para|pentru|per|sur|en)\s+[\"“„«'].*[\"”“»']\s*:?|\s*:)\s*$",
    re.IGNORECASE,
)
_PAREN_COUNT = re.compile(r"^(?:comments|commentaires|comentarios|kommentare)\s*\((?P<n>\d+)\)$",
                          re.IGNORECASE)
_GENERIC_COUNT = re.compile(r"^(?P<n>\d+)\s+[^\W\d][\w'’ -]{0,60}:$")
_ONE = {"one", "un", "une", "uno", "um", "ein", "en", "et", "unu"}


@lru_cache(maxsize=1 << 16)
def count_header(line: str) -> int | None:
    """`3 comments:`, `No comments:`, `0 Response to "..."`, localized -> the number."""
    match = COUNT_RE.match(line)
    if not match:
        paren = _PAREN_COUNT.match(line)  # `Comments (3)`
        return int(paren.group("n")) if paren else None
    n = match.group("n").lower()
    if n.isdigit():
        return int(n)
    return 1 if n in _ONE else 0


@lru_cache(maxsize=1 << 16)
def generic_count_header(line: str) -> int | None:
    """`5 people had something to say:` (only a header when comments follow)."""
    match = _GENERIC_COUNT.match(line)
    if not match or len(line.split()) > 9:
        return None
    return int(match.group("n"))


_POSTED_BY = re.compile(
    r"^(?P<verb>Posted\s+by|Eingestellt\s+von|Publicado\s+por|Publié\s+par|Publiée\s+par|"
    r"Postado\s+por|Postada\s+por|Lagt\s+inn\s+av|Postet\s+av|Postat\s+de|Publicat\s+de|"
    r"Pubblicato\s+da|Geplaatst\s+door|Skrevet\s+av|Upplagd\s+av|Opublikowane\s+przez|"
    r"Posté\s+par|Postée\s+par|Opublikowany\s+przez|Автор:|Gönderen)\s+"
    r"(?P<rest>.+)$",
    re.IGNORECASE,
)
LINKS_TO_POST = (
    r"Links\s+to\s+this\s+post|Enlaces\s+a\s+esta\s+entrada|Links\s+zu\s+diesem\s+Post|"
    r"Liens\s+vers\s+ce\s+message|Links\s+para\s+esta\s+postagem|"
    r"Lenker\s+til\s+dette\s+innlegget|Link-uri\s+către\s+această\s+postare|"
    r"Link\s+a\s+questo\s+post|Links\s+naar\s+dit\s+bericht"
)
# Movable Type / Typepad footers: `Posted by X at 10:14 AM | Comments (2) | TrackBack (0)`
_PIPED_COUNT = re.compile(r"\s*\|\s*(?:Comments|Commentaires|Comentarios)\s*[(\[](?P<n>\d+)[)\]]",
                          re.IGNORECASE)
_CANALBLOG_TAIL = re.compile(r"\s+-\s+(?P<cat>[^-]{1,40}?)\s+-\s+Commentaires\s*\[(?P<n>\d+)\]"
                             r"(?:\s+-\s+Permalien.*)?$", re.IGNORECASE)
_TRAILING_COUNT = re.compile(
    rf"\s+(?P<count>(?:\d+|{_ZERO_WORDS}|one)\s+(?:{_COMMENT_WORDS})\s*:?)"
    rf"(?P<links>\s+(?:{LINKS_TO_POST}))?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class PostedBy:
    author: str
    count: int | None
    date: str | None = None  # `Posted by Paul at April 4, 2003`: the post's date
    labels: tuple[str, ...] = ()  # Canalblog's category in the footer


_CONNECTOR = re.compile(r"\s+(?:at|um|en|a\s+las?|à|às|as|kl\.?|klokken|la|alle|om|op|a|o|on|le|el|am"
                        r"|на|zaman:|@)"
                        r"\s+",
                        re.IGNORECASE)


def _last_connector(rest: str) -> int | None:
    """Where `at TIME` starts: the last connector whose remainder holds a time or date,
    so that `Jo at Number Nine at 9:41 PM` keeps its whole name."""
    for match in reversed(list(_CONNECTOR.finditer(rest))):
        tail = rest[match.end():]
        if re.search(r"\d", tail) and (parse_time(tail) or re.search(r"\d[:.h]\d\d", tail)
                                        or parse_date_line(tail)):
            return match.start()
    return None


def _dated_connector(rest: str) -> int | None:
    """Where `on March 3, 2014 at 9:41 PM` starts: the first connector followed by a
    date (with or without a time)."""
    for match in _CONNECTOR.finditer(rest):
        tail = rest[match.end():]
        if tail and starts_like_date(tail.split()[0]) and (
            parse_date_line(tail) or parse_timestamp(tail)
            or parse_date_line(tail.split(" at ")[0].rstrip(", "))
        ):
            return match.start()
    return None


# other engines' bylines with the post's date: `Posted on <date> by NAME`, `Submitted by
# NAME on <date>`, `by NAME | <date>`, `Publicado el <date> por NAME`
_DATE_THEN_NAME = re.compile(
    r"^(?:Posted|Published|Publicado|Publicada|Publié|Publiée|Posté|Postado)\s+(?:on|el|le|em)\s+"
    r"(?P<date>.+?)\s+(?:by|por|par)\s+(?P<name>[^|,]{1,40})$", re.IGNORECASE)
_NAME_THEN_DATE = re.compile(  # (`by X on <date>` alone is a comment's byline: Drupal)
    r"^(?:(?:Submitted|Written)\s+by\s+(?P<name>[^|]{1,40}?)\s+on\s+"
    r"|(?:[Bb]y|Par|Por|Von)\s+(?P<name2>[^|]{1,40}?)\s*(?:\||\s[-–—]\s)\s*)(?P<date>.+)$")


_BYLINE_VERBS = {"post", "posted", "published", "publicado", "publicada", "publié", "publiée", "posté",
                 "postado", "submitted", "written", "by", "par", "por", "von"}


# a footer with the date alone, printed after the post (Tumblr), maybe with its age
_POSTED_ON = re.compile(r"^(?:Posted|Published)\s+on\s+(?P<date>[^()]{6,40}?)(?:\s+\([^()]*\bago\))?$",
                        re.IGNORECASE)


@lru_cache(maxsize=1 << 16)
def posted_on(line: str) -> str | None:
    """`Posted on March 14, 2013 (3 days ago)` -> the ISO date."""
    match = _POSTED_ON.match(line) if len(line) < 80 else None
    found = parse_date_line(match.group("date")) if match else None
    return found.iso if found else None


# LiveJournal prints the author over the entry's date line: `harbourjane wrote,`
_JOURNAL_BYLINE = re.compile(r"^(?P<name>[\w.-]{2,40})\s+wrote,$")


def journal_byline(line: str) -> str | None:
    match = _JOURNAL_BYLINE.match(line)
    return match.group("name") if match else None


# Medium's export ends the post with `By Anna Berg on March 14, 2016.` (a date, no time)
_BY_ON_DATE = re.compile(r"^By\s+(?P<name>[^|,:]{1,40}?)\s+on\s+(?P<date>[^:]{6,40}?)\.$")


# a forum's message header (phpBB): `Post by margit_k » Mon Mar 14, 2016 10:02 am`
_FORUM_POST = re.compile(r"^Post\s+by\s+(?P<name>\S[^»]{0,40}?)\s+»\s+(?P<stamp>.{8,40})$")


def _dated_byline(line: str) -> PostedBy | None:
    if line.split(None, 1)[0].casefold() not in _BYLINE_VERBS:
        return None
    if (forum := _FORUM_POST.match(line)) and (when := parse_timestamp(forum.group("stamp"))):
        return PostedBy(forum.group("name"), None, when.iso[:10]) if when.iso else None
    if (medium := _BY_ON_DATE.match(line)) and (on := parse_date_line(medium.group("date"))):
        return PostedBy(medium.group("name"), None, on.iso)
    match = _DATE_THEN_NAME.match(line) or _NAME_THEN_DATE.match(line)
    if not match:
        return None
    stamp = re.sub(r"^[^\W\d_]{2,9}\.?,\s+(?=\d)", "", match.group("date").strip())  # `Tue, `
    found = parse_date_line(stamp) or parse_date_line(re.split(r"\s+(?:-|–|at|à|a las)\s+",
                                                               stamp)[0].strip(" ,"))
    if found is None:
        when = parse_timestamp(stamp)
        day = when.iso[:10] if when and when.iso else None
    else:
        day = found.iso
    name = (match.group("name") or match.groupdict().get("name2") or "").strip()
    if day is None or not name or len(name.split()) > 5:
        return None
    return PostedBy(name, None, day)


# Blogger's mobile pages print the footer without `Posted by`: `Joni Halvorsen at 9:12 PM`
_MOBILE_BYLINE = re.compile(r"^(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+at\s+"
                            r"\d{1,2}:\d\d\s*[AaPp]\.?[Mm]\.?$")


def mobile_byline(line: str) -> str | None:
    """`Joni Halvorsen at 9:12 PM` -> the name (a footer only where the post ends: a title
    may read `Meet Me at 9:00 PM`)."""
    match = _MOBILE_BYLINE.match(line)
    return match.group("name") if match else None


@lru_cache(maxsize=1 << 16)
def posted_by(line: str) -> PostedBy | None:
    """`Posted by NAME at TIME [N comments: Links to this post]` (and localized)."""
    match = _POSTED_BY.match(line)
    if not match:
        return _dated_byline(line) if len(line) < 120 else None
    rest = match.group("rest").strip()
    count = None
    category: tuple[str, ...] = ()
    canal = _CANALBLOG_TAIL.search(rest)
    if canal:  # `à 21:14 - Voyages - Commentaires [2] - Permalien [#]`
        category, count = (canal.group("cat").strip(),), int(canal.group("n"))
        rest = rest[: canal.start()].strip()
    piped = _PIPED_COUNT.search(rest)
    if piped:
        count = int(piped.group("n"))
        rest = rest[: piped.start()].strip()
    trailing = _TRAILING_COUNT.search(rest)
    if trailing:
        count = count_header(trailing.group("count").rstrip(" :") + ":")  # (classic: no colon)
        rest = rest[: trailing.start()].strip()
    when = _dated_connector(rest)
    when = _last_connector(rest) if when is None else when
    day = None
    if when is not None:
        tail = _CONNECTOR.sub("", rest[when:], count=1).strip()
        found = parse_date_line(tail) or parse_date_line(tail.split(" at ")[0].rstrip(", "))
        day = found.iso if found else None
        rest = rest[:when].strip()
    elif len(rest.split()) > 4 or rest.endswith((".", "!", "?", ",")):
        return None
    if not rest or rest.lower() == "picasa" or len(rest.split()) > 6:
        return None
    return PostedBy(rest, count, day, category)


_LABELS = re.compile(
    r"^(?:(?:Labels?|Etiquetas?|Libellés|Marcadores|Etiketter|Etichete|Etichette|Tags?|"
    r"Etykiety|Etiketler|Ярлыки|"
    r"Categories|Category|Kategorien|Categorías|Catégories|Filed\s+under|Tagged(?:\s+with)?)"
    r"\s*:\s*|(?:Posted\s+in|Filed\s+under|Tagged(?:\s+with)?|Classé\s+dans|Publicado\s+en|"
    r"Etiquetado|Archivado\s+en)\s+)"
    r"(?P<labels>[^.!?]+?)\.?$",
    re.IGNORECASE,
)
_HASHTAGS = re.compile(r"^#[^\W\d_][\w-]*(?:\s+#[^\W_][\w-]*)*$")
# WordPress's one-line footer: `This entry was posted in A, B and tagged c, d. Bookmark the
# permalink.`
_WP_FOOTER = re.compile(
    r"^This\s+entry\s+was\s+posted\s+in\s+(?P<labels>.+?)(?:\s+and\s+tagged\s+(?P<tags>.+?))?"
    r"(?:\s+on\s+.+?)?(?:\s+by\s+.+?)?\.\s*(?:Bookmark\s+the\s+permalink\.?)?$",
    re.IGNORECASE,
)


def labels(line: str) -> list[str] | None:
    found = _labels(line)
    return list(found) if found is not None else None


@lru_cache(maxsize=1 << 16)
def _labels(line: str) -> tuple[str, ...] | None:
    if line.startswith("#") and _HASHTAGS.match(line):  # Tumblr: `#ferries #velsk`
        return tuple(tag.lstrip("#") for tag in line.split())
    wordpress = _WP_FOOTER.match(line)
    if " | " in line and not wordpress:  # `Publicado en Puerto | Etiquetado huelgas, Velsk`
        parts = [_labels(part.strip()) for part in line.split(" | ")]
        return None if any(p is None for p in parts) else tuple(
            label for p in parts for label in p or ())
    if wordpress:
        text = ", ".join(p for p in wordpress.group("labels", "tags") if p)
    else:
        match = _LABELS.match(line)
        if not match or len(line) > 200:
            return None
        text = match.group("labels")
    found = [part.strip().lstrip("#") for part in re.split(r",|\s+and\s+", text)]
    return tuple(label for label in found if label)  # (Overblog prints `#Cuisine`)


# ----------------------------------------------------------------- source lines

_SOURCE = re.compile(
    r"^(?:(?P<author>[^:,]{2,50}),\s+)?(?P<outlet>[A-Z0-9][^:]{1,50}?)\s*:\s+(?P<headline>\S.*)$"
)
_NOT_OUTLETS = {
    "update", "updates", "updated", "source", "sources", "note", "labels", "label", "tags",
    "video", "photo", "photos", "image", "h/t", "ht", "hat tip", "via", "link", "links",
    "editor's note", "my comment", "wnu editor", "warning", "correction", "read more",
    "read more at", "posted", "share", "subscribe to", "q", "a", "p.s", "ps", "edit",
}


@lru_cache(maxsize=1 << 16)
def is_source_line(line: str) -> bool:
    """`Outlet: headline` or `Author, Outlet: headline` (a quoted excerpt's source)."""
    match = _SOURCE.match(line)
    if not match:
        return False
    outlet = match.group("outlet").strip()
    headline = match.group("headline").strip()
    words = outlet.split()
    if len(words) > 6 or outlet.lower().rstrip(".") in _NOT_OUTLETS:
        return False
    if not all(w[0].isupper() or w[0].isdigit() or w in {"of", "the", "and", "de", "&", "for"}
               for w in words):
        return False
    if len(headline.split()) < 3 or len(line) > 250:
        return False
    return not headline.endswith((".", ",", ";")) or headline.endswith("...")


# ----------------------------------------------------------------- comment shapes

_SAID = re.compile(
    r"^(?P<name>.+?)\s+(?:said|says|wrote|dijo|dice|escribió|a\s+dit|a\s+écrit|hat\s+gesagt|"
    r"schrieb|disse|escreveu|sa|skrev|a\s+spus|ha\s+detto|scrisse|zei|schreef|"
    r"сказал(?:\(а\)|а)?|pisze|napisał(?:\(a\)|a)?|dedi\s+ki)"
    r"\s*(?:\.\.\.|…|\.\.|:)\s*$",
    re.IGNORECASE,
)


# Blogger's classic template prints the stamp first: `At 8/11/2004 7:02 AM, Blogger Mark said...`
_AT_STAMP = re.compile(r"^At\s+(?P<stamp>[^,]{4,40}(?:,\s+\d{4}[^,]{4,20})?),\s+(?P<rest>\S.*)$")


@lru_cache(maxsize=1 << 16)
def said_stamp(line: str) -> tuple[str, str | None, str] | None:
    """`At <stamp>, NAME said...` -> (the rest of the line, ISO stamp or None, the time)."""
    match = _AT_STAMP.match(line) if line.startswith("At ") else None
    stamp = parse_timestamp(match.group("stamp")) if match else None
    if match is None or stamp is None:
        return None
    return match.group("rest"), stamp.iso, stamp.time


@lru_cache(maxsize=1 << 16)
def said_name(line: str) -> str | None:
    """`NAME said...` -> NAME as printed (avatar artefacts removed), else None."""
    if len(line) > 100 or not line.endswith(("...", "…", "..", ":")):
        return None
    if (stamped := said_stamp(line)) is not None:
        line = stamped[0]
    match = _SAID.match(line)
    if not match:
        return None
    name = match.group("name").strip()
    words = name.split()
    titled = all(w[:1].isupper() or w in ("de", "van", "von", "da", "in", "of") for w in words)
    sentence_end = name.endswith((".", "?", "!")) and len(words) > 3 and not (
        titled and name.endswith(".") and len(words[-1]) <= 4)  # "Capt. Ivo R. Dall Jr."
    if "," in name and not _names_list(name):
        return None
    if len(words) > 7 or len(name) > 70 or sentence_end:
        return None
    return clean_author(name)


_LOWER_TAIL = re.compile(r"^[^\W\d_]+(?:\s+[^\W\d_]+)?$")  # `Ania, Piotr i dzieci` (and the kids)
_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&|et|y|und|e|i|и|ve|och|og|en)\s+")


def _names_list(name: str) -> bool:
    """`Ann, Bob, and Carl`: names joined by commas and `and` (a couple, a family)."""
    parts = [p for p in _LIST_SPLIT.split(name) if p]
    if len(parts) >= 3 and _LOWER_TAIL.match(parts[-1]) and parts[-1].islower():
        parts = parts[:-1]
    return len(parts) >= 2 and all(
        1 <= len(p.split()) <= 3 and (
            all(w[:1].isupper() and len(w) > 1 for w in p.split())
            or (p.split()[0] in ("the", "our", "my") and len(p.split()) == 2))  # `the boys`
        for p in parts)


def clean_author(name: str) -> str:
    """`Anonymous Anonymous` -> `Anonymous`; `Blogger Jay` -> `Jay`; Drupal's
    `Anonymous (not verified)` -> `Anonymous`."""
    name = re.sub(r"\s+\(not verified\)$", "", name)
    words = name.split()
    half = len(words) // 2
    if len(words) % 2 == 0 and half and words[:half] == words[half:]:
        return " ".join(words[:half])
    if len(words) > 1 and words[0] == "Blogger":
        return " ".join(words[1:])
    return name


NUMBERED = re.compile(r"^(?P<indent>[ \t]*)(?P<n>\d{1,4})[.)]\s+(?P<text>\S.*)$")

ACTION_LINES = {
    "reply", "delete", "replydelete", "replies", "reply delete", "responder", "eliminar",
    "respuestas", "répondre", "supprimer", "réponses", "antworten", "löschen", "antwort",
    "responderexcluir", "excluir", "respostas", "svar", "slett", "răspundeți", "ștergere",
    "antwortenlöschen", "respondereliminar", "svarslett", "répondresupprimer",
    "răspundețiștergere", "rispondielimina", "responder eliminar", "antworten löschen",
    "répondre supprimer", "svar slett", "rispondi elimina", "beantworten",
    "răspunsuri", "rispondi", "elimina", "risposte", "beantwoorden", "verwijderen",
    "reacties", "replies reply", "replydelete replies", "like",
    "reply · thread · link", "reply · thread · parent · link",  # LiveJournal
}


def is_action(line: str) -> bool:
    return line.casefold() in ACTION_LINES


REMOVED_NOTICES = (
    "this comment has been removed by the author.",
    "this comment has been removed by a blog administrator.",
    "this post has been removed by the author.",
    "this comment has been removed by the blog administrator.",
    "este comentario ha sido eliminado por el autor.",
    "este comentário foi removido pelo autor.",
    "ce commentaire a été supprimé par l'auteur.",
    "ce commentaire a été supprimé par un administrateur du blog.",
    "dieser kommentar wurde vom autor entfernt.",
    "dieser kommentar wurde von einem blog-administrator entfernt.",
    "denne kommentaren har blitt fjernet av forfatteren.",
    "acest comentariu a fost eliminat de autor.",
    "этот комментарий был удален автором.",
    "den här kommentaren har tagits bort av skribenten.",
)


def is_removed_notice(text: str) -> bool:
    folded = " ".join(text.split()).casefold().replace("’", "'")
    return folded in REMOVED_NOTICES or bool(
        re.fullmatch(r"this (?:comment|post) has been removed by (?:the|a) "
                     r"(?:author|blog administrator)\.?", folded)
    )


# ----------------------------------------------------------------- chrome

_CHROME_EXACT = {
    "load more...", "load more", "load more…",
    "newer post older post home", "newer posts older posts home", "newer post home",
    "older post home", "newer posts home", "older posts home", "home",
    "links to this post", "create a link", "blog archive", "powered by blogger.",
    "powered by blogger", "search this blog", "search", "translate", "email this", "blogthis!",
    "share to twitter", "share to facebook", "share to pinterest", "share to x",
    "share to linkedin", "share this post", "share", "tweet", "popular posts",
    "popular posts from this blog", "about me", "followers", "view my complete profile",
    "report abuse", "subscribe", "subscribe to", "total pageviews", "follow by email",
    "contact form", "pages", "labels", "archive", "archives", "recent posts", "recent comments",
    "subscribe to: post comments (atom)", "subscribe to: posts (atom)",
    "subscribe to: comments (atom)", "publicar un comentario en la entrada",
    "entrada más reciente entrada antigua página principal", "entradas más recientes entradas antiguas página principal",
    "página principal", "suscribirse a: enviar comentarios (atom)", "suscribirse a: entradas (atom)",
    "article plus récent article plus ancien accueil",
    "articles plus récents articles plus anciens accueil", "accueil",
    "inscription à : publier les commentaires (atom)", "inscription à : articles (atom)",
    "neuerer post älterer post startseite", "neuere posts ältere posts startseite", "startseite",
    "abonnieren kommentare zum post (atom)", "abonnieren: kommentare zum post (atom)",
    "abonnieren posts (atom)", "abonnieren: posts (atom)",
    "postagem mais recente postagem mais antiga página inicial",
    "página inicial", "assinar: postar comentários (atom)", "assinar: postagens (atom)",
    "nyere innlegg eldre innlegg startsiden", "startsiden",
    "abonner på: legg inn kommentarer (atom)", "abonner på: innlegg (atom)",
    "postare mai nouă postare mai veche pagina de pornire",
    "abonați-vă la: postare comentarii (atom)", "note: only a member of this blog may post a comment.",
    "got it", "learn more", "ok", "show all posts", "more", "menu", "skip to main content",
    "get link", "facebook", "twitter", "pinterest", "email", "other apps", "comments",
    "enter your comment...", "enter comment", "comment as:", "sign out", "notify me",
    "all comments", "‹", "›", "view web version",
    "mehr laden...", "mehr laden", "cargar más...", "cargar más", "charger plus...",
    "afficher plus...", "carregar mais...", "last inn mer...", "încărcați mai multe...",
    "carica altro...", "afficher la version web", "ver versión web", "webversion anzeigen",
    "visualizar versão para a web", "ver versão web", "vis nettversjon",
    "vizualizați versiunea web", "visualizza versione web", "obtener enlace",
    "correo electrónico", "otras aplicaciones", "link abrufen", "e-mail", "weitere apps",
    "obtenir le lien", "autres applications", "gerar link", "obter link", "outros apps",
    "outros aplicativos", "hent link", "e-post", "andre apper", "obțineți linkul",
    "alte aplicații", "ottieni link", "altre app", "x",
    "postagens mais recentes postagens mais antigas página inicial",
    "postagem mais recente postagem mais antiga início", "início",
    "postagens mais recentes postagens mais antigas início",
    "nyere innlegg eldre innlegg startside",
    "postări mai noi postări mai vechi pagina de pornire", "post più recente post più vecchio home page",
    "iscriviti a: commenti sul post (atom)", "iscriviti a: post (atom)", "home page",
    "previous post", "next post", "older posts", "newer posts",
    # buttons, plugins and the comment forms of other blog engines (WordPress, Drupal, ...)
    "pin it", "« home", "<< home", "related posts plugin for wordpress, blogger...",
    "bookmark the permalink.", "bookmark the permalink",
    "cancel reply", "log in to post comments", "login to post comments",
    "permalink", "print", "print this post", "share this:", "like this:",
    "like", "loading...", "related", "reblog", "follow", "cancel", "submit", "log in",
    "entries rss", "comments rss", "entries feed", "comments feed", "wordpress.org",
    "skip to content", "navigation", "main menu", "search …", "search ...",
    "[ permalink ]", "[permalink]", "<< previous page", "next page >>", "« previous page",
    "search this site:", "search this site", "search this blog:", "search for:",
    "email address:", "remember personal info?", "verify your comment",
    "partager cet article", "repost0", "haut de page", "commentaires", "nom:", "commentaire:",
    "pour être informé des derniers articles, inscrivez vous :",
    "previewing your comment",
    "comments are closed.", "trackback", "trackbacks", "quote", "name:", "url:", "email:",
    "website:", "enter your comment here...",
    "log in or register to post comments",
    # Blogger's classic template and its Italian and Dutch strings
    "previous posts", "links to this post:", "postalo sul blog", "archivio blog", "blogarchief",
    "post più recenti post più vecchi home page", "nieuwere posts oudere posts homepage",
    "like loading...", "like loading…", "post a reply", "who is online", "website", "submit comment", "post comment", "canonical link", "newest first", "oldest first", "preview post comment…", "preview post comment...",
    "your name", "your message", "your email", "your comment", "your website",
}
# Calls to comment: chrome only where they stand after the last comment (see
# `is_comment_form_heading`); a post may be titled "What Do You Think?".
FORM_HEADINGS = {
    "what do you think?", "what do you think", "leave a comment", "leave a comment!",
    "have your say", "have your say!", "share your thoughts", "share your thoughts!",
    "what are your thoughts?", "your thoughts?", "join the discussion", "join the conversation",
    "tell us what you think", "tell us what you think!", "what do you think? leave a comment below.",
    "let us know in the comments", "let us know what you think", "let me know what you think",
    "¿qué opinas?", "¿tú qué opinas?", "qu'en pensez-vous ?", "qu'en pensez-vous?",
    "was meinen sie?", "was denkst du?", "o que você acha?", "hva tror du?", "ce părere aveți?",
    "che ne pensate?", "cosa ne pensi?",
}
_POWERED = (r"(?:powered\s+by|con\s+la\s+tecnolog[íi]a\s+de|fourni\s+par|bereitgestellt\s+von|"
            r"tecnologia\s+do|levert\s+av|cu\s+tehnologia\s+oferită\s+de|mogelijk\s+gemaakt\s+door)"
            r"\s+blogger\.?")
_CHROME_PATTERNS = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^(?:newer|older)\s+posts?(?:\s+(?:newer|older)\s+posts?)?(?:\s+home)?$",
        r"^(?:subscribe\s+to|suscribirse\s+a|inscription\s+à|abonnieren|assinar|abonner\s+på|"
        r"abonați-vă\s+la|iscriviti\s+a|abonneren\s+op)\s*:?.*\((?:atom|rss)\)$",
        r"^showing\s+posts?\s+(?:with|for|from)\b.*$",
        r"^(?:mostrando|affichage|anzeige|mostrar|viser)\s+(?:las\s+)?(?:entradas|posts|"
        r"articles|postagens|innlegg).*$",
        r"^[►▼▸▾▶▽]\s*.*\(\d+\)$",
        r"^(?:email\s+this|blogthis!|share\s+to\s+\w+)(?:\s*(?:email\s+this|blogthis!|"
        r"share\s+to\s+\w+))*$",
        r"^(?:compartir|partager|teilen|compartilhar|del|distribuiți|condividi|delen)\s+"
        r"(?:con|en|sur|auf|no|på|pe|su|op|via)\s+(?:twitter|facebook|pinterest|x)$",
        r"^auf\s+(?:twitter|facebook|pinterest|x)\s+(?:freigeben|teilen)$",
        r"^(?:enviar\s+por\s+(?:correo\s+electrónico|e-?mail)|envoyer\s+par\s+e-?mail|"
        r"diesen\s+post\s+per\s+e-?mail\s+versenden|per\s+e-?mail\s+versenden|"
        r"send\s+dette\s+via\s+e-?post|trimiteți\s+prin\s+e-?mail|invia\s+tramite\s+email|"
        r"escribe\s+un\s+blog|blogthis!?|dit\s+e-?mailen)$",
        r"^this\s+(?:site|blog|website)\s+uses\s+cookies\b.*$",
        r"^(?:este\s+sitio|ce\s+site|diese\s+website|este\s+site)\s+(?:utiliza|utilise|verwendet|"
        r"usa)\s+cookies.*$",
        r"^note:\s+only\s+a\s+member\s+of\s+this\s+blog\s+may\s+post\s+a\s+comment\.?$",
        r"^powered\s+by\s+\w+\.?$",
        rf"^{_POWERED}$",
        # the Reactions widget under a post (`Reactions: funny (0) interesting (2) cool (1)`)
        r"^(?:reactions|reacciones|r[ée]actions|reaktionen|rea[çc][õo]es)\s*:"
        r"(?:\s*[^\s()]+(?:\s+[^\s()]+)?\s+\(\d+\))*\s*$",
        r"^(?:ver\s+todo\s+mi\s+perfil|afficher\s+mon\s+profil\s+complet|"
        r"mein\s+profil\s+vollst[äa]ndig\s+anzeigen|ver\s+meu\s+perfil\s+completo|"
        r"buscar\s+este\s+blog|rechercher\s+dans\s+ce\s+blog|dieses\s+blog\s+durchsuchen|"
        r"pesquisar\s+este\s+blog|denunciar\s+abuso|signaler\s+un\s+abus|"
        r"missbrauch\s+melden)$",
        r"^(?:entradas?\s+antiguas?|articles?\s+plus\s+anciens?|[äa]ltere[rs]?\s+posts?|"
        r"postage(?:m|ns)\s+mais\s+antigas?)\s+(?:p[áa]gina\s+principal|accueil|startseite|"
        r"p[áa]gina\s+inicial)$",
        # a row of share buttons printed without spaces between them, in any language
        r"^(?:(?:email\s+this|blogthis!|share\s+to\s+(?:twitter|facebook|pinterest|x)|"
        r"enviar\s+por\s+correo\s+electr[óo]nico|escribe\s+un\s+blog|"
        r"compartir\s+(?:con|en)\s+(?:twitter|facebook|pinterest|x)|envoyer\s+par\s+e-?mail|"
        r"partager\s+sur\s+(?:twitter|facebook|pinterest|x)|diesen\s+post\s+per\s+e-?mail"
        r"\s+versenden|auf\s+(?:twitter|pinterest|x)\s+teilen|in\s+facebook\s+freigeben|"
        r"enviar\s+por\s+e-?mail|postar\s+no\s+blog!|compartilhar\s+(?:no|com\s+o)\s+"
        r"(?:twitter|facebook|pinterest|x))\s*){2,}$",
        rf"^(?:{LINKS_TO_POST})$",
        r"^(?:theme|template)\s+(?:images\s+)?by\s+.{1,40}\.?(?:\s+powered\s+by\s+blogger\.?)?$",
        # comment forms of other engines
        r"^you\s+are\s+commenting\s+using\s+your\s+.{1,40}\s+account\.?(?:\s*\(.*\))?$",
        r"^notify\s+me\s+of\s+(?:new|follow-up)\s+(?:comments|posts)\b.{0,40}$",
        r"^(?:leave\s+a\s+reply|leave\s+a\s+comment)(?:\s+to\s+.{1,80}|\s+cancel\s+reply)?$",
        r"^(?:proudly\s+)?powered\s+by\s+(?:wordpress|drupal|movable\s+type|typepad|overblog|"
        r"over-blog|wordpress\.com)\b.{0,60}$",
        r"^subscribe\b.{0,40}$",
        # page navigation of other engines (`« prev | Main | next »`, `<< previous page`)
        r"^(?:«|<<|‹)\s*(?:prev|previous|older|newer|next)\b.{0,60}$",
        r"^.{0,40}\b(?:prev|previous|next|older|newer)\s*(?:page|post|entry)?\s*(?:»|>>|›)$",
        r"^trackback\s*(?:\(\d+\)|url.*)$",
        r"^https?://\S+/(?:mt-tb|trackback)\S*$",  # a TrackBack address
        r"^«.{1,80}»$|^.{1,80}\|\s*(?:main|home|accueil|inicio|startseite)\s*\|.{1,80}$",
        r"^subscribe\s+to\s+this\s+blog['’]s\s+feed$",
        r"^[←⟵]\s*\S.{0,80}$|^\S.{0,80}\s*[→⟶]$",  # previous / next post links
        r"^blog\s+at\s+wordpress\.com\.?$",
        # the heading of a category archive (`Categoría: Ferris`, `Category Archives: Ferries`)
        r"^(?:categor[íi]a|category\s+archives|archivo\s+de\s+la\s+categor[íi]a|cat[ée]gorie"
        r"|archives\s+de\s+la\s+cat[ée]gorie)\s*:\s*\S.{0,60}$",
        # a site footer naming the engine (`© 2016 Notes from Halden · Built with Hugo`)
        r"^(?:©|\(c\)|copyright)\s*\d{4}\b.{0,60}\b(?:built\s+with|powered\s+by)\s+\S+\.?$",
        r"^In\s+[“\"].{1,40}[”\"]$",  # the category of a related post (WordPress.com)
        # comment-form fields (`Name (required)`, `Mail (will not be published) (required)`)
        r"^(?:name|mail|e-?mail|website|url)(?:\s*\((?:required|will\s+not\s+be\s+published)\))+$",
        # forum pages (phpBB): breadcrumbs, the reply subject, paging, the board's footer
        r"^board\s+index\b.{0,100}$|^re:\s+\S.{0,100}[^.]$",
        r"^\d+\s+posts?\s+•\s+page\s+\d+\s+of\s+\d+$|^display\s+posts\s+from\s+previous:.*$",
        r"^users\s+browsing\s+this\s+forum:.*$|^powered\s+by\s+phpbb\b.*$",
        # Tumblr's notes under a post and its paging
        r"^\d+\s+notes?$|^[\w.-]{2,40}\s+(?:liked\s+this|reblogged\s+this\s+from\s+[\w.-]{2,40})$",
        r"^page\s+\d+\s+of\s+\d+$",
        r"^current\s+(?:location|mood|music)\s*:.{0,100}$",  # LiveJournal
        r"^previous\s+entry\s*\|.{0,30}\|?\s*next\s+entry$",
        r"^exported\s+from\s+medium\s+on\s+.{4,40}$",
        r"^\[\s*(?:older|newer|previous|next)\s+(?:entries|posts)\s*\]$",
        r"^voir\s+le\s+profil\s+de\s+.{1,60}\s+sur\s+le\s+portail\s+over-?blog$",
        r"^(?:funciona\s+gracias\s+a|fi[eè]rement\s+propuls[ée]\s+par)\s+wordpress\.?$",
        r"^cr[ée]er\s+un\s+blog\s+gratuit\s+sur\s+\S+$",
        r"^[\w.-]{1,30}['’]s\s+blog$",  # Drupal's link to the author's blog
        r"^(?:your|tu|votre)\s+(?:email\s+address|direcci[óo]n\s+de\s+correo(?:\s+electr[óo]nico)?|"
        r"adresse\s+(?:e-?mail|de\s+messagerie))\s+(?:will\s+not|no\s+ser[áa]|ne\s+sera\s+pas)\b.{0,60}$",
        r"^(?:enter\s+your\s+comment\s+here|write\s+a\s+comment)\s*\.{0,3}$",
        r"^(?:simple|picture\s+window|awesome\s+inc\.|ethereal|watermark)\s+theme\b.*$",
    )
)
_SHARE_WORDS = re.compile(r"\b(?:twitter|facebook|pinterest|blogthis)\b")
_SHARE_ROW_REST = re.compile(
    r"\b(?:email\s+this|blogthis|share\s+to|share\s+on|twitter|facebook|pinterest|x|"
    r"compartir\s+(?:con|en)|enviar\s+por\s+correo\s+electrónico|escribe\s+un\s+blog|"
    r"partager\s+sur|envoyer\s+par\s+e-?mail|auf|freigeben|teilen|diesen\s+post\s+per\s+e-?mail"
    r"\s+versenden|compartilhar\s+(?:no|com)|enviar\s+por\s+e-?mail|del\s+på|send\s+dette\s+via"
    r"\s+e-?post|distribuiți\s+pe|trimiteți\s+prin\s+e-?mail|condividi\s+su|invia\s+tramite"
    r"\s+email|postalo\s+sul\s+blog|blog\s+this)\b"
)
_CHROME_ANY = re.compile("|".join(f"(?:{p.pattern})" for p in _CHROME_PATTERNS), re.IGNORECASE)
_CODE = re.compile(
    r"(?:^//|^/\*|\*/$|<!\[CDATA\[|\]\]>|^<\/?(?:script|style|div|span|iframe|noscript)\b"
    r"|^[#.@]?[\w\-\[\]=\"' ,:>#.*()]+\s*\{[^}]*\}?\s*$|^\}\s*$|^\{\s*$|\bfunction\s*\("
    r"|^[\w.$]+\([^()]*\);\s*$"
    r"|^(?:var|let|const)\s+\w+\s*=|^window\.|^document\.|^\w+(?:\.\w+)+\s*=\s*.+;\s*$"
    r"|^\w+(?:\.\w+)+\s*=\s*[^;]+;\s*\w+(?:\.\w+)+\s*=)"
)
_AGGREGATOR = re.compile(r"^from\s+[^.!?]{2,60}$")


_CODE_CHARS = re.compile(r"[{}();=/<\[\]*]")


def is_code(line: str) -> bool:
    """Script or CSS left over from the page."""
    return bool(_CODE_CHARS.search(line)) and bool(_CODE.search(line))


@lru_cache(maxsize=1 << 16)
def is_chrome(line: str) -> bool:
    """Site chrome: navigation, share buttons, comment form, widgets, code junk."""
    folded = line.casefold().replace("’", "'")
    if folded in _CHROME_EXACT or folded in _FORM_TITLES or SIDEBAR_HEADINGS.match(line):
        return True
    if len(line) < 400 and _CHROME_ANY.match(line):
        return True
    if len(line) < 200 and len(_SHARE_WORDS.findall(folded)) >= 2 and not _SHARE_ROW_REST.sub(
        "", folded
    ).strip(" !.|·•-"):
        return True  # a row of share buttons, in any language
    return is_code(line)


def is_aggregator(line: str) -> bool:
    """`from <feed>` under a title, as aggregators print it."""
    return bool(_AGGREGATOR.match(line)) and len(line.split()) <= 8


PAGE_END = re.compile(
    r"^(?:subscribe\s+to:\s+posts\s+\(atom\)|\[\s*(?:older|newer)\s+(?:entries|posts)\s*\]|"
    r"display\s+posts\s+from\s+previous:.*|newer\s+posts?\s+older\s+posts?\s+home|"
    r"older\s+posts?\s+home|newer\s+posts?\s+home|view\s+web\s+version|"
    # the archive page's navigation and feed in Blogger's other languages
    r"entradas\s+m[áa]s\s+recientes\s+entradas\s+antiguas\s+p[áa]gina\s+principal|"
    r"entradas\s+antiguas\s+p[áa]gina\s+principal|suscribirse\s+a:\s+entradas\s+\(atom\)|"
    r"articles\s+plus\s+r[ée]cents\s+articles\s+plus\s+anciens\s+accueil|"
    r"articles\s+plus\s+anciens\s+accueil|inscription\s+[àa]\s*:\s+articles\s+\(atom\)|"
    r"neuere\s+posts\s+[äa]ltere\s+posts\s+startseite|[äa]ltere\s+posts\s+startseite|"
    r"abonnieren:?\s+posts\s+\(atom\)|"
    r"postagens\s+mais\s+recentes\s+postagens\s+mais\s+antigas\s+p[áa]gina\s+inicial|"
    r"postagens\s+mais\s+antigas\s+p[áa]gina\s+inicial|assinar:\s+postagens\s+\(atom\)|"
    rf"{_POWERED})$",
    re.IGNORECASE,
)
SIDEBAR_HEADINGS = re.compile(
    r"^(?:popular\s+posts(?:\s+from\s+this\s+blog)?|blog\s+archive|about\s+me|followers|"
    r"total\s+pageviews|recent\s+posts|recent\s+comments|labels|archive|archives|pages|"
    r"contact\s+form|follow\s+by\s+email|subscribe\s+to|blogroll|my\s+blog\s+list|"
    # Blogger's widget titles in its other languages
    r"archivo\s+del\s+blog|entradas\s+populares|datos\s+personales|seguidores|etiquetas|"
    r"vistas\s+de\s+p[áa]gina\s+en\s+total|suscribirse\s+a|"
    r"archives\s+du\s+blog|articles\s+les\s+plus\s+consult[ée]s|qui\s+[êe]tes-vous\s*\?|"
    r"abonn[ée]s|libell[ée]s|nombre\s+total\s+de\s+pages\s+vues|s['’]abonner\s+[àa]|"
    r"blog-archiv|beliebte\s+posts|[üu]ber\s+mich|follower|seitenaufrufe\s+insgesamt|"
    r"abonnieren|arquivo\s+do\s+blog|postagens\s+populares|quem\s+sou\s+eu|marcadores|"
    r"total\s+de\s+visualiza[çc][õo]es\s+de\s+p[áa]gina|inscrever-se|"
    # widget titles of other themes and engines
    r"most\s+(?:viewed|read|popular|commented)|visitor\s+feedback|popular\s+tags|tags|"
    r"categories|calendar|meta|blogroll|links|search\s+for:|recent\s+entries|"
    r"recent\s+articles|latest\s+posts|latest\s+news|tag\s+cloud|related(?:\s+posts)?|"
    r"you\s+may\s+also\s+like|featured\s+posts|subscribe\s+via\s+email|more\s+headlines|"
    r"more\s+stories|top\s+stories|popular|entradas\s+recientes|comentarios\s+recientes|"
    r"archivos|categor[íi]as|articles\s+r[ée]cents|commentaires\s+r[ée]cents|"
    r"recent\s+blog\s+posts|newsletter|navigation|archivio\s+blog|blogarchief|previous\s+posts)$",
    re.IGNORECASE,
)


# The comment form's title, one table per language (Blogger's strings and other engines').
COMMENT_FORMS = {
    "en": ("post a comment", "add comment", "add a comment", "add new comment", "leave a reply",
           "leave a comment", "post comment"),
    "es": ("publicar un comentario", "añadir comentario", "agregar comentario",
           "deja una respuesta", "deja un comentario", "publicar comentario"),
    "fr": ("enregistrer un commentaire", "publier un commentaire", "ajouter un commentaire",
           "poster un commentaire", "laissez un commentaire", "commenter cet article"),
    "de": ("kommentar veröffentlichen", "einen kommentar veröffentlichen",
           "kommentar hinzufügen", "hinterlasse einen kommentar"),
    "pt": ("postar um comentário", "postar um comentario", "adicionar comentário",
           "deixe um comentário"),
    "no": ("legg inn en kommentar", "legg til kommentar"),
    "ro": ("postați un comentariu", "adăugați un comentariu"),
    "it": ("posta un commento", "aggiungi commento"),
}
_FORM_TITLES = frozenset(phrase for phrases in COMMENT_FORMS.values() for phrase in phrases)
_ENDING = _FORM_TITLES | {
    "load more...", "load more", "load more…",
    "links to this post", "links to this post:", "create a link", "enlaces a esta entrada", "links zu diesem post",
    "liens vers ce message", "links para esta postagem",
    "note: only a member of this blog may post a comment.", "show all posts", "cancel reply",
    "log in to post comments", "login to post comments", "log in or register to post comments",
}


@lru_cache(maxsize=1 << 16)
def is_ending_chrome(line: str) -> bool:
    """Chrome that closes a post's text: comment form, page navigation, feeds."""
    folded = line.casefold().replace("’", "'")
    if folded in _ENDING or is_action(line) or PAGE_END.match(line) or SIDEBAR_HEADINGS.match(line):
        return True
    return any(p.match(line) for p in _CHROME_PATTERNS[:4]) or bool(
        re.match(r"^(?:newer\s+posts?|older\s+posts?|entradas?\s+m[áa]s\s+recientes?|entradas?\s+antiguas?"
                 r"|articles?\s+plus\s+r[ée]cents?|neuere?r?\s+posts?|postage(?:m|ns)\s+mais\s+recentes?"
                 r"|nyere\s+innlegg|postări\s+mai\s+noi|postare\s+mai\s+nouă|post\s+più\s+recenti?"
                 r"|nieuwere\s+posts?)"
                 r"\b.*\b(?:home|principal|accueil|startseite|inicial|in[íi]cio|startsiden?|pornire"
                 r"|home page|homepage)$",
                 folded)
    )


def is_comment_form(line: str) -> bool:
    """The comment form's title (`Post a Comment`, `Leave a Reply`, localized)."""
    return line.casefold() in _FORM_TITLES


_SIGNATURE = re.compile(
    r"^(?:(?:Posted\s+by|Posté\s+par|Publié\s+par|Escrito\s+por)\s*:\s*(?P<rest>.{8,120})"
    # Canalblog: `Posté par NAME, mercredi 10 juin 2015 | 22:05`
    r"|Posté\s+par\s+(?P<canal>[^|]{3,100},\s+[^|]+\|\s*\d{1,2}[:h]\d\d))$",
    re.IGNORECASE)
_SIGNATURE_SPLIT = re.compile(r"\s+at\s+|\s*\|\s*|,\s+")


@lru_cache(maxsize=1 << 16)
def signature(line: str) -> tuple[str, str | None] | None:
    """`Posted by: NAME at April 4, 2003 11:02 AM` / `Posted by: NAME | <stamp>`: the line
    that signs a comment printed above it (Movable Type, Typepad): (name, ISO stamp)."""
    match = _SIGNATURE.match(line)
    if not match:
        return None
    rest = match.group("rest") or match.group("canal")
    for split in _SIGNATURE_SPLIT.finditer(rest):  # `Bob, the harbourmaster at <stamp>`
        stamp = parse_timestamp(rest[split.end():].strip())
        if stamp is not None and split.start() > 0:
            return clean_author(rest[: split.start()].strip()), stamp.iso
    return None


# Typepad's footer: `Posted at 09:14 AM in Politics | Permalink | Comments (3)`
_POSTED_AT = re.compile(
    r"^Posted\s+at\s+\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+in\s+(?P<labels>[^|]+?))?"
    r"(?:\s*\|\s*Permalink)?(?:\s*\|\s*Comments\s*\((?P<n>\d+)\))?(?:\s*\|.*)?$",
    re.IGNORECASE)


_PIPED_PART_COUNT = re.compile(
    rf"^(?:(?P<n>\d+|{_ZERO_WORDS}|one|un|une|uno)\s+(?:{_COMMENT_WORDS})"
    rf"|(?:{_COMMENT_WORDS})\s*[(\[](?P<m>\d+)[)\]])$", re.IGNORECASE)


def _piped_footer(line: str) -> tuple[list[str], int | None] | None:
    """`Publicado en A | Etiquetado b, c | 2 comentarios`, `permalink | comments (2)`: a
    footer of label and count parts (and permalinks) joined by bars."""
    found: list[str] = []
    count = None
    for part in (p.strip() for p in line.split(" | ")):
        counted = _PIPED_PART_COUNT.match(part)
        if counted and count is None:
            count = count_header(f"{counted.group('n') or counted.group('m')} comments:")
        elif (tags := _labels(part)) is not None and " | " not in part:
            found.extend(tags)
        elif part.casefold() not in ("permalink", "permalien", "enlace permanente",
                                     "leave a comment", "post a new comment"):
            return None
    return (found, count) if count is not None else None


def posted_at(line: str) -> tuple[list[str], int | None] | None:
    """Typepad's footer without a name: (labels, count); a footer of labels and a count
    joined by bars."""
    match = _POSTED_AT.match(line)
    if not match:
        return _piped_footer(line) if " | " in line and len(line) < 200 else None
    found = [p.strip() for p in (match.group("labels") or "").split(",") if p.strip()]
    return found, int(match.group("n")) if match.group("n") else None


def is_comment_form_heading(line: str, closed: bool = False) -> bool:
    """A short call to comment standing alone after the last comment.

    `closed`: the last comment already ended (its timestamp was printed), so any
    short question or call there is the form's heading.
    """
    folded = line.casefold().replace("’", "'")
    if folded in FORM_HEADINGS:
        return True
    words = folded.split()
    if not 1 <= len(words) <= 10 or not folded.endswith(("?", "!", ":")):
        return False
    if closed and folded.endswith(("?", "!")):
        return True
    return bool(re.search(r"\b(?:think|thoughts|comment|comments|say|opinion|discuss|"
                          r"discussion|weigh in|chime in|let us know|let me know|tell us)\b",
                          folded))


# ----------------------------------------------------------------- shapes of text

_SENTENCE_INSIDE = re.compile(r"[a-z0-9\)\]\"”’][.!?][\"”’]?\s+[A-Z¿¡\"“‘]")


@lru_cache(maxsize=1 << 16)
def is_title_shaped(line: str) -> bool:
    """Short, one sentence at most, no sentence-final period: could be a title."""
    words = line.split()
    if not 1 <= len(words) <= 18 or len(line) > 130:
        return False
    if line.endswith((".", ",", ";")) and not line.endswith("..."):
        return False
    if _SENTENCE_INSIDE.search(line) or is_body_only(line):
        return False
    return not (is_chrome(line) or parse_date_line(line) or is_read_more(line))


_BODY_ONLY = re.compile(
    r"^(?:\*(?:\s*\*){2,}|\[?source:\s.*|(?:h/t|hat tip)\b.*)$", re.IGNORECASE
)


_BYLINE = re.compile(r"^(?:[Bb]y|[Pp]ar|[Vv]on|[Pp]or|[Dd]oor|[Dd]i|[Aa]v)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$")


def is_byline(line: str) -> bool:
    """`By Pell Anders` under a title: the first line of the body (README "Body")."""
    return bool(_BYLINE.match(line))


_HEADLINE_ITEM = re.compile(r"\s(?:--|—|–)\s+[A-Z0-9][^.!?]{1,50}$")


def is_headline_item(line: str) -> bool:
    """`The river that divides two countries -- Halden Post`: a headline list's item."""
    return bool(_HEADLINE_ITEM.search(line))


def is_body_only(line: str) -> bool:
    """A `* * *` separator, a `Source: ...` line or a hat-tip line: always body text
    (README "Body"), never a title."""
    return bool(_BODY_ONLY.match(line.strip()))


_LAST_SENTENCE = re.compile(r"(?:^|[.!?]\s+)([^.!?]*[.!?]?)\s*$")


def is_caption(line: str) -> bool:
    """An image caption that ends with its credit (`... pier. Photo: Reuters`, `... Press
    TV`): a short last sentence.  A quoted paragraph ends with a sentence of prose."""
    if len(line.split()) > 45:
        return False
    match = _LAST_SENTENCE.search(line.rstrip(" .") + ".")
    return match is not None and len(match.group(1).split()) <= 4


_UPDATE = re.compile(r"^update[sd]?\s*(?:\d+\s*)?:\s+\S", re.IGNORECASE)


def is_update(line: str) -> bool:
    """An `Update:` / `UPDATE:` line: body text (README "Body")."""
    return bool(_UPDATE.match(line))


def title_case_score(line: str) -> float:
    """Share of the longer words that start with a capital letter."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) > 3]
    if not words:
        return 0.0
    return sum(1 for w in words if w[0].isupper()) / len(words)

