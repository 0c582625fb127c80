# ruff: noqa: E501  (template lines are dump lines; their length is the data)
"""Seventh batch (601+): round-6 combinations of the corpus rules (see dumpkit.py for the tags).

The README's listed forms reproduced in new surroundings: every localized count header
and timestamp form in threaded and numbered renderings, chrome kinds directly before
and after the first and last comment, `Popular posts from this blog` after comments,
cookie notices mid-page, a label page showing comments; titles shaped like counts or
footers, a dump that is only a title and a comment section, mixed CRLF/LF line ends,
very long lines, punctuation-only lines, list-only bodies and notes holding lists.
"""

from __future__ import annotations

from typing import Any

DUMPS: list[dict[str, Any]] = []


def dump(n: int, what: str, text: str, **opts: Any) -> None:
    DUMPS.append({"n": n, "what": what, "text": text, **opts})


dump(601, "German item page with a THREADED copy under `3 Kommentare:`: name lines carrying "
     "`6. Februar 2016 um 10:41` stamps, a `Replies` block closed by `Reply`", """
d[2016-02-06]|Samstag, 6. Februar 2016

t|Neue Fähre für Vell

b|Die neue Fähre nach Vell wurde am Freitag in Dienst gestellt.

b|Sie fasst doppelt so viele Autos wie das alte Schiff.

p[Kari Lund]|Eingestellt von Kari Lund um 10:14

l|Labels: Fähre, Vell

h[3]|3 Kommentare:

c[Jonas Weber;2016-02-06T10:41]|Jonas Weber 6. Februar 2016 um 10:41
w|Endlich! Das alte Schiff war eine Zumutung.

x|ReplyDelete
x|Replies

c[Anonym;2016-02-06T11:05;0]|    Anonym 6. Februar 2016 um 11:05
w|    Die Zumutung fährt jetzt nach Sorne.

x|    Delete

x|    Reply

c[Greta Holm;2016-02-07T08:30]|Greta Holm 7. Februar 2016 um 08:30
w|Und die Preise? Kein Wort dazu.

x|ReplyDelete

x|Kommentar hinzufügen
""")

dump(602, "Spanish item page with a THREADED copy under `2 comentarios:`: name lines carrying "
     "`19 de septiembre de 2013, 21:14` stamps, one reply in a `Replies` block", """
d[2013-09-19]|jueves, 19 de septiembre de 2013

t|El puerto de Vell cierra por obras

b|El puerto de Vell cerrará tres semanas a partir del lunes por las obras del muelle norte.

p[Carmen Ruiz]|Publicado por Carmen Ruiz en 10:14

h[2]|2 comentarios:

c[Luis Prado;2013-09-19T21:14]|Luis Prado 19 de septiembre de 2013, 21:14
w|Tres semanas en plena temporada. Increíble.

x|ReplyDelete
x|Replies

c[Carmen Ruiz;2013-09-19T22:02;0]|    Carmen Ruiz 19 de septiembre de 2013, 22:02
w|    Las obras no pueden esperar más, Luis.

x|    Delete

x|    Reply

x|Añadir comentario
""")

dump(603, "French item page with a THREADED copy under `3 commentaires:` whose stamps "
     "(`14 janvier 2016 à 18:32`) stand on their own line under the name", """
d[2016-01-14]|jeudi 14 janvier 2016

t|Le pont de Sorne enfin ouvert

b|Le nouveau pont de Sorne a été ouvert à la circulation jeudi matin, avec un an de retard.

h[3]|3 commentaires:

c[Élise Martin;2016-01-14T18:32]|Élise Martin
s|14 janvier 2016 à 18:32
w|Un an de retard, mais il est beau.

x|ReplyDelete

c[Anonyme;2016-01-14T19:05]|Anonyme
s|14 janvier 2016 à 19:05
w|Et le péage ? Personne n'en parle.

x|ReplyDelete
x|Replies

c[Élise Martin;2016-01-14T19:40;1]|    Élise Martin
s|    14 janvier 2016 à 19:40
w|    Deux euros, d'après la mairie.

x|    Delete

x|    Reply

x|Ajouter un commentaire
""")

dump(604, "Portuguese item page with a THREADED copy under `2 comentários:`, name lines "
     "carrying `18 de março de 2010 às 21:07` stamps", """
d[2010-03-18]|quinta-feira, 18 de março de 2010

t|Festa do porto adiada

b|A festa do porto de Vell foi adiada para abril por causa do mau tempo.

p[Rui Costa]|Postado por Rui Costa às 10:14

h[2]|2 comentários:

c[Ana Sousa;2010-03-18T21:07]|Ana Sousa 18 de março de 2010 às 21:07
w|Que pena, já tinha bilhetes.

x|ReplyDelete

c[Pedro;2010-03-18T22:15]|Pedro 18 de março de 2010 às 22:15
w|Abril é melhor para todos.

x|ReplyDelete

x|Adicionar comentário
""")

dump(605, "numbered mobile list under a generic count header `4 people had something to say:` "
     "with a nested reply and action lines", """
d[2016-02-06]|Saturday, February 6, 2016

t|Ferry Timetable Changes Again

b|The winter ferry timetable changes again on Monday, the third change since October.

h[4]|4 people had something to say:

k[;;;1]|  1. Third time lucky?

x|    ReplyDelete
x|    Replies

k[;;0;1]|    1. Fourth, by my count.

x|      Delete

x|    Reply

k[;;;1]|  2. Print it on paper and post it at the pier.

x|    ReplyDelete

k[;;;1]|  3. The 7:40 is gone again.

x|    ReplyDelete

x|Add comment
""")

dump(606, "numbered mobile list under `2 Responses to \"<title>\"`, one item of two paragraphs", """
d[2016-02-06]|Saturday, February 6, 2016

t|Vell Library Reopens

b|The Vell town library reopened on Saturday after a year of repairs to its roof.

h[2]|2 Responses to "Vell Library Reopens"

k[;;;1]|  1. The children's corner is wonderful.

w|     They kept the old rocking horse.

x|    ReplyDelete

k[;;;1]|  2. Still no parking.

x|    ReplyDelete

x|Add comment
""")

