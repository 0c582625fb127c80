# ruff: noqa: E501  (template lines are dump lines; their length is the data)
"""Sixth batch (501+): round-5 combinations of the corpus rules (see dumpkit.py for the tags).

Comment bodies holding lines shaped like post structure (read-more, markers, `Posted by`,
`Labels:`, count-like lines, date and time-only lines); notes that run over several
paragraphs and end at a footer line, at chrome or at a new source line; `Update:` lines
around notes; several quoted blocks; image-only and very short posts with comments;
removed comments opening a thread; commenter names with digits, emoji, apostrophes and
accents; `Load more...` between the comments; a long archive page mixing undated and
dated groups.
"""

from __future__ import annotations

from typing import Any

DUMPS: list[dict[str, Any]] = []


def dump(n: int, what: str, text: str, **opts: Any) -> None:
    DUMPS.append({"n": n, "what": what, "text": text, **opts})


dump(501, "classic comments whose bodies hold a stand-alone `Read more ....` line, a "
     "`Posted by <name> at <time>` line and a `Labels:` line quoted from another blog, each "
     "comment closed by its timestamp line", """
d[2016-02-06]|Saturday, February 6, 2016

t|Harbour Board Publishes Its Dredging Plan

b|The Vell harbour board published its long-delayed dredging plan on Friday, three years after the first survey.

b|Dredging is to start in the outer basin in May and reach the ferry berths by the end of the year.

p[Kari Lund]|Posted by Kari Lund at 10:14 PM

l|Labels: harbour, Vell

h[3]|3 comments:

c[Tomas Berg;2016-02-06T15:45]|Tomas Berg said...

w|The summary they posted stops halfway, like this:

w|Read more ....

w|and the link goes nowhere. Typical.
s|February 6, 2016 at 3:45 PM

c[Anonymous;2016-02-06T16:02]|Anonymous said...

w|I copied this from the old harbour blog, footer and all:

w|The basin will be closed for six weeks.

w|Posted by Harbourmaster at 9:14 PM

w|Labels: dredging, basin

w|Nobody read it then either.
s|February 6, 2016 at 4:02 PM

c[Mila K.;2016-02-06T18:20]|Mila K. said...

w|Six weeks is optimistic.
s|February 6, 2016 at 6:20 PM

x|Post a Comment

x|Newer Post Older Post Home
""")

dump(502, "classic comments whose bodies hold a marker paragraph `My Comment:` and a line "
     "`3 things:` followed by a numbered list at the left margin, then a date line WITH a "
     "weekday and a short title-shaped line inside the same comment before its timestamp", """
d[2017-03-11]|Saturday, March 11, 2017

t|The Sorne Bridge Opens A Year Late

b|The new bridge to Sorne opened to traffic on Friday, a year behind schedule and well over budget.

b|Local traders say the delay cost them a whole summer season.

p[Kari Lund]|Posted by Kari Lund at 8:02 AM

h[2]|2 comments:

c[Gunnar Lind;2017-03-11T09:05]|Gunnar Lind said...

w|My Comment: a year late is still earlier than the old ferry ever was.

w|3 things:

w|1. The toll is too high.
w|2. The cycle lane is too narrow.
w|3. The lights are already broken.
s|March 11, 2017 at 9:05 AM

c[Ruth;2017-03-11T11:40]|Ruth said...

w|I still have the ticket from the day they announced it:

w|Saturday, March 11, 2006

w|The Bridge Starts Here

w|Eleven years to the day. Not bad for a bridge.
s|March 11, 2017 at 11:40 AM

x|Post a Comment
""")

dump(503, "WNU post with three quoted blocks: an `Update:` line BEFORE the first note (body), a "
     "note of three paragraphs closed by a new `Author, Outlet: headline` source line, an "
     "`UPDATE:` paragraph AFTER a second note (note text until the read-more), body after the "
     "read-more, and a third source and quote closed by the footer", """
d[2016-02-06]|Saturday, February 6, 2016

t|Valdoria And Morvania Trade Accusations Over The Dam

b|Workers at the Kessel dam site on Thursday. Photo: Vell Courier

b|Vell Courier: Valdoria accuses Morvania of sabotaging dam talks

b|Valdoria's foreign ministry said on Friday that Morvanian negotiators had walked out of the third round of talks without notice.

b|"We were ready to sign," a spokesman said.

b|Update: Morvania has denied the walk-out.

n[WNU Editor:]|WNU Editor: This is the third round of talks to collapse since the summer.

m|Both sides need the dam, and both sides know it.

m|Neither side can afford to be seen giving way first.

b|Anna Voss, Morvanian Herald: Morvania says talks were never scheduled

b|The Morvanian government said there had been no third round to walk out of.

b|"No invitation was received," it said in a statement.

r|Read more ....

n[WNU Editor:]|WNU Editor: So who is telling the truth?

m|UPDATE: The Tarsan mediators have confirmed that a meeting was planned.

r|Read more ....

b|H/T Reader Pavel

b|Tarsan Times: Mediators confirm dam meeting was planned

b|The Tarsan mediators published the invitation letter on Saturday morning.

p[Kari Lund]|Posted by Kari Lund at 10:14 PM

l|Labels: dam, Morvania, Valdoria

h[0]|No comments:
""")

