"""Templates of the dumps that hold posts (see dumpkit.py for the tags)."""

from __future__ import annotations

from typing import Any

NB = "\u00a0"  # no-break space

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
