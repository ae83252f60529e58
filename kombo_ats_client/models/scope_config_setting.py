from enum import StrEnum


class ScopeConfigSetting(StrEnum):
    DISABLED = "DISABLED"
    ENABLED = "ENABLED"
    OPTIONAL = "OPTIONAL"

    def __str__(self) -> str:
        return str(self.value)
