from enum import StrEnum


class ContactType(StrEnum):
    OTHER = "OTHER"
    PERSONAL = "PERSONAL"
    WORK = "WORK"

    def __str__(self) -> str:
        return str(self.value)
