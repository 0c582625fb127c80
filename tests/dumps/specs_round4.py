# ruff: noqa: E501  (template lines are dump lines; their length is the data)
"""Fifth batch (401+): round-4 combinations of the corpus rules (see dumpkit.py for the tags).

Norwegian and Romanian pages in the classic layout; localized threaded and numbered
copies with their localized action lines; 12 AM / 12 PM timestamps; `wrote:` lines and
source-, date- and list-shaped lines inside comments; a date-only caption on an archive
page; notes closed by header-less comments, by an `Author, Outlet:` source or by a
`Response to` header; localized one-line footers with their comments listed below;
dotted commenter names; more count-header forms.
"""

from __future__ import annotations

from typing import Any

DUMPS: list[dict[str, Any]] = []


def dump(n: int, what: str, text: str, **opts: Any) -> None:
    DUMPS.append({"n": n, "what": what, "text": text, **opts})


dump(401, "Norwegian item page in the classic layout: `torsdag 14. januar 2016`, `Lagt inn av "
     "<name> kl. 10:14`, `Etiketter:`, `2 kommentarer:`, `<name> sa...` comments with "
     "`14. januar 2016 kl. 18:32` timestamps, Norwegian form and navigation chrome", """
d[2016-01-14]|torsdag 14. januar 2016

t|Fergen til Sorne er innstilt igjen

b|Morgenfergen til Sorne ble innstilt for tredje gang denne måneden, denne gangen på grunn av en feil på rampen.

b|Rederiet lover at en ny rampe kommer på plass før påske.

p[Kari Nord]|Lagt inn av Kari Nord kl. 10:14

l|Etiketter: ferje, Sorne

h[2]|2 kommentarer:

c[Ola;2016-01-14T18:32]|Ola sa...

w|Tredje gang! Noen burde telle innstillingene hele vinteren.
s|14. januar 2016 kl. 18:32

c[Anonym;2016-01-14T21:05]|Anonym sa...

w|Rampen har vært dårlig siden 2014.
s|14. januar 2016 kl. 21:05

x|Legg inn en kommentar

x|Nyere innlegg Eldre innlegg Startsiden
""")

dump(402, "Romanian item page in the classic layout: `joi, 14 ianuarie 2016`, `Postat de <name> "
     "la 10:14`, `Etichete:`, `3 comentarii:`, `<name> a spus...` comments with "
     "`14 ianuarie 2016 la 18:32` timestamps, Romanian form chrome", """
d[2016-01-14]|joi, 14 ianuarie 2016

t|Podul de la Vell s-a redeschis

b|Podul peste râul Vell s-a redeschis joi dimineață, după opt luni de lucrări.

b|Primarul a promis că nu vor mai fi restricții de tonaj.

p[Ana Pop]|Postat de Ana Pop la 10:14

l|Etichete: poduri, Vell

h[3]|3 comentarii:

c[Ion;2016-01-14T18:32]|Ion a spus...

w|În sfârșit! Opt luni de ocol prin Sorne.
s|14 ianuarie 2016 la 18:32

c[Anonim;2016-01-14T19:40]|Anonim a spus...

w|Să vedem cât ține.
s|14 ianuarie 2016 la 19:40

c[Maria;2016-01-15T08:05]|Maria a spus...

w|Restricțiile de tonaj au fost problema, nu podul.
s|15 ianuarie 2016 la 08:05

x|Postați un comentariu
""")

dump(403, "Spanish threaded copy whose timestamps stand on their own line under the name "
     "(`19 de septiembre de 2013, 21:14`), `Responder`/`Eliminar`/`Respuestas`, a replies block "
     "closed by `Responder`, under `3 comentarios:`", """
d[2013-09-19]|jueves, 19 de septiembre de 2013

t|El puerto de Vell cierra por obras

b|El puerto de Vell cerrará tres semanas a partir del lunes para reparar el muelle norte.

b|Los pescadores descargarán en Sorne mientras duren las obras.

h[3]|3 comentarios:

c[Lucía;2013-09-19T21:14]|Lucía
s|19 de septiembre de 2013, 21:14
w|Tres semanas es lo que dicen siempre. Luego son tres meses.

x|Responder
x|Respuestas

c[Pedro M.;2013-09-19T22:03;0]|    Pedro M.
s|    19 de septiembre de 2013, 22:03
w|    Esta vez hay multa por retraso en el contrato.

x|    Eliminar

x|    Responder

c[Anónimo;2013-09-20T07:30]|Anónimo
s|20 de septiembre de 2013, 07:30
w|¿Y el muelle sur? Está peor.

x|Responder
""")

dump(404, "Portuguese threaded copy with `<name> 18 de março de 2010 às 21:07` lines, "
     "`Responder`/`Excluir`/`Respostas`, a replies block closed by `Responder`, under "
     "`3 comentários:` after a `Postado por` footer", """
d[2010-03-18]|quinta-feira, 18 de março de 2010

t|O farol volta a acender

b|O farol de Sorne voltou a acender na quarta-feira à noite, depois de dois anos apagado.

p[Marta Vidal]|Postado por Marta Vidal às 10:14

l|Marcadores: farol

h[3]|3 comentários:

c[Rui;2010-03-18T21:07]|Rui 18 de março de 2010 às 21:07
w|Vi-o da varanda. Que saudades!

x|Responder
x|Respostas

c[Marta Vidal;2010-03-18T21:30;0]|    Marta Vidal 18 de março de 2010 às 21:30
w|    Eu também, Rui. Parecia outra vez 1990.

x|    Excluir

x|    Responder

c[Anônimo;2010-03-19T09:12]|Anônimo 19 de março de 2010 às 09:12
w|Quem paga a luz?

x|Responder
""")

