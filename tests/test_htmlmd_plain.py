"""Text with no tag but `<br>` (most comments) skips the HTML parser: the blocks must be
exactly what the tree walk gives for the same fragment."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from builder.split.htmlmd import _plain_blocks, convert

SAMPLES = [
    "a  b<br>c", " x <br/> y ", "<br><br>a<br> <br>b", "a*b_c &amp; &lt;tag&gt; &nbsp;x\u00a0 y",
    "a\n\nb<br />\n<br />c", "", "  ", "<br>", "1. item\n# head", "x&nbsp;&nbsp;<br>&nbsp;y",
    "tab\there", "a<BR>b", "trailing<br><br>", "This comment has been removed by the author.",
    "Len, our fleece blew into the neighbour&#39;s pond last year!",
]


@pytest.mark.parametrize("fragment", SAMPLES)
def test_plain_text_gives_the_tree_walks_blocks(fragment: str) -> None:
    assert _plain_blocks(fragment) is not None
    assert convert(fragment).blocks == convert(BeautifulSoup(fragment, "html.parser")).blocks


@pytest.mark.parametrize("fragment", ["a <b>b</b>", "x<!--more-->y", "<p>p</p>", "a < b"])
def test_any_other_markup_takes_the_tree_walk(fragment: str) -> None:
    assert _plain_blocks(fragment) is None
