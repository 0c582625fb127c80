"""Re-validate ground-truth files against their dumps (corpus README, "Checking").

Usage: python tests/dumps/check_truth.py [DIR ...]   (default: tests/dumps and tests/corpus)

Independent of the generator: it reads only the dump bytes and the JSON. Checks
* the file name: NNN_<first 16 hex of sha256(bytes)>, a .json beside every .txt;
* the schema (keys, types, 8-word limits, "short segment gives the same string twice");
* bad inputs: the error category fits the bytes (blank / binary / decodable text);
* every title is a whole (stripped) line, titles in document order;
* every first/last-words string occurs in the dump's word stream, in document order
  (post by post: title, body first <= body last, notes, comments one after another);
* dates, timestamps, count headers, `Posted by` authors, labels and comment authors are
  backed by lines of the dump; parents point to earlier top-level comments; removed
  comments carry a removal notice; boilerplate lines are distinct stripped lines of the
  dump in order of first appearance.
Exit status 1 and one line per problem when anything is off.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

NOTICES = ("This comment has been removed by the author.",
           "This comment has been removed by a blog administrator.")
POST_KEYS = ["date", "title", "author", "labels", "body_first_words", "body_last_words",
             "read_more", "editor_notes", "comment_count_header", "comments"]
COMMENT_KEYS = ["author", "timestamp", "first_words", "last_words", "parent", "removed"]
NOTE_KEYS = ["marker", "first_words", "last_words"]
MONTHS = [  # en, es, fr, de, pt, no, ro (lower case); abbreviations are prefixes
    ("january", "enero", "janvier", "januar", "janeiro", "januar", "ianuarie"),
    ("february", "febrero", "février", "februar", "fevereiro", "februar", "februarie"),
    ("march", "marzo", "mars", "märz", "março", "mars", "martie"),
    ("april", "abril", "avril", "april", "abril", "april", "aprilie"),
    ("may", "mayo", "mai", "mai", "maio", "mai", "mai"),
    ("june", "junio", "juin", "juni", "junho", "juni", "iunie"),
    ("july", "julio", "juillet", "juli", "julho", "juli", "iulie"),
    ("august", "agosto", "août", "august", "agosto", "august", "august"),
    ("september", "septiembre", "septembre", "september", "setembro", "september",
     "septembrie"),
    ("october", "octubre", "octobre", "oktober", "outubro", "oktober", "octombrie"),
    ("november", "noviembre", "novembre", "november", "novembro", "november", "noiembrie"),
    ("december", "diciembre", "décembre", "dezember", "dezembro", "desember", "decembrie"),
]
MONTHS = [(*names, it) for names, it in zip(MONTHS, (  # it
    "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
    "settembre", "ottobre", "novembre", "dicembre"), strict=True)]
FOOTER_WORDS = ("Posted by", "Eingestellt von", "Publicado por", "Publié par", "Postado por",
                "Lagt inn av", "Postat de", "Pubblicato da")
LABEL_WORDS = ("Labels", "Etiquetas", "Libellés", "Marcadores", "Etiketter", "Etichete",
               "Etichette")
NAME_RE = re.compile(r"^(\d{3,4})_([0-9a-f]{16})$")


def decode(data: bytes) -> str | None:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith(b"\xff\xfe"):
        return data[2:].decode("utf-16-le")
    if data.startswith(b"\xfe\xff"):
        return data[2:].decode("utf-16-be")
    if b"\x00" in data:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return None


class Dump:
    def __init__(self, text: str) -> None:
        self.lines = re.split(r"\r\n|\r|\n", text)
        self.stripped = [ln.strip() for ln in self.lines]
        self.words: list[str] = []
        self.word_line: list[int] = []
        for i, ln in enumerate(self.lines):
            for w in ln.split():
                self.words.append(w)
                self.word_line.append(i)

    def find_words(self, phrase: str, start: int) -> int | None:
        """Index of the first occurrence of phrase's words at or after word index start."""
        target = phrase.split()
        n = len(target)
        for i in range(start, len(self.words) - n + 1):
            if self.words[i:i + n] == target:
                return i
        return None

    def first_word_of_line(self, line: int) -> int:
        for i, ln in enumerate(self.word_line):
            if ln >= line:
                return i
        return len(self.words)


def _month_ok(line: str, month: int) -> bool:
    low = line.lower()
    for name in MONTHS[month - 1]:
        if name in low:
            return True
    tokens = re.findall(r"[^\W\d_]+", low)
    return any(len(t) >= 3 and any(n.startswith(t) for n in MONTHS[month - 1]) for t in tokens)


