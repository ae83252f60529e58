from enum import StrEnum


class IntegrationCategory(StrEnum):
    ASSESSMENT = "ASSESSMENT"
    ATS = "ATS"
    HRIS = "HRIS"
    LMS = "LMS"

    def __str__(self) -> str:
        return str(self.value)
