# ruff: noqa: E501  (template lines are dump lines; their length is the data)
"""Templates of the dumps that hold posts (see dumpkit.py for the tags)."""

from __future__ import annotations

from typing import Any

NB = "\u00a0"  # no-break space (trailing spaces are written {" " * n} in templates)

DUMPS: list[dict[str, Any]] = []


def dump(n: int, what: str, text: str, **opts: Any) -> None:
    DUMPS.append({"n": n, "what": what, "text": text, **opts})


dump(101, "chrome before the date (search box, blog name, tagline); date line with the blog "
     "name prefix, an em dash and a trailing colon; date-only caption line; a date inside a "
     "sentence (body); `1 comments:`; `Blogger <name> said...` avatar artefact; comment-form "
     "heading `What do you think?` and the owner notice after the form", """
x|Search This Blog
x|Notes From The Harbour
x|Ferries, fog and the harbour council, written from the end of the pier

d[2012-03-05]|Notes From The Harbour — Monday, March 5, 2012:

t|The Pier Lamps Are Finally Lit

b|March 3, 2012

b|The twelve new lamps along the sea wall were switched on at dusk on Saturday, and for the first time in six winters you can walk from the ferry ramp to the lifeboat station without a torch.

b|The council first promised them on Tuesday, November 14, 2006, after the old lamps came down in a storm, and I have written about the empty posts here more often than I care to count.

b|Credit where it is due. The harbour master stood in the drizzle with the electricians until the last one was working.

h[1]|1 comments:

c[Tom Ashby;2012-03-05T21:10]|Blogger Tom Ashby said...

w|Walked the wall with the dog tonight. It feels like a different town. Now fix the steps by the fish market before somebody breaks an ankle.
s|March 5, 2012 at 9:10 PM

x|What do you think?

x|Post a Comment

x|Note: Only a member of this blog may post a comment.

x|Newer Post Older Post Home
""")

dump(102, "German locale: `Donnerstag, 14. Januar 2016`, `Eingestellt von <name> um 10:14`, "
     "German share line, `Labels:`, `3 Kommentare:`, `hat gesagt…`, `um` timestamps, German "
     "form and navigation chrome", """
d[2016-01-14]|Donnerstag, 14. Januar 2016

t|Die neue Fährrampe in Hallbrück ist fertig

b|Nach elf Monaten Bauzeit hat die Fähre nach Sankt Orlen heute Morgen zum ersten Mal an der neuen Rampe angelegt. Der Kapitän hupte dreimal, und auf dem Kai wurde geklatscht.

b|Die alte Rampe war seit dem Sturm im Herbst 2014 nur noch mit Einschränkungen befahrbar. Lastwagen mussten monatelang den Umweg über die Brücke bei Ostrel nehmen.

b|Am Samstag gibt es am Hafen Kaffee und Kuchen, der Erlös geht an die Seenotretter.

p[Jens Albrecht]|Eingestellt von Jens Albrecht um 10:14

x|Diesen Post per E-Mail versenden BlogThis! Auf Twitter freigeben Auf Facebook freigeben Auf Pinterest teilen

l|Labels: Fähre, Hafen, Hallbrück

h[3]|3 Kommentare:

c[Monika;2016-01-14T18:41]|Monika hat gesagt…

w|Endlich! Mein Vater ist jeden Tag mit dem Lastwagen über die Brücke gefahren und hat jedes Mal geschimpft.
s|14. Januar 2016 um 18:41

c[Anonym;2016-01-15T07:02]|Anonym hat gesagt…

w|Und wer bezahlt die Mehrkosten? Im Gemeinderat war von vier Millionen die Rede, jetzt sind es sechs.
s|15. Januar 2016 um 07:02

c[Jens Albrecht;2016-02-06T10:41]|Jens Albrecht hat gesagt…

w|Die Zahlen stehen im Protokoll der Dezembersitzung. Ich verlinke es morgen.

w|Danke fürs Lesen!
s|6. Februar 2016 um 10:41

x|Kommentar veröffentlichen

x|Neuerer Post Älterer Post Startseite

x|Abonnieren Kommentare zum Post (Atom)
""")

dump(103, "Portuguese locale: `quinta-feira, 14 de janeiro de 2016`, `Postado por <name> às "
     "10:14`, `Marcadores:`, `2 comentários:`, `disse...`, `às` timestamps", """
d[2016-01-14]|quinta-feira, 14 de janeiro de 2016

t|A feira do livro voltou ao cais velho

b|Depois de dois anos no pavilhão municipal, a feira do livro de Porto Seravin regressou ao cais velho, com quarenta bancas debaixo de toldos brancos e um vento que fazia voar os marcadores.

b|Os livreiros queixaram-se do frio, mas as vendas do primeiro dia foram as melhores desde 2011, segundo a associação comercial.

p[Marta Vidal]|Postado por Marta Vidal às 10:14

l|Marcadores: cais, feira, livros

h[2]|2 comentários:

c[Rui;2016-01-14T21:07]|Rui disse...

w|Passei lá ao fim da tarde e comprei três livros de poesia por dez euros. O cais fica muito melhor com gente.
s|14 de janeiro de 2016 às 21:07

c[Anônimo;2016-01-15T08:05]|Anônimo disse...

w|Alguém sabe até quando fica aberta?
s|15 de janeiro de 2016 às 08:05

x|Postar um comentário

x|Postagem mais recente Postagem mais antiga Página inicial

x|Assinar: Postar comentários (Atom)
""")

dump(104, "Norwegian date `torsdag 14. januar 2016`, no title (three blank lines after the "
     "date), header `2 kommentarer:` (number + word + colon) before a numbered list", """
d[2016-01-14]|torsdag 14. januar 2016
@post



b|Isen la seg over fjorden i natt, for første gang på ni år. Fra kjøkkenvinduet kan jeg se ungene fra nabogården prøve den med kjepper langs land.

b|Fergen til Skarvik går som vanlig, men rederiet ber folk holde seg unna kaia når isbryteren kommer.

h[2]|2 kommentarer:

k[;;;1]|  1. Husk å ta bilder! Sist det skjedde var jeg for liten til å huske det.

k[;;;1]|  2. Vi har is her også, men bare innerst i bukta.

x|Legg inn en kommentar
""")