dump(504, "a `My Comment:` note over three paragraphs closed by a `Labels:` line with NO "
     "`Posted by` line; a headline list with `--` separators, a `Source:` line and a "
     "`[Source: ...]` line in the body before it", """
d[2009-03-03]|Tuesday, March 03, 2009

t|Dam Talks: The Headlines

b|Valdoria rejects new water quota -- Vell Courier
b|Morvania threatens to walk out -- Morvanian Herald
b|Tarsan offers to host next round -- Tarsan Times

b|Source: Vell Courier wire service

b|[Source: Morvanian Herald, March 2, 2009]

n[My Comment:]|My Comment: the quota is the whole story here.

m|Without a quota deal there is no dam deal.

m|And without a dam deal there will be no summer harvest downstream.

l|Labels: dam, headlines

h[1]|1 comment:

c[Anonymous;2009-03-03T21:07]|Anonymous said...

w|Agreed.
s|March 3, 2009 at 9:07 PM

x|Post a Comment
""")

dump(505, "image-only item page (title, then the footer: empty body) with a threaded copy under "
     "`3 comments:` whose first comment was removed by a blog administrator and still has a "
     "`Replies` block with two replies", """
d[2014-11-30]|Sunday, 30 November 2014

t|First Snow On The Harbour

p[Dee]|Posted by Dee at 19:02

l|Labels: photos, winter

h[3]|3 comments:

c[Unknown;2014-11-30T19:42;]|Unknown 30 November 2014 at 19:42
w|This comment has been removed by a blog administrator.

x|ReplyDelete
x|Replies

c[Dee;2014-11-30T19:50;0]|    Dee 30 November 2014 at 19:50
w|    Thank you, Moderator. Please keep it civil.

x|    Delete

c[Harbour Gull;2014-11-30T20:15;0]|    Harbour Gull 30 November 2014 at 20:15
w|    Beautiful photo anyway.

x|    Delete

x|    Reply

x|Add comment
x|Load more...
""")

dump(506, "classic comments by authors with an emoji, an apostrophe, accents, digits and an "
     "all-lowercase handle, `Unknown` and `Anonymous`, with the timestamp at the end in three "
     "English forms (`February 6, 2016 at 3:45 PM`, `6 February 2016 at 15:45`, "
     "`2/6/16 3:45 PM`) and one time-only stamp (null)", """
d[2016-02-06]|Saturday, February 6, 2016

t|Ferry Fares Go Up Again

b|The Sorne ferry company will raise fares by eight per cent from March.

p[Kari Lund]|Posted by Kari Lund at 10:14 AM

h[6]|6 comments:

c[🌊 Sea Lover 🌊;2016-02-06T15:45]|🌊 Sea Lover 🌊 said...

w|Eight per cent again!
s|February 6, 2016 at 3:45 PM

c[D'Arcy O'Brien;2016-02-06T15:50]|D'Arcy O'Brien said...

w|Same as last year and the year before.
s|6 February 2016 at 15:50

c[José Núñez;2016-02-06T16:05]|José Núñez said...

w|Los precios suben, el servicio no.
s|2/6/16 4:05 PM

c[ferryfan1987;]|ferryfan1987 said...

w|walk to Sorne then
s|4:30 PM

c[Unknown;2016-02-06T17:00]|Unknown said...

w|Is the season ticket going up too?
s|February 6, 2016 at 5:00 PM

c[Anonymous;2016-02-06T17:10]|Anonymous said...

w|Yes.
s|February 6, 2016 at 5:10 PM

x|Post a Comment
""")

dump(507, "threaded copy with the same unusual authors on the name line (`🌊 Sea Lover 🌊 <ts>`, "
     "`D'Arcy O'Brien <ts>`, `ferryfan1987 <ts>`), a `Load more...` line BETWEEN two top-level "
     "comments, a reply block under the SECOND comment whose second reply quotes the first", """
d[2016-02-06]|Saturday, February 6, 2016

t|Ferry Timetable Changes In March

b|From March the first ferry leaves Vell at 6:10 instead of 6:40.

h[5]|5 comments:

c[🌊 Sea Lover 🌊;2016-02-06T09:05;]|🌊 Sea Lover 🌊 February 6, 2016 at 9:05 AM
w|Earlier is better for the fish market.

x|ReplyDelete

x|Load more...

c[D'Arcy O'Brien;2016-02-06T10:12;]|D'Arcy O'Brien February 6, 2016 at 10:12 AM
w|Who asked for this?

x|ReplyDelete
x|Replies

c[ferryfan1987;2016-02-06T11:40;1]|    ferryfan1987 February 6, 2016 at 11:40 AM
w|    the fish market did

x|    Delete

c[Anonymous;2016-02-06T12:02;1]|    Anonymous February 6, 2016 at 12:02 PM
w|    "the fish market did" -- exactly right.

x|    Delete

x|    Reply

c[Mila K.;2016-02-06T13:22;]|Mila K. February 6, 2016 at 1:22 PM
w|Fine by me.

x|ReplyDelete

x|Add comment
""")

dump(508, "numbered mobile list whose items hold a stand-alone time-only line (`9:15 PM`) and a "
     "`1 comment:`-shaped line in their text, a removed top-level item with a nested reply", """
d[2016-02-06]|Saturday, February 6, 2016

t|Night Ferry Returns

b|The night ferry to Sorne returns on Monday after a two-year break.

h[4]|4 comments:

k[;;;1]|  1. It leaves Vell at

w|     9:15 PM

w|     and gets in after midnight.

x|    ReplyDelete

k[;;;1]|  2. This comment has been removed by the author.

x|    ReplyDelete
x|    Replies

k[;;1;1]|    1. Why removed? It was a fair question.

x|      Delete

x|    Reply

k[;;;1]|  3. The old timetable warned us

w|     1 comment:

w|     take a blanket.

x|    ReplyDelete

x|Add comment
""")

