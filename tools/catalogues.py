"""Keep the message catalogues in step with the templates (a developer's tool).

    python tools/catalogues.py          # rewrite builder/locales/en.po from the
                                        # templates, then update every other .po
    python tools/catalogues.py --check  # exit 1 when a catalogue is out of step

`en.po` is the template catalogue: every message the theme marks (`_()`,
`ngettext()`, `{% trans %}`, and `plurals()` for search.js's counted texts), with
empty translations.  The other catalogues get new messages added (empty: English
shows until someone translates them) and stale ones dropped; their translations are
kept.  The build compiles the `.po` files itself (builder/i18n.py): no `.mo` to ship.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.pofile import read_po, write_po

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from builder.i18n import PICTURE_WORDS

REPO = Path(__file__).resolve().parent.parent
TEMPLATES = REPO / "templates"
LOCALES = REPO / "builder" / "locales"
KEYWORDS = {**DEFAULT_KEYWORDS, "plurals": (1, 2)}
METHODS = [("**.html", "jinja2.ext:babel_extract"), ("**.xml", "jinja2.ext:babel_extract")]
OPTIONS = {"**": {"extensions": "jinja2.ext.i18n", "trimmed": "true"}}


def extract(templates: Path = TEMPLATES) -> Catalog:
    """Every marked message of the templates, in the order they first appear."""
    catalogue = Catalog(locale="en", project="blog-archive", fuzzy=False)
    for filename, lineno, message, comments, context in extract_from_dir(
            str(templates), METHODS, OPTIONS, KEYWORDS, strip_comment_tags=True):
        catalogue.add(message, None, [(f"templates/{filename}", lineno)],
                      auto_comments=comments, context=context)
    for message in PICTURE_WORDS.values():  # said by the Markdown renderer (builder.markup)
        catalogue.add(message, None, [("builder/i18n.py", 1)])
    return catalogue


def _po(catalogue: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalogue, width=100, omit_header=False, sort_output=False, no_location=True,
             ignore_obsolete=True, include_previous=False)
    return out.getvalue()


def updated(locales: Path = LOCALES, templates: Path = TEMPLATES) -> dict[Path, bytes]:
    """Each catalogue's text as it should be."""
    template = extract(templates)
    texts = {locales / "en.po": _po(template)}
    for path in sorted(locales.glob("*.po")):
        if path.name == "en.po":
            continue
        with path.open("rb") as handle:
            catalogue = read_po(handle)
        catalogue.update(template, no_fuzzy_matching=True, update_header_comment=False)
        catalogue.obsolete.clear()
        texts[path] = _po(catalogue)
    return texts


def _headerless(data: bytes) -> bytes:
    """A catalogue without its header's dates (which change on every write)."""
    return b"\n".join(line for line in data.splitlines()
                      if not line.startswith((b'"POT-Creation-Date', b'"PO-Revision-Date')))


def main(argv: list[str]) -> int:
    stale = []
    for path, data in updated().items():
        old = path.read_bytes() if path.exists() else b""
        if _headerless(old) != _headerless(data):
            stale.append(path)
            if "--check" not in argv:
                path.write_bytes(data)
    for path in stale:
        print(f"{path.relative_to(REPO)}: {'out of step' if '--check' in argv else 'updated'}")
    return 1 if stale and "--check" in argv else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
