"""Synthetic raw blog dumps for benchmarks: N posts in every layout the corpus describes.

Takes: an output folder, a post count, a mean comment count per post and a seed.
Gives: dump files `NNNNN_<16 hex of sha256>.txt` in the folder (the same shapes as
`../shared/corpus/dumps`: item pages shaped like the seed, classic footers, archive
and label pages, mobile numbered comments, threaded copies, Spanish, French, German
and Portuguese dumps, cp1252 / UTF-8 BOM / UTF-16 / CRLF / CR files, site chrome),
and a manifest `<folder>.manifest.json` beside the folder (not inside it, so that
the folder can be handed to `archive split` as is) with the totals and, per dump,
its layout, language, encoding and posts (date, title, comments, replies, notes).
`--truth DIR` also writes a ground-truth JSON per dump in the corpus schema;
`--content DIR` writes the content files split would make (a stand-in for split
when benchmarking later stages without it).

Everything is invented: countries, outlets, people and events come from word lists
below. The same seed gives the same bytes.

    python benchmarks/generate.py OUT_DIR [--posts 10000] [--comments 6] [--seed 1]
    python benchmarks/generate.py OUT_DIR --big-mb 50     # ONE archive dump of ~50 MB
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# ---------------------------------------------------------------- word lists

COUNTRIES = ["Valdoria", "Morvania", "Tarsan", "Sundavia", "Ostrelia", "Kessaria", "Almeria",
             "Brannholt", "Veskar", "Lutheny", "Caldera", "Pellin", "Orsova", "Quenmark"]
ADJ = {"Valdoria": "Valdorian", "Morvania": "Morvanian", "Tarsan": "Tarsani",
       "Sundavia": "Sundavian", "Ostrelia": "Ostrelian", "Kessaria": "Kessarian",
       "Almeria": "Almerian", "Brannholt": "Brannholtish", "Veskar": "Veskari",
       "Lutheny": "Luthenian", "Caldera": "Calderan", "Pellin": "Pellinese",
       "Orsova": "Orsovan", "Quenmark": "Quenmarker"}
CITIES = ["Kaltenberg", "Port Halim", "Velsk", "Brannock", "Panjor", "Ostrel", "Skarvik",
          "Marenholt", "Dunmere", "Coldharbour", "Tessary", "Rindlow", "Asperin", "Halvard"]
OUTLETS = ["Atlas Press", "Global Dispatch", "Meridian Wire", "Orbis Daily", "Tidewater Times",
           "Halden Post", "Northern Ledger", "Harbour Courier", "Continental Review",
           "Evening Signal", "Lantern News", "Compass Report"]
OFFICIALS = ["the defence minister", "the foreign ministry", "a government spokesman",
             "the prime minister", "the navy chief", "regional diplomats", "the finance minister",
             "opposition leaders", "the central bank", "port officials", "army commanders",
             "the interior ministry", "senior analysts", "two senior officials"]
THINGS = ["air defence units", "fishing fleets", "border crossings", "gas pipelines",
          "patrol submarines", "grain exports", "coastal batteries", "rail links",
          "drone incursions", "the ceasefire line", "shipping lanes", "power grids",
          "election monitors", "refugee camps", "trade talks", "the new dam",
          "coast guard cutters", "tank battalions", "oil terminals", "peace talks"]
VERBS = ["Orders", "Signals", "Rejects", "Expands", "Suspends", "Tests", "Announces",
         "Delays", "Warns Over", "Prepares", "Backs", "Questions", "Cuts", "Doubles",
         "Moves To Protect", "Reviews", "Freezes", "Restarts"]
FIRST = ["Harlan", "Mila", "Gunnar", "Dottie", "Len", "Marisol", "Pavel", "Tom", "Dee",
         "Nadège", "Jean-Luc", "Rosa", "Ingrid", "Tobias", "Keri", "Anselm", "Brina", "Ottar",
         "Lucia", "Wendel", "Carys", "Fenn", "Greta", "Ilse", "Joaquim", "Beatriz", "Henrike"]
LAST = ["Vosk", "Lind", "Tremaine", "Ashby", "Ellery", "Marrow", "Quell", "Stannard",
        "Oberlin", "Pasqual", "Duvane", "Kettering", "Morcant", "Ferrant", "Halloway",
        "Brisk", "Sorrell", "Vantreel", "Cordray", "Mirelle"]
HANDLES = ["ColdWarKid61", "RedRiverRanger", "Dockside Dave", "HarbourWatcher",
           "OldSalt", "Unknown", "NorthernLight", "PlainSpeaker", "B. Tremaine", "Pavel O."]

NEWS_SENTENCES = [
    "{Official} said on {weekday} that {thing} would be reviewed before the end of the month.",
    "The decision follows weeks of pressure from {country}, which has long argued that {thing} "
    "are a threat to the whole region.",
    "According to two people familiar with the talks, {official} had asked for more time "
    "but was overruled.",
    "{Adj} officials declined to comment on what they called operational matters.",
    "Residents of {city} said they had noticed more military traffic on the coast road "
    "in recent days.",
    "The move comes after {number} incidents involving {thing} were reported since the spring.",
    "Analysts in {city} described the announcement as a message to {country2} rather than "
    "a change in policy.",
    "A statement from {official} said the measures were temporary and would be lifted "
    "once the situation allowed.",
    "Critics said the government had waited too long and that {thing} should have been "
    "addressed years ago.",
    "The budget for the programme was raised by {number} million last year, "
    "most of it spent on training and maintenance.",
    "Diplomats from {country2} were invited to observe, though it was not clear whether "
    "they had accepted.",
    "Talks between the two sides are expected to resume in {city} next month.",
    "Shipping companies said insurance premiums had risen sharply since the incidents began.",
    "The opposition called for a parliamentary inquiry and accused the ministry of hiding "
    "the real costs.",
    "Local councils asked for an emergency meeting with the regional ministers before "
    "the summer.",
    "It was the {ordinal} such announcement this year, and the first to mention {thing} "
    "by name.",
    "Officials in {country2} played down the news, saying it changed nothing on the ground.",
    "The contract was signed in {year} and delayed repeatedly because of funding disputes.",
    "Several families said they learned of the decision from the evening news "
    "rather than from the authorities.",
    "The ministry said it would publish a full report on {thing} before the winter session.",
    "“We were not consulted,” one official in {city} said on {weekday}.",
    "The ministry’s statement did not mention {thing} at all – an omission noted in {country2}.",
]
EDITOR_SENTENCES = [
    "This is not a surprise to anyone who has been following {thing} over the past year.",
    "My read is that {country} wants the neighbours to notice, and they will.",
    "Nobody makes a move like this in {month} for purely domestic reasons.",
    "I have been sceptical of these reports before, but this one makes some sense.",
    "Watch what {country2} does next, because that is where the real story is.",
    "The timing tells me that the talks in {city} are closer to a deal than the public "
    "statements suggest.",
    "Regular readers know I do not trust anonymous sources, but the details here check out.",
    "Cost is the real driver, and it always has been.",
]
COMMENT_SENTENCES = [
    "I think you are reading too much into this.",
    "Good post, and thanks for the links.",
    "{Country} has done this before and nothing came of it.",
    "Follow the money, as always.",
    "My brother lives near {city} and says nobody there is worried yet.",
    "Six months from now this will be forgotten.",
    "The real question is what {country2} will do in response.",
    "Agreed, the timing is not an accident.",
    "Has anyone seen the original report from {outlet}?",
    "That is a big claim, and I would like to see some evidence for it.",
    "People forget how much {thing} cost the last time around.",
    "This is exactly what I predicted in the comments last month.",
    "Interesting, but I doubt the government will follow through.",
    "Nobody in {city} believes the official explanation.",
    "They said the same thing in {year} and look how that turned out.",
    "That’s the part nobody wants to talk about…",
    "“Temporary” measures in {country} have a way of lasting for years.",
]
PERSONAL_SENTENCES = [
    "The fog came in off the harbour again this morning and the ferry sat at the quay "
    "until nearly eleven.",
    "We spent most of the weekend in the garden, moving the old compost heap to the far corner.",
    "My grandmother always said that a wet {month} meant a good harvest, "
    "and she was usually right.",
    "The council has promised new lamps along the sea wall, and I will believe it "
    "when I see them.",
    "There were more people at the market than I have seen since the summer fair.",
    "The bakery on the corner has finally reopened, with the same bread and a new owner.",
    "I walked the dog along the river path and counted eleven herons before the rain started.",
    "The school concert ran for two hours and nobody seemed to mind.",
    "Our neighbours lent us their ladder, which is how the gutters finally got cleared.",
    "The first frost arrived a week early and took the last of the beans with it.",
    "“Nobody told us,” the ferry crew said – and they were right.",
]
LOCAL_SENTENCES = {
    "es": ["La feria de {city} se celebró otra vez bajo una lluvia fina que no paró en todo "
           "el sábado.",
           "Los vecinos más jóvenes apostaron por la música y los mayores por la conversación.",
           "Nadie tiene prisa en {city} cuando hay una copa en la mano.",
           "El ayuntamiento prometió arreglar el puente antes del invierno.",
           "Este año la cosecha fue más corta, pero el vino salió mejor que nunca.",
           "Qué envidia, el próximo año no me lo pierdo aunque diluvie.",
           "Gracias por las fotos, me recuerdan a mi infancia."],
    "fr": ["Après deux hivers sous une bâche bleue, le vieux lavoir de {city} a retrouvé "
           "un toit de tuiles.",
           "Les charpentiers ont terminé le chantier mardi, juste avant les premières gelées.",
           "L'association du quartier avait collecté une partie des fonds au marché de Noël.",
           "Une inauguration est prévue au printemps, avec une exposition de photographies.",
           "Ma grand-mère y lavait encore ses draps dans les années cinquante.",
           "Bravo à l'association, c'est un très beau travail.",
           "Et la fontaine de la place, c'est pour quand ?"],
    "de": ["Der alte Bahnhof von {city} bekommt endlich ein neues Dach.",
           "Die Handwerker haben die Arbeiten am Dienstag beendet, kurz vor dem ersten Frost.",
           "Der Verein hatte einen Teil des Geldes auf dem Weihnachtsmarkt gesammelt.",
           "Im Frühling soll es eine kleine Ausstellung mit alten Fotografien geben.",
           "Meine Großmutter ist dort jeden Sonntag spazieren gegangen.",
           "Schöne Bilder, danke fürs Teilen.",
           "Wann wird denn endlich der Brunnen am Marktplatz repariert?"],
    "pt": ["A feira de {city} voltou a acontecer debaixo de uma chuva fina que não parou "
           "o dia inteiro.",
           "Os vizinhos mais novos trouxeram música e os mais velhos trouxeram histórias.",
           "Ninguém tem pressa em {city} quando há uma mesa cheia de amigos.",
           "A câmara prometeu arranjar a ponte antes do inverno.",
           "Este ano a colheita foi mais curta, mas o vinho ficou melhor do que nunca.",
           "Que saudade, no próximo ano não perco a festa por nada.",
           "Obrigado pelas fotografias, lembram-me a minha infância."],
}
LOCAL_TITLES = {
    "es": ["La feria de {city}, otra vez bajo la lluvia", "Un paseo por el puerto de {city}",
           "Vuelve el mercado de {city}"],
    "fr": ["Le lavoir de {city} retrouve son toit", "Promenade au port de {city}",
           "Le marché de {city} est de retour"],
    "de": ["Neues Dach für den Bahnhof von {city}", "Ein Spaziergang am Hafen von {city}",
           "Der Markt von {city} ist zurück"],
    "pt": ["A feira de {city}, outra vez com chuva", "Um passeio pelo porto de {city}",
           "Volta o mercado de {city}"],
}
CAPTIONS = ["{Official} visits {city} on {weekday}.", "A patrol boat leaves {city} harbour.",
            "Protesters gather outside the parliament in {city}.",
            "{Adj} soldiers during an exercise near {city}."]
PERSONAL_TITLES = ["Fog on the Harbour Road", "Notes from the allotment", "A quiet weekend",
                   "The ferry timetable, again", "Market day in {city}", "First frost",
                   "A walk along the river", "The new bakery", "Rain, and more rain"]

# ---------------------------------------------------------------- locales

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"],
}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
           "sábado", "domingo"],
}
SAID = {"en": " said...", "es": " dijo...", "fr": " a dit…", "de": " hat gesagt…",
        "pt": " disse..."}
ANONYMOUS = {"en": "Anonymous", "es": "Anónimo", "fr": "Anonyme", "de": "Anonym",
             "pt": "Anônimo"}
COUNT_WORDS = {"en": ("comment", "comments"), "es": ("comentario", "comentarios"),
               "fr": ("commentaire", "commentaires"), "de": ("Kommentar", "Kommentare"),
               "pt": ("comentário", "comentários")}
POSTED_BY = {"en": "Posted by {name} at {time}", "de": "Eingestellt von {name} um {time}"}
CHROME_AFTER = {
    "en": ["Post a Comment", "Newer Post Older Post Home", "Subscribe to: Post Comments (Atom)"],
    "es": ["Publicar un comentario", "Entrada más reciente Entrada antigua Página principal",
           "Suscribirse a: Enviar comentarios (Atom)"],
    "fr": ["Enregistrer un commentaire", "Article plus récent Article plus ancien Accueil",
           "Inscription à : Publier les commentaires (Atom)"],
    "de": ["Kommentar veröffentlichen", "Neuerer Post Älterer Post Startseite",
           "Abonnieren Kommentare zum Post (Atom)"],
    "pt": ["Postar um comentário", "Postagem mais recente Postagem mais antiga Página inicial",
           "Assinar: Postar comentários (Atom)"],
}
SHARE_LINE = "Email This BlogThis! Share to Twitter Share to Facebook Share to Pinterest"
SHARE_LINES = ["Email This", "BlogThis!", "Share to Twitter", "Share to Facebook",
               "Share to Pinterest"]
CHROME_BEFORE = ["Search This Blog", "Notes From The Lighthouse Road",
                 "Tide tables, council meetings and the odd rant from a small harbour town"]
CHROME_JUNK = ["Translate", "Powered by Blogger.", "//<![CDATA[",
               "window.lightboxSettings = window.lightboxSettings || {};",
               "lightboxSettings.fade = 250; lightboxSettings.overlay = '#111';", "//]]>",
               ".post-body img { max-width: 100%; height: auto; }",
               "#navbar-iframe { display: none !important; }"]
SIDEBAR = ["Blog Archive", "► 2017 (2113)", "▼ 2016 (3398)", "► March (301)",
           "▼ February (287)", "► January (312)"]
READ_MORE = ["Read more ....", "Read more ....", "Read more ....", "Read more...",
             "Continue reading...", "Read more at: {outlet}"]
MARKERS = ["WNU Editor:", "WNU Editor:", "WNU Editor:", "My Comment:", "Editor's note:"]
REMOVED = ["This comment has been removed by the author.",
           "This comment has been removed by a blog administrator."]

# Layouts with their weights (per dump).  Archive-like layouts hold several posts.
LAYOUTS = {"wnu": 26, "classic": 18, "mobile": 12, "threaded": 12, "localized": 12,
           "archive": 8, "archive_plain": 3, "label": 3, "scraper": 3, "personal": 3}
MULTI = {"archive", "archive_plain", "label"}
ENCODINGS = [("utf-8", 76), ("utf-8-sig", 9), ("cp1252", 11), ("utf-16", 4)]
# characters that cp1252 puts in 0x80-0x9F (smart quotes, dashes, ellipsis, euro)
CP1252_ONLY = re.compile("[\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u20ac]")


# ---------------------------------------------------------------- records


@dataclass
class Comment:
    author: str
    when: dt.datetime | None
    body: list[str]
    parent: int | None = None
    removed: bool = False


@dataclass
class Post:
    date: dt.date | None
    title: str
    body: list[str] = field(default_factory=list)
    notes: list[tuple[str, list[str]]] = field(default_factory=list)
    read_more: bool = False
    author: str | None = None
    labels: list[str] = field(default_factory=list)
    count_header: int | None = None
    comments: list[Comment] = field(default_factory=list)


@dataclass
class Dump:
    layout: str
    lang: str
    posts: list[Post]
    lines: list[str]
    chrome: list[str]


# ---------------------------------------------------------------- text


class Text:
    """Sentence pools filled from templates once; paragraphs are drawn from them."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.news = self._pool(NEWS_SENTENCES, 1500)
        self.editor = self._pool(EDITOR_SENTENCES, 300)
        self.comment = self._pool(COMMENT_SENTENCES, 600)
        self.personal = self._pool(PERSONAL_SENTENCES, 200)
        self.local = {lang: self._pool(s, 120) for lang, s in LOCAL_SENTENCES.items()}

    def fill(self, template: str) -> str:
        r = self.rng
        country, country2 = r.sample(COUNTRIES, 2)
        official = r.choice(OFFICIALS)
        return template.format(
            country=country, country2=country2, Country=country, Adj=ADJ[country],
            city=r.choice(CITIES), official=official, Official=official[0].upper() + official[1:],
            thing=r.choice(THINGS), weekday=r.choice(WEEKDAYS["en"]),
            month=r.choice(MONTHS["en"]), number=r.randint(2, 90), year=r.randint(1998, 2014),
            ordinal=r.choice(["second", "third", "fourth", "fifth"]), outlet=r.choice(OUTLETS))

    def _pool(self, templates: list[str], n: int) -> list[str]:
        return [self.fill(self.rng.choice(templates)) for _ in range(n)]

    def para(self, pool: list[str], lo: int = 2, hi: int = 5) -> str:
        return " ".join(self.rng.sample(pool, self.rng.randint(lo, hi)))

    def paras(self, pool: list[str], lo: int, hi: int, slo: int = 2, shi: int = 5) -> list[str]:
        return [self.para(pool, slo, shi) for _ in range(self.rng.randint(lo, hi))]

    def news_title(self) -> str:
        r = self.rng
        title = f"{r.choice(COUNTRIES)} {r.choice(VERBS)} {r.choice(THINGS).title()}"
        if r.random() < 0.15:
            title = f"Is {r.choice(COUNTRIES)} Preparing For {r.choice(THINGS).title()}?"
        return title.replace("The ", "")

    def person(self, lang: str = "en") -> str:
        r = self.rng
        x = r.random()
        if x < 0.2:
            return ANONYMOUS[lang]
        if x < 0.4:
            return r.choice(HANDLES)
        if x < 0.5:
            return f"{r.choice(FIRST)} {r.choice(LAST)[0]}."
        return f"{r.choice(FIRST)} {r.choice(LAST)}"


