"""Contains all the data models used in inputs/outputs"""

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
from .attachment_type import AttachmentType
from .attachments_page import AttachmentsPage
from .candidate import Candidate
from .candidate_application import CandidateApplication
from .candidates_page import CandidatesPage
from .contact_type import ContactType
from .content_ref import ContentRef
from .create_application_candidate import CreateApplicationCandidate
from .create_application_location import CreateApplicationLocation
from .create_application_request import CreateApplicationRequest
from .create_application_response import CreateApplicationResponse
from .created_application import CreatedApplication
from .custom_fields import CustomFields
from .email_address import EmailAddress
from .employment_type import EmploymentType
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .fetched_attachment import FetchedAttachment
from .fetched_attachment_list import FetchedAttachmentList
from .file_answer import FileAnswer
from .gdpr_consent import GdprConsent
from .gender import Gender
from .get_application_attachments_response import GetApplicationAttachmentsResponse
from .get_application_stages_response import GetApplicationStagesResponse
from .get_applications_response import GetApplicationsResponse
from .get_attachments_response import GetAttachmentsResponse
from .get_candidate_attachments_response import GetCandidateAttachmentsResponse
from .get_candidates_response import GetCandidatesResponse
from .get_interviews_response import GetInterviewsResponse
from .get_jobs_response import GetJobsResponse
from .get_notes_response import GetNotesResponse
from .get_offers_response import GetOffersResponse
from .get_rejection_reasons_response import GetRejectionReasonsResponse
from .get_roles_response import GetRolesResponse
from .get_scorecards_response import GetScorecardsResponse
from .get_tags_response import GetTagsResponse
from .get_users_response import GetUsersResponse
from .greenhouse_post_headers import GreenhousePostHeaders
from .greenhouse_remote_fields import GreenhouseRemoteFields
from .hiring_team_member import HiringTeamMember
from .hiring_team_role import HiringTeamRole
from .integration_field import IntegrationField
from .integration_field_type import IntegrationFieldType
from .interview import Interview
from .interview_application import InterviewApplication
from .interviews_page import InterviewsPage
from .job import Job
from .job_posting import JobPosting
from .job_posting_status import JobPostingStatus
from .job_posting_visibility import JobPostingVisibility
from .job_reference import JobReference
from .job_role import JobRole
from .job_status import JobStatus
from .job_visibility import JobVisibility
from .jobs_page import JobsPage
from .location import Location
from .note import Note
from .notes_page import NotesPage
from .offer import Offer
from .offer_application import OfferApplication
from .offer_candidate import OfferCandidate
from .offer_status import OfferStatus
from .offers_page import OffersPage
from .pass_through_fields import PassThroughFields
from .phone_number import PhoneNumber
from .rejection_reason import RejectionReason
from .rejection_reasons_page import RejectionReasonsPage
from .remote_fields import RemoteFields
from .remote_work_status import RemoteWorkStatus
from .role import Role
from .role_scope import RoleScope
from .role_type import RoleType
from .roles_page import RolesPage
from .salary_expectation_period import SalaryExpectationPeriod
from .salary_expectations import SalaryExpectations
from .salary_period import SalaryPeriod
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
from .social_link import SocialLink
from .social_media import SocialMedia
from .source import Source
from .sourced_by import SourcedBy
from .stage import Stage
from .stage_reference import StageReference
from .stage_status import StageStatus
from .stored_attachment import StoredAttachment
from .submitted_screening_answer import SubmittedScreeningAnswer
from .submitted_screening_question import SubmittedScreeningQuestion
from .system_role import SystemRole
from .tag import Tag
from .tags_page import TagsPage
from .user import User
from .user_reference import UserReference
from .user_status import UserStatus
from .users_page import UsersPage
from .warning import Warning_
from .workable_remote_fields import WorkableRemoteFields

__all__ = (
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
    "AttachmentType",
    "AttachmentsPage",
    "Candidate",
    "CandidateApplication",
    "CandidatesPage",
    "ContactType",
    "ContentRef",
    "CreateApplicationCandidate",
    "CreateApplicationLocation",
    "CreateApplicationRequest",
    "CreateApplicationResponse",
    "CreatedApplication",
    "CustomFields",
    "EmailAddress",
    "EmploymentType",
    "ErrorDetail",
    "ErrorResponse",
    "FetchedAttachment",
    "FetchedAttachmentList",
    "FileAnswer",
    "GdprConsent",
    "Gender",
    "GetApplicationAttachmentsResponse",
    "GetApplicationStagesResponse",
    "GetApplicationsResponse",
    "GetAttachmentsResponse",
    "GetCandidateAttachmentsResponse",
    "GetCandidatesResponse",
    "GetInterviewsResponse",
    "GetJobsResponse",
    "GetNotesResponse",
    "GetOffersResponse",
    "GetRejectionReasonsResponse",
    "GetRolesResponse",
    "GetScorecardsResponse",
    "GetTagsResponse",
    "GetUsersResponse",
    "GreenhousePostHeaders",
    "GreenhouseRemoteFields",
    "HiringTeamMember",
    "HiringTeamRole",
    "IntegrationField",
    "IntegrationFieldType",
    "Interview",
    "InterviewApplication",
    "InterviewsPage",
    "Job",
    "JobPosting",
    "JobPostingStatus",
    "JobPostingVisibility",
    "JobReference",
    "JobRole",
    "JobStatus",
    "JobVisibility",
    "JobsPage",
    "Location",
    "Note",
    "NotesPage",
    "Offer",
    "OfferApplication",
    "OfferCandidate",
    "OfferStatus",
    "OffersPage",
    "PassThroughFields",
    "PhoneNumber",
    "RejectionReason",
    "RejectionReasonsPage",
    "RemoteFields",
    "RemoteWorkStatus",
    "Role",
    "RoleScope",
    "RoleType",
    "RolesPage",
    "SalaryExpectationPeriod",
    "SalaryExpectations",
    "SalaryPeriod",
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
    "SocialLink",
    "SocialMedia",
    "Source",
    "SourcedBy",
    "Stage",
    "StageReference",
    "StageStatus",
    "StoredAttachment",
    "SubmittedScreeningAnswer",
    "SubmittedScreeningQuestion",
    "SystemRole",
    "Tag",
    "TagsPage",
    "User",
    "UserReference",
    "UserStatus",
    "UsersPage",
    "Warning_",
    "WorkableRemoteFields",
)