dump(105, "Romanian date `joi, 14 ianuarie 2016`, header `3 comentarii:`, numbered comments "
     "with a nested reply and `ReplyDelete`/`Replies`/`Delete`/`Reply`", """
d[2016-01-14]|joi, 14 ianuarie 2016

t|Podul de la Ostrel, închis din nou

b|Podul de peste Ostrel a fost închis din nou azi-dimineață, după ce inspectorii au găsit o fisură nouă în pilonul dinspre malul estic.

b|Autobuzele spre Velsk ocolesc prin Dorsk, ceea ce adaugă aproape o oră la drum.

h[3]|3 comentarii:

k[;;;1]|  1. A treia oară anul acesta. Cine a semnat recepția lucrărilor?

x|    ReplyDelete
x|    Replies

k[;;0;1]|    1. Aceeași firmă care a reparat și drumul spre gară.

x|      Delete

x|    Reply

k[;;;1]|  2. Ocolul prin Dorsk e un coșmar iarna.

x|    ReplyDelete

x|Add comment
""")

dump(106, "Spanish locale: `martes, 3 de marzo de 2015`, `Publicado por <name> en 10:14`, "
     "`Etiquetas:`, Spanish share line, `2 comentarios:`, `dijo...`, `Anónimo dijo...`, "
     "`de ..., HH:MM` timestamps", """
d[2015-03-03]|martes, 3 de marzo de 2015

t|El faro de Punta Lebrel vuelve a funcionar

b|Después de casi un año apagado, el faro de Punta Lebrel volvió a encenderse anoche, a las siete y cuarto, con media población mirando desde el paseo.

b|La Autoridad Portuaria asegura que la nueva lámpara consume una décima parte que la antigua y que se verá desde treinta millas.

p[Lucía Ferrer]|Publicado por Lucía Ferrer en 10:14

x|Enviar por correo electrónico Escribe un blog Compartir con Twitter Compartir con Facebook Compartir en Pinterest

l|Etiquetas: faro, Punta Lebrel, puerto

h[2]|2 comentarios:

c[Marisol;2015-03-03T21:14]|Marisol dijo...

w|Lo vi desde el balcón. Mi abuelo fue farero allí cuarenta años y se habría emocionado.
s|3 de marzo de 2015, 21:14

c[Anónimo;2015-03-04T09:03]|Anónimo dijo...

w|¿Y el sueldo del farero? Ahora todo es automático.
s|4 de marzo de 2015, 9:03

x|Publicar un comentario

x|Entrada más reciente Entrada antigua Página principal
""")

dump(107, "French locale: `samedi 6 février 2016`, `Publié par <name> à 10:14`, `Libellés :`, "
     "`3 commentaires:`, `a dit…`, `à` timestamps, a French comment that only asks a "
     "question", """
d[2016-02-06]|samedi 6 février 2016

t|Le marché couvert de Valmoré rouvre ses portes

b|Le marché couvert de Valmoré a rouvert ce matin après huit mois de travaux. La verrière a été entièrement refaite et les étals de poissonniers ont enfin l'eau courante.

b|Les commerçants ont offert le café aux premiers clients, dont beaucoup étaient venus avant l'ouverture des portes.

p[Claire Dumas]|Publié par Claire Dumas à 10:14

l|Libellés : marché, quartier, Valmoré

h[3]|3 commentaires:

c[Odile;2016-02-06T18:32]|Odile a dit…

w|Enfin ! La verrière fuyait déjà quand j'étais enfant.
s|6 février 2016 à 18:32

c[Anonyme;2016-02-07T08:05]|Anonyme a dit…

w|Et le parking, il a été refait lui aussi ?
s|7 février 2016 à 08:05

c[Claire Dumas;2016-02-07T10:47]|Claire Dumas a dit…

w|Pas encore, les travaux commencent au printemps.
s|7 février 2016 à 10:47

x|Enregistrer un commentaire

x|Article plus récent Article plus ancien Accueil
""")

dump(108, "ISO date line `2015-03-04`; threaded copy where the timestamp stands on its own line "
     "under the name (`3/4/15 7:20 PM`), `Replies` blocks closed by `Reply`, `Add comment`, "
     "`Load more...` (count 5, 4 listed)", """
d[2015-03-04]|2015-03-04

t|Sundavia Extends Its Fishing Zone To Forty Miles

b|Sundavia's parliament voted on Wednesday to extend the country's exclusive fishing zone from twenty-five to forty nautical miles, a move that takes in most of the eastern Almeric banks.

b|Fishing associations in Tarsan called the vote an act of piracy and asked their government to send coast guard vessels to escort trawlers in April.

h[5]|5 comments:

c[Gunnar Lind;2015-03-04T19:20]|Gunnar Lind
s|3/4/15 7:20 PM
w|Forty miles puts the line right on top of the best cod grounds. This was never about conservation.

x|ReplyDelete
x|Replies

c[Mila K.;2015-03-04T20:02;0]|    Mila K.
s|    3/4/15 8:02 PM
w|    Sundavia has warned about overfishing on the banks for ten years. Nobody listened.

x|    Delete

x|    Reply

c[Anonymous;2015-03-05T06:45]|Anonymous
s|3/5/15 6:45 AM
w|Tarsan escorts in April, Sundavian patrols in May. I give it until the summer before somebody rams somebody.

x|ReplyDelete

c[Pavel O.;2015-03-05T11:10]|Pavel O.
s|3/5/15 11:10 AM
w|The vote passed by two. It could be reversed after the autumn election.

x|ReplyDelete

x|Add comment
x|Load more...
""")

