"""Which language a post's printed lines (date header, footer, comment count) are in.

Takes: the lines a dump printed around a post (`ParsedPost.printed`).  Gives: a
language code when those lines are clearly in one language (every telling word
they hold belongs to it, and none to another), else None.  Split writes it as the
post's `language:` when it is not the site's: a multilingual blog's posts then carry
their own `lang` on their pages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

# Month names (both cases Polish prints), weekdays, and the words of Blogger's
# footers and comment counts, per language.  A word of two languages tells nothing
# and is dropped (`_telling`): "abril", "agosto", "sábado", "april", "labels", ...
_WORDS = {
    "en": "january february march may june july august september october november december "
          "monday tuesday wednesday thursday friday saturday sunday "
          "comment comments posted labels response responses",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre "
          "noviembre diciembre lunes martes miércoles jueves viernes sábado domingo "
          "comentario comentarios publicado publicada etiquetas",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre "
          "décembre lundi mardi mercredi jeudi vendredi samedi dimanche "
          "commentaire commentaires publié publiée libellés",
    "de": "januar februar märz april mai juni juli august september oktober november "
          "dezember montag dienstag mittwoch donnerstag freitag samstag sonntag "
          "kommentar kommentare eingestellt labels",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
          "dezembro segunda-feira terça-feira quarta-feira quinta-feira sexta-feira "
          "sábado domingo comentário comentários postado postada marcadores",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
          "novembre dicembre lunedì martedì mercoledì giovedì venerdì sabato domenica "
          "commento commenti pubblicato etichette",
    "nl": "januari februari maart april mei juni juli augustus september oktober november "
          "december maandag dinsdag woensdag donderdag vrijdag zaterdag zondag "
          "reactie reacties geplaatst labels",
    "pl": "styczeń stycznia luty lutego marzec marca kwiecień kwietnia maj maja czerwiec "
          "czerwca lipiec lipca sierpień sierpnia wrzesień września październik "
          "października listopad listopada grudzień grudnia poniedziałek wtorek środa "
          "czwartek piątek sobota niedziela komentarz komentarze komentarzy",
}
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


@lru_cache(maxsize=1)
def _telling() -> dict[str, str]:
    """word -> its one language."""
    seen: dict[str, set[str]] = {}
    for language, words in _WORDS.items():
        for word in words.split():
            seen.setdefault(word, set()).add(language)
    return {word: next(iter(langs)) for word, langs in seen.items() if len(langs) == 1}


def printed_language(lines: Iterable[str]) -> str | None:
    """The one language the lines' telling words belong to, or None."""
    telling = _telling()
    found = {telling[w] for line in lines for w in _WORD.findall(line.lower()) if w in telling}
    return found.pop() if len(found) == 1 else None


def other_language(lines: Iterable[str], site_language: str) -> str | None:
    """`printed_language` when it is not the site's (`pt` is `pt-BR`'s), else None."""
    found = printed_language(lines)
    site = re.split(r"[-_]", site_language or "en")[0].lower()
    return found if found and found != site else None