dump(509, "very short posts on an archive page with footers: a one-word body, a title-only post "
     "with an image (empty body), a post whose body is one line followed by `Read more...`; "
     "counts without comments", """
d[2012-03-05]|Monday, March 5, 2012

t|Snow

b|Again.

p[Dee;2]|Posted by Dee at 9:41 PM 2 comments: Links to this post

t|The View From The Pier

p[Dee;0]|Posted by Dee at 7:15 PM No comments: Links to this post

d[2012-03-04]|Sunday, March 4, 2012

t|Gulls

b|The gulls are back on the fish market roof.

r|Read more...

p[Dee;1]|Posted by Dee at 6:02 PM 1 comment: Links to this post

x|Newer Posts Older Posts Home
""")

dump(510, "a single post wrapped in heavy chrome: cookie notice, search box, blog name, tagline "
     "and `Popular posts from this blog` BEFORE the date line; widgets, archive counts, "
     "`Powered by Blogger.` after the footer; no comments, `No comments:`", """
x|This site uses cookies from Google to deliver its services and to analyze traffic. Learn more Got it
x|Search This Blog
x|Harbour Notes
x|Small news from a small harbour
x|Popular posts from this blog
x|The Night Ferry Returns
x|Gulls On The Roof

d[2013-10-21]|Monday, October 21, 2013

t|Quiet Week

b|Nothing happened this week, and we liked it.

p[Dee]|Posted by Dee at 9:41 PM

h[0]|No comments:

x|Post a Comment

x|Newer Post Older Post Home

x|Subscribe to: Post Comments (Atom)

x|Blog Archive
x|2013 (42)
x|October (4)
x|About Me
x|Powered by Blogger.
""")

dump(511, "a `WNU Editor:` note of two paragraphs closed by the navigation chrome printed right "
     "after it (no footer), then `2 comments:` and classic comments; the first comment starts "
     "`UPDATE:` and the second holds `Continue reading...`", """
d[2016-02-06]|Saturday, February 6, 2016

t|Morvania Recalls Its Ambassador

b|Morvanian Herald: Morvania recalls ambassador from Vell

b|Morvania has recalled its ambassador for consultations, the foreign ministry said.

r|Read more ....

n[WNU Editor:]|WNU Editor: The last recall lasted eleven days.

m|I expect this one to last about as long.

x|Newer Post Older Post Home

h[2]|2 comments:

c[Gunnar Lind;2016-02-06T10:41]|Gunnar Lind said...

w|UPDATE: he is already back, according to the Courier.
s|February 6, 2016 at 10:41 AM

c[Anonymous;2016-02-06T11:05]|Anonymous said...

w|The Courier story ends with

w|Continue reading...

w|and then a paywall.
s|February 6, 2016 at 11:05 AM
""")

dump(512, "archive page mixing the blog's layouts: a post with a one-line footer carrying the "
     "count and its classic comments listed below, a post with a separate `Posted by`, "
     "`Labels:` and `3 comments:` (none listed), and a post without a title (two blank "
     "lines) made of a `WNU Editor:` note only, with `No comments:`", """
d[2016-02-06]|Saturday, February 6, 2016

t|Dam Talks Resume In Tarsan

b|Tarsan Times: Dam talks resume on neutral ground

b|Negotiators from Valdoria and Morvania met in Tarsan on Saturday.

r|Read more ....

p[Kari Lund;1]|Posted by Kari Lund at 10:14 PM 1 comment: Links to this post

c[Anonymous;2016-02-06T23:05]|Anonymous said...

w|Third time lucky.
s|February 6, 2016 at 11:05 PM

d[2016-02-05]|Friday, February 5, 2016

t|Sundavia Stays Out

b|Sundavia will not send observers to the dam talks.

p[Kari Lund]|Posted by Kari Lund at 9:02 PM

l|Labels: dam, Sundavia

h[3]|3 comments:

d[2016-02-04]|Thursday, February 4, 2016
@post


n[WNU Editor:]|WNU Editor: Posting will be light this week. Back on Friday.

p[Kari Lund]|Posted by Kari Lund at 8:00 AM

h[0]|No comments:

x|Newer Posts Older Posts Home
""")

dump(513, "threaded copy where the timestamp stands on its own line under the name, with "
     "`Unknown` and `Anonymous`, a comment whose body holds a numbered list at the left "
     "margin, a reply holding `1. ... 2. ...`, and a `Load more...` line between two "
     "top-level comments", """
d[2015-03-04]|Wednesday, March 4, 2015

t|Harbour Parking Plan

b|The council will turn the old fish market car park into a bus station.

h[6]|6 comments:

c[Unknown;2015-03-04T19:20]|Unknown
s|3/4/15 7:20 PM
w|Two questions:
w|1. Where do the fishermen park?
w|2. Who pays?

x|ReplyDelete
x|Replies

c[Kari Lund;2015-03-04T19:40;0]|    Kari Lund
s|    3/4/15 7:40 PM
w|    1. On the pier. 2. The port.

x|    Delete

c[Anonymous;2015-03-04T20:02;0]|    Anonymous
s|    3/4/15 8:02 PM
w|    The port means us.

x|    Delete

x|    Reply

x|Load more...

c[Mila K.;2015-03-04T21:10]|Mila K.
s|3/4/15 9:10 PM
w|Good riddance to that car park.

x|ReplyDelete

x|Add comment
""")

