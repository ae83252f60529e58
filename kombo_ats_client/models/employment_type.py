from enum import StrEnum


class EmploymentType(StrEnum):
    CONTRACT = "CONTRACT"
    FULL_TIME = "FULL_TIME"
    INTERNSHIP = "INTERNSHIP"
    PART_TIME = "PART_TIME"
    SEASONAL = "SEASONAL"

    def __str__(self) -> str:
        return str(self.value)
