"""The Jinja environment pages render in, made cheap to run.

Takes: the templates folder, the project root (the bytecode cache), the site's
translations, globals, filters and undefined-value class.  Gives: a
`jinja2.Environment` (autoescape on for HTML and XML, control characters dropped from
every expression, the i18n extension) whose templates render the same bytes as
Jinja's own machinery would, with less of it per page:

- templates compile with `builder.render_code` (one `html_text` call per expression,
  direct calls of global functions, constant calls made once); `direct`, `pure`,
  `constant_calls` and `constant_texts` are what that code reads;
- `context.call` (what is still called through it: macros, methods) looks at the
  function called, not at Jinja's checks for callable objects, and the messages (`_`,
  `gettext`, `ngettext`) take the evaluation context, not a context derived for
  each call in a loop, each message translated once;
- a template's globals are one dict, not a ChainMap that every page copies item by
  item (and that every `{% from ... import %}` compares key by key).

Template authors see none of this: the same tags, filters, globals and blocks.
"""

from __future__ import annotations

import functools
import hashlib
import re
import types
from collections.abc import Callable, MutableMapping
from pathlib import Path
from typing import Any

import jinja2
import jinja2.runtime
from jinja2.nodes import EvalContext
from jinja2.utils import internalcode
from markupsafe import Markup, escape

from builder import render_code
from builder.render_code import PASS_CONTEXT, TemplateCode, pass_arg

try:  # markupsafe >= 2.1: the escaping alone, a str (escape() wraps it in Markup)
    from markupsafe._speedups import _escape_inner as _escaped
except ImportError:  # pragma: no cover - pure-Python markupsafe
    _escaped = escape


# C0 controls (but tab, LF, CR) and DEL are invalid in XML and in HTML text.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in b"\t\n\r") + b"\x7f"


def _has_controls(text: str) -> bool:
    """Whether the text holds a control character.  A long text (a post's HTML) is
    looked at as UTF-8, where each of them is one byte of its own: five times faster
    than the regular expression, which is faster on a short one."""
    if len(text) < 64:
        return _CONTROLS.search(text) is not None
    data = text.encode("utf-8", "surrogatepass")
    return len(data.translate(None, _CONTROL_BYTES)) != len(data)


def finalize(value: Any) -> Any:
    """Applied to every {{ expression }}: drop control characters from untrusted text."""
    if isinstance(value, str) and _has_controls(value):
        cleaned = _CONTROLS.sub("", value)
        return Markup(cleaned) if isinstance(value, Markup) else cleaned
    return value


def html_text(value: Any) -> str:
    """`escape(finalize(value))` as the text it adds to the page: a str, not a Markup
    (what an autoescaped template outputs is only ever joined into the page, a macro's
    result or a `{% set %}` block, each made Markup by Jinja as a whole)."""
    kind = type(value)
    if kind is str:
        if (_CONTROLS.search(value) is not None) if len(value) < 64 else _has_controls(value):
            value = _CONTROLS.sub("", value)
        return _escaped(value)
    if kind is Markup:  # safe already: messages, Markdown, macros
        return finalize(value)
    return escape(finalize(value))  # numbers, Undefined, objects with __html__


_FUNCTIONS = frozenset((types.FunctionType, types.BuiltinFunctionType))
_DIRECT = frozenset((types.FunctionType, types.BuiltinFunctionType, types.MethodType))
_PASS_EVAL_CONTEXT, _PASS_ENVIRONMENT = (
    mark(lambda: None).jinja_pass_arg  # type: ignore[attr-defined]
    for mark in (jinja2.pass_eval_context, jinja2.pass_environment))


