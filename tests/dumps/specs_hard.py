# ruff: noqa: E501  (template lines are dump lines; their length is the data)
"""Third batch (201+): rarer COMBINATIONS of the corpus rules (see dumpkit.py for the tags).

Each dump mixes layouts the first two batches show only one at a time: titles before
date lines in an archive with a title-shaped caption, a body list under a line shaped
like a generic count header, comment bodies holding lines shaped like other things,
localized threaded and numbered threads, chrome between posts, mixed footers, rare
encodings, a 25-post archive.
"""

from __future__ import annotations

from typing import Any

DUMPS: list[dict[str, Any]] = []


def dump(n: int, what: str, text: str, **opts: Any) -> None:
    DUMPS.append({"n": n, "what": what, "text": text, **opts})


dump(201, "archive with footers whose titles are printed BEFORE their date lines, two posts "
     "under the first date line (the second without a date line of its own), and a post "
     "whose body opens with a short title-shaped caption line (no period)", """
t|Spring Tides And A Flooded Car Park
d[2016-03-02]|Wednesday, March 2, 2016

b|The spring tide came over the sea wall at half past six this morning and filled the harbour car park to the top of the wheel arches.

b|Nobody was hurt, but three cars will need new carpets and one needs a new owner who reads tide tables.

p[Ada Rook]|Posted by Ada Rook at 9:14 AM

l|Labels: harbour, tides

h[1]|1 comment:

t|The Ferry Timetable For March

b|The March timetable is out. The early crossing moves from 6:40 to 6:55 and the last boat on Fridays now leaves at 22:10.

p[Ada Rook]|Posted by Ada Rook at 7:02 AM

l|Labels: ferry

h[0]|No comments:

t|The Old Lifeboat Goes To The Museum
d[2016-02-28]|Sunday, February 28, 2016

b|The old lifeboat on its last trip down the slipway

b|After forty-one years on the slipway at Kessin Point, the old wooden lifeboat was towed round to the harbour museum on Saturday, where she will sit under a roof for the first time in her life.

b|Three of her former crew walked beside the trailer the whole way, which took most of the afternoon.

p[Ada Rook]|Posted by Ada Rook at 5:40 PM

l|Labels: lifeboat, museum

h[4]|4 comments:

t|Gull Count, February
d[2016-02-27]|Saturday, February 27, 2016

b|388 herring gulls along the wall this morning, the lowest February figure since 2009.

p[Ada Rook]|Posted by Ada Rook at 11:30 AM

l|Labels: counts, gulls

h[0]|No comments:

x|Newer Posts Older Posts Home
""")

dump(202, "a body line shaped like a generic count header (`3 reasons the deal will fail:`) "
     "followed by a numbered list and more body text, then the `Posted by` footer, a real "
     "`2 comments:` header and classic comments", """
d[2019-04-02]|Tuesday, April 2, 2019

t|Why I Think The Ostrel Dam Deal Will Slip Again

b|Meridian Wire: Valdoria and Morvania set a June deadline for the Ostrel dam agreement

b|Negotiators from both countries said on Monday that they expected to sign the agreement before the end of June, after the last technical disputes were settled in Port Halim.

b|3 reasons the deal will fail:

b|1. Neither parliament has a majority for it.
b|2. The inspection regime is still not agreed.
b|3. Both governments face elections in the autumn.

b|Each of these alone would be enough to push a signature into next year. Together they make June a fantasy.

p[WNU Editor]|Posted by WNU Editor at 8:12 PM

l|Labels: dams, Morvania, Valdoria

h[2]|2 comments:

c[Harlan Vosk;2019-04-02T21:30]|Harlan Vosk said...

w|Add a fourth: the mediators in Port Halim want the signing ceremony for themselves.
s|April 2, 2019 at 9:30 PM

c[Mila K.;2019-04-03T07:15]|Mila K. said...

w|The inspection regime is the only one that matters. The rest is politics as usual.
s|April 3, 2019 at 7:15 AM

x|Post a Comment
""")

dump(203, "comment-form heading without the usual words (`Agree or disagree? Sound off below!`) "
     "standing alone after the last comment's timestamp line; header `3 Responses to "
     "“<title>”` with curly quotes; classic comments", """
d[2018-03-14]|Wednesday, March 14, 2018

t|Should The Harbour Tunnel Carry A Toll?

b|The council votes on Thursday on whether the new harbour tunnel should charge cars two pounds each way.

b|Supporters say the toll would pay off the loan in fifteen years. Opponents say it will push the traffic straight back onto the old bridge.

h[3]|3 Responses to “Should The Harbour Tunnel Carry A Toll?”

c[Dee in Dundee;2018-03-14T19:42]|Dee in Dundee said...

w|We have had tolls on the Tay for years. People moan, then they pay.
s|March 14, 2018 at 7:42 PM

c[Len;2018-03-14T20:05]|Len said...

w|Two pounds is nothing for a lorry and a lot for a nurse on nights.
s|March 14, 2018 at 8:05 PM

c[Tom Ashby;2018-03-15T06:50]|Tom Ashby said...

w|Toll the lorries, not the cars.
s|March 15, 2018 at 6:50 AM

x|Agree or disagree? Sound off below!

x|Post a Comment

x|Newer Post Older Post Home
""")

dump(204, "comment bodies holding lines shaped like other things, each comment closed by its "
     "own timestamp line: a comment opening `WNU Editor:`, a source line and a quoted "
     "paragraph, a numbered list after a `3 things are missing:` line, a date-only line, an "
     "`Update:` line, and a short paragraph ending in `said...` (body, not a new comment)",
     """
d[2019-05-21]|Tuesday, May 21, 2019

t|Morvania Denies Drone Flights Over The Ostrel Reservoir

b|Kestrel News Agency: Morvania says drones over the Ostrel reservoir are not military

b|Morvania's defence ministry said on Tuesday that the drones filmed over the Ostrel reservoir last week belonged to a private mapping company working for the water authority.

r|Read more ....

n[WNU Editor:]|WNU Editor: A private mapping company that flies in formation at night. Of course.

h[5]|5 comments:

c[Harlan Vosk;2019-05-21T20:14]|Harlan Vosk said...

w|WNU Editor: you missed the best part. The company was registered three days after the first flights.
s|May 21, 2019 at 8:14 PM

c[Mila K.;2019-05-21T21:02]|Mila K. said...

w|Halden Post: Valdorian villagers say drones returned on Sunday night

w|"We counted eleven lights over the dam," one farmer told the paper.

w|So much for a mapping job.
s|May 21, 2019 at 9:02 PM

c[Pavel O.;2019-05-22T06:40]|Pavel O. said...

w|3 things are missing:

w|1. The name of the company's owner.
w|2. The permit from the water authority.
w|3. Any map.
s|May 22, 2019 at 6:40 AM

c[Gunnar Lind;2019-05-22T09:12]|Gunnar Lind said...

w|The commission meets on this date:

w|Wednesday, June 12, 2019

w|Update: it has been moved to the following week.
s|May 22, 2019 at 9:12 AM

c[Dee in Dundee;2019-05-22T11:30]|Dee in Dundee said...

w|I asked my cousin in Dorsk about it. She works for the water authority.

w|And then her boss said...

w|...that nobody in the office had ever heard of a mapping contract.
s|May 22, 2019 at 11:30 AM

x|Post a Comment
""")

