# ruff: noqa: E501  (record lines are data)
"""Bad inputs: files a splitter must refuse (truth = {"error": reason})."""

from __future__ import annotations

import gzip
import hashlib
from typing import Any


def _noise(seed: str, n: int) -> bytes:
    """Deterministic pseudo-random bytes (stand-in for compressed image data)."""
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}{i}".encode()).digest()
        i += 1
    return out[:n]


_POST = """Saturday, April 8, 2017

Valdoria Extends Conscription To Eighteen Months

Atlas Press: Valdoria lengthens military service as reservist numbers fall

Valdoria's parliament voted on Friday to extend compulsory military service from twelve to
eighteen months, starting with the conscripts who report in September.

Read more ....

WNU Editor: Six extra months is a lot to ask of a generation that already complains about
the twelve.

2 comments:

Harlan Vosk said...

Overdue. Twelve months barely covers basic training and one exercise.

Anonymous said...

Watch the emigration numbers next year.
"""


def _gzip() -> bytes:
    return gzip.compress(_POST.encode("utf-8"), mtime=0)


def _jpeg() -> bytes:
    head = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00"
            b"\xff\xdb\x00C\x00\x08\x06\x06\x07\x06\x05\x08\x07\x07\x07\t\t\x08\n\x0c\x14")
    return head + _noise("jpeg", 1400) + b"\xff\xd9"


_TSV = """post_id\tpublished\ttitle\tauthor\tcomments
8812\t2016-02-06 09:14:00\tValdoria Recalls Its Ambassador From Morvania\tWNU Editor\t2
8813\t2016-02-06 18:02:00\tTarsan Opens Its Second Desalination Plant\tWNU Editor\t0
8814\t2016-02-07 07:45:00\tSundavia Bans Night Flights Over Panjor\tWNU Editor\t7
8815\t2016-02-07 12:30:00\tMorvania Raises Its Gas Price For Valdoria\tWNU Editor\t3
8816\t2016-02-08 08:00:00\tSnow Day\tWNU Editor\t6
8817\t2016-02-08 21:12:00\tOstrel Dam Talks Resume After Six-Week Pause\tWNU Editor\t2
8818\t2016-02-09 06:58:00\tDrone Swarms Over The Helm Sea\tWNU Editor\t4
8819\t2016-02-09 22:40:00\tValdoria Tests Its Civil Defence Sirens\tWNU Editor\t11
"""

_SRT = """1
00:00:01,200 --> 00:00:04,100
Saturday, March 11, 2017.

2
00:00:04,500 --> 00:00:08,900
Morvanian armoured vehicles are loaded
onto flat cars at the Dorsk junction.

3
00:00:09,300 --> 00:00:12,000
The defence ministry said...

4
00:00:12,400 --> 00:00:16,750
...the vehicles belong to a training brigade.

5
00:00:17,100 --> 00:00:20,600
Valdorian officers say the rail traffic
is unusual for the season.

6
00:00:21,000 --> 00:00:24,200
Read more on our website.
"""

_LOG = "".join(
    f'203.0.113.{17 + i % 9} - - [06/Feb/2016:0{i % 10}:{(i * 7) % 60:02d}:{(i * 13) % 60:02d} +0000] '
    f'"GET /2016/02/{path} HTTP/1.1" {status} {size} "-" "Mozilla/5.0 (X11; Linux x86_64)"\n'
    for i, (path, status, size) in enumerate([
        ("a-falling-out-between-valdoria-and-morvania.html", 200, 48211),
        ("a-falling-out-between-valdoria-and-morvania.html?showComment=1454790000", 200, 48990),
        ("feeds/posts/default", 304, 0),
        ("favicon.ico", 404, 512),
        ("tarsan-opens-its-second-desalination-plant.html", 200, 39102),
        ("search?updated-max=2016-02-06T09:14:00-05:00", 200, 120554),
        ("sundavia-bans-night-flights-over-panjor.html", 200, 40877),
        ("comments/default", 200, 18233),
        ("snow-day.html", 200, 22014),
        ("robots.txt", 200, 98),
        ("ostrel-dam-talks-resume.html", 500, 0),
        ("ostrel-dam-talks-resume.html", 200, 41330),
    ])
)

_CSV = """comment_id,post_id,author,published,text
5512,8812,Harlan Vosk,"February 6, 2016 at 3:45 PM","Recalling an ambassador over two customs officers is theatre."
5513,8812,Anonymous,"February 6, 2016 at 4:02 PM","The bridge has had no line in the middle since 1994, everyone knows that."
5514,8813,Mila K.,"February 7, 2016 at 8:11 AM","Three hundred thousand people is half of Port Halim."
Anonymous said...
5515,8814,Pavel O.,"Saturday, February 6, 2016","Night flight bans never last more than a month."
5516,8814,ColdWarKid61,"February 7, 2016 at 9:40 PM","The approach over the bay was always dangerous."
5517,8815,Gunnar Lind,"February 8, 2016 at 6:05 AM","Thirty-four per cent, and the winter is not over."
5518,8816,Farida N.,"February 8, 2016 at 7:30 AM","Stay warm, and charge the laptop."
5519,8817,Tomasz W.,"February 8, 2016 at 10:12 PM","Six weeks of pause and new teams. Interesting."
"""

BAD: list[dict[str, Any]] = [
    {"n": 139, "error": "empty file", "bytes": b"   \n\t\n \r\n\n    \n",
     "what": "only spaces, tabs and line ends (CRLF and LF) → `empty file`"},
    {"n": 140, "error": "binary file", "bytes": _gzip,
     "what": "a gzip-compressed dump (magic `1f 8b`) → `binary file`"},
    {"n": 141, "error": "binary file", "bytes": _jpeg,
     "what": "JPEG bytes (`FF D8 FF E0 ... JFIF`) → `binary file`"},
    # 142, a saved HTML page of a blog post, was refused here until saved pages were read
    # (issue 13): it lives on as tests/html/142_f88bc39b8666cc92.html.
    {"n": 143, "error": "not a blog dump", "bytes": _TSV.encode("utf-8"),
     "what": "TSV export of post titles and dates → `not a blog dump`"},
    {"n": 144, "error": "not a blog dump", "bytes": _SRT.encode("utf-8"),
     "what": "`.srt` subtitles (numbered cues, `-->` timings, a date and `said...` in the "
             "text) → `not a blog dump`"},
    {"n": 145, "error": "not a blog dump", "bytes": _LOG.encode("utf-8"),
     "what": "web server access log → `not a blog dump`"},
    {"n": 146, "error": "not a blog dump", "bytes": _CSV.encode("utf-8"),
     "what": "CSV of comments with dates inside the records and a stray `Anonymous said...` "
             "line → `not a blog dump`"},
]
