# ruff: noqa: E501  (template lines are dump lines; their length is the data)
"""Eighth batch (701+): one-change variants of the public corpus dumps (tests/corpus).

Each dump here is a public corpus dump with exactly ONE change the corpus README allows,
and the corpus truth adjusted for that change only (most changes leave it as it is):
another locale (date line, `Posted by`, count header, `said...` verb and comment
timestamps together), another listed count-header form, another listed timestamp or
date-line form, another line ending / encoding, chrome appended, whitespace quirks, or
a second item page appended (an archive page). The variants are computed from the
corpus files at generation time, so the truth cannot drift from the bytes.
"""

from __future__ import annotations

import copy
import datetime
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
RAW: list[dict[str, Any]] = []

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
LOCALES: dict[str, dict[str, Any]] = {
    "de": {"m": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
           "wd": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
           "date": lambda d, m, wd: f"{wd}, {d.day}. {m} {d.year}",
           "ts": lambda d, m: f"{d.day}. {m} {d.year} um {d:%H:%M}",
           "hdr": lambda n: f"{n} Kommentare:", "said": "hat gesagt…",
           "posted": lambda a, t: f"Eingestellt von {a} um {t:%H:%M}"},
    "es": {"m": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
           "wd": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
           "date": lambda d, m, wd: f"{wd}, {d.day} de {m} de {d.year}",
           "ts": lambda d, m: f"{d.day} de {m} de {d.year}, {d:%H:%M}",
           "hdr": lambda n: f"{n} comentarios:", "zero": "No hay comentarios:", "said": "dijo...",
           "posted": lambda a, t: f"Publicado por {a} en {t:%H:%M}"},
    "fr": {"m": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
           "wd": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
           "date": lambda d, m, wd: f"{wd} {d.day} {m} {d.year}",
           "ts": lambda d, m: f"{d.day} {m} {d.year} à {d:%H:%M}",
           "hdr": lambda n: f"{n} commentaires:", "said": "a dit…",
           "posted": lambda a, t: f"Publié par {a} à {t:%H:%M}"},
    "pt": {"m": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
           "wd": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
           "date": lambda d, m, wd: f"{wd}, {d.day} de {m} de {d.year}",
           "ts": lambda d, m: f"{d.day} de {m} de {d.year} às {d:%H:%M}",
           "hdr": lambda n: f"{n} comentários:", "said": "disse...",
           "posted": lambda a, t: f"Postado por {a} às {t:%H:%M}"},
    "uk": {"m": MONTHS, "wd": WD, "date": lambda d, m, wd: f"{wd}, {d.day} {m} {d.year}",
           "ts": lambda d, m: f"{d.day} {m} {d.year} at {d:%H:%M}",
           "posted": lambda a, t: f"Posted by {a} at {t:%H:%M}"},
    "us_short": {"m": MONTHS, "wd": WD, "ts": lambda d, m: f"{d.month}/{d.day}/{d:%y} {d:%-I:%M %p}"},
    "zeropad": {"m": MONTHS, "wd": WD, "date": lambda d, m, wd: f"{wd}, {m} {d.day:02d}, {d.year}"},
    "iso": {"m": MONTHS, "wd": WD, "date": lambda d, m, wd: f"{d:%Y-%m-%d}"},
    "prefix": {"m": MONTHS, "wd": WD, "date": lambda d, m, wd: f"Harbour Notes — {wd}, {m} {d.day}, {d.year}:"},
    "people": {"m": MONTHS, "wd": WD, "hdr": lambda n: f"{n} people had something to say:"},
    "person": {"m": MONTHS, "wd": WD, "hdr": lambda n: f"{n} person had something to say:"},
    "responses": {"m": MONTHS, "wd": WD, "hdr": "RESP", "zero": "RESP"},
}
_MRE = "|".join(MONTHS)
DATE_RE = re.compile(rf"^({'|'.join(WD)}), (?:({_MRE}) (\d+), (\d{{4}})|(\d+) ({_MRE}) (\d{{4}}))$")
TS_RE = re.compile(rf"({_MRE}) (\d+), (\d{{4}}) at (\d+):(\d\d) (AM|PM)|(\d+) ({_MRE}) (\d{{4}}) at (\d\d):(\d\d)")
HDR_RE = re.compile(r"^(\d+) comments?:$|^No comments:$")
SAID_RE = re.compile(r"^(.+) said\.\.\.$")
POSTED_RE = re.compile(r"^Posted by (.+) at (\d+):(\d\d) (AM|PM)$")


