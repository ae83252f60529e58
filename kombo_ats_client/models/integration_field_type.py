from enum import StrEnum


class IntegrationFieldType(StrEnum):
    CUSTOM = "CUSTOM"
    DEFAULT = "DEFAULT"

    def __str__(self) -> str:
        return str(self.value)
