"""The site checks of tools/sitecheck.py, one module per check; main.py runs them."""