dump(607, "threaded copy under a curly-quoted `3 Responses to “<title>”` header, US short "
     "stamps `2/16/17 9:05 PM` on the name line, a reply block", """
d[2017-02-16]|Thursday, February 16, 2017

t|Storm Closes The Coast Road

b|The coast road between Vell and Sorne was closed on Thursday after a landslide.

h[3]|3 Responses to “Storm Closes The Coast Road”

c[Harlan Vosk;2017-02-16T21:05]|Harlan Vosk 2/16/17 9:05 PM
w|Second time this winter.

x|ReplyDelete
x|Replies

c[Mila K.;2017-02-16T21:40;0]|    Mila K. 2/16/17 9:40 PM
w|    Third, if you count the one in November.

x|    Delete

x|    Reply

c[Anonymous;2017-02-17T07:12]|Anonymous 2/17/17 7:12 AM
w|The bus is running the long way round.

x|ReplyDelete

x|Add comment
""")

dump(608, "classic stamped comments followed DIRECTLY by a `Popular posts from this blog` block "
     "(heading and other posts' titles) after the last timestamp line", """
d[2016-02-06]|Saturday, February 6, 2016

t|Gulls Return To The Harbour

b|The first gulls of the season were back on the harbour wall on Friday morning.

p[Kari Lund]|Posted by Kari Lund at 10:14 PM

h[2]|2 comments:

c[Tomas Berg;2016-02-06T15:45]|Tomas Berg said...

w|Early this year.
s|February 6, 2016 at 3:45 PM

c[Ruth;2016-02-06T16:02]|Ruth said...

w|They never really left.
s|February 6, 2016 at 4:02 PM
x|Popular posts from this blog
x|Where Do The Gulls Go In Winter
x|The Harbour Wall Is Cracking
x|Ferry Timetable Changes Again
x|Powered by Blogger.
""")

dump(609, "cookie notice printed MID-PAGE, between the footer and the count header, and again "
     "right after the last classic comment", """
d[2016-02-06]|Saturday, February 6, 2016

t|New Lights On The Pier

b|The council installed new lights along the fishing pier on Thursday.

b|Anglers say they can finally see their lines after dark.

p[Kari Lund]|Posted by Kari Lund at 10:14 PM

x|This site uses cookies from Google to deliver its services and to analyze traffic.
x|Learn more
x|Got it

h[1]|1 comment:

c[Tomas Berg;2016-02-06T15:45]|Tomas Berg said...

w|Good, the old ones were useless.

s|February 6, 2016 at 3:45 PM

x|This site uses cookies from Google to deliver its services and to analyze traffic.

x|Post a Comment
""")

dump(610, "label page (`Showing posts with label ...`) whose first post SHOWS classic stamped "
     "comments under its count header; the second post follows under its own date line", """
x|Showing posts with label ferry. Show all posts

d[2016-02-06]|Saturday, February 6, 2016

t|Ferry Fares Go Up

b|Ferry fares to Sorne go up by ten percent from March.

p[Kari Lund]|Posted by Kari Lund at 10:14 PM

l|Labels: ferry, fares

h[2]|2 comments:

c[Tomas Berg;2016-02-06T15:45]|Tomas Berg said...

w|Again?
s|February 6, 2016 at 3:45 PM

c[Anonymous;2016-02-06T16:20]|Anonymous said...

w|Still cheaper than the bridge toll.
s|February 6, 2016 at 4:20 PM

d[2016-02-03]|Wednesday, February 3, 2016

t|Ferry Crew Strike Called Off

b|The ferry crews called off Friday's strike after a late offer from the operator.

p[Kari Lund]|Posted by Kari Lund at 9:02 AM

l|Labels: ferry

h[0]|No comments:

x|Newer Posts Older Posts Home
""")

dump(611, "post whose title is count-shaped with a colon (`5 Questions For The Harbour Board:`) "
     "and whose body is a numbered list only; footer and classic comments", """
d[2016-02-06]|Saturday, February 6, 2016

t|5 Questions For The Harbour Board:

b|1. Who pays for the dredging?
b|2. Why was the survey kept secret?
b|3. What happens to the fishing berths?
b|4. When will the ferry berth reopen?
b|5. Who signed the contract?

p[Kari Lund]|Posted by Kari Lund at 10:14 PM

h[1]|1 comment:

c[Tomas Berg;2016-02-06T15:45]|Tomas Berg said...

w|Number 5 is the only one that matters.
s|February 6, 2016 at 3:45 PM
""")

dump(612, "archive page with footers whose post titles are footer- and count-like without the "
     "footer shape: `No Comments`, `Labels Matter`, `Posted From Sorne`", """
d[2016-02-06]|Saturday, February 6, 2016

t|No Comments

b|The harbour board declined to comment on the dredging plan again this week.

p[Kari Lund]|Posted by Kari Lund at 10:14 PM

h[0]|No comments:

t|Labels Matter

b|The new fish labels show where and when the catch was landed.

p[Kari Lund]|Posted by Kari Lund at 9:14 PM

h[2]|2 comments:

d[2016-02-05]|Friday, February 5, 2016

t|Posted From Sorne

b|This week's post comes from the Sorne ferry terminal, where the wifi works for once.

p[Kari Lund]|Posted by Kari Lund at 8:14 AM

h[1]|1 comment:
""")

dump(613, "a dump that is only a title and a comment section: no date line, no body, a count "
     "header and classic stamped comments", """
t|Thoughts On The New Bridge

h[2]|2 comments:

c[Tomas Berg;2016-02-06T15:45]|Tomas Berg said...

w|It is a fine bridge.
s|February 6, 2016 at 3:45 PM

c[Ruth;2016-02-06T16:02]|Ruth said...

w|Too expensive by half.
s|February 6, 2016 at 4:02 PM

x|Post a Comment
""")

dump(614, "a date line, a title and a threaded comment section only (empty body), under "
     "`2 comments:`", """
d[2017-02-19]|Sunday, February 19, 2017

t|Photo: The Harbour At Dawn

h[2]|2 comments:

c[Harlan Vosk;2017-02-19T09:05]|Harlan Vosk February 19, 2017 at 9:05 AM
w|Beautiful light.

x|ReplyDelete

c[Mila K.;2017-02-19T10:12]|Mila K. February 19, 2017 at 10:12 AM
w|Is that the old crane on the left?

x|ReplyDelete

x|Add comment
""")

dump(615, "mixed line ends in one file: CRLF in the first half (date, title, body), LF in the "
     "rest (footer, classic comments)", """
d[2016-02-06]|Saturday, February 6, 2016\r
|\r
t|Mixed Signals From The Council\r
|\r
b|The council said on Friday that the harbour plan was on track.\r
|\r
b|On Saturday it said the plan was under review.\r
|\r
p[Kari Lund]|Posted by Kari Lund at 10:14 PM

h[2]|2 comments:

c[Tomas Berg;2016-02-06T15:45]|Tomas Berg said...

w|Which is it?
s|February 6, 2016 at 3:45 PM

c[Ruth;2016-02-06T16:02]|Ruth said...\r
|\r
w|Both, probably.\r
s|February 6, 2016 at 4:02 PM
""")

