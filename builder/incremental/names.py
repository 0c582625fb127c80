"""Names of model objects that outlive the process, and the page keys kept on disk
under them: what lets a fresh `archive build` after a one-post edit skip hashing
every page's context.

Takes: each post's id with the records of the files it was made from
(`ContentIndex.sources`).
Gives: `Names`, a name for each post (a hash of its files' paths, sizes, mtimes and
ctimes: the stamp the parse cache trusts), for its comments and notes (by place),
and for what the plan remembers of a named post (`remember`: its body parts,
comment tree and reply counts); and `KeyStore`, the last one-off build's page keys
by the pages' tokens in which a named object stands as its name
(`builder.incremental.tokens`), with its posts' digests by name.

Equal tokens mean equal contexts: a named object is a function of its files (made
by the same code: the store holds for one site key), the plan's lookups are equal
while their state is (`reach_state`, also kept), and everything else is in the
tokens value by value.  So a page whose tokens are the last build's has the last
build's key without its context being hashed; any other page is hashed as ever, and
its key, made from content, is what the site writer compares.  A fresh checkout
(every stamp new) finds no name and hashes everything, as before.
"""

from __future__ import annotations

import marshal
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from builder import cache_file
from builder.incremental.keys import digest

Remember = Callable[[str, Any, Callable[[], Any]], Any]
STORE_VERSION = 2


class Names:
    """id -> (object, its name) for the objects named in this build (kept alive by
    the entry, so no identity is reused); `posts`: the names whose digests are kept."""

    def __init__(self, files: Iterable[tuple[str, Iterable[Any]]] = ()) -> None:
        """`files`: each post's id with the records of the files it was made from."""
        self.known: dict[int, tuple[Any, bytes]] = {}
        self.posts: dict[int, tuple[Any, bytes]] = {}
        self._by_id = {post_id: b"=" + digest([(r.path, *r.stat) for r in records]).encode()
                       for post_id, records in files}

    def name_posts(self, posts: Iterable[Any]) -> None:
        """Name each post (made from the files given), its comments and notes."""
        for post in posts:
            name = self._by_id.get(post.id)
            if name is None:
                continue
            self.posts[id(post)] = self.known[id(post)] = (post, name)
            for number, comment in enumerate(post.comments):
                self.known[id(comment)] = (comment, b"%s:c%d" % (name, number))
            for number, note in enumerate(post.notes):
                self.known[id(note)] = (note, b"%s:n%d" % (name, number))

    def of(self, value: Any) -> bytes | None:
        found = self.known.get(id(value))
        return found[1] if found is not None and found[0] is value else None

    def post(self, value: Any) -> bytes | None:
        found = self.posts.get(id(value))
        return found[1] if found is not None and found[0] is value else None

    def remember(self, inner: Remember) -> Remember:
        """The plan's `remember`, naming what it gives for a named key after the key
        (each item of a tuple it gives, by place): it is made from the key alone."""
        def remember(kind: str, key: Any, make: Callable[[], Any]) -> Any:
            value = inner(kind, key, make)
            name = self.of(key)
            if name is not None:
                label = b"%s:%s" % (name, kind.encode())
                items = value if type(value) is tuple else (value,)
                for number, item in enumerate(items):
                    self.known[id(item)] = (item, b"%s:%d" % (label, number))
            return value
        return remember


class KeyStore:
    """The keys of the last one-off build's pages, by path: (digest of the page's
    tokens, key); the digests of its posts by name.  Loaded for one site key and
    one state of the plan's lookups (`start`); `save` keeps what this build used."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.pages: dict[str, tuple[str, str]] = {}
        self.digests: dict[bytes, str] = {}
        self.new_pages: dict[str, tuple[str, str]] = {}
        self.new_digests: dict[bytes, str] = {}
        # template -> (heads_only, reads_pager_items): the reading of the templates
        self.templates: dict[str, tuple[bool, bool]] = {}
        self._head: tuple[Any, ...] = ()

    def start(self, site_key: str, reach_state: Any) -> None:
        self._head = (STORE_VERSION, site_key, digest(reach_state))
        try:
            data = marshal.loads(self.path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return
        if not isinstance(data, tuple) or len(data) != 5:
            return
        head, pages, digests, code, templates = data
        if code != (STORE_VERSION, site_key):
            return
        self.digests = digests  # an object's digest holds whatever the plan's lookups
        self.templates = templates
        if head == self._head:
            self.pages = pages

    def key(self, path: str, tokens: str) -> str | None:
        found = self.pages.get(path)
        return found[1] if found is not None and found[0] == tokens else None

    def save(self, templates: dict[str, tuple[bool, bool]]) -> None:
        """Write what this build used (atomically; a cache: a failure is not an error)."""
        data = marshal.dumps((self._head, self.new_pages, self.new_digests, self._head[:2],
                              templates))
        cache_file.write(self.path, data)
