"""Round 11 generator: random WHOLE Blogger pages, written as dumpkit templates so the truth
is derived from the very lines written.

New against `gen10.py`: the page's full chrome (header block, a left sidebar printed before
the posts, the item page's navigation and feed lines, right-sidebar widgets: Blog Archive
trees with ► ▼ counts and the listed post titles, Popular Posts with titles and snippets,
a Labels widget with counts, About Me with its profile text, Followers, Total Pageviews,
Subscribe To, Report Abuse, theme/`Powered by Blogger.` lines); comments whose text looks
like structure (a date line, `WNU Editor:`, a URL, a number, a question, a quoted
`Anonymous said...` line inside a paragraph); editor notes in every README marker and
position; non-ASCII commenter names; encodings and line ends (UTF-8, BOM, UTF-16, cp1252,
CRLF, CR, no final newline, trailing spaces, NBSP and whitespace-only blank lines).
Page-wide template choices stay page-wide (as in gen10).
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import gen10
from dumpkit import encode, parse
from gen10 import (
    NAMES,
    SAID,
    WORDS,
    body_block,
    date_line,
    header,
    posted_by,
    sent,
    ts_text,
)
from specs_round7 import LOCALES

PAGE: dict[str, Any] = {}
# Blogger's own interface strings per blog language (en for us/uk/zeropad/prefix pages)
CHROME: dict[str, dict[str, str]] = {
    "en": {"buttons": "Get link|Facebook|Twitter|Pinterest|Email|Other Apps",
           "views": "Total Pageviews", "subscribe": "Subscribe To|Posts|Atom|Comments",
           "reply": "Reply", "delete": "Delete", "replydelete": "ReplyDelete",
           "post_comment": "Post a Comment", "add": "Add comment",
           "nav": "Newer Post Older Post Home", "navs": "Newer Posts Older Posts Home",
           "older": "Older Posts Home", "feed": "Subscribe to: Post Comments (Atom)",
           "feeds": "Subscribe to: Posts (Atom)", "archive": "Blog Archive",
           "popular": "Popular Posts", "about": "About Me", "followers": "Followers",
           "labels": "Labels", "profile": "View my complete profile",
           "powered": "Powered by Blogger.", "search": "Search This Blog",
           "abuse": "Report Abuse", "links": "Links to this post",
           "share": "Email ThisBlogThis!Share to TwitterShare to FacebookShare to Pinterest"},
    "es": {"buttons": "Obtener enlace|Facebook|Twitter|Pinterest|Correo electrónico|"
                      "Otras aplicaciones",
           "views": "Vistas de página en total",
           "subscribe": "Suscribirse a|Entradas|Atom|Comentarios",
           "reply": "Responder", "delete": "Eliminar", "replydelete": "ResponderEliminar",
           "post_comment": "Publicar un comentario", "add": "Añadir comentario",
           "nav": "Entrada más reciente Entrada antigua Página principal",
           "navs": "Entradas más recientes Entradas antiguas Página principal",
           "older": "Entradas antiguas Página principal",
           "feed": "Suscribirse a: Enviar comentarios (Atom)",
           "feeds": "Suscribirse a: Entradas (Atom)", "archive": "Archivo del blog",
           "popular": "Entradas populares", "about": "Datos personales",
           "followers": "Seguidores", "labels": "Etiquetas", "profile": "Ver todo mi perfil",
           "powered": "Con la tecnología de Blogger.", "search": "Buscar este blog",
           "abuse": "Denunciar abuso", "links": "Enlaces a esta entrada",
           "share": "Enviar por correo electrónicoEscribe un blogCompartir con Twitter"
                    "Compartir con FacebookCompartir en Pinterest"},
    "fr": {"buttons": "Obtenir le lien|Facebook|Twitter|Pinterest|E-mail|Autres applications",
           "views": "Nombre total de pages vues",
           "subscribe": "S'abonner à|Articles|Atom|Commentaires",
           "reply": "Répondre", "delete": "Supprimer", "replydelete": "RépondreSupprimer",
           "post_comment": "Enregistrer un commentaire", "add": "Ajouter un commentaire",
           "nav": "Article plus récent Article plus ancien Accueil",
           "navs": "Articles plus récents Articles plus anciens Accueil",
           "older": "Articles plus anciens Accueil",
           "feed": "Inscription à : Publier les commentaires (Atom)",
           "feeds": "Inscription à : Articles (Atom)", "archive": "Archives du blog",
           "popular": "Articles les plus consultés", "about": "Qui êtes-vous ?",
           "followers": "Abonnés", "labels": "Libellés",
           "profile": "Afficher mon profil complet", "powered": "Fourni par Blogger.",
           "search": "Rechercher dans ce blog", "abuse": "Signaler un abus",
           "links": "Liens vers ce message",
           "share": "Envoyer par e-mailBlogThis!Partager sur TwitterPartager sur Facebook"
                    "Partager sur Pinterest"},
    "de": {"buttons": "Link abrufen|Facebook|Twitter|Pinterest|E-Mail|Weitere Apps",
           "views": "Seitenaufrufe insgesamt", "subscribe": "Abonnieren|Posts|Atom|Kommentare",
           "reply": "Antworten", "delete": "Löschen", "replydelete": "AntwortenLöschen",
           "post_comment": "Kommentar veröffentlichen", "add": "Kommentar hinzufügen",
           "nav": "Neuerer Post Älterer Post Startseite",
           "navs": "Neuere Posts Ältere Posts Startseite", "older": "Ältere Posts Startseite",
           "feed": "Abonnieren Kommentare zum Post (Atom)", "feeds": "Abonnieren Posts (Atom)",
           "archive": "Blog-Archiv", "popular": "Beliebte Posts", "about": "Über mich",
           "followers": "Follower", "labels": "Labels",
           "profile": "Mein Profil vollständig anzeigen",
           "powered": "Bereitgestellt von Blogger.", "search": "Dieses Blog durchsuchen",
           "abuse": "Missbrauch melden", "links": "Links zu diesem Post",
           "share": "Diesen Post per E-Mail versendenBlogThis!Auf Twitter teilen"
                    "In Facebook freigebenAuf Pinterest teilen"},
    "pt": {"buttons": "Gerar link|Facebook|Twitter|Pinterest|E-mail|Outros apps",
           "views": "Total de visualizações de página",
           "subscribe": "Inscrever-se|Postagens|Atom|Comentários",
           "reply": "Responder", "delete": "Excluir", "replydelete": "ResponderExcluir",
           "post_comment": "Postar um comentário", "add": "Adicionar comentário",
           "nav": "Postagem mais recente Postagem mais antiga Página inicial",
           "navs": "Postagens mais recentes Postagens mais antigas Página inicial",
           "older": "Postagens mais antigas Página inicial",
           "feed": "Assinar: Postar comentários (Atom)", "feeds": "Assinar: Postagens (Atom)",
           "archive": "Arquivo do blog", "popular": "Postagens populares",
           "about": "Quem sou eu", "followers": "Seguidores", "labels": "Marcadores",
           "profile": "Ver meu perfil completo", "powered": "Tecnologia do Blogger.",
           "search": "Pesquisar este blog", "abuse": "Denunciar abuso",
           "links": "Links para esta postagem",
           "share": "Enviar por e-mailPostar no blog!Compartilhar no Twitter"
                    "Compartilhar no FacebookCompartilhar com o Pinterest"},
}
LABEL_WORD = {"en": "Labels:", "es": "Etiquetas:", "fr": "Libellés :", "de": "Labels:",
              "pt": "Marcadores:"}
SHOWING = {"en": "Showing posts with label {w}. Show all posts",
           "es": "Mostrando entradas con la etiqueta {w}. Mostrar todas las entradas",
           "fr": "Affichage des articles dont le libellé est {w}. Afficher tous les articles",
           "de": "Posts mit dem Label {w} werden angezeigt. Alle Posts anzeigen",
           "pt": "Mostrando postagens com marcador {w}. Mostrar todas as postagens"}
ONE = {"es": "1 comentario:", "fr": "1 commentaire:", "de": "1 Kommentar:",
       "pt": "1 comentário:"}


def ui(key: str) -> str:
    """An interface string in the page's language, as a chrome template line."""
    return "x|" + CHROME[PAGE["lang"]][key]
