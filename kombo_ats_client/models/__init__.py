"""Contains all the data models used in inputs/outputs"""

from .action_result import ActionResult
from .add_application_attachment_request import AddApplicationAttachmentRequest
from .add_application_attachment_response import AddApplicationAttachmentResponse
from .add_application_note_request import AddApplicationNoteRequest
from .add_application_note_response import AddApplicationNoteResponse
from .add_application_result_link_request import AddApplicationResultLinkRequest
from .add_application_result_link_response import AddApplicationResultLinkResponse
from .add_candidate_attachment_request import AddCandidateAttachmentRequest
from .add_candidate_attachment_response import AddCandidateAttachmentResponse
from .add_candidate_result_link_request import AddCandidateResultLinkRequest
from .add_candidate_result_link_response import AddCandidateResultLinkResponse
from .add_candidate_tag_request import AddCandidateTagRequest
from .add_candidate_tag_response import AddCandidateTagResponse
from .additional_email_address import AdditionalEmailAddress
from .additional_phone_number import AdditionalPhoneNumber
from .application import Application
from .application_candidate import ApplicationCandidate
from .application_offer import ApplicationOffer
from .application_outcome import ApplicationOutcome
from .application_stage import ApplicationStage
from .application_stages_page import ApplicationStagesPage
from .applications_page import ApplicationsPage
from .attachment import Attachment
from .attachment_remote_fields import AttachmentRemoteFields
from .attachment_type import AttachmentType
from .attachments_page import AttachmentsPage
from .candidate import Candidate
from .candidate_application import CandidateApplication
from .candidates_page import CandidatesPage
from .changed_model import ChangedModel
from .changed_model_name import ChangedModelName
from .check_api_key_response import CheckApiKeyResponse
from .check_api_key_response_data import CheckApiKeyResponseData
from .connect_language import ConnectLanguage
from .connected_integration import ConnectedIntegration
from .connection_flow_failed_webhook_data import ConnectionFlowFailedWebhookData
from .connection_flow_failed_webhook_payload import ConnectionFlowFailedWebhookPayload
from .connection_link import ConnectionLink
from .contact_type import ContactType
from .content_ref import ContentRef
from .coverage_status import CoverageStatus
from .create_application_candidate import CreateApplicationCandidate
from .create_application_location import CreateApplicationLocation
from .create_application_request import CreateApplicationRequest
from .create_application_response import CreateApplicationResponse
from .create_candidate_application import CreateCandidateApplication
from .create_candidate_request import CreateCandidateRequest
from .create_candidate_response import CreateCandidateResponse
from .create_connection_link_request import CreateConnectionLinkRequest
from .create_connection_link_response import CreateConnectionLinkResponse
from .create_reconnection_link_request import CreateReconnectionLinkRequest
from .create_reconnection_link_response import CreateReconnectionLinkResponse
from .create_setup_link_request import CreateSetupLinkRequest
from .create_setup_link_response import CreateSetupLinkResponse
from .created_application import CreatedApplication
from .created_link import CreatedLink
from .custom_field_mapping import CustomFieldMapping
from .custom_fields import CustomFields
from .custom_fields_page import CustomFieldsPage
from .data_changed_webhook_data import DataChangedWebhookData
from .data_changed_webhook_payload import DataChangedWebhookPayload
from .datapoint_coverage import DatapointCoverage
from .delete_integration_request import DeleteIntegrationRequest
from .delete_integration_response import DeleteIntegrationResponse
from .email_address import EmailAddress
from .employment_type import EmploymentType
from .end_user import EndUser
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .fetched_attachment import FetchedAttachment
from .fetched_attachment_list import FetchedAttachmentList
from .field_coverage import FieldCoverage
from .file_answer import FileAnswer
from .gdpr_consent import GdprConsent
from .gender import Gender
from .get_application_attachments_response import GetApplicationAttachmentsResponse
from .get_application_stages_response import GetApplicationStagesResponse
from .get_applications_response import GetApplicationsResponse
from .get_attachments_response import GetAttachmentsResponse
from .get_candidate_attachments_response import GetCandidateAttachmentsResponse
from .get_candidates_response import GetCandidatesResponse
from .get_custom_fields_response import GetCustomFieldsResponse
from .get_integration_by_token_response import GetIntegrationByTokenResponse
from .get_integration_details_response import GetIntegrationDetailsResponse
from .get_integration_fields_response import GetIntegrationFieldsResponse
from .get_interviews_response import GetInterviewsResponse
from .get_jobs_response import GetJobsResponse
from .get_notes_response import GetNotesResponse
from .get_offers_response import GetOffersResponse
from .get_rejection_reasons_response import GetRejectionReasonsResponse
from .get_roles_response import GetRolesResponse
from .get_scorecards_response import GetScorecardsResponse
from .get_tags_response import GetTagsResponse
from .get_tools_response import GetToolsResponse
from .get_users_response import GetUsersResponse
from .greenhouse_post_headers import GreenhousePostHeaders
from .greenhouse_remote_fields import GreenhouseRemoteFields
from .hiring_team_member import HiringTeamMember
from .hiring_team_role import HiringTeamRole
from .http_method import HttpMethod
from .import_by_application_and_candidate_remote_ids import ImportByApplicationAndCandidateRemoteIds
from .import_by_application_and_job_remote_ids import ImportByApplicationAndJobRemoteIds
from .import_by_application_id import ImportByApplicationId
from .import_by_application_remote_id import ImportByApplicationRemoteId
from .import_by_candidate_and_job_remote_ids import ImportByCandidateAndJobRemoteIds
from .import_by_placement_id import ImportByPlacementId
from .import_tracked_application_request import ImportTrackedApplicationRequest
from .import_tracked_application_response import ImportTrackedApplicationResponse
from .imported_application_ids import ImportedApplicationIds
from .integration_category import IntegrationCategory
from .integration_created_webhook_data import IntegrationCreatedWebhookData
from .integration_created_webhook_payload import IntegrationCreatedWebhookPayload
from .integration_deleted_webhook_data import IntegrationDeletedWebhookData
from .integration_deleted_webhook_payload import IntegrationDeletedWebhookPayload
from .integration_details import IntegrationDetails
from .integration_field import IntegrationField
from .integration_field_definition import IntegrationFieldDefinition
from .integration_field_type import IntegrationFieldType
from .integration_fields_page import IntegrationFieldsPage
from .integration_state_changed_webhook_data import IntegrationStateChangedWebhookData
from .integration_state_changed_webhook_payload import IntegrationStateChangedWebhookPayload
from .integration_status import IntegrationStatus
from .integration_tool import IntegrationTool
from .interview import Interview
from .interview_application import InterviewApplication
from .interview_record import InterviewRecord
from .interviews_page import InterviewsPage
from .issue_change import IssueChange
from .issue_status import IssueStatus
from .issue_status_changed_webhook_data import IssueStatusChangedWebhookData
from .issue_status_changed_webhook_payload import IssueStatusChangedWebhookPayload
from .job import Job
from .job_posting import JobPosting
from .job_posting_status import JobPostingStatus
from .job_posting_visibility import JobPostingVisibility
from .job_reference import JobReference
from .job_role import JobRole
from .job_status import JobStatus
from .job_visibility import JobVisibility
from .jobs_page import JobsPage
from .link_type import LinkType
from .location import Location
from .move_application_to_stage_request import MoveApplicationToStageRequest
from .move_application_to_stage_response import MoveApplicationToStageResponse
from .multipart_file import MultipartFile
from .multipart_form_field import MultipartFormField
from .note import Note
from .note_content_type import NoteContentType
from .note_remote_fields import NoteRemoteFields
from .note_remote_fields_bullhorn import NoteRemoteFieldsBullhorn
from .note_remote_fields_greenhousev_3 import NoteRemoteFieldsGreenhousev3
from .note_remote_fields_greenhousev_3_visibility import NoteRemoteFieldsGreenhousev3Visibility
from .note_remote_fields_lever import NoteRemoteFieldsLever
from .note_remote_fields_recruitee import NoteRemoteFieldsRecruitee
from .note_remote_fields_talent_360 import NoteRemoteFieldsTalent360
from .note_remote_fields_teamtailor import NoteRemoteFieldsTeamtailor
from .notes_page import NotesPage
from .offer import Offer
from .offer_application import OfferApplication
from .offer_candidate import OfferCandidate
from .offer_status import OfferStatus
from .offers_page import OffersPage
from .oracle_document_remote_fields import OracleDocumentRemoteFields
from .oracle_document_remote_fields_override_document_category import OracleDocumentRemoteFieldsOverrideDocumentCategory
from .pass_through_fields import PassThroughFields
from .passthrough_headers import PassthroughHeaders
from .passthrough_result import PassthroughResult
from .phone_number import PhoneNumber
from .qa_status import QaStatus
from .reject_application_request import RejectApplicationRequest
from .reject_application_response import RejectApplicationResponse
from .rejection_reason import RejectionReason
from .rejection_reasons_page import RejectionReasonsPage
from .rejection_remote_fields import RejectionRemoteFields
from .rejection_remote_fields_greenhousev_3 import RejectionRemoteFieldsGreenhousev3
from .rejection_remote_fields_greenhousev_3_rejection_email import RejectionRemoteFieldsGreenhousev3RejectionEmail
from .rejection_remote_fields_teamtailor import RejectionRemoteFieldsTeamtailor
from .remote_fields import RemoteFields
from .remote_work_status import RemoteWorkStatus
from .remove_candidate_tag_request import RemoveCandidateTagRequest
from .remove_candidate_tag_response import RemoveCandidateTagResponse
from .result_link_attribute import ResultLinkAttribute
from .result_link_details import ResultLinkDetails
from .result_link_remote_fields import ResultLinkRemoteFields
from .result_link_remote_fields_icims import ResultLinkRemoteFieldsIcims
from .result_link_remote_fields_talent_360 import ResultLinkRemoteFieldsTalent360
from .role import Role
from .role_scope import RoleScope
from .role_type import RoleType
from .roles_page import RolesPage
from .salary_expectation_period import SalaryExpectationPeriod
from .salary_expectations import SalaryExpectations
from .salary_period import SalaryPeriod
from .scope_config_reference import ScopeConfigReference
from .scope_config_setting import ScopeConfigSetting
from .scorecard import Scorecard
from .scorecard_option import ScorecardOption
from .scorecard_question_type import ScorecardQuestionType
from .scorecard_response import ScorecardResponse
from .scorecards_page import ScorecardsPage
from .screening_question import ScreeningQuestion
from .screening_question_answer import ScreeningQuestionAnswer
from .screening_question_category import ScreeningQuestionCategory
from .screening_question_display_type import ScreeningQuestionDisplayType
from .screening_question_format import ScreeningQuestionFormat
from .screening_question_option import ScreeningQuestionOption
from .screening_question_type import ScreeningQuestionType
from .send_passthrough_request_request import SendPassthroughRequestRequest
from .send_passthrough_request_request_api_options import SendPassthroughRequestRequestApiOptions
from .send_passthrough_request_request_headers import SendPassthroughRequestRequestHeaders
from .send_passthrough_request_request_params import SendPassthroughRequestRequestParams
from .send_passthrough_request_response import SendPassthroughRequestResponse
from .set_integration_enabled_request import SetIntegrationEnabledRequest
from .set_integration_enabled_response import SetIntegrationEnabledResponse
from .setup_status import SetupStatus
from .social_link import SocialLink
from .social_media import SocialMedia
from .source import Source
from .sourced_by import SourcedBy
from .stage import Stage
from .stage_change_remote_fields import StageChangeRemoteFields
from .stage_change_remote_fields_successfactors import StageChangeRemoteFieldsSuccessfactors
from .stage_change_remote_fields_successfactors_job_application import (
    StageChangeRemoteFieldsSuccessfactorsJobApplication,
)
from .stage_change_remote_fields_workday import StageChangeRemoteFieldsWorkday
from .stage_change_remote_fields_workday_step_type import StageChangeRemoteFieldsWorkdayStepType
from .stage_reference import StageReference
from .stage_status import StageStatus
from .stored_attachment import StoredAttachment
from .submitted_screening_answer import SubmittedScreeningAnswer
from .submitted_screening_question import SubmittedScreeningQuestion
from .sync_finished_webhook_data import SyncFinishedWebhookData
from .sync_finished_webhook_payload import SyncFinishedWebhookPayload
from .sync_state import SyncState
from .sync_status import SyncStatus
from .sync_type import SyncType
from .system_role import SystemRole
from .tag import Tag
from .tag_by_name import TagByName
from .tag_record import TagRecord
from .tag_remote_fields import TagRemoteFields
from .tags_page import TagsPage
from .tool import Tool
from .tool_assets import ToolAssets
from .tool_category import ToolCategory
from .tool_coverage import ToolCoverage
from .tool_id import ToolId
from .tool_list import ToolList
from .tracked_application import TrackedApplication
from .trigger_sync_request import TriggerSyncRequest
from .trigger_sync_response import TriggerSyncResponse
from .update_custom_field_mapping_request import UpdateCustomFieldMappingRequest
from .update_custom_field_mapping_response import UpdateCustomFieldMappingResponse
from .update_integration_field_request import UpdateIntegrationFieldRequest
from .update_integration_field_response import UpdateIntegrationFieldResponse
from .user import User
from .user_reference import UserReference
from .user_status import UserStatus
from .users_page import UsersPage
from .warning import Warning_
from .webhook_event_type import WebhookEventType
from .webhook_issue import WebhookIssue
from .webhook_issue_integration import WebhookIssueIntegration
from .workable_remote_fields import WorkableRemoteFields