dump(205, "footerless WNU archive over three date lines: a title with a colon and quotes, a "
     "long title, a title followed by a title-shaped caption and then a source line, a body "
     "that opens with a source line (no caption), a `My Comment:` note in the middle "
     "followed by a new source line and quoted block (same post), a three-paragraph note "
     "ending in a question, an untitled post (two blank lines after its date line)", """
d[2020-01-16]|Thursday, January 16, 2020

t|Valdoria To Morvania: “Not One Metre Of The Bridge”

b|Atlas Press: Valdoria rejects Morvanian proposal to share control of the Ostrel bridge

b|Valdoria's prime minister said on Thursday that her government would not accept any arrangement that gave Morvanian border guards a post on the Ostrel bridge.

b|The proposal had been presented at the last round of talks in Port Halim in December.

r|Read more ....

n[My Comment:]|My Comment: This is the fourth time in two years that this proposal has come up. Here is how Kaltenberg answered.

b|Halden Post: Morvania says the bridge offer stays on the table

b|A spokesman for the Morvanian foreign ministry said the offer would remain open until the next round of talks.

r|Read more ....

t|Sundavia Orders Two More Frigates From The Tarsan Yard At Port Halim After A Delay Of Three Years

b|Tidewater Times: Sundavia places follow-on order for two frigates with Port Halim yard

b|The order brings the number of Tarsan-built frigates in the Sundavian navy to four, officials in Panjor said.

r|Read more ....

n[WNU Editor:]|WNU Editor: The first two ships were delivered three years late and a third over budget.

m|Sundavia ordered two more anyway. The yard is the only one in the region that will take its money.

m|Either the yard has fixed its problems, or Panjor has run out of options. Which is it?

d[2020-01-15]|Wednesday, January 15, 2020

t|Morvanian Icebreaker Enters The Karsk Strait

b|The Morvanian icebreaker Dorsk in the Karsk Strait on January 14

b|Kestrel News Agency: Morvanian icebreaker begins winter escort season in the strait

b|The icebreaker Dorsk began escorting cargo ships through the Karsk Strait on Tuesday, two weeks earlier than last year because of the early freeze.

r|Read more ....

t|Tarsan Votes On Its Budget

b|Orbis Daily: Tarsan parliament passes budget with record defence spending

b|Tarsan's parliament approved the 2020 budget on Wednesday by a wide margin, with defence spending up by a fifth.

r|Read more ....

d[2020-01-14]|Tuesday, January 14, 2020
@post


b|Posting will be light today. I am travelling to Port Halim for the dam talks and the hotel internet is, as always, a rumour.

b|Normal service tomorrow.
""")

dump(206, "Spanish item page with a threaded copy: `<name> <d de mes de aaaa, HH:MM>` lines, "
     "Spanish action lines (`Responder`, `Eliminar`, `Respuestas`) with a replies block "
     "closed by `Responder`, `Publicado por`, `Etiquetas:`, `4 comentarios:`", """
d[2013-09-19]|jueves, 19 de septiembre de 2013

t|Cierran el paseo marítimo por las obras del dique

b|El ayuntamiento cerró ayer el paseo marítimo entre el faro y la lonja para empezar las obras de refuerzo del dique, que durarán al menos hasta la primavera.

b|Los vecinos del barrio de pescadores tendrán que dar un rodeo de casi un kilómetro para llegar al mercado.

p[Lucía Ferrer]|Publicado por Lucía Ferrer en 10:14

l|Etiquetas: dique, obras, paseo

h[4]|4 comentarios:

c[Marisol;2013-09-19T21:14]|Marisol 19 de septiembre de 2013, 21:14
w|Mi madre tiene ochenta años y va andando al mercado todos los días. ¿Quién ha pensado en ella?

x|Responder
x|Respuestas

c[Lucía Ferrer;2013-09-19T22:03;0]|    Lucía Ferrer 19 de septiembre de 2013, 22:03
w|    El ayuntamiento dice que pondrá un autobús lanzadera desde el lunes.

x|    Eliminar

c[Anónimo;2013-09-20T08:30;0]|    Anónimo 20 de septiembre de 2013, 8:30
w|    Lo mismo dijeron con las obras de la plaza.

x|    Eliminar

x|    Responder

c[Paco;2013-09-20T12:45]|Paco 20 de septiembre de 2013, 12:45
w|Mejor ahora que en pleno verano.

x|Responder

x|Publicar un comentario
""")

dump(207, "French item page with numbered comments: `3 commentaires:`, nested replies, "
     "French action lines (`Répondre`, `Supprimer`, `Réponses`), a removed comment (English "
     "notice) inside a thread, `Publié par`, `Libellés :`", """
d[2016-01-14]|jeudi 14 janvier 2016

t|Le bac de Valmoré reprend du service

b|Après trois semaines d'arrêt pour une panne de moteur, le bac qui relie Valmoré à l'île de Sorne a repris ses traversées ce matin à sept heures.

b|Les habitants de l'île ont dû se contenter pendant ce temps d'une vedette de la gendarmerie, deux fois par jour.

p[Claire Dumas]|Publié par Claire Dumas à 10:14

l|Libellés : bac, île, Valmoré

h[3]|3 commentaires:

k[;;;1]|  1. Enfin ! Ma fille est restée bloquée sur le continent pendant les fêtes.

x|    Répondre
x|    Réponses

k[;;0;1]|    1. This comment has been removed by the author.

x|      Supprimer

k[;;0;1]|    2. La vedette ne prenait même pas les vélos.

x|      Supprimer

x|    Répondre

k[;;;1]|  2. Et le nouveau bac promis pour 2017, on en parle ?

x|    Répondre

x|Enregistrer un commentaire
""")

