from enum import StrEnum


class IntegrationStatus(StrEnum):
    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
    INVALID = "INVALID"

    def __str__(self) -> str:
        return str(self.value)
