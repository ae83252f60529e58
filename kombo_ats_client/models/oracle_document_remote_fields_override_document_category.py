from enum import StrEnum


class OracleDocumentRemoteFieldsOverrideDocumentCategory(StrEnum):
    IRC_CANDIDATE_COVERLETTER = "IRC_CANDIDATE_COVERLETTER"
    IRC_CANDIDATE_RESUME = "IRC_CANDIDATE_RESUME"
    IRC_INTERNAL = "IRC_INTERNAL"
    MISC = "MISC"

    def __str__(self) -> str:
        return str(self.value)