dump(208, "Portuguese item page with a threaded copy whose timestamps stand on their own line "
     "under the name (`18 de março de 2010 às 21:07`), a `Replies` block, `Postado por`, "
     "`Marcadores:`, `3 comentários:`", """
d[2010-03-18]|quinta-feira, 18 de março de 2010

t|O farol da Ponta Negra vai ser museu

b|A câmara aprovou ontem a transformação do velho farol da Ponta Negra num pequeno museu do mar, com abertura prevista para o verão.

b|O último faroleiro, o senhor Abílio, já prometeu doar os seus diários de bordo.

p[Marta Vidal]|Postado por Marta Vidal às 10:14

l|Marcadores: farol, museu

h[3]|3 comentários:

c[Rui;2010-03-18T21:07]|Rui
s|18 de março de 2010 às 21:07
w|Finalmente uma boa notícia para a Ponta Negra.

x|Responder
x|Respostas

c[Marta Vidal;2010-03-18T22:15;0]|    Marta Vidal
s|    18 de março de 2010 às 22:15
w|    E o senhor Abílio vai fazer as visitas guiadas aos sábados!

x|    Excluir

x|    Responder

c[Anônimo;2010-03-19T08:02]|Anônimo
s|19 de março de 2010 às 08:02
w|Espero que mantenham a lanterna a funcionar.

x|Responder

x|Postar um comentário
""")

dump(209, "threaded copy with the timestamp on its own line (`3/4/15 7:20 PM`), replies, a "
     "generic count header `7 people had something to say:` (count 7, 5 listed, "
     "`Load more...`), and the comment-form heading `What do you think?`", """
d[2015-03-04]|Wednesday, March 4, 2015

t|Tarsan Sends Coast Guard Escorts To The Almeric Banks

b|Tidewater Times: Tarsan coast guard to escort trawlers on the Almeric banks from April

b|Tarsan's coast guard will escort its fishing fleet on the eastern Almeric banks from the start of April, after Sundavia extended its fishing zone to forty miles.

r|Read more ....

n[WNU Editor:]|WNU Editor: Escorts on one side, patrols on the other. This is how fishing disputes turn into something else.

h[7]|7 people had something to say:

c[Gunnar Lind;2015-03-04T19:20]|Gunnar Lind
s|3/4/15 7:20 PM
w|Cod wars never end well for the smaller navy.

x|ReplyDelete
x|Replies

c[Mila K.;2015-03-04T20:02;0]|    Mila K.
s|    3/4/15 8:02 PM
w|    Which one is the smaller navy here? Honest question.

x|    Delete

c[Gunnar Lind;2015-03-04T20:30;0]|    Gunnar Lind
s|    3/4/15 8:30 PM
w|    Sundavia, by two frigates and a lot of pride.

x|    Delete

x|    Reply

c[Anonymous;2015-03-05T06:45]|Anonymous
s|3/5/15 6:45 AM
w|April is when the cod move east. The timing is not a coincidence.

x|ReplyDelete

c[Pavel O.;2015-03-05T11:10]|Pavel O.
s|3/5/15 11:10 AM
w|Somebody will ram somebody by June.

x|ReplyDelete

x|Load more...

x|What do you think?

x|Add comment
""")

dump(210, "archive with footers and a `Popular posts from this blog` block (heading and the "
     "other posts' titles) standing BETWEEN two posts; a cookie notice at the top", """
x|This site uses cookies from Google to deliver its services and to analyze traffic.
x|Learn more
x|Got it

d[2019-10-26]|Saturday, October 26, 2019

t|October Count: 512 Herring Gulls

b|512 herring gulls along the wall this morning, up from 412 last October, and the fish market was busy again after two empty months.

p[Ada Rook]|Posted by Ada Rook at 2:15 PM

l|Labels: counts, herring gull

h[2]|2 comments:

x|Popular posts from this blog
x|Where do the gulls go in autumn?
x|Survey sheet version 2.1

d[2019-10-19]|Saturday, October 19, 2019

t|The Ringed Gull Is Back

b|The herring gull with the orange ring on its left leg was on the lamp post by the lifeboat station again this morning, for the third October running.

b|The ringing scheme says she was ringed as a chick on the Sorne cliffs in 2014.

p[Ada Rook]|Posted by Ada Rook at 9:40 AM

l|Labels: gulls, rings

h[0]|No comments:

x|Newer Posts Older Posts Home
""")

dump(211, "cp1252 file with CR-only line ends: smart quotes and apostrophes in commenter names "
     "(`Margaret O’Neill said…`, `“Dockside” Dave said…`), a title in curly quotes with a "
     "colon, an en dash in a timestamp-free comment", """
d[2010-11-15]|Monday, November 15, 2010

t|“It Is Not Convenient”: The Keeper Who Stayed

b|When the lighthouse board automated Kessin Point in 1981, they wrote to Tam Fairlie that he could move out at his convenience. He wrote back: “It is not convenient.”

b|He stayed eleven more years – and logged every passing ship.

h[3]|3 comments:

c[Margaret O’Neill;2010-11-15T21:14]|Margaret O’Neill said…

w|My father delivered his coal every winter. Tam always said “the lamp doesn’t care who pays for it.”
s|November 15, 2010 at 9:14 PM

c[“Dockside” Dave;2010-11-16T07:02]|“Dockside” Dave said…

w|41,000 ships… and he never once missed the 6 o’clock log.
s|November 16, 2010 at 7:02 AM

c[Anonymous]|Anonymous said…

w|The logbooks are on the museum’s second floor – ask at the desk.

x|Post a Comment
""", encoding="cp1252", newline="\r")

dump(212, "UTF-16 big-endian with a byte-order mark and CRLF: WNU post with a mid-post "
     "`[Editor's note:` note followed by a new source line, numbered comments with a nested "
     "reply", """
d[2017-11-02]|Thursday, November 2, 2017

t|Valdoria Buys Six Maritime Patrol Aircraft

b|Halden Post: Valdoria signs contract for six maritime patrol aircraft

b|Valdoria's defence ministry signed a contract on Thursday for six long-range maritime patrol aircraft, the country's largest single arms purchase since independence.

r|Read more ....

n[[Editor's note:]|[Editor's note: This post was updated at 9 PM with the Morvanian reaction below.]

b|Kestrel News Agency: Morvania calls Valdorian aircraft deal a provocation

b|Morvania's foreign ministry said the purchase was aimed at its northern fleet and would be raised at the next round of strait talks.

r|Read more ....

h[2]|2 comments:

k[;;;1]|  1. Six aircraft keep one in the air over the strait around the clock.

x|    ReplyDelete
x|    Replies

k[;;0;1]|    1. Which is exactly what Morvania is complaining about.

x|      Delete

x|    Reply

x|Add comment
""", encoding="utf-16-be", newline="\r\n")

dump(213, "item page whose title ends in `Said...` (a title, not a comment), body with a "
     "quoted line, classic comments under `2 comments:`", """
d[2017-06-08]|Thursday, June 8, 2017

t|Guess What The Admiral Said...

b|At the naval academy graduation in Velsk on Wednesday, Morvania's fleet commander told the new officers that the Karsk Strait would be "our lake again within ten years".

b|The defence ministry later said the admiral had been speaking about fishing rights.

p[WNU Editor]|Posted by WNU Editor at 6:05 PM

h[2]|2 comments:

c[Harlan Vosk;2017-06-08T19:40]|Harlan Vosk said...

w|Fishing rights, with frigates.
s|June 8, 2017 at 7:40 PM

c[ColdWarKid61;2017-06-09T06:02]|ColdWarKid61 said...

w|Admirals say these things at graduations. Worry when the finance minister says it.
s|June 9, 2017 at 6:02 AM

x|Post a Comment
""")

