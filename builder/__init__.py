"""blog-archive: raw blog page dumps -> front-matter Markdown -> a static archive site.

Data flows one way: seeds -> split -> content -> load -> model -> pages -> output.
"""

__version__ = "0.1.0"
