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

dump(1135, 'issue 14 pattern 7: a title over a date line with a count glued after it (`05-Jul-2008 (4 comments)`): date line, not body', """
x|Trail Diary

t|Back On The Ridge
d[2008-07-05]|05-Jul-2008 (4 comments)

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
