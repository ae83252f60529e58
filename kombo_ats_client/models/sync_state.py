from enum import StrEnum


class SyncState(StrEnum):
    AUTHENTICATION_FAILED = "AUTHENTICATION_FAILED"
    CANCELLED = "CANCELLED"
    FAILED = "FAILED"
    PARTIALLY_FAILED = "PARTIALLY_FAILED"
    SUCCEEDED = "SUCCEEDED"
    TIMED_OUT = "TIMED_OUT"

    def __str__(self) -> str:
        return str(self.value)
