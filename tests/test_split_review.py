"""`archive split --json` lists each post's doubts; `archive split --review` writes a
self-contained HTML report that opens from disk in Chromium (real split, real browser)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

HERE = Path(__file__).parent

# a post whose body ends in a numbered list shaped like mobile comments (no count header):
# split takes one reading and says it could be the other
LIST_DUMP = """Saturday, March 11, 2017
Three Things I Learned This Week

The market opened late on Tuesday because the bridge was closed again.

  1. Bring cash, the card reader never works.

  2. Arrive before nine or the bread is gone.

Newer Post Older Post Home
"""


def _seeded(make_site: Any, dumps: list[Path]) -> Path:
    site = make_site()
    for dump in dumps:
        shutil.copy(dump, site / "seeds" / dump.name)
    return site


def test_split_json_lists_doubts_with_the_line_and_both_readings(make_site: Any,
                                                                 run_archive: Any) -> None:
    site = make_site({"seeds/list.txt": LIST_DUMP,
                      "seeds/script.txt": LIST_DUMP.replace(
                          "Three Things", "<script>alert(1)</script> Three Things")})
    result = run_archive("split", "--json", cwd=site)
    assert result.returncode == 0, result.stderr
    post = json.loads(result.stdout)["dumps"][0]["posts"][0]
    [doubt] = post["doubts"]
    assert doubt["line"] == 6
    assert {doubt["chose"], doubt["other"]} == {"numbered list in the body", "reader comments"}
    assert LIST_DUMP.split("\n")[5].strip().startswith("1. Bring cash")


def test_review_report_opens_from_disk_with_every_doubt_and_dropped_line(
        make_site: Any, run_archive: Any, page: Any) -> None:
    site = _seeded(make_site, sorted(HERE.glob("corpus/*.txt")))
    (site / "seeds" / "list.txt").write_text(LIST_DUMP, encoding="utf-8")
    (site / "seeds" / "script.txt").write_text(
        LIST_DUMP.replace("Three Things", "<script>alert(1)</script> Three Things"),
        encoding="utf-8")
    parsed = json.loads(run_archive("split", "--json", cwd=site).stdout)["dumps"]
    result = run_archive("split", "--review", cwd=site)
    assert result.returncode == 1  # the corpus holds three bad dumps, reported and skipped
    report = site / "split-review.html"
    assert "split-review.html" in result.stdout

    errors: list[str] = []
    requests: list[str] = []
    dialogs: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(report.as_uri())
    assert errors == [] and dialogs == []
    assert all(url.startswith("file://") for url in requests), requests

    doubts = [d for dump in parsed for p in dump["posts"] for d in p["doubts"]]
    assert doubts, "the corpus and the list dump give doubts to show"
    links = page.eval_on_selector_all("li.doubt-item a.edit", "els => els.map(e => e.href)")
    assert len(links) == len(doubts)
    for href in links:
        target = Path(unquote(urlparse(href).path))
        assert target.is_file() and target.is_relative_to(site / "content"), href
    anchors = page.eval_on_selector_all("li.doubt-item a:first-child",
                                        "els => els.map(e => e.getAttribute('href'))")
    for anchor in anchors:  # each doubt points at its highlighted line of the dump
        assert page.locator(anchor).get_attribute("class").startswith("doubt")

    shown = page.eval_on_selector_all("ul.dropped li", "els => els.map(e => e.textContent)")
    every_dropped = [line for dump in parsed for line in dump["dropped"]]
    assert every_dropped and sorted(shown) == sorted(every_dropped)
    text = page.inner_text("body")
    assert "<script>alert(1)</script> Three Things" in text  # shown as text, never run
    for dump in parsed:
        assert Path(dump["file"]).name in text


def test_split_json_names_the_choices_made_on_other_engines_pages(make_site: Any,
                                                                  run_archive: Any) -> None:
    """Round text-r2: a Medium export's first line (its title, or a blog's name over the
    title?), a Hugo comment's date-time under its name (a byline, or a new post's date
    line?) and WordPress's `In reply to NAME.` (chrome, or the comment's text?)."""
    picked = [next(HERE.glob(f"dumps/{n}_*.txt")) for n in ("1314", "1318", "1312")]
    site = _seeded(make_site, picked)
    result = run_archive("split", "--json", cwd=site)
    assert result.returncode == 0, result.stderr
    found = {Path(dump["file"]).name[:4]: [(d["line"], d["chose"], d["other"])
                                          for post in dump["posts"] for d in post["doubts"]]
             for dump in json.loads(result.stdout)["dumps"]}
    assert (1, "title", "site chrome (dropped)") in found["1314"]
    assert (26, "comment author line", "date line of a new post") in found["1318"]
    lines = picked[2].read_text(encoding="utf-8").split("\n")
    reply_lines = [k + 1 for k, line in enumerate(lines) if line.startswith("In reply to ")]
    assert [(n, c, o) for n, c, o in found["1312"] if n in reply_lines] == [
        (n, "site chrome (dropped)", "comment text") for n in reply_lines]
