"""XSS battery: hostile titles, tags, notes, commenter names and comment bodies.

Each vector (OWASP filter-evasion classes, Markdown `javascript:` links, attribute
breakouts) is a post title, a post body, a tag, an editor's note, a commenter's
name and a comment body.  The site is built, every page is opened in Chromium
with the Content-Security-Policy switched OFF (so the escaping and the nh3
allowlist are tested on their own, not hidden behind the CSP), every element gets
hover/focus/click events, and any alert/confirm/prompt, dialog or hook call
counts as executed.  Expected: 0.
"""

from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from builder.build import build_site
from builder.config import load_config
from builder.report import Reporter
from tests.sitefixture import copy_fixture

pytestmark = pytest.mark.browser

VECTORS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//127.0.0.1:9/xss.js></SCRIPT>",
    "<IMG SRC=\"javascript:alert('XSS');\">",
    "<IMG SRC=javascript:alert('XSS')>",
    "<IMG SRC=JaVaScRiPt:alert('XSS')>",
    "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
    "<a onmouseover=\"alert(document.cookie)\">xxs link</a>",
    "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\">",
    "<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>",
    "<IMG SRC=# onmouseover=\"alert('xxs')\">",
    "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
    "<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114"
    "&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116"
    "&#0000040&#0000049&#0000041\">",
    "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;"
    "&#101;&#114;&#116;&#40;&#49;&#41;>",
    "<IMG SRC=\"jav\tascript:alert('XSS');\">",
    "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
    "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
    "<SCRIPT/XSS SRC=\"//127.0.0.1:9/xss.js\"></SCRIPT>",
    "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
    "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
    "<IMG SRC=\"`<javascript:alert>`('XSS')\"",
    "</TITLE><SCRIPT>alert(\"XSS\");</SCRIPT>",
    "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
    "<BODY BACKGROUND=\"javascript:alert('XSS')\">",
    "<svg/onload=alert('XSS')>",
    "<svg><script>alert(1)</script></svg>",
    "<iframe src=\"javascript:alert(1)\"></iframe>",
    "<iframe srcdoc=\"<script>parent.alert(1)</script>\"></iframe>",
    "<object data=\"javascript:alert(1)\"></object>",
    "<embed src=\"javascript:alert(1)\">",
    "<details open ontoggle=alert(1)>x</details>",
    "<div style=\"background-image: url(javascript:alert(1))\">x</div>",
    "<STYLE>@import'//127.0.0.1:9/xss.css';</STYLE>",
    "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert(1);\">",
    "<TABLE BACKGROUND=\"javascript:alert('XSS')\"><tr><td>x</td></tr></TABLE>",
    "<BASE HREF=\"javascript:alert('XSS');//\">",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<form><button formaction=javascript:alert(1)>X</button></form>",
    "<a href=\"javascript:alert(1)\">click</a>",
    "[click](javascript:alert(1))",
    "[click](JAVASCRIPT:alert(1))",
    "[click](  javascript:alert(1))",
    "[click](java&#x09;script:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![img](javascript:alert(1))",
    "[click](vbscript:msgbox(1))",
    "<javascript:alert(1)>",
    "[a](https://x.org \"t\\\" onmouseover=\\\"alert(1)\")",
    "\" onmouseover=\"alert(1)\" x=\"",
    "' onfocus='alert(1)' autofocus='",
    "\"><script>alert(1)</script>",
    "'><svg onload=alert(1)>",
    "</textarea><script>alert(1)</script>",
    "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
    "[x](&#106;avascript:alert(1))",
    "<img src=x:alert(alt) onerror=eval(src) alt=0>",
    "<x onclick=alert(1)>click me</x>",
    "[clickme](#\" onclick=\"alert(1))",
    "<a href=javas&#99;ript:alert(1)>x</a>",
    "]]><script>alert(1)</script>",
    "</script><script>alert(1)</script>",
    "<marquee onstart=alert(1)>x</marquee>",
    "<video><source onerror=alert(1)></video>",
    "<a href=\"jav&#x0A;ascript:alert(1)\">x</a>",
    "{{ 7*7 }}{% raw %}<script>alert(1)</script>{% endraw %}",
    "<img src=1 onerror=alert(1)//",
    "<a href=\"\x01javascript:alert(1)\">x</a>",
    "<style>*{background:url(\"javascript:alert(1)\")}</style>",
]

HOOK = """
window.__xss = [];
for (const name of ['alert', 'confirm', 'prompt', 'print']) {
  window[name] = (...args) => { window.__xss.push(name + ':' + args.join(',')); };
}
document.addEventListener('click', (event) => {
  const link = event.target.closest && event.target.closest('a[href]');
  if (link && /^(https?|mailto|file):$/.test(link.protocol)) event.preventDefault();
}, true);
// A submit would navigate away (javascript: form actions are caught by the attribute scan).
document.addEventListener('submit', (event) => event.preventDefault(), true);
"""

