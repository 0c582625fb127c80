"""A search shard patched (builder/search_patch.py) is byte for byte the shard indexed whole.

Real Pagefind, documents shaped as the build's (title, date and filters in hidden
elements, notes and comments under anchored headings), a chunk budget small enough
that the common words are cut (so patches cut them again), words with diacritics
(Pagefind keeps them as variants of the plain word), undated posts: a seeded random
run of edits, each patched from the previous bundle and compared with a clean one.
"""

from __future__ import annotations

import hashlib
import random
from typing import Any

import pytest

from builder import search_chunks
from builder.cbor import Unsupported
from builder.pagefind import index_documents
from builder.search import by_date, shard_bundle
from builder.search_bundle import _load, decode_bundle, own_files
from builder.search_form import form_bytes, read_form
from builder.search_inplace import patch_in_place
from builder.search_patch import (
    Record,
    _patch_bundle,
    form_of,
    patch_bundle,
    read_record,
    record_bytes,
)

BUDGET = 150  # bytes: `the`, `and`, ... are cut, some to one place a page, some to more
WORDS = ["the", "the", "the", "and", "and", "of", "a", "to", "in", "café", "cafe", "cafè", "cäfé",
         "résumé", "resume", "naïve", "naive", "zebra", "quokka", "tapir", "narwhal", "harbour",
         "fleet", "minister", "talks", "border", "treaty", "winter", "spring", "oil", "gas"]
SHARD = 1


def _document(post: dict[str, Any]) -> str:
    hidden = f'<span data-pagefind-meta="title">{post["title"]}</span>'
    if post["date"]:
        hidden += (f'<span data-pagefind-meta="date">{post["date"]}</span>'
                   f'<span data-pagefind-meta="when">{post["date"]}</span>'
                   f'<span data-pagefind-filter="year">{post["date"][:4]}</span>')
    hidden += "".join(f'<span data-pagefind-filter="tag">{t}</span>' for t in post["tags"])
    comments = "".join(f'<h3 id="c{i}" data-pagefind-weight="1">{name}</h3><p>{text}</p>'
                       for i, (name, text) in enumerate(post["comments"], 1))
    hidden += "".join(f'<span data-pagefind-filter="commenter">{name}</span>'
                      for name in dict.fromkeys(n for n, _ in post["comments"]))
    return (f'<!DOCTYPE html><html lang="en"><body><main data-pagefind-body>'
            f'<h1>{post["title"]}</h1><div data-pagefind-ignore>{hidden}</div>'
            f'<p>{post["body"]}</p>{comments}</main></body></html>')


def _post(rng: random.Random, n: int) -> dict[str, Any]:
    return {"url": f"/p/{n}/", "title": " ".join(rng.choices(WORDS, k=3)).title(),
            "date": rng.choice([None, f"20{rng.randint(10, 19)}-0{rng.randint(1, 9)}-11"]),
            "tags": rng.sample(["Iran", "Oil", "Navy", "Trade"], rng.randint(0, 2)),
            "body": " ".join(rng.choices(WORDS, k=rng.randint(5, 60)))
            + " xylophone" * rng.choice([0, 0, 0, 0, 5, 30]),  # cut to K > 1 a page
            "comments": [(rng.choice(["Mila K.", "Bo", "Zoë"]),
                          " ".join(rng.choices(WORDS, k=rng.randint(2, 20))))
                         for _ in range(rng.randint(0, 3))]}


def _ordered(posts: dict[str, dict[str, Any]]) -> list[tuple[str, str]]:
    items = by_date([(p["date"], url, _document(p)) for url, p in sorted(posts.items())])
    return [(url, document) for _, url, document in items]


def _digest(document: str) -> str:
    return hashlib.blake2b(document.encode(), digest_size=8).hexdigest()


def _whole(items: list[tuple[str, str]]) -> Any:
    return shard_bundle(iter(items), len(items), "en", shard=SHARD, common_budget=BUDGET,
                        order=[url for url, _ in items])


def _record(result: Any, items: list[tuple[str, str]]) -> Record:
    [meta] = [name for name in result.files if name.endswith(".pf_meta")]
    made = Record("key", "common", BUDGET, meta, [(u, _digest(d)) for u, d in items], result.cut)
    again = read_record(record_bytes(made))  # kept on disk between builds
    assert again == made
    return again


def _patched(files: dict[str, bytes], record: Record, items: list[tuple[str, str]]) -> Any:
    before = dict(record.pages)
    changed = [(url, d) for url, d in items if before.get(url) != _digest(d)]
    small = None
    if changed:
        made, _ = index_documents(iter(changed), len(changed), "en")
        small = decode_bundle(own_files(made, SHARD))
    made, cut, form = _patch_bundle(files, record, small, [url for url, _ in items],
                                    [url for url, _ in changed], BUDGET, SHARD)
    assert (made, cut) == patch_bundle(files, record, small, [url for url, _ in items],
                                       [url for url, _ in changed], BUDGET, SHARD)
    # the form, made from what the patch moved, is the one read from the bundle's bytes
    assert form == form_of(made, _record_of(made, cut, items), BUDGET, SHARD)
    return made, cut