LONG_BODY = " ".join(
    f"Sentence {i} of the council minutes records that the harbour board discussed item {i} at length and deferred it."
    for i in range(1, 60))
LONG_COMMENT = " ".join(f"Point {i}: the board has not answered this." for i in range(1, 80))

dump(616, "very long lines: a body paragraph of about 6,500 characters on one line, a comment "
     "of about 3,500 characters on one line", f"""
d[2016-02-06]|Saturday, February 6, 2016

t|The Council Minutes In Full

b|{LONG_BODY}

b|That is the whole of it.

p[Kari Lund]|Posted by Kari Lund at 10:14 PM

h[1]|1 comment:

c[Tomas Berg;2016-02-06T15:45]|Tomas Berg said...

w|{LONG_COMMENT}
s|February 6, 2016 at 3:45 PM
""")

dump(617, "punctuation-only lines: `...`, `* * *` and `—` as body paragraphs, an em dash "
     "paragraph inside a note, a comment whose whole text is `...` and one that is `—`", """
d[2016-02-06]|Saturday, February 6, 2016

t|Waiting For The Ferry

b|We waited at the pier for two hours.

b|...

b|Nothing came.

b|* * *

b|Then the old boat appeared round the point.

b|—

b|Late, as always.

n[My Comment:]|My Comment: I have given up on the timetable.

m|—

m|Next week I drive round.

p[Kari Lund]|Posted by Kari Lund at 10:14 PM

h[3]|3 comments:

c[Tomas Berg;2016-02-06T15:45]|Tomas Berg said...

w|...
s|February 6, 2016 at 3:45 PM

c[Ruth;2016-02-06T16:02]|Ruth said...

w|—
s|February 6, 2016 at 4:02 PM

c[Anonymous;2016-02-06T16:30]|Anonymous said...

w|Two hours is nothing.
s|February 6, 2016 at 4:30 PM
""")

dump(618, "WNU post with an editor note that holds a numbered list and a bulleted list "
     "(`WNU Editor: Three things to watch:`), closed by `Read more ....`", """
d[2016-02-06]|Saturday, February 6, 2016

t|Morvania Calls Snap Election

b|Morvanian President Ilse Dorn at a rally in Kessel. Photo: Vell Courier

b|Vell Courier: Morvania to vote in April after coalition collapses

b|Morvania's governing coalition collapsed on Friday, and President Ilse Dorn called an election for April.

n[WNU Editor:]|WNU Editor: Three things to watch:

m|1. The dam talks.
m|2. The border crossings.
m|3. The coalition arithmetic.

m|And for the long term:

m|- the army's budget
m|- the Sundavian pipeline

r|Read more ....

p[Kari Lund]|Posted by Kari Lund at 10:14 PM

h[0]|No comments:
""")

dump(619, "a body that is a bulleted list only (`•` and `-` bullets), directly followed by "
     "`Read more...`, then the footer and numbered comments", """
d[2016-02-06]|Saturday, February 6, 2016

t|What To Pack For The Island Walk

b|• boots
b|• rain jacket
b|• water
b|- map (the app does not work there)
b|- a spare sock

r|Read more...

p[Kari Lund]|Posted by Kari Lund at 10:14 PM

h[2]|2 comments:

k[;;;1]|  1. Midge spray!

x|    ReplyDelete

k[;;;1]|  2. And a second spare sock.

x|    ReplyDelete

x|Add comment
""")

dump(620, "chrome directly around a classic comment list: script junk right "
     "after the count header, `Links to this post` and `Subscribe to: Post Comments (Atom)` "
     "right after the last timestamp line", """
d[2016-02-06]|Saturday, February 6, 2016

t|The Old Crane Comes Down

b|The old harbour crane was taken down on Friday after ninety years.

p[Kari Lund]|Posted by Kari Lund at 10:14 PM

h[2]|2 comments:
x|//<![CDATA[ window.blogger_comments = []; //]]>

c[Tomas Berg;2016-02-06T15:45]|Tomas Berg said...

w|End of an era.
s|February 6, 2016 at 3:45 PM

c[Ruth;2016-02-06T16:02]|Ruth said...

w|It was a landmark.
s|February 6, 2016 at 4:02 PM
x|Links to this post
x|Subscribe to: Post Comments (Atom)
""")

dump(621, "numbered mobile list preceded by the share widget one item per line (between the "
     "body and the header) and followed directly by a cookie notice after the last "
     "`ReplyDelete`", """
d[2016-02-06]|Saturday, February 6, 2016

t|Market Day Moves To Friday

b|The weekly market moves from Saturday to Friday from next month.

x|Email This
x|BlogThis!
x|Share to Twitter
x|Share to Facebook

h[2]|2 comments:

k[;;;1]|  1. Friday suits the fishermen.

x|    ReplyDelete

k[;;;1]|  2. Not the office workers.

x|    ReplyDelete
x|This site uses cookies from Google to deliver its services and to analyze traffic.
x|Learn more
x|Got it
""")

dump(622, "threaded copy whose last comment's `Reply` line is followed directly by a "
     "`Popular posts from this blog` heading and two titles", """
d[2017-02-19]|Sunday, February 19, 2017

t|Tarsan Hosts Fishing Talks

b|Tarsan will host talks on fishing quotas in the Helm Sea next month.

h[3]|3 comments:

c[Harlan Vosk;2017-02-19T09:05]|Harlan Vosk February 19, 2017 at 9:05 AM
w|Neutral host again.

x|ReplyDelete

c[Mila K.;2017-02-19T10:12]|Mila K. February 19, 2017 at 10:12 AM
w|Someone has to be.

x|ReplyDelete
x|Replies

c[Anonymous;2017-02-19T11:40;1]|    Anonymous February 19, 2017 at 11:40 AM
w|    Tarsan likes the attention.

x|    Delete

x|    Reply
x|Popular posts from this blog
x|Morvania Calls Snap Election
x|Storm Closes The Coast Road
""")

