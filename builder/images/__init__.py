"""Images a post shows: find them in the content files, fetch them once, keep them.

`archive images` (and `archive build --fetch-images`) reads every content file,
finds its Markdown images (`![alt](src)`, `[![alt](src)](href)`), fetches each at
full size from a local mirror or the network, stores it content-addressed in
`content/images/`, and rewrites the content files to the stored copy.  A plain
build never fetches anything: it renders what the content files say.

Modules: `blogger` (an address -> its full-size address), `refs` (image
references in Markdown), `fetch` (the network and a mirror), `store` (the store
and its sidecar), `rewrite` (the content files), `run` (the command), `html`
(stored images in rendered pages).
"""