INTL = ["Søren Ødegård", "José Núñez", "Zoë Brontë", "François Lemaître", "Jürgen Groß"]
WIDE = ["Łukasz Wróbel", "Ilse Čapek", "Ευάγγελος Π."]  # not in cp1252


def _names() -> list[str]:
    return NAMES + INTL + ["WNU Editor"] + ([] if PAGE["encoding"] == "cp1252" else WIDE)


def comment_text(r: random.Random, d: dt.date, closed: bool) -> list[str]:
    """A comment's text: usually prose; sometimes text shaped like structure.  Shapes that
    would read as structure on their own are only used when the comment is closed by its
    own timestamp or action line (closed)."""
    k = r.randint(0, 15)
    if k == 0:
        return [f"w|WNU Editor: {sent(r)}"]  # README: a comment that starts so is a comment
    if k == 1:
        return [f"w|WNU Editor, {sent(r)}"]
    if k == 2:
        return [f"w|https://www.valdoria-post.example/{d.year}/{d.month:02d}/{r.choice(WORDS)}.html"]
    if k == 3 and closed:
        return [f"w|{r.randint(2, 999)}"]
    if k == 4 and closed:
        other = d - dt.timedelta(days=r.randint(1, 400))
        return [f"w|{date_line(r, other, 'us')}"]
    if k == 5 and closed:
        return [f"w|{r.choice(['Why now?', 'Who pays for the ferry?', 'Really?'])}"]
    if k == 6:
        who = r.choice(["Anonymous", "Harlan Vosk"])
        return [f"w|{sent(r)}", f"w|{who} said...", f"w|{sent(r)}"]  # a quoted byline mid-paragraph
    if k == 7:
        return [f"w|@{r.choice(NAMES)} {sent(r)}"]
    return [f"w|{sent(r)}"]


