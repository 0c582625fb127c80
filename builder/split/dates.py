"""Dates and times as blogs print them, in several languages.

Takes: one stripped line.  Gives: `DateLine` (an ISO date and whether a weekday
was printed) for a date header, or an ISO `YYYY-MM-DDTHH:MM` / a time of day for
a comment timestamp.  Nothing else here knows about dumps.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

_MONTHS: dict[str, int] = {}


def _months(number: int, *names: str) -> None:
    for name in names:
        _MONTHS[name] = number


# English, Spanish, French, German, Portuguese, Norwegian/Danish/Swedish, Romanian,
# Italian, Dutch; full names and common abbreviations (accents folded).
_months(1, "january", "jan", "enero", "ene", "janvier", "janv", "januar", "janeiro",
        "januari", "ianuarie", "ian", "gennaio", "gen")
_months(2, "february", "feb", "febrero", "fevrier", "fevr", "fev", "februar", "fevereiro",
        "februari", "februarie", "febbraio")
_months(3, "march", "mar", "marzo", "mars", "marz", "marco", "mart", "martie", "maart", "mrt")
_months(4, "april", "apr", "abril", "abr", "avril", "avr", "aprilie", "aprile")
_months(5, "may", "mayo", "mai", "maio", "mei", "maggio", "mag")
_months(6, "june", "jun", "junio", "juin", "juni", "junho", "iunie", "giugno", "giu")
_months(7, "july", "jul", "julio", "juillet", "juil", "juli", "julho", "iulie", "luglio", "lug")
_months(8, "august", "aug", "agosto", "ago", "aout", "augusti", "augustus", "aug")
_months(9, "september", "sep", "sept", "septiembre", "setiembre", "septembre", "setembro",
        "set", "septembrie", "settembre")
_months(10, "october", "oct", "octubre", "octobre", "oktober", "okt", "outubro", "out",
        "octombrie", "ottobre", "ott")
_months(11, "november", "nov", "noviembre", "novembre", "novembro", "noiembrie", "noi")
_months(12, "december", "dec", "diciembre", "dic", "decembre", "dezember", "dez", "dezembro",
        "desember", "des", "decembrie", "dicembre")
# Polish and Russian (genitive, as dates print them), Swedish, Turkish (accents folded)
for _number, _names in enumerate((
        "stycznia января ocak", "lutego февраля subat", "marca марта",
        "kwietnia апреля nisan", "maja мая maj mayıs", "czerwca июня haziran",
        "lipca июля temmuz", "sierpnia августа agustos", "wrzesnia сентября eylul",
        "pazdziernika октября ekim", "listopada ноября kasım", "grudnia декабря aralık"),
        start=1):
    _months(_number, *_names.split())

_WEEKDAYS = {
    # en
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    # es
    "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
    # fr
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    # de
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "sonnabend",
    # pt
    "segunda", "terca", "quarta", "quinta", "sexta", "feira",
    # no / da / sv
    "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lordag", "sondag", "tisdag",
    # ro
    "luni", "marti", "miercuri", "joi", "vineri", "sambata", "duminica",
    # it
    "lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "domenica",
    # nl
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    # it, pl, ru, tr
    "sabato", "poniedzialek", "wtorek", "sroda", "czwartek", "piatek", "sobota", "niedziela",
    "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
    "pazartesi", "salı", "carsamba", "persembe", "cuma", "cumartesi", "pazar",
}
_FILLER = {"de", "del", "of", "the", "den", "der", "le", "el", "la", "a", "em", "am",
           "st", "nd", "rd", "th", "er", "eme", "г"}  # Russian `12 января 2009 г.`

_TOKEN = re.compile(r"[^\W\d_]+|\d+")
_ALLOWED_REST = re.compile(r"^[\s,./\-–—:]*$")
_TIME = re.compile(
    r"(?P<h>\d{1,2})[:.h](?P<m>\d{2})(?::(?P<s>\d{2}))?\s*"
    r"(?P<ampm>[AaPp]\.?\s?[Mm]\.?)?(?:\s*(?:h|Uhr|uur|UTC|GMT|[A-Z]{2,4}T))?$"
)
_CONNECTORS = re.compile(
    r"(?:,|\bat\b|\bà\b|\ba\b|\bum\b|\bàs\b|\bas\b|\ba las\b|\ba la\b|\bkl\.?|\bla\b|\balle\b"
    r"|\bom\b|\bo\b|\bore\b|\bpukul\b|-|–|—|\|)\s*$",
    re.IGNORECASE,
)
_NUMERIC = re.compile(r"^(\d{1,2})([/.\-])(\d{1,2})\2(\d{2}|\d{4})$")
# `Le 10/06/2015`, `Am 14.01.2016`, `El 3/4/2015`: a day-first language's "on the"
_DAY_FIRST_ON = re.compile(r"^(?:le|el|am|il|op|em|no|pe)\s+(?=\d)", re.IGNORECASE)
# `Oct 212011`: the day glued to the year
_GLUED_YEAR = re.compile(r"^([^\W\d_]{3,10}\.?)\s+(\d{1,2})((?:19|20)\d\d)$")
_ON_DATE_AT = re.compile(r"^on\s+(.{6,40}?)\s+at\s+\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?$", re.IGNORECASE)
# `Mon Jan  5 14:03:11 2009`: the Unix `date` command's stamp
_UNIX_DATE = re.compile(r"^([A-Za-z]{3})\s+([A-Za-z]{3})\s+(\d{1,2})\s+\d{2}:\d{2}:\d{2}"
                        r"\s+(?:[A-Z]{3,5}\s+)?(\d{4})$")
# `05-Jul-2008 (4 comments)`: a count printed after the date
_COUNT_AFTER = re.compile(r"\s*\(\d+\s+(?:comments?|responses?|replies|reply)\)$", re.IGNORECASE)


# `2016-04-03T22:15:00+02:00`: a date and time as a static site prints it (date as written)
_ISO_STAMP = re.compile(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?"
                        r"(?:Z|[+-]\d{2}:?\d{2})?")


@dataclass(frozen=True, slots=True)
class DateLine:
    iso: str
    weekday: bool  # a weekday name was printed ("Saturday, ...")
    shape: str  # a coarse signature of the printed form, to tell headers from captions


_UNFOLDED = str.maketrans({"ø": "o", "æ": "ae", "å": "a", "ß": "ss", "ł": "l", "đ": "d"})


@lru_cache(maxsize=1 << 16)
def _fold(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", text.lower().translate(_UNFOLDED))
        if not unicodedata.combining(c)
    )


def _make(year: int, month: int, day: int) -> str | None:
    if year < 100:
        year += 2000 if year < 70 else 1900
    if not 1900 <= year <= 2100:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _numeric(text: str) -> str | None:
    """1/14/2016, 14.01.2016, 2/16/17 (US month first unless impossible)."""
    match = _NUMERIC.match(text)
    if not match:
        return None
    a, sep, b, y = int(match.group(1)), match.group(2), int(match.group(3)), int(match.group(4))
    if sep == ".":
        return _make(y, b, a)  # European day.month.year
    if a > 12:
        return _make(y, b, a)
    return _make(y, a, b)


@lru_cache(maxsize=1 << 16)
def parse_date(text: str) -> DateLine | None:
    """A line that is only a full date (weekday optional), in any supported language."""
    text = text.strip().rstrip(":").strip()
    if not text or len(text) > 60 or not any(ch.isdigit() for ch in text):
        return None
    iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text) or _ISO_STAMP.fullmatch(text)
    if iso:
        made = _make(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        return DateLine(made, False, "iso") if made else None
    if (numeric := _numeric(text)) is not None:
        return DateLine(numeric, False, "numeric")
    return _words_date(text) or _other_date(text)


def _other_date(text: str) -> DateLine | None:
    """Rarer shapes, tried only when the usual ones fail."""
    named = re.match(r"^([^\W\d_]{2,12})\.?,?\s+(?=\d)", text)
    if named and _fold(named.group(1)) in _WEEKDAYS and (
            numeric := _numeric(text[named.end():])) is not None:
        return DateLine(numeric, True, "numericw")  # Drupal's `Tue, 04/12/2011`
    if named and _fold(named.group(1)) in _WEEKDAYS and (
            iso := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text[named.end():])):
        made = _make(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        return DateLine(made, True, "isow") if made else None  # `Tue, 2016-03-15`
    on = _DAY_FIRST_ON.match(text)
    if on and (numeric := _numeric(text[on.end():].replace("/", "."))) is not None:
        return DateLine(numeric, False, "on-numeric")
    on_at = _ON_DATE_AT.match(text)  # LiveJournal: `on January 5th, 2009 at 02:03 pm`
    if on_at and (found := parse_date(on_at.group(1))):
        return DateLine(found.iso, found.weekday, "on-" + found.shape)
    unix = _UNIX_DATE.match(text)
    if unix and _fold(unix.group(1)) in _WEEKDAYS and (
            found := parse_date(f"{unix.group(2)} {unix.group(3)}, {unix.group(4)}")):
        return DateLine(found.iso, True, "unix")
    glued = _GLUED_YEAR.match(text)
    if glued:
        return parse_date(f"{glued.group(1)} {glued.group(2)}, {glued.group(3)}")
    if text.endswith(")") and (counted := _COUNT_AFTER.search(text)):
        return parse_date(text[: counted.start()])
    return None


def _words_date(text: str) -> DateLine | None:
    folded = _fold(text)
    if not _ALLOWED_REST.match(_TOKEN.sub("", folded)):
        return None
    weekday = False
    parts: list[str] = []
    for token in _TOKEN.findall(folded):
        if token in _WEEKDAYS:
            weekday = True
        elif token not in _FILLER:
            parts.append(token)
    if len(parts) != 3:
        return None
    return _day_month_year(parts, weekday)


def _day_month_year(parts: list[str], weekday: bool) -> DateLine | None:
    numbers = [p for p in parts if p.isdigit()]
    words = [p for p in parts if not p.isdigit()]
    if len(words) != 1 or len(numbers) != 2 or words[0] not in _MONTHS:
        return None
    month = _MONTHS[words[0]]
    if parts[0].isdigit() and parts[1] == words[0]:  # 30 November 2014
        day, year, shape = int(parts[0]), parts[2], "dmy"
    elif parts[0] == words[0]:  # November 30, 2014
        day, year, shape = int(parts[1]), parts[2], "mdy"
    else:
        return None
    if len(year) != 4 or not 1 <= day <= 31:
        return None
    made = _make(int(year), month, day)
    return DateLine(made, weekday, shape + ("w" if weekday else "")) if made else None


_PREFIX_SPLIT = re.compile(r"\s*[—–]\s*|\s+[-|·•]\s+|:\s+")


def printed_count(text: str) -> int | None:
    """`05-Jul-2008 (4 comments)`: the comment count a date line prints after the date."""
    found = _COUNT_AFTER.search(text) if text.endswith(")") else None
    return int(re.sub(r"\D", "", found.group(0))) if found else None


@lru_cache(maxsize=1 << 16)
def parse_date_line(text: str) -> DateLine | None:
    """A date header: a full date alone, or with a short prefix (`Blog — Monday, ...:`)."""
    found = parse_date(text)
    if found:
        return found
    stripped = text.strip()
    if len(stripped) > 110:
        return None
    pieces = _PREFIX_SPLIT.split(stripped.rstrip(":").strip())
    if len(pieces) < 2:
        return None
    prefix = " ".join(pieces[:-1])
    if len(prefix.split()) > 8 or any(ch.isdigit() for ch in prefix):
        return None
    found = parse_date(pieces[-1])
    if found is None:
        return None
    return DateLine(found.iso, found.weekday, "prefixed-" + found.shape)


def parse_time(text: str) -> str | None:
    """`3:45 PM`, `19:42`, `21h14` -> "HH:MM"."""
    match = _TIME.fullmatch(text.strip())
    if not match:
        return None
    hour, minute = int(match.group("h")), int(match.group("m"))
    ampm = (match.group("ampm") or "").lower().replace(".", "").replace(" ", "")
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


@lru_cache(maxsize=1 << 16)
def starts_like_date(word: str) -> bool:
    """Could a date begin with this word (a number, a month or a weekday)?"""
    token = _fold(word).strip(".,:;")
    return token[:1].isdigit() or token in _MONTHS or token in _WEEKDAYS


@dataclass(frozen=True, slots=True)
class Stamp:
    iso: str | None  # "YYYY-MM-DDTHH:MM", or None when only a time was printed
    time: str  # the time of day as printed


@lru_cache(maxsize=1 << 16)
def parse_timestamp(text: str) -> Stamp | None:
    """A comment timestamp line: date and time in any supported form, or a time alone."""
    text = text.strip()
    if not text or len(text) > 70:
        return None
    if text[:1].isdigit() and (iso := _ISO_STAMP.fullmatch(text)) is not None:
        day = parse_date(text)
        return Stamp(f"{day.iso}T{iso.group(4)}:{iso.group(5)}", text) if day else None
    match = _TIME.search(text)
    if not match or match.end() != len(text):
        return None
    hhmm = parse_time(match.group(0))
    if hhmm is None:
        return None
    head = text[: match.start()].rstrip()
    if not head:
        return Stamp(None, text)
    head = _CONNECTORS.sub("", head).strip()
    head = _CONNECTORS.sub("", head).strip()
    day = parse_date(head) if head else None
    if day is None:
        return None
    numeric = _NUMERIC.match(head)
    if numeric and numeric.group(2) == "/" and len(numeric.group(4)) == 4 and not match.group(
            "ampm") and (european := _make(int(numeric.group(4)), int(numeric.group(3)),
                                           int(numeric.group(1)))):
        return Stamp(f"{european}T{hhmm}", text)  # `02/09/2014 18:32`: a 24-hour clock, day first
    return Stamp(f"{day.iso}T{hhmm}", text)
