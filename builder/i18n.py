"""The site's language: its message catalogues, its dates, its direction.

Takes: `site.yaml`'s `language` (a BCP 47 code such as `es`, `pt-BR`, `ar`) and the
project folder.  Gives: a `Language`, whose `translations` Jinja's i18n extension
uses (`{% trans %}`, `_()`, `ngettext`), whose `locale` formats dates (Babel, through
`builder.present`), and whose `direction` is `rtl` or `ltr`.

Catalogues are gettext `.po` files, compiled when they are read (Babel):
`builder/locales/<lang>.po` ships with the tool; `locales/<lang>.po` in the project
overrides its messages one by one, or adds a language.  The most specific file wins
(`locales/pt_BR.po`, then `locales/pt.po`, then the shipped `pt_BR.po`, `pt.po`);
a message no file translates stays as written in the templates (English).
"""

from __future__ import annotations

import gettext
import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from babel import Locale, UnknownLocaleError

from builder.errors import BuildError

SHIPPED = Path(__file__).resolve().parent / "locales"
PROJECT_FOLDER = "locales"  # in the project: the owner's own catalogues
SOURCE_LANGUAGE = "en"  # the language the templates are written in
# Words the Markdown renderer puts around pictures (builder.markup.localize)
PICTURE_WORDS = {"image_alt": "Image: %(alt)s", "image": "Image",
                 "full_size": "The picture at full size", "link_to": "Link to %(host)s"}


@dataclass(frozen=True)
class Language:
    code: str  # as site.yaml gives it: the pages' lang attribute
    locale: Locale
    translations: gettext.NullTranslations
    catalogued: bool  # some catalogue (shipped or the owner's) speaks this language

    @property
    def direction(self) -> str:
        return "rtl" if self.locale.character_order == "right-to-left" else "ltr"

    def gettext(self, message: str) -> str:
        return self.translations.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.translations.ngettext(singular, plural, n)

    def picture_words(self) -> dict[str, str]:
        return {key: self.gettext(message) for key, message in PICTURE_WORDS.items()}

    def plurals(self, singular: str, plural: str) -> dict[str, str]:
        """The message in each plural form of the language, by its CLDR category
        ('one', 'few', 'many', 'other', ...): for a script that counts (search.js
        picks one with Intl.PluralRules)."""
        return {category: self.ngettext(singular, plural, n)
                for category, n in _plural_samples(self.locale).items()}


@lru_cache(maxsize=32)
def _plural_samples(locale: Locale) -> dict[str, int]:
    """A whole number of each plural category of the language (the smallest)."""
    samples: dict[str, int] = {}
    for n in range(0, 1000):
        samples.setdefault(locale.plural_form(n), n)
    return samples


def parse_locale(code: str) -> Locale | None:
    """The Babel locale of a language code, or None when Babel knows no such language."""
    try:
        return Locale.parse((code or SOURCE_LANGUAGE).replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return None


def catalogue_files(code: str, project: Path | None) -> list[Path]:
    """The catalogues that speak `code`, the one that wins first."""
    locale = parse_locale(code)
    names = [code, code.replace("-", "_")]
    if locale is not None:
        names += [str(locale), locale.language]
    names = list(dict.fromkeys(n for n in names if n))
    folders = [project / PROJECT_FOLDER] if project is not None else []
    folders.append(SHIPPED)
    return [folder / f"{name}.po" for folder in folders for name in names
            if (folder / f"{name}.po").is_file()]


def project_catalogues(project: Path) -> list[Path]:
    """Every catalogue the owner put in the project (an input of every page)."""
    folder = project / PROJECT_FOLDER
    return sorted(folder.glob("*.po")) if folder.is_dir() else []


def load_language(code: str, project: Path | None = None) -> Language:
    """The `Language` of site.yaml's `language`, its catalogues read and compiled."""
    files = catalogue_files(code, project)
    versions = tuple((str(f), *_version(f)) for f in files)
    return _load(code or SOURCE_LANGUAGE, versions)


def _version(path: Path) -> tuple[int, int]:
    """Which version of a catalogue file this is (a new one is compiled again)."""
    st = path.stat()
    return st.st_size, st.st_mtime_ns


@lru_cache(maxsize=16)
def _load(code: str, versions: tuple[tuple[str, int, int], ...]) -> Language:
    locale = parse_locale(code)
    if locale is None:
        raise BuildError(f"unknown language '{code}' (use a code such as 'en', 'es', "
                         "'pt-BR', 'ar')", "site.yaml")
    chain: gettext.NullTranslations = gettext.NullTranslations()
    for path, _size, _mtime in reversed(versions):  # the weakest first, each wrapping it
        compiled = compile_catalogue(Path(path), locale)
        compiled.add_fallback(chain)
        chain = compiled
    catalogued = bool(versions) or locale.language == SOURCE_LANGUAGE
    return Language(code or SOURCE_LANGUAGE, locale, chain, catalogued)


def compile_catalogue(path: Path, locale: Locale | None = None) -> gettext.GNUTranslations:
    """A `.po` file compiled (as `.mo` bytes, in memory) and read by gettext."""
    # imported here: reading site.yaml (which checks the language) needs Babel's
    # locales, not its catalogue tools
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import PoFileError, read_po

    try:
        with path.open("rb") as handle:
            catalogue = read_po(handle, locale=locale, abort_invalid=True)
    except PoFileError as exc:
        line = getattr(exc, "lineno", None)
        raise BuildError(f"not a valid message catalogue: {exc}", path, line) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BuildError(f"cannot read the message catalogue: {exc}", path) from None
    buffer = io.BytesIO()
    write_mo(buffer, catalogue)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)
