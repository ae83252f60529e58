from enum import StrEnum


class WebhookEventType(StrEnum):
    CONNECTION_FLOW_FAILED = "connection-flow-failed"
    DATA_CHANGED = "data-changed"
    INTEGRATION_CREATED = "integration-created"
    INTEGRATION_DELETED = "integration-deleted"
    INTEGRATION_STATE_CHANGED = "integration-state-changed"
    ISSUE_STATUS_CHANGED = "issue-status-changed"
    SYNC_FINISHED = "sync-finished"

    def __str__(self) -> str:
        return str(self.value)
