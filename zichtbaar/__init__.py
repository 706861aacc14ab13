"""zichtbaar: from anonymous helpline chats to the annual report on
invisible victims of human trafficking."""

__version__ = "0.1.0"
