from enum import StrEnum


class ToolCategory(StrEnum):
    ASSESSMENT = "assessment"
    ATS = "ats"
    HRIS = "hris"
    LMS = "lms"

    def __str__(self) -> str:
        return str(self.value)