dump(405, "German numbered mobile list with the localized action lines glued together as "
     "Blogger prints them (`AntwortenLöschen`, `Antworten`, `Löschen`), a nested reply, under "
     "`3 Kommentare:`", """
d[2016-02-06]|Samstag, 6. Februar 2016

t|Neue Fähre für Sorne

b|Die neue Fähre für Sorne ist am Freitag in Vell angekommen und soll ab März fahren.

h[3]|3 Kommentare:

k[;;;1]|  1. Endlich! Die alte war älter als ich.

x|    AntwortenLöschen
x|    Antworten

k[;;0;1]|    1. Und lauter als ich.

x|      Löschen

x|    Antworten

k[;;;1]|  2. Wer bezahlt das?

x|    AntwortenLöschen

x|Kommentar hinzufügen
""")

dump(406, "Spanish numbered mobile list with `ResponderEliminar` / `Respuestas` / `Eliminar` / "
     "`Responder` action lines and a nested reply, without a header, after a `Publicado por` "
     "footer", """
d[2015-03-03]|martes, 3 de marzo de 2015

t|Nieve en el paso de Dorsk

b|El paso de Dorsk sigue cerrado por la nieve y no abrirá hasta el jueves.

p[Inés Ruiz]|Publicado por Inés Ruiz en 10:14

l|Etiquetas: Dorsk, nieve

k[;;;1]|  1. Mi hermano lleva dos días esperando en Vell.

x|    ResponderEliminar
x|    Respuestas

k[;;0;1]|    1. Que tenga paciencia, el jueves abren seguro.

x|      Eliminar

x|    Responder

k[;;;1]|  2. ¿Y el tren?

x|    ResponderEliminar
""")

dump(407, "classic comments stamped at the 12 o'clock edges: `12:05 AM` (00:05), `12:30 PM` "
     "(12:30), `12:59 AM` and a US short `3/1/16 12:01 AM`", """
d[2016-02-29]|Monday, February 29, 2016

t|A Leap Day Storm

b|The leap day storm took the roof off the old net shed and closed the harbour road for the afternoon.

h[4]|4 comments:

c[Tom Ashby;2016-03-01T00:05]|Tom Ashby said...

w|Still blowing at midnight here.
s|March 1, 2016 at 12:05 AM

c[Dee;2016-02-29T12:30]|Dee said...

w|The shed roof landed in our garden at lunchtime.
s|February 29, 2016 at 12:30 PM

c[Len;2016-03-01T00:59]|Len said...

w|Power is back on at the top of the hill.
s|March 1, 2016 at 12:59 AM

c[Anonymous;2016-03-01T00:01]|Anonymous said...

w|Happy leap day, everybody.
s|3/1/16 12:01 AM
""")

dump(408, "`<name> wrote:` lines inside text: a body paragraph `The minister wrote:` before a "
     "quoted letter, and a classic comment quoting another reader with `Tom Ashby wrote:` and a "
     "`>` line (comment text, not a new comment)", """
d[2017-04-04]|Tuesday, April 4, 2017

t|The Minister's Letter On The Ferry

b|The transport minister answered our letter about the Sorne ferry this week. The minister wrote:

b|"The replacement ramp will be installed before Easter and the timetable will return to normal."

b|We will see.

p[Ada Rook]|Posted by Ada Rook at 9:14 AM

l|Labels: ferry

h[2]|2 comments:

c[Tom Ashby;2017-04-04T10:02]|Tom Ashby said...

w|Easter of which year?
s|April 4, 2017 at 10:02 AM

c[Dee;2017-04-04T11:15]|Dee said...

w|Tom Ashby wrote:
w|> Easter of which year?

w|Ha. Exactly what I was thinking.
s|April 4, 2017 at 11:15 AM
""")

dump(409, "classic comments whose bodies hold a source-shaped line (`Kestrel News Agency: ...`) "
     "and a numbered list at the left margin, each comment closed by its timestamp line", """
d[2017-03-11]|Saturday, March 11, 2017

t|Ferry Operator Admits Ramp Fault

b|Kestrel News Agency: ferry operator admits it knew of the ramp fault for two years

b|The operator of the Sorne ferry admitted on Friday that engineers had reported the fault in the ramp two years ago.

r|Read more ....

h[2]|2 comments:

c[Marta K.;2017-03-11T09:05]|Marta K. said...

w|Harbour Courier: ramp fault reported twice in 2015, documents show

w|They had it in writing. Twice.
s|March 11, 2017 at 9:05 AM

c[Len;2017-03-11T10:40]|Len said...

w|Three questions for the operator:

w|1. Who read the report?
w|2. Why was nothing done?
w|3. Who pays for the lost days?
s|March 11, 2017 at 10:40 AM
""")

dump(410, "classic comment holding a date-only line (the date of an old event, on its own "
     "paragraph) before more text and its timestamp line; another comment follows", """
d[2017-03-12]|Sunday, March 12, 2017

t|Fifty Years Of The Sorne Ferry

b|The Sorne ferry made its first crossing fifty years ago this week. The harbour museum has put the first ticket on show.

h[2]|2 comments:

c[Gran Ada;2017-03-12T15:20]|Gran Ada said...

w|I was on that first crossing. The ticket in the museum says

w|Friday, March 10, 1967

w|and it cost sixpence.
s|March 12, 2017 at 3:20 PM

c[Len;2017-03-12T16:02]|Len said...

w|Lovely. Do you still have yours?
s|March 12, 2017 at 4:02 PM
""")

dump(411, "archive page with footers where the second post's body holds a date-only caption "
     "line (an old photo's date) between two body paragraphs (body, not a header) — the post "
     "keeps the page's date", """
d[2009-03-03]|Tuesday, March 03, 2009

t|Spring Tides

b|The spring tides came right up the slipway this morning.

p[Ada Rook]|Posted by Ada Rook at 8:10 AM

h[1]|1 comments:

t|The Old Ferry Ramp

b|The ramp as it looked before the big storm, photographed by my father:

b|Sunday, October 12, 1986

b|It has been rebuilt twice since then, and neither time as well as the first.

p[Ada Rook]|Posted by Ada Rook at 9:30 AM

l|Labels: ferry, photos

h[3]|3 comments:

x|Newer Posts Older Posts Home
""")

