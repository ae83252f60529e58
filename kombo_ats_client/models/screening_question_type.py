from enum import StrEnum


class ScreeningQuestionType(StrEnum):
    BOOLEAN = "BOOLEAN"
    MULTI_SELECT = "MULTI_SELECT"
    SINGLE_SELECT = "SINGLE_SELECT"
    TEXT = "TEXT"

    def __str__(self) -> str:
        return str(self.value)
