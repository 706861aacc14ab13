"""Review: the coding workbench where humans confirm machine suggestions, and
inter-rater agreement between coders.

Not built yet; `zichtbaar serve` says so.
"""
