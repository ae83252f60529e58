from enum import StrEnum


class IssueChange(StrEnum):
    RAISED = "raised"
    RESOLVED = "resolved"

    def __str__(self) -> str:
        return str(self.value)
