# ruff: noqa: E501  (template lines are dump lines; their length is the data)
"""Fourth batch (301+): new combinations of the corpus rules (see dumpkit.py for the tags).

Comment renderings crossed with locales, headers and footers; archive pages whose posts
show their comments; comment bodies with quotes, lists, signatures, URLs, emoji and
non-Latin text; several notes with different markers; the listed body oddities (bylines,
`©` lines, `Next Post:`, `[Source: ...]`, `[Excerpt]`, a paragraph printed twice);
whitespace quirks; refusals of a zip, a PDF, a UTF-16 CSV without BOM, a sitemap, a JSON
export.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from typing import Any

DUMPS: list[dict[str, Any]] = []
BAD: list[dict[str, Any]] = []


def dump(n: int, what: str, text: str, **opts: Any) -> None:
    DUMPS.append({"n": n, "what": what, "text": text, **opts})


dump(301, "archive page with footers where each post SHOWS its classic comments: post 1 "
     "(`Posted by`, `Labels:`, `2 comments:`, two timestamped comments), post 2 under its own "
     "date line with `1 comments:` and one comment, post 3 with `No comments:`", """
d[2016-03-09]|Wednesday, March 9, 2016

t|The Harbour Wall Gets Its New Lights

b|Twenty-two new lamps went up along the harbour wall on Tuesday, replacing the orange sodium lights that had been there since 1974.

b|The council says the new lamps use a third of the power and can be dimmed after midnight.

p[Ada Rook]|Posted by Ada Rook at 9:14 AM

l|Labels: harbour, lights

h[2]|2 comments:

c[Tom Ashby;2016-03-09T10:02]|Tom Ashby said...

w|They are far too white. The wall looks like a car park now.
s|March 9, 2016 at 10:02 AM

c[Dee in Dundee;2016-03-09T12:40]|Dee in Dundee said...

w|I like them. You can finally see the steps at night.
s|March 9, 2016 at 12:40 PM

d[2016-03-07]|Monday, March 7, 2016

t|Ferry Cancelled Again

b|The morning ferry to Sorne was cancelled for the third time this month, this time because of a fault in the ramp.

p[Ada Rook]|Posted by Ada Rook at 7:30 AM

l|Labels: ferry

h[1]|1 comments:

c[Len;2016-03-07T08:15]|Len said...

w|Third time this month. Somebody should count the cancellations for the whole winter.
s|March 7, 2016 at 8:15 AM

d[2016-03-05]|Saturday, March 5, 2016

t|Gull Count, March

b|402 herring gulls along the wall this morning.

p[Ada Rook]|Posted by Ada Rook at 11:00 AM

l|Labels: counts, gulls

h[0]|No comments:

x|Newer Posts Older Posts Home
""")

dump(302, "numbered mobile list whose items hold a URL, an emoji, a Cyrillic paragraph and a "
     "second indented paragraph; nested replies under `Replies`, `ReplyDelete`/`Delete`/`Reply`; "
     "under `4 comments:`", """
d[2018-06-12]|Tuesday, June 12, 2018

t|Morvania Opens The Dorsk Rail Link

b|Kestrel News Agency: first passenger train runs on the Dorsk–Port Halim line

b|The first passenger train on the new line between Dorsk and Port Halim left on time at 6:05 on Tuesday morning, carrying the transport minister and about three hundred passengers.

r|Read more ....

h[4]|4 comments:

k[;;;1]|  1. Timetable is here: https://example.org/dorsk-rail/timetable.pdf 🚆
w|
w|     Trains every two hours on weekdays, four a day at weekends.

x|    ReplyDelete
x|    Replies

k[;;0;1]|    1. Спасибо! Наконец-то можно доехать до моря без пересадки.

x|      Delete

k[;;0;1]|    2. The 6:05 was late on Wednesday 😅 twenty minutes at Vell.

x|      Delete

x|    Reply

k[;;;1]|  2. Who paid for it? The article does not say.

x|    ReplyDelete
""")

dump(303, "classic comments under `3 comments:` whose bodies hold a `>` quoted line, a dash "
     "list, a signature line (`-- Pavel`), a bare URL, emoji, Greek and Japanese paragraphs; "
     "each closed by a timestamp line", """
d[2017-09-20]|Wednesday, September 20, 2017

t|Sundavia Bans Night Fishing In The Karsk Strait

b|Orbis Daily: Sundavia bans night fishing in the strait for six months

b|Sundavia's fisheries ministry banned all night fishing in the Karsk Strait from October, citing collisions with cargo ships in the narrow channel.

r|Read more ....

h[3]|3 comments:

c[Pavel O.;2017-09-20T18:05]|Pavel O. said...

w|> citing collisions with cargo ships

w|There were two collisions in ten years. The real reasons:

w|- the cod quota is already used up
w|- the ministry wants the boats in Panjor, not in Vell

w|-- Pavel
s|September 20, 2017 at 6:05 PM

c[Eleni;2017-09-20T19:30]|Eleni said...

w|Το ίδιο έγινε και στο νησί μας πριν από δέκα χρόνια. 🐟

w|Source for the collisions: https://example.org/karsk/report-2016
s|September 20, 2017 at 7:30 PM

c[Kenji;2017-09-21T07:12]|Kenji said...

w|夜の漁が禁止されると、港の市場は朝しか開かない。
s|September 21, 2017 at 7:12 AM

x|Post a Comment
""")

dump(304, "one post with four notes, each under a different marker: an `[Editor's note:` note "
     "right after the title over two paragraphs closing with `]` (ended by the source line), "
     "`WNU Editor:` after a read-more, `My Comment:` after a second source block and "
     "read-more, `Editor's note:` at the end before the footer", """
d[2019-02-11]|Monday, February 11, 2019

t|Valdoria And Tarsan Sign A Gas Deal

