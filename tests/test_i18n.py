"""The site's language: catalogues (shipped, overridden, added), Babel dates, plural
forms, the catalogues kept in step with the templates, split's guess of a post's
language, `archive init --language`, and the catalogue as an input of every page."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from builder.build import build_site
from builder.config import load_config, parse_config
from builder.errors import ArchiveError, BuildError
from builder.i18n import SHIPPED, load_language
from builder.present import Dates
from builder.report import Reporter
from builder.split.language import other_language, printed_language

REPO = Path(__file__).resolve().parent.parent
LANGUAGES = ("en", "es", "fr", "de", "pt", "it", "nl", "pl", "ar")


def _po(messages: dict[str, str], language: str) -> str:
    head = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=utf-8\\n"\n'
            f'"Language: {language}\\n"\n\n')
    return head + "".join(f'msgid "{k}"\nmsgstr "{v}"\n\n' for k, v in messages.items())


@pytest.mark.parametrize("language,long,full,month", [
    ("en", "February 6, 2016", "Saturday, February 6, 2016", "February 2016"),
    ("es", "6 de febrero de 2016", "sábado, 6 de febrero de 2016", "Febrero de 2016"),
    ("de", "6. Februar 2016", "Samstag, 6. Februar 2016", "Februar 2016"),
    ("fr", "6 février 2016", "samedi 6 février 2016", "Février 2016"),
    ("pt", "6 de fevereiro de 2016", "sábado, 6 de fevereiro de 2016", "Fevereiro de 2016"),
    ("pl", "6 lutego 2016", "sobota, 6 lutego 2016", "Luty 2016"),
])
def test_dates_and_month_names_are_the_languages(language: str, long: str, full: str,
                                                 month: str) -> None:
    dates = Dates(load_language(language).locale)
    assert dates.date("2016-02-06") == long
    assert dates.date("2016-02-06", "full") == full
    assert dates.month_year("2016", "02") == month
    assert dates.date("2016-02-06T21:14", clock="24").startswith(long) and "21:14" in dates.date(
        "2016-02-06T21:14", clock="24")


@pytest.mark.parametrize("language,forms", [
    ("en", ["0 comments", "1 comment", "2 comments", "5 comments"]),
    ("es", ["0 comentarios", "1 comentario", "2 comentarios", "5 comentarios"]),
    ("fr", ["0 commentaire", "1 commentaire", "2 commentaires", "5 commentaires"]),
    ("de", ["0 Kommentare", "1 Kommentar", "2 Kommentare", "5 Kommentare"]),
    ("pt", ["0 comentário", "1 comentário", "2 comentários", "5 comentários"]),
    ("pl", ["0 komentarzy", "1 komentarz", "2 komentarze", "5 komentarzy"]),
])
def test_plural_forms_follow_the_language(language: str, forms: list[str]) -> None:
    lang = load_language(language)
    said = [lang.ngettext("%(num)d comment", "%(num)d comments", n) % {"num": n}
            for n in (0, 1, 2, 5)]
    assert said == forms


def test_every_shipped_catalogue_translates_every_message() -> None:
    template = read_po((SHIPPED / "en.po").open("rb"))
    ids = {m.id if isinstance(m.id, str) else m.id[0] for m in template if m.id}
    assert len(ids) > 80
    for language in LANGUAGES[1:]:
        catalogue = read_po((SHIPPED / f"{language}.po").open("rb"))
        have = {m.id if isinstance(m.id, str) else m.id[0]: m.string for m in catalogue if m.id}
        assert set(have) == ids, language
        empty = [k for k, v in have.items() if not v or (isinstance(v, tuple) and not all(v))]
        assert empty == [], language


def test_the_catalogues_hold_exactly_the_templates_messages() -> None:
    """tools/catalogues.py --check: en.po is what the templates mark, no more, no less."""
    done = subprocess.run([sys.executable, str(REPO / "tools" / "catalogues.py"), "--check"],
                          capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_new_marked_string_puts_the_catalogues_out_of_step(tmp_path: Path) -> None:
    sys.path.insert(0, str(REPO / "tools"))
    try:
        import catalogues
    finally:
        sys.path.remove(str(REPO / "tools"))
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "x.html").write_text('{{ _("Older") }} {{ _("A brand new phrase") }}')
    locales = tmp_path / "locales"
    locales.mkdir()
    (locales / "es.po").write_text(_po({"Older": "Más antiguas", "Gone": "Ido"}, "es"))
    texts = catalogues.updated(locales, templates)
    es = read_po(io.BytesIO(texts[locales / "es.po"]))
    kept = {m.id: m.string for m in es if m.id}
    assert kept["Older"] == "Más antiguas" and kept["A brand new phrase"] == ""
    assert "Gone" not in kept  # no template says it any more
    en = read_po(io.BytesIO(texts[locales / "en.po"]))
    assert [m.id for m in en if m.id][:2] == ["Older", "A brand new phrase"]


def test_a_project_catalogue_overrides_words_and_adds_a_language(tmp_path: Path) -> None:
    (tmp_path / "locales").mkdir()
    (tmp_path / "locales" / "es.po").write_text(_po({"Tags": "Temas"}, "es"))
    (tmp_path / "locales" / "sv.po").write_text(_po({"Tags": "Etiketter"}, "sv"))
    es = load_language("es", tmp_path)
    assert es.gettext("Tags") == "Temas"  # the owner's word
    assert es.gettext("Archive") == "Archivo"  # the rest still shipped
    sv = load_language("sv", tmp_path)
    assert sv.catalogued and sv.gettext("Tags") == "Etiketter"
    assert sv.gettext("Archive") == "Archive"  # untranslated: as the template says
    assert Dates(sv.locale).date("2016-02-06") == "6 februari 2016"
    assert not load_language("sv").catalogued


def test_a_regional_code_uses_its_language_catalogue() -> None:
    lang = load_language("pt-BR")
    assert lang.gettext("Archive") == "Arquivo"
    assert lang.code == "pt-BR"


def test_a_broken_catalogue_is_one_line_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "locales").mkdir()
    bad = tmp_path / "locales" / "es.po"
    bad.write_text('msgid "Tags"\nmsgstr "Temas"\nTags = Temas\n', encoding="utf-8")
    with pytest.raises(BuildError) as caught:
        load_language("es", tmp_path)
    assert str(caught.value).startswith(str(bad))


def test_right_to_left_languages_say_so() -> None:
    assert load_language("ar").direction == "rtl"
    assert load_language("he").direction == "rtl"
    assert load_language("es").direction == "ltr"


def test_site_yaml_refuses_an_unknown_language(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError, match="'language' 'xx-nope'"):
        parse_config({"language": "xx-nope"}, tmp_path)
    assert parse_config({"language": "pt-BR"}, tmp_path).language == "pt-BR"


@pytest.mark.parametrize("lines,language", [
    (["Saturday, February 6, 2016", "2 comments:"], "en"),
    (["jueves, 19 de septiembre de 2013", "2 comentarios:"], "es"),
    (["Donnerstag, 14. Januar 2016", "Eingestellt von Jens um 10:14", "3 Kommentare"], "de"),
    (["quinta-feira, 14 de janeiro de 2016", "2 comentários:"], "pt"),
    (["jeudi 14 janvier 2016", "3 commentaires:"], "fr"),
    (["2016-02-06"], None),  # nothing telling
    (["sábado, 6 de abril de 2016"], None),  # es or pt: not clear
    (["Saturday, 6 de febrero de 2016"], None),  # two languages: not clear
])
def test_split_tells_the_language_of_printed_lines(lines: list[str],
                                                   language: str | None) -> None:
    assert printed_language(lines) == language


def test_split_marks_only_a_language_other_than_the_sites() -> None:
    english = ["Saturday, February 6, 2016", "2 comments:"]
    assert other_language(english, "es") == "en"
    assert other_language(english, "en-GB") is None
    assert other_language(["jueves, 19 de septiembre de 2013"], "es-MX") is None


def test_init_language_writes_site_yaml_in_that_language(tmp_path: Path) -> None:
    from builder.scaffold import run_init

    run_init(tmp_path / "blog", Reporter(verbosity=0, stream=io.StringIO()), language="es")
    text = (tmp_path / "blog" / "site.yaml").read_text(encoding="utf-8")
    assert re.search(r'^language: "es"$', text, re.M)
    assert "# The language of the pages" in text  # the comments stay in English
    assert load_config(tmp_path / "blog").language == "es"
    with pytest.raises(ArchiveError, match="--language"):
        run_init(tmp_path / "other", Reporter(verbosity=0), language="nope-nope")
    assert not (tmp_path / "other").exists()


def _project(root: Path, language: str) -> Path:
    import shutil

    for sub in ("templates", "static"):
        shutil.copytree(REPO / sub, root / sub)
    (root / "site.yaml").write_text(f'title: "Archivo"\nlanguage: "{language}"\n'
                                    'base_url: "/"\n', encoding="utf-8")
    post = root / "content" / "2016" / "una-entrada"
    post.mkdir(parents=True)
    (post / "post.md").write_text(
        '---\ntype: post\nid: una-entrada\ntitle: "Una entrada"\ndate: "2016-02-06"\n'
        'source: "x.txt"\n---\nUn texto.\n', encoding="utf-8")
    return root


def test_editing_a_project_catalogue_rebuilds_the_pages(tmp_path: Path) -> None:
    """The catalogue is an input of every page: an incremental build after a .po edit
    shows the new word (and a page it does not touch stays as it was)."""
    root = _project(tmp_path, "es")
    quiet = Reporter(verbosity=0, stream=io.StringIO())
    build_site(load_config(root), reporter=quiet)
    page = root / "_site" / "2016" / "02" / "una-entrada" / "index.html"
    assert ">Etiquetas</a>" in page.read_text(encoding="utf-8")
    (root / "locales").mkdir()
    (root / "locales" / "es.po").write_text(_po({"Tags": "Temas"}, "es"), encoding="utf-8")
    result = build_site(load_config(root), reporter=quiet)
    assert not result.skipped
    html = page.read_text(encoding="utf-8")
    assert ">Temas</a>" in html and ">Etiquetas</a>" not in html
    assert "2016/02/una-entrada/index.html" in result.changed
    (root / "locales" / "es.po").write_text(_po({"Tags": "Rótulos"}, "es"), encoding="utf-8")
    build_site(load_config(root), reporter=quiet)
    assert ">Rótulos</a>" in page.read_text(encoding="utf-8")


def test_a_language_without_a_catalogue_warns_and_builds_in_english(tmp_path: Path) -> None:
    root = _project(tmp_path, "sv")
    result = build_site(load_config(root), reporter=Reporter(verbosity=0, stream=io.StringIO()))
    assert any("no message catalogue speaks 'sv'" in w for w in result.warnings)
    html = (root / "_site" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="sv" dir="ltr">' in html and ">Tags</a>" in html
    assert "6 februari 2016" in html  # Babel's Swedish dates all the same