def load(number: str) -> tuple[str, dict[str, Any]]:
    """A corpus dump as text (BOM, CR and cp1252 undone) and its truth."""
    txt = next(CORPUS.glob(number + "_*.txt"))
    raw = txt.read_bytes().removeprefix(b"\xef\xbb\xbf")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    truth = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
    return text.replace("\r\n", "\n").replace("\r", "\n"), truth


def enc(text: str, encoding: str = "utf-8", nl: str = "\n", final: bool = True,
        bom: bool = False) -> bytes:
    t = text.rstrip("\n") + ("\n" if final else "")
    t = t.replace("\n", nl)
    if encoding == "utf-16":
        return b"\xff\xfe" + t.encode("utf-16-le")
    return (b"\xef\xbb\xbf" if bom else b"") + t.encode(encoding)


def _stamp(m: re.Match[str]) -> datetime.datetime:
    if m.group(1):
        hour = int(m.group(4)) % 12 + (12 if m.group(6) == "PM" else 0)
        return datetime.datetime(int(m.group(3)), MONTHS.index(m.group(1)) + 1, int(m.group(2)),
                                 hour, int(m.group(5)))
    return datetime.datetime(int(m.group(9)), MONTHS.index(m.group(8)) + 1, int(m.group(7)),
                             int(m.group(10)), int(m.group(11)))


def relocale(text: str, truth: dict[str, Any], loc: str) -> str:
    """Rewrite the English date lines, headers, said-lines, stamps and footers (words of
    titles, bodies, notes and comments are untouched, so the truth stays as it is)."""
    c = LOCALES[loc]
    authors = {cm["author"] for p in truth["posts"] for cm in p["comments"]}
    title = truth["posts"][0]["title"]
    out = []
    for line in text.split("\n"):
        s = line.strip()
        ind = line[: len(line) - len(line.lstrip())]
        m = DATE_RE.match(s)
        if m and "date" in c:
            if m.group(2):
                d = datetime.date(int(m.group(4)), MONTHS.index(m.group(2)) + 1, int(m.group(3)))
            else:
                d = datetime.date(int(m.group(7)), MONTHS.index(m.group(6)) + 1, int(m.group(5)))
            out.append(ind + c["date"](d, c["m"][d.month - 1], c["wd"][d.weekday()]))
            continue
        m = HDR_RE.match(s)
        if m and ("hdr" in c or "zero" in c):
            n = int(m.group(1)) if m.group(1) else 0
            if c.get("hdr") == "RESP":
                out.append(f'{n} Response{"" if n == 1 else "s"} to "{title}"')
            elif not m.group(1):
                out.append(c["zero"])
            else:
                out.append(c["hdr"](n))
            continue
        m = SAID_RE.match(s)
        if m and "said" in c and (m.group(1) in authors or m.group(1).split()[-1] in authors):
            out.append(ind + f"{m.group(1)} {c['said']}")
            continue
        m = POSTED_RE.match(s)
        if m and "posted" in c:
            t = datetime.time(int(m.group(2)) % 12 + (12 if m.group(4) == "PM" else 0), int(m.group(3)))
            out.append(ind + c["posted"](m.group(1), t))
            continue
        if "ts" in c:
            line = TS_RE.sub(lambda mm: c["ts"](_stamp(mm), c["m"][_stamp(mm).month - 1]), line)
        out.append(line)
    new = "\n".join(out)
    assert new != text, (loc, title)
    return new


def _merge(a: list[str], b: list[str]) -> list[str]:
    return a + [line for line in b if line not in a]


def raw(n: int, what: str, make: Callable[[], tuple[bytes, dict[str, Any]]]) -> None:
    RAW.append({"n": n, "what": what, "make": make})


def locale_variant(n: int, src: str, loc: str, what: str) -> None:
    def make() -> tuple[bytes, dict[str, Any]]:
        text, truth = load(src)
        return enc(relocale(text, truth, loc)), truth
    raw(n, f"corpus {src} with ONE change: {what}", make)


def bytes_variant(n: int, src: str, what: str, **opts: Any) -> None:
    def make() -> tuple[bytes, dict[str, Any]]:
        text, truth = load(src)
        return enc(text, **opts), truth
    raw(n, f"corpus {src} with ONE change: {what}", make)


