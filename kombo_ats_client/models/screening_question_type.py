from enum import StrEnum


class ScreeningQuestionType(StrEnum):
    BOOLEAN = "BOOLEAN"
    DATE = "DATE"
    FILE = "FILE"
    INFORMATION = "INFORMATION"
    MULTI_SELECT = "MULTI_SELECT"
    NUMBER = "NUMBER"
    SINGLE_SELECT = "SINGLE_SELECT"
    TEXT = "TEXT"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