dump(623, "UK item page with UK 24-hour stamps on threaded name lines (`30 November 2014 at "
     "19:42`) under `2 comments:`, the first comment of two paragraphs", """
d[2014-11-30]|Sunday, 30 November 2014

t|Harbour Lights Switched On

b|The Christmas lights along the harbour were switched on on Saturday evening.

h[2]|2 comments:

c[Dee in Dundee;2014-11-30T19:42]|Dee in Dundee 30 November 2014 at 19:42
w|Lovely.

w|Better than last year's, anyway.

x|ReplyDelete

c[Anonymous;2014-11-30T20:05]|Anonymous 30 November 2014 at 20:05
w|Who paid for them?

x|ReplyDelete

x|Add comment
""")

dump(624, "classic comments with localized verbs and their own timestamp forms: Spanish "
     "`dijo...` under `2 comentarios:` where the first comment's body is a list only", """
d[2013-09-19]|jueves, 19 de septiembre de 2013

t|Lista de la compra para la isla

b|Esto es lo que llevamos a la isla este año.

h[2]|2 comentarios:

c[Luis Prado;2013-09-19T21:14]|Luis Prado dijo...

w|- agua
w|- pan
w|- paciencia

s|19 de septiembre de 2013, 21:14

c[Anónimo;2013-09-19T22:30]|Anónimo dijo...

w|Falta el protector solar.

s|19 de septiembre de 2013, 22:30
""")

dump(625, "threaded copy whose stamps stand on their own line under the name in the German "
     "(`6. Februar 2016 um 10:41`) and Spanish (`19 de septiembre de 2013, 21:14`) forms, a "
     "reply block", """
d[2016-02-06]|Samstag, 6. Februar 2016

t|Hafenfest verschoben

b|Das Hafenfest in Vell wird wegen des Sturms um eine Woche verschoben.

h[3]|3 Kommentare:

c[Jonas Weber;2016-02-06T10:41]|Jonas Weber
s|6. Februar 2016 um 10:41
w|Vernünftig.

x|ReplyDelete
x|Replies

c[Luis Prado;2016-02-06T21:14;0]|    Luis Prado
s|    6 de febrero de 2016, 21:14
w|    Una semana no es nada.

x|    Delete

x|    Reply

c[Greta Holm;2016-02-07T08:30]|Greta Holm
s|7. Februar 2016 um 08:30
w|Dann komme ich auch.

x|ReplyDelete

x|Kommentar hinzufügen
""")

dump(626, "threaded copy under the ungrammatical `1 comments:` with ONE comment and no action "
     "lines at all, followed by the comment form", """
d[2017-02-19]|Sunday, February 19, 2017

t|Lighthouse Keeper Retires

b|The last keeper of the Vell lighthouse retired on Friday after forty-one years.

h[1]|1 comments:

c[Harlan Vosk;2017-02-19T09:05]|Harlan Vosk February 19, 2017 at 9:05 AM
w|Forty-one years. Congratulations, Aksel.

x|Post a Comment
""")

dump(627, "titles that begin like structure lines but are titles (each right after its own "
     "date line, followed by body): `Update: Ferry Service Resumes`, `Read More Books This "
     "Winter`, `My Comment On The Budget`; archive with footers", """
d[2016-02-06]|Saturday, February 6, 2016

t|Update: Ferry Service Resumes

b|The ferry to Sorne is running again after three days of storms, the operator said on Saturday.

p[Kari Lund]|Posted by Kari Lund at 10:14 PM

h[0]|No comments:

d[2016-02-05]|Friday, February 5, 2016

t|Read More Books This Winter

b|The library has a new winter reading list, with forty titles chosen by readers.

p[Kari Lund]|Posted by Kari Lund at 9:14 PM

h[1]|1 comment:

d[2016-02-04]|Thursday, February 4, 2016

t|My Comment On The Budget

b|I have read the council's budget twice now and I still cannot find the harbour money.

p[Kari Lund]|Posted by Kari Lund at 8:14 PM

h[3]|3 comments:
""")

dump(628, "classic comment whose whole text is a numbered list at the left margin (`1.`, `2.`, "
     "`3.`), closed by its timestamp line; another comment follows", """
d[2016-02-06]|Saturday, February 6, 2016

t|What Should The Council Fix First?

b|The council asked residents to name the one thing it should fix first this year.

p[Kari Lund]|Posted by Kari Lund at 10:14 PM

h[2]|2 comments:

c[Tomas Berg;2016-02-06T15:45]|Tomas Berg said...

w|1. The pier lights.
w|2. The coast road.
w|3. The ferry timetable.
s|February 6, 2016 at 3:45 PM

c[Ruth;2016-02-06T16:02]|Ruth said...

w|The library roof, before it falls in again.
s|February 6, 2016 at 4:02 PM

x|Post a Comment
""")

dump(629, "`No comments:` followed by the comment form and a `Popular posts from this blog` "
     "block with other posts' titles, then widgets", """
d[2016-02-06]|Saturday, February 6, 2016

t|Snow On The Island

b|It snowed on Sorne on Friday night for the first time in six years.

p[Kari Lund]|Posted by Kari Lund at 10:14 PM

l|Labels: weather, Sorne

h[0]|No comments:

x|Post a Comment
x|Popular posts from this blog
x|Gulls Return To The Harbour
x|The Old Crane Comes Down
x|Market Day Moves To Friday
x|Blog Archive
x|► 2016 (14)
x|Powered by Blogger.
""")

dump(630, "archive page with footers where a cookie notice stands BETWEEN two posts (after the "
     "first post's count header, before the next date line)", """
d[2016-02-06]|Saturday, February 6, 2016

t|Pier Repairs Start

b|Repairs to the fishing pier started on Friday and will take a month.

p[Kari Lund]|Posted by Kari Lund at 10:14 PM

h[2]|2 comments:

x|This site uses cookies from Google to deliver its services and to analyze traffic.
x|Learn more
x|Got it

d[2016-02-05]|Friday, February 5, 2016

t|Pier Repairs Delayed

b|The pier repairs planned for this week have been delayed by the storm.

p[Kari Lund]|Posted by Kari Lund at 9:14 PM

h[0]|No comments:
""")

dump(631, "label page with comments shown as a NUMBERED list (one nested reply) under the first "
     "post; the second post of the same day follows with its title after `Add comment`", """
x|Showing posts with label harbour. Show all posts

d[2016-02-06]|Saturday, February 6, 2016

t|Harbour Wall Cracked

b|Engineers found a long crack in the harbour wall on Friday.

p[Kari Lund]|Posted by Kari Lund at 10:14 PM

h[2]|2 comments:

k[;;;1]|  1. It has been cracked for years.

x|    ReplyDelete
x|    Replies

k[;;0;1]|    1. Now it is official.

x|      Delete

x|    Reply

x|Add comment

t|Harbour Wall Survey Published

b|The council published the full survey of the harbour wall on Saturday evening.

p[Kari Lund]|Posted by Kari Lund at 11:14 PM

h[0]|No comments:
""")

