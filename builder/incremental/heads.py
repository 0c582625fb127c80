"""Which templates show of a tag or commenter only its head.

A paged tag or commenter page lists a few of its view's members (its pager's
items) and shows of the view itself its name, slug, URL, aliases (the
placeholder names of the anonymous readers' group) and number of members.
When a template (with every template it extends, includes or imports with
context) does no more than that with `tag`, `commenter` and the items of loops over
`tags`, `commenters` or `anonymous` (the commenters index's group of anonymous
readers), and never touches `page`, its pages are keyed on those heads: an edit to
one post re-renders the one page of a 1,000-page commenter that lists it, not all
1,000.  Any other use (a loop over `tag.posts`, a view passed to
a macro, a template named at run time) keys the page on all of each view.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import jinja2
from jinja2 import nodes

VIEW_NAMES = frozenset({"tag", "commenter"})
LIST_NAMES = frozenset({"tags", "commenters", "anonymous"})  # lists of views (the index pages)
HEADED = VIEW_NAMES | LIST_NAMES  # context names keyed on heads when heads_only
VIEW_ATTRS = ("name", "slug", "url")  # what every view has
HEAD_ATTRS = frozenset({*VIEW_ATTRS, "aliases"})  # what a head holds (a tag has no aliases)
MEMBER_ATTRS = frozenset({"posts", "comments"})
# the extensions of the render environment (builder/render.py): a template it reads
# must parse here too, or every page is keyed on whole views
_PARSER = jinja2.Environment(extensions=["jinja2.ext.i18n"])


def is_view(value: Any) -> bool:
    return all(hasattr(value, a) for a in VIEW_ATTRS) and any(
        isinstance(getattr(value, a, None), list) for a in MEMBER_ATTRS)


def head(view: Any) -> tuple[str, str, str, str, tuple[str, ...], int]:
    members = next(getattr(view, a) for a in MEMBER_ATTRS
                   if isinstance(getattr(view, a, None), list))
    return (type(view).__name__, view.name, view.slug, view.url,
            tuple(getattr(view, "aliases", ())), len(members))


def heads_only(template: str, source: Callable[[str], str | None]) -> bool:
    """True when `template` shows of its views only their heads (see above);
    `source(name)`: a template's text, None when there is none."""
    return _uses_heads(template, source, set())


def reads_pager_items(template: str, source: Callable[[str], str | None]) -> bool:
    """False when `template` (with what it extends, includes or imports) never reads
    `pager.items`: it uses `pager` only for its other fields (number, total, the
    URLs), itself or through macros it passes `pager` to.  Such a page does not
    depend on the items (the commenters index lists its `commenters`, which are the
    pager's items, keyed on their heads).  True whenever that cannot be shown."""
    return _reads_items(template, source, set())


def _reads_items(name: str, source: Callable[[str], str | None], seen: set[str]) -> bool:
    if name in seen:
        return False
    seen.add(name)
    tree = _parse(source(name))
    if tree is None:
        return True
    macros: dict[str, tuple[str, str]] = {}  # local name -> (template, macro)
    for node in tree.find_all((nodes.Extends, nodes.Include, nodes.Import, nodes.FromImport)):
        other = node.template  # type: ignore[attr-defined]
        if not (isinstance(other, nodes.Const) and isinstance(other.value, str)):
            return True  # a template named at run time
        if isinstance(node, nodes.FromImport) and not node.with_context:
            for item in node.names:
                macro, local = item if isinstance(item, tuple) else (item, item)
                macros[local] = (other.value, macro)
        elif isinstance(node, nodes.Import) and not node.with_context:
            continue  # `import ... as m`: a call m.x(pager) is refused below
        elif _reads_items(other.value, source, seen):
            return True
    return not _pager_fields_only(tree, "pager", macros, source)


def _pager_fields_only(tree: nodes.Node, name: str, macros: dict[str, tuple[str, str]],
                       source: Callable[[str], str | None]) -> bool:
    """Every use of `name` in `tree` is `name.<field other than items>` or an argument
    of an imported macro that itself uses it so."""
    for parent in tree.find_all(nodes.Node):
        for child in parent.iter_child_nodes():
            if not (isinstance(child, nodes.Name) and child.name == name
                    and child.ctx == "load"):
                continue
            if isinstance(parent, nodes.Getattr) and parent.attr != "items":
                continue
            if not (isinstance(parent, nodes.Call) and isinstance(parent.node, nodes.Name)
                    and parent.node.name in macros and child in parent.args):
                return False
            where, macro = macros[parent.node.name]
            if not _macro_param_fields_only(where, macro, parent.args.index(child), source):
                return False
    return True


def _macro_param_fields_only(template: str, macro: str, position: int,
                             source: Callable[[str], str | None]) -> bool:
    tree = _parse(source(template))
    if tree is None:
        return False
    for node in tree.find_all(nodes.Macro):
        if node.name == macro and position < len(node.args):
            return _pager_fields_only(nodes.Template(node.body),
                                      node.args[position].name, {}, source)
    return False


@functools.lru_cache(maxsize=32)
def _parse(text: str | None) -> nodes.Template | None:
    """A template's tree, read only; parsed once for every template that extends,
    includes or imports it (each template's reading walks them all: base.html was
    parsed twice for each page template)."""
    if text is None:
        return None
    try:
        return _PARSER.parse(text)
    except jinja2.TemplateError:
        return None


def _uses_heads(name: str, source: Callable[[str], str | None], seen: set[str]) -> bool:
    if name in seen:
        return True
    seen.add(name)
    tree = _parse(source(name))
    if tree is None:
        return False
    views = set(VIEW_NAMES)
    for loop in tree.find_all(nodes.For):
        if (isinstance(loop.iter, nodes.Name) and loop.iter.name in LIST_NAMES
                and isinstance(loop.target, nodes.Name)):
            views.add(loop.target.name)  # its every use is then checked as a view's
    if not _heads_only(tree, None, None, frozenset(views)):
        return False
    for node in tree.find_all((nodes.Extends, nodes.Include, nodes.Import, nodes.FromImport)):
        if isinstance(node, (nodes.Import, nodes.FromImport)) and not node.with_context:
            continue  # its macros see only what they are passed, checked here
        other = node.template  # type: ignore[attr-defined]
        if not (isinstance(other, nodes.Const) and isinstance(other.value, str)):
            return False  # a template named at run time
        if not _uses_heads(other.value, source, seen):
            return False
    return True


def _heads_only(node: nodes.Node, parent: nodes.Node | None, grandparent: nodes.Node | None,
                views: frozenset[str]) -> bool:
    """No `page`; views only as .name/.slug/.url or .posts|length; `tags` and
    `commenters` only as |length or what a for loop goes over."""
    if isinstance(node, nodes.Name) and node.ctx == "load":
        if node.name == "page":
            return False
        if node.name in LIST_NAMES:
            if isinstance(parent, nodes.For) and parent.iter is node:
                return isinstance(parent.target, nodes.Name)
            return (isinstance(parent, nodes.Filter) and parent.node is node
                    and parent.name in ("length", "count"))
        if node.name in views:
            if not isinstance(parent, nodes.Getattr):
                return False
            if parent.attr in HEAD_ATTRS:
                return True
            return (parent.attr in MEMBER_ATTRS and isinstance(grandparent, nodes.Filter)
                    and grandparent.name in ("length", "count") and grandparent.node is parent)
    return all(_heads_only(child, node, parent, views) for child in node.iter_child_nodes())