dump(109, "archive page with the date shape `Jan 14, 2016`: two posts under one date line, "
     "one-line footers that carry the count (`Posted by X at 10:14 PM 2 comments: Links to "
     "this post`, `... No comments: Links to this post`) followed by `Labels:`; counts without "
     "comments (count 2, 0 listed; count 7, 0 listed)", """
d[2016-01-14]|Jan 14, 2016

t|Valdoria Recalls Its Ambassador From Morvania

b|Atlas Press: Valdoria recalls ambassador after Morvanian border guards detain two customs officers

b|Valdoria's foreign ministry said on Thursday that it had recalled its ambassador for consultations after two of its customs officers were detained on a bridge over the Ostrel river.

b|Morvania said the officers had crossed the middle of the bridge without permission.

r|Read more ....

n[WNU Editor:]|WNU Editor: The middle of that bridge has been argued about since 1994. Nobody has painted a line on it for a reason.

p[WNU Editor;2]|Posted by WNU Editor at 10:14 PM 2 comments: Links to this post

l|Labels: Morvania, Ostrel, Valdoria

t|Tarsan Opens Its Second Desalination Plant

b|Tidewater Times: Tarsan opens desalination plant at Port Halim

b|The new plant will supply drinking water for about three hundred thousand people and cut the emirate's dependence on the aquifer under the southern plain.

r|Read more ....

p[WNU Editor;0]|Posted by WNU Editor at 6:02 PM No comments: Links to this post

l|Labels: Tarsan, water

d[2016-01-12]|Jan 12, 2016

t|Sundavia Bans Night Flights Over Panjor

b|Global Dispatch: Sundavia bans night flights over capital after near miss

b|The aviation authority said the ban would last at least three months while a new approach path over the bay is designed.

r|Read more ....

p[WNU Editor;7]|Posted by WNU Editor at 8:30 AM 7 comments: Links to this post

l|Labels: aviation, Sundavia

x|Newer Posts Older Posts Home
""")

dump(110, "monthly archive with zero-padded dates (`Tuesday, March 03, 2009`): three posts under "
     "one date line separated by footers, a post of a title and a two-paragraph note only, a "
     "personal post titled `My Comment` (no marker, body), a `[Editor's note:` note at the end "
     "of a post, `Posted by Picasa` inside a body, counts without comments", """
d[2009-03-03]|Tuesday, March 03, 2009

t|Morvania Raises Its Gas Price For Valdoria

b|Halden Post: Morvania to raise gas price for Valdoria by a third from April

b|Morvania's state gas company said on Tuesday that it would raise the price it charges Valdoria by thirty-four per cent from the first of April, citing higher transit costs.

b|Valdoria's energy minister called the increase political and said the country had enough gas in storage to last until the summer.

r|Read more ....

n[[Editor's note:]|[Editor's note: An earlier version of this post said the increase was forty per cent. The Halden Post has since corrected its figure.]

p[WNU Editor]|Posted by WNU Editor at 9:12 PM

l|Labels: energy, gas, Morvania, Valdoria

h[3]|3 comments:

t|Snow Day

n[WNU Editor:]|WNU Editor: Half the city is without power and my laptop battery is at eleven per cent. Posting will be light tonight.

m|If the lights come back I will catch up with the gas story and the Ostrel talks before midnight.

p[WNU Editor]|Posted by WNU Editor at 5:40 PM

h[6]|6 comments:

t|My Comment

b|A reader asked why I sometimes write "My Comment" and sometimes "WNU Editor" above my notes. The honest answer is that I changed templates in 2008 and never went back to fix the old posts.

b|Harbour at dusk, from the Kessin ferry.

b|Posted by Picasa

b|No deep meaning, I promise.

p[WNU Editor]|Posted by WNU Editor at 11:58 AM

h[0]|No comments:

x|Newer Posts Older Posts Home

x|Subscribe to: Posts (Atom)
""")

dump(111, "footerless yearly archive (WNU style): several posts under one date line separated only "
     "by a title followed by a source line, a title with a colon, a title followed by a caption "
     "and then a source line; a second quoted block after a mid-post note (same post); a "
     "second source line directly after quoted paragraphs (same post); `Read more...`, "
     "`Continue reading...`, `Read more at: Atlas Press`, `Read more....`; a trailing "
     "`Read more.` inside a paragraph (body, read_more false)", """
d[2019-11-14]|Thursday, November 14, 2019

t|Morvania Moves Its Northern Fleet HQ To Velsk

b|Meridian Wire: Morvania to move northern fleet headquarters to Velsk by 2021

b|Morvania's navy will move the headquarters of its northern fleet from Dorsk to the port of Velsk over the next two years, the defence ministry said on Thursday.

b|The ministry said the move would save money on rail transport and bring staff closer to the ships they command.

r|Read more...

n[WNU Editor:]|WNU Editor: Velsk is sixty kilometres from the Karsk Strait. Nobody moves a fleet headquarters that close to a neighbour to save on rail tickets. Here is how Kaltenberg reacted.

b|Halden Post: Valdoria summons Morvanian envoy over fleet move

b|Valdoria's foreign ministry summoned the Morvanian ambassador on Thursday evening to ask for an explanation of the decision.

b|A ministry spokeswoman said the move contradicted the spirit of the strait agreement signed in 2014.

r|Continue reading...

t|Tarsan Budget 2020: More Ships, Fewer Tanks

b|Tidewater Times: Tarsan budget shifts defence money from the army to the navy

b|Tarsan's draft budget for 2020 cuts spending on armoured vehicles by a fifth and doubles the money set aside for patrol boats and coastal radar.

b|Orbis Daily: Army officers grumble as Tarsan favours the navy

b|Several retired army generals criticised the draft in interviews on Thursday, saying the emirate was preparing for the wrong war.

b|The finance ministry said the army would keep all of its current units.

r|Read more at: Atlas Press

t|Sundavian Farmers Block The Panjor Ring Road

b|Tractors parked across the Panjor ring road on November 13. Orbis Daily

b|Orbis Daily: Farmers block Sundavian capital's ring road over grain prices

b|Hundreds of farmers drove their tractors onto the ring road around Panjor on Wednesday morning, blocking traffic for six hours in a protest over the price the state pays for wheat.

b|The agriculture minister promised to meet their representatives next week. Read more.

d[2019-11-13]|Wednesday, November 13, 2019

t|Valdoria Tests Its Civil Defence Sirens

b|Atlas Press: Valdoria sounds civil defence sirens nationwide for the first time since 1991

b|Sirens sounded across Valdoria at noon on Wednesday in a test that the interior ministry said would now be held every year.

r|Read more....

n[WNU Editor:]|WNU Editor: My neighbours thought it was a real alarm. The ministry's text message arrived twenty minutes after the sirens stopped.
""")