dump(214, "item page with a date line without a weekday (`March 5, 2012`) and a date-only "
     "photo caption of the SAME shape (`March 3, 2010`) in the middle of the body; footer "
     "and comment at the end", """
d[2012-03-05]|March 5, 2012

t|Same Wall, Two Winters

b|Two years, one kitchen wall. The top picture was taken the day we got the keys, with the wallpaper hanging off in strips and the old boiler still bolted next to the window.

b|March 3, 2010

b|The bottom one is this morning, after the plasterer finally finished. It only took four tradesmen, two cancelled holidays and one small flood.

p[Win Harrow]|Posted by Win Harrow at 4:20 PM

h[1]|1 comment:

c[Maggie;2012-03-05T18:02]|Maggie said...

w|What a difference! We are in year three of our bathroom and you have given me hope.
s|March 5, 2012 at 6:02 PM

x|Post a Comment
""")

dump(215, "label page mixing posts with footers and a post without one: post 1 has a "
     "`Posted by` footer; post 2 (same date line, no footer) ends in a note; post 3 "
     "follows with a title, a caption and a source line, then its own footer", """
x|Showing posts with label Karsk Strait. Show all posts

d[2018-02-20]|Tuesday, February 20, 2018

t|Karsk Ferry Crews Threaten To Strike

b|Meridian Wire: Karsk ferry unions set strike date over crew cuts

b|Unions representing ferry crews on both sides of the Karsk Strait said they would stop work on March 1 unless plans to cut crew numbers were withdrawn.

r|Read more ....

p[WNU Editor]|Posted by WNU Editor at 9:10 PM

h[3]|3 comments:

l|Labels: ferries, Karsk Strait

t|Morvania Extends Its Exercise Zone

b|Kestrel News Agency: Morvania extends naval exercise zone into the strait's shipping lane

b|The Morvanian navy said the exercise zone would cover the northern half of the shipping lane until the end of the month.

r|Read more ....

n[WNU Editor:]|WNU Editor: The ferries will have to sail around the zone, which adds forty minutes to every crossing.

t|Valdoria Protests The Exercise Zone

b|A Valdorian coast guard cutter off Brannock on February 19

b|Halden Post: Valdoria protests Morvanian exercise zone in Karsk Strait

b|Valdoria's foreign ministry called in the Morvanian ambassador on Tuesday to protest against what it called an illegal closure of an international waterway.

r|Read more ....

p[WNU Editor]|Posted by WNU Editor at 6:45 PM

h[1]|1 comment:

l|Labels: Karsk Strait, Morvania, Valdoria

x|Newer Posts Older Posts Home
""")


# ----------------------------------------------------------------- 216: a long archive

_PLACES = ["Valdoria", "Morvania", "Tarsan", "Sundavia", "Kessin", "Ostrel", "Velsk",
           "Panjor", "Brannock", "Dorsk"]
_OUTLETS = ["Atlas Press", "Halden Post", "Meridian Wire", "Tidewater Times",
            "Orbis Daily", "Kestrel News Agency", "Global Dispatch"]
_DAYS = [("2019-05-31", "Friday, May 31, 2019"), ("2019-05-29", "Wednesday, May 29, 2019"),
         ("2019-05-27", "Monday, May 27, 2019"), ("2019-05-24", "Friday, May 24, 2019"),
         ("2019-05-22", "Wednesday, May 22, 2019"), ("2019-05-20", "Monday, May 20, 2019"),
         ("2019-05-17", "Friday, May 17, 2019"), ("2019-05-15", "Wednesday, May 15, 2019"),
         ("2019-05-13", "Monday, May 13, 2019"), ("2019-05-10", "Friday, May 10, 2019"),
         ("2019-05-08", "Wednesday, May 8, 2019"), ("2019-05-06", "Monday, May 6, 2019")]
_TIMES = ["6:05 AM", "9:14 AM", "11:30 AM", "1:45 PM", "4:20 PM", "7:02 PM", "10:48 PM"]
_READ_MORE = ["Read more ....", "Read more...", "Continue reading...", "Read more at: {o}"]


def _long_archive() -> str:
    out: list[str] = []
    k = 0
    for d, (iso, printed) in enumerate(_DAYS):
        out += [f"d[{iso}]|{printed}", ""]
        per_day = 3 if d == 0 else 2  # 3 + 11 * 2 = 25 posts
        for _ in range(per_day):
            a, b = _PLACES[k % 10], _PLACES[(k * 3 + 1) % 10]
            if a == b:
                b = _PLACES[(k + 5) % 10]
            outlet = _OUTLETS[k % 7]
            title = f"{a} And {b} Talk About {['Fishing', 'Ferries', 'Gas', 'Dams', 'Radar'][k % 5]} Again"
            if k % 6 == 2:
                title += "?"
            out += [f"t|{title}", ""]
            out += [f"b|{outlet}: {a} and {b} resume talks after a pause of {k + 2} weeks", ""]
            out += [f"b|Officials from {a} and {b} met in {_PLACES[(k + 7) % 10]} on day {k + 1} "
                    f"of the round and said the atmosphere had been constructive despite the "
                    f"disagreements of the spring.", ""]
            if k % 3 == 0:
                out += ["b|A second meeting is planned for the summer, according to a "
                        f"statement issued by the {a} foreign ministry.", ""]
            out += [f"r|{_READ_MORE[k % 4].format(o=outlet)}", ""]
            if k % 4 == 1:
                out += [f"n[WNU Editor:]|WNU Editor: Talk number {k + 2} this year. Nobody "
                        "expects a breakthrough before the elections.", ""]
            if k % 5 == 3:
                out += [f"n[[Editor's note:]|[Editor's note: Corrected the number of weeks "
                        f"in the headline at {_TIMES[k % 7]}.]", ""]
            count = (k * 7) % 11
            out += [f"p[WNU Editor]|Posted by WNU Editor at {_TIMES[k % 7]}", ""]
            header = "No comments:" if count == 0 else (
                "1 comment:" if count == 1 else f"{count} comments:")
            out += [f"h[{count}]|{header}", ""]
            out += [f"l|Labels: {', '.join(sorted({a, b}))}", ""]
            k += 1
    out += ["x|Newer Posts Older Posts Home", "", "x|Subscribe to: Posts (Atom)"]
    return "\n".join(out)


dump(216, "very long monthly archive: 25 posts over 12 date lines (two or three per date "
     "line), every read-more spelling, `WNU Editor:` and `[Editor's note:` notes, footers "
     "with counts but no comments (intended mismatches)", _long_archive())


