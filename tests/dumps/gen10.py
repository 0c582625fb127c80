"""Round 10 generator: random SINGLE realistic pages composed from corpus/README.md building
blocks, written as dumpkit templates so the truth is derived from the very lines written."""

from __future__ import annotations

import datetime as dt
import random
import re
from typing import Any

from specs_round7 import LOCALES

DATE_CAPTIONS = True
PAGE: dict[str, Any] = {}

US_M = LOCALES["uk"]["m"]
WDS = LOCALES["uk"]["wd"]
NAMES = ["Harlan Vosk", "Mira Talven", "Jonas Weber", "Anonymous", "Petra Ilsk", "Odo Brenn"]
WORDS = ["harbour", "council", "ferry", "valdoria", "morvania", "tarsan", "sundavia",
         "minister", "border", "talks", "pier", "storm", "grain", "tariff", "envoy",
         "garrison", "river", "bridge", "coast", "ledger", "quarry"]


def sent(r: random.Random, n: int | None = None) -> str:
    n = n or r.randint(6, 18)
    w = [r.choice(WORDS) for _ in range(n)]
    return (" ".join(w)).capitalize() + "."


def date_line(r: random.Random, d: dt.date, loc: str) -> str:
    wd = WDS[d.weekday()]
    if loc == "us":
        return f"{wd}, {US_M[d.month - 1]} {d.day}, {d.year}"
    L = LOCALES[loc]
    return L["date"](d, L["m"][d.month - 1], L["wd"][d.weekday()])


def ts_text(r: random.Random, t: dt.datetime, loc: str) -> str:
    if loc in ("us", "zeropad", "prefix"):
        return r.choice([f"{US_M[t.month - 1]} {t.day}, {t.year} at {t:%-I:%M %p}",
                         f"{t.month}/{t.day}/{t:%y} {t:%-I:%M %p}"])
    L = LOCALES[loc]
    return L["ts"](t, L["m"][t.month - 1])


SAID = {"de": "hat gesagt…", "es": "dijo...", "fr": "a dit…", "pt": "disse..."}
POSTED = {"de": "Eingestellt von {a} um {t}", "es": "Publicado por {a} en {t}",
          "fr": "Publié par {a} à {t}", "pt": "Postado por {a} às {t}"}
HDR = {"de": "{n} Kommentare:", "es": "{n} comentarios:", "fr": "{n} commentaires:",
       "pt": "{n} comentários:"}


def header(r: random.Random, n: int, loc: str, title: str, with_comments: bool = True) -> str:
    if loc in HDR and n != 1:
        if loc == "es" and n == 0:
            return "No hay comentarios:"
        return HDR[loc].format(n=n)
    opts = [f"{n} comments:" if n != 1 else "1 comment:"]
    if n == 0:
        opts += ["No comments:", "0 comments:"]
    if title:
        opts.append(f'{n} Response{"s" if n != 1 else ""} to "{title}"')
    if n > 0 and with_comments:
        opts.append(f"{n} people had something to say:")
    return r.choice(opts)


def body_block(r: random.Random, d: dt.date, k: int = -1, middle: bool = True) -> list[str]:
    if k < 0:
        k = r.randint(0, 11)
        while k in (7, 8) and not middle:
            k = r.randint(0, 11)
    if k == 0:
        return [f"b|A {r.choice(WORDS)} at the {r.choice(WORDS)} pier. Photo: Reuters"]
    if k == 1:
        out = [f"b|Harbour Ledger: {sent(r, 6)[:-1]}", ""]
        for _ in range(r.randint(1, 3)):
            out += [f"b|{sent(r)} {sent(r)}", ""]
        return out[:-1]
    if k == 2:
        return [f"b|Update: {sent(r)}"]
    if k == 3:
        return [f"b|H/T {r.choice(NAMES)}"]
    if k == 4:
        return [f"b|{i}. {sent(r, 5)}" for i in range(1, r.randint(2, 4) + 1)]
    if k == 5:
        return ["b|* * *"]
    if k == 6:
        return [f"b|Source: Coast Weekly, {sent(r, 4)[:-1]}"]
    if k == 7:
        if not DATE_CAPTIONS:
            return [f"b|{sent(r)} {sent(r)}"]
        return [f"b|{date_line(r, d - dt.timedelta(days=r.randint(1, 30)), 'us')}"]
    if k == 8:
        if not middle:
            return [f"b|{sent(r)} {sent(r)}"]
        return [f"b|{sent(r, 5)[:-1]} -- Valdoria Post" for _ in range(r.randint(2, 3))]
    return [f"b|{sent(r)} {sent(r)}"]


