"""The template machinery (builder.render_env, builder.render_code) renders what Jinja's
own would: a theme's names win over the site's globals, messages follow autoescape,
control characters go from short and long texts alike.  Real templates, real Renderer,
the fixture archive."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.config import load_config
from builder.load import load_archive
from builder.plan import plan_site
from builder.render import Renderer
from builder.urls import Urls
from tests.sitefixture import copy_fixture


def renderer(site: Path) -> Renderer:
    config = load_config(site)
    archive = load_archive(config.content_dir, config.root)
    urls = Urls.from_base(config.base_url, config.permalink)
    return Renderer(config, urls, plan_site(archive, config, urls), search=False)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_fixture(tmp_path_factory.mktemp("render-env"))


def render(site: Path, name: str, source: str, **context: object) -> str:
    (site / "templates" / name).write_text(source, encoding="utf-8")
    return renderer(site).env.get_template(name).render(**context)


def test_a_theme_macro_named_like_a_global_is_what_every_page_part_calls(site: Path) -> None:
    """base.html calls url('archive/') with a constant and url(...) elsewhere: a child
    template's own `url` macro is the one called, in the child and in base.html."""
    page = render(site, "own-url.html", '{% extends "base.html" %}'
                  '{% macro url(path="") %}/elsewhere/{{ path }}{% endmacro %}'
                  '{% block content %}<a id="x" href="{{ url(here) }}">x</a>{% endblock %}',
                  here="p/")
    assert '<a href="/elsewhere/archive/">' in page
    assert '<a id="x" href="/elsewhere/p/">' in page
    assert 'href="/elsewhere/feed.xml"' in page


def test_a_page_variable_named_like_a_global_wins(site: Path) -> None:
    page = render(site, "vars.html", "{{ static('site.css') }}|{{ post_title(p) }}",
                  static=lambda name: "STATIC:" + name, post_title=lambda p: "TITLE:" + p, p="a")
    assert page == "STATIC:site.css|TITLE:a"


def test_the_site_globals_still_give_their_own_results(site: Path) -> None:
    page = render(site, "globals.html", "{{ static('site.css') }}|{{ url('tags/') }}|"
                  "{{ _('Archive') }}|{{ url(path) }}", path="a b/")
    assert page == "/REPO/static/site.css|/REPO/tags/|Archive|/REPO/a%20b/"


def test_messages_are_safe_in_html_and_plain_text_elsewhere(site: Path) -> None:
    """A message is Markup in an autoescaped template, not in a .txt one: `|e` leaves
    the first alone and escapes the second, as Jinja's i18n does."""
    source = "{{ _('Fish & chips')|e }}|{% autoescape false %}{{ b }}{% endautoescape %}"
    assert render(site, "message.html", source, b="<b>") == "Fish & chips|<b>"
    assert render(site, "message.txt", source, b="<b>") == "Fish &amp; chips|<b>"


def test_messages_take_any_variable_name(site: Path) -> None:
    """As Jinja's i18n: a message's variables may be named `string` or `num` too."""
    page = render(site, "names.html",
                  "{{ _('%(string)s & %(eval_ctx)s', string='<a>', eval_ctx=1) }}|"
                  "{{ ngettext('%(num)d day', '%(num)d days', 3, num=4) }}|"
                  "{{ ngettext('%(num)d day', '%(num)d days', 3) }}")
    assert page == "&lt;a&gt; & 1|4 days|3 days"


@pytest.mark.parametrize("flag", [True, False])
def test_autoescape_decided_while_rendering_is_honoured(site: Path, flag: bool) -> None:
    page = render(site, "volatile.html", "{% autoescape flag %}{{ x }}{{ _('Tags') }}"
                  "{% endautoescape %}", flag=flag, x="<i>")
    assert page == ("&lt;i&gt;Tags" if flag else "<i>Tags")


@pytest.mark.parametrize("length", [5, 63, 64, 65, 3000])
def test_control_characters_go_from_short_and_long_texts(site: Path, length: int) -> None:
    text = ("\x07a\u00e9\x1f" * length)[:length] + "\x7f\t\n\r<"
    page = render(site, "controls.html", "{{ text }}|{{ safe }}", text=text,
                  safe=renderer(site).markdown("x\x0b" + "y" * length))
    assert not any(ch in page for ch in "\x07\x1f\x7f\x0b")
    assert page.startswith(text.translate({7: None, 0x1F: None, 0x7F: None})
                           .replace("<", "&lt;"))
    assert "\t\n\r" in page and "&lt;|" in page


def test_a_loop_calling_a_context_function_sees_its_loop_variables(site: Path) -> None:
    """A global marked pass_context still gets the loop's variables (Jinja's i18n
    `pgettext` is one: here its context's view of `x`)."""
    import jinja2

    r = renderer(site)

    @jinja2.pass_context
    def seen(context: jinja2.runtime.Context) -> object:
        return context.get("x")

    r.env.globals["seen"] = seen
    r.env.direct.pop("seen", None)  # (direct: what the environment was made with)
    template = r.env.from_string("{% for i in [1, 2] %}{% set x = i * 10 %}{{ seen() }},"
                                 "{% endfor %}")
    assert template.render() == "10,20,"