dump(514, "note that runs over an `Update:` line, a hat-tip and a headline with `--` and is "
     "closed by a `1 Response to \"<title>\"` header (no footer); the post body ends in a "
     "`Source:` line before the note", """
t|Valdoria Buys Two Patrol Boats

b|Valdoria has ordered two patrol boats from a Sundavian yard, the defence ministry said.

b|The boats will patrol the Vell estuary from next spring.

b|Source: Valdorian defence ministry

n[Editor's note:]|Editor's note: This is the first naval order in twenty years.

m|Update: The Sundavian yard confirmed the order on Monday.

m|Hat tip to Pavel.

m|Sundavian yard wins Valdorian order -- Sundavia Today

h[1]|1 Response to "Valdoria Buys Two Patrol Boats"

c[Mila K.;]|Mila K. said...

w|About time.
s|7:41 AM

x|Post a Comment
""")



def _long_archive() -> str:
    days = ["Wednesday", "Tuesday", "Monday", "Sunday", "Saturday", "Friday", "Thursday"]
    more = ["Read more ....", "Read more...", "Continue reading...", "Read more at: Vell Courier"]
    counts = ["No comments:", "1 comment:", "2 comments:", "3 comments:"]
    out: list[str] = []
    for i in range(32):
        if i >= 4 and (i - 4) % 3 == 0:
            g = (i - 4) // 3
            out += [f"d[2012-03-{28 - g:02d}]|{days[g % 7]}, March {28 - g}, 2012", ""]
        out += [f"t|Harbour Note Number {i + 1}", "",
                f"b|The harbour board met again this year and discussed berth {i + 3}.", ""]
        if i % 5 == 2:
            out += [f"b|Update: berth {i + 3} reopens on Monday.", ""]
        if i % 2:
            out += [f"r|{more[i % 4]}", ""]
        if i % 7 == 3:
            out += [f"n[WNU Editor:]|WNU Editor: Berth {i + 3} has been closed since the storm.", "",
                    "m|The board keeps promising.", ""]
        out += [f"p[Kari Lund;{i % 4}]|Posted by Kari Lund at {1 + i % 12}:{10 + i:02d} PM "
                f"{counts[i % 4]} Links to this post", ""]
    out.append("x|Newer Posts Older Posts Home")
    return "\n".join(out)


dump(515, "long archive page (32 posts, one-line footers with counts, no comments) copied from "
     "the middle: the first four posts come before any date line (undated), then dated groups "
     "of three posts with every read-more spelling, `WNU Editor:` notes and `Update:` lines",
     _long_archive())


dump(516, "numbered mobile list with an EMPTY nested reply (`    2.` with no text) after a "
     "one-line reply, then another top-level item", """
d[2016-02-06]|Saturday, February 6, 2016

t|Night Ferry Timetable

b|The night ferry leaves Vell at a quarter past nine.

h[4]|4 comments:

k[;;;1]|  1. Is there a bar on board?

x|    ReplyDelete
x|    Replies

k[;;0;1]|    1. There was on the old one.

x|      Delete

k[;;0;1]|    2.

x|      Delete

x|    Reply

k[;;;1]|  2. Good news for the late shift at the fish market.

x|    ReplyDelete

x|Add comment
""")


dump(517, "numbered mobile list whose items END in `said:` and `said...` (`  2. As my gran always "
     "said:` then an indented second paragraph; a nested reply `    1. Exactly what the skipper "
     "said...`): comment text, the numbered list shows no authors", """
d[2016-02-06]|Saturday, February 6, 2016

t|Storm Warning For The Outer Islands

b|The coastguard has issued a storm warning for the outer islands from Sunday night.

h[3]|3 comments:

k[;;;1]|  1. Tie everything down.

x|    ReplyDelete

k[;;;1]|  2. As my gran always said:

w|     red sky at night, stay in the harbour.

x|    ReplyDelete
x|    Replies

k[;;1;1]|    1. Exactly what the skipper said...

x|      Delete

x|    Reply

x|Add comment
""")

dump(518, "classic comment holding a stand-alone time-only paragraph (`9:15 PM`, the ferry's "
     "departure) in the middle of its text, closed later by its full timestamp line; another "
     "comment follows", """
d[2016-02-06]|Saturday, February 6, 2016

t|Night Ferry Returns

b|The night ferry to Sorne returns on Monday after a two-year break.

p[Kari Lund]|Posted by Kari Lund at 10:14 AM

h[2]|2 comments:

c[Tomas Berg;2016-02-06T15:45]|Tomas Berg said...

w|The timetable on the pier says it leaves at

w|9:15 PM

w|but the website says half past nine.
s|February 6, 2016 at 3:45 PM

c[Ruth;2016-02-06T16:10]|Ruth said...

w|The pier is right, the website is always wrong.
s|February 6, 2016 at 4:10 PM

x|Post a Comment
""")

dump(519, "classic commenters whose names start with digits or are digits and letters "
     "(`1776patriot said...`, `3 Kings Fan said...`, `2cents said...`) with timestamps", """
d[2016-02-06]|Saturday, February 6, 2016

t|Morvania Raises Fuel Tax

b|Morvania will raise its fuel tax by four cents from April.

p[Kari Lund]|Posted by Kari Lund at 10:14 AM

h[3]|3 comments:

c[1776patriot;2016-02-06T15:45]|1776patriot said...

w|Taxes again.
s|February 6, 2016 at 3:45 PM

c[3 Kings Fan;2016-02-06T16:02]|3 Kings Fan said...

w|Four cents is nothing compared to last year.
s|February 6, 2016 at 4:02 PM

c[2cents;2016-02-06T16:30]|2cents said...

w|Here are mine.
s|February 6, 2016 at 4:30 PM

x|Post a Comment
""")