LONG_JUNK = "var _gaq = _gaq || []; " + "_gaq.push(['_trackEvent', 'widget', 'load', 'sidebar']); " * 120

dump(632, "a script junk line of about 7,000 characters right after the last comment's "
     "timestamp line", f"""
d[2016-02-06]|Saturday, February 6, 2016

t|Ferry Fares Frozen

b|The operator froze ferry fares for another year.

h[1]|1 comment:

c[Tomas Berg;2016-02-06T15:45]|Tomas Berg said...

w|Good news for once.
s|February 6, 2016 at 3:45 PM

x|{LONG_JUNK}
""")

dump(633, "a post whose body is a single punctuation-only line (`...`) followed by a "
     "`WNU Editor:` note; footer and classic comments", """
d[2016-02-06]|Saturday, February 6, 2016

t|The Dam Talks, Again

b|...

n[WNU Editor:]|WNU Editor: I have nothing to add that I have not said three times already.

p[Kari Lund]|Posted by Kari Lund at 10:14 PM

h[1]|1 comment:

c[Tomas Berg;2016-02-06T15:45]|Tomas Berg said...

w|Say it a fourth time.
s|February 6, 2016 at 3:45 PM
""")

dump(634, "threaded copy whose comments hold `* * *` and `...` paragraphs and a one-word body "
     "`—`, with a reply block", """
d[2017-02-19]|Sunday, February 19, 2017

t|Night Ferry Cancelled

b|The night ferry to Sorne is cancelled for the rest of the winter.

h[3]|3 comments:

c[Harlan Vosk;2017-02-19T09:05]|Harlan Vosk February 19, 2017 at 9:05 AM
w|First the bus.

w|* * *

w|Now the ferry.

x|ReplyDelete
x|Replies

c[Mila K.;2017-02-19T10:12;0]|    Mila K. February 19, 2017 at 10:12 AM
w|    ...

x|    Delete

x|    Reply

c[Anonymous;2017-02-19T11:40]|Anonymous February 19, 2017 at 11:40 AM
w|—

x|ReplyDelete

x|Add comment
""")

dump(635, "CRLF file whose comment section alone has LF line ends, threaded copy with a reply",
     """
d[2017-02-19]|Sunday, February 19, 2017\r
|\r
t|Crane Sold For Scrap\r
|\r
b|The old harbour crane was sold for scrap on Friday.\r
|\r
h[2]|2 comments:\r
|\r
c[Harlan Vosk;2017-02-19T09:05]|Harlan Vosk February 19, 2017 at 9:05 AM
w|Shame.

x|ReplyDelete
x|Replies

c[Mila K.;2017-02-19T10:12;0]|    Mila K. February 19, 2017 at 10:12 AM
w|    It was rusting away anyway.

x|    Delete

x|    Reply

x|Add comment
""")

dump(636, "a dump that is only a title and a header-less threaded comment section (no date "
     "line, no body)", """
t|Photo Of The Week: Harbour In Fog

c[Harlan Vosk;2017-02-19T09:05]|Harlan Vosk February 19, 2017 at 9:05 AM
w|Eerie.

x|ReplyDelete

c[Mila K.;2017-02-19T10:12]|Mila K. February 19, 2017 at 10:12 AM
w|I can just see the lighthouse.

x|ReplyDelete

x|Add comment
""")

dump(637, "an editor note whose second paragraph is a numbered list, then body after the note "
     "(a source line and a quote), a second note holding bullets, footer", """
d[2016-02-06]|Saturday, February 6, 2016

t|Sundavia Signs The Pipeline Deal

b|Sundavia's energy minister signs the agreement in Vell. Photo: Halden Post

b|Halden Post: Sundavia signs pipeline deal with Valdoria

b|Sundavia and Valdoria signed a deal on Friday to build a gas pipeline under the Helm Sea.

n[My Comment:]|My Comment: The deal leaves three questions open:

m|1. Who pays for the Tarsan section?
m|2. Who owns the pipe?
m|3. What does Morvania get?

b|Vell Courier: Morvania says it was not consulted on the pipeline

b|Morvania's foreign ministry said it learned of the deal from the newspapers.

n[WNU Editor:]|WNU Editor: Expect Morvania to raise:

m|* transit fees
m|* the fishing grounds

p[Kari Lund]|Posted by Kari Lund at 10:14 PM

h[0]|No comments:
""")

dump(638, "blog name, tagline (a prose sentence) and search box printed right AFTER the last "
     "classic comment's timestamp line (sidebar under the comments)", """
d[2016-02-06]|Saturday, February 6, 2016

t|The Bakery Reopens

b|The harbour bakery reopened on Saturday under new owners.

p[Kari Lund]|Posted by Kari Lund at 10:14 PM

h[2]|2 comments:

c[Tomas Berg;2016-02-06T15:45]|Tomas Berg said...

w|Same bread?
s|February 6, 2016 at 3:45 PM

c[Ruth;2016-02-06T16:02]|Ruth said...

w|Better bread.
s|February 6, 2016 at 4:02 PM

x|Harbour Notes
x|News and weather from the Vell waterfront, written by a retired harbour pilot since 2009.
x|Search This Blog
""")

dump(639, "blog name and tagline printed right after the last threaded comment's `ReplyDelete`", """
d[2017-02-19]|Sunday, February 19, 2017

t|Tarsan Opens A Consulate In Vell

b|Tarsan opened a consulate in Vell on Friday, its first in the region.

h[2]|2 comments:

c[Harlan Vosk;2017-02-19T09:05]|Harlan Vosk February 19, 2017 at 9:05 AM
w|They want the fishing talks here.

x|ReplyDelete

c[Mila K.;2017-02-19T10:12]|Mila K. February 19, 2017 at 10:12 AM
w|Good for the hotels.

x|ReplyDelete

x|Harbour Notes
x|News and weather from the Vell waterfront, written by a retired harbour pilot since 2009.
""")

