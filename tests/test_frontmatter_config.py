"""Front matter round-trips any text; site.yaml problems are all reported at once."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from builder import frontmatter
from builder.config import load_config
from builder.errors import ErrorList

TRICKY = ["no", "No", "on", "off", "yes", "y", "n", "~", "null", "true", "1:30", "0123", "1e3",
          "0x1F", "---", "...", "# not a comment", "key: value", "- item", "[a, b]", "{a: b}",
          "&anchor", "*alias", "!tag", "%directive", "@at", "`tick`", "'single'", '"double"',
          "back\\slash", "tab\there", "line\nbreak", "\u2028\u2029\x85", "\x00\x07\x1b",
          "\ufeffbom", "emoji 🦜", "\U000e0001", "  spaces  ", "", "2016-02-06", "12:30:45",
          ".inf", "-.nan", "=", "<<", "|", ">"]


def _random_text(rng: random.Random) -> str:
    alphabet = [chr(c) for c in (*range(0, 0x80), 0xA0, 0xE9, 0x2013, 0x2028, 0xFFFD, 0x1F600,
                                  0xD7FF, 0xE000, 0x85, 0x9F)]
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))


@pytest.mark.parametrize("value", TRICKY)
def test_tricky_strings_read_back_identically(value: str) -> None:
    text = frontmatter.dump({"title": value, "tags": [value, "x"]}, "body")
    meta, body, _ = frontmatter.parse(text, "t.md")
    assert meta["title"] == value and meta["tags"] == [value, "x"] and body == "body\n"


def test_random_strings_read_back_identically() -> None:
    rng = random.Random(7)
    for _ in range(2000):
        value = _random_text(rng)
        meta, _, _ = frontmatter.parse(frontmatter.dump({"title": value}, ""), "t.md")
        assert meta["title"] == value, repr(value)


def test_hand_written_yaml_is_read_without_coercion() -> None:
    text = "---\ntitle: no\ndate: 2016-02-06\ntime: 1:30\ncode: 0123\ntags:\n  - on\n  - off\n---\n"
    meta, _, _ = frontmatter.parse(text, "t.md")
    assert meta == {"title": "no", "date": "2016-02-06", "time": "1:30", "code": "0123",
                    "tags": ["on", "off"]}


def test_every_config_problem_is_reported_at_once(tmp_path: Path) -> None:
    (tmp_path / "site.yaml").write_text(
        "titel: typo\npage_size: zero\nbase_url: ftp://x\ntimezone: Mars/Base\n"
        "editor_markers: []\ncname: 'not a domain!'\n", encoding="utf-8")
    with pytest.raises(ErrorList) as caught:
        load_config(tmp_path)
    text = str(caught.value)
    for expected in ("unknown key 'titel'", "'page_size'", "'base_url'", "'timezone'",
                     "'editor_markers'", "'cname'"):
        assert expected in text
    assert all(line.startswith(str(tmp_path / "site.yaml")) for line in text.splitlines())


def test_the_repository_config_loads(repo_root: Path) -> None:
    config = load_config(repo_root)
    assert config.base_path.startswith("/") and config.base_path.endswith("/")
    assert "WNU Editor:" in config.editor_markers
