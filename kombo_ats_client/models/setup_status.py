from enum import StrEnum


class SetupStatus(StrEnum):
    COMPLETED = "COMPLETED"
    FINAL_SYNC_PENDING = "FINAL_SYNC_PENDING"
    INCOMPLETE = "INCOMPLETE"

    def __str__(self) -> str:
        return str(self.value)