class _Context(jinja2.runtime.Context):
    """Jinja's template context with a cheaper `call` (every call a template makes:
    a third of the time of rendering a post page went to Jinja's checks).  For a
    function or a method, whether it wants the context is one attribute look-up on
    the function (a function's own `__call__` never asks for it, which Jinja checks
    first; a method's attributes are its function's); a macro wants none; anything
    else (callable objects) takes Jinja's own path.  What is called, and with what, is
    exactly Jinja's."""

    @internalcode
    def call(__self, __obj: Callable[..., Any], *args: Any,
             **kwargs: Any) -> Any:
        kind = type(__obj)
        if kind is types.MethodType:
            pass_arg = getattr(__obj.__func__, "jinja_pass_arg", None)  # type: ignore[attr-defined]
        elif kind in _FUNCTIONS:
            pass_arg = getattr(__obj, "jinja_pass_arg", None)
        elif kind is jinja2.runtime.Macro:  # nor it nor its __call__ is marked
            pass_arg = None
        else:
            return super().call(__obj, *args, **kwargs)
        if pass_arg is not None:
            if pass_arg is PASS_CONTEXT:
                context: jinja2.runtime.Context = __self
                if kwargs.get("_loop_vars"):
                    context = context.derived(kwargs["_loop_vars"])
                if kwargs.get("_block_vars"):
                    context = context.derived(kwargs["_block_vars"])
                args = (context, *args)
            elif pass_arg is _PASS_EVAL_CONTEXT:
                args = (__self.eval_ctx, *args)
            elif pass_arg is _PASS_ENVIRONMENT:
                args = (__self.environment, *args)
        if kwargs:
            kwargs.pop("_loop_vars", None)
            kwargs.pop("_block_vars", None)
        try:
            return __obj(*args, **kwargs)
        except StopIteration:
            return __self.environment.undefined(
                "value was undefined because a callable raised a StopIteration exception")

    def calling(self, obj: Callable[..., Any]) -> Callable[..., Any]:
        """`obj`, called as `call` calls it: where a template calls a name that no
        longer holds the global the code was compiled to call directly
        (`builder.render_code`)."""
        return functools.partial(self.call, obj)


class _ConstantCalls(dict[tuple[Any, ...], Any]):
    """(name, autoescape, arguments, keyword arguments) -> what a template's call of
    that pure global with these constants gives, worked out at the first
    (`builder.render_code`)."""

    def __init__(self, env: _Environment) -> None:
        super().__init__()
        self.env = env

    def __missing__(self, key: tuple[Any, ...]) -> Any:
        name, autoescape, args, keywords = key
        function = self.env.direct[name]
        mark = pass_arg(function)
        if mark is _PASS_EVAL_CONTEXT:
            context = EvalContext(self.env)
            context.autoescape = autoescape
            args = (context, *args)
        elif mark is _PASS_ENVIRONMENT:
            args = (self.env, *args)
        value = self[key] = function(*args, **dict(keywords))
        return value


class _ConstantTexts(dict[tuple[Any, ...], str]):
    """The same key -> the text `html_text` makes of that call's result."""

    def __init__(self, calls: _ConstantCalls) -> None:
        super().__init__()
        self.calls = calls

    def __missing__(self, key: tuple[Any, ...]) -> str:
        value = self[key] = html_text(self.calls[key])
        return value


class _Environment(jinja2.Environment):
    """A template's globals are a copy of the environment's (made when it is loaded:
    ours are all set before), not a ChainMap over them.  `direct`: the globals a
    template may call directly, `pure`: those called with constants once
    (`builder.render_code`)."""

    code_generator_class = TemplateCode
    context_class = _Context
    direct: dict[str, Any]
    pure: frozenset[str]
    constant_calls: _ConstantCalls
    constant_texts: _ConstantTexts
    loaded: dict[str, jinja2.Template]

    def make_globals(self, d: MutableMapping[str, Any] | None) -> MutableMapping[str, Any]:
        return {**self.globals, **(d or {})}

    def _load_template(self, name: str, globals: MutableMapping[str, Any] | None
                       ) -> jinja2.Template:
        """Jinja's, with each template loaded kept by name (templates are not reloaded
        in a build): no lock, weak reference and LRU bookkeeping for each of the three
        templates (page, layout, macros) every page loads."""
        found = None if globals or self.auto_reload else self.loaded.get(name)
        if found is None:
            found = super()._load_template(name, globals)
            if not self.auto_reload:
                self.loaded[name] = found
        return found