dump(520, "classic comment whose text holds a `Labels:` line only (quoting a label list), "
     "closed by its timestamp line, then another comment", """
d[2016-02-06]|Saturday, February 6, 2016

t|The Blog Gets New Labels

b|I have tidied up the labels on the old posts.

p[Kari Lund]|Posted by Kari Lund at 10:14 AM

l|Labels: housekeeping

h[2]|2 comments:

c[Tomas Berg;2016-02-06T15:45]|Tomas Berg said...

w|The ferry post still shows

w|Labels: ferry, ferry, Ferry

w|three times.
s|February 6, 2016 at 3:45 PM

c[Kari Lund;2016-02-06T16:02]|Kari Lund said...

w|Fixed, thanks.
s|February 6, 2016 at 4:02 PM

x|Post a Comment
""")

dump(521, "threaded copy whose comment text holds a `Posted by <name> at <time>` line quoted "
     "from another blog, followed by more text, `ReplyDelete`, then another comment", """
d[2017-02-19]|Sunday, February 19, 2017

t|Harbour Blogs Compared

b|There are now four blogs about the Vell harbour.

h[2]|2 comments:

c[Harlan Vosk;2017-02-19T09:05]|Harlan Vosk February 19, 2017 at 9:05 AM
w|The oldest one still ends every post with
w|Posted by Harbourmaster at 9:14 PM
w|and nothing else.

x|ReplyDelete

c[Anonymous;2017-02-19T13:22]|Anonymous February 19, 2017 at 1:22 PM
w|Yours is the only one with comments.

x|ReplyDelete

x|Add comment
""")

dump(522, "WNU post: a three-paragraph note (with an `Update:` paragraph and a hat-tip) closed "
     "by a plain `Outlet: headline` source line that opens a second quoted block; an "
     "`UPDATE:` body line after `Read more at: <Outlet>`; footer, classic comments", """
d[2016-02-06]|Saturday, February 6, 2016

t|Sundavia Closes Its Airspace To Morvanian Jets

b|Sundavian fighters at Kessel air base. Photo: Sundavia Today

b|Sundavia Today: Airspace closed to Morvanian military flights

b|Sundavia closed its airspace to Morvanian military aircraft on Saturday.

b|"Effective immediately," the defence ministry said.

r|Read more ....

n[WNU Editor:]|WNU Editor: This is a big step for a country that prides itself on neutrality.

m|Update: Morvania has summoned the Sundavian ambassador.

m|H/T Reader Pavel

b|Tarsan Times: Morvania protests airspace closure

b|Morvania called the closure "an unfriendly act" and demanded talks.

r|Read more at: Tarsan Times

b|UPDATE: Talks between the two governments are set for Monday in Tarsan.

p[Kari Lund]|Posted by Kari Lund at 10:14 PM

h[1]|1 comment:

c[Gunnar Lind;2016-02-06T23:40]|Gunnar Lind said...

w|Neutrality has its limits.
s|February 6, 2016 at 11:40 PM

x|Post a Comment
""")


dump(523, "a `WNU Editor:` note opening the post right under the title, closed by `Read more ....`; "
     "the body follows the read-more (caption, source line, quote); footer and `No comments:`", """
d[2016-02-06]|Saturday, February 6, 2016

t|Why I Am Watching The Kessel Dam

n[WNU Editor:]|WNU Editor: A short explanation before today's story.

m|The dam decides who farms the valley for the next fifty years.

r|Read more ....

b|The Kessel dam in winter. Photo: Vell Courier

b|Vell Courier: Dam inspectors find new cracks

b|Inspectors found two new cracks in the Kessel dam wall on Friday, the water authority said.

p[Kari Lund]|Posted by Kari Lund at 10:14 PM

h[0]|No comments:
""")

dump(524, "numbered mobile list with `Load more...` printed BETWEEN the third and the fourth "
     "top-level items (a page copied after one click), a nested reply after it", """
d[2016-02-06]|Saturday, February 6, 2016

t|Fish Market Moves To The Pier

b|The Vell fish market moves to the old pier on Monday.

h[6]|6 comments:

k[;;;1]|  1. About time.

x|    ReplyDelete

k[;;;1]|  2. Where will the trucks turn?

x|    ReplyDelete

k[;;;1]|  3. The gulls will follow it.

x|    ReplyDelete

x|Load more...

k[;;;1]|  4. The pier is closed in storms.

x|    ReplyDelete
x|    Replies

k[;;3;1]|    1. So is the market.

x|      Delete

x|    Reply

k[;;;1]|  5. Good.

x|    ReplyDelete

x|Add comment
""")

dump(525, "threaded copy whose timestamps stand on their own line under the name in two forms "
     "(`February 6, 2016 at 3:45 PM`, `6 February 2016 at 15:50`), names with an emoji, an "
     "apostrophe, an accent and a lower-case handle with digits", """
d[2016-02-06]|Saturday, February 6, 2016

t|Harbour Swim Cancelled

b|The New Year harbour swim is cancelled because of the ice.

h[4]|4 comments:

c[🌊 Sea Lover 🌊;2016-02-06T15:45]|🌊 Sea Lover 🌊
s|February 6, 2016 at 3:45 PM
w|Ice never stopped us before!

x|ReplyDelete
x|Replies

c[D'Arcy O'Brien;2016-02-06T15:50;0]|    D'Arcy O'Brien
s|    6 February 2016 at 15:50
w|    It stopped me.

x|    Delete

x|    Reply

c[José Núñez;2016-02-06T16:05]|José Núñez
s|February 6, 2016 at 4:05 PM
w|Next year then.

x|ReplyDelete

c[gull_watcher_77;2016-02-06T16:30]|gull_watcher_77
s|February 6, 2016 at 4:30 PM
w|the gulls swam anyway

x|ReplyDelete

x|Add comment
""")