def lines_variant(n: int, src: str, what: str, fix: Callable[[str], str]) -> None:
    def make() -> tuple[bytes, dict[str, Any]]:
        text, truth = load(src)
        return enc("\n".join(fix(line) for line in text.split("\n"))), truth
    raw(n, f"corpus {src} with ONE change: {what}", make)


def chrome_after(n: int, src: str, lines: list[str]) -> None:
    def make() -> tuple[bytes, dict[str, Any]]:
        text, truth = load(src)
        truth = copy.deepcopy(truth)
        truth["boilerplate_lines"] = _merge(truth["boilerplate_lines"], lines)
        return enc(text.rstrip("\n") + "\n\n" + "\n\n".join(lines) + "\n"), truth
    raw(n, f"corpus {src} with ONE change: chrome appended after the last line ("
        + ", ".join(f"`{x}`" for x in lines) + ")", make)


def appended(n: int, first: str, second: str, what: str) -> None:
    """Two item pages one after the other (an archive page showing comments): each post
    keeps its own date line, title, footer and comments."""
    def make() -> tuple[bytes, dict[str, Any]]:
        ta, ra = load(first)
        tb, rb = load(second)
        truth = {"posts": ra["posts"] + rb["posts"],
                 "boilerplate_lines": _merge(ra["boilerplate_lines"], rb["boilerplate_lines"])}
        return enc(ta.rstrip("\n") + "\n\n" + tb), truth
    raw(n, f"corpus {first} followed by corpus {second}: {what}", make)


# -- comment sections: the numbered mobile list (022, 026, 005)
locale_variant(701, "026", "person", "`1 comment:` replaced by the generic count header `1 person had something to say:` directly over the single numbered comment; no footer, `Post a Comment` after it")
locale_variant(702, "026", "people", "`1 comment:` replaced by `1 people had something to say:` (a number, a few words and a colon) over the numbered comment")
appended(703, "022", "001", "the numbered comment list of the first post (no action lines, no form line) is followed directly by the second post's date line at the margin")
appended(704, "022", "005", "numbered comments followed directly by the next post's date line, whose own post ends in a header-less numbered list with a nested reply")
appended(705, "022", "003", "numbered comments followed directly by the next post's date line (`Author, Outlet: headline` post, `No comments:`)")
locale_variant(706, "022", "responses", "`4 comments:` replaced by `4 Responses to \"<title>\"` over the numbered list")
# -- locales: date line, Posted by, count header, said-verb and timestamps together
locale_variant(707, "002", "de", "German date line, `Eingestellt von ... um 07:12`, `5 Kommentare:`, `hat gesagt…`, `4. Oktober 2016 um 08:03` stamp lines (removed comment kept)")
locale_variant(708, "002", "es", "Spanish date line, `Publicado por ... en 07:12`, `5 comentarios:`, `dijo...`, `4 de octubre de 2016, 08:03` stamp lines")
locale_variant(709, "002", "fr", "French date line, `Publié par ... à 07:12`, `5 commentaires:`, `a dit…`, `4 octobre 2016 à 08:03` stamp lines")
locale_variant(710, "002", "pt", "Portuguese date line, `Postado por ... às 07:12`, `5 comentários:`, `disse...`, `4 de outubro de 2016 às 08:03` stamp lines")
locale_variant(711, "024", "de", "threaded copy in German: `Sonntag, 19. Februar 2017`, `6 Kommentare:`, name lines carrying `19. Februar 2017 um 09:05`")
locale_variant(712, "024", "fr", "threaded copy in French: name lines carrying `19 février 2017 à 09:05`")
locale_variant(713, "024", "pt", "threaded copy in Portuguese: name lines carrying `19 de fevereiro de 2017 às 09:05`")
locale_variant(714, "024", "us_short", "threaded copy whose name lines carry US short stamps `2/19/17 9:05 AM`")
locale_variant(715, "024", "uk", "threaded copy with a UK date line and UK 24-hour stamps on the name lines")
locale_variant(716, "001", "es", "Spanish date line, `3 comentarios:`, `dijo...` (WNU post with a long note)")
locale_variant(717, "014", "fr", "title + note post, French date line, `6 commentaires:`, `a dit…`, incl. `WNU Editor a dit…`")
locale_variant(718, "012", "pt", "Portuguese date line, footer and header, `Anonymous Anonymous disse...` avatar artefact, time-only stamps")
locale_variant(719, "003", "es", "Spanish date line and `No hay comentarios:`")
locale_variant(720, "004", "uk", "monthly archive with UK date lines and 24-hour `Posted by` footers")
locale_variant(721, "030", "zeropad", "zero-padded date line `Friday, April 07, 2017`")
locale_variant(722, "016", "iso", "ISO date line over a headline-list post with a `My Comment:` note")
locale_variant(723, "015", "prefix", "date line with a blog-name prefix, an em dash and a trailing colon")
locale_variant(724, "009", "people", "`2 comments:` replaced by `2 people had something to say:` over classic UK-stamped comments")
locale_variant(725, "021", "responses", "`3 comments:` replaced by `3 Responses to \"<title>\"` over classic comments with an `@name` prefix")
locale_variant(726, "009", "us_short", "UK post whose classic comment stamp lines are in US short form `11/30/14 7:42 PM`")
# -- bytes and whitespace
bytes_variant(727, "006", "UTF-16 LE with BOM and CRLF (numbered comments with actions)", encoding="utf-16", nl="\r\n")
bytes_variant(728, "024", "lone CR line ends (threaded copy)", nl="\r")
bytes_variant(729, "013", "CRLF and no final newline (footerless yearly archive)", nl="\r\n", final=False)
bytes_variant(730, "020", "UTF-8 BOM (archive page with no blank lines)", bom=True)
bytes_variant(731, "012", "cp1252 bytes (share buttons, time-only stamps)", encoding="cp1252")
lines_variant(732, "005", "every blank line is a lone NBSP", lambda line: line if line.strip() else "\u00a0")
lines_variant(733, "004", "every blank line holds spaces and a tab; every text line ends in two spaces and a tab", lambda line: line + "  \t" if line.strip() else " \t ")
chrome_after(734, "001", ["Subscribe to: Post Comments (Atom)", "Powered by Blogger."])
chrome_after(735, "022", ["Post a Comment", "Newer Post Older Post Home"])
appended(736, "002", "024", "a classic-comment item page followed by a threaded-copy item page")


