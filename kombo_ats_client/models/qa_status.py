from enum import StrEnum


class QaStatus(StrEnum):
    FAILED = "FAILED"
    PASSED = "PASSED"
    PENDING = "PENDING"

    def __str__(self) -> str:
        return str(self.value)