dump(412, "a `WNU Editor:` note of two paragraphs at the end of a post with no footer, closed "
     "directly by header-less classic comments (comments, not note text)", """
d[2016-05-02]|Monday, May 2, 2016

t|Valdoria Recalls Its Ambassador

b|Orbis Daily: Valdoria recalls its ambassador from Morvania over border shooting

b|Valdoria recalled its ambassador from Morvania on Monday after a border guard was shot near Dorsk.

r|Read more ....

n[WNU Editor:]|WNU Editor: This is the third recall in two years.

m|Neither side wants a war, but both need the row at home.

c[Pavel O.;2016-05-02T18:05]|Pavel O. said...

w|Third recall, same ambassador. He must know the road by heart.
s|May 2, 2016 at 6:05 PM

c[Anonymous;2016-05-02T19:11]|Anonymous said...

w|Agree with the editor on the home politics.
s|May 2, 2016 at 7:11 PM
""")

dump(413, "a mid-post note closed by an `Author, Outlet: headline` source line that opens a "
     "second quoted block; a second note closed by `1 Response to \"<title>\"` and one "
     "threaded comment", """
d[2016-05-09]|Monday, May 9, 2016

t|Tarsan And Sundavia Sign A Fishing Deal

b|Kestrel News Agency: Tarsan and Sundavia sign a five-year fishing deal

b|Tarsan and Sundavia signed a five-year deal on Monday that splits the Almeric banks along the old median line.

r|Read more ....

n[WNU Editor:]|WNU Editor: The median line was the Tarsan position all along.

b|Ada Rook, Harbour Courier: Sundavian trawlermen call the deal a surrender

b|Trawler owners in Port Halim said the deal gives away half of their traditional grounds.

r|Read more ....

n[My Comment:]|My Comment: Expect protests in Port Halim next week.

h[1]|1 Response to "Tarsan And Sundavia Sign A Fishing Deal"

c[Gunnar Lind;2016-05-09T20:15]|Gunnar Lind May 9, 2016 at 8:15 PM
w|The median line was always going to be the answer.

x|Reply
""")

dump(414, "French item page whose one-line footer carries the count (`Publié par <name> à "
     "10:14 2 commentaires: Liens vers ce message`) with the classic comments listed below it", """
d[2016-01-14]|jeudi 14 janvier 2016

t|La jetée de Sorne sera reconstruite

b|La mairie a voté jeudi la reconstruction de la jetée emportée par la tempête.

p[Claire Morel;2]|Publié par Claire Morel à 10:14 2 commentaires: Liens vers ce message

l|Libellés : jetée, Sorne

c[Jean-Luc;2016-01-14T18:32]|Jean-Luc a dit…

w|Bonne nouvelle pour les pêcheurs.
s|14 janvier 2016 à 18:32

c[Anonyme;2016-01-14T19:05]|Anonyme a dit…

w|Et qui paie ?
s|14 janvier 2016 à 19:05

x|Enregistrer un commentaire
""")

dump(415, "Portuguese and Romanian style one-line footers carrying zero counts on an archive page: "
     "`Postado por <name> às 10:14 Nenhum comentário: Links para esta postagem`, then "
     "`... 1 comentário: Links para esta postagem`", """
d[2010-03-20]|sábado, 20 de março de 2010

t|O museu do farol abre hoje

b|O museu do farol abre hoje às dez horas, com entrada livre até domingo.

p[Marta Vidal;0]|Postado por Marta Vidal às 10:14 Nenhum comentário: Links para esta postagem

l|Marcadores: farol, museu

t|Maré alta no cais

b|A maré alta cobriu o cais velho pela primeira vez desde 1998.

p[Marta Vidal;1]|Postado por Marta Vidal às 16:40 1 comentário: Links para esta postagem

x|Postagens mais recentes Postagens mais antigas Página inicial
""")

dump(416, "Romanian archive page with footers: `sâmbătă, 11 martie 2017` / `vineri, 10 martie "
     "2017` date lines, `Postat de <name> la <time>`, `Etichete:`, counts `2 comentarii:`, "
     "`1 comentariu:` and `Niciun comentariu:` without comments", """
d[2017-03-11]|sâmbătă, 11 martie 2017

t|Feribotul de Sorne

b|Feribotul de Sorne a plecat din nou sâmbătă dimineață, după trei zile de furtună.

p[Ana Pop]|Postat de Ana Pop la 09:14

l|Etichete: feribot, Sorne

h[2]|2 comentarii:

t|Pescărușii s-au întors

b|Primii pescăruși s-au întors pe digul vechi.

p[Ana Pop]|Postat de Ana Pop la 15:02

h[1]|1 comentariu:

d[2017-03-10]|vineri, 10 martie 2017

t|Furtuna continuă

b|Furtuna continuă a treia zi, iar portul rămâne închis.

p[Ana Pop]|Postat de Ana Pop la 18:30

l|Etichete: furtună

h[0]|Niciun comentariu:
""")

dump(417, "archive page with footers whose titles stand before Spanish date lines with a blog-name "
     "prefix and a colon (`Diario del Puerto — martes, 3 de marzo de 2015:`), `Publicado por`, "
     "`Etiquetas:`, `2 comentarios:` — counts without comments", """
t|Nieve en el paso de Dorsk

d[2015-03-03]|Diario del Puerto — martes, 3 de marzo de 2015:

b|El paso de Dorsk sigue cerrado por la nieve y no abrirá hasta el jueves.

p[Inés Ruiz]|Publicado por Inés Ruiz en 10:14

l|Etiquetas: Dorsk, nieve

h[2]|2 comentarios:

t|Vuelve el ferry

d[2015-03-02]|Diario del Puerto — lunes, 2 de marzo de 2015:

b|El ferry de Sorne vuelve a salir a su hora después de una semana de retrasos.

p[Inés Ruiz]|Publicado por Inés Ruiz en 18:02

l|Etiquetas: ferry

h[0]|No hay comentarios:

x|Entradas más recientes Entradas antiguas Página principal
""")

