"""Sites in their blogs' languages, split and built through the real CLI.

- the corpus's Spanish, French, German and Portuguese dumps built as sites in those
  languages show no English interface word on any page (every fragment of the English
  catalogue's messages is looked for), and count 0, 1, 2 and 5 comments rightly;
- a Spanish blog's English posts carry lang="en" (split read their date lines);
- in Chromium: search finds a Spanish and a German inflected form from its base form
  ("cantar" finds "cantaban", "fahren" finds "fährt"; the same texts in an
  English-language site are not found: the language did it);
  axe-core (WCAG 2.1 AA, `lang` and `dir` included) and the Nu HTML checker find
  nothing on a Spanish site and an Arabic one, at 375 and 1280 px; the Arabic layout
  mirrors (the thread's rule on the right) and never scrolls sideways.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from babel.messages.pofile import read_po

from builder.i18n import SHIPPED, load_language
from builder.present import Dates

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "corpus"
DUMPS = REPO / "tests" / "dumps"
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
VNU = REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
COUNTS = (0, 1, 2, 5)

SITES: dict[str, dict[str, Any]] = {
    "es": {"title": "Archivo del blog",
           "seeds": [CORPUS / "010_ab56aca303dee659.txt", CORPUS / "032_faad419eccadbca2.txt",
                     CORPUS / "001_8aa7998d8d3036cb.txt", CORPUS / "002_3819ebd263e38b0d.txt"],
           "english": 2,
           "plural": ["0 comentarios", "1 comentario", "2 comentarios", "5 comentarios"],
           "said": "La página original decía ",
           "text": "Las canciones del puerto se cantaban cada verano."},
    "fr": {"title": "Archives du blog", "seeds": [CORPUS / "011_201bc14ad39c0b3e.txt"],
           "plural": ["0 commentaire", "1 commentaire", "2 commentaires", "5 commentaires"],
           "said": "La page d’origine indiquait ",
           "text": "Les chansons du port."},
    "de": {"title": "Blogarchiv", "seeds": [DUMPS / "102_fe012908e7c71db3.txt"],
           "plural": ["0 Kommentare", "1 Kommentar", "2 Kommentare", "5 Kommentare"],
           "said": "Die ursprüngliche Seite nannte ",
           "text": "Der Bus fährt jeden Morgen zum Hafen."},
    "pt": {"title": "Arquivo do blogue", "seeds": [DUMPS / "103_aa52467dce311e09.txt"],
           "plural": ["0 comentário", "1 comentário", "2 comentários", "5 comentários"],
           "said": "A página original indicava ",
           "text": "As canções do porto."},
}


def _md(meta: dict[str, Any], body: str) -> str:
    head = "".join(f"{k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in meta.items())
    return f"---\n{head}---\n{body}\n"


def _counted_posts(content: Path, text: str) -> None:
    """Posts whose page said 0, 1, 2 and 5 comments, each with one more kept (so that
    both counts show), written as content files (no English in them)."""
    for n in COUNTS:
        folder = content / "2020" / f"cuenta-{n}"
        folder.mkdir(parents=True)
        (folder / "post.md").write_text(_md(
            {"type": "post", "id": f"cuenta-{n}", "title": f"№ {n}", "date": f"2020-0{n + 1}-15",
             "tags": ["Puerto"], "source": "", "comment_count": n}, text), encoding="utf-8")
        for k in range(1, n + 2):
            (folder / f"comment-{k}.md").write_text(_md(
                {"type": "comment", "id": f"c{k}", "post": f"cuenta-{n}", "author": f"Ana {k}",
                 "date": "2020-01-15T21:14", "parent": "c1" if k == 2 else None,
                 "removed": False, "order": k}, "¡Bravo!"), encoding="utf-8")


def _build(root: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "builder", "build", "--base-url", "https://example.github.io/REPO/"],
        cwd=root, capture_output=True, text=True, timeout=600,
        env={**os.environ, "PYTHONPATH": str(REPO)})
    assert done.returncode == 0, done.stdout + done.stderr


def _project(root: Path, language: str, title: str, seeds: list[Path]) -> Path:
    for sub in ("templates", "static"):
        shutil.copytree(REPO / sub, root / sub)
    (root / "site.yaml").write_text(
        f"title: {json.dumps(title, ensure_ascii=False)}\nlanguage: {language}\n"
        'base_url: "https://example.github.io/REPO/"\n', encoding="utf-8")
    (root / "seeds").mkdir()
    for dump in seeds:
        shutil.copy(dump, root / "seeds" / dump.name)
    return root


@pytest.fixture(scope="module", params=sorted(SITES))
def site(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
         ) -> tuple[str, Path]:
    language = request.param
    spec = SITES[language]
    root = _project(tmp_path_factory.mktemp(f"site-{language}"), language, spec["title"],
                    spec["seeds"])
    _counted_posts(root / "content", spec["text"])
    _build(root)
    return language, root / "_site"


class _Text(HTMLParser):
    """What a reader meets on a page: its text and the attributes read aloud or shown
    (aria-label, placeholder, title, alt), the search page's words (a JSON script)
    included; text inside an element marked lang="en" (a post's own words) left out."""

    SHOWN = ("aria-label", "placeholder", "title", "alt")
    VOID = frozenset({"meta", "link", "br", "img", "input", "hr", "source", "wbr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.stack: list[bool] = []  # per open element: inside English content
        self.json = False  # inside <script type="application/json">: its values are shown

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        self.json = tag == "script" and values.get("type") == "application/json"
        english = (self.stack[-1] if self.stack else False) or values.get("lang") == "en"
        if not english:
            self.parts += [values[a] or "" for a in self.SHOWN if a in values]
        if tag not in self.VOID:
            self.stack.append(english)

    def handle_endtag(self, tag: str) -> None:
        self.json = False
        if tag not in self.VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.json:
            self.parts += _values(json.loads(data))
        elif not (self.stack and self.stack[-1]):
            self.parts.append(data)


def _values(data: Any) -> list[str]:
    if isinstance(data, dict):
        return [v for item in data.values() for v in _values(item)]
    return [str(data)]


def _blog_words(root: Path) -> str:
    """Everything the blog itself wrote (its content files): a word it contains is the
    blog's, not the interface's ("Tag" is a German day)."""
    return "\n".join(p.read_text(encoding="utf-8") for p in (root / "content").rglob("*.md"))


def _english_fragments(language: str) -> list[str]:
    """Every stretch of English (3+ letters) between the placeholders and markup of the
    English catalogue's messages, but those the language's own translation also holds
    (French says "Site" too)."""
    lang = load_language(language)
    fragments: set[str] = set()
    for message in read_po((SHIPPED / "en.po").open("rb")):
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            ids = list(message.id)
            own = [lang.ngettext(message.id[0], message.id[1], n) for n in (0, 1, 2, 5, 10**6)]
        else:
            ids, own = [message.id], [lang.gettext(message.id)]
        for text in ids:
            for piece in re.split(r"%\(\w+\)[sd]|\{\w+\}|<[^>]+>", text):
                piece = piece.strip(" .,:;()“”\"'")
                if len(re.findall(r"[A-Za-z]", piece)) >= 3 and not any(piece in t for t in own):
                    fragments.add(piece)
    return sorted(fragments, key=len, reverse=True)


def _word(text: str, escaped: bool = False) -> re.Pattern[str]:
    return re.compile(r"(?<![A-Za-z])(?:" + (text if escaped else re.escape(text))
                      + r")(?![A-Za-z])")


def test_no_english_interface_word_on_any_page(site: tuple[str, Path]) -> None:
    language, folder = site
    fragments = _english_fragments(language)
    assert "Search the archive" in fragments and "Older" in fragments
    blog = _blog_words(folder.parent)
    fragments = [f for f in fragments if not _word(f).search(blog)]
    pattern = _word("|".join(map(re.escape, fragments)), escaped=True)
    pages = sorted(folder.rglob("*.html"))
    assert len(pages) > 15
    found = []
    for page in pages:
        parser = _Text()
        parser.feed(page.read_text(encoding="utf-8"))
        text = " ".join(parser.parts)
        found += [f"{page.relative_to(folder)}: {m.group(0)!r}" for m in pattern.finditer(text)]
    feed = (folder / "feed.xml").read_text(encoding="utf-8")
    assert f'xml:lang="{language}"' in feed
    found += [f"feed.xml: {m.group(0)!r}" for m in pattern.finditer(re.sub(r"<[^>]+>", " ", feed))]
    assert found == []


def test_comment_counts_take_the_languages_plural_forms(site: tuple[str, Path]) -> None:
    language, folder = site
    said, kept = [], []
    for n in COUNTS:
        html = (folder / "2020" / f"0{n + 1}" / f"cuenta-{n}" / "index.html").read_text(
            encoding="utf-8")
        said.append(re.search(r'<p class="subtle">(.*?)</p>', html).group(1))  # type: ignore[union-attr]
        kept.append(re.search(r'<h2 id="comments-title">(.*?)</h2>', html).group(1))  # type: ignore[union-attr]
        assert f'<html lang="{language}" dir="ltr">' in html
    forms = SITES[language]["plural"]
    assert said == [SITES[language]["said"] + form + "." for form in forms]
    lang = load_language(language)
    assert kept == [lang.ngettext("%(num)d comment", "%(num)d comments", n + 1) % {"num": n + 1}
                    for n in COUNTS]
    assert kept[0] == forms[1] and kept[1] == forms[2]  # 1 and 2 kept: "1 comentario", ...


def test_dates_and_months_are_in_the_sites_language(site: tuple[str, Path]) -> None:
    language, folder = site
    lang = Dates(load_language(language).locale)
    post = (folder / "2020" / "06" / "cuenta-5" / "index.html").read_text(encoding="utf-8")
    assert lang.date("2020-06-15", "full") in post  # "lunes, 15 de junio de 2020"
    assert lang.date("2020-01-15T21:14") in post  # the comments' times
    month = (folder / "2020" / "06" / "index.html").read_text(encoding="utf-8")
    assert f"<h1>{lang.month_year('2020', '06')}</h1>" in month
    assert f">{lang.month('06')}</a>" in post  # the breadcrumb's month
    archive = (folder / "archive" / "index.html").read_text(encoding="utf-8")
    assert f">{lang.month_year('2020', '06')}</a>" in archive
    assert lang.day_month("2020-06-15") in archive  # "15 de junio"


def test_a_spanish_blogs_english_posts_are_marked_lang_en(tmp_path: Path) -> None:
    spec = SITES["es"]
    root = _project(tmp_path, "es", spec["title"], spec["seeds"])
    _build(root)
    marked, plain = [], []
    for post in (root / "content").rglob("post.md"):
        text = post.read_text(encoding="utf-8")
        (marked if re.search(r'^language: "?en"?$', text, re.M) else plain).append(post)
    assert len(marked) == spec["english"] and plain
    english_ids = {post.parent.name for post in marked}
    pages = list((root / "_site").glob("20*/*/*/index.html"))
    assert len(pages) == len(marked) + len(plain)
    for page in pages:
        html = page.read_text(encoding="utf-8")
        english = page.parent.name in english_ids
        assert ('class="post-body" lang="en"' in html) == english, page
        assert (re.search(r'<h1 lang="en">', html) is not None) == english, page
        assert '<html lang="es" dir="ltr">' in html
        assert "Etiquetas" in html or "comentario" in html  # the interface stays Spanish


# -- in Chromium -------------------------------------------------------------------------

def search_results(page: Any, base: str, query: str) -> list[str]:
    """The titles the search page lists for `query`, whatever the page's language."""
    page.goto(base + "search/?" + urlencode({"q": query}))
    page.wait_for_function(
        "() => { const s = document.getElementById('search-status');"
        " const w = JSON.parse(document.getElementById('search-words').textContent);"
        " return s && s.textContent && s.textContent !== w.searching"
        " && s.textContent !== w.prompt; }")
    return list(page.eval_on_selector_all("#search-results > li h2 a",
                                          "links => links.map(a => a.textContent)"))


@pytest.fixture(scope="module")
def search_sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The Spanish and German test sites, and the same texts in English-language sites."""
    built = {}
    for language, as_language in (("es", "es"), ("de", "de"), ("es", "en"), ("de", "en")):
        root = _project(tmp_path_factory.mktemp(f"search-{language}-{as_language}"),
                        as_language, SITES[language]["title"], [])
        _counted_posts(root / "content", SITES[language]["text"])
        _build(root)
        built[f"{language}-as-{as_language}"] = root / "_site"
    return built


@pytest.mark.browser
@pytest.mark.parametrize("language,query,status", [
    ("es", "cantar", "4 entradas encontradas para «cantar»."),
    ("de", "fahren", "4 Beiträge gefunden für „fahren“.")])
def test_search_finds_an_inflected_form_from_its_base_form(
        language: str, query: str, status: str, search_sites: dict[str, Path], page: Any,
        static_server: Callable[[Path, str], str]) -> None:
    base = static_server(search_sites[f"{language}-as-{language}"], "/REPO/")
    found = search_results(page, base, query)
    assert sorted(found) == [f"№ {n}" for n in COUNTS]  # "cantaban", "fährt"
    assert page.inner_text("#search-status") == status
    english = static_server(search_sites[f"{language}-as-en"], "/REPO/")
    # the same posts in an English-language site: English stems do not join these forms
    # (and "cantar" is no prefix of "cantaban", nor "fahren" of "fährt")
    assert search_results(page, english, query) == []


def _arabic_site(root: Path) -> Path:
    for sub in ("templates", "static"):
        shutil.copytree(REPO / sub, root / sub)
    (root / "site.yaml").write_text(
        'title: "أرشيف المدونة"\ndescription: "تدوينات وتعليقات القراء"\nlanguage: ar\n'
        'base_url: "https://example.github.io/REPO/"\n', encoding="utf-8")
    for n in range(1, 4):
        folder = root / "content" / "2016" / f"post-{n}"
        folder.mkdir(parents=True)
        (folder / "post.md").write_text(_md(
            {"type": "post", "id": f"post-{n}", "title": f"تدوينة رقم {n} عن الميناء",
             "date": f"2016-0{n}-0{n}", "author": "سلمى", "tags": ["الميناء", "السياسة"],
             "source": "", "comment_count": 3, "read_more_after": [1]},
            "فقرة أولى عن الميناء القديم.\n\nفقرة ثانية طويلة عن السفن والبحارة " * 3),
            encoding="utf-8")
        (folder / "note-1.md").write_text(_md(
            {"type": "note", "post": f"post-{n}", "marker": "ملاحظة المحرر:", "order": 1},
            "ملاحظة قصيرة."), encoding="utf-8")
        for k, parent in ((1, None), (2, "c1"), (3, "c2")):
            (folder / f"comment-{k}.md").write_text(_md(
                {"type": "comment", "id": f"c{k}", "post": f"post-{n}", "author": f"قارئ {k}",
                 "date": "2016-01-01T10:00", "parent": parent, "removed": False,
                 "order": k}, "تعليق قصير على التدوينة."), encoding="utf-8")
    _build(root)
    return root / "_site"


@pytest.fixture(scope="module")
def checked_sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    spec = SITES["es"]
    spanish = _project(tmp_path_factory.mktemp("axe-es"), "es", spec["title"], spec["seeds"])
    _counted_posts(spanish / "content", spec["text"])
    _build(spanish)
    return {"es": spanish / "_site", "ar": _arabic_site(tmp_path_factory.mktemp("axe-ar"))}


@pytest.mark.parametrize("language", ["es", "ar"])
def test_nu_html_checker_finds_no_error(language: str, checked_sites: dict[str, Path]) -> None:
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--skip-non-html", "--format", "json",
         str(checked_sites[language])], capture_output=True, text=True, timeout=600)
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    assert [f"{m.get('url', '')}: {m.get('message')}" for m in messages
            if m.get("type") == "error"] == []


PATHS = {"es": ["", "2020/06/cuenta-5/", "tags/", "archive/", "2020/06/", "search/?q=cantar",
                "commenters/"],
         "ar": ["", "2016/02/post-2/", "tags/", "archive/", "2016/", "search/?q=الميناء",
                "commenters/"]}


@pytest.mark.browser
@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("language", ["es", "ar"])
def test_axe_finds_nothing_and_the_layout_fits(language: str, width: int,
                                               checked_sites: dict[str, Path], browser: Any,
                                               static_server: Callable[[Path, str], str]) -> None:
    base = static_server(checked_sites[language], "/REPO/")
    context = browser.new_context(bypass_csp=True, viewport={"width": width, "height": 900})
    page = context.new_page()
    found = {}
    for path in PATHS[language]:
        response = page.goto(base + path)
        assert response is not None and response.ok, path
        if "search" in path:
            page.wait_for_selector("#search-results > li")
        page.add_script_tag(path=str(AXE))
        found[path] = page.evaluate("""async () => (await axe.run(document, {runOnly: {
            type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})).violations
            .map(v => v.id + ': ' + v.nodes.length)""")
        overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at {width}px"
        assert page.evaluate("() => document.documentElement.dir") == (
            "rtl" if language == "ar" else "ltr")
    context.close()
    assert found == {path: [] for path in PATHS[language]}


@pytest.mark.browser
@pytest.mark.parametrize("width", [375, 1280])
def test_the_arabic_layout_mirrors(width: int, checked_sites: dict[str, Path], browser: Any,
                                   static_server: Callable[[Path, str], str]) -> None:
    base = static_server(checked_sites["ar"], "/REPO/")
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(base + "2016/02/post-2/")
    reply = page.evaluate("""() => { const s = getComputedStyle(
        document.querySelector('.comment-list .comment-list'));
        return [s.borderRightWidth, s.borderLeftWidth, s.marginRight, s.marginLeft]; }""")
    assert reply[0] != "0px" and reply[1] == "0px" and reply[2] != "0px", reply
    note = page.evaluate("""() => { const n = document.querySelector('.note');
        const b = document.querySelector('.post-body').getBoundingClientRect();
        const s = getComputedStyle(n);
        return [s.borderRightWidth, s.borderLeftWidth,
                Math.round(b.right - n.getBoundingClientRect().right)]; }""")
    assert note[0] != "0px" and note[1] == "0px" and note[2] == 0, note
    title = page.evaluate("""() => { const h = document.querySelector('h1');
        return getComputedStyle(h).direction; }""")
    assert title == "rtl"
    context.close()
