# ruff: noqa: E501  (the "what" strings are table cells; their length is the data)
"""Twelfth batch (1132+): the patterns of issue 14 (real pages of Blogger archives and of
other blog engines), one small hand-written page per variant, each failing before its
rule was added.  Dumpkit templates: the truth is derived from the very lines written.
"""

from __future__ import annotations

from typing import Any

DUMPS: list[dict[str, Any]] = []


def dump(n: int, what: str, text: str, **kw: Any) -> None:
    DUMPS.append({"n": n, "what": what, "text": text, **kw})

dump(1132, "issue 14 pattern 7: page without date lines whose footer prints the date (`Posted by Paul at April 4, 2003`): the post's date comes from the footer", """
x|Harbour Notes

t|Old Boat Day

b|The old boats came out again for the harbour festival and the weather held all afternoon.

p[Paul;;2003-04-04]|Posted by Paul at April 4, 2003

x|Post a Comment
""")

dump(1133, 'issue 14 pattern 7: French page without date lines, footer `Publié par <name> le 27 avril 2014`: author and date from the footer', """
x|Le carnet du port

t|La fête des bateaux

b|Les vieux bateaux sont sortis pour la fête du port et le temps a tenu tout l'après-midi.

p[Marie Roux;;2014-04-27]|Publié par Marie Roux le 27 avril 2014

x|Enregistrer un commentaire
""")

dump(1134, 'issue 14 pattern 7: French date line `Le 10/06/2015` (day first after `Le`), not chrome', """
x|Le carnet du port

d[2015-06-10]|Le 10/06/2015

t|Marché de nuit

b|Le marché de nuit revient sur le quai tous les mercredis de l'été, avec des stands de poisson grillé et de la musique.

x|Enregistrer un commentaire
""")

dump(1135, 'issue 14 pattern 7: a title over a date line with a count glued after it (`05-Jul-2008 (4 comments)`): date line (its count is the count header), not body', """
x|Trail Diary

t|Back On The Ridge
d[2008-07-05;4]|05-Jul-2008 (4 comments)

b|Four of us went back up the ridge trail this weekend and found the bridge at the second stream finally repaired.

x|Older Posts Home
""")

dump(1136, 'issue 14 pattern 7: a title over a date line whose day is glued to the year (`Oct 212011`): date line, not body', """
x|Trail Diary

t|Autumn Colours On The Ridge
d[2011-10-21]|Oct 212011

b|The beeches along the upper trail have turned and the whole ridge looks like it is on fire in the afternoon light.

x|Older Posts Home
""")

dump(1137, 'issue 14 pattern 8: widget and button lines inside and after a post (`Pin It`, `Related Posts Plugin for WordPress, Blogger...`, `Most viewed`, `Visitor Feedback`) after `No comments :`: chrome, not a second post', """
x|Harbour Notes
x|Small news from a small port
x|<< Home

d[2015-06-10]|Wednesday, June 10, 2015

t|The New Crane Arrives

b|The crane came in on a barge this morning and the whole quay stopped work to watch it swing over the warehouse roofs.

x|Pin It

p[Harlan Vosk]|Posted by Harlan Vosk at 9:14 PM

h[0]|No comments :

x|Related Posts Plugin for WordPress, Blogger...

x|Most viewed

x|Visitor Feedback

x|Post a Comment
""")

dump(1138, 'issue 14 pattern 9: WordPress page: `Posted in <category>` (labels), `Bookmark the permalink.`, `N Responses to "…"`, bylines `#1 by NAME on <date> at <time>` and `NAME on <date> at <time> said:`, `Leave a Reply` form (chrome)', """
d[2014-03-05]|Wednesday, March 5, 2014

t|Repairing The Old Boathouse

b|We finally started on the boathouse roof this weekend, and it went better than anyone expected.

l[Projects]|Posted in Projects
x|Bookmark the permalink.

h[2]|2 Responses to "Repairing The Old Boathouse"

c[Kara Lund;2014-03-06T10:12]|#1 by Kara Lund on March 6, 2014 at 10:12 am

w|Good luck with the rafters, ours took a whole summer.

c[Tom Pike;2014-03-07T18:30]|Tom Pike on March 7, 2014 at 6:30 pm said:

w|Send pictures when the tiles go on.

x|Leave a Reply
x|You are commenting using your WordPress.com account.
""")