dump(217, "archive with footers whose titles are printed before their date lines, and whose "
     "titles are shaped like source lines (`Valdoria: The Long Road To The Dam Deal`, "
     "`Morvania Answers: “Not Before The Elections”`)", """
t|Valdoria: The Long Road To The Dam Deal
d[2016-03-07]|Monday, March 7, 2016

b|Eleven years after the first round of talks on the Ostrel dam, the two governments are closer to a deal than they have ever been, and further from one than their press offices admit.

b|This is my attempt to explain, in one post, what is still on the table.

p[WNU Editor]|Posted by WNU Editor at 9:14 PM

l|Labels: dams, Valdoria

h[2]|2 comments:

t|Morvania Answers: “Not Before The Elections”
d[2016-03-06]|Sunday, March 6, 2016

b|Morvania's foreign minister told state television on Sunday evening that no agreement on the dam would be signed before the parliamentary elections in the autumn.

b|It is the first time a member of the government has put a date on the delay.

p[WNU Editor]|Posted by WNU Editor at 10:02 PM

l|Labels: dams, Morvania

h[0]|No comments:

x|Newer Posts Older Posts Home
""")

dump(218, "item page with no blank lines at all: caption, source, quote, read-more, a "
     "two-line note, count header, classic comments each closed by a timestamp line, a "
     "removed comment, form chrome", """
d[2016-10-11]|Tuesday, October 11, 2016
t|Tarsan Test-Fires A Coastal Missile
b|A truck-mounted launcher near Port Halim on October 10. Tidewater Times
b|Tidewater Times: Tarsan test-fires its first anti-ship missile from a coastal launcher
b|Tarsan's navy said a missile fired from a truck-mounted launcher near Port Halim hit a target barge forty kilometres offshore on Monday.
r|Read more ....
n[WNU Editor:]|WNU Editor: Forty kilometres covers the whole approach to Port Halim.
m|That is the message, and it is not aimed at pirates.
h[3]|3 comments:
c[Farida N.;2016-10-11T08:40]|Farida N. said...
w|The local papers ran the video all evening.
s|October 11, 2016 at 8:40 AM
c[Anonymous;2016-10-11T09:15]|Anonymous said...
w|This comment has been removed by the author.
s|October 11, 2016 at 9:15 AM
c[Gunnar Lind;2016-10-11T10:05]|Gunnar Lind said...
w|A barge does not shoot back.
s|October 11, 2016 at 10:05 AM
x|Post a Comment
x|Newer Post Older Post Home
""")

dump(219, "scraper copy of two posts without any date line: titles, `Author, Outlet: headline` "
     "source lines, `Posted by` footers, `0 Response to \"<title>\"` and `1 Response to "
     "\"<title>\"` headers, one classic comment", """
x|Home
x|Search This Blog
t|Morvania Closes Its Embassy Consulate In Brannock

b|Ilse Marten, Halden Post: Morvania shuts Brannock consulate after staff expulsions

b|Morvania closed its consulate in the Valdorian port of Brannock on Friday, a week after two of its diplomats were expelled.

p[WNU Editor]|Posted by WNU Editor at 8:12 PM

l|Labels: Brannock, Morvania

h[0]|0 Response to "Morvania Closes Its Embassy Consulate In Brannock"

t|Valdoria Expels A Third Morvanian Diplomat

b|Petr Salo, Atlas Press: Valdoria orders third Morvanian diplomat to leave within 72 hours

b|Valdoria's foreign ministry said the diplomat had been seen photographing the naval base at Brannock from a hired fishing boat.

p[WNU Editor]|Posted by WNU Editor at 6:40 PM

l|Labels: Brannock, spies

h[1]|1 Response to "Valdoria Expels A Third Morvanian Diplomat"

c[Harlan Vosk;]|Harlan Vosk said...

w|A hired fishing boat. Somebody has been watching too many films.
s|9:14 PM

x|Post a Comment
""")

dump(220, "footerless yearly archive cut above its first date line: the first post (title, "
     "caption, source, quote, read-more, note) has no date; then two dated groups, one with "
     "two posts", """
t|Tarsan Trawlers Return Early From The Almeric Banks

b|Trawlers tied up at Port Halim on December 30. Tidewater Times

b|Tidewater Times: Tarsan trawler fleet returns early as Sundavian patrols increase

b|Most of Tarsan's deep-sea fleet was back in Port Halim by Monday, two weeks before the end of the season, after skippers reported being shadowed by Sundavian patrol boats.

r|Read more ....

n[WNU Editor:]|WNU Editor: Nobody fired a shot, and the fleet still went home. That is how fishing disputes are won.

d[2019-12-29]|Sunday, December 29, 2019

t|Sundavia Adds Two Patrol Boats To Its Fisheries Fleet

b|Orbis Daily: Sundavia commissions two fisheries patrol boats ahead of winter season

b|The two boats, built in Tarsan, were commissioned at a ceremony in Panjor on Saturday and will sail for the Almeric banks next week.

r|Read more ....

t|Valdoria Extends Its Winter Fishing Ban

b|Atlas Press: Valdoria extends winter fishing ban in the Karsk Strait by a month

b|The ban will now run until the end of February, the fisheries ministry said.

r|Read more ....

d[2019-12-28]|Saturday, December 28, 2019

t|Morvanian Icebreaker Reaches Velsk

b|Kestrel News Agency: Icebreaker Dorsk arrives in Velsk after record early freeze

b|The icebreaker reached Velsk on Friday after escorting three cargo ships through the northern approaches.

r|Read more ....
""")

dump(221, "threaded copy whose replies are NOT indented (only the `Replies` ... `Reply` block "
     "marks them), a two-paragraph reply, an `@name` line in a top-level comment, a "
     "comment-form heading `What do you think?` after the last comment", """
d[2018-09-12]|Wednesday, September 12, 2018

t|Morvania Cancels Its Autumn Naval Parade

b|Kestrel News Agency: Morvania calls off autumn naval parade in Velsk, citing weather

b|Morvania's navy said on Wednesday that the parade planned for the end of September would not take place because of the risk of early autumn storms.

r|Read more ....

h[4]|4 comments:

c[Harlan Vosk;2018-09-12T08:14]|Harlan Vosk September 12, 2018 at 8:14 AM
w|Half the ships that were supposed to take part are in dry dock.

x|ReplyDelete
x|Replies

c[Mila K.;2018-09-12T09:40;0]|Mila K. September 12, 2018 at 9:40 AM
w|Two are in dry dock, the rest are waiting for crews.

w|Crews cost money. Parades cost more.

x|Delete

c[Pavel O.;2018-09-12T10:02;0]|Pavel O. September 12, 2018 at 10:02 AM
w|And paint. Do not forget the paint.

x|Delete

x|Reply

c[Gunnar Lind;2018-09-13T06:30]|Gunnar Lind September 13, 2018 at 6:30 AM
w|@Mila K.
w|The crews are in Dorsk, guarding the new pier.

x|ReplyDelete

x|What do you think?

x|Add comment
""")

