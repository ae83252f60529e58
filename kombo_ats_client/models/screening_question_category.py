from enum import StrEnum


class ScreeningQuestionCategory(StrEnum):
    DEMOGRAPHIC = "DEMOGRAPHIC"
    EEO = "EEO"

    def __str__(self) -> str:
        return str(self.value)