dump(418, "classic commenter names with dots and initials ending in a period "
     "(`Capt. Ivo R. Dall Jr. said...`, `Dr. M. A. Okafor said...`) and a name containing "
     "`Said` (`Said Hamdi said...`)", """
d[2016-06-01]|Wednesday, June 1, 2016

t|New Harbour Master Appointed

b|The port authority appointed a new harbour master on Wednesday, the first from outside Vell in forty years.

h[3]|3 comments:

c[Capt. Ivo R. Dall Jr.;2016-06-01T10:02]|Capt. Ivo R. Dall Jr. said...

w|A good choice. I sailed with him in the nineties.
s|June 1, 2016 at 10:02 AM

c[Dr. M. A. Okafor;2016-06-01T11:30]|Dr. M. A. Okafor said...

w|Outside Vell is not outside the world.
s|June 1, 2016 at 11:30 AM

c[Said Hamdi;2016-06-01T12:45]|Said Hamdi said...

w|Forty years was long enough.
s|June 1, 2016 at 12:45 PM
""")

dump(419, "count header `2 Responses to “<title>”` with typographic quotes before classic "
     "comments with timestamps", """
d[2016-06-03]|Friday, June 3, 2016

t|Harbour Lights

b|The new lights on the harbour wall were switched on on Friday evening.

h[2]|2 Responses to “Harbour Lights”

c[Tom Ashby;2016-06-03T22:10]|Tom Ashby said...

w|Far too bright.
s|June 3, 2016 at 10:10 PM

c[Dee;2016-06-03T22:45]|Dee said...

w|I like them.
s|June 3, 2016 at 10:45 PM
""")

dump(420, "generic count header `4 replies so far:` before a numbered mobile list with a nested "
     "reply and `ReplyDelete`; the comment-form heading `Leave a comment` after the list", """
d[2016-06-05]|Sunday, June 5, 2016

t|Gull Count, June

b|511 herring gulls along the wall this morning, the highest June count since 2009.

h[4]|4 replies so far:

k[;;;1]|  1. 511! Where do they all sleep?

x|    ReplyDelete
x|    Replies

k[;;0;1]|    1. On my roof, mostly.

x|      Delete

x|    Reply

k[;;;1]|  2. Any black-backs?

x|    ReplyDelete

k[;;;1]|  3. Thanks for counting, as always.

x|    ReplyDelete

x|Leave a comment
""")

dump(421, "threaded copy with the timestamp on its own line where a comment runs over three "
     "paragraphs, one of them a short title-shaped line (`Not This Time`), and a reply whose "
     "body is two paragraphs; `Load more...`", """
d[2016-07-01]|Friday, July 1, 2016

t|The Regatta Is Cancelled

b|The Vell regatta was cancelled for the first time since the war, after the organisers failed to find insurance.

h[4]|4 comments:

c[Gunnar Lind;2016-07-01T19:20]|Gunnar Lind
s|7/1/16 7:20 PM
w|Insurance was the excuse last year too, and they found it in the end.

w|Not This Time

w|The underwriter in Port Halim has closed.

x|Reply
x|Replies

c[Mila K.;2016-07-01T20:02;0]|    Mila K.
s|    7/1/16 8:02 PM
w|    There are other underwriters.

w|    Not at that price.

x|    Reply

c[Anonymous;2016-07-02T06:45]|Anonymous
s|7/2/16 6:45 AM
w|Sad day for the town.

x|Reply

x|Load more...
""")

dump(422, "footerless WNU archive: a post ending in a note, then a title that begins `Update:` "
     "followed by a caption and an `Author, Outlet: headline` source line — a new post", """
d[2016-08-10]|Wednesday, August 10, 2016

t|Morvania Closes The Dorsk Crossing

b|Orbis Daily: Morvania closes the Dorsk border crossing after clashes

b|Morvania closed the Dorsk crossing on Wednesday after two nights of clashes between smugglers and border guards.

r|Read more ....

n[WNU Editor:]|WNU Editor: The crossing has been closed four times this year.

t|Update: Dorsk Crossing Reopens

b|Trucks queue at the Dorsk crossing on Wednesday evening. Photo: Kestrel
b|Ada Rook, Kestrel News Agency: Morvania reopens the Dorsk crossing after six hours

b|The crossing reopened at 6 PM after Valdorian officials agreed to joint patrols.

r|Read more ....
""")

dump(423, "Norwegian numbered mobile list with `SvarSlett` / `Svar` / `Slett` action lines and a "
     "nested reply under `3 kommentarer:`, UTF-16 with BOM and CR line ends", """
d[2016-01-15]|fredag 15. januar 2016

t|Ny rampe i Sorne

b|Den nye rampen i Sorne ble løftet på plass fredag morgen.

h[3]|3 kommentarer:

k[;;;1]|  1. Endelig!

x|    SvarSlett
x|    Svar

k[;;0;1]|    1. Ja, endelig.

x|      Slett

x|    Svar

k[;;;1]|  2. Når går fergen igjen?

x|    SvarSlett
""", encoding="utf-16", newline="\r")

dump(424, "archive page with footers where the first post shows header-less classic comments "
     "WITHOUT timestamps and the next post follows under its own date line with title, body "
     "and footer", """
d[2016-09-02]|Friday, September 2, 2016

t|The Pier Café Reopens

b|The pier café reopened on Friday with a new owner and the same bacon rolls.

p[Ada Rook]|Posted by Ada Rook at 8:10 AM

c[Tom Ashby]|Tom Ashby said...

w|Same rolls, double the price.

c[Dee]|Dee said...

w|Worth it.

d[2016-09-01]|Thursday, September 1, 2016

t|September Gull Count

b|388 herring gulls along the wall this morning.

p[Ada Rook]|Posted by Ada Rook at 7:45 AM

h[0]|No comments:
""")

dump(425, "numbered mobile list whose top-level comments hold a second paragraph starting with a "
     "date (`March 5 was ...`) and a stand-alone time (`7:41 AM`) inside the text; the "
     "comment-form heading `What do you think?` after the list", """
d[2012-03-06]|Tuesday, March 6, 2012

t|Ferry Timetable Changes

b|The winter timetable for the Sorne ferry ends on Saturday; the first summer sailing leaves at 6:05.

h[2]|2 comments:

k[;;;1]|  1. The old first sailing was at
w|     7:41 AM
w|     and it was always late.

x|    ReplyDelete

k[;;;1]|  2. Good news.
w|     March 5 was the last late one, I hope.

x|    ReplyDelete

x|What do you think?
""")

