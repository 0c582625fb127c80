"""Crawl a built site and report every broken internal link or missing anchor.

Takes: the site folder and its base path ("/REPO/").  Gives: one line per problem
(`page.html: link to /REPO/x/ (no such page)`); `archive check` names the content
file and line that holds a broken link instead, with the pages that show it.
Links outside the base path on the same host are broken too: on GitHub Pages
they would leave the project site.
`run_check` also loads content/ so front-matter problems are reported.
"""

from __future__ import annotations

import re
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from builder.config import SiteConfig, split_base
from builder.images.run import not_fetched
from builder.limits import measure
from builder.load import load_archive
from builder.oldurls_check import check_old_urls, read_addresses
from builder.report import Reporter

_LINK_ATTRS = {("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"),
               ("area", "href"), ("iframe", "src"), ("source", "src")}


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value)
            elif (tag, name) in _LINK_ATTRS:
                self.links.append(value)


def _parse(path: Path) -> _PageParser:
    parser = _PageParser()
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    parser.close()
    return parser


def page_ids(path: Path) -> set[str]:
    """The ids (and `a name`s) of one page: where its #fragments can point."""
    return _parse(path).ids


def _target(site_dir: Path, base_path: str, page_rel: str, link: str) -> tuple[str, str] | None:
    """(file relative to the site, fragment) of an internal link; None if external."""
    parts = urlsplit(link)
    if parts.scheme or parts.netloc or link.startswith(("mailto:", "tel:", "data:")):
        return None
    if not parts.path:  # "#anchor" on this page
        return page_rel, unquote(parts.fragment)
    path = unquote(parts.path)
    if path.startswith("/"):
        if not path.startswith(base_path):
            return "\0outside", path
        rel = path[len(base_path):]
    else:
        rel = (Path(page_rel).parent / path).as_posix()
        rel = str(Path("/" + rel).resolve())[1:] if ".." in rel else rel.removeprefix("./")
    if rel == "" or rel.endswith("/"):
        rel += "index.html"
    elif (site_dir / rel).is_dir():
        rel += "/index.html"
    return rel, unquote(parts.fragment)


def check_site(site_dir: Path, base_path: str) -> list[str]:
    """Every broken internal link or missing anchor of the site, one line each."""
    return [f"{rel}: link to {link} ({why})" for rel, link, why in _problems(site_dir, base_path)]


def _problems(site_dir: Path, base_path: str) -> list[tuple[str, str, str]]:
    """(page, link, why) for every broken internal link or missing anchor."""
    pages = sorted(p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*.html"))
    parsed: dict[str, _PageParser] = {}

    def ids_of(rel: str) -> set[str]:
        if rel not in parsed:
            parsed[rel] = _parse(site_dir / rel)
        return parsed[rel].ids

    problems = []
    for rel in pages:
        ids_of(rel)
        for link in dict.fromkeys(parsed[rel].links):
            found = _target(site_dir, base_path, rel, link)
            if found is None:
                continue
            target, fragment = found
            if target == "\0outside":
                problems.append((rel, link, f"outside the site's base path {base_path}"))
            elif not (site_dir / target).is_file():
                problems.append((rel, link, "no such page"))
            elif fragment and target.endswith(".html") and fragment not in ids_of(target):
                problems.append((rel, link, f"no anchor '{fragment}' on {target}"))
    return problems


def _in_content(content_dir: Path, root: Path, links: set[str]) -> dict[str, list[str]]:
    """link -> `content/...:line` of each content file line that writes it."""
    if not links or not content_dir.is_dir():
        return {}
    choices = "|".join(re.escape(link) for link in sorted(links, key=len, reverse=True))
    pattern = re.compile(r"""(?<=[(<"'\s])(""" + choices + r""")(?=[)>"'\s])""")
    found: dict[str, list[str]] = defaultdict(list)
    for path in sorted(content_dir.rglob("*.md")):
        text = path.read_text(encoding="utf-8", errors="replace")
        if not pattern.search(text):
            continue
        where = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
        for number, line in enumerate(text.splitlines(), start=1):
            for match in pattern.finditer(f" {line} "):
                found[match.group(1)].append(f"{where}:{number}")
    return found


def _lines(problems: list[tuple[str, str, str]], sources: dict[str, list[str]]) -> list[str]:
    """One line per broken link: at the content line that writes it, naming its pages."""
    pages: dict[tuple[str, str], list[str]] = defaultdict(list)
    for rel, link, why in problems:
        pages[(link, why)].append(rel)
    lines = []
    for (link, why), shown in pages.items():
        if link not in sources:
            lines += [f"{rel}: link to {link} ({why})" for rel in shown]
            continue
        on = ", ".join(shown[:2]) + (f" and {len(shown) - 2} more" if len(shown) > 2 else "")
        lines += [f"{where}: link to {link} ({why}; on {on})" for where in sources[link]]
    return lines


def run_check(config: SiteConfig, strict: bool, output: Path | None, reporter: Reporter,
              old_urls: Path | None = None) -> int:
    """`archive check`: content problems and broken links (and, with `old_urls`, the
    old addresses that do not lead to their page); exit code."""
    reporter.stage("checking content/")
    archive = load_archive(config.content_dir, config.root)
    warnings = [*archive.warnings, *(str(failure) for failure in not_fetched(config))]
    for line in warnings:
        reporter.warn(line)
    site = Path(output) if output else config.output_dir
    if not site.is_dir():
        reporter.error(f"{site}: no built site here (run 'archive build' first)")
        return 1
    base_path = _built_base_path(site, config.base_path)
    reporter.stage(f"checking links in {site} (base path {base_path})")
    found = _problems(site, base_path)
    problems = _lines(found, _in_content(config.content_dir, config.root,
                                         {link for _, link, _ in found}))
    for line in problems:
        reporter.error(line)
    if old_urls is not None:
        addresses = read_addresses(old_urls)
        reporter.stage(f"checking {len(addresses):,} old addresses from {old_urls}")
        wrong = check_old_urls(site, base_path, archive, config.permalink, addresses, page_ids)
        for line in wrong:
            reporter.error(line)
        reporter.stage(f"{len(wrong):,} of {len(addresses):,} old addresses do not lead "
                       "to their page")
        problems += wrong
    if problems:
        return 1
    size = measure(site)
    reporter.stage(size.summary())
    for line in size.problems() + size.warnings():
        reporter.warn(line)
        warnings.append(line)
    if strict and warnings:
        reporter.error(f"--strict: {len(warnings)} warning(s)")
        return 1
    reporter.stage("no broken links")
    return 0


def _built_base_path(site: Path, default: str) -> str:
    """The base path the site was built for (`archive build --base-url` may differ
    from site.yaml's): that of the base URL its stylesheet link starts with."""
    index = site / "index.html"
    if index.is_file():
        text = index.read_text(encoding="utf-8", errors="replace")
        marker = 'href="'
        at = text.find('static/site.css"')
        if at != -1:
            start = text.rfind(marker, 0, at) + len(marker)
            base_url = text[start:at]
            if base_url.startswith("/") or "://" in base_url:
                return split_base(base_url)[1]
    return default