# -- hand-written templates (dumpkit tags), found while making the variants above
DUMPS: list[dict[str, Any]] = []


def dump(n: int, what: str, text: str, **opts: Any) -> None:
    DUMPS.append({"n": n, "what": what, "text": text, **opts})


_FOG = """
d[2014-11-30]|Sunday, 30 November 2014

t|Fog on the Harbour Road

b|The old harbour road disappeared into fog again this morning, the third Sunday in a row, and the ferry sat at the quay with its engines running until nearly eleven.

p[Ailsa]|Posted by Ailsa at 09:12

h[2]|2 comments:

c[Dee in Dundee;2014-11-30T19:42]|Dee in Dundee said...

w|Lovely piece. We had the same fog on the Tay this morning and the bridge looked like it was floating.
s|30 November 2014 at 19:42

c[Tom Ashby;2014-12-01T08:15]|Tom Ashby said...

w|New lamps were promised when I was at school. Do not hold your breath.
s|1 December 2014 at 08:15

t|Five things to pack for a winter ferry

b|The late ferry to Vell runs all winter now. Here is what I take with me:

b|  1. A flask. The cafe closes at six.
b|  2. Gloves. The deck rail is iron.
b|  3. A book. The crossing takes two hours in fog.

b|None of this is clever, but all of it is learned the hard way.

p[Ailsa]|Posted by Ailsa at 21:40
"""

dump(737, "archive page showing comments: post 1 ends with stamped classic comments (UK stamps), "
     "post 2 (same date line) opens with a title, a sentence and an indented numbered list in "
     "its body, then its own `Posted by` footer and `No comments:`", _FOG + """
h[0]|No comments:
""")

dump(738, "as 737, but post 2 has `1 comment:` and a numbered mobile comment under its "
     "footer (body list at the margin-indent, comment list indented the same)", _FOG + """
h[1]|1 comment:

k[;;;1]|  1. Add a torch. The lights on the car deck fail every winter.
""")


_PACKING = """

Five things to pack for a winter ferry

The late ferry to Vell runs all winter now. Here is what I take with me:

  1. A flask. The cafe closes at six.
  2. Gloves. The deck rail is iron.

None of this is clever, but all of it is learned the hard way.

Posted by Ailsa at 9:40 PM

No comments:
"""


