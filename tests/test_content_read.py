"""One content file read (`builder.content_files.read_record`), as the load reads
75,000 of them: the front matter lines and values already seen are taken as read
before, and must never be taken for what they are not."""

from __future__ import annotations

import pytest

from builder import frontmatter, schema
from builder.content_files import _text, read_record
from builder.errors import ContentError


def _comment(extra: str, body: str = "Hello.") -> str:
    return (f"---\ntype: comment\nid: c1\npost: a-post\nauthor: \"Ann\"\norder: 1\n{extra}"
            f"---\n{body}\n")


def test_a_quoted_word_and_the_same_word_plain_stay_apart() -> None:
    """`removed: true` is a boolean; `removed: "true"` is text, refused for a boolean,
    whichever of the two was read first (and again after)."""
    for _ in range(2):
        record, _ = read_record(_comment("removed: true\n"), "a.md")
        assert record.meta["removed"] is True
        with pytest.raises(ContentError, match="'removed': expected true or false"):
            read_record(_comment('removed: "true"\n'), "b.md")
    record, _ = read_record(_comment('time: "no"\n'), "c.md")
    assert record.meta["time"] == "no"
    record, _ = read_record(_comment("time: no\n"), "d.md")
    assert record.meta["time"] == "no" and record.meta["time"] is not False


def test_a_number_and_a_boolean_of_equal_value_stay_apart() -> None:
    """1 == True in Python: `order: 1` read after `by_author: true` is still 1."""
    read_record(_comment("by_author: true\n"), "a.md")
    record, _ = read_record(_comment(""), "b.md")
    assert record.meta["order"] == 1 and type(record.meta["order"]) is int
    with pytest.raises(ContentError, match="'order': expected a whole number"):
        read_record(_comment("").replace("order: 1", "order: true"), "c.md")


def test_each_record_has_lists_of_its_own() -> None:
    first, _ = read_record(_comment('printed: ["9:03 PM"]\n'), "a.md")
    second, _ = read_record(_comment('printed: ["9:03 PM"]\n'), "b.md")
    first.meta["printed"].append("changed")
    assert second.meta["printed"] == ["9:03 PM"]
    meta, _, _ = frontmatter.parse(_comment('printed: ["9:03 PM"]\n'), "c.md")
    meta["printed"].append("changed")
    again, _, _ = frontmatter.parse(_comment('printed: ["9:03 PM"]\n'), "d.md")
    assert again["printed"] == ["9:03 PM"]


def test_reading_more_lines_than_are_kept_reads_them_right(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Past what the caches hold they are emptied, and each file still reads as alone."""
    monkeypatch.setattr(frontmatter, "_LINES_KEPT", 5)
    monkeypatch.setattr(schema, "_CONVERTED_KEPT", 5)
    for n in range(1, 40):
        record, warnings = read_record(
            _comment(f"parent: c{n + 1}\nremoved: {'true' if n % 2 else 'false'}\n",
                     f"Reply {n}.").replace("order: 1", f"order: {n}"), f"{n}.md")
        assert (record.meta["parent"], record.meta["removed"], record.meta["order"],
                record.body, warnings) == (f"c{n + 1}", bool(n % 2), n, f"Reply {n}.", [])


def test_a_file_reads_whole_with_its_line_ends_made_newlines(tmp_path) -> None:
    big = "é" * 70_000 + "\r\nend\rlast"  # longer than one read of the system's
    (tmp_path / "big.md").write_text(big, encoding="utf-8", newline="")
    assert _text(str(tmp_path / "big.md")) == "é" * 70_000 + "\nend\nlast"
    (tmp_path / "empty.md").write_bytes(b"")
    assert _text(str(tmp_path / "empty.md")) == ""


def test_a_quoted_value_reads_as_json_when_quote_writes_it_so() -> None:
    """The fast reading of `"..."`: the JSON string, when `quote` writes that value back
    as the same text; else not read there (the YAML reader decides).  Quotes,
    backslashes, tabs, line breaks, C1 controls, line separators, surrogates,
    non-characters, astral letters: 150,000 random values."""
    import json
    import random

    rng = random.Random(5)
    chars = ['"', "\\", "a", " ", "\t", "\n", "\x00", "\x1f", "\x7f", "\x85", "\xa0", "\u2028",
             "\u2029", "\u202a", "\ud800", "\ue000", "\ufffe", "\uffff", "\U0001F600", "é",
             "u", "0", "/", "'"]
    for _ in range(150_000):
        raw = '"' + "".join(rng.choice(chars) for _ in range(rng.randint(0, 6))) + '"'
        try:
            expected = json.loads(raw)
            if frontmatter.quote(expected) != raw:
                expected = ValueError
        except ValueError:
            expected = ValueError
        try:
            got = frontmatter._fast_value(raw)
        except ValueError:
            got = ValueError
        assert got == expected and type(got) is type(expected), repr(raw)


def test_an_ordinary_quoted_value_is_read_without_json(monkeypatch: pytest.MonkeyPatch
                                                       ) -> None:
    """Names, dates and titles (brackets, accents, emoji) are taken as written: the
    fast reading of most quoted values, which the test above holds to JSON's."""

    class NoJson:
        @staticmethod
        def loads(text: str) -> None:
            raise AssertionError(f"read with json: {text}")

    monkeypatch.setattr(frontmatter, "json", NoJson)
    for value in ["Ann Lee", "2006-01-05T10:12", "[a] {b} 'c' / é 中文 😀", ""]:
        assert frontmatter._fast_value(f'"{value}"') == value

