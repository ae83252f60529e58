from enum import StrEnum


class CoverageStatus(StrEnum):
    NOT_IMPLEMENTED = "NOT_IMPLEMENTED"
    SUPPORTED = "SUPPORTED"
    UNKNOWN = "UNKNOWN"
    UNSUPPORTED = "UNSUPPORTED"

    def __str__(self) -> str:
        return str(self.value)
