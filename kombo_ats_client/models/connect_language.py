from enum import StrEnum


class ConnectLanguage(StrEnum):
    DE = "de"
    EN = "en"
    ES = "es"
    FR = "fr"
    IT = "it"

    def __str__(self) -> str:
        return str(self.value)
