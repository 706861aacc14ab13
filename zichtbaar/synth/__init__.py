"""Synthetic Dutch helpline chats with ground truth (`zichtbaar demo`).

Stories are drawn first, chats then reveal part of each story in chat Dutch,
and the truth is derived from what a chat reveals. Synthetic only.
"""

from zichtbaar.synth.corpus import generate, truth_path, write_corpus

__all__ = ["generate", "truth_path", "write_corpus"]