dump(526, "image-only item page: title, then header-less classic comments right away (empty body, "
     "no footer, no count header)", """
d[2007-07-14]|Saturday, July 14, 2007

t|Sunset Over Sorne

c[Anonymous;2007-07-14T22:05]|Anonymous said...

w|Lovely colours.
s|July 14, 2007 at 10:05 PM

c[Dee;2007-07-14T22:30]|Dee said...

w|Taken from the ferry.
s|July 14, 2007 at 10:30 PM

x|Post a Comment
""")

dump(527, "footerless archive page where each post SHOWS its comments: a note closed by "
     "`2 comments:` and classic comments; the next post follows under its own date line", """
d[2016-02-06]|Saturday, February 6, 2016

t|Morvania Closes Its Border Crossing

b|Morvanian Herald: Border crossing at Kessel closed

b|The Kessel border crossing was closed on Saturday without explanation.

r|Read more ....

n[WNU Editor:]|WNU Editor: The third closure this year.

m|Each one has lasted longer than the last.

h[2]|2 comments:

c[Gunnar Lind;2016-02-06T10:41]|Gunnar Lind said...

w|Trucks are queued for miles.
s|February 6, 2016 at 10:41 AM

c[Anonymous;2016-02-06T11:05]|Anonymous said...

w|It reopened an hour ago.
s|February 6, 2016 at 11:05 AM

d[2016-02-05]|Friday, February 5, 2016

t|Valdoria Expels Two Diplomats

b|Vell Courier: Two Morvanian diplomats expelled

b|Valdoria expelled two Morvanian diplomats on Friday.

r|Read more ....

h[1]|1 comment:

c[Mila K.;2016-02-05T19:02]|Mila K. said...

w|Here we go again.
s|February 5, 2016 at 7:02 PM
""")

dump(528, "very short item page: a one-word body (`Wow.`) followed by header-less threaded "
     "comments whose name lines carry `Unknown` and `Anonymous`", """
d[2016-02-06]|Saturday, February 6, 2016

t|The New Bridge Lights

b|Wow.

c[Unknown;2016-02-06T21:05]|Unknown February 6, 2016 at 9:05 PM
w|Wow indeed.

x|ReplyDelete

c[Anonymous;2016-02-06T21:40]|Anonymous February 6, 2016 at 9:40 PM
w|Visible from Sorne.

x|ReplyDelete

x|Add comment
""")


dump(529, "classic comment whose second paragraph is a count-shaped line `2 comments:` (quoting "
     "another page), closed later by its timestamp line; another comment follows", """
d[2016-02-06]|Saturday, February 6, 2016

t|The Courier Closes Its Comment Section

b|The Vell Courier will no longer accept comments on its website.

p[Kari Lund]|Posted by Kari Lund at 10:14 AM

h[2]|2 comments:

c[Tomas Berg;2016-02-06T15:45]|Tomas Berg said...

w|Their last story ended with

w|2 comments:

w|both from the editor's mother.
s|February 6, 2016 at 3:45 PM

c[Ruth;2016-02-06T16:10]|Ruth said...

w|So now they come here.
s|February 6, 2016 at 4:10 PM

x|Post a Comment
""")

dump(530, "a `My Comment:` note whose second paragraph is a line ending in `said...` (`And as "
     "the old harbourmaster always said...`), then a third note paragraph and the footer", """
d[2009-03-03]|Tuesday, March 03, 2009

t|Harbour Fees Rise Again

b|The Vell harbour board has raised mooring fees by six per cent.

n[My Comment:]|My Comment: the third rise in three years.

m|And as the old harbourmaster always said...

m|the boats pay for everything in the end.

p[Kari Lund]|Posted by Kari Lund at 9:02 PM

h[0]|No comments:
""")

dump(531, "threaded copy whose comment has a second paragraph `Labels: ferry, Sorne` (quoted "
     "from the blog's old footer) after a blank line, then `ReplyDelete` and another comment", """
d[2017-02-19]|Sunday, February 19, 2017

t|Old Posts Restored

b|The posts from 2009 are back online.

h[2]|2 comments:

c[Harlan Vosk;2017-02-19T09:05]|Harlan Vosk February 19, 2017 at 9:05 AM
w|The ferry post from March still shows

w|Labels: ferry, Sorne

w|but the photo is gone.

x|ReplyDelete

c[Anonymous;2017-02-19T13:22]|Anonymous February 19, 2017 at 1:22 PM
w|Thanks for restoring them.

x|ReplyDelete

x|Add comment
""")

dump(532, "numbered mobile list whose item has an indented second paragraph `Posted by "
     "Harbourmaster at 9:14 PM` (quoted), then the item's third paragraph and `ReplyDelete`", """
d[2017-02-19]|Sunday, February 19, 2017

t|Old Harbour Blog Goes Offline

b|The old harbour blog went offline on Saturday after eleven years.

h[2]|2 comments:

k[;;;1]|  1. Every post there ended with

w|     Posted by Harbourmaster at 9:14 PM

w|     and never a label.

x|    ReplyDelete

k[;;;1]|  2. I will miss it.

x|    ReplyDelete

x|Add comment
""")


dump(533, "very short item page whose whole body is one line ending in `said...` (`Enough "
     "said...`), then the footer, `1 comment:` and a classic comment", """
d[2016-02-06]|Saturday, February 6, 2016

t|The Budget, In Brief

b|Enough said...

p[Kari Lund]|Posted by Kari Lund at 10:14 AM

h[1]|1 comment:

c[Tomas Berg;2016-02-06T15:45]|Tomas Berg said...

w|Ha!
s|February 6, 2016 at 3:45 PM

x|Post a Comment
""")