# ---------------------------------------------------------------- dates and times


def date_line(d: dt.date, lang: str, style: float) -> str:
    """The date header; `style` (0..1, drawn once per dump: a blog prints one format)
    picks the English variant."""
    wd = WEEKDAYS[lang][d.weekday()]
    mon = MONTHS[lang][d.month - 1]
    if lang == "en":
        if style < 0.7:
            return f"{wd}, {mon} {d.day}, {d.year}"
        if style < 0.85:
            return f"{wd}, {mon} {d.day:02d}, {d.year}"
        return f"{wd}, {d.day} {mon} {d.year}"
    if lang == "es":
        return f"{wd}, {d.day} de {mon} de {d.year}"
    if lang == "fr":
        return f"{wd} {d.day} {mon} {d.year}"
    if lang == "de":
        return f"{wd}, {d.day}. {mon} {d.year}"
    return f"{wd}, {d.day} de {mon} de {d.year}"


def clock12(t: dt.datetime) -> str:
    return f"{(t.hour % 12) or 12}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


def stamp(t: dt.datetime, lang: str, style: int) -> str:
    """A comment timestamp line in the dump's locale (style picks the English variant)."""
    mon = MONTHS[lang][t.month - 1]
    hm = f"{t.hour}:{t.minute:02d}"
    if lang == "es":
        return f"{t.day} de {mon} de {t.year}, {hm}"
    if lang == "fr":
        return f"{t.day} {mon} {t.year} à {t.hour:02d}:{t.minute:02d}"
    if lang == "de":
        return f"{t.day}. {mon} {t.year} um {t.hour:02d}:{t.minute:02d}"
    if lang == "pt":
        return f"{t.day} de {mon} de {t.year} às {hm}"
    if style == 1:
        return f"{t.day} {mon} {t.year} at {t.hour:02d}:{t.minute:02d}"
    if style == 2:
        return f"{t.month}/{t.day}/{t.year % 100:02d} {clock12(t)}"
    return f"{mon} {t.day}, {t.year} at {clock12(t)}"


