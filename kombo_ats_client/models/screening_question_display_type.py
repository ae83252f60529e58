from enum import StrEnum


class ScreeningQuestionDisplayType(StrEnum):
    DROPDOWN = "DROPDOWN"
    EMAIL = "EMAIL"
    FIELD = "FIELD"
    MULTI_LINE = "MULTI_LINE"
    RADIO = "RADIO"
    SINGLE_LINE = "SINGLE_LINE"
    SLIDER = "SLIDER"
    URL = "URL"

    def __str__(self) -> str:
        return str(self.value)
