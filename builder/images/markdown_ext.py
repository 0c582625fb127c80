"""Pictures in rendered Markdown: stored pictures shown, others shown as links.

A Python-Markdown tree processor, run after the inline patterns:

- an image whose address names a stored picture (`images/ab/<hash>.jpg`, see
  `builder.images.refs.LOCAL`) stays an image, with `loading="lazy"`;
- any other image (an address on another site, a `data:` address, ...) becomes a
  link to its address (`Image: <alt>`), the words of the link around it, or a
  `<span class="picture-missing">` placeholder: the page never loads anything from
  elsewhere, and a space keeps the label from running into the words beside it;
- a link whose only content is a stored picture without alt text gets a title
  (its accessible name);
- a paragraph whose first line is an image and whose next lines are text becomes
  `<figure>` with that text as its `<figcaption>`; an image without alt text takes
  the caption's.

The sanitiser (`builder.markup`) still checks every address afterwards.
"""

from __future__ import annotations

import unicodedata
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from builder.images.refs import LOCAL

SCHEMES = ("http://", "https://", "//")
# Marks (private-use characters) where the site's language puts its words.
IMAGE_ALT, IMAGE, FULL_SIZE, LINK_TO, END = "\ue000", "\ue001", "\ue002", "\ue003", "\ue004"
MISSING = "picture-missing"  # the class of a placeholder for a picture the page cannot show
_OPENING = ("Ps", "Pi")  # ( [ “ «: a label may follow them without a space
_CLOSING = ("Pe", "Pf", "Po")  # ) ] ” » . , ; : ! ?: they may follow a label without one


def _label(alt: str) -> str:
    """Words in the site's language, put in by `markup.localize` (the HTML is cached
    whatever the language): "Image: <alt>" or "Image"."""
    return f"{IMAGE_ALT}{alt}{END}" if alt.strip() else IMAGE


def _before(text: str) -> str:
    """Text a label follows, with a space when the two would run together."""
    if text and not text[-1].isspace() and unicodedata.category(text[-1]) not in _OPENING:
        return text + " "
    return text


def _set_apart(element: ET.Element, parent: ET.Element | None) -> None:
    """A space between a label and a word (or a stop) touching it on either side:
    never "ImageThe minister"."""
    tail = element.tail or ""
    if tail and not tail[0].isspace() and unicodedata.category(tail[0]) not in _CLOSING:
        element.tail = " " + tail
    if parent is None:
        return
    index = list(parent).index(element)
    if index == 0:
        parent.text = _before(parent.text or "")
        return
    previous = parent[index - 1]
    text = previous.tail or "".join(previous.itertext())
    if _before(text) != text:
        previous.tail = (previous.tail or "") + " "


def _unwrap(element: ET.Element, parent: ET.Element) -> None:
    """The element's words become its parent's, in their place."""
    index = list(parent).index(element)
    words = (element.text or "") + (element.tail or "")
    if index:
        parent[index - 1].tail = (parent[index - 1].tail or "") + words
    else:
        parent.text = (parent.text or "") + words
    parent.remove(element)


def _name_link(link: ET.Element) -> None:
    """A link whose only content is a picture without alt text still needs a name."""
    if (link.text or "").strip() or len(link) != 1 or (link[0].tail or "").strip():
        return
    href = link.get("href", "")
    if LOCAL.match(href):
        link.set("title", FULL_SIZE)
    else:
        host = urlsplit(href).hostname or href
        link.set("title", f"{LINK_TO}{host}{END}")


class PictureProcessor(Treeprocessor):
    def run(self, root: ET.Element) -> None:
        for para in list(root.iter("p")):
            self._figure(para)
        parents = {child: parent for parent in root.iter() for child in parent}
        for img in list(root.iter("img")):
            self._picture(img, parents)

    def _picture(self, img: ET.Element, parents: dict[ET.Element, ET.Element]) -> None:
        parent = parents.get(img)
        src, alt = img.get("src", ""), img.get("alt", "")
        if LOCAL.match(src):
            img.set("loading", "lazy")
            img.set("alt", alt)
            img.attrib.pop("title", None)
            if not alt.strip() and parent is not None and parent.tag == "a":
                _name_link(parent)
            return
        img.attrib.clear()
        img.tag, img.text = "span", _label(alt)
        _set_apart(img, parent)
        if parent is not None and parent.tag == "a":
            _unwrap(img, parent)  # the link's words
            _set_apart(parent, parents.get(parent))
        elif src.lower().startswith(SCHEMES):
            img.tag = "a"
            img.set("href", "https:" + src if src.startswith("//") else src)
        else:
            img.set("class", MISSING)

    def _figure(self, para: ET.Element) -> None:
        if (para.text or "").strip() or not len(para):
            return
        first = para[0]
        img = first if first.tag == "img" else first.find("img") if first.tag == "a" else None
        if img is None or (first.tag == "a" and ((first.text or "").strip() or len(first) != 1
                                                  or (img.tail or "").strip())):
            return
        if not (first.tail or "").strip() and len(para) > 1 and para[1].tag == "br":
            first.tail = "\n" + (para[1].tail or "").lstrip("\n")  # a hard line break
            para.remove(para[1])
        tail = first.tail or ""
        if not tail.startswith("\n") or not (tail.strip() or len(para) > 1):
            return
        caption = ET.Element("figcaption")
        caption.text = tail.lstrip("\n")
        for child in list(para)[1:]:
            para.remove(child)
            caption.append(child)
        first.tail = None
        para.tag = "figure"
        para.append(caption)
        if not img.get("alt") and LOCAL.match(img.get("src", "")):
            img.set("alt", " ".join("".join(caption.itertext()).split()))


class PictureExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(PictureProcessor(md), "pictures", 15)