def comments(r: random.Random, ncom: int, d: dt.date, loc: str) -> list[str]:
    style = PAGE["style"]
    out: list[str] = []
    base = dt.datetime(d.year, d.month, d.day, 8, 0)
    top = -1
    numtop = 0
    sub = 0
    for i in range(ncom):
        who = r.choice(_names())
        t = base + dt.timedelta(minutes=37 * (i + 1) + r.randint(0, 20))
        iso = t.strftime("%Y-%m-%dT%H:%M")
        removed = r.random() < 0.06
        reply = style != "classic" and i > 0 and r.random() < 0.4
        parent = top if reply else None
        ps = "" if parent is None else str(parent)
        if style == "classic":
            top = i
            tsmode = PAGE["stamps"]
            text = (["w|This comment has been removed by the author."] if removed
                    else comment_text(r, d, tsmode == "full"))
            shown = r.choice([who, f"{who} {who}" if who == "Anonymous" else f"Blogger {who}"])
            said = SAID.get(loc, r.choice(["said...", "said…"]))
            out += [f"c[{who};{iso if tsmode == 'full' else ''}]|{shown} {said}", "", *text]
            if r.random() < 0.3:
                out += ["", f"w|{sent(r)}"]
            if tsmode == "full":
                out += ["", f"s|{ts_text(r, t, loc)}"]
            elif tsmode == "time":
                out += ["", f"s|{t:%-I:%M %p}"]
            out += [""]
        elif style == "numbered":
            act = r.random() < 0.6
            text = (["w|This comment has been removed by the author."] if removed
                    else comment_text(r, d, act))
            first = text[0][2:]
            if parent is None:
                top = i
                numtop += 1
                out += [f"k[;;;1]|  {numtop}. {first}"]
                sub = 0
            else:
                sub += 1
                out += [f"k[;;{ps};1]|    {sub}. {first}"]
            ind = "     " if parent is None else "       "
            out += [f"w|{ind}{x[2:]}" for x in text[1:]]
            if act:
                out += [ui("replydelete")]
            out += [""]
        else:
            text = (["w|This comment has been removed by the author."] if removed
                    else comment_text(r, d, True))
            ind = "    " if parent is not None else ""
            if parent is None:
                top = i
            tsx = ts_text(r, t, loc)
            if r.random() < 0.3:
                out += [f"c[{who};{iso};{ps}]|{ind}{who}", f"s|{ind}{tsx}"]
            else:
                out += [f"c[{who};{iso};{ps}]|{ind}{who} {tsx}"]
            out += [f"w|{ind}{x[2:]}" for x in text]
            act = ui("reply") if parent is None else ui("delete")
            out += [f"x|{ind}{act[2:]}", ""]
    if r.random() < 0.5:
        heads = ["x|What do you think?"] if PAGE["lang"] == "en" else []
        out += [r.choice([ui("post_comment"), ui("add"), *heads]), ""]
    return out