dump(222, "numbered comments indented with TABS, items with a second indented paragraph, a "
     "`Replies` block with two nested replies, `ReplyDelete`/`Delete`/`Reply`", """
d[2020-09-08]|Tuesday, September 8, 2020

t|Should The Harbour Tunnel Be Tolled?

b|The council publishes its tunnel funding options on Friday, and one of them is a toll of two pounds each way for cars.

h[4]|4 comments:

k[;;;1]|\t1. Toll it. People who use it should pay for it.

w|\tThe bridge was paid for by everybody and look at the state of it.

x|\tReplyDelete
x|\tReplies

k[;;0;1]|\t\t1. People who use it are mostly nurses on night shifts.

x|\t\tDelete

k[;;0;1]|\t\t2. Then give nurses a pass. Simple.

x|\t\tDelete

x|\tReply

k[;;;1]|\t2. Two pounds each way is forty pounds a week for a commuter.

w|\tThat is a lot of money in this town.

x|\tReplyDelete

x|Add comment
""")

dump(223, "German archive page: two posts under one date line, `Eingestellt von <name> um "
     "<time>` footers with `Labels:`, `2 Kommentare:` / `1 Kommentar:` counts without "
     "comments, German navigation", """
d[2016-01-14]|Donnerstag, 14. Januar 2016

t|Die neue Fährrampe in Hallbrück ist fertig

b|Nach elf Monaten Bauzeit hat die Fähre nach Sankt Orlen heute Morgen zum ersten Mal an der neuen Rampe angelegt.

p[Jens Albrecht]|Eingestellt von Jens Albrecht um 10:14

l|Labels: Fähre, Hafen

h[2]|2 Kommentare:

t|Glatteis auf der Hafenstraße

b|Der Winterdienst kam heute erst gegen neun Uhr, da lagen schon drei Fahrräder auf der Straße.

p[Jens Albrecht]|Eingestellt von Jens Albrecht um 18:05

l|Labels: Hafen, Winter

h[1]|1 Kommentar:

d[2016-01-12]|Dienstag, 12. Januar 2016

t|Der Leuchtturm bekommt neue Farbe

b|Die Gerüste stehen, und ab Montag wird der Leuchtturm von Sankt Orlen zum ersten Mal seit 1998 neu gestrichen.

p[Jens Albrecht]|Eingestellt von Jens Albrecht um 09:30

l|Labels: Leuchtturm

h[2]|2 Kommentare:

x|Neuere Posts Ältere Posts Startseite

x|Abonnieren Posts (Atom)
""")

dump(224, "`[Editor's note:` note at the very top of the body, closed by a source line that "
     "opens the quoted block; a `My Comment:` note at the end over two paragraphs; "
     "`Read more at: Outlet`", """
d[2015-06-18]|Thursday, June 18, 2015

t|Sundavia Holds Its First Naval Review In A Decade

n[[Editor's note:]|[Editor's note: I was in Panjor for the review and will post my own photos tomorrow.]

b|Orbis Daily: Sundavia shows off new frigates at Panjor naval review

b|Twelve ships sailed past the president's reviewing stand in Panjor bay on Thursday, including two new frigates that have not yet been armed.

r|Read more at: Orbis Daily

n[My Comment:]|My Comment: Two frigates without weapons are a promise, not a fleet.

m|The weapons come next year, from Tarsan of all places.

h[0]|No comments:

x|Post a Comment
""")


dump(225, "threaded copy where a reply's body opens with an `@name <full date and time>` "
     "prefix line (body, not a new comment), and a top-level comment quoting another "
     "comment's byline", """
d[2018-09-12]|Wednesday, September 12, 2018

t|Morvania Cancels Its Autumn Naval Parade

b|Kestrel News Agency: Morvania calls off autumn naval parade in Velsk, citing weather

b|Morvania's navy said on Wednesday that the parade planned for the end of September would not take place because of the risk of early autumn storms.

r|Read more ....

h[3]|3 comments:

c[Harlan Vosk;2018-09-12T08:14]|Harlan Vosk September 12, 2018 at 8:14 AM
w|Half the ships that were supposed to take part are in dry dock. That is the storm.

x|ReplyDelete
x|Replies

c[Mila K.;2018-09-12T09:40;0]|    Mila K. September 12, 2018 at 9:40 AM
w|    @Harlan Vosk September 12, 2018 at 8:14 AM
w|    Two are in dry dock, the rest are waiting for crews.

x|    Delete

x|    Reply

c[Pavel O.;2018-09-13T06:30]|Pavel O. September 13, 2018 at 6:30 AM
w|Parades are for budgets. No parade, no money for paint.

x|ReplyDelete

x|Add comment
""")

dump(226, "Italian item page: `giovedì 14 gennaio 2016`, `Pubblicato da <name> alle 10:14`, "
     "`Etichette:`, `3 commenti:`, classic comments `ha detto...` with "
     "`14 gennaio 2016 alle ore 18:32` timestamps", """
d[2016-01-14]|giovedì 14 gennaio 2016

t|Il traghetto per Sorne torna in servizio

b|Dopo tre settimane di fermo per un guasto al motore, il traghetto che collega il porto vecchio all'isola di Sorne ha ripreso le corse questa mattina alle sette.

b|Gli abitanti dell'isola hanno dovuto accontentarsi nel frattempo di una motovedetta, due volte al giorno.

p[Giulia Ferri]|Pubblicato da Giulia Ferri alle 10:14

l|Etichette: isola, porto, traghetto

h[3]|3 commenti:

c[Marco;2016-01-14T18:32]|Marco ha detto...

w|Finalmente! Mia figlia è rimasta bloccata in città per tutte le feste.
s|14 gennaio 2016 alle ore 18:32

c[Anonimo;2016-01-15T08:05]|Anonimo ha detto...

w|E il nuovo traghetto promesso per il 2017?
s|15 gennaio 2016 alle ore 08:05

c[Giulia Ferri;2016-01-15T10:47]|Giulia Ferri ha detto...

w|Il comune dice che arriverà in primavera.
s|15 gennaio 2016 alle ore 10:47

x|Posta un commento

x|Post più recente Post più vecchio Home page
""")

