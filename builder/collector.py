"""The cyclic garbage collector, paused while a build makes its model, plan and keys.

Takes: whether the build's objects live as long as the process (a one-off build).
Gives: `Collector`, which pauses the collector when made and resumes it when asked.
"""

from __future__ import annotations

import gc


class Collector:
    """Python's cyclic garbage collector, paused while the model, the plan and the page
    keys are made: they are hundreds of thousands of small objects made at once and
    holding no cycles to free, which the collector would otherwise walk again and again
    (a third of the CPU of loading, planning and keying 10,000 posts).  Resumed before
    pages are rendered (templates do make cycles); with `freeze` (a one-off build, whose
    model lives as long as the process) what was made is moved out of its reach.
    `pause(True)` pauses it again until `resume`: a clean one-off build whose pages all
    render in forked workers makes only keys in this process meanwhile (the collector
    took a quarter of their CPU at 10,000 posts)."""

    def __init__(self, freeze: bool) -> None:
        self.paused, self.freeze = gc.isenabled(), freeze
        gc.disable()

    def pause(self, when: bool = True) -> None:
        if when and gc.isenabled():
            gc.disable()
            self.paused = True

    def resume(self) -> None:
        if self.paused:
            if self.freeze:
                gc.freeze()
            gc.enable()
            self.paused = False