dump(426, "a `WNU Editor:` note of two paragraphs closed by the share buttons (one per line, "
     "chrome) with no `Posted by` footer, then `No comments:`", """
d[2016-10-04]|Tuesday, October 4, 2016

t|Sundavia Buys Four Patrol Boats

b|Orbis Daily: Sundavia orders four patrol boats for the Karsk Strait

b|Sundavia ordered four patrol boats on Tuesday to enforce its ban on night fishing in the Karsk Strait.

r|Read more ....

n[WNU Editor:]|WNU Editor: Four boats for a strait that long is not enough.

m|Expect a second order before the winter.

x|Email This
x|BlogThis!
x|Share to Twitter
x|Share to Facebook

h[0]|No comments:

x|Post a Comment
""")

dump(427, "German threaded copy: `<name> 6. Februar 2016 um 10:41` lines, `Antworten`/`Löschen`, "
     "a replies block (`Antworten` closes it), under `3 Kommentare:`", """
d[2016-02-06]|Samstag, 6. Februar 2016

t|Neue Fähre für Sorne

b|Die neue Fähre für Sorne ist am Freitag in Vell angekommen und soll ab März fahren.

h[3]|3 Kommentare:

c[Jürgen;2016-02-06T10:41]|Jürgen 6. Februar 2016 um 10:41
w|Endlich! Die alte war älter als ich.

x|Antworten

c[Anke;2016-02-06T11:02;0]|    Anke 6. Februar 2016 um 11:02
w|    Und lauter als du.

x|    Löschen

x|    Antworten

c[Anonym;2016-02-06T13:20]|Anonym 6. Februar 2016 um 13:20
w|Wer bezahlt das?

x|Antworten
""")

dump(428, "Norwegian threaded copy: `<name> 14. januar 2016 kl. 18:32` lines, `Svar`/`Slett`, "
     "under `2 kommentarer:` after a `Lagt inn av` footer", """
d[2016-01-14]|torsdag 14. januar 2016

t|Rampen er på plass

b|Den nye rampen i Sorne ble løftet på plass torsdag morgen.

p[Kari Nord]|Lagt inn av Kari Nord kl. 10:14

h[2]|2 kommentarer:

c[Ola;2016-01-14T18:32]|Ola 14. januar 2016 kl. 18:32
w|Endelig!

x|Svar

c[Anonym;2016-01-14T19:05]|Anonym 14. januar 2016 kl. 19:05
w|Når går fergen igjen?

x|Svar
""")

dump(429, "threaded copy whose name lines carry a US short timestamp (`Gunnar Lind 3/4/15 "
     "7:20 PM`) under `1 comment:`, then `Add comment`", """
d[2015-03-04]|Wednesday, March 4, 2015

t|Tarsan Sends Coast Guard Escorts

b|Tarsan said on Wednesday it would send coast guard vessels to escort its trawlers on the Almeric banks from April.

h[1]|1 comment:

c[Gunnar Lind;2015-03-04T19:20]|Gunnar Lind 3/4/15 7:20 PM
w|Escorts in April, patrols in May. Somebody will ram somebody.

x|Reply

x|Add comment
""")

dump(430, "two notes back to back (`WNU Editor:` then `My Comment:` as the next paragraph) "
     "after a read-more, then the footer", """
d[2016-10-05]|Wednesday, October 5, 2016

t|Morvania Raises Rail Fares

b|Kestrel News Agency: Morvania raises rail fares by a fifth from November

b|Morvania's state railway will raise fares by twenty percent on the first of November.

r|Read more ....

n[WNU Editor:]|WNU Editor: The third rise in two years.

n[My Comment:]|My Comment: The Dorsk line will empty again.

p[Ada Rook]|Posted by Ada Rook at 9:14 AM

h[0]|0 comments:
""")

dump(431, "archive page with footers whose second post has NO title (two blank lines after its "
     "own date line) and consists of a `WNU Editor:` note only (empty body)", """
d[2016-10-07]|Friday, October 7, 2016

t|Valdoria Opens Its Border Archive

b|Valdoria opened the archive of its border police to historians on Friday.

p[Ada Rook]|Posted by Ada Rook at 9:14 AM

h[2]|2 comments:

d[2016-10-06]|Thursday, October 6, 2016


@post
n[WNU Editor:]|WNU Editor: Light posting today and tomorrow. Back on Saturday.

p[Ada Rook]|Posted by Ada Rook at 7:02 AM

h[0]|No comments:

x|Newer Posts Older Posts Home
""")

dump(432, "threaded copy where a comment holds a date-only line (an old ticket's date) between its "
     "text and a short line without a final period (`Sorne Ferry Company, single fare`): comment "
     "text, not a new post", """
d[2017-03-12]|Sunday, March 12, 2017

t|Fifty Years Of The Sorne Ferry

b|The Sorne ferry made its first crossing fifty years ago this week. The harbour museum has put the first ticket on show.

h[2]|2 comments:

c[Gran Ada;2017-03-12T15:20]|Gran Ada March 12, 2017 at 3:20 PM
w|I still have my ticket from the first crossing. It says

w|Friday, March 10, 1967

w|Sorne Ferry Company, single fare

x|Reply

c[Len;2017-03-12T16:02]|Len March 12, 2017 at 4:02 PM
w|Lovely. Bring it to the museum!

x|Reply
""")

dump(433, "numbered mobile list where an item's second, indented paragraph is a date-only line "
     "followed by a short line without a final period: comment text, not a new post", """
d[2017-03-12]|Sunday, March 12, 2017

t|Fifty Years Of The Sorne Ferry

b|The Sorne ferry made its first crossing fifty years ago this week. The harbour museum has put the first ticket on show.

h[2]|2 comments:

k[;;;1]|  1. My father kept his ticket. The date on it:
w|
w|     Friday, March 10, 1967
w|
w|     Single fare, sixpence

x|    ReplyDelete

k[;;;1]|  2. Lovely, bring it to the museum!

x|    ReplyDelete
""")

