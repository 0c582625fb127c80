"""How templates compile: Jinja's code generator, with cheaper code for what every
page does many times.

Takes: the template's syntax tree (Jinja gives it) and the environment's globals.
Gives: Python source that renders the same bytes as Jinja's own would:

- an autoescaped `{{ expression }}` is `environment.html_text(expression)`: one call
  (control characters dropped, then escaped; `builder.render_env`), not
  `escape(environment.finalize(expression))` and a `Markup` object;
- a call of a global function that takes no context (`url`, `md`, `post_title`, ...)
  calls it directly, once the name is seen to still hold that global (a page's
  variable or a template's `{% set %}` of that name takes Jinja's `context.call`);
- such a call whose arguments are constants, of a global the environment calls pure
  (`_("Archive")`, `url("tags/")`, `static("site.css")`: the same result all build
  long), is worked out once per build (`environment.constant_calls`), and so is the
  text it puts on the page (`environment.constant_texts`);
- a call in a loop or block passes the loop's or block's variables (`_loop_vars`,
  `_block_vars`: a context derived for the callee) only to what may want the context:
  a name that is no global, or a global marked `pass_context`.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame, optimizeconst

PASS_CONTEXT = jinja2.pass_context(lambda: None).jinja_pass_arg  # type: ignore[attr-defined]
# constants a constant call may have as arguments (each its own repr in the code)
_CONSTANTS = (str, int, bool, type(None))


def pass_arg(value: Any) -> Any:
    """What Jinja passes to `value` first when a template calls it (its `__call__`'s
    mark first, as Jinja reads it); None for nothing."""
    if callable(value):
        found = getattr(value.__call__, "jinja_pass_arg", None)
        if found is not None:
            return found
    return getattr(value, "jinja_pass_arg", None)


class TemplateCode(CodeGenerator):
    """The code generator of `builder.render_env`'s environment, which gives it
    `direct` (name -> the global a template may call directly or as a constant call)
    and `pure` (the names of the globals whose constant calls are worked out once)."""

    @optimizeconst
    def visit_Call(self, node: nodes.Call, frame: Frame, forward_caller: bool = False) -> None:
        callee = node.node
        direct: Mapping[str, Any] = getattr(self.environment, "direct", {})
        if forward_caller or frame.eval_ctx.volatile or not isinstance(callee, nodes.Name) \
                or callee.ctx != "load" or callee.name not in direct:
            return super().visit_Call(node, frame, forward_caller=forward_caller)
        ref = frame.symbols.ref(callee.name)
        held = f"{ref} is environment.direct[{callee.name!r}]"
        key = self._constant_key(node, frame)
        if key is not None:
            self.write(f"(environment.constant_calls[{key!r}] if {held} else ")
            super().visit_Call(node, frame)
            self.write(")")
        elif pass_arg(direct[callee.name]) is None:
            self.write(f"({ref} if {held} else context.calling(")
            self.visit(callee, frame)
            self.write(f"))({self._arguments(node, frame)})")
        else:
            super().visit_Call(node, frame)

    def _constant_key(self, node: nodes.Call, frame: Frame) -> tuple[Any, ...] | None:
        """(name, autoescape, arguments, keyword arguments) of a constant call of a pure
        global; None for any other call."""
        assert isinstance(node.node, nodes.Name)
        if node.node.name not in getattr(self.environment, "pure", ()) or \
                node.dyn_args is not None or node.dyn_kwargs is not None:
            return None
        values = [arg.value for arg in node.args if isinstance(arg, nodes.Const)]
        keywords = [(kw.key, kw.value.value) for kw in node.kwargs
                    if isinstance(kw.value, nodes.Const)]
        if len(values) != len(node.args) or len(keywords) != len(node.kwargs) or not all(
                type(v) in _CONSTANTS for v in [*values, *(v for _, v in keywords)]):
            return None
        return (node.node.name, bool(frame.eval_ctx.autoescape), tuple(values),
                tuple(keywords))

    def _arguments(self, node: nodes.Call, frame: Frame) -> str:
        """The call's arguments as Jinja writes them (`signature`), without its
        leading comma."""
        stream, self.stream = self.stream, io.StringIO()
        try:
            super().signature(node, frame)
            text = self.stream.getvalue()
        finally:
            self.stream = stream
        return text[2:] if text.startswith(", ") else text

    def signature(self, node: Any, frame: Frame,
                  extra_kwargs: Mapping[str, Any] | None = None) -> None:
        if extra_kwargs and isinstance(node, nodes.Call) and not self._may_want_context(node):
            extra_kwargs = {key: value for key, value in extra_kwargs.items()
                            if key not in ("_loop_vars", "_block_vars")} or None
        super().signature(node, frame, extra_kwargs)

    def _may_want_context(self, node: nodes.Call) -> bool:
        callee = node.node
        if isinstance(callee, nodes.Getattr):  # an object's method
            return False
        if not isinstance(callee, nodes.Name) or callee.name not in self.environment.globals:
            return True
        return pass_arg(self.environment.globals[callee.name]) is PASS_CONTEXT

    def _output_child_pre(self, node: Any, frame: Frame, finalize: Any) -> None:
        if not self._html_text(frame):
            super()._output_child_pre(node, frame, finalize)
            return
        key = self._constant_output(node, frame)
        if key is not None:  # `{{ _("Archive") }}`: its text too is made once
            self.write(f"(environment.constant_texts[{key!r}] if {frame.symbols.ref(key[0])}"
                       f" is environment.direct[{key[0]!r}] else ")
        self.write("environment.html_text(")

    def _output_child_post(self, node: Any, frame: Frame, finalize: Any) -> None:
        if not self._html_text(frame):
            super()._output_child_post(node, frame, finalize)
            return
        self.write(")" if self._constant_output(node, frame) is None else "))")

    def _constant_output(self, node: Any, frame: Frame) -> tuple[Any, ...] | None:
        if not isinstance(node, nodes.Call) or not isinstance(node.node, nodes.Name) or \
                node.node.ctx != "load" or frame.eval_ctx.volatile:
            return None
        return self._constant_key(node, frame)

    def _html_text(self, frame: Frame) -> bool:
        return bool(frame.eval_ctx.autoescape) and not frame.eval_ctx.volatile and \
            getattr(self.environment, "html_text", None) is not None