dump(640, "archive page whose post titles are sidebar-word-like (`Search`, `Share`, `More`), "
     "each right after its date line and followed by body text and a footer", """
d[2016-02-06]|Saturday, February 6, 2016

t|Search

b|The search for the missing kayaker off Sorne was called off on Saturday evening.

p[Kari Lund]|Posted by Kari Lund at 10:14 PM

h[0]|No comments:

d[2016-02-05]|Friday, February 5, 2016

t|Share

b|The fishermen's cooperative voted to share its cold store with the new fish market.

p[Kari Lund]|Posted by Kari Lund at 9:14 PM

h[2]|2 comments:

d[2016-02-04]|Thursday, February 4, 2016

t|More

b|More snow is forecast for the island over the weekend, the weather office said.

p[Kari Lund]|Posted by Kari Lund at 8:14 PM

h[1]|1 comment:
""")

dump(641, "one-line footer carrying the count (`Posted by X at 10:14 PM 3 comments: Links to "
     "this post`) followed directly by a threaded comment list with a reply block", """
d[2017-02-19]|Sunday, February 19, 2017

t|Ferry Operator Fined

b|The ferry operator was fined for running the night boat without a second engineer.

p[Kari Lund;3]|Posted by Kari Lund at 10:14 PM 3 comments: Links to this post

c[Harlan Vosk;2017-02-19T09:05]|Harlan Vosk February 19, 2017 at 9:05 AM
w|Not before time.

x|ReplyDelete
x|Replies

c[Mila K.;2017-02-19T10:12;0]|    Mila K. February 19, 2017 at 10:12 AM
w|    The fine is smaller than a week's fares.

x|    Delete

x|    Reply

c[Anonymous;2017-02-19T11:40]|Anonymous February 19, 2017 at 11:40 AM
w|Who checks the day boat?

x|ReplyDelete

x|Add comment
""")

dump(642, "one-line footer carrying the count followed directly by a numbered mobile list", """
d[2016-02-06]|Saturday, February 6, 2016

t|Fog Delays Flights

b|Fog delayed every flight out of Vell on Saturday morning.

p[Kari Lund;2]|Posted by Kari Lund at 10:14 PM 2 comments: Links to this post

k[;;;1]|  1. Took the ferry instead.

x|    ReplyDelete

k[;;;1]|  2. The ferry was late too.

x|    ReplyDelete

x|Add comment
""")

dump(643, "French item page with a numbered list under `3 commentaires :` (space before the "
     "colon), a nested reply", """
d[2016-01-14]|jeudi 14 janvier 2016

t|Marché de nuit à Vell

b|Le premier marché de nuit de Vell a attiré plus de mille visiteurs samedi soir.

h[3]|3 commentaires :

k[;;;1]|  1. Superbe ambiance.

x|    ReplyDelete
x|    Replies

k[;;0;1]|    1. Et les crêpes !

x|      Delete

x|    Reply

k[;;;1]|  2. Trop de monde.

x|    ReplyDelete

x|Ajouter un commentaire
""")

dump(644, "Norwegian item page with a threaded copy under `2 kommentarer:`, US-style stamps on "
     "the name lines", """
d[2016-01-14]|torsdag 14. januar 2016

t|Ny ferje til Vell

b|Den nye ferja til Vell ble satt i trafikk torsdag morgen.

h[2]|2 kommentarer:

c[Ola Nordmann;2016-01-14T19:05]|Ola Nordmann January 14, 2016 at 7:05 PM
w|Endelig!

x|ReplyDelete

c[Kari Holm;2016-01-14T20:10]|Kari Holm January 14, 2016 at 8:10 PM
w|Dyr billett, da.

x|ReplyDelete

x|Legg til kommentar
""")

dump(645, "post titled `No Comment` (singular, no colon) with body, footer and classic comments", """
d[2016-02-06]|Saturday, February 6, 2016

t|No Comment

b|The harbour board's spokesman had only two words for reporters on Friday.

p[Kari Lund]|Posted by Kari Lund at 10:14 PM

h[1]|1 comment:

c[Tomas Berg;2016-02-06T15:45]|Tomas Berg said...

w|Two words too many.
s|February 6, 2016 at 3:45 PM
""")

dump(646, "a dump that is only a title and a header-less threaded comment section with short "
     "name lines (no date line, no body)", """
t|Harbour In Fog

c[Ruth;2017-02-19T09:05]|Ruth 2/19/17 9:05 AM
w|Eerie.

x|ReplyDelete

c[Mila K.;2017-02-19T10:12]|Mila K. 2/19/17 10:12 AM
w|I can just see the lighthouse.

x|ReplyDelete

x|Add comment
""")

dump(647, "blog name and tagline printed at the top (before the date) AND again right after "
     "the last classic comment's timestamp line", """
x|Harbour Notes
x|News and weather from the Vell waterfront, written by a retired harbour pilot since 2009.

d[2016-02-06]|Saturday, February 6, 2016

t|The Chandlery Closes

b|The ship chandlery on the quay closed on Saturday after sixty years.

p[Kari Lund]|Posted by Kari Lund at 10:14 PM

h[1]|1 comment:

c[Tomas Berg;2016-02-06T15:45]|Tomas Berg said...

w|Where will we buy rope now?
s|February 6, 2016 at 3:45 PM

x|Harbour Notes
x|News and weather from the Vell waterfront, written by a retired harbour pilot since 2009.
""")

dump(648, "numbered mobile list followed right after the last `ReplyDelete` by the blog's "
     "tagline (a prose sentence) and `Powered by Blogger.`", """
d[2016-02-06]|Saturday, February 6, 2016

t|Quay Parking Charges

b|Parking on the quay will cost two euros an hour from March.

h[2]|2 comments:

k[;;;1]|  1. Daylight robbery.

x|    ReplyDelete

k[;;;1]|  2. Walk, then.

x|    ReplyDelete
x|News and weather from the Vell waterfront, written by a retired harbour pilot since 2009.
x|Powered by Blogger.
""")

dump(649, "French item page with a threaded copy whose name lines carry `14 janvier 2016 à "
     "18:32` stamps, and a Portuguese-form stamp on its own line under one name", """
d[2016-01-14]|jeudi 14 janvier 2016

t|Les mouettes sont de retour

b|Les premières mouettes de la saison sont revenues sur le port jeudi matin.

h[3]|3 commentaires:

c[Élise Martin;2016-01-14T18:32]|Élise Martin 14 janvier 2016 à 18:32
w|Déjà ? Il fait encore si froid.

x|ReplyDelete
x|Replies

c[Ana Sousa;2016-01-14T21:07;0]|    Ana Sousa
s|    14 de janeiro de 2016 às 21:07
w|    Elas nunca partiram.

x|    Delete

x|    Reply

c[Anonyme;2016-01-15T07:12]|Anonyme 15 janvier 2016 à 07:12
w|Elles ont volé mon croissant.

x|ReplyDelete

x|Ajouter un commentaire
""")