def count(r: random.Random, n: int, loc: str, title: str, with_comments: bool = True) -> str:
    """The count header; a localized page prints its own `1 comentario:`."""
    if n == 1 and loc in ONE:
        return ONE[loc]
    return header(r, n, loc, title, with_comments)


def note(r: random.Random) -> list[str]:
    """An editor note in one of the README's markers and shapes."""
    mk = r.choice(["WNU Editor:", "My Comment:", "Editor's note:", "[Editor's note:"])
    shape = r.randint(0, 3)
    if mk == "[Editor's note:":
        return [f"n[{mk}]|{mk} {sent(r)} {sent(r)}]"]
    if shape == 0:  # the marker alone on its line, the text under it in the same paragraph
        return [f"n[{mk}]|{mk}", f"m|{sent(r)} {sent(r)}"]
    out = [f"n[{mk}]|{mk} {sent(r)}"]
    for _ in range(r.randint(0, 2)):
        out += ["", f"m|{sent(r)} {sent(r)}"]
    return out


def post(r: random.Random, d: dt.date, loc: str, with_date: bool, archive: bool,
         titles: list[str]) -> list[str]:
    out: list[str] = []
    untitled = with_date and not PAGE["title_first"] and r.random() < 0.15
    title = "" if untitled else sent(r, r.randint(3, 7))[:-1].title()
    if PAGE["v2"] and title and with_date and not PAGE["title_first"] and (
            PAGE["r2"].random() < 0.15):
        title = PAGE["r2"].choice(CHROME_TITLES[PAGE["lang"]])  # a post titled `Followers`
    if title:
        titles.append(title)
    dl = f"d[{d.isoformat()}]|{date_line(r, d, loc)}"
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
    where = r.random()
    if title and with_date and r.random() < 0.06:  # a title and a note only (README)
        nb, notes_left, where = 0, 1, 1.0
    if notes_left and where < 0.2 and (with_date or not archive):
        # the note opens the post; it runs until a read-more line (README "Editor notes")
        out += [*note(r), "", r.choice(["r|Read more ....", "r|Continue reading..."]), ""]
        notes_left -= 1
    for i in range(nb):
        forced = 1 if (i == 0 and not with_date and archive) else -1
        if i == 0 and title in CHROME_TITLES[PAGE["lang"]]:
            forced = 9  # running text under a title that is a widget word
        blk = body_block(r, d, forced, 0 < i < nb - 1)
        if blk[0].startswith("b|1. ") and i == nb - 1 and not archive and r.random() < 0.5:
            blk = body_block(r, d, 9)  # keep most item pages' last block prose
        out += [*blk, ""]
        if blk[0][2:].split(",")[0] in gen10.WDS:
            out += [f"b|{sent(r)} {sent(r)}", ""]
            continue
        if r.random() < 0.2:
            out += [r.choice(["r|Read more ....", "r|Read more...", "r|Continue reading...",
                              "r|Read more at: Harbour Ledger"]), ""]
        if notes_left and r.random() < 0.35:
            notes_left -= 1
            out += [*note(r), ""]
            if i < nb - 1:
                out += [r.choice(["r|Read more ....", "r|Continue reading..."]), ""]
    if notes_left and (nb == 0 or r.random() < 0.3):
        out += [*note(r), ""]  # the note closes the post, right over its footer
    ncom = r.choice([0, 0, 1, 2, 3, 5])
    author = r.choice(NAMES[:3] + INTL[:2])
    posted, count_done = posted_by(r, loc, archive, ncom, author, PAGE["footer"])
    out += posted
    if PAGE["footer"] != "none":
        if PAGE["share"] == "row":
            out += [ui("share")]
        elif PAGE["share"] == "lines":  # newer themes: one button a line
            out += ["x|" + w for w in CHROME[PAGE["lang"]]["buttons"].split("|")]
        if r.random() < 0.5:
            word = LABEL_WORD[PAGE["lang"]]
            out += [f"l|{word} {r.choice(WORDS).title()}, {r.choice(WORDS).title()}"]
        out += [""]
    if archive:
        if not count_done and r.random() < 0.5:
            n = r.randint(0, 9)
            out += [f"h[{n}]|{count(r, n, loc, title, False)}", ""]
        return out
    if PAGE["nav_first"]:  # some templates print the navigation over the comments
        out += [ui("nav"), ""]
    if not count_done and (ncom or r.random() < 0.6) and r.random() < 0.85:
        out += [f"h[{ncom}]|{count(r, ncom, loc, title)}", ""]
    if ncom:
        out += comments(r, ncom, d, loc)
    elif r.random() < 0.5:
        out += [ui("post_comment"), ""]
    return out