def posted_by(r: random.Random, loc: str, archive: bool, ncom: int, author: str,
              footer: str) -> tuple[list[str], bool]:
    """The footer's `Posted by` line (none when the page prints no footer) and whether
    it carried the comment count (the one-line footer)."""
    t = f"{r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(['AM', 'PM'])}"
    if footer == "none":
        return [], False
    if footer == "oneline" and loc not in POSTED:
        n = ncom if not archive else r.randint(0, 9)
        w = f"{n} comments:" if n != 1 else "1 comment:"
        return [f"p[{author};{n}]|Posted by {author} at {t} {w} Links to this post"], True
    hm = f"{r.randint(10, 23)}:{r.randint(10, 59)}"
    pl = (POSTED[loc].format(a=author, t=hm) if loc in POSTED
          else f"Posted by {author} at {t}")
    return [f"p[{author}]|{pl}"], False


def post(r: random.Random, d: dt.date, loc: str, with_date: bool,
         archive: bool) -> list[str]:
    out: list[str] = []
    untitled = with_date and not PAGE["title_first"] and r.random() < 0.15
    title = "" if untitled else sent(r, r.randint(3, 7))[:-1].title()
    iso = d.isoformat()
    dl = f"d[{iso}]|{date_line(r, d, loc)}"
    if with_date and PAGE["title_first"]:
        out += [f"t|{title}", dl, ""]
    else:
        if with_date:
            out += [dl, ""]
            if not title:
                out += [""]
        out += [f"t|{title}", ""] if title else ["@post"]
    nb = r.randint(1, 5)
    notes_left = r.randint(0, 2)
    for i in range(nb):
        forced = 1 if (i == 0 and not with_date and archive) else -1
        blk = body_block(r, d, forced, 0 < i < nb - 1)
        out += [*blk, ""]
        if re.match(r"b\|\w+day, ", blk[0]):
            out += [f"b|{sent(r)} {sent(r)}", ""]
            continue
        if r.random() < 0.2:
            out += [r.choice(["r|Read more ....", "r|Read more...", "r|Continue reading...",
                              "r|Read more at: Harbour Ledger", "r| Read more ....  "]), ""]
        if notes_left and r.random() < 0.35:
            notes_left -= 1
            mk = r.choice(["WNU Editor:", "My Comment:", "Editor's note:"])
            out += [f"n[{mk}]|{mk} {sent(r)}", ""]
            for _ in range(r.randint(0, 2)):
                out += [f"m|{sent(r)} {sent(r)}", ""]
            if i < nb - 1:
                out += [r.choice(["r|Read more ....", "r|Continue reading..."]), ""]
    ncom = r.choice([0, 0, 1, 2, 3, 5])
    author = r.choice(NAMES[:3])
    posted, count_done = posted_by(r, loc, archive, ncom, author, PAGE["footer"])
    out += posted
    if PAGE["footer"] != "none":
        if PAGE["share"]:
            out += ["x|Email ThisBlogThis!Share to TwitterShare to FacebookShare to Pinterest"]
        if r.random() < 0.5:
            out += [f"l|Labels: {r.choice(WORDS).title()}, {r.choice(WORDS).title()}"]
        out += [""]
    if archive:
        if not count_done and r.random() < 0.5:
            n = r.randint(0, 9)
            out += [f"h[{n}]|{header(r, n, loc, title, False)}", ""]
        return out
    if not count_done and (ncom or r.random() < 0.6) and r.random() < 0.85:
        out += [f"h[{ncom}]|{header(r, ncom, loc, title)}", ""]
    if not ncom:
        if r.random() < 0.5:
            out += ["x|Post a Comment", ""]
        return out
    out += comments(r, ncom, d, loc)
    return out