dump(650, "item page with a date line, a title and `No comments:` only (no body, no footer)", """
d[2016-02-06]|Saturday, February 6, 2016

t|Sunset Over Sorne

h[0]|No comments:

x|Post a Comment
""")

dump(651, "item page with NO blank lines at all: body, footer, count header and classic "
     "comments each closed by its timestamp line", """
d[2016-02-06]|Saturday, February 6, 2016
t|Harbour Dues Rise
b|Harbour dues for visiting yachts rise by a fifth from April, the board said on Friday.
b|The board says the money will pay for new pontoons.
p[Kari Lund]|Posted by Kari Lund at 10:14 PM
l|Labels: harbour, yachts
h[2]|2 comments:
c[Tomas Berg;2016-02-06T15:45]|Tomas Berg said...
w|The pontoons were promised last year too.
s|February 6, 2016 at 3:45 PM
c[Ruth;2016-02-06T16:02]|Ruth said...
w|Yachts can afford it.
s|February 6, 2016 at 4:02 PM
x|Post a Comment
x|Newer Post Older Post Home
""")

dump(652, "item page with NO blank lines at all and a threaded copy with a reply block", """
d[2017-02-19]|Sunday, February 19, 2017
t|Ice On The Inner Basin
b|The inner basin froze over on Saturday night for the first time since 1987.
h[3]|3 comments:
c[Harlan Vosk;2017-02-19T09:05]|Harlan Vosk February 19, 2017 at 9:05 AM
w|Skating tonight!
x|ReplyDelete
x|Replies
c[Mila K.;2017-02-19T10:12;0]|    Mila K. February 19, 2017 at 10:12 AM
w|    Please don't.
x|    Delete
x|    Reply
c[Anonymous;2017-02-19T11:40]|Anonymous February 19, 2017 at 11:40 AM
w|I remember 1987. The ferry was stuck for a week.
x|ReplyDelete
x|Add comment
""")

dump(653, "a cookie notice printed BETWEEN two classic comments (after the first comment's "
     "timestamp line)", """
d[2016-02-06]|Saturday, February 6, 2016

t|New Benches On The Promenade

b|The council put twelve new benches along the promenade on Friday.

p[Kari Lund]|Posted by Kari Lund at 10:14 PM

h[2]|2 comments:

c[Tomas Berg;2016-02-06T15:45]|Tomas Berg said...

w|Facing the car park, of course.
s|February 6, 2016 at 3:45 PM

x|This site uses cookies from Google to deliver its services and to analyze traffic.
x|Learn more
x|Got it

c[Ruth;2016-02-06T16:02]|Ruth said...

w|Facing the sea, Tomas. I checked.
s|February 6, 2016 at 4:02 PM

x|Post a Comment
""")

dump(654, "numbered list whose top items start at the left margin (`1. text`) and whose nested "
     "replies are indented three spaces, with no action lines at all", """
d[2016-02-06]|Saturday, February 6, 2016

t|Which Bakery Is Best?

b|We asked readers to name the best bakery on the island.

h[4]|4 comments:

k[;;;1]|1. The one by the ferry.

k[;;0;1]|   1. Agreed, the cinnamon buns.

k[;;;1]|2. The harbour bakery, since the new owners.

k[;;2;1]|   1. Too expensive now.
""")

dump(655, "numbered list with a two-paragraph top item, then a nested reply, `Load more...` "
     "and `Add comment`, with a cookie notice right BEFORE the count header", """
d[2016-02-06]|Saturday, February 6, 2016

t|Ferry Wifi Finally Works

b|The ferry operator says the onboard wifi now works for the whole crossing.

x|This site uses cookies from Google to deliver its services and to analyze traffic.
x|Learn more
x|Got it

h[5]|5 comments:

k[;;;1]|  1. It worked for ten minutes.

w|     Then the island got in the way.

x|    ReplyDelete
x|    Replies

k[;;0;1]|    1. The island is always in the way.

x|      Delete

x|    Reply

k[;;;1]|  2. Who needs wifi on a ferry?

x|    ReplyDelete

x|Load more...
x|Add comment
""")

dump(656, "an `About Me` sidebar widget (heading, the owner's name, a one-sentence bio, `View "
     "my complete profile`) right after the comment form under classic stamped comments", """
d[2016-02-06]|Saturday, February 6, 2016

t|Tide Tables For March

b|The harbour office has published the tide tables for March.

p[Kari Lund]|Posted by Kari Lund at 10:14 PM

h[1]|1 comment:

c[Tomas Berg;2016-02-06T15:45]|Tomas Berg said...

w|Thank you, as always.
s|February 6, 2016 at 3:45 PM

x|Post a Comment
x|About Me
x|Kari Lund
x|Retired harbour pilot, writing about the Vell waterfront since 2009.
x|View my complete profile
""")

dump(657, "scraper copy without a date line: a title, a SHORT one-line body (five words), "
     "`Posted by`, `Labels:` and `No comments:`", """
t|Harbour Festival Photos

b|Photos from Saturday's harbour festival.

p[Kari Lund]|Posted by Kari Lund at 10:14 PM

l|Labels: festival, photos

h[0]|No comments:
""")

dump(658, "archive page whose titles are marker-like without the marker's colon (`WNU Editor`, "
     "`My Comment`) and a title holding a marker in the middle; footers with counts", """
d[2016-02-06]|Saturday, February 6, 2016

t|WNU Editor

b|A few words about who writes this blog and why, after ten years of doing it.

p[Kari Lund]|Posted by Kari Lund at 10:14 PM

h[4]|4 comments:

t|Why I Stopped Writing My Comment: Lines

b|Readers asked why the notes under the news stories stopped last month.

p[Kari Lund]|Posted by Kari Lund at 9:14 PM

h[1]|1 comment:
""")

dump(659, "threaded copy whose last `Replies` block is closed by `Reply` and followed right away "
     "by the blog's tagline (a prose sentence)", """
d[2017-02-19]|Sunday, February 19, 2017

t|Harbour Pilot Shortage

b|Ships waited up to six hours for a pilot at Vell this week.

h[2]|2 comments:

c[Harlan Vosk;2017-02-19T09:05]|Harlan Vosk February 19, 2017 at 9:05 AM
w|Train more pilots.

x|ReplyDelete
x|Replies

c[Mila K.;2017-02-19T10:12;0]|    Mila K. February 19, 2017 at 10:12 AM
w|    It takes five years.

x|    Delete

x|    Reply
x|News and weather from the Vell waterfront, written by a retired harbour pilot since 2009.
""")

