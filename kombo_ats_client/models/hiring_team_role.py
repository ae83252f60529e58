from enum import StrEnum


class HiringTeamRole(StrEnum):
    HIRING_MANAGER = "HIRING_MANAGER"
    RECRUITER = "RECRUITER"

    def __str__(self) -> str:
        return str(self.value)