dump(1139, 'issue 14 pattern 9: WordPress page: `Filed under:` and `Tagged:` footers (labels), `One thought on "…"` header (count 1), `NAME on <date> said:` byline, `Leave a Reply`', """
d[2014-03-05]|Wednesday, March 5, 2014

t|Repairing The Old Boathouse

b|We finally started on the boathouse roof this weekend, and it went better than anyone expected.

l[Projects]|Filed under: Projects
l[boathouse;roof]|Tagged: boathouse, roof

h[1]|One thought on "Repairing The Old Boathouse"

c[Kara Lund;2014-03-06T10:12]|Kara Lund on March 6, 2014 at 10:12 am said:

w|Good luck with the rafters, ours took a whole summer.

x|Leave a Reply
""")

dump(1140, "issue 14 pattern 10: page of another engine without date lines: widget headings over the post (`About`, `Archives`, `Most viewed`), the post's prose kept, `Leave a Reply` (chrome) after it", """
x|About
x|Archives
x|Most viewed

t|Winter At The Lighthouse

b|The keeper's cottage is empty now, but the lamp still turns every night and the gulls still sit on the gallery rail.

b|We walked out at low tide on Sunday and the causeway was clear all the way to the steps, which it almost never is in January.

x|Leave a Reply
""")

dump(1141, "issue 14 pattern 10: post without a date line, then a sidebar (`Recent Posts`, `Archives`, a `Calendar` widget printing a full date): the widget's date line starts no post", """
x|Lighthouse Diary
x|Notes from the end of the causeway

t|Winter At The Lighthouse

b|The keeper's cottage is empty now, but the lamp still turns every night and the gulls still sit on the gallery rail.

b|We walked out at low tide on Sunday and the causeway was clear all the way to the steps, which it almost never is in January.

x|Leave a Reply

x|Recent Posts
x|Spring Tides
x|The Gallery Rail
x|Recent Comments
x|Ann on Spring Tides
x|Archives
x|March 2014
x|February 2014
x|Calendar
x|Tuesday, March 4, 2014
x|M T W T F S S
""")

dump(1142, 'issue 14 pattern 10: blog name, a `Most viewed` widget, the post (no date line), then widgets with a date line and a title under it: the post is kept (its prose was dropped), the sidebar is chrome', """
x|Lighthouse Diary

x|Most viewed
x|Spring Tides
x|The Gallery Rail

t|Winter At The Lighthouse

b|The keeper's cottage is empty now, but the lamp still turns every night and the gulls still sit on the gallery rail.

b|We walked out at low tide on Sunday and the causeway was clear all the way to the steps, which it almost never is in January.

x|Subscribe to our newsletter
x|Popular Tags
x|Saturday, March 1, 2014
x|A Year Of Gulls
""")

dump(1143, 'issue 14 pattern 4: commenter names joined by commas and `and` (`Ann, Bob, and Carl said...`, `Mum and Dad said...`) under a count header: comment author lines, not a new post', """
d[2012-10-21]|Sunday, October 21, 2012

t|The Long Walk Home

b|We walked the old coast path from the lighthouse back to the village, eleven miles in the wind.

p[Hal Brenner]|Posted by Hal Brenner at 9:02 PM

h[2]|2 comments:

c[Ann, Bob, and Carl;2012-10-22T08:15]|Ann, Bob, and Carl said...

w|We did that walk in May and it nearly finished us. Respect.

s|October 22, 2012 at 8:15 AM

c[Mum and Dad;2012-10-22T10:40]|Mum and Dad said...

w|So proud of you both. Ring us when you are home.

s|October 22, 2012 at 10:40 AM

x|Post a Comment
""")