# ---------------------------------------------------------------- the generator


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.text = Text(self.rng)
        self.date_style = 0.0  # drawn anew for every dump
        self.start = dt.date(2006, 1, 1).toordinal()
        self.span = dt.date(2019, 12, 31).toordinal() - self.start

    # -- pieces

    def some_date(self) -> dt.date:
        return dt.date.fromordinal(self.start + self.rng.randrange(self.span))

    def comment_times(self, d: dt.date | None, n: int) -> list[dt.datetime]:
        base = dt.datetime.combine(d or self.some_date(), dt.time(6, 0))
        minutes = sorted(self.rng.randrange(60, 60 * 40) for _ in range(n))
        return [base + dt.timedelta(minutes=m) for m in minutes]

    def comment_body(self, lang: str) -> tuple[list[str], bool]:
        r = self.rng
        if r.random() < 0.02:
            return [r.choice(REMOVED)], True
        pool = self.text.comment if lang == "en" else self.text.local[lang]
        k = 1 if r.random() < 0.7 else r.randint(2, 3)
        return [self.text.para(pool, 1, 4) for _ in range(k)], False

    def comments(self, n: int, d: dt.date | None, lang: str, threads: bool) -> list[Comment]:
        """n comments in dump order; with threads, some are replies to a top-level one."""
        times = self.comment_times(d, n)
        out: list[Comment] = []
        top = -1
        left = n
        for t in times:
            body, removed = self.comment_body(lang)
            reply = threads and top >= 0 and left > 0 and self.rng.random() < 0.3
            c = Comment(self.text.person(lang), t, body, top if reply else None, removed)
            if not reply:
                top = len(out)
            out.append(c)
            left -= 1
        return out

    def news_post(self, d: dt.date | None, title: str | None = None) -> Post:
        r, tx = self.rng, self.text
        p = Post(d, title or tx.news_title())
        if r.random() < 0.8:
            credit = r.choice(["Credit", "Photo:", "©", "Image:"])
            p.body.append(f"{tx.fill(r.choice(CAPTIONS))} {credit} {r.choice(OUTLETS)}")
        src = f"{r.choice(OUTLETS)}: {tx.para(tx.news, 1, 1)[:-1]}"
        p.body.append(src)
        p.body += tx.paras(tx.news, 2, 5)
        p.read_more = r.random() < 0.85
        if r.random() < 0.12:
            p.body.append(f"Update: {tx.para(tx.news, 1, 1)[:-1]} ({r.choice(OUTLETS)})")
        if r.random() < 0.9:
            p.notes.append((r.choice(MARKERS), tx.paras(tx.editor, 1, 3, 2, 6)))
        return p

    def plain_post(self, d: dt.date | None, lang: str) -> Post:
        tx = self.text
        if lang == "en":
            title = tx.fill(self.rng.choice(PERSONAL_TITLES))
            return Post(d, title, tx.paras(tx.personal, 2, 5, 2, 4))
        title = tx.fill(self.rng.choice(LOCAL_TITLES[lang]))
        return Post(d, title, tx.paras(tx.local[lang], 2, 4, 2, 4))

    def footer(self, p: Post, lang: str, with_labels: bool) -> None:
        r = self.rng
        if lang in POSTED_BY:
            p.author = "WNU Editor" if r.random() < 0.6 else self.text.person("en")
            if p.author in ANONYMOUS.values():
                p.author = "WNU Editor"
        if with_labels:
            p.labels = r.sample(COUNTRIES, r.randint(1, 2)) + r.sample(THINGS, r.randint(0, 2))

    # -- rendering of one post (lines) shared by the layouts

    def emit_post(self, out: list[str], p: Post, lang: str, *, date: bool, footer: bool,
                  share: int, count_first: bool = True) -> None:
        r = self.rng
        if date and p.date:
            out += [date_line(p.date, lang, self.date_style), ""]
        if p.title:
            out += [p.title, ""]
        else:
            out += ["", ""]
        rm_at = len(p.body) if p.read_more else -1
        for i, para in enumerate(p.body):
            out += [para, ""]
            if i + 1 == rm_at:
                line = r.choice(READ_MORE).format(outlet=r.choice(OUTLETS))
                out += [line, ""]
        for marker, paras in p.notes:
            out += [f"{marker} {paras[0]}", ""]
            for q in paras[1:]:
                out += [q, ""]
        if footer:
            time_ = clock12(dt.datetime(2000, 1, 1, r.randrange(24), r.randrange(60)))
            if p.author:
                out += [POSTED_BY[lang].format(name=p.author, time=time_), ""]
            if share == 1:
                out += [SHARE_LINE, ""]
            elif share == 2:
                out += [*SHARE_LINES, ""]
            if p.labels and not count_first:
                out += ["Labels: " + ", ".join(p.labels), ""]
        if p.count_header is not None:
            out += [count_line(p.count_header, lang, r), ""]
        if footer and p.labels and count_first:
            out += ["Labels: " + ", ".join(p.labels), ""]

    # -- comment renderings

    def emit_classic(self, out: list[str], p: Post, lang: str) -> None:
        r = self.rng
        style = r.choice([0, 0, 0, 1, 2, 3, 4])  # 3: time of day only, 4: no timestamp
        for c in p.comments:
            name = c.author
            if name == ANONYMOUS[lang] and r.random() < 0.3:
                name = f"{name} {name}"
            elif r.random() < 0.03:
                name = f"Blogger {name}"
            out += [name + SAID[lang], ""]
            for i, para in enumerate(c.body):
                out.append(para)
                if i + 1 < len(c.body):
                    out.append("")
            if c.when and style in (0, 1, 2):
                out.append(stamp(c.when, lang, style))
            elif c.when and style == 3:
                out.append(clock12(c.when))
                c.when = None
            else:
                c.when = None
            out.append("")

    def emit_numbered(self, out: list[str], p: Post, actions: bool) -> None:
        top_no = 0
        i = 0
        cs = p.comments
        while i < len(cs):
            c = cs[i]
            c.author, c.when = "", None
            top_no += 1
            self._numbered(out, c, f"  {top_no}. ", "    ")
            replies = [x for x in cs[i + 1:] if x.parent == i]
            if actions:
                out += ["    ReplyDelete"] + (["    Replies"] if replies else []) + [""]
            for reply_no, rep in enumerate(replies, 1):
                rep.author, rep.when = "", None
                self._numbered(out, rep, f"    {reply_no}. ", "      ")
                if actions:
                    out += ["      Delete", ""]
            if actions and replies:
                out += ["    Reply", ""]
            i += 1 + len(replies)

    @staticmethod
    def _numbered(out: list[str], c: Comment, first: str, indent: str) -> None:
        out += [first + c.body[0], ""]
        for para in c.body[1:]:
            out += [indent + para, ""]

    def emit_threaded(self, out: list[str], p: Post) -> None:
        cs = p.comments
        i = 0
        while i < len(cs):
            replies = [x for x in cs[i + 1:] if x.parent == i]
            self._threaded(out, cs[i], "")
            out += ["ReplyDelete"] + (["Replies"] if replies else []) + [""]
            for rep in replies:
                self._threaded(out, rep, "    ")
                out += ["    Delete", ""]
            if replies:
                out += ["    Reply", ""]
            i += 1 + len(replies)

    def _threaded(self, out: list[str], c: Comment, ind: str) -> None:
        assert c.when
        if self.rng.random() < 0.15:
            out += [ind + c.author, ind + stamp(c.when, "en", 2)]
        else:
            out.append(f"{ind}{c.author} {stamp(c.when, 'en', 0)}")
        out.append(ind + c.body[0])
        for para in c.body[1:]:
            out += ["", ind + para]
        out.append("")

    # -- dumps by layout

    def item(self, layout: str, n_comments: int) -> Dump:
        r = self.rng
        lang = r.choice(["es", "fr", "de", "pt"]) if layout == "localized" else "en"
        d = self.some_date()
        if layout in ("wnu", "threaded") or (layout == "mobile" and r.random() < 0.5):
            p = self.news_post(d)
        else:
            p = self.plain_post(d, lang)
        threads = layout in ("mobile", "threaded")
        if lang != "en":
            n_comments = max(1, n_comments)
        p.comments = self.comments(n_comments, d, lang, threads)
        if layout != "mobile" or r.random() < 0.5:
            p.count_header = len(p.comments)
        if layout in ("classic", "localized"):
            self.footer(p, lang, with_labels=lang in POSTED_BY and r.random() < 0.7)
        out: list[str] = []
        chrome: list[str] = []
        if r.random() < 0.1:
            out += [x for c in CHROME_BEFORE for x in (c, "")]
            chrome += CHROME_BEFORE
        share = r.choice([0, 1, 2]) if p.author else 0
        self.emit_post(out, p, lang, date=True, footer=True, share=share, count_first=False)
        if share:
            chrome += [SHARE_LINE] if share == 1 else SHARE_LINES
        if layout == "mobile":
            actions = r.random() < 0.6
            self.emit_numbered(out, p, actions)
            end = ["Add comment", "Load more..."] if actions else ["Add comment"]
            if actions and p.comments:
                chrome += ["ReplyDelete", "Replies", "Delete", "Reply"]
            out += end
            chrome += end
        elif layout == "threaded":
            self.emit_threaded(out, p)
            if p.comments:
                chrome += ["ReplyDelete", "Replies", "Delete", "Reply"]
            out += ["Add comment", "Load more..."]
            chrome += ["Add comment", "Load more..."]
        else:
            self.emit_classic(out, p, lang)
            tail = CHROME_AFTER[lang][: r.choice([1, 1, 3])]
            out += [x for c in tail for x in (c, "")]
            chrome += tail
        if r.random() < 0.08:
            out += CHROME_JUNK
            chrome += CHROME_JUNK
        return Dump(layout, lang, [p], out, chrome)

    def scraper(self) -> Dump:
        """A copy on another site: no date line, `Author, Outlet: headline`, `0 Response to`."""
        r, tx = self.rng, self.text
        p = Post(None, tx.news_title())
        p.body = [f"{r.choice(FIRST)} {r.choice(LAST)}, {r.choice(OUTLETS)}: "
                  f"{tx.para(tx.news, 1, 1)[:-1]}", *tx.paras(tx.news, 2, 4)]
        p.read_more = r.random() < 0.5
        p.notes.append((r.choice(MARKERS), tx.paras(tx.editor, 1, 2, 2, 5)))
        p.count_header = 0
        out = [p.title, ""]
        for para in p.body:
            out += [para, ""]
        if p.read_more:
            out += ["Read more ....", ""]
        for marker, paras in p.notes:
            out += [f"{marker} {paras[0]}  ", ""] + [x for q in paras[1:] for x in (q, "")]
        out += [f'0 Response to "{p.title}"', "", "Post a Comment"]
        return Dump("scraper", "en", [p], out, ["Post a Comment"])

    def archive(self, layout: str, n: int, max_bytes: int = 0) -> Dump:
        """A monthly archive, a label page or a footer-less yearly copy with n posts
        (or, with max_bytes, as many posts as fill that many bytes)."""
        r = self.rng
        out: list[str] = []
        chrome: list[str] = []
        label = r.choice(COUNTRIES)
        if layout == "label":
            head = f"Showing posts with label {label}. Show all posts"
            out += [head, head + " ", ""]
            chrome.append(head)
        d = dt.date(2019, 12, 31) if max_bytes else self.some_date()
        same_p = 0.8 if max_bytes else 0.3
        posts: list[Post] = []
        size = 0
        while (size < max_bytes) if max_bytes else (len(posts) < n):
            same_day = bool(posts) and r.random() < same_p
            if not same_day:
                d = d - dt.timedelta(days=r.randint(1, 3))
            p = self.news_post(d)
            mark = len(out)
            if layout == "archive_plain":
                p.read_more = True
                self.emit_post(out, p, "en", date=not same_day, footer=False, share=0)
            else:
                self.footer(p, "en", with_labels=r.random() < 0.8)
                if layout == "label" and label not in p.labels:
                    p.labels.insert(0, label)
                p.count_header = r.choice([0, 1, 2, 4, 7, 13, 25])
                self.emit_post(out, p, "en", date=not same_day, footer=True, share=0)
                if layout == "archive" and r.random() < 0.5:
                    out += ["Links to this post", ""]
                    if "Links to this post" not in chrome:
                        chrome.append("Links to this post")
            size += sum(len(x) + 1 for x in out[mark:])
            posts.append(p)
        if layout != "archive_plain":
            tail = ["Newer Posts Older Posts Home", "Subscribe to: Posts (Atom)"]
            out += [x for c in tail for x in (c, "")]
            chrome += tail
            if layout == "archive" and r.random() < 0.4:
                out += [*SIDEBAR, "", "Powered by Blogger."]
                chrome += [*SIDEBAR, "Powered by Blogger."]
        return Dump(layout, "en", posts, out, chrome)