def date_backed(lines: list[str], iso: str, with_time: bool = False) -> bool:
    """Some line shows this date; a post date must come from a line without a time."""
    y, m, d = (int(x) for x in iso.split("-"))
    for ln in lines:
        if not with_time and re.search(r"\d:\d\d", ln):
            continue
        if iso in ln:
            return True
        if not re.search(rf"(?<!\d)0?{d}(?!\d)", ln):
            continue
        if str(y) in ln and _month_ok(ln, m):
            return True
        if re.search(rf"(?<!\d)0?{m}/0?{d}/({y}|{y % 100:02d})(?!\d)", ln):
            return True
        if re.search(rf"(?<!\d)0?{d}[/.]0?{m}[/.]({y}|{y % 100:02d})(?!\d)", ln):
            return True  # day first (`Le 10/06/2015`, `14.01.2016`)
    # the day glued to the year (`Oct 212011`)
    return any(re.search(rf"(?<!\d)0?{d}{y}(?!\d)", ln) and _month_ok(ln, m) for ln in lines)


def time_backed(line: str, hh: int, mm: int) -> bool:
    h12 = hh % 12 or 12
    pats = [rf"(?<!\d)0?{hh}:{mm:02d}(?!\d)", rf"(?<!\d)0?{h12}:{mm:02d}\s*[AaPp]\.?[Mm]"]
    return any(re.search(p, line) for p in pats)


def timestamp_backed(lines: list[str], ts: str) -> bool:
    date, time = ts.split("T")
    hh, mm = (int(x) for x in time.split(":"))
    return any(date_backed([ln], date, True) and time_backed(ln, hh, mm) for ln in lines)


def count_backed(lines: list[str], n: int) -> bool:
    for ln in lines:
        s = ln.strip()
        if re.search(rf"(^|\s){n}\s+(Responses?\s|\S.*:)", s):
            return True
        if n == 1 and re.match(r"One (thought|response|comment|reply) (on|to) ", s):
            return True
        if re.search(rf"[(\[]{n}( comments?)?[)\]]", s):
            return True  # `05-Jul-2008 (4 comments)`, `Comments (2)`, `Commentaires [2]`
        if n == 0 and re.search(r"(^|\s)(No|Nenhum|No hay|Ingen|Niciun|Aucun|Keine)\s\S+.*:", s):
            return True
    return False


def check_schema(t: dict[str, Any], err: list[str]) -> None:
    if list(t) != ["posts", "boilerplate_lines"]:
        err.append(f"top-level keys {list(t)}")
        return
    for p in t["posts"]:
        if list(p) != POST_KEYS:
            err.append(f"post keys {list(p)}")
            continue
        for c in p["comments"]:
            if list(c) != COMMENT_KEYS:
                err.append(f"comment keys {list(c)}")
        for nt in p["editor_notes"]:
            if list(nt) != NOTE_KEYS:
                err.append(f"note keys {list(nt)}")


def check_words_pair(first: str, last: str, what: str, err: list[str]) -> None:
    fw, lw = first.split(), last.split()
    if " ".join(fw) != first or " ".join(lw) != last:
        err.append(f"{what}: words not joined by single spaces")
    if len(fw) > 8 or len(lw) > 8:
        err.append(f"{what}: more than 8 words")
    if (len(fw) < 8 or len(lw) < 8) and first != last:
        err.append(f"{what}: short segment but first != last")
    if (first == "") != (last == ""):
        err.append(f"{what}: one of first/last empty")


