from enum import StrEnum


class AttachmentType(StrEnum):
    COVER_LETTER = "COVER_LETTER"
    CV = "CV"
    OTHER = "OTHER"

    def __str__(self) -> str:
        return str(self.value)
