from enum import StrEnum


class NoteContentType(StrEnum):
    PLAIN_TEXT = "PLAIN_TEXT"

    def __str__(self) -> str:
        return str(self.value)
