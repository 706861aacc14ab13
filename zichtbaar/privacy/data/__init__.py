"""Bundled word lists (package data); see build_lists.py for where they come from."""
