from enum import StrEnum


class OfferStatus(StrEnum):
    ABANDONED = "ABANDONED"
    ACCEPTED = "ACCEPTED"
    APPROVED = "APPROVED"
    DECLINED = "DECLINED"
    DRAFT = "DRAFT"
    SENT = "SENT"

    def __str__(self) -> str:
        return str(self.value)