def count_line(n: int, lang: str, rng: random.Random) -> str:
    one, many = COUNT_WORDS[lang]
    if n == 0:
        return {"en": "No comments:", "es": "No hay comentarios:"}.get(lang, f"0 {many}:")
    return f"{n} {one if n == 1 else many}:"


# ---------------------------------------------------------------- bytes


def nbsp(line: str) -> str:
    """One space inside the running text (not the indentation) becomes a no-break space."""
    i = line.find(" ", 60)
    return line if i < 0 else line[:i] + "\u00a0" + line[i + 1:]


def finish(dump: Dump, rng: random.Random, plain: bool = False) -> tuple[bytes, dict[str, object]]:
    """Join the lines and pick encoding, line ends and small defects; report what was chosen."""
    lines = list(dump.lines)
    while lines and not lines[-1].strip():
        lines.pop()
    if rng.random() < 0.1:  # trailing spaces, whitespace-only lines, an NBSP
        lines = [x + "  " if x and rng.random() < 0.2 else (" " if not x and
                 rng.random() < 0.1 else x) for x in lines]
        lines = [nbsp(x) if len(x) > 200 else x for x in lines]
    text = "\n".join(lines)
    enc = rng.choices([e for e, _ in ENCODINGS], [w for _, w in ENCODINGS])[0]
    if plain:  # the big dump: its size in MB is its size in bytes
        enc = "utf-8"
    if enc == "cp1252" and not CP1252_ONLY.search(text):
        enc = "utf-8-sig"  # nothing in it that only cp1252 would show
    newline = rng.choices(["\n", "\r\n", "\r"], [86, 12, 2])[0]
    if plain:
        newline = "\n"
    final_newline = rng.random() < 0.85
    if final_newline:
        text += "\n"
    if newline != "\n":
        text = text.replace("\n", newline)
    try:
        data = text.encode(enc)
    except UnicodeEncodeError:  # a character cp1252 lacks (the sidebar's triangles)
        enc = "utf-8"
        data = text.encode(enc)
    if enc == "utf-16":
        data = b"\xff\xfe" + text.encode("utf-16-le")
    return data, {"encoding": enc, "newline": {"\n": "LF", "\r\n": "CRLF", "\r": "CR"}[newline],
                  "final_newline": final_newline}