def comments(r: random.Random, ncom: int, d: dt.date, loc: str) -> list[str]:
    style = PAGE["style"]
    out: list[str] = []
    base = dt.datetime(d.year, d.month, d.day, 8, 0)
    top = -1
    numtop = 0
    for i in range(ncom):
        who = r.choice(NAMES)
        t = base + dt.timedelta(minutes=37 * (i + 1) + r.randint(0, 20))
        iso = t.strftime("%Y-%m-%dT%H:%M")
        removed = r.random() < 0.08
        text = (r.choice(["This comment has been removed by the author.",
                          "This comment has been removed by a blog administrator."])
                if removed else sent(r))
        reply = style != "classic" and i > 0 and r.random() < 0.4
        parent = top if reply else None
        ps = "" if parent is None else str(parent)
        if style == "classic":
            top = i
            shown = r.choice([who, f"{who} {who}" if who == "Anonymous" else f"Blogger {who}"])
            said = SAID.get(loc, r.choice(["said...", "said…"]))
            tsmode = PAGE["stamps"]
            out += [f"c[{who};{iso if tsmode == 'full' else ''}]|{shown} {said}", "", f"w|{text}"]
            if r.random() < 0.3:
                out += ["", f"w|{sent(r)}"]
            if tsmode == "full":
                out += ["", f"s|{ts_text(r, t, loc)}"]
            elif tsmode == "time":
                out += ["", f"s|{t:%-I:%M %p}"]
            out += [""]
        elif style == "numbered":
            if parent is None:
                top = i
                numtop += 1
                out += [f"k[;;;1]|  {numtop}. {text}"]
                sub = 0
            else:
                sub += 1
                out += [f"k[;;{ps};1]|    {sub}. {text}"]
            if r.random() < 0.5:
                out += ["x|ReplyDelete"]
            out += [""]
        else:
            ind = "    " if parent is not None else ""
            if parent is None:
                top = i
            tsx = ts_text(r, t, loc)
            if r.random() < 0.3:
                out += [f"c[{who};{iso};{ps}]|{ind}{who}", f"s|{ind}{tsx}"]
            else:
                out += [f"c[{who};{iso};{ps}]|{ind}{who} {tsx}"]
            out += [f"w|{ind}{text}", f"x|{ind}Reply" if parent is None else f"x|{ind}Delete", ""]
    if r.random() < 0.5:
        out += [r.choice(["x|Post a Comment", "x|Add comment", "x|What do you think?"]), ""]
    return out


CHROME_BEFORE = ["x|Search This Blog", "x|Harbour Notes", "x|News and views from the coast",
                 "x|This site uses cookies from Google to deliver its services. Learn more Got it",
                 "x|Home"]
CHROME_AFTER = ["x|Newer Post Older Post Home", "x|Subscribe to: Post Comments (Atom)",
                "x|Popular Posts", "x|Blog Archive", "x|► 2016 (212)",
                "x|Powered by Blogger.", "x|<script>var _gaq = _gaq || [];</script>",
                "x|.post-body img { max-width: 100%; }"]


def page(seed: int) -> str:
    r = random.Random(seed)
    loc = r.choice(["us", "us", "us", "uk", "zeropad", "prefix", "es", "fr", "de", "pt"])
    n = r.choice([1, 1, 1, 2, 3, 5, 8])
    archive = n > 1
    d = dt.date(r.randint(2008, 2018), r.randint(1, 12), r.randint(1, 28))
    scraper = not archive and r.random() < 0.08
    global DATE_CAPTIONS
    PAGE["footer"] = r.choice(["none", "posted", "posted", "oneline"])
    PAGE["share"] = r.random() < 0.5
    PAGE["title_first"] = r.random() < 0.2
    PAGE["stamps"] = r.choice(["full", "time", "none"])
    PAGE["style"] = r.choice(["classic", "numbered", "threaded"])
    DATE_CAPTIONS = not archive and not scraper
    out = [c for c in CHROME_BEFORE if r.random() < 0.3 and not scraper]
    if out:
        out.append("")
    for i in range(n):
        with_date = not scraper and (i == 0 or r.random() < 0.7)
        if i and with_date:
            d = d - dt.timedelta(days=r.randint(1, 4))
        out += post(r, d, loc, with_date, archive)
        out.append("")
    out += [c for c in CHROME_AFTER if r.random() < 0.35]
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out)
