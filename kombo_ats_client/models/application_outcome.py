from enum import StrEnum


class ApplicationOutcome(StrEnum):
    DECLINED = "DECLINED"
    HIRED = "HIRED"
    PENDING = "PENDING"

    def __str__(self) -> str:
        return str(self.value)