def widget(r: random.Random, kind: str, d: dt.date, titles: list[str]) -> list[str]:
    if kind == "archive":
        out = [ui("archive"), f"x|► {d.year + 1} ({r.randint(20, 300)})",
               f"x|▼ {d.year} ({r.randint(20, 300)})"]
        months = LOCALES[PAGE["lang"]]["m"] if PAGE["lang"] != "en" else gen10.US_M
        if d.month < 12:
            out.append(f"x|► {months[d.month]} ({r.randint(2, 40)})")
        out.append(f"x|▼ {months[d.month - 1]} ({r.randint(len(titles) + 1, 40)})")
        # (other posts of the month: the page's own titles would be chrome lines printed
        # after their first appearance as titles)
        listed = [sent(r, r.randint(3, 6))[:-1].title() for _ in range(r.randint(1, 4))]
        out += [f"x|{t}" for t in listed]
        out.append(f"x|► {d.year - 1} ({r.randint(20, 300)})")
        return out
    if kind == "popular":
        out = [r.choice([ui("popular"), "x|Popular posts from this blog"]
                        if PAGE["lang"] == "en" else [ui("popular")])]
        for _ in range(r.randint(1, 3)):
            out += [f"x|{sent(r, r.randint(3, 6))[:-1].title()}",
                    f"x|{sent(r, 14)[:-1]} ..."]
        return out
    if kind == "labels":
        return [ui("labels")] + [f"x|{w.title()} ({r.randint(1, 400)})"
                               for w in r.sample(WORDS, r.randint(2, 6))]
    if kind == "about":
        return [ui("about"), "x|Harbour Notes", f"x|{sent(r, 16)}", ui("profile")]
    if kind == "followers":
        return [ui("followers")]
    if kind == "pageviews":
        return [ui("views"), f"x|{r.randint(1000, 9999999):,}"]
    if kind == "subscribe":
        return ["x|" + w for w in CHROME[PAGE["lang"]]["subscribe"].split("|")]
    return [ui("abuse")]


KINDS = ["archive", "popular", "labels", "about", "followers", "pageviews", "subscribe", "abuse"]


def sidebar(r: random.Random, d: dt.date, titles: list[str]) -> list[str]:
    out: list[str] = []
    for kind in r.sample(KINDS, r.randint(1, 5)):
        out += [*widget(r, kind, d, titles), ""]
    return out


CHROME_TITLES = {"en": ["Home", "About Me", "Followers", "Labels", "Archive", "Popular Posts"],
                 "es": ["Seguidores", "Etiquetas", "Datos personales"],
                 "fr": ["Abonnés", "Libellés"], "de": ["Über mich", "Follower"],
                 "pt": ["Marcadores", "Quem sou eu", "Seguidores"]}


def glue(lines: list[str], r2: random.Random) -> list[str]:
    """v2 seams: drop the blank lines between page chrome and the posts (either side) and
    between sidebar widgets, as text copies of Blogger pages often print them."""
    out = list(lines)
    top = r2.random() < 0.5
    bottom = r2.random() < 0.5
    widgets = r2.random() < 0.5
    first = next((k for k, t in enumerate(out) if t[:2] in ("d[", "t|")), None)
    known = ("x|Skip to main content", "x|Home", ui("search"))  # (not the blog's name: a
    # line of unknown text glued over the date line may be a title printed over it)
    if top and first is not None and first >= 2 and out[first - 1] == "" and (
            out[first - 2].startswith(known)):
        del out[first - 1]
    last = max((k for k, t in enumerate(out) if t and not t.startswith("x|")), default=None)
    if bottom and last is not None:
        k = last + 1
        while k < len(out) and out[k] == "":
            k += 1
        if k < len(out) and out[k].startswith("x|") and k > last + 1:
            del out[last + 1:k]
    if widgets:
        out = [t for k, t in enumerate(out) if not (
            t == "" and 0 < k < len(out) - 1 and out[k - 1].startswith("x|")
            and out[k + 1].startswith("x|") and (last is None or k > last
                                                  or first is None or k < first))]
    return out