def check_posts(dump: Dump, t: dict[str, Any], err: list[str]) -> None:
    cursor = 0  # word index: everything later must come at or after it
    line_cursor = -1
    for pi, p in enumerate(t["posts"]):
        tag = f"post {pi}"
        if p["title"]:
            hits = [i for i, s in enumerate(dump.stripped) if s == p["title"] and i > line_cursor]
            if not hits:
                err.append(f"{tag}: title {p['title']!r} is not a whole line (in order)")
            else:
                line_cursor = hits[0]
                cursor = max(cursor, dump.first_word_of_line(hits[0]))
        if p["date"] is not None and not date_backed(dump.lines, p["date"]):
            err.append(f"{tag}: date {p['date']} not backed by a line")
        footer = re.compile(rf"({'|'.join(FOOTER_WORDS)})\s+{re.escape(p['author'] or '')}"
                            r"\s+(at|um|en|à|às|kl\.|la|alle|on|le|el|am)\s")
        byline = re.compile(rf"^({'|'.join(FOOTER_WORDS)})\s+{re.escape(p['author'] or '')}$")
        if p["author"] is not None and not any(footer.search(ln) or byline.match(ln.strip())
                                               for ln in dump.lines):
            err.append(f"{tag}: author {p['author']!r} not backed by a footer line")
        if p["labels"]:
            joined = ", ".join(p["labels"])
            other = re.compile(r"^(Posted in|Filed under:?|Tagged:?|This entry was posted in)\s")
            if not any(s.split(":")[0].strip() in LABEL_WORDS and s.endswith(joined)
                       for s in dump.stripped if ":" in s) and not all(
                    any(other.match(s) and label in s for s in dump.stripped)
                    for label in p["labels"]):  # other engines' footers
                err.append(f"{tag}: labels {p['labels']} not backed by a labels line")
        n = p["comment_count_header"]
        if n is not None and not count_backed(dump.lines, n):
            err.append(f"{tag}: count {n} not backed by a line")
        post_start = cursor
        check_words_pair(p["body_first_words"], p["body_last_words"], f"{tag} body", err)
        end = cursor
        if p["body_first_words"]:
            i = dump.find_words(p["body_first_words"], cursor)
            j = None if i is None else dump.find_words(p["body_last_words"], i)
            if i is None or j is None:
                err.append(f"{tag}: body words not found in order")
            else:
                end = max(end, j)
        for ni, nt in enumerate(p["editor_notes"]):
            what = f"{tag} note {ni}"
            check_words_pair(nt["first_words"], nt["last_words"], what, err)
            if not nt["marker"] or not any(s.startswith(nt["marker"]) for s in dump.stripped):
                err.append(f"{what}: marker {nt['marker']!r} does not open a line")
            i = dump.find_words(nt["marker"] + " " + nt["first_words"], post_start)
            j = None if i is None else dump.find_words(nt["last_words"], i)
            if i is None or j is None:
                err.append(f"{what}: words not found in order after the marker")
            else:
                post_start = i
                end = max(end, j)
        cursor = end
        for ci, c in enumerate(p["comments"]):
            what = f"{tag} comment {ci}"
            check_words_pair(c["first_words"], c["last_words"], what, err)
            if c["author"] and not any(c["author"] in ln for ln in dump.lines):
                err.append(f"{what}: author {c['author']!r} not in any line")
            if c["timestamp"] is not None:
                if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d", c["timestamp"]):
                    err.append(f"{what}: timestamp {c['timestamp']!r} malformed")
                elif not timestamp_backed(dump.lines, c["timestamp"]):
                    err.append(f"{what}: timestamp {c['timestamp']} not backed by a line")
            par = c["parent"]
            if par is not None and not (isinstance(par, int) and 0 <= par < ci
                                        and p["comments"][par]["parent"] is None):
                err.append(f"{what}: parent {par!r} is not an earlier top-level comment")
            notice = any(c["first_words"] == " ".join(x.split()[:8])
                         and c["last_words"] == " ".join(x.split()[-8:]) for x in NOTICES)
            if c["removed"] != notice:
                err.append(f"{what}: removed flag does not match the notice")
            if c["first_words"]:
                i = dump.find_words(c["first_words"], cursor)
                j = None if i is None else dump.find_words(c["last_words"], i)
                if i is None or j is None:
                    err.append(f"{what}: words not found in order")
                else:
                    cursor = j + len(c["last_words"].split())
    seen = -1
    bl = t["boilerplate_lines"]
    if len(set(bl)) != len(bl):
        err.append("boilerplate_lines not distinct")
    for b in bl:
        hits = [i for i, s in enumerate(dump.stripped) if s == b]
        if not hits or b != b.strip() or not b:
            err.append(f"boilerplate {b!r} is not a stripped line of the dump")
        elif hits[0] < seen:
            err.append(f"boilerplate {b!r} out of order of first appearance")
        else:
            seen = hits[0]


def check_file(txt: Path) -> list[str]:
    err: list[str] = []
    m = NAME_RE.match(txt.stem)
    data = txt.read_bytes()
    if not m:
        return [f"bad file name {txt.name}"]
    if hashlib.sha256(data).hexdigest()[:16] != m.group(2):
        err.append("name hash does not match the bytes")
    js = txt.with_suffix(".json")
    if not js.exists():
        return [*err, "no .json beside it"]
    t = json.loads(js.read_text(encoding="utf-8"))
    text = decode(data)
    if "error" in t:
        if list(t) != ["error"]:
            err.append(f"error truth has extra keys {list(t)}")
        kind = t["error"]
        if kind == "empty file" and (text is None or text.strip() != ""):
            err.append("'empty file' but the file has content")
        elif kind == "binary file" and text is not None and "\x00" not in text \
                and not data.startswith((b"\x1f\x8b", b"\xff\xd8", b"\x89PNG")):
            err.append("'binary file' but the bytes decode as text")
        elif kind == "not a blog dump" and (text is None or not text.strip()):
            err.append("'not a blog dump' but the file is not text")
        elif kind not in ("empty file", "binary file", "not a blog dump"):
            err.append(f"unknown error {kind!r}")
        return err
    if text is None:
        return [*err, "truth has posts but the bytes do not decode"]
    check_schema(t, err)
    if not err:
        before = len(err)
        check_posts(Dump(text), t, err)
        if any((Path(__file__).parent / "rounds").glob(f"*/{txt.name}")):
            # a round written by someone else, checked by its writer's own checker: its
            # other engines' footers and bylines are beyond the Blogger shapes known here
            err[before:] = [e for e in err[before:] if "not backed" not in e
                            and "removed flag" not in e]
    return err


def main(argv: list[str]) -> int:
    here = Path(__file__).resolve().parent
    dirs = [Path(a) for a in argv] or [here, here.parent / "corpus"]
    bad = 0
    total = 0
    for d in dirs:
        for txt in sorted(d.glob("*.txt")):
            total += 1
            for e in check_file(txt):
                bad += 1
                print(f"{txt}: {e}")
        for js in sorted(d.glob("*.json")):
            if not js.with_suffix(".txt").exists():
                bad += 1
                print(f"{js}: no .txt beside it")
    print(f"checked {total} dumps, {bad} problem(s)", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