dump(534, "threaded copy whose comment holds a stand-alone `Read more...` paragraph (quoting a "
     "truncated teaser) between two paragraphs of its text, then `ReplyDelete` and a comment "
     "whose body is a date line with a weekday and a short line", """
d[2017-02-19]|Sunday, February 19, 2017

t|The Courier Goes Behind A Paywall

b|The Vell Courier now charges for every story.

h[2]|2 comments:

c[Harlan Vosk;2017-02-19T09:05]|Harlan Vosk February 19, 2017 at 9:05 AM
w|Every story now ends with

w|Read more...

w|and a price.

x|ReplyDelete

c[Anonymous;2017-02-19T13:22]|Anonymous February 19, 2017 at 1:22 PM
w|The last free issue:

w|Saturday, February 18, 2017

w|Free At Last

x|ReplyDelete

x|Add comment
""")


dump(535, "threaded copy whose names end in digits or are only an emoji, right before the "
     "timestamp on the name line: `Room 101 February 6, 2016 at 3:45 PM`, `Agent 7 6 February "
     "2016 at 15:50`, `Unit 4 2/6/16 4:05 PM`, `🌊 February 6, 2016 at 4:30 PM`", """
d[2016-02-06]|Saturday, February 6, 2016

t|Harbour Radio Changes Frequency

b|Harbour radio moves to a new frequency on Monday.

h[4]|4 comments:

c[Room 101;2016-02-06T15:45]|Room 101 February 6, 2016 at 3:45 PM
w|Which one?

x|ReplyDelete
x|Replies

c[Agent 7;2016-02-06T15:50;0]|    Agent 7 6 February 2016 at 15:50
w|    Channel 16 stays the same.

x|    Delete

x|    Reply

c[Unit 4;2016-02-06T16:05]|Unit 4 2/6/16 4:05 PM
w|Our old sets will not reach it.

x|ReplyDelete

c[🌊;2016-02-06T16:30]|🌊 February 6, 2016 at 4:30 PM
w|Mine will.

x|ReplyDelete

x|Add comment
""")

dump(536, "classic commenters named only by an emoji, with a hyphen and parentheses, a "
     "lower-case nickname and `Dr. No`, each with a timestamp line", """
d[2016-02-06]|Saturday, February 6, 2016

t|Harbour Radio Quiz

b|Name the first ship to call at the new pier.

p[Kari Lund]|Posted by Kari Lund at 10:14 AM

h[4]|4 comments:

c[🌊🐟;2016-02-06T15:45]|🌊🐟 said...

w|The Kestrel!
s|February 6, 2016 at 3:45 PM

c[Anne-Marie (Vell);2016-02-06T15:50]|Anne-Marie (Vell) said...

w|No, the Morning Gull.
s|February 6, 2016 at 3:50 PM

c[mum;2016-02-06T16:05]|mum said...

w|your dad was on it
s|February 6, 2016 at 4:05 PM

c[Dr. No;2016-02-06T16:30]|Dr. No said...

w|Mum wins.
s|February 6, 2016 at 4:30 PM

x|Post a Comment
""")


def _mixed_archive() -> str:
    days = ["Friday", "Thursday", "Wednesday", "Tuesday", "Monday", "Sunday", "Saturday"]
    out: list[str] = []
    for i in range(31):
        if i % 2 == 0:
            g = i // 2
            out += [f"d[2015-07-{31 - g:02d}]|{days[g % 7]}, July {31 - g}, 2015", ""]
        kind = i % 6
        if kind == 0:
            out += ["@post", "", ""]  # untitled: two blank lines after the date
            out += [f"b|A quiet day on the water, number {i}, with nothing much to report.", ""]
        else:
            out += [f"t|Harbour Diary {i + 1}", ""]
            if kind == 2:
                pass  # image-only: empty body
            elif kind == 4:
                out += [f"n[My Comment:]|My Comment: no news today, day {i}.", "",
                        "m|Back tomorrow with the ferry figures.", ""]
            else:
                out += [f"b|The ferry carried {100 + i} passengers and {i} cars today.", "",
                        "b|The gulls were out in force.", ""]
        out += [f"p[Dee]|Posted by Dee at {1 + i % 12}:{15 + i:02d} PM", "",
                f"l|Labels: diary, ferry{i % 3}", "",
                f"h[{i % 5}]|{'No comments:' if i % 5 == 0 else ('1 comment:' if i % 5 == 1 else str(i % 5) + ' comments:')}", ""]
    out.append("x|Newer Posts Older Posts Home")
    return "\n".join(out)


dump(537, "monthly archive of 31 posts (two per date line, separate `Posted by` / `Labels:` / "
     "count lines, counts without comments) mixing titled posts, untitled posts (two blank "
     "lines after the date), image-only posts (title then footer) and `My Comment:` notes only",
     _mixed_archive())


dump(538, "read-more lines with odd spacing in one post: `Read more....`, `Read  more  ....` and "
     "`Read more . . . .`, each after a quoted block; footer, no comments", """
d[2016-02-06]|Saturday, February 6, 2016

t|Three Reports On The Dam

b|Vell Courier: Dam talks stall

b|The dam talks stalled again on Friday.

r|Read more....

b|Morvanian Herald: Morvania blames Valdoria

b|Morvania blamed Valdoria for the stall.

r|Read  more  ....

b|Tarsan Times: Mediators stay hopeful

b|The mediators said they remain hopeful.

r|Read more . . . .

p[Kari Lund]|Posted by Kari Lund at 10:14 PM

h[0]|No comments:
""")

