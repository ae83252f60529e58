from enum import StrEnum


class JobVisibility(StrEnum):
    CONFIDENTIAL = "CONFIDENTIAL"
    INTERNAL = "INTERNAL"
    PUBLIC = "PUBLIC"
    UNLISTED = "UNLISTED"

    def __str__(self) -> str:
        return str(self.value)
