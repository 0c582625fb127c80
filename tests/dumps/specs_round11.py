# ruff: noqa: E501  (the "what" strings are table cells; their length is the data)
"""Eleventh batch (1101+): WHOLE random Blogger pages from `gen11.page(seed)` (full page
chrome incl. left/right sidebars and localized interface strings, structure-shaped comment
text, every note marker and position, encodings and line ends), plus gen10 pages that the
round-10 splitter still failed.  Both generators write dumpkit templates, so the truth is
derived from the very lines written.  Kept because the splitter before round 11 failed
them and the README decides their truth; each row names the README rule.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import gen10
import gen11
from dumpkit import encode, parse

RAW: list[dict[str, Any]] = []


def _make11(seed: int, v2: bool = False) -> Callable[[], tuple[bytes, dict[str, Any]]]:
    def make() -> tuple[bytes, dict[str, Any]]:
        return gen11.page(seed, v2)
    return make


def _make10(seed: int) -> Callable[[], tuple[bytes, dict[str, Any]]]:
    def make() -> tuple[bytes, dict[str, Any]]:
        lines, truth = parse(gen10.page(seed))
        return encode(lines), truth
    return make


def page11(n: int, seed: int, what: str) -> None:
    RAW.append({"n": n, "what": f"whole page (gen11 seed {seed}): {what}", "make": _make11(seed)})


def page11v2(n: int, seed: int, what: str) -> None:
    RAW.append({"n": n, "what": f"whole page (gen11 v2 seed {seed}): {what}",
                "make": _make11(seed, True)})


def page10(n: int, seed: int, what: str) -> None:
    RAW.append({"n": n, "what": f"random page (gen10 seed {seed}): {what}", "make": _make10(seed)})


page11(1101, 258, "threaded copy whose last comment's text is a date line (`Monday, June 27, 2016`) closed by `Reply`: comment text, not a new post (a post never opens with an action line)")
page11(1102, 4137, "item page, title over its date line; `Read more at: Harbour Ledger` then a date-only caption and prose: the title-cased read-more line is no title over that caption (README: read-more lines are never body or title); a threaded comment opening with `WNU Editor:`; CR line ends")
page11(1103, 2124, "footerless untitled item page: `* * *`, then two `Harbour Ledger: headline` source lines each over a quoted paragraph (another quoted block, not a new post: README \"A new post or a second quoted block?\"), UTF-16, trailing spaces")
page11(1104, 2424, "footerless 3-post archive page: a source line over a quoted paragraph, then another source line (quoted blocks of the same post), numbered comments")
page11(1105, 77, "item page with a LEFT sidebar before the date line (Subscribe To widget, `Popular posts from this blog` with titles and snippet lines): the snippet is no undated post (README: sidebar lines and the titles under the widget are chrome), CRLF")
page11(1106, 2032, "3-post archive page, left sidebar `About Me` with the profile sentence before the first date line (widget text, not an undated post), one-line footers with counts")
page11(1107, 4577, "item page: the body ends in a tight numbered list, then header-less mobile comments (spaced, nested reply): the tight list is body; BOM + CR line ends")
page11(1108, 4684, "classic comments with time-only stamps; the last stamp `10:08 AM` stands right over `Report Abuse` and the sidebar: stamp (null timestamp) and chrome, not comment text; one-button-a-line share block")
page11(1109, 24, "Spanish 3-post page, threaded comments with `Responder`/`Eliminar`: `Denunciar abuso`, `Vistas de página en total`, `Archivo del blog` with Spanish months, `Entradas populares`, `Con la tecnología de Blogger.` (Blogger's localized chrome), CRLF")
page11(1110, 5, "Portuguese item page: `Gerar link` button lines, `Postagem mais recente …`, `Assinar: Postar comentários (Atom)`, `Quem sou eu`, `Tecnologia do Blogger.`")
page11(1111, 27, "French 5-post label page (`Affichage des articles dont le libellé est …`): `Articles plus récents Articles plus anciens Accueil`, `Inscription à : Articles (Atom)`, `Archives du blog`, `Libellés` widget with counts, `Fourni par Blogger.`")
page11(1112, 34, "German item page with numbered comments: `Beliebte Posts` with titles and snippets, `Neuerer Post Älterer Post Startseite`, `Blog-Archiv`, `Über mich`, `Bereitgestellt von Blogger.`")
page11(1113, 3476, "French item page, header-less classic comments with time-only stamps, one of them opening with `WNU Editor:` (a comment, README \"Editor notes\": not a note, not body), French navigation and sidebar")
page11(1114, 2413, "Spanish 5-post label page (`Mostrando entradas con la etiqueta …`), cp1252 + CR: a post's count header, then the NEXT post's body list is no numbered comment list (numbered comments follow their header directly)")
page10(1115, 9122, "untitled item page: a tight numbered list as the whole body, then header-less mobile comments with `ReplyDelete` and a nested reply (mobile comments are spaced: the tight list is body)")
page10(1116, 9328, "French 2-post page: the second post's body ends in a numbered list followed by ` Read more ....  ` (a read-more line belongs to the post: the list is body, not comments)")
page10(1117, 9537, "item page: classic comments with time-only stamps, the last one directly over CSS junk `.post-body img { … }` (chrome, not comment text)")
page10(1118, 1369, "5-post archive page: a post's count header, then the next post's body with a numbered list under prose (not comments of the previous post)")
page10(1119, 9252, "footerless 2-post archive page: `Harbour Ledger: headline` source lines over quoted paragraphs (another quoted block of the same post, not a new post), count header")
page10(1120, 9376, "scraper copy (no date line): title, then two `Update:` paragraphs (body, README \"Body\"), a numbered list, classic comments")

page11v2(1123, 127, "label page of 3 posts whose titles are widget words (`Home`, `Followers`, `Home`) each under its date line with a note or text under it: titles, not a sidebar (the `Followers` post was dropped with the rest of its group)")
page11v2(1124, 408, "French item page: the post under the date line is titled `Abonnés` (the Followers widget's title) and opens with an editor note: title, note, body, numbered comments")
page11v2(1125, 1161, "German item page: a post titled `Über mich` (About Me) under its date line, then running text")
page11v2(1126, 1467, "item page: a post titled `Popular Posts` under a prefixed date line, opening with a note whose marker stands alone on its line")
page11v2(1127, 1036, "Spanish 5-post label page with two posts titled `Etiquetas` (the Labels widget's title), widgets printed without blank lines between them")
page11v2(1128, 2340, "item page: a post titled `About Me` opening with an `Editor's note:` paragraph, then a read-more line and body")
page11(1131, 14373, "item page whose body ends with a note, then ONE header-less numbered item holding Blogger's removal notice `This comment has been removed by the author.` (a removed comment, README \"removed\": not note text)")

# Hand-written pages (dumpkit templates), for rules the generators do not reach.
DUMPS: list[dict[str, Any]] = []


def dump(n: int, what: str, text: str, **kw: Any) -> None:
    DUMPS.append({"n": n, "what": what, "text": text, **kw})


dump(1121, "item page that opens with the search box label `Search This Blog` printed directly over the date line (no blank), the post's own title under the date: the label is chrome, not a title over the date", """
x|Search This Blog
d[2016-03-02]|Wednesday, March 2, 2016

