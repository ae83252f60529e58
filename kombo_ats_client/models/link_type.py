from enum import StrEnum


class LinkType(StrEnum):
    EMBEDDED = "EMBEDDED"
    MAGIC_LINK = "MAGIC_LINK"

    def __str__(self) -> str:
        return str(self.value)
