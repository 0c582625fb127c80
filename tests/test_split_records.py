"""What richer inputs add to a post reaches its content files and loads back.

The export and saved-page readers fill these fields; this holds the writer's
side: Blogger comment ids become `c<id>` anchors (replies keep their parent),
static pages get a file of their own, and every new key loads without a warning.
"""

from __future__ import annotations

from builder.load import read_record
from builder.split.files import NamedPost, post_files, post_json
from builder.split.records import ImageRef, ParsedComment, ParsedPost


def _post(**fields) -> NamedPost:
    post = ParsedPost(date="2017-03-05", title="Drone Swarms", paragraphs=[["Body."]], **fields)
    return NamedPost(post, "drone-swarms", ["Navy"], "blog-03-05-2020.xml", 1)


def test_blogger_comment_ids_become_anchors_and_replies_keep_their_parent():
    named = _post(url="https://w.blogspot.com/2017/03/drone.html", comments_incomplete=True,
                  inputs=["a.xml", "b.html"], images=[ImageRef("https://x/s320/a.jpg", "A")])
    named.post.comments = [
        ParsedComment(author="Ann", blogger_id="7001", author_url="https://ann.example/",
                      paragraphs=[["First."]]),
        ParsedComment(author="Owner", blogger_id="7002", parent=0, by_author=True,
                      paragraphs=[["Reply."]]),
        ParsedComment(author="Bob", paragraphs=[["No id."]]),
    ]
    files = dict(post_files(named))
    metas = {path: read_record(text, path) for path, text in files.items()}
    for _record, warnings in metas.values():
        assert warnings == []
    post = metas["2017/drone-swarms/post.md"][0].meta
    assert post["url"] == "https://w.blogspot.com/2017/03/drone.html"
    assert post["comments_incomplete"] is True and post["inputs"] == ["a.xml", "b.html"]
    comments = [metas[f"2017/drone-swarms/comment-{n}.md"][0].meta for n in (1, 2, 3)]
    assert [(c["id"], c["parent"], c["by_author"], c["author_url"]) for c in comments] == [
        ("c7001", None, False, "https://ann.example/"), ("c7002", "c7001", True, None),
        ("c3", None, False, None)]
    record = post_json(named)
    assert record["sources"] == ["a.xml", "b.html"]
    assert record["images"] == [{"src": "https://x/s320/a.jpg", "alt": "A", "href": None}]
    assert [c["id"] for c in record["comments"]] == ["c7001", "c7002", "c3"]


def test_a_position_id_never_takes_a_blogger_id():
    named = _post()
    named.post.comments = [ParsedComment(author="A"), ParsedComment(author="B", blogger_id="1")]
    ids = [c["id"] for c in post_json(named)["comments"]]
    assert ids[1] == "c1" and ids[0] != "c1" and len(set(ids)) == 2


def test_a_static_page_is_one_page_file():
    named = _post(kind="page", url="https://w.blogspot.com/p/about.html")
    ((path, text),) = post_files(named)
    assert path == "pages/drone-swarms/page.md"
    record, warnings = read_record(text, path)
    assert record.kind == "page" and warnings == []
    assert record.meta["url"] == "https://w.blogspot.com/p/about.html"
    assert record.body == "Body."
