"""Export files as they come: real exports of other projects, hostile and broken XML.

The real files (../shared/corpus/real/*.xml, never copied here) are counted
independently with ElementTree: every post, page, draft and comment they hold must
be in content/ or reported with a reason.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from builder import frontmatter

REPO = Path(__file__).resolve().parent.parent
REAL = REPO.parent / "shared" / "corpus" / "real"
REAL_EXPORTS = sorted(REAL.glob("*.xml"))
ATOM = "{http://www.w3.org/2005/Atom}"
KIND = "http://schemas.google.com/blogger/2008/kind#"
FEED = ("<?xml version='1.0' encoding='UTF-8'?>\n<feed xmlns='http://www.w3.org/2005/Atom'>"
        "<id>tag:blogger.com,1999:blog-1.archive</id>{}</feed>\n")
POST = ("<entry><id>tag:blogger.com,1999:blog-1.post-{id}</id>"
        "<published>2019-03-31T23:52:00.001-07:00</published>"
        "<category scheme='http://schemas.google.com/g/2005#kind' term='" + KIND + "post'/>"
        "<title type='text'>{title}</title><content type='html'>{body}</content>"
        "<link rel='alternate' type='text/html' href='https://x.blogspot.com/2019/03/a.html'/>"
        "<author><name>Ann</name></author></entry>")


def _independent_count(path: Path) -> dict[str, list[tuple[str, str, bool]]]:
    """kind -> [(entry id, title, draft)], read with ElementTree (not our reader)."""
    text = path.read_text(encoding="utf-8")
    if "xmlns:app=" not in text.split(">", 3)[-2] and "<app:" in text:
        text = re.sub(r"<(/?)app:", r"<\1app_", text)  # a real file leaves app: undeclared
    found: dict[str, list[tuple[str, str, bool]]] = {}
    for entry in ET.fromstring(text.encode("utf-8")).iter(f"{ATOM}entry"):
        kinds = [c.get("term", "") for c in entry.iter(f"{ATOM}category")
                 if c.get("term", "").startswith(KIND)]
        kind = kinds[0][len(KIND):] if kinds else "other"
        draft = any(el.tag.endswith("draft") and (el.text or "").strip() == "yes"
                    for el in entry.iter())
        found.setdefault(kind, []).append((entry.findtext(f"{ATOM}id", "").strip(),
                                           (entry.findtext(f"{ATOM}title") or "").strip(), draft))
    return found


def _split(site: Path, run_archive: Any, *names: str) -> tuple[Any, dict[str, Any]]:
    listing = run_archive("split", "--json", cwd=site)
    result = run_archive("split", cwd=site)
    return result, json.loads(listing.stdout)


def _files(content: Path, pattern: str) -> list[dict[str, Any]]:
    return [frontmatter.parse(p.read_text(encoding="utf-8"), str(p))[0]
            for p in sorted(content.glob(pattern))]


@pytest.mark.parametrize("real", REAL_EXPORTS, ids=[p.stem for p in REAL_EXPORTS])
def test_every_entry_of_a_real_export_is_kept_or_reported(real: Path, tmp_path: Path,
                                                          run_archive: Any) -> None:
    counted = _independent_count(real)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / real.name).write_bytes(real.read_bytes())
    result, listing = _split(tmp_path, run_archive)
    assert result.returncode == 0, result.stderr
    [record] = listing["dumps"]
    content = tmp_path / "content"
    posts = _files(content, "*/*/post.md")
    pages = _files(content, "pages/*/page.md")
    comments = _files(content, "*/*/comment-*.md")
    for kind, written in (("post", posts), ("page", pages)):
        want = sorted((title, draft) for _, title, draft in counted.get(kind, []))
        got = sorted((m["title"], bool(m.get("draft"))) for m in written)
        assert got == want, kind
    ids = {f"c{i.rsplit('-', 1)[1]}" for i, _, _ in counted.get("comment", [])}
    orphans = {c["id"] for c in record.get("orphans", [])}
    assert ids == {m["id"] for m in comments} | orphans
    others = {k: len(v) for k, v in counted.items() if k not in ("post", "page", "comment")}
    assert record["dropped"] == [f"{k} entries: {n}" for k, n in sorted(others.items())]


def test_real_exports_are_present_or_the_skip_says_why() -> None:
    if not REAL_EXPORTS:
        pytest.skip(f"no real exports at {REAL} (../shared is not beside this checkout)")
    assert {p.name for p in REAL_EXPORTS} >= {"pelican-bloggerexport.xml"}


def _site(tmp_path: Path, files: dict[str, str | bytes]) -> Path:
    (tmp_path / "seeds").mkdir()
    for name, data in files.items():
        target = tmp_path / "seeds" / name
        target.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return tmp_path


def test_billion_laughs_is_refused_and_the_other_inputs_still_split(tmp_path: Path,
                                                                   run_archive: Any) -> None:
    lol = "".join(f'<!ENTITY lol{k} "{f"&lol{k - 1};" * 10}">' for k in range(1, 10))
    bomb = (f'<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY lol0 "lol">{lol}]>'
            + FEED.split("\n", 1)[1].format(POST.format(id=1, title="&lol9;", body="x")))
    good = FEED.format(POST.format(id=2, title="Kept", body="Words here."))
    site = _site(tmp_path, {"bomb.xml": bomb, "good.xml": good})
    result = run_archive("split", cwd=site, timeout=60)
    assert result.returncode == 1
    [line] = [x for x in result.stderr.splitlines() if "bomb.xml" in x]
    assert re.search(r"seeds/bomb\.xml:1:1: not well-formed XML \(the file declares XML "
                     r"entities", line)
    assert [m["title"] for m in _files(site / "content", "*/*/post.md")] == ["Kept"]


def test_an_external_entity_never_reads_the_local_file(tmp_path: Path, run_archive: Any) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRETWORD", encoding="utf-8")
    xxe = (f'<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
           + FEED.split("\n", 1)[1].format(POST.format(id=1, title="&xxe;", body="&xxe;")))
    site = _site(tmp_path, {"xxe.xml": xxe})
    result = run_archive("split", "--json", cwd=site)
    assert result.returncode == 1 and "TOPSECRETWORD" not in result.stdout + result.stderr
    assert "declares XML entities" in result.stderr
    assert not list((site / "content").glob("**/*.md")) if (site / "content").exists() else True


def test_not_well_formed_names_line_and_column_and_writes_nothing(tmp_path: Path,
                                                                  run_archive: Any) -> None:
    posts = POST.format(id=1, title="First", body="One.") + "\n" + POST.format(
        id=2, title="Second", body="Two.").replace("</title>", "</titel>")
    site = _site(tmp_path, {"broken.xml": FEED.format(posts)})
    result = run_archive("split", cwd=site)
    assert result.returncode == 1
    [line] = [x for x in result.stderr.splitlines() if x.startswith("error:")]
    assert re.fullmatch(r"error: seeds/broken\.xml:3:\d+: not well-formed XML \(.*titel.*\)", line)
    assert not (site / "content").exists() or not list((site / "content").rglob("*.md"))


def test_an_atom_feed_that_is_not_a_blogger_export_is_not_a_blog_dump(
        tmp_path: Path, run_archive: Any) -> None:
    feed = FEED.format("<entry><id>urn:1</id><title>News</title><content>Hi</content></entry>")
    site = _site(tmp_path, {"feed.atom": feed})
    result = run_archive("split", "--json", cwd=site)
    [record] = json.loads(result.stdout)["dumps"]
    assert result.returncode == 1 and record["error"] == "not a blog dump"
    assert "not a Blogger export" in record["detail"]


def test_dates_stay_in_the_files_offset(tmp_path: Path, run_archive: Any) -> None:
    site = _site(tmp_path, {"blog.xml": FEED.format(POST.format(id=1, title="Late", body="x"))})
    [post] = json.loads(run_archive("split", "--json", cwd=site).stdout)["dumps"][0]["posts"]
    assert post["date"] == "2019-03-31" and post["published"] == "2019-03-31T23:52:00.001-07:00"


def test_orphans_and_lost_parents_are_kept_and_reported(tmp_path: Path,
                                                       run_archive: Any) -> None:
    def comment(cid: int, post: int, parent: int | None = None) -> str:
        related = (f"<link rel='related' href='https://www.blogger.com/feeds/1/{post}/comments/"
                   f"default/{parent}'/>" if parent else "")
        return (f"<entry><id>tag:blogger.com,1999:blog-1.post-{cid}</id>"
                f"<published>2019-04-01T10:0{cid % 10}:00.000-07:00</published>"
                "<category scheme='http://schemas.google.com/g/2005#kind' term='" + KIND
                + f"comment'/><content type='html'>Comment {cid} text.</content>{related}"
                f"<author><name>Bob</name></author><thr:in-reply-to "
                f"xmlns:thr='http://purl.org/syndication/thread/1.0' "
                f"ref='tag:blogger.com,1999:blog-1.post-{post}'/></entry>")

    entries = (POST.format(id=1, title="Here", body="x") + comment(11, 1, parent=99)
               + comment(12, 1, parent=11) + comment(13, 555))
    site = _site(tmp_path, {"blog.xml": FEED.format(entries)})
    listing = json.loads(run_archive("split", "--json", cwd=site).stdout)["dumps"][0]
    result = run_archive("split", cwd=site)
    assert result.returncode == 0
    [post] = listing["posts"]
    assert [(c["id"], c["parent"]) for c in post["comments"]] == [("c11", None), ("c12", "c11")]
    assert [(o["id"], o["post"]) for o in listing["orphans"]] == [
        ("c13", "tag:blogger.com,1999:blog-1.post-555")]
    assert "comment c11 answers comment 99, which is not in the file" in result.stderr
    assert "comment c13 belongs to tag:blogger.com,1999:blog-1.post-555" in result.stderr
    kept = json.loads(next((site / "content" / "orphans").glob("*.json")).read_text("utf-8"))
    assert kept[0]["body"] == "Comment 13 text."


def _read(text: str, name: str) -> Any:
    from truth import MARKERS

    from builder.split.read import read_dump

    return read_dump(text.encode("utf-8"), name, MARKERS)


def test_a_newer_export_beats_an_older_one_and_every_export_beats_a_dump() -> None:
    from builder.split.merge import Found, merge

    def export(updated: str, title: str, body: str) -> str:
        return FEED.replace("</id>", f"</id><updated>{updated}</updated>", 1).format(
            POST.format(id=1, title=title, body=body))

    old = _read(export("2019-05-01T10:00:00.000-07:00", "Old Title", "Old words."), "old.xml")
    new = _read(export("2020-01-01T10:00:00.000+09:00", "New Title", "New words."), "new.xml")
    dump = _read("Sunday, March 31, 2019\n\nDump Title\n\nDump words here, a body.\n", "d.txt")
    assert (old.kind, new.kind, dump.kind) == ("export", "export", "dump")
    assert new.updated > old.updated  # compared as instants, whatever the offsets
    found = [Found(d.posts[0], d.file, 1, d.kind, d.updated) for d in (dump, old, new)]
    for item in found:  # one post: the same old address (the dump has none: same day)
        item.post.url = item.post.url or "https://x.blogspot.com/2019/03/a.html"
    [merged] = merge(found)
    assert merged.post.title == "New Title" and merged.post.body == "New words."
    assert merged.post.inputs == ["new.xml", "old.xml", "d.txt"]


def test_html_titles_xhtml_bodies_and_comments_without_in_reply_to(tmp_path: Path,
                                                                  run_archive: Any) -> None:
    post = (POST.format(id=7, title="x", body="y")
            .replace("<title type='text'>x</title>",
                     "<title type='html'>Fish &amp;amp; &lt;b&gt;Chips&lt;/b&gt;</title>")
            .replace("<content type='html'>y</content>",
                     "<content type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'>"
                     "<p>First <b>bold</b> words.</p><p>Second.</p></div></content>"))
    comment = ("<entry><id>tag:blogger.com,1999:blog-1.post-71</id>"
               "<published>2019-04-01T10:00:00.000-07:00</published>"
               "<category scheme='http://schemas.google.com/g/2005#kind' term='" + KIND
               + "comment'/><content type='html'>No thread element.</content>"
               "<link rel='self' href='https://www.blogger.com/feeds/1/7/comments/default/71'/>"
               "<author><name>Bob</name></author></entry>")
    site = _site(tmp_path, {"blog.xml": FEED.format(post + comment)})
    [got] = json.loads(run_archive("split", "--json", cwd=site).stdout)["dumps"][0]["posts"]
    assert got["title"] == "Fish & Chips"
    assert got["body"] == "First **bold** words.\n\nSecond."
    assert [(c["id"], c["body"]) for c in got["comments"]] == [("c71", "No thread element.")]


def test_takeout_scheduled_posts_stay_unpublished_and_deleted_comments_removed(
        tmp_path: Path, run_archive: Any) -> None:
    def entry(eid: str, kind: str, status: str, extra: str) -> str:
        return (f"<entry><id>tag:blogger.com,1999:blog-5.{eid}</id>"
                f"<blogger:type>{kind}</blogger:type><blogger:status>{status}</blogger:status>"
                "<author><name>Jen</name></author><published>2031-01-01T08:00:00.000+01:00"
                f"</published>{extra}</entry>")

    feed = ("<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom' "
            "xmlns:blogger='http://schemas.google.com/blogger/2018'><id>x</id>"
            + entry("post-1", "POST", "SCHEDULED", "<title>Later</title><content type='html'>"
                    "Soon.</content><blogger:filename>/2031/01/later.html</blogger:filename>")
            + entry("post-2", "COMMENT", "DELETED", "<blogger:parent>tag:blogger.com,1999:"
                    "blog-5.post-1</blogger:parent><blogger:inReplyTo/><content type='html'>"
                    "Gone.</content>")
            + "</feed>")
    site = _site(tmp_path, {"feed.atom": feed})
    [post] = json.loads(run_archive("split", "--json", cwd=site).stdout)["dumps"][0]["posts"]
    result = run_archive("split", cwd=site)
    assert post["draft"] is True and post["url"] == "/2031/01/later.html"
    assert [(c["id"], c["removed"]) for c in post["comments"]] == [("c2", True)]
    assert "post 'Later' is scheduled: kept with draft: true" in result.stderr