dump(434, "archive page with footers whose date lines print no weekday (`March 5, 2012`); the "
     "second post stacks two date-only caption lines of the same shape under its title (body, "
     "not date lines: the post keeps the page's date)", """
d[2012-03-05]|March 5, 2012

t|New Gate For The Allotment

b|The new gate is up at the allotment, and it even closes by itself.

p[Jo Marsh]|Posted by Jo Marsh at 9:14 AM

h[2]|2 comments:

t|Same Wall, Two Winters

b|March 3, 2010

b|March 3, 2012

b|Two years, one kitchen wall. The top picture was taken the day we got the keys, with the wallpaper hanging off in strips.

p[Jo Marsh]|Posted by Jo Marsh at 8:02 AM

h[1]|1 comment:

x|Newer Posts Older Posts Home
""")

dump(435, "item page printed with no blank lines at all: title, body, footer, `2 comments:` and "
     "classic comments each closed by its timestamp line, then the form", """
d[2016-11-02]|Wednesday, November 2, 2016
t|Storm Warning For The Strait
b|The weather office issued a storm warning for the Karsk Strait on Wednesday, the second this week.
b|Ferries to Sorne will not sail before Friday.
p[Ada Rook]|Posted by Ada Rook at 9:14 AM
l|Labels: ferry, weather
h[2]|2 comments:
c[Tom Ashby;2016-11-02T10:02]|Tom Ashby said...
w|Friday at the earliest, they mean.
s|November 2, 2016 at 10:02 AM
c[Dee;2016-11-02T12:40]|Dee said...
w|Stay safe, everybody.
s|November 2, 2016 at 12:40 PM
x|Post a Comment
""")

dump(436, "a `WNU Editor:` marker standing alone on its line, the note's text starting on the "
     "next line of the same paragraph, then a second note paragraph and the footer", """
d[2016-11-03]|Thursday, November 3, 2016

t|Morvania Closes Its Embassy In Vell

b|Orbis Daily: Morvania closes its embassy in Vell, citing security

b|Morvania closed its embassy in Vell on Thursday and told its citizens to leave Valdoria.

r|Read more ....

n[WNU Editor:]|WNU Editor:
m|This is the step before a break in relations.

m|Watch the ferry routes next.

p[Ada Rook]|Posted by Ada Rook at 9:14 AM

h[0]|0 comments:
""")

dump(437, "family blog whose author's display name contains ` at ` (`Posted by Jo at Number Nine "
     "at 9:41 PM`; the separator is the last ` at ` before the time); the same name comments "
     "(`Jo at Number Nine said...`)", """
d[2016-11-05]|Saturday, November 5, 2016

t|Bonfire Night

b|The street bonfire was the biggest yet, and nobody lost an eyebrow this year.

p[Jo at Number Nine]|Posted by Jo at Number Nine at 9:41 PM

l|Labels: street, bonfire

h[2]|2 comments:

c[Sam;2016-11-05T22:02]|Sam said...

w|The guy looked a lot like Councillor Finch.
s|November 5, 2016 at 10:02 PM

c[Jo at Number Nine;2016-11-05T22:15]|Jo at Number Nine said...

w|Pure coincidence, Sam.
s|November 5, 2016 at 10:15 PM
""")

dump(438, "German archive page with `März` date lines (`Dienstag, 1. März 2016`, `Montag, "
     "29. Februar 2016`), `Eingestellt von`, `Labels:`, and the first post SHOWING classic "
     "`hat gesagt…` comments with `1. März 2016 um 18:32` timestamps under `2 Kommentare:`", """
d[2016-03-01]|Dienstag, 1. März 2016

t|Der Hafen friert zu

b|Zum ersten Mal seit 1987 ist der innere Hafen von Vell zugefroren.

p[Jürgen Falk]|Eingestellt von Jürgen Falk um 10:14

l|Labels: Hafen, Winter

h[2]|2 Kommentare:

c[Anke;2016-03-01T18:32]|Anke hat gesagt…

w|Wir sind heute Mittag darüber gelaufen!
s|1. März 2016 um 18:32

c[Anonym;2016-03-01T19:05]|Anonym hat gesagt…

w|Bitte nicht nachmachen.
s|1. März 2016 um 19:05

d[2016-02-29]|Montag, 29. Februar 2016

t|Schaltjahr

b|Ein Tag mehr Winter, sonst nichts Neues am Hafen.

p[Jürgen Falk]|Eingestellt von Jürgen Falk um 08:02

h[0]|Keine Kommentare:

x|Neuere Posts Ältere Posts Startseite
""")

dump(439, "classic comment whose FIRST paragraph is the single word `Ok` (a chrome word elsewhere) "
     "followed by a second paragraph and its timestamp line; another comment follows", """
d[2016-11-08]|Tuesday, November 8, 2016

t|Cake Rota For The Lifeboat Fair

b|The lifeboat fair is on Saturday and the cake stall still needs four bakers.

h[2]|2 comments:

c[Dee;2016-11-08T10:02]|Dee said...

w|Ok

w|I will bring a lemon drizzle and a tray of flapjacks on Saturday morning.
s|November 8, 2016 at 10:02 AM

c[Len;2016-11-08T11:15]|Len said...

w|Put me down for scones.
s|November 8, 2016 at 11:15 AM
""")

dump(440, "item page with a footer and classic comments where a comment's first paragraph is a "
     "short line without a final period (`Related, from this morning`) followed by a "
     "source-shaped line and more text before its timestamp: comment text, not a new post", """
d[2016-05-09]|Monday, May 9, 2016

t|Tarsan And Sundavia Sign A Fishing Deal

b|Kestrel News Agency: Tarsan and Sundavia sign a five-year fishing deal

b|Tarsan and Sundavia signed a five-year deal on Monday that splits the Almeric banks along the old median line.

r|Read more ....

p[Ada Rook]|Posted by Ada Rook at 9:14 AM

h[2]|2 comments:

c[Marta K.;2016-05-09T20:15]|Marta K. said...

w|Related, from this morning

w|Harbour Courier: Sundavian trawlermen call the deal a surrender

w|They will be out on the water in protest on Monday.
s|May 9, 2016 at 8:15 PM

c[Len;2016-05-09T21:02]|Len said...

w|The median line was always going to be the answer.
s|May 9, 2016 at 9:02 PM
""")

