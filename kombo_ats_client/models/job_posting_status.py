from enum import StrEnum


class JobPostingStatus(StrEnum):
    ACTIVE = "ACTIVE"
    DRAFT = "DRAFT"
    INACTIVE = "INACTIVE"

    def __str__(self) -> str:
        return str(self.value)