dump(227, "Norwegian archive page: `torsdag 14. januar 2016` date lines, two posts under one "
     "date line, `Lagt inn av <name> kl. 10:14` footers, `Etiketter:`, `2 kommentarer:` "
     "and `Ingen kommentarer:` counts without comments", """
d[2016-01-14]|torsdag 14. januar 2016

t|Isen har lagt seg over fjorden

b|Isen la seg over fjorden i natt, for første gang på ni år. Fra kjøkkenvinduet kan jeg se ungene fra nabogården prøve den med kjepper langs land.

p[Kari Nes]|Lagt inn av Kari Nes kl. 10:14

l|Etiketter: fjorden, vinter

h[2]|2 kommentarer:

t|Fergen går som vanlig

b|Fergen til Skarvik går som vanlig, men rederiet ber folk holde seg unna kaia når isbryteren kommer.

p[Kari Nes]|Lagt inn av Kari Nes kl. 18:05

l|Etiketter: fergen

h[0]|Ingen kommentarer:

d[2016-01-12]|tirsdag 12. januar 2016

t|Nytt tak på naustet

b|Naboen og jeg fikk endelig lagt nytt tak på naustet før snøen kom, med to timer å gå på.

p[Kari Nes]|Lagt inn av Kari Nes kl. 09:30

l|Etiketter: naustet

h[0]|Ingen kommentarer:

x|Nyere innlegg Eldre innlegg Startsiden

x|Abonner på: Innlegg (Atom)
""")

dump(228, "item page whose one-line footer carries the count (`Posted by X at 10:14 PM "
     "3 comments: Links to this post`) with the comments listed below it, a `Reply` "
     "line under each classic comment, a hat-tip line before the read-more", """
d[2016-02-06]|Saturday, February 6, 2016

t|A Falling Out Between Morvania And Tarsan Over The Dam?

b|Orbis Daily: Morvania and Tarsan in first public row over the Ostrel dam mediation

b|Talks in Port Halim ended a day early on Monday after Morvania's delegation accused the Tarsan mediators of leaking a draft to the press.

b|H/T Harlan Vosk

r|Read more ....

p[WNU Editor;3]|Posted by WNU Editor at 10:14 PM 3 comments: Links to this post

c[Harlan Vosk;2016-02-06T22:40]|Harlan Vosk said...

w|Tarsan's mediators have leaked before. 2014, the fishing talks.
s|February 6, 2016 at 10:40 PM

x|Reply

c[Anonymous;2016-02-07T07:02]|Anonymous said...

w|Leaks are how mediators get paid twice.
s|February 7, 2016 at 7:02 AM

x|Reply

c[Mila K.;2016-02-07T09:30]|Mila K. said...

w|Morvania needed a reason to leave early. Any reason.
s|February 7, 2016 at 9:30 AM

x|Reply

x|Post a Comment
""")


def _long_thread() -> str:
    names = ["Harlan Vosk", "Mila K.", "Pavel O.", "Gunnar Lind", "Anonymous", "Dee in Dundee",
             "Len", "Tom Ashby", "ColdWarKid61", "Farida N.", "Ada Rook", "Maggie"]
    out = ["d[2021-03-16]|Tuesday, March 16, 2021", "",
           "t|Is The Ostrel Dam Deal Finally Done?", "",
           "b|Tidewater Times: Valdoria and Morvania initial draft deal on the Ostrel dam", "",
           "b|Negotiators from Valdoria and Morvania initialled a draft agreement on the Ostrel "
           "dam late on Monday, after eleven years of on-and-off talks.", "",
           "r|Read more ....", "", "h[23]|23 comments:", ""]
    top = -1
    count = 0
    for n in range(1, 13):
        num = f"{n}.".rjust(3)  # right-aligned numbers: " 9." and "10."
        out += [f"k[;;;1]| {num} Comment number {n} from {names[n - 1]}: the draft is only a "
                f"start and the parliaments decide.", ""]
        top = count
        count += 1
        if n in (3, 10, 12):
            out += ["x|    ReplyDelete", "x|    Replies", ""]
            for r in range(1, 3):
                out += [f"k[;;{top};1]|      {r}. Reply {r} to comment {n}: agreed, up to a "
                        "point.", "", "x|        Delete", ""]
                count += 1
            out += ["x|    Reply", ""]
        else:
            out += ["x|    ReplyDelete", ""]
    out += ["x|Add comment", "x|Load more..."]
    return "\n".join(out)


dump(229, "long numbered thread: 12 top-level comments with RIGHT-aligned numbers (`  9.` then "
     "` 10.`), three `Replies` blocks with two nested replies each, count 23 with 18 listed "
     "(paginated, `Load more...`)", _long_thread())

dump(230, "a note whose later paragraphs are an `Update:` line and a hat-tip line (still the "
     "note: it runs until the read-more), then a hat-tip body line after the read-more",
     """
d[2021-05-04]|Tuesday, May 4, 2021

t|Tarsan Recalls Its Fleet From The Almeric Banks

b|Tidewater Times: Tarsan orders trawler escorts home after Sundavian warning

b|Tarsan's coast guard cutters left the Almeric banks on Monday night, hours after Sundavia warned that it would treat armed vessels in its zone as hostile.

n[WNU Editor:]|WNU Editor: This is the first time either side has blinked in two years.

m|Update: Sundavia's navy says its patrols will stay in place until the end of the season.

m|H/T Farida N. for the Tidewater link.

r|Read more ....

b|H/T to reader Gunnar Lind for the Sundavian statement.

h[0]|No comments:

x|Post a Comment
""")

dump(231, "archive with footers and non-terminal chrome between the posts: a cookie notice, "
     "an aggregator `from <feed>` line under each title, `Links to this post` after each "
     "footer, share buttons one per line", """
d[2012-03-05]|Monday, March 5, 2012

t|The Pier Lamps Are Finally Lit
x|from Notes From The Harbour

b|The twelve new lamps along the sea wall were switched on at dusk on Saturday, six winters after the old ones came down in a storm.

p[Ada Rook]|Posted by Ada Rook at 8:30 PM

x|Share
x|Get link
x|Facebook

h[3]|3 comments:

x|Links to this post

x|This site uses cookies from Google to deliver its services and to analyze traffic.

d[2012-03-04]|Sunday, March 4, 2012

t|Counting The Harbour Gulls
x|from The Gull Counters

b|Saturday's count along the harbour wall produced 412 herring gulls, the lowest March figure since our group started counting.

p[Len Ashby]|Posted by Len Ashby at 5:10 PM

x|Share
x|Get link
x|Facebook

h[0]|No comments:

x|Links to this post

x|Newer Posts Older Posts Home
""")


dump(232, "footerless archive whose titles are printed BEFORE their date lines (each title "
     "followed by its date line, then a source line), posts ending in notes, and an untitled "
     "post (two blank lines after its date line)", """
t|Valdoria Doubles Its Border Guard Budget
d[2017-04-12]|Wednesday, April 12, 2017

b|Atlas Press: Valdoria doubles border guard funding after Ostrel bridge incidents

b|Parliament approved the increase on Wednesday by a large majority, with only the Greens voting against.

r|Read more ....

n[WNU Editor:]|WNU Editor: Doubling a small budget still leaves a small budget.

t|Morvania Answers With A New Border Post
d[2017-04-11]|Tuesday, April 11, 2017

b|Kestrel News Agency: Morvania opens new border post on the Ostrel river road

b|The post, two kilometres from the bridge, will house forty guards and a helicopter pad.

r|Read more ....

n[WNU Editor:]|WNU Editor: Forty guards and a helicopter pad is not a customs office.

d[2017-04-10]|Monday, April 10, 2017
@post


b|No posts today. I am at the Ostrel bridge with a camera and a thermos, and the signal out here is hopeless.
""")