dump(112, "UK date `Tuesday, 3 February 2015` and UK 24-hour timestamps `3 February 2015 at "
     "19:42`; a comment removed by a blog administrator; a comment with an empty body; a "
     "comment whose timestamp shows only a time (null)", """
d[2015-02-03]|Tuesday, 3 February 2015

t|The Night Bus Is Back

b|After eighteen months of petitions, the night bus from the station to the Kessin estate runs again from Monday, every hour between midnight and five.

b|The first driver, a cheerful man called Rob, told me he had volunteered for the shift because he lives on the estate himself and was tired of walking home.

h[4]|4 comments:

c[Dee in Dundee;2015-02-03T19:42]|Dee in Dundee said...

w|Brilliant news. My daughter works late at the hospital and has been paying for taxis since the summer.
s|3 February 2015 at 19:42

c[Anonymous;2015-02-03T20:15]|Anonymous said...

w|This comment has been removed by a blog administrator.
s|3 February 2015 at 20:15

c[Tom Ashby;2015-02-04T07:30]|Tom Ashby said...

s|4 February 2015 at 07:30

c[Rob the driver;]|Rob the driver said...

w|Thanks for the kind words. Wave at the 2am bus if you see it!
s|23:58

x|Post a Comment
""")

dump(113, "English date line without a weekday (`March 5, 2012`) at the top; `0 comments:` "
     "header; share buttons on one line; `Links to this post` and navigation chrome", """
d[2012-03-05]|March 5, 2012

t|Why The Karsk Ferry Timetable Matters

b|Every spring somebody asks why this blog spends so much time on a ferry timetable. Here is the short answer.

b|When the Karsk ferries run on time, the navies on both sides are talking to each other. When they are late, somebody has closed a sea lane for an exercise without telling the other side.

b|This week the ferries were forty minutes late on three days out of five.

x|Email This BlogThis! Share to Twitter Share to Facebook

h[0]|0 comments:

x|Links to this post

x|Newer Post Older Post Home
""")

dump(114, "title printed before its date line (date still governs the post); classic comments "
     "with US short timestamps `2/16/17 9:05 PM` on the line after the body", """
t|Ostrel Dam Talks Resume After Six-Week Pause

d[2017-02-16]|Thursday, February 16, 2017

b|Negotiators from Valdoria and Morvania returned to the table in Tarsan on Thursday, six weeks after the last round broke up without an agreement on inspections.

b|Both delegations brought new technical teams, and a mediator said the first session had been businesslike.

h[2]|2 comments:

c[Pavel O.;2017-02-16T21:05]|Pavel O. said...

w|Businesslike is diplomat for nobody shouted.
s|2/16/17 9:05 PM

c[ColdWarKid61;2017-02-17T06:12]|ColdWarKid61 said...

w|New technical teams means the old ones agreed on something their bosses did not like.
s|2/17/17 6:12 AM

x|Post a Comment
""")

dump(115, "scraper copy without a date line: title, `Author, Outlet: headline` source line, "
     "`3 Responses to \"<title>\"` header, classic comments with time-only timestamps (null), "
     "a comment removed by its author", """
t|Will Sundavia Join The Helm Sea Patrol Pact?

b|Rana Okafor, Global Dispatch: Sundavia weighs joining regional naval patrol pact

b|Sundavia's cabinet will decide next month whether to join the patrol agreement signed by Tarsan and two smaller states last year, officials in Panjor said on Tuesday.

b|Joining would commit the Sundavian navy to at least two ships on permanent rotation in the eastern Helm Sea.

n[WNU Editor:]|WNU Editor: Two ships is most of the Sundavian navy.

h[3]|3 Responses to "Will Sundavia Join The Helm Sea Patrol Pact?"

c[Harlan Vosk;]|Harlan Vosk said...

w|Two ships and a tugboat. They will join, because the alternative is being patrolled by everyone else.
s|8:14 AM

c[Anonymous;]|Anonymous said...

w|This comment has been removed by the author.
s|9:02 AM

c[Mila K.;]|Mila K. said...

w|The cabinet vote is a formality. The navy chief already said yes on television.
s|10:31 AM

x|Post a Comment
""")

dump(116, "comment oddities under the count header `5 people had something to say:`: "
     "`Anonymous Anonymous said...`, a comment greeting `WNU Editor,`, a comment starting "
     "`WNU Editor:` (a comment, not a note), `WNU Editor said...`, a comment line ending in "
     "`said...`, an `@name time` prefix (no parent)", """
d[2018-05-22]|Tuesday, May 22, 2018

t|Morvanian Drones Spotted Over The Ostrel Reservoir

b|Kestrel News Agency: Residents film drones over Ostrel reservoir for third night

b|Residents of two villages on the Valdorian shore of the Ostrel reservoir said they had filmed groups of small drones circling the dam after dark on three consecutive nights.

r|Read more ....

n[WNU Editor:]|WNU Editor: The videos are grainy, but the lights move in formation. These are not hobby drones.

h[5]|5 people had something to say:

c[Anonymous]|Anonymous Anonymous said...

w|WNU Editor,

w|Formation lights are what you use when you want to be seen. Surveillance drones fly dark.

c[Harlan Vosk]|Harlan Vosk said...

w|WNU Editor: the villagers should hand the videos to the commission, not to the television stations.

c[WNU Editor]|WNU Editor said...

w|Harlan, they tried. The commission office in Ostrel is closed until June.

c[Mila K.]|Mila K. said...

w|@Harlan Vosk 9:14 PM

w|The commission cannot even inspect its own dam. My uncle in Dorsk said...

w|...that the drones are Valdorian, testing their own air defence. Who knows.

c[Pavel O.]|Pavel O. said...

w|Three nights in a row is a pattern. Somebody is mapping the reservoir.

x|Post a Comment
""")

dump(117, "abbreviated day-first English date line `21 oct 2013`; `No comments :` (space before "
     "the colon); `Home` navigation", """
d[2013-10-21]|21 oct 2013

t|Storm Damage On The Almeric Ferry Pier

b|Saturday night's storm tore two sections of decking off the ferry pier at Almeric Harbour, and the morning boat had to land its passengers at the fish quay instead.

b|The harbour office says the repairs will take a fortnight if the weather holds, which at this time of year is a big if.

h[0]|No comments :

x|Post a Comment

x|Home
""")

