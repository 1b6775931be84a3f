"""Errors users see: one line naming the input and the reason."""


class EventwireError(Exception):
    """Base class; str(err) is the whole user-facing line."""


class InputError(EventwireError):
    """An input could not be read as an article (missing, empty, binary, undecodable...)."""

    def __init__(self, path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")