dump(539, "threaded copy whose name lines carry only a time of day (`Harlan Vosk 9:05 AM`: "
     "timestamp null), a `Replies` block, `ReplyDelete`", """
d[2017-02-19]|Sunday, February 19, 2017

t|Fog Closes The Harbour

b|Thick fog closed the harbour this morning.

h[3]|3 comments:

c[Harlan Vosk;]|Harlan Vosk 9:05 AM
w|Not a single boat out.

x|ReplyDelete
x|Replies

c[Mila K.;;0]|    Mila K. 10:12 AM
w|    Mine went out. Came back fast.

x|    Delete

x|    Reply

c[Anonymous;]|Anonymous 1:22 PM
w|Clearing now from the west.

x|ReplyDelete

x|Add comment
""")

dump(540, "threaded copy whose time-only timestamps stand on their own line under the name "
     "(`Harlan Vosk` / `9:05 AM` / text): timestamp null", """
d[2017-02-19]|Sunday, February 19, 2017

t|Fog Again

b|The fog is back for a second day.

h[2]|2 comments:

c[Harlan Vosk;]|Harlan Vosk
s|9:05 AM
w|Second day, no boats.

x|ReplyDelete

c[Anonymous;]|Anonymous
s|1:22 PM
w|It lifts at noon usually.

x|ReplyDelete

x|Add comment
""")


dump(541, "classic comment quoting a threaded byline from another site (`Harlan Vosk February "
     "19, 2017 at 9:05 AM` as its own paragraph) before the quoted text and its own reply, "
     "closed by its timestamp line", """
d[2017-02-20]|Monday, February 20, 2017

t|Tarsan Hosts The Talks Again

b|Tarsan will host the next round of dam talks.

p[Kari Lund]|Posted by Kari Lund at 8:14 AM

h[2]|2 comments:

c[Mila K.;2017-02-20T10:12]|Mila K. said...

w|From the Courier's comments:

w|Harlan Vosk February 19, 2017 at 9:05 AM

w|Neutral host with two brand new submarines.

w|He has a point.
s|February 20, 2017 at 10:12 AM

c[Anonymous;2017-02-20T11:30]|Anonymous said...

w|He always has a point.
s|February 20, 2017 at 11:30 AM

x|Post a Comment
""")

dump(542, "classic comment holding a full date-and-time paragraph (`February 1, 2016 at 6:10 "
     "AM`, when the ferry left) in the middle of its text; the comment's own timestamp line "
     "comes last", """
d[2016-02-06]|Saturday, February 6, 2016

t|The Missing Ferry Is Found

b|The ferry missing since Monday was found drifting off Sorne.

p[Kari Lund]|Posted by Kari Lund at 10:14 AM

h[2]|2 comments:

c[Tomas Berg;2016-02-06T15:45]|Tomas Berg said...

w|The log says it left Vell on

w|February 1, 2016 at 6:10 AM

w|with nobody on board.
s|February 6, 2016 at 3:45 PM

c[Ruth;2016-02-06T16:10]|Ruth said...

w|Nobody at all?
s|February 6, 2016 at 4:10 PM

x|Post a Comment
""")

dump(543, "archive page with footers whose first post SHOWS classic stamped comments and the "
     "second post of the same day follows the last comment's timestamp line with its title "
     "(no date line of its own), body and footer", """
d[2016-02-06]|Saturday, February 6, 2016

t|Ferry Strike Called Off

b|The ferry strike planned for Monday has been called off.

p[Kari Lund]|Posted by Kari Lund at 10:14 AM

h[1]|1 comment:

c[Tomas Berg;2016-02-06T15:45]|Tomas Berg said...

w|Good news for the market.
s|February 6, 2016 at 3:45 PM

t|Harbour Lights Repaired

b|The harbour lights are working again after two weeks in the dark.

p[Kari Lund]|Posted by Kari Lund at 9:02 AM

h[0]|No comments:

x|Newer Posts Older Posts Home
""")


dump(544, "classic comment that QUOTES the removal notice inside longer text (not removed), "
     "and a really removed comment followed by a `Reply` line, each with a timestamp", """
d[2016-02-06]|Saturday, February 6, 2016

t|Comment Moderation Returns

b|I have switched comment moderation back on after last week.

p[Kari Lund]|Posted by Kari Lund at 10:14 AM

h[3]|3 comments:

c[Anonymous;2016-02-06T15:45]|Anonymous said...

w|This comment has been removed by a blog administrator.
s|February 6, 2016 at 3:45 PM

x|Reply

c[Tomas Berg;2016-02-06T15:50]|Tomas Berg said...

w|Last week half the thread read

w|This comment has been removed by a blog administrator.

w|so this is welcome.
s|February 6, 2016 at 3:50 PM

x|Reply

c[Ruth;2016-02-06T16:10]|Ruth said...

w|Agreed.
s|February 6, 2016 at 4:10 PM

x|Reply

x|Post a Comment
""")

dump(545, "a `WNU Editor:` note of three paragraphs closed by the share widget one item per "
     "line, then `Posted by`, `Labels:` and `1 comment:` with a classic comment", """
d[2016-02-06]|Saturday, February 6, 2016

t|Sundavia Joins The Mediators

b|Tarsan Times: Sundavia to join dam mediation

b|Sundavia will send a mediator to the next round of dam talks.

r|Read more ....

n[WNU Editor:]|WNU Editor: A neutral second mediator could help.

m|Or it could give both sides a second audience to play to.

m|We will know by March.

x|Email This
x|BlogThis!
x|Share to Twitter
x|Share to Facebook

p[Kari Lund]|Posted by Kari Lund at 10:14 PM

l|Labels: dam, Sundavia

h[1]|1 comment:

c[Gunnar Lind;2016-02-06T23:40]|Gunnar Lind said...

w|A second audience, surely.
s|February 6, 2016 at 11:40 PM

x|Post a Comment
""")
