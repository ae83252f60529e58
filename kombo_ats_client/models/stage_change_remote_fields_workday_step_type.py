from enum import StrEnum


class StageChangeRemoteFieldsWorkdayStepType(StrEnum):
    DISPOSITION_STEP_REFERENCE = "Disposition_Step_Reference"
    NEXT_STEP_REFERENCE = "Next_Step_Reference"

    def __str__(self) -> str:
        return str(self.value)