POKE = """
() => {
  const kinds = ['mouseover', 'mouseenter', 'mousemove', 'focus', 'focusin', 'click',
                 'dblclick', 'toggle', 'animationstart', 'load', 'error', 'input'];
  for (const el of document.querySelectorAll('*')) {
    for (const kind of kinds) {
      try { el.dispatchEvent(new Event(kind, {bubbles: true})); } catch (e) {}
    }
    if (typeof el.click === 'function') { try { el.click(); } catch (e) {} }
    if (typeof el.focus === 'function') { try { el.focus(); } catch (e) {} }
  }
  const bad = [];
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      const value = attr.value.replace(/[\\x00-\\x20]/g, '').toLowerCase();
      if (attr.name.startsWith('on')) bad.push(el.tagName + ' ' + attr.name);
      if (/^(javascript|data|vbscript):/.test(value) && attr.name !== 'content')
        bad.push(el.tagName + ' ' + attr.name + '=' + attr.value);
    }
  }
  for (const tag of ['iframe', 'object', 'embed', 'base', 'style', 'img', 'svg', 'math', 'form']) {
    // the theme's own search form (role=search) is ours; any other form came from data
    for (const el of document.querySelectorAll('main ' + tag + ':not([role=search])'))
      bad.push('element ' + tag);
  }
  return bad;
}
"""


def write(path: Path, meta: dict[str, Any], body: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ["---"] + [f"{k}: {json.dumps(v)}" for k, v in meta.items()] + ["---", body, ""]
    path.write_text("\n".join(lines), encoding="utf-8")


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_fixture(tmp_path_factory.mktemp("xss") / "site")
    for number, vector in enumerate(VECTORS, start=1):
        folder = root / "content" / "2017" / f"xss-{number}"
        day = f"2017-{1 + number // 28:02d}-{1 + number % 28:02d}"
        write(folder / "post.md", {"type": "post", "id": f"xss-{number}", "title": vector,
                                   "date": day, "author": vector, "tags": [vector, "XSS"],
                                   "source": "x.txt", "source_index": number,
                                   "read_more_after": [1], "read_more_lines": [vector],
                                   "sources": [1], "quotes": [[2, 2]]},
              f"{vector}\n\n{vector}\n\nplain {vector}")
        write(folder / "note-1.md", {"type": "note", "post": f"xss-{number}",
                                     "marker": "WNU Editor:", "order": 1, "after": 1}, vector)
        write(folder / "comment-1.md", {"type": "comment", "id": "c1", "post": f"xss-{number}",
                                        "author": vector, "date": None, "parent": None,
                                        "removed": False, "order": 1, "time": vector}, vector)
        write(folder / "comment-2.md", {"type": "comment", "id": "c2", "post": f"xss-{number}",
                                        "author": "Reply", "date": None, "parent": "c1",
                                        "removed": False, "order": 2}, vector)
    build_site(load_config(root), reporter=Reporter(stream=io.StringIO()))
    return root / "_site"


def test_battery_is_big_enough() -> None:
    assert len(VECTORS) >= 50


def test_feed_and_sitemap_stay_well_formed_xml(hostile_site: Path) -> None:
    feed = ET.parse(hostile_site / "feed.xml").getroot()
    titles = {e.text for e in feed.iter("{http://www.w3.org/2005/Atom}title")}
    assert set(VECTORS[-18:]) & titles  # the hostile titles come back as plain text
    ET.parse(hostile_site / "sitemap.xml")


def test_no_vector_executes_on_any_page(browser: Any, hostile_site: Path,
                                        static_server: Callable[[Path, str], str]) -> None:
    base = static_server(hostile_site, "/REPO/")
    context = browser.new_context(bypass_csp=True)  # test the sanitiser, not the CSP
    context.add_init_script(HOOK)
    page = context.new_page()
    # a redirect page's one script (static/redirect.js) leaves the page: kept out here so
    # that the page itself is poked like any other (tests/test_oldurls*.py follow them)
    page.route("**/static/redirect.js", lambda route: route.abort())
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    executed: dict[str, list[str]] = {}
    unsafe: dict[str, list[str]] = {}
    # Blogger's old archive addresses redirect to a month and show nothing but its
    # number (no input text): one of them is enough
    days = sorted(hostile_site.glob("*_archive.html"))
    pages = sorted(set(hostile_site.rglob("*.html")) - set(days[1:]))
    assert len(pages) > 3 * len(VECTORS)
    for file in pages:
        rel = quote(file.relative_to(hostile_site).as_posix().removesuffix("index.html"))
        page.goto(base + rel)
        if page.url != base + rel:
            executed[rel] = [f"navigated to {page.url}"]
            continue
        bad = page.evaluate(POKE)
        for y in (150, 450, 750):  # a real pointer crossing the page
            page.mouse.move(100, y)
            page.mouse.move(700, y, steps=2)
        page.keyboard.press("Tab")
        hits = page.evaluate("window.__xss")
        if hits:
            executed[rel] = hits
        if bad:
            unsafe[rel] = bad
    context.close()
    assert dialogs == []
    assert executed == {}
    assert unsafe == {}


def test_hostile_text_is_shown_as_text(hostile_site: Path) -> None:
    html = (hostile_site / "2017/01/xss-1/index.html").read_text()
    assert "<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>" in html
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt; · " in html
    assert re.search(r"<script>alert", html) is None