__all__ = (
    "ActionResult",
    "AddApplicationAttachmentRequest",
    "AddApplicationAttachmentResponse",
    "AddApplicationNoteRequest",
    "AddApplicationNoteResponse",
    "AddApplicationResultLinkRequest",
    "AddApplicationResultLinkResponse",
    "AddCandidateAttachmentRequest",
    "AddCandidateAttachmentResponse",
    "AddCandidateResultLinkRequest",
    "AddCandidateResultLinkResponse",
    "AddCandidateTagRequest",
    "AddCandidateTagResponse",
    "AdditionalEmailAddress",
    "AdditionalPhoneNumber",
    "Application",
    "ApplicationCandidate",
    "ApplicationOffer",
    "ApplicationOutcome",
    "ApplicationStage",
    "ApplicationStagesPage",
    "ApplicationsPage",
    "Attachment",
    "AttachmentRemoteFields",
    "AttachmentType",
    "AttachmentsPage",
    "Candidate",
    "CandidateApplication",
    "CandidatesPage",
    "ChangedModel",
    "ChangedModelName",
    "CheckApiKeyResponse",
    "CheckApiKeyResponseData",
    "ConnectLanguage",
    "ConnectedIntegration",
    "ConnectionFlowFailedWebhookData",
    "ConnectionFlowFailedWebhookPayload",
    "ConnectionLink",
    "ContactType",
    "ContentRef",
    "CoverageStatus",
    "CreateApplicationCandidate",
    "CreateApplicationLocation",
    "CreateApplicationRequest",
    "CreateApplicationResponse",
    "CreateCandidateApplication",
    "CreateCandidateRequest",
    "CreateCandidateResponse",
    "CreateConnectionLinkRequest",
    "CreateConnectionLinkResponse",
    "CreateReconnectionLinkRequest",
    "CreateReconnectionLinkResponse",
    "CreateSetupLinkRequest",
    "CreateSetupLinkResponse",
    "CreatedApplication",
    "CreatedLink",
    "CustomFieldMapping",
    "CustomFields",
    "CustomFieldsPage",
    "DataChangedWebhookData",
    "DataChangedWebhookPayload",
    "DatapointCoverage",
    "DeleteIntegrationRequest",
    "DeleteIntegrationResponse",
    "EmailAddress",
    "EmploymentType",
    "EndUser",
    "ErrorDetail",
    "ErrorResponse",
    "FetchedAttachment",
    "FetchedAttachmentList",
    "FieldCoverage",
    "FileAnswer",
    "GdprConsent",
    "Gender",
    "GetApplicationAttachmentsResponse",
    "GetApplicationStagesResponse",
    "GetApplicationsResponse",
    "GetAttachmentsResponse",
    "GetCandidateAttachmentsResponse",
    "GetCandidatesResponse",
    "GetCustomFieldsResponse",
    "GetIntegrationByTokenResponse",
    "GetIntegrationDetailsResponse",
    "GetIntegrationFieldsResponse",
    "GetInterviewsResponse",
    "GetJobsResponse",
    "GetNotesResponse",
    "GetOffersResponse",
    "GetRejectionReasonsResponse",
    "GetRolesResponse",
    "GetScorecardsResponse",
    "GetTagsResponse",
    "GetToolsResponse",
    "GetUsersResponse",
    "GreenhousePostHeaders",
    "GreenhouseRemoteFields",
    "HiringTeamMember",
    "HiringTeamRole",
    "HttpMethod",
    "ImportByApplicationAndCandidateRemoteIds",
    "ImportByApplicationAndJobRemoteIds",
    "ImportByApplicationId",
    "ImportByApplicationRemoteId",
    "ImportByCandidateAndJobRemoteIds",
    "ImportByPlacementId",
    "ImportTrackedApplicationRequest",
    "ImportTrackedApplicationResponse",
    "ImportedApplicationIds",
    "IntegrationCategory",
    "IntegrationCreatedWebhookData",
    "IntegrationCreatedWebhookPayload",
    "IntegrationDeletedWebhookData",
    "IntegrationDeletedWebhookPayload",
    "IntegrationDetails",
    "IntegrationField",
    "IntegrationFieldDefinition",
    "IntegrationFieldType",
    "IntegrationFieldsPage",
    "IntegrationStateChangedWebhookData",
    "IntegrationStateChangedWebhookPayload",
    "IntegrationStatus",
    "IntegrationTool",
    "Interview",
    "InterviewApplication",
    "InterviewRecord",
    "InterviewsPage",
    "IssueChange",
    "IssueStatus",
    "IssueStatusChangedWebhookData",
    "IssueStatusChangedWebhookPayload",
    "Job",
    "JobPosting",
    "JobPostingStatus",
    "JobPostingVisibility",
    "JobReference",
    "JobRole",
    "JobStatus",
    "JobVisibility",
    "JobsPage",
    "LinkType",
    "Location",
    "MoveApplicationToStageRequest",
    "MoveApplicationToStageResponse",
    "MultipartFile",
    "MultipartFormField",
    "Note",
    "NoteContentType",
    "NoteRemoteFields",
    "NoteRemoteFieldsBullhorn",
    "NoteRemoteFieldsGreenhousev3",
    "NoteRemoteFieldsGreenhousev3Visibility",
    "NoteRemoteFieldsLever",
    "NoteRemoteFieldsRecruitee",
    "NoteRemoteFieldsTalent360",
    "NoteRemoteFieldsTeamtailor",
    "NotesPage",
    "Offer",
    "OfferApplication",
    "OfferCandidate",
    "OfferStatus",
    "OffersPage",
    "OracleDocumentRemoteFields",
    "OracleDocumentRemoteFieldsOverrideDocumentCategory",
    "PassThroughFields",
    "PassthroughHeaders",
    "PassthroughResult",
    "PhoneNumber",
    "QaStatus",
    "RejectApplicationRequest",
    "RejectApplicationResponse",
    "RejectionReason",
    "RejectionReasonsPage",
    "RejectionRemoteFields",
    "RejectionRemoteFieldsGreenhousev3",
    "RejectionRemoteFieldsGreenhousev3RejectionEmail",
    "RejectionRemoteFieldsTeamtailor",
    "RemoteFields",
    "RemoteWorkStatus",
    "RemoveCandidateTagRequest",
    "RemoveCandidateTagResponse",
    "ResultLinkAttribute",
    "ResultLinkDetails",
    "ResultLinkRemoteFields",
    "ResultLinkRemoteFieldsIcims",
    "ResultLinkRemoteFieldsTalent360",
    "Role",
    "RoleScope",
    "RoleType",
    "RolesPage",
    "SalaryExpectationPeriod",
    "SalaryExpectations",
    "SalaryPeriod",
    "ScopeConfigReference",
    "ScopeConfigSetting",
    "Scorecard",
    "ScorecardOption",
    "ScorecardQuestionType",
    "ScorecardResponse",
    "ScorecardsPage",
    "ScreeningQuestion",
    "ScreeningQuestionAnswer",
    "ScreeningQuestionCategory",
    "ScreeningQuestionDisplayType",
    "ScreeningQuestionFormat",
    "ScreeningQuestionOption",
    "ScreeningQuestionType",
    "SendPassthroughRequestRequest",
    "SendPassthroughRequestRequestApiOptions",
    "SendPassthroughRequestRequestHeaders",
    "SendPassthroughRequestRequestParams",
    "SendPassthroughRequestResponse",
    "SetIntegrationEnabledRequest",
    "SetIntegrationEnabledResponse",
    "SetupStatus",
    "SocialLink",
    "SocialMedia",
    "Source",
    "SourcedBy",
    "Stage",
    "StageChangeRemoteFields",
    "StageChangeRemoteFieldsSuccessfactors",
    "StageChangeRemoteFieldsSuccessfactorsJobApplication",
    "StageChangeRemoteFieldsWorkday",
    "StageChangeRemoteFieldsWorkdayStepType",
    "StageReference",
    "StageStatus",
    "StoredAttachment",
    "SubmittedScreeningAnswer",
    "SubmittedScreeningQuestion",
    "SyncFinishedWebhookData",
    "SyncFinishedWebhookPayload",
    "SyncState",
    "SyncStatus",
    "SyncType",
    "SystemRole",
    "Tag",
    "TagByName",
    "TagRecord",
    "TagRemoteFields",
    "TagsPage",
    "Tool",
    "ToolAssets",
    "ToolCategory",
    "ToolCoverage",
    "ToolId",
    "ToolList",
    "TrackedApplication",
    "TriggerSyncRequest",
    "TriggerSyncResponse",
    "UpdateCustomFieldMappingRequest",
    "UpdateCustomFieldMappingResponse",
    "UpdateIntegrationFieldRequest",
    "UpdateIntegrationFieldResponse",
    "User",
    "UserReference",
    "UserStatus",
    "UsersPage",
    "Warning_",
    "WebhookEventType",
    "WebhookIssue",
    "WebhookIssueIntegration",
    "WorkableRemoteFields",
)