dump(118, "archive copy cut above its first date line: the first post has no date (null); UK "
     "date lines `Sunday, 30 November 2014`; 24-hour `Posted by` times; counts without "
     "comments (count 2, 0 listed)", """
t|The Lamps, Again

b|The council meeting on Monday will discuss the sea wall lamps for the fourth time this year. Bring a flask, it will be a long one.

p[Ada Rook]|Posted by Ada Rook at 21:05

h[2]|2 comments:

l|Labels: council, lamps

d[2014-11-30]|Sunday, 30 November 2014

t|Fog on the Ferry Ramp

b|Third foggy Sunday in a row. The ferry waited at the ramp until nearly eleven with its horn going every two minutes.

p[Ada Rook]|Posted by Ada Rook at 12:40

h[0]|No comments:

l|Labels: ferry, weather

d[2014-11-29]|Saturday, 29 November 2014

t|Herring Gull Count, November

b|412 herring gulls along the wall this morning, the lowest November figure since we started counting in 2003.

p[Ada Rook]|Posted by Ada Rook at 09:15

h[0]|No comments:

l|Labels: gulls

x|Newer Posts Older Posts Home
""")

dump(119, "archive of two posts whose titles are printed before their date lines (each post gets "
     "the date line under its title); footers in between; `1 comment:` without the comment",
     """
t|Spring Tides And A Flooded Car Park

d[2016-03-02]|Wednesday, March 2, 2016

b|The spring tide came over the sea wall at half past six this morning and filled the harbour car park to the top of the wheel arches.

b|Nobody was hurt, but three cars will need new carpets and one needs a new owner who reads tide tables.

p[Ada Rook]|Posted by Ada Rook at 9:14 AM

l|Labels: harbour, tides

h[1]|1 comment:

t|The Ferry Timetable For March

d[2016-02-28]|Sunday, February 28, 2016

b|The March timetable is out. The early crossing moves from 6:40 to 6:55 and the last boat on Fridays now leaves at 22:10.

p[Ada Rook]|Posted by Ada Rook at 5:02 PM

l|Labels: ferry

h[0]|No comments:

x|Newer Posts Older Posts Home
""")

dump(120, "archive with footers where the second post has no title (two blank lines after its "
     "date line); `0 comments:`; an image-only post (title then footer, empty body)", """
d[2010-06-12]|Saturday, June 12, 2010

t|Strawberry Jam, Take Two

b|The first batch set like concrete, so this time I followed Aunt Win's card to the letter, including the bit about the cold saucer.

b|Eleven jars, all of them wobbling exactly as they should.

p[Win Harrow]|Posted by Win Harrow at 4:20 PM

h[3]|3 comments:

d[2010-06-10]|Thursday, June 10, 2010
@post


b|Rain all day. The strawberries are sulking under the net and so am I.

b|Tomorrow the forecast says sun. I have heard that before.

p[Win Harrow]|Posted by Win Harrow at 8:05 AM

h[0]|0 comments:

d[2010-06-08]|Tuesday, June 8, 2010

t|The Allotment In June

p[Win Harrow]|Posted by Win Harrow at 7:45 PM

h[1]|1 comment:

x|Newer Posts Older Posts Home
""")

dump(121, "numbered mobile list: three threads with nested replies, a removed comment inside a "
     "thread, `ReplyDelete`/`Replies`/`Delete`/`Reply`, `Add comment`, `Load more...`, "
     "count 12 with 7 listed (paginated)", """
d[2020-09-08]|Tuesday, September 8, 2020

t|Should The Harbour Tunnel Be Tolled?

b|The council publishes its tunnel funding options on Friday, and one of them is a toll of two pounds each way for cars.

b|I am genuinely undecided, so I am asking you. Tolls pay for the thing, but they also push traffic back onto the old bridge.

h[12]|12 comments:

k[;;;1]|  1. Toll it. People who use it should pay for it.

x|    ReplyDelete
x|    Replies

k[;;0;1]|    1. People who use it are mostly nurses and delivery drivers on night shifts.

x|      Delete

k[;;0;1]|    2. This comment has been removed by the author.

x|      Delete

x|    Reply

k[;;;1]|  2. Two pounds each way is forty pounds a week for a commuter. That is a lot.

x|    ReplyDelete

k[;;;1]|  3. Whatever they choose, please make it a card reader and not a booth with a queue.

x|    ReplyDelete
x|    Replies

k[;;4;1]|    1. The booths on the old bridge were removed in 1998 for exactly that reason.

x|      Delete

k[;;4;1]|    2. Card readers break in salt air. Ask the ferry company.

x|      Delete

x|    Reply

x|Add comment
x|Load more...
""")

dump(122, "threaded copy with `<name> <Month D, YYYY at h:mm AM>` lines: a reply removed by "
     "its author inside a `Replies` block, an `@name` mention inside a structural reply, a "
     "comment with an empty body, `Unknown` author, `Load more...`", """
d[2018-09-12]|Wednesday, September 12, 2018

t|Morvania Cancels Its Autumn Naval Parade

b|Kestrel News Agency: Morvania calls off autumn naval parade in Velsk, citing weather

b|Morvania's navy said on Wednesday that the parade planned for the end of September would not take place because of the risk of early autumn storms.

b|It was the first cancellation since 2009.

r|Read more ....

n[WNU Editor:]|WNU Editor: Early autumn storms? The forecast for Velsk is sunshine for the next two weeks.

h[5]|5 comments:

c[Harlan Vosk;2018-09-12T08:14]|Harlan Vosk September 12, 2018 at 8:14 AM
w|Half the ships that were supposed to take part are in dry dock. That is the storm.

x|ReplyDelete
x|Replies

c[Anonymous;2018-09-12T09:02;0]|    Anonymous September 12, 2018 at 9:02 AM
w|    This comment has been removed by the author.

x|    Delete

c[Mila K.;2018-09-12T09:40;0]|    Mila K. September 12, 2018 at 9:40 AM
w|    @Harlan Vosk two are in dry dock, the rest are waiting for crews.

x|    Delete

x|    Reply

c[Unknown;2018-09-12T11:03]|Unknown September 12, 2018 at 11:03 AM

x|ReplyDelete

c[Pavel O.;2018-09-13T06:30]|Pavel O. September 13, 2018 at 6:30 AM
w|Parades are for budgets. No parade, no money for paint.

x|ReplyDelete

x|Add comment
x|Load more...
""")