def page_template(seed: int, v2: bool = False) -> str:
    r = random.Random(seed)
    PAGE["v2"] = v2
    PAGE["r2"] = random.Random(seed * 31 + 7)
    loc = r.choice(["us", "us", "us", "uk", "zeropad", "prefix", "es", "fr", "de", "pt"])
    n = r.choice([1, 1, 1, 2, 3, 5])
    archive = n > 1
    d = dt.date(r.randint(2008, 2018), r.randint(1, 12), r.randint(1, 28))
    PAGE["encoding"] = r.choice(["utf-8"] * 5 + ["utf-8-sig", "utf-16", "cp1252"])
    PAGE["footer"] = r.choice(["none", "posted", "posted", "oneline"])
    PAGE["share"] = r.choice(["row", "lines", None, None])
    PAGE["title_first"] = r.random() < 0.2
    PAGE["stamps"] = r.choice(["full", "time", "none"])
    PAGE["style"] = r.choice(["classic", "numbered", "threaded"])
    PAGE["nav_first"] = not archive and r.random() < 0.2
    gen10.DATE_CAPTIONS = not archive
    gen10.PAGE.update(PAGE)
    titles: list[str] = []
    PAGE["lang"] = loc if loc in CHROME else "en"
    out = [c for c in ["x|Skip to main content", ui("search"), "x|Harbour Notes",
                       "x|News and views from the coast", "x|Home"] if r.random() < 0.5]
    if out:
        out.append("")
    if archive and r.random() < 0.4:  # a label page
        out += ["x|" + SHOWING[PAGE["lang"]].format(w=r.choice(WORDS).title()), ""]
    left = r.random() < 0.2
    dates = [d - dt.timedelta(days=3 * k) for k in range(n)]
    if left:
        out += sidebar(r, d, [])
    body: list[str] = []
    for i in range(n):
        with_date = i == 0 or r.random() < 0.7
        body += post(r, dates[i] if with_date else body_date(body, d), loc, with_date, archive,
                     titles)
        body.append("")
    out += body
    if archive:
        if r.random() < 0.6:
            out += [r.choice([ui("navs"), ui("older")]), ui("feeds"), ""]
    else:
        if not PAGE["nav_first"] and r.random() < 0.7:
            out += [ui("nav"), ""]
        if r.random() < 0.6:
            out += [ui("feed"), ""]
    if not left or r.random() < 0.5:
        out += sidebar(r, d, titles)
    theme = "x|Simple theme. Powered by Blogger." if PAGE["lang"] == "en" else ui("powered")
    out += [c for c in [ui("powered"), theme,
                        "x|<script>var _gaq = _gaq || [];</script>"] if r.random() < 0.3]
    while out and out[-1] == "":
        out.pop()
    if v2:
        out = glue(out, PAGE["r2"])
    return "\n".join(out)


def body_date(body: list[str], d: dt.date) -> dt.date:
    """The date governing a post printed without its own date line: the last one above."""
    for line in reversed(body):
        if line.startswith("d["):
            return dt.date.fromisoformat(line[2:12])
    return d


def variant(seed: int) -> dict[str, Any]:
    """Byte-level choices of the page: encoding, line ends, final newline, odd blanks."""
    r = random.Random(seed * 7 + 1)
    enc = PAGE["encoding"]
    return {"encoding": enc,
            "newline": r.choice(["\n", "\n", "\r\n", "\r"]), "final": r.random() < 0.7,
            "blank": r.choice(["", "", " ", "\u00a0", "\t "]), "trail": r.random() < 0.2}


def page(seed: int, v2: bool = False) -> tuple[bytes, dict[str, Any]]:
    """The dump bytes and truth of one random page (v2: seams glued, widget-word titles)."""
    lines, truth = parse(page_template(seed, v2))
    v = variant(seed)
    text = v["newline"].join(render(lines, v))
    if v["encoding"] == "cp1252" and text.encode("cp1252", "replace").decode("cp1252") != text:
        v["encoding"] = "utf-8"  # (a widget arrow or a name cp1252 cannot hold)
    return encode(render(lines, v), v["encoding"], v["newline"], v["final"]), truth


def render(lines: list[str], v: dict[str, Any]) -> list[str]:
    """Apply the odd-blank and trailing-space choices to dump lines."""
    out = []
    for line in lines:
        if line == "":
            out.append(v["blank"])
        elif v["trail"]:
            out.append(line + "  ")
        else:
            out.append(line)
    return out