dump(1144, "issue 14 pattern 6: `Posted by Joni` printed under the title, over the body (`Here is the full results report:`): the author's line, the post goes on (one post with its labels and comments, not two)", """
d[2011-05-14]|Saturday, May 14, 2011

t|Spring Fair Results

p[Joni]|Posted by Joni
b|Here is the full results report:

b|Best marrow went to the Ferris family for the third year in a row, and the cake stall raised more than ever before.

l|Labels: fair, results

h[1]|1 comment:

c[Lina;2011-05-15T09:00]|Lina said...

w|Three years running! What is the secret?

s|May 15, 2011 at 9:00 AM

x|Post a Comment
""")

dump(1145, 'issue 14 pattern 6: numbered comments printed without blank lines under a count header: one comment per number (not one comment, not a second post)', """
d[2011-05-14]|Saturday, May 14, 2011

t|Spring Fair Results

b|The cake stall raised more than ever before, and the Ferris family won best marrow again.

h[2]|2 comments:

k[;;;1]|1. Three years running! What is the secret?
k[;;;1]|2. Well done to the bakers.

x|Older Posts Home
""")

dump(1146, 'issue 14 pattern 3: numbered comments printed without blank lines after the footer, no count header, a nested reply: comments, not body', """
d[2017-09-02]|Saturday, September 2, 2017

t|Our First Marathon

b|We finished! Four hours and twelve minutes, and nobody had to be carried over the line.

b|Thank you to everyone who stood in the rain with signs and oranges.

p[Tova Reel]|Posted by Tova Reel at 7:45 PM

k[;;;1]|1. Congratulations to you both, what a time for a first one!
k[;;;1]|2. I saw you at the bridge and you were still smiling, which is more than I managed.
k[;;1;1]|    1. Same here, the bridge was the worst part.
k[;;;1]|3. Well done. Next year the half for me.

x|Add comment
x|Load more...
""")

dump(1147, 'issue 14 pattern 3: header-less numbered comments printed without blank lines at the end of the post, directly over `Post a Comment`: comments, not body', """
d[2017-09-02]|Saturday, September 2, 2017

t|Our First Marathon

b|We finished! Four hours and twelve minutes, and nobody had to be carried over the line.

b|Thank you to everyone who stood in the rain with signs and oranges.

k[;;;1]|1. Congratulations to you both, what a time for a first one!
k[;;;1]|2. I saw you at the bridge and you were still smiling, which is more than I managed.
k[;;;1]|3. Well done. Next year the half for me.

x|Post a Comment
x|Newer Post Older Post Home
""")

dump(1148, "issue 14 pattern 1: archive page without footers: the second post's date line (with its weekday, as the page's headers) and a title that reads like a sentence (`Rain Again. The Gardens Are Happy`) over running text: a new post, not a caption", """
x|Harbour Notes
x|Small news from a small port

d[2015-06-10]|Wednesday, June 10, 2015

t|The New Crane Arrives

b|The crane came in on a barge this morning and the whole quay stopped work to watch it swing over the warehouse roofs.

b|By noon it was bolted down and the crew from the mainland had gone for lunch at the café by the slipway.

d[2015-06-08]|Monday, June 8, 2015

t|Rain Again. The Gardens Are Happy

b|Three days of rain in June would be a disaster anywhere else, but the allotments behind the chapel have never looked greener.

x|Older Posts Home
""")

dump(1149, 'issue 14 pattern 1: aggregator day page: three stories under one date line, each a title over `from <feed>` and its text: three posts', """
d[2014-11-03]|Monday, November 3, 2014

t|Ferry timetable changes for winter
x|from Harbour Ledger
b|The winter timetable starts next week with two crossings a day instead of four, the operator said on Friday.

t|Council approves the new school roof
x|from Vell Courier
b|Councillors voted seven to two on Thursday night to pay for the new roof out of the reserve fund.

t|Fishing quota talks stall again
x|from Coast Radio
b|The talks in the capital broke up without a deal for the third time this autumn.

x|Older Posts Home
""")

