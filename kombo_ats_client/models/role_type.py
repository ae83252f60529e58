from enum import StrEnum


class RoleType(StrEnum):
    ADMIN = "ADMIN"
    COORDINATOR = "COORDINATOR"
    HIRING_MANAGER = "HIRING_MANAGER"
    INTERVIEWER = "INTERVIEWER"
    RECRUITER = "RECRUITER"
    SOURCER = "SOURCER"

    def __str__(self) -> str:
        return str(self.value)