n[[Editor's note:]|[Editor's note: This post was first published on February 9 and updated after the signing.
m|
m|The numbers below are from the signed text, not the draft.]

b|Atlas Press: Valdoria and Tarsan sign twenty-year gas supply agreement

b|Valdoria will buy four billion cubic metres of Tarsan gas a year for twenty years under an agreement signed in Panjor on Sunday.

r|Read more ....

n[WNU Editor:]|WNU Editor: Twenty years is a long time for a pipeline that crosses Morvania.

b|Halden Post: Morvania asks for transit fee talks

b|Morvania's energy minister said on Monday that transit fees had not been agreed and that talks should start at once.

r|Read more at: Halden Post

n[My Comment:]|My Comment: Here is the catch that nobody mentioned on Sunday.

m|Without Morvania, the pipeline is a line on a map.

n[Editor's note:]|Editor's note: Kaltenberg has not commented yet.

p[WNU Editor]|Posted by WNU Editor at 6:40 PM

l|Labels: gas, Morvania, Tarsan, Valdoria

h[0]|0 comments:
""")

dump(305, "read-more lines with odd spelling and spacing: `Read More...`, `Continue reading…` "
     "(ellipsis character), `Read more   ....` (three spaces), `Read more at: The Harbour Courier` across "
     "a footerless archive of three posts", """
d[2015-11-03]|Tuesday, November 3, 2015

t|Sorne Island Gets A Doctor

b|Tidewater Times: Sorne island to get resident doctor for the first time since 1998

b|The health board said on Monday that a doctor would live on the island from January, ending seventeen years of weekly visits by boat.

r|Read More...

t|Port Halim Dockers Strike

b|Orbis Daily: Port Halim dockers walk out over night shift pay

b|About four hundred dockers walked out at Port Halim on Tuesday morning, leaving eleven ships waiting in the outer harbour.

r|Continue reading…

d[2015-11-02]|Monday, November 2, 2015

t|Harbour Tunnel Opens Late

b|The Harbour Courier: tunnel opens six months behind schedule

b|The harbour tunnel opened to traffic on Monday, six months late and, according to the council, exactly on budget.

r|Read more   ....

b|H/T Len, who sent the photos of the queue on opening day

r|Read more at: The Harbour Courier
""")

dump(306, "a body with every listed body oddity: a byline `By Ada Rook`, an `[Excerpt]` label, "
     "a paragraph printed twice, a `[Source: ...]` line, a non-Latin (Greek) paragraph, "
     "`Posted by Picasa`, a `© 2016` line and a `Next Post: ...` line, then a real footer "
     "and a header-less comment", """
d[2016-07-21]|Thursday, July 21, 2016

t|The Last Net Maker In Vell

b|By Ada Rook

b|[Excerpt]

b|Hanna Lisk has mended nets on the quay at Vell for fifty-three years. She uses a wooden needle her grandfather carved in 1931.

b|Hanna Lisk has mended nets on the quay at Vell for fifty-three years. She uses a wooden needle her grandfather carved in 1931.

b|[Source: The Harbour Courier, July 20, 2016]

b|Η Χάνα λέει ότι τα δίχτυα δεν αλλάζουν ποτέ, μόνο οι βάρκες.

b|Posted by Picasa

b|© 2016 The Harbour Courier

b|Next Post: The Sorne Regatta Results

p[Ada Rook]|Posted by Ada Rook at 3:20 PM

l|Labels: Vell, crafts

c[Marta;2016-07-21T19:00]|Marta said...

w|My grandmother bought nets from her mother. Lovely piece.
s|July 21, 2016 at 7:00 PM
""")

dump(307, "archive page with footers and the rarer count forms: `1 comments:` with its comment, "
     "`0 comments:`, `No comments :` (space before the colon), and a one-line footer carrying "
     "`1 comments:`", """
d[2012-05-14]|Monday, May 14, 2012

t|The Regatta Is Cancelled

b|The Sorne regatta has been cancelled for the first time since 1946 because of the storm warning.

p[Len Ashby]|Posted by Len Ashby at 8:20 AM

l|Labels: regatta

h[1]|1 comments:

c[Tom Ashby;]|Tom Ashby said...

w|Right call. The forecast is awful.

d[2012-05-12]|Saturday, May 12, 2012

t|Storm Warning For The Weekend

b|The coast guard has put out a storm warning for Sunday and Monday.

p[Len Ashby]|Posted by Len Ashby at 6:05 PM

l|Labels: weather

h[0]|0 comments:

t|Boats Pulled Up At Vell

b|Most of the small boats at Vell were pulled up the slipway this afternoon.

p[Len Ashby]|Posted by Len Ashby at 6:40 PM

h[0]|No comments :

d[2012-05-10]|Thursday, May 10, 2012

t|Ferry Back To Normal

b|The ferry is back to its normal timetable after the ramp repair.

p[Len Ashby;1]|Posted by Len Ashby at 9:00 AM 1 comments: Links to this post

l|Labels: ferry

x|Newer Posts Older Posts Home
""")

dump(308, "header-less classic comments right after the footer (`Posted by`, share line, "
     "`Labels:`), the second comment without a timestamp, `Anonymous Anonymous said...`", """
d[2014-02-18]|Tuesday, February 18, 2014

t|Snow On The Ferry Ramp

b|The ferry ramp at Vell was closed for two hours this morning while the crew cleared the snow with shovels.

p[Len Ashby]|Posted by Len Ashby at 10:14 AM
x|Email ThisBlogThis!Share to TwitterShare to Facebook

l|Labels: ferry, snow

c[Gunnar Lind;2014-02-18T11:02]|Gunnar Lind said...

w|Shovels. In 2014. The council has a gritter parked behind the fire station.
s|February 18, 2014 at 11:02 AM

c[Anonymous;]|Anonymous Anonymous said...

w|The gritter has no driver on Tuesdays.

x|Post a Comment

x|Newer Post Older Post Home
""")

dump(309, "one post with no title and no date line (a scraper copy that starts with the body), "
     "a `2 comments:` header and classic comments", """
@post
b|The harbour master told the council on Monday night that the outer breakwater would need a full rebuild within ten years, and that patching it every winter was now costing more than the loan would.

b|Councillors asked for a second opinion. The harbour master said they were welcome to one, as long as somebody else paid for it.

h[2]|2 comments:

c[Dee in Dundee;2013-10-08T08:30]|Dee in Dundee said...

w|A second opinion from whom? There is only one harbour engineer on the whole coast.
s|October 8, 2013 at 8:30 AM

c[Len;2013-10-08T09:45]|Len said...

w|He is right, though. The patch money is thrown into the sea every January.
s|October 8, 2013 at 9:45 AM
""")

_LONG = []
_NAMES = ["Harlan Vosk", "Mila K.", "Pavel O.", "Gunnar Lind", "Dee in Dundee", "Anonymous",
          "Tom Ashby", "Len"]
for _i in range(30):
    _name = _NAMES[_i % len(_NAMES)]
    _day = 6 + _i // 12
    _hour = 8 + (_i % 12)
    _h12 = _hour if _hour <= 12 else _hour - 12
    _ampm = "AM" if _hour < 12 else "PM"
    _min = (_i * 7) % 60
    _LONG.append(f"c[{_name};2016-02-{_day:02d}T{_hour:02d}:{_min:02d}]|{_name} said...")
    _LONG.append("")
    if _i == 17:
        _LONG.append("w|This comment has been removed by a blog administrator.")
    else:
        _LONG.append(f"w|Comment number {_i + 1} on the dam talks: the {_name.split()[0]} view is that nothing moves before the spring.")
        if _i % 5 == 0:
            _LONG.append("")
            _LONG.append("w|Second paragraph, because some readers always have more to say.")
    _LONG.append(f"s|February {_day}, 2016 at {_h12}:{_min:02d} {_ampm}")
    _LONG.append("")

dump(310, "very long classic thread: 30 timestamped comments (some with two paragraphs, one "
     "removed by a blog administrator) under `34 comments:` with `Load more...`", """
d[2016-02-06]|Saturday, February 6, 2016

t|Dam Talks Adjourned Again

b|Meridian Wire: Ostrel dam talks adjourned until March

b|The talks on the Ostrel dam were adjourned on Friday for the fourth time since November, with both delegations blaming the other.

r|Read more ....

n[WNU Editor:]|WNU Editor: Readers have a lot to say about this one.

h[34]|34 comments:

""" + "\n".join(_LONG) + """
x|Load more...

x|Post a Comment
""")

dump(311, "whitespace quirks: a tab-indented body line, NBSP-indented lines, blank lines made "
     "of NBSP only, trailing spaces and tabs on `said...` lines, a header with trailing "
     "spaces", """
d[2011-04-04]|Monday, April 4, 2011

t|Spring Cleaning On The Quay\x20\x20\x20

b|\tThe harbour volunteers cleared four skips of rubbish from the quay on Sunday.
|\u00a0
b|\u00a0\u00a0\u00a0The biggest find was a rowing boat with no bottom, which the lifeboat crew claimed.
|\u00a0\u00a0
b|\u00a0Next clean-up is the first Sunday in May.

h[2]|2 comments:\x20\x20\x20

c[Marta;]|Marta said...\x20\x20\x20
|\u00a0
w|\u00a0Well done all! The quay looks like new.
|\t
c[Len;]|\tLen said...\t

w|The rowing boat is in our shed now. It needs a bottom.

x|Post a Comment
""")

dump(312, "mojibake commenter names and body kept as they are (`JosÃ© said...`, "
     "`MÃ¼ller said...`, `Ã¢â‚¬Å“` quotes), `Blogger <name> said...`", """
d[2013-05-02]|Thursday, May 2, 2013

t|The CafÃ© On The Pier Reopens

b|The cafÃ© on the end of the pier reopened on Wednesday after the winter, with a new roof and the same Ã¢â‚¬Å“world famousÃ¢â‚¬Â crab rolls.

h[3]|3 comments:

c[JosÃ©;2013-05-02T18:10]|JosÃ© said...

w|Best crab rolls on the coast. The coffee is still terrible.
s|May 2, 2013 at 6:10 PM

c[Helga MÃ¼ller;2013-05-02T19:45]|Helga MÃ¼ller said...

w|We went last summer. The owner is very friendly, but donÃ¢â‚¬â„¢t ask for tea.
s|May 2, 2013 at 7:45 PM

c[Ada Rook;2013-05-03T08:00]|Blogger Ada Rook said...

w|The coffee machine is new too, apparently.
s|May 3, 2013 at 8:00 AM
""")

dump(313, "cp1252 file with CRLF line ends: smart quotes, `said…` (byte 0x85), an NBSP byte "
     "inside a line, an en dash, a `[Editor's note:` note", """
d[2010-12-01]|Wednesday, December 1, 2010

t|“Bring Your Own Candle”: The Lighthouse Carol Service

b|The carol service at Kessin Point lighthouse is on December 19 at 6 o’clock – bring your own candle and a warm coat.

b|Last year 140 people came, and the lamp room held\u00a0twelve at a time.

n[[Editor's note:]|[Editor's note: The lighthouse steps are steep. Children must be carried.]

h[2]|2 comments:

c[Margaret O’Neill;]|Margaret O’Neill said…

w|We’ll be there – with the dog, if he’s allowed.

c[Tam;2010-12-02T09:15]|Tam said…

w|Dogs welcome, as always… but not in the lamp room.
s|December 2, 2010 at 9:15 AM
""", encoding="cp1252", newline="\r\n")

dump(314, "French threaded copy WITHOUT a count header and without footers: "
     "`<name> 14 janvier 2016 à 18:32` lines, `Répondre`/`Supprimer`/`Réponses`, a replies "
     "block closed by `Répondre`; date line with a blog-name prefix and a colon", """
d[2016-01-14]|Le Phare de Sorne — jeudi 14 janvier 2016:

t|La tempête a emporté la jetée

b|La tempête de la nuit dernière a emporté les vingt derniers mètres de la jetée du port de Sorne.

b|Personne n'a été blessé, mais le bac ne peut plus accoster côté nord.

c[Claire;2016-01-14T18:32]|Claire 14 janvier 2016 à 18:32
w|Quelle tristesse. Mon grand-père pêchait au bout de cette jetée.

x|Répondre
x|Réponses

c[Jean-Luc;2016-01-14T19:05;0]|    Jean-Luc 14 janvier 2016 à 19:05
w|    Le mien aussi ! On la reconstruira.

x|    Supprimer

x|    Répondre

c[Anonyme;2016-01-15T08:40]|Anonyme 15 janvier 2016 à 08:40
w|Et le bac, quand reprend-il ?

x|Répondre
""")

dump(315, "Portuguese numbered comments WITHOUT a header after the footer (`Postado por`, "
     "`Marcadores:`), a nested reply, the body itself holding a numbered list", """
d[2010-03-20]|sábado, 20 de março de 2010

t|Três coisas para ver no farol

b|O museu do farol abre no sábado. Três coisas para não perder:

b|1. O diário do senhor Abílio.
b|2. A lanterna original de 1902.
b|3. A vista da varanda.

p[Marta Vidal]|Postado por Marta Vidal às 10:14

l|Marcadores: farol, museu

k[;;;1]|  1. Fomos no sábado. A varanda vale a viagem!

x|    Responder
x|    Respostas

k[;;0;1]|    1. Concordo, e o diário também.

x|      Excluir

x|    Responder

k[;;;1]|  2. Há estacionamento perto?

x|    Responder
""")

dump(316, "German item page with classic comments and footers: `Eingestellt von`, `Labels:`, "
     "`2 Kommentare:`, `hat gesagt…`, `6. Februar 2016 um 10:41` timestamps, a removed comment",
     """
d[2016-02-06]|Samstag, 6. Februar 2016

t|Neue Fähre für Sorne

b|Die neue Fähre nach Sorne wurde am Freitag in Vell getauft und fährt ab März nach Fahrplan.

p[Klaus Weber]|Eingestellt von Klaus Weber um 10:14

l|Labels: Fähre, Sorne

h[2]|2 Kommentare:

c[Anonym;2016-02-06T10:41]|Anonym hat gesagt…

w|This comment has been removed by the author.
s|6. Februar 2016 um 10:41

c[Klaus Weber;2016-02-06T11:20]|Klaus Weber hat gesagt…

w|Die alte Fähre geht an ein Museum in Dorsk.
s|6. Februar 2016 um 11:20

x|Kommentar veröffentlichen
""")

dump(317, "Spanish classic comments WITHOUT a header and without footers on a post whose title "
     "is a question; `Anónimo dijo...`, timestamps `19 de septiembre de 2013, 21:14`", """
d[2013-09-19]|jueves, 19 de septiembre de 2013

t|¿Quién paga el dique?

b|Nadie en el ayuntamiento quiere decir todavía quién pagará las obras del dique.

c[Anónimo;2013-09-19T21:14]|Anónimo dijo...

w|Pagaremos nosotros, como siempre.
s|19 de septiembre de 2013, 21:14

c[Lucía;2013-09-19T22:30]|Lucía dijo...

w|El puerto tiene fondos europeos.
s|19 de septiembre de 2013, 22:30

x|Publicar un comentario
""")

dump(318, "archive page whose posts show NUMBERED comments: post 1 footer + `2 comments:` + a "
     "numbered list with a nested reply, post 2 under its own date line with `1 comment:` "
     "and one numbered comment", """
d[2017-04-10]|Monday, April 10, 2017

t|Tarsan Raises Its Bridge Tolls

b|Orbis Daily: Tarsan raises tolls on the Ostrel bridges by a third

b|Tolls on both Ostrel bridges will rise by a third from May, Tarsan's transport ministry said on Monday.

p[WNU Editor]|Posted by WNU Editor at 8:00 PM

l|Labels: Tarsan, tolls

h[2]|2 comments:

k[;;;1]|  1. Lorries will go round through Morvania now.

x|    ReplyDelete
x|    Replies

k[;;0;1]|    1. Morvania will raise its own tolls next.

x|      Delete

x|    Reply

d[2017-04-08]|Saturday, April 8, 2017

t|Sundavia Closes Its Consulate In Vell

b|Halden Post: Sundavia closes consulate in Vell citing costs

b|Sundavia closed its consulate in Vell on Friday, citing the cost of keeping a building for a dozen visa applications a month.

p[WNU Editor]|Posted by WNU Editor at 9:30 AM

l|Labels: Sundavia

h[1]|1 comment:

k[;;;1]|  1. A dozen a month is more than I would have guessed.

x|    ReplyDelete

x|Newer Posts Older Posts Home
""")

dump(319, "threaded copy in the UK style with the timestamp on its own line "
     "(`30 November 2014 at 19:42`) under `3 comments:`, replies not "
     "indented, a reply removed by a blog administrator", """
d[2014-11-30]|Sunday, 30 November 2014

t|Christmas Lights On The Quay

b|The Christmas lights on the quay go on next Saturday at five, with the brass band and, if the wind allows, a few fireworks.

h[3]|3 comments:

c[Dee in Dundee;2014-11-30T19:42]|Dee in Dundee
s|30 November 2014 at 19:42
w|The band was lovely last year. Hope it stays dry.

x|Reply
x|Replies

c[Anonymous;2014-11-30T20:10;0]|Anonymous
s|30 November 2014 at 20:10
w|This comment has been removed by a blog administrator.

x|Delete

x|Reply

c[Tom Ashby;2014-12-01T08:05]|Tom Ashby
s|1 December 2014 at 08:05
w|Fireworks on the quay in a December gale. What could go wrong?

x|Reply
""")

dump(320, "a title-and-notes-only post under a footerless archive: the first post is a title "
     "followed by a `WNU Editor:` note of two paragraphs; the second post has a body, a "
     "read-more and a `[Editor's note:` note whose closing `]` ends its second paragraph", """
d[2020-06-02]|Tuesday, June 2, 2020

t|A Note To Readers

n[WNU Editor:]|WNU Editor: Posting will be light this week while I move house.

m|Normal service resumes on Monday. Thank you for your patience.

t|Valdoria Reopens Its Border Crossings

b|Atlas Press: Valdoria reopens three border crossings with Morvania

b|Valdoria reopened three of its five border crossings with Morvania on Tuesday morning after a closure of eleven weeks.

r|Read more ....

n[[Editor's note:]|[Editor's note: The two other crossings are on the Ostrel bridge.

m|Both remain closed until the inspection is finished.]
""")


dump(321, "classic comments under `4 comments:` where only SOME comments print a timestamp "
     "line: the first and third have none, the second and fourth close with "
     "`March 5, 2012 at ...`; every `<Name> said...` line stands between blank lines", """
d[2012-03-05]|Monday, March 5, 2012

t|The Lifeboat Station Gets A New Roof

b|Work on the new roof of the lifeboat station starts on Monday and should take three weeks, weather permitting.

h[4]|4 comments:

c[Margaret O’Neill;]|Margaret O’Neill said...

w|About time. The old one has leaked onto the boat every winter since 1990.

c[Harlan Vosk;2012-03-05T10:02]|Harlan Vosk said...

w|Three weeks in March, weather permitting. See you in June.
s|March 5, 2012 at 10:02 AM

c[Tom Ashby;]|Tom Ashby said...

w|The crew raised half the money themselves with the Christmas raffle.

c[Len;2012-03-05T18:40]|Len said...

w|And the other half came from the harbour fund, so we all paid.
s|March 5, 2012 at 6:40 PM

x|Post a Comment
""")

dump(322, "archive page with footers: two posts under ONE date line, the first showing its "
     "classic comments (each closed by a timestamp line and a `Reply` line), the second "
     "starting right after the last comment with its title, body and its own footer", """
d[2012-03-05]|Monday, March 5, 2012

t|New Lamps On The Harbour Wall

b|Twenty-two new lamps went up along the harbour wall this morning, replacing the orange sodium lights from 1974.

p[Ada Rook]|Posted by Ada Rook at 9:14 AM

l|Labels: harbour, lights

h[2]|2 comments:

c[Tom Ashby;2012-03-05T10:02]|Tom Ashby said...

w|Far too white. The wall looks like a car park now.
s|March 5, 2012 at 10:02 AM

x|Reply

c[Dee in Dundee;2012-03-05T11:20]|Dee in Dundee said...

w|I like them. You can finally see the steps at night.
s|March 5, 2012 at 11:20 AM

x|Reply

t|Ferry Ramp Repaired

b|The ferry ramp at Vell is working again after a week of repairs, and the first boat left on time at 6:55.

p[Ada Rook]|Posted by Ada Rook at 7:30 AM

l|Labels: ferry

h[0]|No comments:

d[2012-03-03]|Saturday, March 3, 2012

t|Gull Count, March

b|402 herring gulls along the wall this morning.

p[Ada Rook]|Posted by Ada Rook at 11:00 AM

l|Labels: counts, gulls

h[1]|1 comment:

c[Len;2012-03-03T12:10]|Len said...

w|Fewer than last March, and far fewer than 2009.
s|March 3, 2012 at 12:10 PM

x|Reply

x|Newer Posts Older Posts Home
""")

dump(323, "mobile archive copy: two posts under ONE date line, the first showing NUMBERED "
     "comments with `ReplyDelete`, the second starting right after them with its title, "
     "body and footer", """
d[2017-04-10]|Monday, April 10, 2017

t|Tarsan Raises Its Bridge Tolls

b|Orbis Daily: Tarsan raises tolls on the Ostrel bridges by a third

b|Tolls on both Ostrel bridges will rise by a third from May, Tarsan's transport ministry said on Monday.

p[WNU Editor]|Posted by WNU Editor at 8:00 PM

h[2]|2 comments:

k[;;;1]|  1. Lorries will go round through Morvania now.

x|    ReplyDelete

k[;;;1]|  2. Morvania will raise its own tolls next.

x|    ReplyDelete

t|Sundavia Closes Its Consulate In Vell

b|Halden Post: Sundavia closes consulate in Vell citing costs

b|Sundavia closed its consulate in Vell on Monday, citing the cost of keeping a building for a dozen visa applications a month.

p[WNU Editor]|Posted by WNU Editor at 9:30 AM

h[0]|No comments:

x|Home
x|Powered by Blogger.
""")


dump(324, "mobile item page ending in the mobile navigation: `‹` and `›` arrow lines, `Home`, "
     "`View web version`, `Powered by Blogger.` after numbered comments, `Add comment` and "
     "`Load more...`", """
d[2017-04-10]|Monday, April 10, 2017

t|Tarsan Raises Its Bridge Tolls

b|Tolls on both Ostrel bridges will rise by a third from May, Tarsan's transport ministry said on Monday.

x|Share

h[2]|2 comments:

k[;;;1]|  1. Lorries will go round through Morvania now.

x|    ReplyDelete

k[;;;1]|  2. Morvania will raise its own tolls next.

x|    ReplyDelete

x|Add comment
x|Load more...

x|‹
x|›
x|Home
x|View web version
x|Powered by Blogger.
""")

dump(325, "a `© <year>` line that ends in `All rights reserved.` standing INSIDE a post body "
     "(after a quoted paragraph, before more body text and the footer): body, not chrome", """
d[2017-04-12]|Wednesday, April 12, 2017

t|Valdoria Publishes Its Dam Study

b|Atlas Press: Valdoria publishes the long-awaited Ostrel dam safety study

b|The study, kept secret for two years, says the dam needs new spillway gates within five years but is in no danger of failing.

b|© 2017 Atlas Press. All rights reserved.

b|The Morvanian side has not yet said whether it accepts the findings.

p[WNU Editor]|Posted by WNU Editor at 8:15 PM

l|Labels: dams, Valdoria

h[0]|No comments:

x|Newer Post Older Post Home
""")


dump(326, "footerless WNU archive whose first post SHOWS classic comments (each closed by a "
     "timestamp line); the next post under the same date line follows the last comment with "
     "a title and a source line (footerless-archive rule), then a read-more and a note", """
d[2017-04-10]|Monday, April 10, 2017

t|Tarsan Raises Its Bridge Tolls

b|Orbis Daily: Tarsan raises tolls on the Ostrel bridges by a third

b|Tolls on both Ostrel bridges will rise by a third from May, Tarsan's transport ministry said on Monday.

r|Read more ....

h[2]|2 comments:

c[Len;2017-04-10T21:00]|Len said...

w|Lorries will go round through Morvania now, and the border queues will double.
s|April 10, 2017 at 9:00 PM

c[Mila K.;2017-04-10T21:30]|Mila K. said...

w|Not with the new weight limits on the Morvanian side.
s|April 10, 2017 at 9:30 PM

t|Sundavia Closes Its Consulate In Vell

b|Halden Post: Sundavia closes consulate in Vell citing costs

b|Sundavia closed its consulate in Vell on Monday, citing the cost of keeping a building for a dozen visa applications a month.

r|Read more ....

n[WNU Editor:]|WNU Editor: A dozen visas a month is still a dozen people who now travel to Panjor.

d[2017-04-09]|Sunday, April 9, 2017

t|Morvania Holds A Parade

b|Atlas Press: Morvania holds its first military parade in a decade

b|Tanks and missile launchers rolled down the main avenue of Kaltenberg on Sunday for the first time since 2007.

r|Read more ....
""")


dump(327, "archive with footers whose date lines carry a blog-name prefix joined by an em dash "
     "WITHOUT spaces and a trailing colon (`Harbour Notes—Monday, March 5, 2012:`)", """
x|Harbour Notes
x|Gulls, ferries and the harbour wall

d[2012-03-05]|Harbour Notes—Monday, March 5, 2012:

t|The Wall Is Finished

b|The last stone of the new harbour wall went in on Monday afternoon, eleven weeks late and, according to the council, on budget.

p[Ada Rook]|Posted by Ada Rook at 5:40 PM

l|Labels: harbour, wall

h[3]|3 comments:

d[2012-03-02]|Harbour Notes—Friday, March 2, 2012:

t|Ferry Ramp Repaired

b|The ferry ramp at Vell is working again after a week of repairs.

p[Ada Rook]|Posted by Ada Rook at 7:30 AM

l|Labels: ferry

h[0]|No comments:

x|Newer Posts Older Posts Home
""")

dump(328, "classic comments whose whole body is one short word that is also a chrome word "
     "elsewhere (`Ok`, `Home`), each between its `said...` line and its timestamp line; "
     "more comments follow", """
d[2017-04-10]|Monday, April 10, 2017

t|Photos From The Harbour Wall

b|Six photos from the walk along the new harbour wall this morning, taken between the lifeboat station and the lighthouse.

h[5]|5 comments:

c[Len;2017-04-10T21:00]|Len said...

w|Can you post the full-size versions somewhere? The third one would make a good calendar.
s|April 10, 2017 at 9:00 PM

c[Ada Rook;2017-04-10T21:10]|Ada Rook said...

w|Ok
s|April 10, 2017 at 9:10 PM

c[Mila K.;2017-04-10T21:30]|Mila K. said...

w|Where were you standing for the last one?
s|April 10, 2017 at 9:30 PM

c[Ada Rook;2017-04-10T21:42]|Ada Rook said...

w|Home
s|April 10, 2017 at 9:42 PM

c[Mila K.;2017-04-10T21:50]|Mila K. said...

w|Lucky you, with a view like that from the kitchen window.
s|April 10, 2017 at 9:50 PM

x|Post a Comment
""")


dump(329, "hard-wrapped body whose wrapped lines end in `);` (a parenthesis closing before a "
     "semicolon, prose, not script junk), a source line, footer and a comment", """
d[2017-04-11]|Tuesday, April 11, 2017

t|Three Ways To Pay For The Harbour Wall

b|The Harbour Courier: council to choose how to pay for the new wall

b|The council has three options for paying off the harbour wall (a toll on
b|the car park, a levy on the fish market, or a twenty-year loan);
b|none of them was popular with the two hundred people who filled the
b|hall on Monday night, and the chairman (Mrs Lisk, in her last year);
b|promised a vote before the end of the month.

b|The loan is the most likely choice, according to two councillors who asked not to be named.

p[Ada Rook]|Posted by Ada Rook at 8:05 AM

l|Labels: council, harbour

h[1]|1 comment:

c[Len;2017-04-11T09:30]|Len said...

w|A levy on the fish market will close the fish market.
s|April 11, 2017 at 9:30 AM

x|Post a Comment
""")

dump(330, "classic comments whose bodies end in lines shaped like chrome elsewhere: a "
     "signature `from a long-time reader in Vell` (shaped like an aggregator `from <feed>` "
     "line) and a one-line comment `Agreed (mostly);` (shaped like script junk); each "
     "comment closed by its timestamp line", """
d[2017-04-12]|Wednesday, April 12, 2017

t|The Fish Market Levy

b|The council voted on Tuesday night to put a levy of two per cent on every sale at the fish market, to pay off the new harbour wall.

h[3]|3 comments:

c[Len;2017-04-12T08:10]|Len said...

w|Great post, as always. The market will survive, it always does.

w|from a long-time reader in Vell
s|April 12, 2017 at 8:10 AM

c[Mila K.;2017-04-12T08:40]|Mila K. said...

w|Agreed (mostly);
s|April 12, 2017 at 8:40 AM

c[Tom Ashby;2017-04-12T09:05]|Tom Ashby said...

w|Two per cent is less than the ice costs.
s|April 12, 2017 at 9:05 AM

x|Post a Comment
""")


dump(337, "prose that names two social networks (`Twitter and Facebook`) in the source line, "
     "in body paragraphs and in a comment: body and comment text, not a share-button row; "
     "the real share row stays chrome", """
d[2017-04-10]|Monday, April 10, 2017

t|Morvania Blocks Social Media Before The Vote

b|Halden Post: Morvania blocks Twitter and Facebook ahead of the vote

b|Morvania blocked Twitter and Facebook on Monday, three days before the parliamentary vote, citing "foreign interference".

b|The ministry announced the ban on Twitter and Facebook, which was a nice touch.

r|Read more ....

n[WNU Editor:]|WNU Editor: Expect the VPN providers to have a very good week.

p[WNU Editor]|Posted by WNU Editor at 7:45 PM
x|Email ThisBlogThis!Share to TwitterShare to FacebookShare to Pinterest

l|Labels: Morvania, elections

h[2]|2 comments:

c[Len;2017-04-10T21:00]|Len said...

w|I follow the ministry on Twitter and on Facebook. Both accounts went quiet at noon.
s|April 10, 2017 at 9:00 PM

c[Mila K.;2017-04-10T21:30]|Mila K. said...

w|VPNs will do fine.
s|April 10, 2017 at 9:30 PM

x|Post a Comment
""")


dump(338, "family-blog archive with footers whose post TITLES are words that are chrome "
     "elsewhere: `Home` (back from a trip) and `About Me` (an introduction post), each right "
     "after its date line and followed by body text and a footer", """
d[2016-08-14]|Sunday, August 14, 2016

t|Home

b|We drove back from Panjor in one go, nine hours with two stops, and the cat did not say a word the whole way.

p[Ada Rook]|Posted by Ada Rook at 9:00 PM

l|Labels: travel

h[0]|No comments:

d[2016-08-13]|Saturday, August 13, 2016

t|About Me

b|A few people asked, so here it is: I count gulls, I complain about the ferry, and I live by the harbour wall with one cat and too many books.

p[Ada Rook]|Posted by Ada Rook at 8:10 AM

l|Labels: about

h[2]|2 comments:

d[2016-08-10]|Wednesday, August 10, 2016

t|Packing For Panjor

b|Three bags, one cat basket, and a list of everything the ferry company says we cannot take.

p[Ada Rook]|Posted by Ada Rook at 6:30 PM

l|Labels: travel

h[0]|No comments:

x|Newer Posts Older Posts Home
""")


dump(339, "threaded copy where an indented reply's whole body is `Ok` (a chrome word "
     "elsewhere) inside a `Replies` block closed by `Reply`, followed by more comments", """
d[2017-04-10]|Monday, April 10, 2017

t|New Toll Prices

b|Tolls on both Ostrel bridges will rise by a third from May, Tarsan's transport ministry said on Monday.

h[3]|3 comments:

c[Len;2017-04-10T21:00]|Len April 10, 2017 at 9:00 PM
w|Can you post the new prices for lorries when you have them?

x|Reply
x|Replies

c[Ada Rook;2017-04-10T21:10;0]|    Ada Rook April 10, 2017 at 9:10 PM
w|    Ok

x|    Delete

x|    Reply

c[Mila K.;2017-04-10T21:30]|Mila K. April 10, 2017 at 9:30 PM
w|Thanks in advance, the haulage firms will want them too.

x|Reply
""")


dump(340, "mobile archive whose titles are printed BEFORE their date lines and whose first "
     "post shows numbered comments ending in `ReplyDelete`; the second post's title and date "
     "line follow the last comment's action line", """
t|The Wall Is Finished
d[2012-03-05]|Monday, March 5, 2012

b|The last stone of the new harbour wall went in on Monday afternoon, eleven weeks late and on budget.

p[Ada Rook]|Posted by Ada Rook at 5:40 PM

h[2]|2 comments:

k[;;;1]|  1. Eleven weeks late is early for this council.

x|    ReplyDelete

k[;;;1]|  2. The steps at the north end are still missing a rail.

x|    ReplyDelete

t|Ferry Ramp Repaired
d[2012-03-04]|Sunday, March 4, 2012

b|The ferry ramp at Vell is working again after a week of repairs.

p[Ada Rook]|Posted by Ada Rook at 7:30 AM

h[0]|No comments:

x|Home
""")

dump(341, "threaded archive copy whose titles are printed BEFORE their date lines; the first "
     "post's threaded comments (`<name> <timestamp>` lines) each end in `Reply`; the second "
     "post's title and date line follow the last `Reply`", """
t|The Wall Is Finished
d[2012-03-05]|Monday, March 5, 2012

b|The last stone of the new harbour wall went in on Monday afternoon, eleven weeks late and on budget.

p[Ada Rook]|Posted by Ada Rook at 5:40 PM

l|Labels: harbour

h[2]|2 comments:

c[Tom Ashby;2012-03-05T18:02]|Tom Ashby March 5, 2012 at 6:02 PM
w|Eleven weeks late is early for this council.

x|Reply

c[Len;2012-03-05T19:15]|Len March 5, 2012 at 7:15 PM
w|The steps at the north end are still missing a rail.

x|Reply

t|Ferry Ramp Repaired
d[2012-03-04]|Sunday, March 4, 2012

b|The ferry ramp at Vell is working again after a week of repairs.

p[Ada Rook]|Posted by Ada Rook at 7:30 AM

l|Labels: ferry

h[0]|No comments:

x|Newer Posts Older Posts Home
""")


dump(342, "archive with footers whose titles hold a sentence break (`The Council Says No. "
     "Again.`, `Sold. At Last.`), each after its date line and ONE blank line (a post "
     "without a title shows two or more blank lines)", """
d[2017-05-03]|Wednesday, May 3, 2017

t|The Council Says No. Again.

b|For the third year running the council has turned down the plan for a second slipway at Vell, this time by a single vote.

p[Ada Rook]|Posted by Ada Rook at 9:40 PM

l|Labels: council, Vell

h[4]|4 comments:

d[2017-05-01]|Monday, May 1, 2017

t|Sold. At Last.

b|The old ferry office on the quay has been sold to a family from Dorsk who want to turn it into a bakery.

p[Ada Rook]|Posted by Ada Rook at 6:15 PM

l|Labels: quay

h[1]|1 comment:

x|Newer Posts Older Posts Home
""")


dump(343, "threaded copy whose commenters sign with initials (`J.R.`, `A.M.`), a handle with "
     "digits and underscores (`gull_watcher_77`) and a lower-case name (`the harbour "
     "master`), each on a `<name> <timestamp>` line; a reply block", """
d[2017-04-10]|Monday, April 10, 2017

t|New Toll Prices

b|Tolls on both Ostrel bridges will rise by a third from May, Tarsan's transport ministry said on Monday.

h[4]|4 comments:

c[gull_watcher_77;2017-04-10T21:00]|gull_watcher_77 April 10, 2017 at 9:00 PM
w|The lorry rate goes from 40 to 53. That is more than a third.

x|Reply
x|Replies

c[J.R.;2017-04-10T21:05;0]|    J.R. April 10, 2017 at 9:05 PM
w|    Rounding, they call it. Every time in the same direction.

x|    Delete

x|    Reply

c[A.M.;2017-04-10T21:20]|A.M. April 10, 2017 at 9:20 PM
w|Cars go from 6 to 8, which is exactly a third.

x|Reply

c[the harbour master;2017-04-10T22:10]|the harbour master April 10, 2017 at 10:10 PM
w|Our pilot boats are exempt, for the record.

x|Reply
""")


dump(344, "a body whose headline list is introduced by `Older posts on the dam talks:` (a "
     "sentence of the post, not the `Older Posts` navigation link), followed by the list "
     "and a closing line, then the footer", """
d[2017-04-10]|Monday, April 10, 2017

t|Dam Talks Collapse Again

b|Atlas Press: Ostrel dam talks collapse for the fifth time

b|The talks on the Ostrel dam collapsed again on Monday after the Morvanian delegation walked out of the morning session.

b|Older posts on the dam talks:

b|Dam Talks Adjourned Again -- Meridian Wire
b|Valdoria Sets A June Deadline -- Atlas Press
b|Morvania Asks For Transit Fee Talks -- Halden Post

b|Five rounds, five collapses, and the river is still rising.

p[WNU Editor]|Posted by WNU Editor at 8:00 PM

l|Labels: dams

h[0]|No comments:

x|Newer Post Older Post Home
""")


dump(345, "family-blog post reproducing a postcard whose last paragraph is the sign-off "
     "`from Gran and Grandad in Vell` (a body paragraph, not an aggregator `from <feed>` "
     "line: it does not stand under a title), then a closing body line and the footer", """
d[2016-08-20]|Saturday, August 20, 2016

t|A Postcard From Vell

b|The postcard arrived this morning, so here it is for the cousins who do not get the post:

b|Dear all,

b|The weather is lovely and the ferry was on time, for once. Grandad caught two mackerel and a boot.

b|from Gran and Grandad in Vell

b|The boot is now on the kitchen windowsill, with a geranium in it.

p[Ada Rook]|Posted by Ada Rook at 11:20 AM

l|Labels: family, Vell

h[0]|No comments:
""")


dump(346, "item page whose navigation (`Newer Post Older Post Home`, `Subscribe to: Post "
     "Comments (Atom)`) is printed BETWEEN the post footer and the comment section; the "
     "count header and classic comments follow it", """
d[2017-04-10]|Monday, April 10, 2017

t|New Toll Prices

b|Tolls on both Ostrel bridges will rise by a third from May, Tarsan's transport ministry said on Monday.

p[Ada Rook]|Posted by Ada Rook at 9:00 PM

l|Labels: tolls

x|Newer Post Older Post Home
x|Subscribe to: Post Comments (Atom)

h[2]|2 comments:

c[Len;2017-04-10T21:00]|Len said...

w|Too much for the lorries, too little for the repairs.
s|April 10, 2017 at 9:00 PM

c[Mila K.;2017-04-10T21:30]|Mila K. said...

w|They will go up again next year, mark my words.
s|April 10, 2017 at 9:30 PM

x|Post a Comment
""")


dump(347, "Spanish archive page: one-line footers that carry the localized count "
     "(`Publicado por <name> en 10:14 2 comentarios: Enlaces a esta entrada`, `... No hay "
     "comentarios: Enlaces a esta entrada`), `Etiquetas:`, and the stand-alone localized "
     "`Enlaces a esta entrada` line under a two-line footer", """
d[2015-03-03]|martes, 3 de marzo de 2015

t|El faro vuelve a funcionar

b|El faro de la punta volvió a encenderse anoche tras tres meses apagado, y los pescadores lo celebraron con bocinas.

p[Lucía Ferrer;2]|Publicado por Lucía Ferrer en 10:14 2 comentarios: Enlaces a esta entrada
l|Etiquetas: faro, puerto

t|Nueva lonja

b|La nueva lonja abrirá en junio, según el ayuntamiento, con cámaras frigoríficas para toda la flota.

p[Lucía Ferrer;0]|Publicado por Lucía Ferrer en 9:02 No hay comentarios: Enlaces a esta entrada
l|Etiquetas: lonja

d[2015-03-02]|lunes, 2 de marzo de 2015

t|Empiezan las obras del dique

b|Las obras del dique empiezan el lunes y durarán hasta la primavera.

p[Lucía Ferrer]|Publicado por Lucía Ferrer en 9:14

h[0]|No hay comentarios:

x|Enlaces a esta entrada

x|Entradas más recientes Entradas antiguas Página principal
""")

dump(348, "German archive page: one-line footers that carry the localized count "
     "(`Eingestellt von <name> um 10:14 3 Kommentare: Links zu diesem Post`), `Labels:`, and "
     "the stand-alone localized `Links zu diesem Post` line after a `2 Kommentare:` header", """
d[2016-02-06]|Samstag, 6. Februar 2016

t|Neue Fähre für Sorne

b|Die neue Fähre nach Sorne wurde am Freitag in Vell getauft und fährt ab März nach Fahrplan.

p[Klaus Weber;3]|Eingestellt von Klaus Weber um 10:14 3 Kommentare: Links zu diesem Post
l|Labels: Fähre, Sorne

d[2016-02-05]|Freitag, 5. Februar 2016

t|Die alte Fähre geht ins Museum

b|Die alte Fähre geht an ein Museum in Dorsk, wo sie im Hafenbecken liegen wird.

p[Klaus Weber]|Eingestellt von Klaus Weber um 9:14

h[2]|2 Kommentare:

x|Links zu diesem Post

x|Neuere Posts Ältere Posts Startseite
""")


# --- bad inputs -------------------------------------------------------------------------

_POST = """Saturday, April 8, 2017

Valdoria Extends Conscription To Eighteen Months

Atlas Press: Valdoria lengthens military service as reservist numbers fall

Valdoria's parliament voted on Friday to extend compulsory military service from twelve to
eighteen months, starting with the conscripts who report in September.

Read more ....

2 comments:

Harlan Vosk said...

Overdue. Twelve months barely covers basic training.
"""


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_STORED) as zf:
        info = zipfile.ZipInfo("dump.txt", date_time=(2017, 4, 8, 12, 0, 0))
        zf.writestr(info, _POST)
    return buf.getvalue()


def _pdf() -> bytes:
    stream = zlib.compress(b"BT /F1 12 Tf 72 720 Td (Saturday, April 8, 2017) Tj ET\n"
                           b"BT 72 700 Td (Valdoria Extends Conscription) Tj ET\n")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            b"<< /Length " + str(len(stream)).encode() + b" /Filter /FlateDecode >>\nstream\n"
            + stream + b"\nendstream"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    for i, body in enumerate(objs, 1):
        out += str(i).encode() + b" 0 obj\n" + body + b"\nendobj\n"
    out += b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"
    return out


_CSV16 = "\r\n".join([
    "post_id,date,title,comments",
    "101,2016-03-02,Spring Tides And A Flooded Car Park,1",
    "102,2016-03-01,The Ferry Timetable For March,0",
    "103,2016-02-28,The Old Lifeboat Goes To The Museum,4",
    "104,2016-02-27,\"Gull Count, February\",0",
    "105,2016-02-20,Saturday Market Moves Indoors,2",
]) + "\r\n"

_SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url>
    <loc>https://harbournotes.example.org/2016/03/spring-tides-and-flooded-car-park.html</loc>
    <lastmod>2016-03-02T09:14:00Z</lastmod>
  </url>
  <url>
    <loc>https://harbournotes.example.org/2016/03/ferry-timetable-for-march.html</loc>
    <lastmod>2016-03-01T07:02:00Z</lastmod>
  </url>
  <url>
    <loc>https://harbournotes.example.org/2016/02/old-lifeboat-goes-to-museum.html</loc>
    <lastmod>2016-02-28T17:40:00Z</lastmod>
  </url>
</urlset>
"""

_JSON = """{
  "blog": "Harbour Notes",
  "exported": "2016-03-05T10:00:00Z",
  "posts": [
    {
      "id": 101,
      "published": "2016-03-02T09:14:00Z",
      "title": "Spring Tides And A Flooded Car Park",
      "labels": ["harbour", "tides"],
      "comments": 1
    },
    {
      "id": 102,
      "published": "2016-03-01T07:02:00Z",
      "title": "The Ferry Timetable For March",
      "labels": ["ferry"],
      "comments": 0
    },
    {
      "id": 103,
      "published": "2016-02-28T17:40:00Z",
      "title": "The Old Lifeboat Goes To The Museum",
      "labels": ["lifeboat", "museum"],
      "comments": 4
    }
  ]
}
"""

_ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Harbour Notes//Events//EN
BEGIN:VEVENT
UID:regatta-2016@harbournotes.example.org
DTSTAMP:20160302T091400Z
DTSTART:20160514T100000Z
SUMMARY:Sorne Regatta
DESCRIPTION:The Sorne regatta starts at ten from the harbour wall.
END:VEVENT
BEGIN:VEVENT
UID:carols-2016@harbournotes.example.org
DTSTAMP:20160302T091400Z
DTSTART:20161219T180000Z
SUMMARY:Lighthouse Carol Service
DESCRIPTION:Bring your own candle and a warm coat.
END:VEVENT
END:VCALENDAR
"""

BAD += [
    {"n": 331, "error": "binary file", "bytes": _zip,
     "what": "a zip archive (stored, uncompressed) whose member is a valid dump → `binary file`"},
    {"n": 332, "error": "binary file", "bytes": _pdf,
     "what": "a PDF with a compressed content stream holding a date and a title → `binary file`"},
    {"n": 334, "error": "not a blog dump", "bytes": _SITEMAP.encode("utf-8"),
     "what": "an XML sitemap (markup lines, dates inside records) → `not a blog dump`"},
    {"n": 335, "error": "not a blog dump", "bytes": _JSON.encode("utf-8"),
     "what": "a JSON export of post records (titles and dates inside records) → `not a blog dump`"},
    {"n": 336, "error": "not a blog dump", "bytes": _ICS.encode("utf-8"),
     "what": "an iCalendar file (`KEY:VALUE` records, an event summary and description) → "
             "`not a blog dump`"},
]
