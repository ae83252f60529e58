from enum import StrEnum


class JobPostingVisibility(StrEnum):
    INTERNAL = "INTERNAL"
    PUBLIC = "PUBLIC"
    UNLISTED = "UNLISTED"

    def __str__(self) -> str:
        return str(self.value)