dump(123, "header-less classic comment list with `February 6, 2016 at 3:45 PM` timestamps, the "
     "same author twice, `Anonymous Anonymous said...`, a comment quoting another comment", """
d[2016-02-06]|Saturday, February 6, 2016

t|Marmalade Season

b|Seville oranges arrived at the market this week, which means the kitchen will smell of peel and sugar until March.

b|This year I am trying the thick-cut recipe from the church cookbook, the one with the pencil note in the margin that says NOT TOO LONG.

c[Maggie;2016-02-06T15:45]|Maggie said...

w|Not too long is the whole secret. I learned it the hard way in 1987.
s|February 6, 2016 at 3:45 PM

c[Anonymous;2016-02-06T18:20]|Anonymous Anonymous said...

w|Do you warm the sugar first?
s|February 6, 2016 at 6:20 PM

c[Maggie;2016-02-07T09:02]|Maggie said...

w|"Do you warm the sugar first?"

w|Always, ten minutes in a low oven.
s|February 7, 2016 at 9:02 AM

x|Post a Comment
""")

dump(124, "chrome-heavy single post: cookie notice, search box, blog name and tagline before the "
     "date; share widget one item per line; `Popular posts from this blog` with other posts' "
     "titles; sidebar archive counts; `Powered by Blogger.`; script junk", """
x|This site uses cookies from Google to deliver its services and to analyze traffic. Your IP address and user-agent are shared with Google along with performance and security metrics.
x|Learn more
x|OK
x|Search This Blog
x|The Gull Counters
x|Monthly counts and field notes from the harbour wall

d[2019-10-26]|Saturday, October 26, 2019

t|October Count: 512 Herring Gulls

b|512 herring gulls along the wall this morning, up from 412 last October, and the fish market was busy again after two empty months.

b|Thanks to the five of us who turned up in the drizzle, and to the lifeboat crew for the tea.

p[Ada Rook]|Posted by Ada Rook at 2:15 PM

x|Share
x|Get link
x|Facebook
x|Twitter
x|Email
x|Other Apps

l|Labels: counts, herring gull

h[2]|2 comments:

c[Len;2019-10-26T16:02]|Len said...

w|The ringed bird on the lamp post is back. Third year running.
s|October 26, 2019 at 4:02 PM

c[Dottie R.;2019-10-27T08:30]|Dottie R. said...

w|Sorry I missed it. Next month for sure.
s|October 27, 2019 at 8:30 AM

x|Post a Comment

x|Popular posts from this blog
x|Where do the gulls go in autumn?
x|Survey sheet version 2.1
x|Counting the harbour gulls

x|Blog Archive
x|► 2020 (9)
x|▼ 2019 (14)
x|▼ October (2)
x|► September (1)

x|Powered by Blogger.

x|var _gaq = _gaq || [];
x|_gaq.push(['_setAccount', 'UA-0000000-1']);
x|(function() { var ga = document.createElement('script'); ga.async = true; })();
""")

dump(125, "aggregator copy: a `from <feed>` line under each title, two posts with their own date "
     "lines, no footers, no comments", """
d[2012-03-05]|Monday, March 5, 2012

t|The Pier Lamps Are Finally Lit
x|from Notes From The Harbour

b|The twelve new lamps along the sea wall were switched on at dusk on Saturday, six winters after the old ones came down in a storm.

b|Credit where it is due. The harbour master stood in the drizzle until the last one was working.

d[2012-03-04]|Sunday, March 4, 2012

t|Counting The Harbour Gulls
x|from The Gull Counters

b|Saturday's count along the harbour wall produced 412 herring gulls, the lowest March figure since our group started counting.

b|The fish market had almost no gulls at all, which nobody could explain.
""")

dump(126, "label page: `Showing posts with label Tarsan. Show all posts`, two posts with footers "
     "and counts (count 4, 0 listed; count 1, 0 listed), sidebar label counts and archive "
     "widget", """
x|Showing posts with label Tarsan. Show all posts

d[2019-06-14]|Friday, June 14, 2019

t|Tarsan Launches Its First Locally Built Patrol Boat

b|Tidewater Times: First Tarsan-built patrol boat launched at Port Halim

b|The boat, the first of six to be built at the new yard in Port Halim, will enter service next spring after sea trials.

r|Read more ....

p[WNU Editor]|Posted by WNU Editor at 8:14 AM

h[4]|4 comments:

l|Labels: navy, shipbuilding, Tarsan

d[2019-06-02]|Sunday, June 2, 2019

t|Tarsan And Sundavia Sign A Fisheries Hotline Deal

b|Global Dispatch: Tarsan and Sundavia agree coast guard hotline for the Almeric banks

b|The two coast guards will keep a radio channel open around the clock during the fishing season, officials said.

r|Read more ....

p[WNU Editor]|Posted by WNU Editor at 6:40 PM

h[1]|1 comment:

l|Labels: fishing, Sundavia, Tarsan

x|Newer Posts Older Posts Home

x|Subscribe to: Posts (Atom)

x|Labels
x|Morvania (212)
x|Tarsan (41)
x|Valdoria (388)
x|Blog Archive
x|► 2019 (1204)
""")

dump(127, "`Editor's note:` marker over two paragraphs after a read-more line; header "
     "`0 Response to \"<title>\"`; navigation one item per line", """
d[2019-08-21]|Wednesday, August 21, 2019

t|Valdoria Opens Its Archives On The 1994 Bridge Crisis

b|Meridian Wire: Valdoria declassifies files on 1994 Ostrel bridge standoff

b|Valdoria's state archive released more than four thousand pages of documents on Wednesday about the three-week standoff on the Ostrel bridge in 1994.

b|Historians said the files showed that both armies had been ordered to withdraw two days before the crisis ended.

r|Read more ....

n[Editor's note:]|Editor's note: I covered the standoff as a young reporter and I will write more about these files once I have read them.

m|If any reader was on that bridge in 1994, on either side, I would like to hear from you.

h[0]|0 Response to "Valdoria Opens Its Archives On The 1994 Bridge Crisis"

x|Post a Comment

x|Newer Post
x|Older Post
x|Home
""")

dump(128, "UTF-8 BOM and CRLF line ends; WNU post with numbered comments under `3 comments:`, "
     "one nested reply", """
d[2017-11-02]|Thursday, November 2, 2017

t|Valdoria Buys Six Maritime Patrol Aircraft

b|A maritime patrol aircraft of the type Valdoria has ordered, photographed at an air show in 2016. Halden Post

b|Halden Post: Valdoria signs contract for six maritime patrol aircraft

b|Valdoria's defence ministry signed a contract on Thursday for six long-range maritime patrol aircraft, the country's largest single arms purchase since independence.

b|The first two aircraft will be delivered in 2019 and based at Brannock.

r|Read more ....

n[WNU Editor:]|WNU Editor: Six aircraft is enough to keep one in the air over the Karsk Strait around the clock. That is the point.

h[3]|3 comments:

k[;;;1]|  1. Expensive, but cheaper than a frigate and far more useful in those waters.

x|    ReplyDelete
x|    Replies

k[;;0;1]|    1. And they can fly over the ice when the frigates cannot leave port.

x|      Delete

x|    Reply

k[;;;1]|  2. Who is training the crews? That takes longer than building the planes.

x|    ReplyDelete

x|Add comment
""", encoding="utf-8-sig", newline="\r\n")