# ---------------------------------------------------------------- truth


def words(text: str) -> tuple[str, str]:
    w = text.split()
    return " ".join(w[:8]), " ".join(w[-8:])


def post_truth(p: Post) -> dict[str, object]:
    first, last = words(" ".join(p.body))
    return {
        "date": p.date.isoformat() if p.date else None, "title": p.title, "author": p.author,
        "labels": p.labels, "body_first_words": first, "body_last_words": last,
        "read_more": p.read_more,
        "editor_notes": [dict(zip(("marker", "first_words", "last_words"),
                                  (m, *words(" ".join(b))), strict=True)) for m, b in p.notes],
        "comment_count_header": p.count_header,
        "comments": [{"author": c.author, "timestamp": c.when.strftime("%Y-%m-%dT%H:%M")
                      if c.when else None,
                      **dict(zip(("first_words", "last_words"), words(" ".join(c.body)),
                                 strict=True)),
                      "parent": c.parent, "removed": c.removed} for c in p.comments],
    }


def summary(p: Post) -> dict[str, object]:
    return {"date": p.date.isoformat() if p.date else None, "title": p.title,
            "comments": len(p.comments),
            "replies": sum(c.parent is not None for c in p.comments),
            "notes": len(p.notes), "comment_count_header": p.count_header}