dump(441, "classic `said...` comments with a structural `Replies` block closed by `Reply`: two "
     "indented classic replies (each with its timestamp line) under the first comment", """
d[2016-11-10]|Thursday, November 10, 2016

t|The Harbour Clock Stops Again

b|The harbour clock stopped at twenty past four on Wednesday, for the second time this autumn.

h[4]|4 comments:

c[Tom Ashby;2016-11-10T09:05]|Tom Ashby said...

w|It needs winding, not repairing.
s|November 10, 2016 at 9:05 AM

x|Replies

c[Dee;2016-11-10T09:40;0]|    Dee said...

w|    Nobody has wound it since Mr Pratt retired.
s|    November 10, 2016 at 9:40 AM

c[Tom Ashby;2016-11-10T10:02;0]|    Tom Ashby said...

w|    Then somebody should learn.
s|    November 10, 2016 at 10:02 AM

x|Reply

c[Len;2016-11-10T12:30]|Len said...

w|I volunteer.
s|November 10, 2016 at 12:30 PM
""")

dump(442, "archive copy whose titles stand BEFORE their date lines; the first post shows "
     "header-less classic comments WITHOUT timestamps; the second post's title and date line "
     "follow the last comment's text", """
t|The Pier Café Reopens

d[2016-09-02]|Friday, September 2, 2016

b|The pier café reopened on Friday with a new owner and the same bacon rolls.

c[Tom Ashby]|Tom Ashby said...

w|Same rolls, double the price.

c[Dee]|Dee said...

w|Worth every penny, Tom.

t|September Gull Count

d[2016-09-01]|Thursday, September 1, 2016

b|388 herring gulls along the wall this morning, and one very lost puffin.
""")

dump(443, "family-blog archive copy without footers whose titles stand BEFORE their date lines "
     "and whose posts end in plain sentences (no source lines, no read-more)", """
t|Apples At Last

d[2016-09-20]|Tuesday, September 20, 2016

b|The old tree by the shed gave us two full baskets this year, after three summers of nothing at all.

b|Crumble tonight, chutney at the weekend.

t|Back To School

d[2016-09-06]|Tuesday, September 6, 2016

b|New shoes, new bag, same lunchbox. Both of them went in without a backward glance this morning.

t|The Long Summer

d[2016-08-30]|Tuesday, August 30, 2016

b|We spent most of August at my sister's cottage on the coast and did almost nothing, which was the plan.
""")

dump(444, "Norwegian archive page whose date lines fall on the weekend (`søndag 15. januar 2017`, "
     "`lørdag 14. januar 2017`: weekday names with `ø`), two posts under the Saturday line, "
     "`Lagt inn av`, `Etiketter:`, counts without comments", """
d[2017-01-15]|søndag 15. januar 2017

t|Isen har lagt seg

b|Isen har lagt seg i den indre havna for første gang på tretti år.

p[Kari Nord]|Lagt inn av Kari Nord kl. 10:14

l|Etiketter: havna, vinter

h[2]|2 kommentarer:

d[2017-01-14]|lørdag 14. januar 2017

t|Fergen går igjen

b|Fergen til Sorne gikk igjen lørdag morgen etter tre dager med storm.

p[Kari Nord]|Lagt inn av Kari Nord kl. 09:02

h[0]|Ingen kommentarer:

t|Måketelling

b|Fire hundre og to gråmåker langs moloen i dag tidlig.

p[Kari Nord]|Lagt inn av Kari Nord kl. 15:40

h[1]|1 kommentar:

x|Nyere innlegg Eldre innlegg Startsiden
""")

dump(445, "French mobile item page: numbered comments with the glued action line "
     "`RépondreSupprimer`, `Réponses`/`Supprimer`/`Répondre`, a nested reply, then the French "
     "mobile form and navigation (`Ajouter un commentaire`, `Accueil`, `Afficher la version Web`)", """
d[2016-01-14]|jeudi 14 janvier 2016

t|La jetée de Sorne sera reconstruite

b|La mairie a voté jeudi la reconstruction de la jetée emportée par la tempête.

h[3]|3 commentaires:

k[;;;1]|  1. Bonne nouvelle pour les pêcheurs.

x|    RépondreSupprimer
x|    Réponses

k[;;0;1]|    1. Et pour les promeneurs !

x|      Supprimer

x|    Répondre

k[;;;1]|  2. Qui paie ?

x|    RépondreSupprimer

x|Ajouter un commentaire

x|‹
x|Accueil
x|›
x|Afficher la version Web
""")

dump(446, "item page whose template prints the `Posted by <name> at <time>` line right UNDER the "
     "title (before the body); `Labels:` after the body, then `2 comments:` and classic comments", """
d[2016-11-12]|Saturday, November 12, 2016

t|The Lifeboat Fair Raised A Record

p[Ada Rook]|Posted by Ada Rook at 9:14 AM

b|The lifeboat fair raised a record amount on Saturday, helped by the cake stall and a very determined raffle.

b|Thank you to everybody who baked, sold, bought or simply turned up in the rain.

l|Labels: lifeboat, fair

h[2]|2 comments:

c[Dee;2016-11-12T18:02]|Dee said...

w|The flapjacks sold out by eleven.
s|November 12, 2016 at 6:02 PM

c[Len;2016-11-12T19:15]|Len said...

w|Well done, everybody.
s|November 12, 2016 at 7:15 PM
""")