dump(129, "cp1252 file: smart quotes in the title and body, en and em dashes, the `…` ellipsis "
     "(byte 0x85) ending a body paragraph and in `said…`, an NBSP byte (0xA0) inside a line",
     """
d[2010-11-15]|Monday, November 15, 2010

t|“Not On My Watch”: The Lighthouse Keeper Who Refused To Leave

b|Old Tam Fairlie, Kessin Point’s last keeper, at the lamp room door in 1979 – photo from the family album

b|When the lighthouse board automated Kessin Point in 1981, they sent a letter telling Tam Fairlie he could move out at his convenience. He wrote back: “It is not convenient.”

b|He stayed eleven more years, polishing brass that no longer needed polishing, and logging every ship that passed — 41,000 of them by his own count…

b|His granddaughter gave the logbooks to the harbour museum last week.\u00a0They fill two shelves.

h[2]|2 comments:

c[Margaret Ellery;2010-11-15T21:14]|Margaret Ellery said…

w|My father delivered his coal every winter. Tam always said “the lamp doesn’t care who pays for it.”
s|November 15, 2010 at 9:14 PM

c[Dockside Dave;2010-11-16T07:02]|Dockside Dave said…

w|41,000 ships… and he never once missed the 6 o’clock log.
s|November 16, 2010 at 7:02 AM

x|Post a Comment
""", encoding="cp1252")

dump(130, "lone CR line ends (old Mac); classic comments with timestamps; a hat-tip line after "
     "the read-more (body)", """
d[2016-10-11]|Tuesday, October 11, 2016

t|Tarsan Test-Fires A Coastal Missile

b|Tidewater Times: Tarsan test-fires its first anti-ship missile from a coastal launcher

b|Tarsan's navy said a missile fired from a truck-mounted launcher near Port Halim hit a target barge forty kilometres offshore on Monday.

r|Read more ....

b|H/T to reader Farida N. for the link.

n[WNU Editor:]|WNU Editor: Forty kilometres covers the whole approach to Port Halim. That is the message.

h[2]|2 comments:

c[Farida N.;2016-10-11T08:40]|Farida N. said...

w|You are welcome. The local papers ran the video all evening.
s|October 11, 2016 at 8:40 AM

c[Gunnar Lind;2016-10-11T10:05]|Gunnar Lind said...

w|A barge does not shoot back.
s|October 11, 2016 at 10:05 AM

x|Post a Comment
""", newline="\r")

dump(131, "NBSP inside lines (splits words), NBSP-only lines, whitespace-only lines (spaces, "
     "tabs), trailing spaces, no final newline", f"""
d[2011-05-07]|Saturday, May 7, 2011

t|The Ferry Café Reopens

b|The café at the ferry terminal reopened this morning{NB}under new owners, and the bacon rolls are back.{NB}{NB}
|{NB}
b|The new owners are two sisters from Dorsk who ran a bakery for twenty years.{' ' * 3}
|{NB}{NB}{NB}
|\t
b|Opening hours: 6:30{NB}to 18:00, every day except Christmas.
|{' ' * 3}

h[1]|1 comment:
|{NB}
c[Len;2011-05-07T12:12]|Len said...
|\t \t
w|Had two rolls and{NB}a tea. Worth the wait.
s|May 7, 2011 at 12:12 PM
|{NB}
x|Post a Comment
""", final_newline=False)

dump(132, "UTF-16 LE with BOM and CRLF (decoded text carries the truth); "
     "footer with share line and labels; two classic comments", """
d[2015-06-18]|Thursday, June 18, 2015

t|Sundavia Holds Its First Naval Review In A Decade

b|Orbis Daily: Sundavia shows off new frigates at Panjor naval review

b|Twelve ships sailed past the president's reviewing stand in Panjor bay on Thursday, including two new frigates that have not yet been armed.

r|Read more ....

n[WNU Editor:]|WNU Editor: Two frigates without weapons are a promise, not a fleet.

p[WNU Editor]|Posted by WNU Editor at 6:30 PM

x|Email This BlogThis! Share to Twitter Share to Facebook Share to Pinterest

l|Labels: navy, Sundavia

h[2]|2 comments:

c[ColdWarKid61;2015-06-18T19:02]|ColdWarKid61 said...

w|The weapons come next year, from Tarsan of all places.
s|June 18, 2015 at 7:02 PM

c[Anonymous;2015-06-18T21:45]|Anonymous said...

w|Nice paint jobs though.
s|June 18, 2015 at 9:45 PM

x|Post a Comment
""", encoding="utf-16", newline="\r\n")

dump(133, "mojibake kept as is (double-encoded `MorvaniaÃ¢â‚¬â„¢s` in the caption, body "
     "and a comment; `CafÃ©` in the note)", """
d[2016-02-09]|Tuesday, February 9, 2016

t|A Falling Out Between Morvania And Tarsan Over The Dam?

b|MorvaniaÃ¢â‚¬â„¢s envoy Ilan Drach (R) shakes hands with TarsanÃ¢â‚¬â„¢s foreign minister in Port Halim on February 8. Orbis Daily

b|Orbis Daily: Morvania and Tarsan in first public row over the Ostrel dam mediation

b|Talks in Port Halim ended a day early on Monday after MorvaniaÃ¢â‚¬â„¢s delegation accused the Tarsan mediators of leaking a draft to the press.

r|Read more ....

n[WNU Editor:]|WNU Editor: The leak was in the CafÃ© Meridian column, and everyone in Port Halim reads it. I doubt the mediators needed to leak anything.

h[1]|1 comment:

c[Harlan Vosk]|Harlan Vosk said...

w|TarsanÃ¢â‚¬â„¢s mediators have leaked before. 2014, the fishing talks.

x|Post a Comment
""")