def _record_of(files: dict[str, bytes], cut: Any, items: list[tuple[str, str]]) -> Record:
    [meta] = [name for name in files if name.endswith(".pf_meta")]
    return Record("key", "common", BUDGET, meta, [(u, _digest(d)) for u, d in items], cut)


def test_a_run_of_patches_gives_the_bundle_of_a_clean_index() -> None:
    rng = random.Random(18)
    posts = {f"/p/{n}/": _post(rng, n) for n in range(40)}
    items = _ordered(posts)
    current = _whole(items)
    assert len(current.cut) >= 3  # the common words are cut: patches cut them again
    assert {k for _, k, _ in current.cut.values()} > {1}
    record = _record(current, items)
    files = current.files
    kinds = []
    for step in range(14):
        kind = rng.choice(["text", "date", "add", "delete", "tags", "commenter", "two"])
        kinds.append(kind)
        urls = sorted(posts)
        if kind == "add":
            n = 100 + step
            posts[f"/p/{n}/"] = _post(rng, n)
        elif kind == "delete":
            del posts[rng.choice(urls)]
        else:
            for url in rng.sample(urls, 2 if kind == "two" else 1):
                post = posts[url]
                if kind == "date":
                    post["date"] = rng.choice(["2030-01-01", "1999-12-31", None, "2015-05-11"])
                elif kind == "tags":
                    post["tags"] = ["Renamed tag", *post["tags"][1:]]
                elif kind == "commenter":
                    post["comments"] = [("Vosk, H.", text) for _, text in post["comments"]] or [
                        ("Vosk, H.", "the café")]
                else:
                    post["body"] += " " + " ".join(rng.choices(WORDS, k=rng.randint(1, 30)))
        items = _ordered(posts)
        files, cut = _patched(files, record, items)
        clean = _whole(items)
        assert files == clean.files, (step, kind)
        assert cut == clean.cut, (step, kind)
        record = _record(clean, items)
    assert {"add", "delete", "date", "text"} <= set(kinds)


def test_a_meta_field_that_would_go_is_not_patched() -> None:
    rng = random.Random(5)
    posts = {f"/p/{n}/": {**_post(rng, n), "date": None} for n in range(6)}
    posts["/p/9/"] = {**_post(rng, 9), "date": "2016-01-01"}  # the only one with a date
    items = _ordered(posts)
    current = _whole(items)
    record = _record(current, items)
    del posts["/p/9/"]
    try:
        _patched(current.files, record, _ordered(posts))
    except Exception as error:  # the caller indexes the shard whole
        assert type(error).__name__ == "Unsupported"
    else:
        raise AssertionError("patched a shard whose meta fields change")


def _in_place(files: dict[str, bytes], record: Record, form: Any,
              items: list[tuple[str, str]]) -> Any:
    """The bundle patched from its form (builder.search_inplace): (files, cut, form,
    the names kept as they were), or None when that patch is not made."""
    before = dict(record.pages)
    changed = [(url, d) for url, d in items if before.get(url) != _digest(d)]
    made, _ = index_documents(iter(changed), len(changed), "en")
    place = {url: number for number, (url, _) in enumerate(items)}
    quick = patch_in_place(form, record.cut, decode_bundle(own_files(made, SHARD)),
                           [place[url] for url, _ in changed], BUDGET, SHARD, files.__getitem__)
    if quick is None:
        return None
    assert set(quick.kept) <= set(files) and not set(quick.kept) & set(quick.files)
    data = form_bytes(quick.form)  # kept on disk between builds
    assert data is not None
    again = read_form(data)
    assert again is not None
    whole = {**{name: files[name] for name in quick.kept}, **quick.files}
    return whole, quick.cut, again, quick.kept