# ---------------------------------------------------------------- content (stand-in for split)


def slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60].strip("-") or "post"


def write_content(content: Path, source: str, posts: list[Post], used: set[str]) -> None:
    """The content files `archive split` would write for these posts (content/ layout of
    the contract), written straight from the generator's records.  Only for benchmarks of
    the later stages when split is not available; the real pipeline splits the dumps."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from builder.frontmatter import dump

    for index, p in enumerate(posts, 1):
        pid = base = slug(p.title)
        n = 1
        while pid in used:
            n += 1
            pid = f"{base}-{n}"
        used.add(pid)
        folder = content / (str(p.date.year) if p.date else "undated") / pid
        folder.mkdir(parents=True, exist_ok=True)
        meta = {"type": "post", "id": pid, "title": p.title,
                "date": p.date.isoformat() if p.date else None, "author": p.author,
                "tags": p.labels, "source": source, "source_index": index,
                "read_more": p.read_more, "comment_count": p.count_header}
        (folder / "post.md").write_text(dump(meta, "\n\n".join(p.body)), encoding="utf-8")
        for k, (marker, paras) in enumerate(p.notes, 1):
            note = {"type": "note", "post": pid, "marker": marker, "order": k, "after": None}
            (folder / f"note-{k}.md").write_text(dump(note, "\n\n".join(paras)),
                                                 encoding="utf-8")
        for k, c in enumerate(p.comments, 1):
            meta = {"type": "comment", "id": f"c{k}", "post": pid, "author": c.author,
                    "date": c.when.strftime("%Y-%m-%dT%H:%M") if c.when else None,
                    "parent": None if c.parent is None else f"c{c.parent + 1}",
                    "removed": c.removed, "order": k}
            (folder / f"comment-{k}.md").write_text(dump(meta, "\n\n".join(c.body)),
                                                    encoding="utf-8")


# ---------------------------------------------------------------- plans


def plan(rng: random.Random, posts: int) -> list[tuple[str, int]]:
    """(layout, posts in the dump) until `posts` posts are planned."""
    names = list(LAYOUTS)
    weights = [LAYOUTS[n] for n in names]
    out: list[tuple[str, int]] = []
    left = posts
    while left > 0:
        layout = rng.choices(names, weights)[0]
        k = min(left, rng.randint(3, 8)) if layout in MULTI else 1
        out.append((layout, k))
        left -= k
    return out


def comment_counts(rng: random.Random, n: int, mean: float) -> list[int]:
    """n counts with the given mean: many small threads, a few busy ones."""
    if mean <= 0:
        return [0] * n
    return [min(int(rng.expovariate(1 / mean) + 0.5), int(mean * 8) + 1) for _ in range(n)]


def generate(out_dir: Path, posts: int = 10000, comments: float = 6, seed: int = 1,
             big_mb: float = 0, truth_dir: Path | None = None,
             manifest: Path | None = None, content: Path | None = None) -> dict[str, object]:
    """Write the dumps (and the manifest, and truth files when asked); return the manifest."""
    gen = Generator(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    if truth_dir:
        truth_dir.mkdir(parents=True, exist_ok=True)
    dumps = list(_big(gen, big_mb)) if big_mb else list(_dumps(gen, posts, comments))
    files = []
    total_bytes = 0
    used: set[str] = set()
    for i, dump in enumerate(dumps):
        data, meta = finish(dump, gen.rng, plain=bool(big_mb))
        total_bytes += len(data)
        name = f"{i:05d}_{hashlib.sha256(data).hexdigest()[:16]}.txt"
        (out_dir / name).write_bytes(data)
        if content:
            write_content(content, name, dump.posts, used)
        if truth_dir:
            truth = {"posts": [post_truth(p) for p in dump.posts],
                     "boilerplate_lines": list(dict.fromkeys(c.strip() for c in dump.chrome))}
            (truth_dir / name.replace(".txt", ".json")).write_text(
                json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
        files.append({"file": name, "layout": dump.layout, "language": dump.lang,
                      "bytes": len(data), **meta, "posts": [summary(p) for p in dump.posts]})
    result = {"seed": seed, "requested_posts": posts, "requested_comments": comments,
              "big_mb": big_mb, "dumps": len(files),
              "posts": sum(len(d.posts) for d in dumps),
              "comments": sum(len(p.comments) for d in dumps for p in d.posts),
              "bytes": total_bytes, "files": files}
    target = manifest or manifest_path(out_dir)
    target.write_text(json.dumps(result, ensure_ascii=False, indent=0), encoding="utf-8")
    return result


def manifest_path(out_dir: Path) -> Path:
    """The manifest sits beside the dump folder, so the folder holds only dumps."""
    return out_dir.parent / f"{out_dir.name}.manifest.json"


def _dumps(gen: Generator, posts: int, comments: float) -> list[Dump]:
    layouts = plan(gen.rng, posts)
    item_posts = sum(k for name, k in layouts if name not in MULTI)
    mean = comments * posts / item_posts if item_posts else 0
    counts = iter(comment_counts(gen.rng, item_posts, mean))
    build: dict[str, Callable[[int], Dump]] = {
        "scraper": lambda k: gen.scraper(),
        **{m: (lambda k, m=m: gen.archive(m, k)) for m in MULTI},  # type: ignore[misc]
    }
    out = []
    for name, k in layouts:
        gen.date_style = gen.rng.random()
        if name in build:
            if name == "scraper":
                next(counts)
            out.append(build[name](k))
        else:
            out.append(gen.item(name, next(counts)))
    return out


def _big(gen: Generator, mb: float) -> list[Dump]:
    """ONE monthly-archive dump of about `mb` megabytes (many posts in one file)."""
    gen.date_style = gen.rng.random()
    return [gen.archive("archive", 0, max_bytes=int(mb * 1_000_000))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--posts", type=int, default=10000)
    ap.add_argument("--comments", type=float, default=6, help="mean comments per post")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--big-mb", type=float, default=0,
                    help="write ONE archive dump of about this many MB instead")
    ap.add_argument("--truth", type=Path, help="also write corpus-schema truth JSON here")
    ap.add_argument("--manifest", type=Path, help="default: OUT_DIR.manifest.json beside it")
    ap.add_argument("--content", type=Path,
                    help="also write the content files split would make (benchmarks of later "
                         "stages while split is unavailable)")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    m: dict[str, Any] = generate(args.out_dir, args.posts, args.comments, args.seed,
                                 args.big_mb, args.truth, args.manifest, args.content)
    print(f"{m['dumps']} dumps, {m['posts']} posts, {m['comments']} comments, "
          f"{m['bytes'] / 1e6:.1f} MB in {time.perf_counter() - t0:.1f} s -> "
          f"{args.out_dir} (manifest {args.manifest or manifest_path(args.out_dir)})",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
