"""Content files rewritten to their stored pictures.

Each picture's address becomes the stored name (`images/ab/<hash>.jpg`), followed
by `#<width>x<height>` when the address asked for a displayed size (`/s320/`,
`=w400-h300`): the page shows the picture at that size, the file is the full one.
A link that wrapped the picture to its larger version is rewritten to the stored
file too; a link to anything else is left alone.  Only the body changes; the
front matter is kept byte for byte (`builder.frontmatter.with_body`), and the old
addresses are in the store's sidecar.  A file is replaced atomically.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from builder.frontmatter import split_file, with_body
from builder.images.blogger import displayed_size, fetch_address, same_picture
from builder.images.refs import Ref, find, replace
from builder.images.store import Store


def picture_key(ref: Ref) -> str:
    """What one picture is known by: its full-size address, or for a `data:` image a
    hash of its bytes."""
    address = fetch_address(ref.src, ref.href)
    if address is None:
        return "data:sha256," + hashlib.sha256(ref.src.encode()).hexdigest()
    return address


def shown_size(src: str, natural: tuple[int, int] | None) -> tuple[int, int] | None:
    """The size a page showed `src` at, from its address and the picture's own size;
    None when it showed the picture at its own size."""
    if natural is None:
        return None
    width, height, longest = displayed_size(src)
    nat_w, nat_h = natural
    if longest is not None:
        scale = min(1.0, longest / max(nat_w, nat_h))
    elif width is not None and height is not None:
        scale = min(1.0, width / nat_w, height / nat_h)
    elif width is not None:
        scale = min(1.0, width / nat_w)
    elif height is not None:
        scale = min(1.0, height / nat_h)
    else:
        return None
    if scale >= 1.0:
        return None
    return max(1, round(nat_w * scale)), max(1, round(nat_h * scale))


def _changes(ref: Ref, name: str, store: Store) -> dict[tuple[int, int], str]:
    size = shown_size(ref.src, store.size(name))
    changes = {ref.src_span: name + (f"#{size[0]}x{size[1]}" if size else "")}
    if ref.href is not None and ref.href_span is not None and (
            same_picture(ref.src, ref.href) or fetch_address(ref.href) == fetch_address(ref.src)):
        changes[ref.href_span] = name
    return changes


def rewrite_file(path: Path, stored: dict[str, str], store: Store) -> bool:
    """Point a content file's pictures at the store (`stored`: `picture_key` -> stored
    name); True when the file changed."""
    text = path.read_text(encoding="utf-8")
    _, body, _ = split_file(text, str(path))
    changes: dict[tuple[int, int], str] = {}
    for ref in find(body):
        name = stored.get(picture_key(ref))
        if name is not None and not ref.local:
            changes.update(_changes(ref, name, store))
    if not changes:
        return False
    new = with_body(text, str(path), replace(body, changes))
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(new, encoding="utf-8")
    os.replace(tmp, path)
    return True