def test_posts_edited_in_place_are_patched_from_the_form(monkeypatch: Any) -> None:
    """Edits that move no post (text, tags, commenters, many new words) take the patch
    that decodes only what holds the edited pages, and give a clean index's bundle;
    with small chunks, new words move chunk boundaries and the other chunks keep
    their files."""
    monkeypatch.setattr(search_chunks, "INDEX_CHUNK_BYTES", 700)  # many chunks
    rng = random.Random(1808)
    posts = {f"/p/{n}/": {**_post(rng, n), "date": f"2015-0{n % 9 + 1}-1{n % 10}"}
             for n in range(40)}
    items = _ordered(posts)
    current = _whole(items)
    record = _record(current, items)
    form = form_of(current.files, record, BUDGET, SHARD)
    assert form is not None and len(form.chunks) > 5
    files, kinds, kept_chunks, moved = current.files, [], 0, False
    for step in range(10):
        kind = ["words", "text", "tags", "commenter", "two", "gone"][step % 6]
        kinds.append(kind)
        for url in rng.sample(sorted(posts), 2 if kind == "two" else 1):
            post = posts[url]
            if kind == "tags":
                post["tags"] = ["Renamed tag", *post["tags"][1:]]
            elif kind == "commenter":
                post["comments"] = [("Vosk, H.", text) for _, text in post["comments"]] or [
                    ("Vosk, H.", "the café")]
            elif kind == "words":  # new words all over the alphabet
                post["body"] += " " + " ".join(f"{c}{step}word{n}" for n in range(12)
                                               for c in "bdfhkmprtw")
            elif kind == "gone":  # the words the last "words" edit added
                post["body"] = post["body"].split(" b")[0]
            else:
                post["body"] += " " + " ".join(rng.choices(WORDS, k=rng.randint(1, 30)))
        items = _ordered(posts)
        patched = _in_place(files, record, form, items)
        assert patched is not None, (step, kind)
        clean = _whole(items)
        assert patched[0] == clean.files, (step, kind)
        assert patched[1] == clean.cut, (step, kind)
        assert patched[2] == form_of(clean.files, _record(clean, items), BUDGET, SHARD)
        before = [first for first, _, _ in _chunks(files)]
        moved |= before != [first for first, _, _ in _chunks(clean.files)]
        kept_chunks += sum(1 for name in patched[3] if name.startswith("index/"))
        files, form, record = clean.files, patched[2], _record(clean, items)
    assert moved and kept_chunks  # boundaries moved; other chunks were not written again


def _chunks(files: dict[str, bytes]) -> list[Any]:
    [meta] = [data for name, data in files.items() if name.endswith(".pf_meta")]
    return next(field for field in _load(meta) if isinstance(field, list) and field
                and all(isinstance(c, list) and len(c) == 3 for c in field))


def test_a_patch_that_moves_pages_or_meets_another_kind_of_page_is_not_made_in_place() -> None:
    """A re-dated or undated edited post (its meta fields are not the shard's) is left
    to the whole patch, which gives a clean index's bundle."""
    rng = random.Random(7)
    posts = {f"/p/{n}/": {**_post(rng, n), "date": f"2015-0{n % 9 + 1}-11"} for n in range(8)}
    posts["/p/9/"] = {**_post(rng, 9), "date": None}
    items = _ordered(posts)
    current = _whole(items)
    record = _record(current, items)
    form = form_of(current.files, record, BUDGET, SHARD)
    posts["/p/9/"]["body"] += " quokka"
    assert _in_place(current.files, record, form, _ordered(posts)) is None
    posts["/p/9/"]["body"] = posts["/p/9/"]["body"][:-7]
    posts["/p/3/"]["date"] = "2030-01-01"  # to the top: every page before it moves
    items = _ordered(posts)
    files, cut = _patched(current.files, record, items)
    clean = _whole(items)
    assert files == clean.files and cut == clean.cut


def test_a_damaged_form_reads_as_none() -> None:
    rng = random.Random(3)
    posts = {f"/p/{n}/": _post(rng, n) for n in range(6)}
    items = _ordered(posts)
    current = _whole(items)
    form = form_of(current.files, _record(current, items), BUDGET, SHARD)
    assert form is not None
    data = form_bytes(form)
    assert data is not None and read_form(data) is not None
    assert read_form(data[:-1]) is None
    assert read_form(data[:40] + bytes([data[40] ^ 1]) + data[41:]) is None
    assert read_form(b"") is None


def test_a_bundle_that_is_not_the_forms_is_refused() -> None:
    """A form read against other chunks (a site changed behind the cache's back)
    raises `Unsupported`: the caller patches the whole bundle instead."""
    rng = random.Random(11)
    posts = {f"/p/{n}/": {**_post(rng, n), "date": f"2015-0{n % 9 + 1}-11"} for n in range(8)}
    items = _ordered(posts)
    current = _whole(items)
    record = _record(current, items)
    form = form_of(current.files, record, BUDGET, SHARD)
    assert form is not None
    other = _whole(_ordered({url: {**post, "body": "zebra"} for url, post in posts.items()}))
    [chunk] = [data for name, data in other.files.items() if name.startswith("index/")][:1]
    posts["/p/3/"]["body"] += " quokka"
    changed = [(url, d) for url, d in _ordered(posts) if url == "/p/3/"]
    made, _ = index_documents(iter(changed), 1, "en")
    place = [url for url, _ in _ordered(posts)].index("/p/3/")
    with pytest.raises(Unsupported):
        patch_in_place(form, record.cut, decode_bundle(own_files(made, SHARD)), [place], BUDGET,
                       SHARD, lambda name: chunk)
