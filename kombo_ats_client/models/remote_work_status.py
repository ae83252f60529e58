from enum import StrEnum


class RemoteWorkStatus(StrEnum):
    HYBRID = "HYBRID"
    ON_SITE = "ON_SITE"
    REMOTE = "REMOTE"
    TEMPORARY = "TEMPORARY"

    def __str__(self) -> str:
        return str(self.value)