dump(660, "Spanish one-line footer carrying the count (`Publicado por X en 10:14 2 comentarios: "
     "Enlaces a esta entrada`) followed by classic `dijo...` comments with the avatar "
     "artefacts `Anónimo Anónimo dijo...` and `Blogger <name> dijo...`", """
d[2013-09-19]|jueves, 19 de septiembre de 2013

t|Nuevo horario del ferry

b|El ferry a Sorne tendrá un nuevo horario a partir del lunes.

p[Carmen Ruiz;2]|Publicado por Carmen Ruiz en 10:14 2 comentarios: Enlaces a esta entrada

c[Anónimo;2013-09-19T21:14]|Anónimo Anónimo dijo...

w|Otra vez cambian el horario.

s|19 de septiembre de 2013, 21:14

c[Luis Prado;2013-09-19T22:30]|Blogger Luis Prado dijo...

w|Por lo menos sale más temprano.

s|19 de septiembre de 2013, 22:30
""")

dump(661, "German one-line footer carrying the count (`Eingestellt von X um 10:14 2 Kommentare: "
     "Links zu diesem Post`) followed by classic `hat gesagt…` comments, one `Anonym Anonym`", """
d[2016-02-06]|Samstag, 6. Februar 2016

t|Neue Preise im Hafen

b|Die Liegegebühren im Hafen von Vell steigen ab April um ein Fünftel.

p[Kari Lund;2]|Eingestellt von Kari Lund um 10:14 2 Kommentare: Links zu diesem Post

c[Anonym;2016-02-06T10:41]|Anonym Anonym hat gesagt…

w|Wieder teurer.

s|6. Februar 2016 um 10:41

c[Greta Holm;2016-02-06T11:05]|Greta Holm hat gesagt…

w|Die Stege sind es wert.

s|6. Februar 2016 um 11:05
""")

dump(662, "archive page whose post titles are a bare year (`1987`) and a bare number with a "
     "unit (`41 Years`), each after its date line and followed by body and footer", """
d[2017-02-19]|Sunday, February 19, 2017

t|1987

b|The last time the inner basin froze, the ferry was stuck at the quay for a week.

p[Kari Lund]|Posted by Kari Lund at 10:14 PM

h[2]|2 comments:

d[2017-02-18]|Saturday, February 18, 2017

t|41 Years

b|That is how long Aksel kept the lighthouse, and he never missed a night.

p[Kari Lund]|Posted by Kari Lund at 9:14 PM

h[0]|No comments:
""")

dump(663, "French classic comments with `Anonyme Anonyme a dit…` and `Blogger <name> a dit…` "
     "under `2 commentaires:`", """
d[2016-01-14]|jeudi 14 janvier 2016

t|Le phare repeint

b|Le phare de Vell a été repeint en rouge et blanc cette semaine.

h[2]|2 commentaires:

c[Anonyme;2016-01-14T18:32]|Anonyme Anonyme a dit…

w|Enfin des couleurs.

s|14 janvier 2016 à 18:32

c[Élise Martin;2016-01-14T19:05]|Blogger Élise Martin a dit…

w|Le rouge est un peu vif.

s|14 janvier 2016 à 19:05
""")

dump(664, "cookie notice printed between the date line and the title, and the share widget "
     "between the body and the footer; classic stamped comments", """
d[2016-02-06]|Saturday, February 6, 2016
x|This site uses cookies from Google to deliver its services and to analyze traffic.
x|Learn more
x|Got it

t|Swimming Pool Opens Early

b|The new harbour swimming pool opens two weeks early, on the first of May.

x|Email This
x|BlogThis!
x|Share to Twitter

p[Kari Lund]|Posted by Kari Lund at 10:14 PM

h[1]|1 comment:

c[Tomas Berg;2016-02-06T15:45]|Tomas Berg said...

w|Heated, I hope.
s|February 6, 2016 at 3:45 PM
""")

dump(665, "a note whose paragraphs are a bulleted list only, closed by the footer; the body "
     "before it is a headline list with `--`", """
d[2016-02-06]|Saturday, February 6, 2016

t|Helm Sea News Round-Up

b|Tarsan to host fishing talks -- Halden Post
b|Morvania calls snap election -- Vell Courier
b|Sundavia signs pipeline deal -- Atlas Press

n[WNU Editor:]|WNU Editor:
m|- talks first
m|- election second
m|- pipeline last

p[Kari Lund]|Posted by Kari Lund at 10:14 PM

h[0]|No comments:
""")

dump(666, "threaded copy under a generic count header `2 readers had their say:` with own-line "
     "UK stamps", """
d[2014-11-30]|Sunday, 30 November 2014

t|Christmas Market Dates

b|The Christmas market runs on the quay from the fifth to the twentieth of December.

h[2]|2 readers had their say:

c[Dee in Dundee;2014-11-30T19:42]|Dee in Dundee
s|30 November 2014 at 19:42
w|Mulled wine, here I come.

x|ReplyDelete

c[Anonymous;2014-11-30T20:05]|Anonymous
s|30 November 2014 at 20:05
w|Same stalls as last year?

x|ReplyDelete

x|Add comment
""")

dump(667, "archive page with footers where a cookie notice stands between the SECOND date "
     "line and its title", """
d[2016-02-06]|Saturday, February 6, 2016

t|Buoys Replaced

b|The harbour board replaced the four outer buoys on Friday.

p[Kari Lund]|Posted by Kari Lund at 10:14 PM

h[1]|1 comment:

d[2016-02-05]|Friday, February 5, 2016

x|This site uses cookies from Google to deliver its services and to analyze traffic.
x|Learn more
x|Got it

t|Buoy Contract Signed

b|The contract for the new buoys went to a yard in Sorne.

p[Kari Lund]|Posted by Kari Lund at 9:14 PM

h[0]|No comments:
""")

dump(668, "cookie notice between the title and the body of a single post with numbered comments",
     """
d[2016-02-06]|Saturday, February 6, 2016

t|Pier Cafe Gets A Licence

x|This site uses cookies from Google to deliver its services and to analyze traffic.
x|Learn more
x|Got it

b|The pier cafe may now serve beer and wine on its terrace until ten.

h[2]|2 comments:

k[;;;1]|  1. Finally.

x|    ReplyDelete

k[;;;1]|  2. Ten is early.

x|    ReplyDelete

x|Add comment
""")
