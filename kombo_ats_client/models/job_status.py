from enum import StrEnum


class JobStatus(StrEnum):
    ARCHIVED = "ARCHIVED"
    CLOSED = "CLOSED"
    DRAFT = "DRAFT"
    OPEN = "OPEN"

    def __str__(self) -> str:
        return str(self.value)