dump(1150, "issue 14 pattern 2: a post made of a title only (`Video: …`) right after a post that ends with an editor's note, then the next post (title, source line): three posts, the note keeps its own words", """
d[2016-04-12]|Tuesday, April 12, 2016

t|Valdoria Moves Troops To The Border

b|Harbour Ledger: Valdoria sends two brigades north
b|Two mechanised brigades left their barracks on Monday and were seen on the northern highway by Tuesday morning.

n[WNU Editor:]|WNU Editor: This is the largest move of troops since the spring exercises.

t|Video: The Convoy On The Northern Highway

t|Morvania Answers With An Exercise Of Its Own

b|Vell Courier: Morvania announces snap drills
b|The Morvanian defence ministry announced a three-day exercise on the other side of the border on Tuesday.

x|Older Posts Home
""")

dump(1151, "issue 14 pattern 2: a cartoon post (title only) after an editor's note, then a post of a title and prose: three posts", """
d[2016-04-12]|Tuesday, April 12, 2016

t|Valdoria Moves Troops To The Border

b|Two mechanised brigades left their barracks on Monday and were seen on the northern highway by Tuesday morning.

n[WNU Editor:]|WNU Editor: This is the largest move of troops since the spring exercises.

t|Cartoon Of The Day

t|Morvania Answers With An Exercise

b|The Morvanian defence ministry announced a three-day exercise on the other side of the border on Tuesday.

x|Older Posts Home
""")

dump(1152, 'issue 14 pattern 5: page without a date line: blog name and tagline, the title, a byline `By <name>` (body), prose, comments: the title is the title (not dropped), the byline opens the body', """
x|Harbour Notes
x|Small news from a small port

t|A Quiet Week At The Harbour

b|By Pell Anders

b|Not much to report this week: the weather kept the boats in and the café ran out of scones on Thursday.

h[1]|1 comment:

c[Lina;]|Lina said...

w|The scones were worth the queue.

x|Post a Comment
""")


# Round text-r1 of unseen dumps (1201-1230), written from the rules alone by another
# developer who has not read our code; kept as received in rounds/text-r1/ (its README gives
# the conventions its writer chose where the corpus README is silent).  Where the writer's
# truth contradicts the corpus README, the README wins; each correction names its rule.
ROUND_R1 = "rounds/text-r1"
# Round text-r2 (1301-1325): other blog engines (WordPress, Drupal, LiveJournal, Tumblr,
# phpBB, Medium, Hugo, Overblog, Squarespace), Blogger's classic and mobile templates and
# six more Blogger languages, as received in rounds/text-r2/.  Every truth was checked
# against the corpus README; none contradicts it, so CORRECTIONS holds none of 13xx.
ROUND_R2 = "rounds/text-r2"
ROUNDS = (ROUND_R1, ROUND_R2)
CORRECTIONS: dict[str, list[tuple[str, Any, str]]] = {
    n: [(f"posts.0.comments.{k}.timestamp", stamp,
         "README \"Comments\": timestamp is the comment's own date and time, printed on its "
         "timestamp line")
        for k, stamp in enumerate(stamps)]
    for n, stamps in {
        "1207": ["2010-01-17T11:02", "2010-01-17T12:30", "2010-01-17T16:44", "2010-01-18T07:01"],
        "1210": ["2009-05-07T00:20", "2009-05-07T03:14"],
        "1217": ["2014-07-21T22:12"],
        "1221": ["2016-02-06T10:41", "2016-02-06T12:03", "2016-02-07T08:15"],
        "1222": ["2010-03-18T21:07", "2010-03-19T09:30"],
    }.items()
}


def corrected(number: str, truth: dict[str, Any]) -> dict[str, Any]:
    """The writer's truth with the README's corrections applied."""
    for path, value, _why in CORRECTIONS.get(number, []):
        *parents, last = path.split(".")
        node: Any = truth
        for key in parents:
            node = node[int(key)] if key.isdigit() else node[key]
        node[int(last) if last.isdigit() else last] = value
    return truth