dump(233, "classic comments by the editor and readers whose bodies contain marker-shaped lines: "
     "a comment opening `My Comment:`, one with an `[Editor's note:` paragraph, one "
     "`WNU Editor said...` with two paragraphs; all are comments, the post has one note",
     """
d[2019-08-21]|Wednesday, August 21, 2019

t|Valdoria Opens Its Archives On The 1994 Bridge Crisis

b|Meridian Wire: Valdoria declassifies files on 1994 Ostrel bridge standoff

b|Valdoria's state archive released more than four thousand pages of documents on Wednesday about the three-week standoff on the Ostrel bridge in 1994.

r|Read more ....

n[WNU Editor:]|WNU Editor: I covered the standoff as a young reporter. More on these files soon.

h[3]|3 comments:

c[Harlan Vosk;2019-08-21T20:14]|Harlan Vosk said...

w|My Comment: the files confirm what everyone in Brannock knew in 1994.
s|August 21, 2019 at 8:14 PM

c[Mila K.;2019-08-21T21:02]|Mila K. said...

w|I was on the Morvanian side of that bridge as a conscript.

w|[Editor's note: we never had hot food. Not once in three weeks.]
s|August 21, 2019 at 9:02 PM

c[WNU Editor;2019-08-21T21:30]|WNU Editor said...

w|Mila, please write to me. I would like to hear more.

w|WNU Editor: that goes for anyone else who was there.
s|August 21, 2019 at 9:30 PM

x|Post a Comment
""")


dump(234, "archive with footers: a post TITLED `What Do You Think?` and a post whose body ends "
     "with the paragraph `Your thoughts?` before its footer (body, not comment-form chrome: "
     "they stand inside posts, not after the last comment)", """
d[2020-09-08]|Tuesday, September 8, 2020

t|What Do You Think?

b|The council publishes its tunnel funding options on Friday, and one of them is a toll of two pounds each way for cars.

b|I am genuinely undecided, so I am asking you. Tolls pay for the thing, but they also push traffic back onto the old bridge.

p[Ada Rook]|Posted by Ada Rook at 9:14 AM

l|Labels: council, tunnel

h[5]|5 comments:

d[2020-09-06]|Sunday, September 6, 2020

t|The Old Bridge Turns Ninety

b|The old bridge over the harbour mouth opened ninety years ago today, and the council has forgotten, so this blog will mark it instead.

b|Should we throw it a party?

b|Your thoughts?

p[Ada Rook]|Posted by Ada Rook at 6:40 PM

l|Labels: bridge, history

h[2]|2 comments:

x|Newer Posts Older Posts Home
""")

dump(235, "classic comments where a reader's comment has the paragraph `What do you think?` "
     "(asked of the editor) before its own timestamp line, followed by more comments; the "
     "comment-form chrome comes only after the last comment", """
d[2020-09-08]|Tuesday, September 8, 2020

t|Should The Harbour Tunnel Be Tolled?

b|The council publishes its tunnel funding options on Friday, and one of them is a toll of two pounds each way for cars.

h[3]|3 comments:

c[Len;2020-09-08T10:02]|Len said...

w|I would pay two pounds if the money stayed in the town. Ada, you have followed this longer than anyone.

w|What do you think?
s|September 8, 2020 at 10:02 AM

c[Ada Rook;2020-09-08T12:30]|Ada Rook said...

w|Len, I think a toll is fair only if nurses and carers get a pass.
s|September 8, 2020 at 12:30 PM

c[Dee in Dundee;2020-09-08T19:45]|Dee in Dundee said...

w|That is how it works on our bridge, and nobody complains any more.
s|September 8, 2020 at 7:45 PM

x|Post a Comment
""")


dump(236, "hard-wrapped body whose wrapped lines start with `from` (`from Panjor on Tuesday "
     "night, and`), look like aggregator lines but are body text inside paragraphs", """
d[2014-02-18]|Tuesday, February 18, 2014

t|A Long Night At The Ferry Terminal

b|The last boat from Kessin was cancelled at ten, and about forty of us were
b|left in the waiting room with a vending machine and a television showing
b|the weather. The harbour master drove over
b|from his house on the hill in his pyjamas and a coat
b|to tell us the wind would drop by two.

b|It did not. At three, a fishing skipper offered to take six people across
b|in his trawler, and I am ashamed to say I was one of them. We came in
b|from the north side of the island, soaked to the skin
b|and very grateful.

h[1]|1 comment:

c[Len;2014-02-18T12:12]|Len said...

w|I was in that waiting room too. The vending machine ran out of tea at midnight.
s|February 18, 2014 at 12:12 PM

x|Post a Comment
""")

dump(237, "archive with footers whose titles stand before PREFIXED date lines (`Harbour Notes "
     "— Monday, March 5, 2012:`)", """
t|The Gull Count Goes Digital
d[2012-03-05]|Harbour Notes — Monday, March 5, 2012:

b|The gull count finally moved from clipboards to a phone app this weekend. Three of the five counters managed to use it.

p[Ada Rook]|Posted by Ada Rook at 8:30 PM

l|Labels: counts

h[3]|3 comments:

t|Low Tide Walk
d[2012-03-04]|Harbour Notes — Sunday, March 4, 2012:

b|Low tide at half past two, so we walked out to the old wreck on the sand bar and back before the water turned.

p[Ada Rook]|Posted by Ada Rook at 5:10 PM

l|Labels: walks

h[0]|No comments:

x|Newer Posts Older Posts Home
""")


dump(238, "classic comments each closed by a timestamp line, one of them holding a short "
     "stand-alone paragraph ending in `said...` without a comma (`And then her boss "
     "said...`): body of that comment, not a new comment", """
d[2019-05-21]|Tuesday, May 21, 2019

t|Morvania Denies Drone Flights Over The Ostrel Reservoir

b|Kestrel News Agency: Morvania says drones over the Ostrel reservoir are not military

b|Morvania's defence ministry said on Tuesday that the drones filmed over the Ostrel reservoir last week belonged to a private mapping company working for the water authority.

r|Read more ....

h[2]|2 comments:

c[Dee in Dundee;2019-05-22T11:30]|Dee in Dundee said...

w|I asked my cousin in Dorsk about it. She works for the water authority.

w|And then her boss said...

w|...that nobody in the office had ever heard of a mapping contract.
s|May 22, 2019 at 11:30 AM

c[Harlan Vosk;2019-05-22T12:02]|Harlan Vosk said...

w|Of course they had not.
s|May 22, 2019 at 12:02 PM

x|Post a Comment
""")
