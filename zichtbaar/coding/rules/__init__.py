"""Rules per variable group. Each module reads a ``Context`` (the chat as a
``Doc`` plus what earlier rules decided) and returns ``Finding``s; the coder
applies the codebook's cross-variable rules afterwards."""