t|Ferry Day At The North Pier

b|The harbour board ran the old paddle ferry for one afternoon, and half the town queued along the north pier to ride it.

p[Harlan Vosk]|Posted by Harlan Vosk at 9:14 PM
l|Labels: ferry, harbour

h[1]|1 comment:

c[Mira Talven;2016-03-02T22:05]|Mira Talven said...

w|We waited an hour and it was worth every minute.

s|March 2, 2016 at 10:05 PM

x|Post a Comment

x|Newer Post Older Post Home
x|Subscribe to: Post Comments (Atom)
x|Powered by Blogger.
""")

dump(1122, "Spanish item page opening with `Buscar este blog` then a blank line: the post under the date line is titled `Seguidores` (a widget word, but the post's title: running text follows), Spanish footer and `1 comentario:`, BOM + CRLF", """
x|Buscar este blog

d[2014-03-02]|domingo, 2 de marzo de 2014

t|Seguidores

b|Hoy el blog ha llegado a mil seguidores y quiero dar las gracias a todos los que lo leen cada semana desde el puerto.

p[Mira Talven]|Publicado por Mira Talven en 21:14
l|Etiquetas: blog, gracias

h[1]|1 comentario:

c[Jonas Weber;2014-03-02T22:05]|Jonas Weber dijo...

w|Enhorabuena por los mil lectores.

s|2 de marzo de 2014, 22:05

x|Publicar un comentario

x|Entrada más reciente Entrada antigua Página principal

x|Archivo del blog
x|► 2014 (12)
x|Con la tecnología de Blogger.
""", encoding="utf-8-sig", newline="\r\n")

dump(1129, "item page: `Labels:` printed before `Posted by`, then the Reactions widget line `Reactions: funny (0) interesting (2) cool (1)` (a widget under the post: chrome), classic comment with its stamp", """
x|Harbour Notes
x|News and views from the coast

d[2016-03-02]|Wednesday, March 2, 2016

t|Ferry Fees Rise Again

b|The harbour board raised the ferry fees for the third time this year, and the council did not object.

b|Valdoria Post: Harbour board raises ferry fees for a third time

b|The increase takes effect on Monday and applies to foot passengers as well as cars.

l|Labels: ferry, harbour board
p[Harlan Vosk]|Posted by Harlan Vosk at 9:14 PM
x|Reactions: funny (0) interesting (2) cool (1)

h[1]|1 comment:

c[Jonas Weber;2016-03-02T22:05]|Jonas Weber said...

w|The board never objects to anything.

s|March 2, 2016 at 10:05 PM

x|Post a Comment

x|Newer Post Older Post Home
""")

dump(1130, "Spanish 2-post archive page, each footer followed by the Reactions widget `Reacciones: divertido (0) interesante (1) genial (0)` (chrome), localized navigation; CRLF", """
x|Buscar este blog

d[2014-03-05]|miércoles, 5 de marzo de 2014

t|El Puerto Sigue Cerrado

b|El puerto de Valdoria sigue cerrado por tercer día consecutivo tras la tormenta del domingo.

p[Mira Talven]|Publicado por Mira Talven en 21:14
x|Reacciones: divertido (0) interesante (1) genial (0)
l|Etiquetas: puerto, tormenta

h[2]|2 comentarios:

d[2014-03-02]|domingo, 2 de marzo de 2014

t|Tormenta En La Costa

b|La tormenta se llevó dos barandillas del muelle norte y una farola, pero nadie resultó herido.

p[Mira Talven]|Publicado por Mira Talven en 19:02
x|Reacciones: divertido (0) interesante (0) genial (3)

h[0]|No hay comentarios:

x|Entradas más recientes Entradas antiguas Página principal
x|Suscribirse a: Entradas (Atom)
""", newline="\r\n")