dump(134, "one post with two editor notes and three read-more lines: caption, source, quotes, "
     "`Read more ....`, a two-paragraph note, a second source and quoted block, "
     "`Read more at: Halden Post`, an `Update:` line (body), a second note, `Read more...`",
     """
d[2021-03-16]|Tuesday, March 16, 2021

t|Is The Ostrel Dam Deal Finally Done?

b|Delegates leave the talks venue in Port Halim on March 15. Tidewater Times

b|Tidewater Times: Valdoria and Morvania initial draft deal on the Ostrel dam

b|Negotiators from Valdoria and Morvania initialled a draft agreement on the Ostrel dam late on Monday, after eleven years of on-and-off talks.

b|The draft still has to be approved by both parliaments.

r|Read more ....

n[WNU Editor:]|WNU Editor: Initialled is not signed, and signed is not ratified.

m|But this is the furthest the two sides have ever got, and the Morvanian side is already selling it at home.

b|Halden Post: Morvanian press hails dam deal as victory

b|Morvanian state television led its evening news with the draft, calling it a recognition of Morvania's rights on the river.

r|Read more at: Halden Post

b|Update: Valdoria's opposition says it will vote against the draft (Meridian Wire)

n[WNU Editor:]|WNU Editor: And there is the problem. The Valdorian parliament vote will be close.

r|Read more...

h[0]|No comments:

x|Post a Comment
""")

dump(135, "archive with footers: a personal post titled `Editor's Note` (no marker, body) and a "
     "post of a title and a `My Comment:` note only; CSS junk after the footer chrome", """
d[2008-04-19]|Saturday, April 19, 2008

t|Editor's Note

b|I am away until Tuesday at my brother's wedding in the hills, where the only internet is the pub's, and the pub closes at ten.

b|Comments will stay open. Behave.

p[WNU Editor]|Posted by WNU Editor at 7:10 AM

h[4]|4 comments:

d[2008-04-18]|Friday, April 18, 2008

t|Reader Mail On The Duvrek Story

n[My Comment:]|My Comment: Several of you wrote to ask why I keep calling the Duvrek clashes a border war. Fair question.

m|Until one side moves troops across the ceasefire line, it is a feud between two garrisons. I will change the wording when that changes.

p[WNU Editor]|Posted by WNU Editor at 9:45 PM

h[2]|2 comments:

x|Newer Posts Older Posts Home

x|Subscribe to: Posts (Atom)

x|body { font: normal normal 13px Georgia, serif; color: #333; }
x|.post-title { margin: 0 0 .5em; }
x|#sidebar-wrapper { width: 220px; float: right; }
""")

dump(136, "archive whose date lines carry a blog-name prefix with a hyphen "
     "(`Harbour Notes - Monday, March 5, 2012`) or only a trailing colon "
     "(`Sunday, March 4, 2012:`); a body paragraph that starts with a date but is a sentence; "
     "footers with counts (count 3, 0 listed)", """
d[2012-03-05]|Harbour Notes - Monday, March 5, 2012

t|The Gull Count Goes Digital

b|March 4, 2012 will be remembered as the day the gull count finally moved from clipboards to a phone app.

b|Three of the five counters managed to use it. The other two counted on paper and read the numbers out to me afterwards.

p[Ada Rook]|Posted by Ada Rook at 8:30 PM

h[3]|3 comments:

l|Labels: counts

d[2012-03-04]|Sunday, March 4, 2012:

t|Low Tide Walk

b|Low tide at half past two, so we walked out to the old wreck on the sand bar and back before the water turned.

b|Eleven turnstones on the wreck, two oystercatchers, one very confused seal.

p[Ada Rook]|Posted by Ada Rook at 5:10 PM

h[0]|No comments:

l|Labels: walks

x|Newer Posts Older Posts Home
""")

dump(137, "Spanish label page: localized `Mostrando entradas con la etiqueta …` heading, two posts "
     "with `Publicado por`, `Etiquetas:`, `2 comentarios:` (none listed) and "
     "`No hay comentarios:`", """
x|Mostrando entradas con la etiqueta puerto. Mostrar todas las entradas

d[2015-03-10]|martes, 10 de marzo de 2015

t|Las grúas nuevas del muelle dos

b|Llegaron anoche en un barco holandés las dos grúas nuevas del muelle dos, desmontadas en piezas enormes pintadas de azul.

b|El montaje durará tres semanas y, mientras tanto, el muelle seguirá cerrado a los pescadores.

p[Lucía Ferrer]|Publicado por Lucía Ferrer en 9:40

h[2]|2 comentarios:

l|Etiquetas: grúas, puerto

d[2015-03-03]|martes, 3 de marzo de 2015

t|El faro de Punta Lebrel vuelve a funcionar

b|Después de casi un año apagado, el faro de Punta Lebrel volvió a encenderse anoche con media población mirando desde el paseo.

p[Lucía Ferrer]|Publicado por Lucía Ferrer en 10:14

h[0]|No hay comentarios:

l|Etiquetas: faro, puerto

x|Entradas más recientes Entradas antiguas Página principal

x|Suscribirse a: Entradas (Atom)
""")

dump(138, "header-less threaded copy with UK 24-hour timestamps on the name line "
     "(`Dee in Dundee 30 November 2014 at 19:42`), multi-paragraph bodies, a `Replies` block "
     "with two replies closed by `Reply`", """
d[2014-11-30]|Sunday, 30 November 2014

t|Fog on the Harbour Road, Again

b|Fourth foggy Sunday in a row. The ferry sat at the quay until nearly eleven and the gulls did not bother getting up.

b|The new lamps on the sea wall are still a promise on paper.

c[Dee in Dundee;2014-11-30T19:42]|Dee in Dundee 30 November 2014 at 19:42
w|Same on the Tay this morning. The bridge looked like it was floating.

w|I took a photo but it is just grey.

x|ReplyDelete
x|Replies

c[Tom Ashby;2014-11-30T20:05;0]|    Tom Ashby 30 November 2014 at 20:05
w|    Grey is the true colour of November, Dee.

x|    Delete

c[Ada Rook;2014-12-01T08:15;0]|    Ada Rook 1 December 2014 at 08:15
w|    Send it anyway! I will start a fog gallery.

x|    Delete

x|    Reply

c[Len;2014-12-01T09:30]|Len 1 December 2014 at 09:30
w|The lamps were promised when I was at school.

x|ReplyDelete

x|Add comment
""")
