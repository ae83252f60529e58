from enum import StrEnum


class ScorecardQuestionType(StrEnum):
    BOOLEAN = "BOOLEAN"
    DATE = "DATE"
    MULTI_SELECT = "MULTI_SELECT"
    NUMBER = "NUMBER"
    SINGLE_SELECT = "SINGLE_SELECT"
    TEXT = "TEXT"

    def __str__(self) -> str:
        return str(self.value)
