from enum import StrEnum


class SyncType(StrEnum):
    DELTA = "DELTA"
    FULL = "FULL"

    def __str__(self) -> str:
        return str(self.value)