def same_day_after(n: int, src: str, cut: str | None, what: str) -> None:
    """A corpus item page (cut before the line `cut`: the page chrome under the comments)
    followed by a second post of the same date: title, a sentence, an indented numbered
    list, a closing sentence, `Posted by`, `No comments:`."""
    def make() -> tuple[bytes, dict[str, Any]]:
        text, truth = load(src)
        truth = copy.deepcopy(truth)
        if cut is not None:
            text = text[: text.index("\n" + cut + "\n")]
        kept = {line.strip() for line in text.split("\n")}
        truth["boilerplate_lines"] = [b for b in truth["boilerplate_lines"] if b in kept]
        truth["posts"].append({
            "date": truth["posts"][-1]["date"], "title": "Five things to pack for a winter ferry",
            "author": "Ailsa", "labels": [],
            "body_first_words": "The late ferry to Vell runs all winter",
            "body_last_words": "all of it is learned the hard way.",
            "read_more": False, "editor_notes": [], "comment_count_header": 0, "comments": []})
        return enc(text.rstrip("\n") + _PACKING), truth
    raw(n, f"corpus {src} with ONE change: {what}", make)


same_day_after(739, "022", None, "a second post of the same date appended after the numbered comments: title, a sentence, an indented numbered list in its body, `Posted by`, `No comments:`")
same_day_after(740, "024", "Add comment", "the chrome under the threaded comments (from `Add comment` on) replaced by a second post of the same date whose body holds an indented numbered list, then `Posted by` and `No comments:`")


def titles_first(n: int, first: str, second: str, what: str, chrome: tuple[str, ...] = ()) -> None:
    """Two item pages, each with its title line moved above its date line (a page that
    prints every title over its date line); chrome: lines printed above everything."""
    def make() -> tuple[bytes, dict[str, Any]]:
        ta, ra = load(first)
        tb, rb = load(second)
        la, lb = ta.split("\n"), tb.split("\n")
        for ls, truth in ((la, ra), (lb, rb)):
            assert ls[2].strip() == truth["posts"][0]["title"] and not ls[1]
            ls[0], ls[2] = ls[2], ls[0]
        truth = {"posts": ra["posts"] + rb["posts"],
                 "boilerplate_lines": _merge(list(chrome), _merge(ra["boilerplate_lines"],
                                                                  rb["boilerplate_lines"]))}
        top = "".join(line + "\n\n" for line in chrome)
        return enc(top + "\n".join(la).rstrip("\n") + "\n\n" + "\n".join(lb)), truth
    raw(n, f"corpus {first} followed by corpus {second}: {what}", make)


titles_first(741, "007", "002", "each title printed ABOVE its date line; the first post's body opens with a short caption line (`Maisie with her mud moustache`, no period) right under the date")
titles_first(742, "019", "009", "each title printed above its date line; the first post (cp1252 text re-encoded as UTF-8) opens with a caption line ending in a photo credit")
titles_first(743, "002", "012", "each title printed above its date line (classic footers and stamped comments in between)")


dump(744, "as 737 with two changes that each pass alone: the stamped classic comments of post 1 "
     "have NO count header (null), and post 2's body list is numbered at the margin (`1. ...`)", """
d[2014-11-30]|Sunday, 30 November 2014

t|Fog on the Harbour Road

b|The old harbour road disappeared into fog again this morning, the third Sunday in a row, and the ferry sat at the quay with its engines running until nearly eleven.

p[Ailsa]|Posted by Ailsa at 09:12

c[Dee in Dundee;2014-11-30T19:42]|Dee in Dundee said...

w|Lovely piece. We had the same fog on the Tay this morning and the bridge looked like it was floating.
s|30 November 2014 at 19:42

c[Tom Ashby;2014-12-01T08:15]|Tom Ashby said...

w|New lamps were promised when I was at school. Do not hold your breath.
s|1 December 2014 at 08:15

t|Five things to pack for a winter ferry

b|The late ferry to Vell runs all winter now. Here is what I take with me:

b|1. A flask. The cafe closes at six.
b|2. Gloves. The deck rail is iron.
b|3. A book. The crossing takes two hours in fog.

b|None of this is clever, but all of it is learned the hard way.

p[Ailsa]|Posted by Ailsa at 21:40

h[0]|No comments:
""")
titles_first(745, "007", "002", "as 741, with the search box and the blog's name (`Harbour Notes`) printed above the first title", chrome=("Search This Blog", "Harbour Notes"))
