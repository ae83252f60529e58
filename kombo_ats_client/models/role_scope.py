from enum import StrEnum


class RoleScope(StrEnum):
    JOB = "JOB"
    SYSTEM = "SYSTEM"

    def __str__(self) -> str:
        return str(self.value)
