from enum import StrEnum


class NoteRemoteFieldsGreenhousev3Visibility(StrEnum):
    ADMIN_ONLY = "admin_only"
    PRIVATE = "private"
    PUBLIC = "public"

    def __str__(self) -> str:
        return str(self.value)