dump(447, "footerless WNU archive where the second post's title ends in `Said...` "
     "(`What The Minister Really Said...`) and is followed by a source line: a new post, not a "
     "comment and not note text", """
d[2016-11-14]|Monday, November 14, 2016

t|Valdoria Recalls Its Ambassador Again

b|Orbis Daily: Valdoria recalls its ambassador from Morvania for the fourth time

b|Valdoria recalled its ambassador from Morvania on Monday, the fourth recall in three years.

r|Read more ....

n[WNU Editor:]|WNU Editor: The road between the two capitals must be well worn by now.

t|What The Minister Really Said...

b|Kestrel News Agency: full text of the Morvanian minister's remarks on Dorsk

b|"We have no quarrel with the people of Valdoria," the minister said, "only with their border police."

r|Read more ....
""")

dump(448, "archive page with footers whose titles stand BEFORE their date lines and hold a sentence "
     "break (`Sold. At Last.`, `The Council Says No. Again.`)", """
t|Sold. At Last.

d[2016-11-20]|Sunday, November 20, 2016

b|After fourteen months on the market the old chandlery has finally been sold, to a couple from Port Halim.

p[Ada Rook]|Posted by Ada Rook at 9:14 AM

h[3]|3 comments:

t|The Council Says No. Again.

d[2016-11-18]|Friday, November 18, 2016

b|The council turned down the marina plan for the third time on Thursday night.

p[Ada Rook]|Posted by Ada Rook at 8:02 AM

h[1]|1 comment:

x|Newer Posts Older Posts Home
""")

dump(449, "family-blog archive with footers whose titles stand BEFORE their date lines, the second "
     "post TITLED `Home` (a chrome word elsewhere), followed by its date line and body text", """
t|The Great Unpacking

d[2016-08-30]|Tuesday, August 30, 2016

b|Day two of unpacking. We have found the kettle but not the mugs, and the cat is sleeping in the suitcase.

p[Jo Marsh]|Posted by Jo Marsh at 9:14 PM

h[2]|2 comments:

t|Home

d[2016-08-29]|Monday, August 29, 2016

b|Back in our own beds after four weeks away, and the cat has forgiven nobody yet.

p[Jo Marsh]|Posted by Jo Marsh at 8:02 AM

h[0]|No comments:

x|Newer Posts Older Posts Home
""")

dump(450, "item page whose body holds a photo caption of two lines: a date-only line WITH a weekday "
     "(`Sunday, October 12, 1986`) and the credit `Photo: Harbour Museum` under it, then more "
     "body text, the footer and a comment (all one post)", """
d[2016-11-21]|Monday, November 21, 2016

t|The Old Ferry Ramp

b|Thirty years ago this autumn the big storm took the old ferry ramp away. The harbour museum found this picture of it the week before:

b|Sunday, October 12, 1986
b|Photo: Harbour Museum

b|It has been rebuilt twice since then, and neither time as well as the first.

p[Ada Rook]|Posted by Ada Rook at 9:14 AM

h[1]|1 comment:

c[Len;2016-11-21T10:05]|Len said...

w|I remember that ramp. You could fish off the end of it.
s|November 21, 2016 at 10:05 AM
""")

dump(451, "classic comments whose one-line bodies start with `Older` / `Newer` and end with `home` "
     "without a final period (shaped like the `Older Post ... Home` navigation, but comment "
     "text), each closed by its timestamp line", """
d[2016-11-22]|Tuesday, November 22, 2016

t|Last Sailing Of The Old Ferry

b|The old Sorne ferry made its last sailing on Tuesday afternoon, after forty-one years on the crossing.

h[3]|3 comments:

c[Gran Ada;2016-11-22T18:02]|Gran Ada said...

w|Older folk round here will always call that boat home
s|November 22, 2016 at 6:02 PM

c[Len;2016-11-22T18:40]|Len said...

w|Newer is not always better, but this one has a proper cabin and a warm way home
s|November 22, 2016 at 6:40 PM

c[Dee;2016-11-22T19:15]|Dee said...

w|Goodbye, old girl.
s|November 22, 2016 at 7:15 PM
""")

dump(452, "Spanish item page with the newer share widget one item per line between `Publicado por` "
     "and `Etiquetas:` (`Obtener enlace`, `Facebook`, `Twitter`, `Pinterest`, `Correo "
     "electrónico`, `Otras aplicaciones`), then `1 comentario:` and a classic comment", """
d[2015-03-03]|martes, 3 de marzo de 2015

t|Nieve en el paso de Dorsk

b|El paso de Dorsk sigue cerrado por la nieve y no abrirá hasta el jueves.

p[Inés Ruiz]|Publicado por Inés Ruiz en 10:14

x|Obtener enlace
x|Facebook
x|Twitter
x|Pinterest
x|Correo electrónico
x|Otras aplicaciones

l|Etiquetas: Dorsk, nieve

h[1]|1 comentario:

c[Lucía;2015-03-03T21:14]|Lucía dijo...

w|Mi hermano lleva dos días esperando en Vell.
s|3 de marzo de 2015, 21:14
""")

dump(453, "German item page with the newer share widget one item per line right after the body "
     "(`Link abrufen`, `Facebook`, `Twitter`, `Pinterest`, `E-Mail`, `Weitere Apps`), then "
     "`1 Kommentar:` and a classic comment", """
d[2016-02-06]|Samstag, 6. Februar 2016

t|Neue Fähre für Sorne

b|Die neue Fähre für Sorne ist am Freitag in Vell angekommen und soll ab März fahren.

x|Link abrufen
x|Facebook
x|Twitter
x|Pinterest
x|E-Mail
x|Weitere Apps

h[1]|1 Kommentar:

c[Anke;2016-02-06T10:41]|Anke hat gesagt…

w|Endlich!
s|6. Februar 2016 um 10:41
""")

dump(454, "English item page with the 2023+ share widget where Twitter is printed as `X` on its "
     "own line (`Get link`, `Facebook`, `X`, `Pinterest`, `Email`, `Other Apps`)", """
d[2016-02-06]|Saturday, February 6, 2016

t|New Ferry For Sorne

b|The new Sorne ferry arrived in Vell on Friday and should enter service in March.

x|Get link
x|Facebook
x|X
x|Pinterest
x|Email
x|Other Apps

h[1]|1 comment:

c[Anke;2016-02-06T10:41]|Anke said...

w|At last!
s|February 6, 2016 at 10:41 AM
""")