def _gettext(translations: Any) -> Callable[..., Any]:
    """Jinja's new-style `gettext` (and `_`), each message translated and marked safe
    once per build, not once per use (thirty uses on every page)."""
    made: dict[tuple[str, bool, bool], Any] = {}

    @jinja2.pass_eval_context
    def gettext(eval_ctx: jinja2.nodes.EvalContext, string: str, /, **variables: Any) -> Any:
        key = (string, eval_ctx.autoescape, not variables)
        found = made.get(key)
        if found is None:
            found = translations.gettext(string)
            if key[1]:
                found = Markup(found)
            if key[2]:  # as Jinja does: a format string even without variables
                found = found % variables
            made[key] = found
        return found % variables if variables else found

    return gettext


def _ngettext(translations: Any) -> Callable[..., Any]:
    """Jinja's new-style `ngettext`, each (message, number) translated and marked safe
    once per build; formatted once too when the number is its only variable."""
    made: dict[tuple[str, str, Any, type, bool, bool], Any] = {}

    @jinja2.pass_eval_context
    def ngettext(eval_ctx: jinja2.nodes.EvalContext, singular: str, plural: str, num: Any,
                 /, **variables: Any) -> Any:
        alone = not variables
        variables.setdefault("num", num)
        try:
            key = (singular, plural, num, type(num), eval_ctx.autoescape, alone)
            found = made.get(key)
        except TypeError:  # a number that cannot be a key: as Jinja does it
            key, found = None, None
        if found is None:
            found = translations.ngettext(singular, plural, num)
            if eval_ctx.autoescape:
                found = Markup(found)
            if alone:
                found = found % variables
            if key is not None:
                made[key] = found
            elif alone:
                return found
        return found if alone else found % variables

    return ngettext


class _BytecodeCache(jinja2.FileSystemBytecodeCache):
    """Jinja's, keyed also by how our code generator compiles (`generation`)."""

    def __init__(self, folder: str, generation: str) -> None:
        super().__init__(folder)
        self.generation = generation

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        return super().get_cache_key(f"{name}\0{self.generation}", filename)


def _bytecode_cache(root: Path, generation: str) -> jinja2.BytecodeCache | None:
    """Compiled templates in .cache/jinja (keyed by their source): a rebuild does not
    compile them again."""
    folder = root / ".cache" / "jinja"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return _BytecodeCache(str(folder), generation)


def environment(templates: Path, root: Path, translations: Any, globals: dict[str, Any],
                filters: dict[str, Callable[..., Any]], undefined: type[jinja2.Undefined],
                pure: frozenset[str] = frozenset()) -> jinja2.Environment:
    """The environment of one build, with the site's globals and filters besides Jinja's
    and the messages (`_`, `gettext`, `ngettext`).  `pure`: the names of globals that
    give the same result for the same arguments all build long (the messages are)."""
    env = _Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        autoescape=jinja2.select_autoescape(["html", "xml"], default_for_string=True),
        undefined=undefined,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
        auto_reload=False, extensions=["jinja2.ext.i18n"], finalize=finalize,
    )
    env.html_text = html_text  # type: ignore[attr-defined]
    env.policies["ext.i18n.trimmed"] = True
    env.install_gettext_translations(translations, newstyle=True)  # type: ignore[attr-defined]
    env.globals.update(globals)
    env.globals["gettext"] = env.globals["_"] = _gettext(translations)
    env.globals["ngettext"] = _ngettext(translations)
    env.filters.update(filters)
    pure = pure | {"_", "gettext", "ngettext"}
    env.direct = {name: value for name, value in env.globals.items()
                  if type(value) in _DIRECT and pass_arg(value) in (
                      (None, _PASS_EVAL_CONTEXT, _PASS_ENVIRONMENT) if name in pure else (None,))}
    env.pure = frozenset(name for name in pure if name in env.direct)
    env.loaded = {}
    env.constant_calls = _ConstantCalls(env)
    env.constant_texts = _ConstantTexts(env.constant_calls)
    compiled = sorted((name, repr(pass_arg(value)), name in env.direct, name in env.pure)
                      for name, value in env.globals.items())
    generation = hashlib.blake2b(
        b"".join(Path(module.__file__ or "").read_bytes() for module in (render_code,))
        + Path(__file__).read_bytes() + repr(compiled).encode(), digest_size=8).hexdigest()
    env.bytecode_cache = _bytecode_cache(root, generation)
    return env
