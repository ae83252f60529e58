from enum import StrEnum


class SalaryExpectationPeriod(StrEnum):
    MONTH = "MONTH"
    YEAR = "YEAR"

    def __str__(self) -> str:
        return str(self.value)
