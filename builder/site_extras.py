"""The files of a site that no page plan makes: static/, the stored pictures, and
what GitHub Pages reads (`.nojekyll`, `CNAME`).

Takes: the site config and the writer of the site being built.  Gives: those files
written (or taken over unchanged from the current site) and the site paths whose
bytes changed.
"""

from __future__ import annotations

from builder.config import SiteConfig
from builder.images.store import Store
from builder.output import SiteWriter
from builder.pages_git import pages_files


def write_extras(config: SiteConfig, writer: SiteWriter) -> list[str]:
    """static/, the pictures, .nojekyll and CNAME; the paths whose bytes changed."""
    changed = writer.copy_tree(config.static_dir, "static") if config.static_dir.is_dir() else []
    changed += copy_pictures(writer, Store(config.content_dir, read=False))
    changed += [name for name, data in pages_files(config.cname).items()
                if writer.write(name, data)]
    return changed


def copy_pictures(writer: SiteWriter, store: Store) -> list[str]:
    """The stored pictures into the site's images/; their names are hashes of their
    bytes, so the current site's copy is taken over as it is when it has one."""
    changed = []
    for rel, path in store.pictures():
        h = writer.reuse_live(rel, rel)
        if h is not None:
            writer.record(rel, h, rel)
            continue
        if writer.write(rel, path.read_bytes()):
            changed.append(rel)
        writer.keys[rel] = rel
    return changed
