from enum import StrEnum


class ScreeningQuestionDisplayType(StrEnum):
    EMAIL = "EMAIL"
    MULTI_LINE = "MULTI_LINE"
    SINGLE_LINE = "SINGLE_LINE"
    URL = "URL"

    def __str__(self) -> str:
        return str(self.value)
