"""What lists and post pages say of a post, on the corpus's own inputs (text dumps, saved
pages, the Blogger exports) split and built through the real CLI:

- excerpts (home, tag, month pages, the feed) and an untitled post's first words never
  start with a picture's caption or photo credit, while the post page keeps them;
- times keep the clock their source printed (12-hour stays 12-hour, 24-hour stays
  24-hour), or follow the site's language where the source printed none;
- the search page words dates as the pages do (the build's words, not the browser's).
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from babel import Locale

from builder.captions import is_caption, lead_paragraphs
from builder.model import Comment, Post
from builder.present import Dates, clock_of, post_excerpt
from tests.sitefixture import REPO, project_from_files

CREDITS = ["Photo: Valdorian Ministry of Defence", "Credit Tidewater Times",
           "Meridian Wire photo", "© Tidewater Times/STAFF", "Photo Halden Post",
           "Credit Valdorian Navy", "June 20. Orbis Daily", "photo by a reader",
           "Maisie with her mud moustache", "March 3, 2010"]
SUMMARY = re.compile(r'<article class="summary">\s*<h\d class="summary-title"[^>]*>'
                     r'<a href="([^"]+)">(.*?)</a>'
                     r'.*?(?:<p class="excerpt"[^>]*>(.*?)</p>|</article>)', re.S)


@pytest.fixture(scope="module")
def corpus_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus's dumps, saved pages and exports, built under /REPO/."""
    root = tmp_path_factory.mktemp("present")
    for sub in ("templates", "static"):
        shutil.copytree(REPO / sub, root / sub)
    # every post on the first home page: later pages list titles and dates only
    config = (REPO / "site.yaml").read_text(encoding="utf-8")
    (root / "site.yaml").write_text(re.sub(r"(?m)^page_size: .*$", "page_size: 1000", config),
                                    encoding="utf-8")
    seeds = root / "seeds"
    seeds.mkdir()
    tests = REPO / "tests"
    inputs = [*(tests / "corpus").glob("*.txt"), *(tests / "html").glob("2*.html"),
              *(tests / "export").glob("22*.xml")]
    for source in inputs:
        shutil.copy(source, seeds / source.name)
    done = subprocess.run([sys.executable, "-m", "builder", "build", "--base-url",
                           "https://example.github.io/REPO/"], cwd=root, capture_output=True,
                          text=True, timeout=600, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert done.returncode == 0, done.stderr
    return root / "_site"


def summaries(site: Path) -> dict[str, tuple[str, str]]:
    """Every post the home pages list: its URL -> (title, excerpt), as a reader reads them."""
    found: dict[str, tuple[str, str]] = {}
    for page in [site / "index.html", *sorted((site / "page").glob("*/index.html"))]:
        for url, title, excerpt in SUMMARY.findall(page.read_text(encoding="utf-8")):
            found[url] = (html.unescape(title), html.unescape(excerpt or ""))
    return found


def page_captions(page: str) -> list[str]:
    """The captions and alt texts a post page shows under or on its pictures."""
    texts = re.findall(r"<figcaption>(.*?)</figcaption>", page, re.S)
    texts += re.findall(r'<img [^>]*alt="([^"]+)"', page)
    return [" ".join(html.unescape(re.sub(r"<[^>]+>", " ", t)).split()) for t in texts]


def test_no_excerpt_starts_with_a_caption_its_post_page_shows(corpus_site: Path) -> None:
    listed = summaries(corpus_site)
    assert len(listed) > 40
    checked = 0
    for url, (title, excerpt) in listed.items():
        page = (corpus_site / url.removeprefix("/REPO/") / "index.html").read_text(encoding="utf-8")
        for caption in page_captions(page):
            if len(caption) > 12 and not caption.startswith(("Picture", "Image")):
                checked += 1
                assert not excerpt.startswith(caption[:40]), (title, caption)
    assert checked >= 10  # the saved pages' and exports' caption tables and pictures


@pytest.mark.parametrize("title,starts", [
    ("Valdoria Orders Snap Readiness Check Of Its Air Defence Units", "KALTENBERG (Atlas Press)"),
    ("Tarsan Navy Receives Its First Two Patrol Submarines", "The two boats arrived"),
    ("Drone Swarms Over The Helm Sea: Who Is Flying Them?", "Skippers from three ports"),
    ("Fever Cases Climb In Sundavia's North", "PANJOR, Oct 20"),
    ("Valdoria Tests A New Coastal Missile Battery", "Valdoria's navy said"),
    ("Same Wall, Two Winters", "Two years, one kitchen wall."),
    ("Pancakes and a Very Muddy Dog", "The plan was simple."),
    ("“Nobody Told Us”: Ferry Crews Walk Out At Port Seravin", "Ferry crews at Port Seravin"),
    ("La feria del vino de Castrelo, otra vez bajo la lluvia", "Por tercer año"),
])
def test_excerpts_open_with_the_posts_prose(corpus_site: Path, title: str, starts: str) -> None:
    by_title = {t: e for t, e in summaries(corpus_site).values()}
    assert by_title[title].startswith(starts)
    assert not any(credit in by_title[title] for credit in CREDITS)


def test_the_post_page_and_the_feed_keep_and_skip_the_caption(corpus_site: Path) -> None:
    url = next(u for u, (t, _) in summaries(corpus_site).items() if t.startswith("Valdoria Orders"))
    page = (corpus_site / url.removeprefix("/REPO/") / "index.html").read_text(encoding="utf-8")
    assert "Photo: Valdorian Ministry of Defence" in page  # body text stays in the post
    feed = (corpus_site / "feed.xml").read_text(encoding="utf-8")
    summary = re.search(r"<title>Fever Cases Climb.*?<summary>(.*?)</summary>", feed, re.S)
    assert summary is not None and summary.group(1).startswith("PANJOR, Oct 20")


def _post(body: str, title: str = "", sources: tuple[int, ...] = ()) -> Post:
    return Post(id="p", title=title, date="2016-02-06", author=None, tags=(), source="x.txt",
                source_index=1, read_more=False, comment_count=None, body=body, path="p.md",
                sources=sources)


@pytest.mark.parametrize("line", [
    "Photo: Jane Doe", "Foto: Agencia EFE", "Image courtesy of the harbour museum",
    "Credit: Reuters", "(c) Reuters", "Photos by the author",
    "Crowds at the pier on Monday. Photo: Reuters",
    "Our dog Biscuit at the beach – photo by Grandma",
])
def test_a_credit_is_a_caption_wherever_it_stands(line: str) -> None:
    assert is_caption(line)
    post = _post(f"{line}\n\nThe walk itself was long and wet, and worth it.")
    assert post_excerpt(post) == "The walk itself was long and wet, and worth it."


@pytest.mark.parametrize("line", [
    "Une inauguration est prévue au printemps, avec une exposition de photographies "
    "anciennes prêtées par les familles du quartier.",
    "Blogging will return late tonight. Thanks for your patience.",
    "Images de la fête du quartier, vues par les enfants de l'école, et les histoires "
    "qu'ils ont racontées ensuite à leurs parents.",
    "The photo shows the old harbour wall before the storm took half of it away, and we "
    "never rebuilt it.",
])
def test_prose_under_a_picture_or_about_photos_stays(line: str) -> None:
    post = _post(f"![](https://example.org/a.jpg)\n\n{line}\n\nMore text.")
    assert lead_paragraphs(post.body)[0] == line


@pytest.mark.parametrize("line", [
    "(c) the navy must withdraw from the strait",
    "Photographers were kept behind the fence all afternoon",
    "Thanks for your patience.",
])
def test_lines_that_only_look_like_credits_are_not_captions(line: str) -> None:
    assert not is_caption(line, first=True)


def test_a_post_of_pictures_alone_is_excerpted_from_its_captions() -> None:
    post = _post("[![A gull](https://example.org/g.jpg)](https://example.org/g.jpg)\n"
                 "The first gull of spring")
    assert post_excerpt(post) == "The first gull of spring"


def test_an_untitled_posts_first_words_skip_its_caption(tmp_path: Path) -> None:
    from builder.titles import display_title
    post = _post("[![Maisie](https://example.org/m.jpg)](https://example.org/m.jpg)\n"
                 "Maisie with her mud moustache\n\nThe plan was simple: pancakes.")
    assert display_title(post) == "2016-02-06: The plan was simple: pancakes."


# -- times ---------------------------------------------------------------------------

@pytest.mark.parametrize("lines,clock", [
    (["8/14/17 11:50 PM"], "12"), (["March 4, 2015 at 7:20 pm"], "12"),
    (["20 de septiembre de 2013, 9:03 p. m."], "12"), (["2015年3月4日 下午7:20"], "12"),
    (["30 May 2015 at 13:57"], "24"), (["14 janvier 2016 à 18:32"], "24"),
    (["Jay Farquharson said..."], None), ([], None),
])
def test_the_clock_is_read_from_the_printed_timestamp(lines: list[str], clock: str | None) -> None:
    assert clock_of(lines) == clock


def test_times_keep_the_printed_clock_on_the_corpus_pages(corpus_site: Path) -> None:
    pages = {p: p.read_text(encoding="utf-8") for p in corpus_site.rglob("*/index.html")}
    # each comment's date is its permalink's words
    twelve = [t for page in pages.values() if "11:50" in page
              for t in re.findall(r'<a href="#c984371584061184582">([^<]*)<', page)]
    # printed "8/14/17 11:50 PM"
    assert twelve and all(" ".join(t.split()).endswith("11:50 PM") for t in twelve)
    twenty_four = [t for page in pages.values()
                   for t in re.findall(r'<a href="#c4499023934233573309">([^<]*)<', page)]
    assert twenty_four and all(t.endswith("13:57") for t in twenty_four)  # "at 13:57"


def test_a_post_page_shows_the_exact_time_on_its_blogs_clock(corpus_site: Path) -> None:
    """`published` (the export's timestamp) gives the post page its time of day; the
    clock is the one its comments were printed in (12-hour here, 24-hour for the poll)."""
    valdoria = next(corpus_site.glob("2016/10/valdoria-orders-*/index.html")).read_text("utf-8")
    assert re.search(r'<time datetime="2016-10-04T07:12">Tuesday, October 4, 2016,? '
                     r'(?:at )?7:12\xa0AM</time>', valdoria)
    poll = next(corpus_site.glob("2015/05/the-poll-*/index.html")).read_text("utf-8")
    assert '<time datetime="2015-05-30T08:12">Saturday, May 30, 2015, 08:12</time>' in poll
    home = (corpus_site / "index.html").read_text("utf-8")
    assert "7:12" not in home  # lists keep the day alone


def _comment(date: str, printed: tuple[str, ...] = ()) -> Comment:
    return Comment(id="c1", post="p", author="Ann", date=date, parent=None, removed=False,
                   order=1, body="Hi", path="c.md", printed=printed)


@pytest.mark.parametrize("language,printed,shown", [
    ("en", ("Ann said...", "6 February 2016 at 20:03"), "20:03"),
    ("en", ("Ann said...", "2/6/16 8:03 PM"), "8:03 PM"),
    ("en", ("Ann said...",), "8:03 PM"),  # none printed: English says 12-hour
    ("de", ("Ann said...", "2/6/16 8:03 PM"), "8:03 PM"),
    ("de", ("Ann said...",), "20:03"),  # none printed: German says 24-hour
])
def test_a_comments_time_follows_its_source_or_the_language(language: str,
                                                            printed: tuple[str, ...],
                                                            shown: str) -> None:
    dates = Dates(Locale.parse(language))
    said = dates.comment_when(_comment("2016-02-06T20:03", printed))
    assert " ".join(said.split()).endswith(shown)


def test_a_post_takes_the_clock_its_comments_were_printed_in() -> None:
    post = _post("Text.")
    post = Post(**{**{f: getattr(post, f) for f in Post.__slots__}, "date": "2016-02-06T20:03",
                   "comments": (_comment("2016-02-06T21:00", ("2/6/16 9:00 PM",)),)})
    dates = Dates(Locale.parse("de"))
    assert " ".join(dates.post_date(post).split()).endswith("8:03 PM")
    assert " ".join(dates.comment_when(_comment("2016-02-06T21:30"), post).split()).endswith(
        "9:30 PM")


def test_a_built_site_in_german_words_unprinted_times_its_way(tmp_path: Path) -> None:
    root = project_from_files(tmp_path / "site", {
        "site.yaml": "title: Blog\nbase_url: https://example.github.io/REPO/\nlanguage: de\n",
        "content/2016/p/post.md": '---\ntype: post\nid: p\ntitle: "Ein Beitrag"\n'
        'date: "2016-02-06T20:03"\nauthor: null\ntags: []\nsource: "x.txt"\nsource_index: 1\n'
        "read_more: false\ncomment_count: null\n---\nText.\n",
    })
    done = subprocess.run([sys.executable, "-m", "builder", "build"], cwd=root,
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    assert done.returncode == 0, done.stderr
    page = next((root / "_site").glob("2016/*/p/index.html")).read_text(encoding="utf-8")
    assert "Samstag, 6. Februar 2016 um 20:03" in page or "Samstag, 6. Februar 2016, 20:03" in page


# -- the search page: dates worded by the build --------------------------------------

@pytest.mark.browser
def test_search_results_show_dates_as_the_pages_do(corpus_site: Path, static_server: Any,
                                                   browser: Any) -> None:
    base = static_server(corpus_site, "/REPO/")
    page = browser.new_page(viewport={"width": 375, "height": 667})
    page.goto(f"{base}search/?q=Ostrel")
    page.wait_for_selector(".search-result-date time")
    shown = page.eval_on_selector_all(
        ".search-result-date time", "els => els.map(e => [e.dateTime, e.textContent])")
    lists = "".join(p.read_text(encoding="utf-8") for p in
                    [corpus_site / "index.html", *(corpus_site / "page").glob("*/index.html")])
    for iso, text in shown:  # a first page's <time>, or a later page's words
        assert f'<time datetime="{iso}">{text}</time>' in lists or \
            f'<span class="subtle">{text}' in lists
    page.close()


@pytest.mark.browser
def test_excerpts_in_chromium_on_a_phone_skip_captions(corpus_site: Path, static_server: Any,
                                                      browser: Any) -> None:
    base = static_server(corpus_site, "/REPO/")
    page = browser.new_page(viewport={"width": 375, "height": 667})
    seen = []
    for path in ["", *[f"page/{n}/" for n in range(2, 30)]]:
        if path and not (corpus_site / path).is_dir():
            break
        page.goto(base + path)
        seen += page.eval_on_selector_all(
            "article.summary", "els => els.map(e => [e.querySelector('h2').innerText,"
            " (e.querySelector('.excerpt') || {innerText: ''}).innerText])")
    texts = dict(seen)
    assert texts["Pancakes and a Very Muddy Dog"].startswith("The plan was simple.")
    assert texts["Tarsan Navy Receives Its First Two Patrol Submarines"].startswith("The two boats")
    assert json.dumps(texts).count("Credit Tidewater Times") == 0
    page.close()
