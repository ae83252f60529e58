"""Contains all the data models used in inputs/outputs"""

from .additional_email_address import AdditionalEmailAddress
from .additional_phone_number import AdditionalPhoneNumber
from .application import Application
from .application_candidate import ApplicationCandidate
from .application_offer import ApplicationOffer
from .application_outcome import ApplicationOutcome
from .applications_page import ApplicationsPage
from .attachment import Attachment
from .attachment_type import AttachmentType
from .candidate import Candidate
from .candidate_application import CandidateApplication
from .candidates_page import CandidatesPage
from .contact_type import ContactType
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
from .file_answer import FileAnswer
from .gdpr_consent import GdprConsent
from .gender import Gender
from .get_applications_response import GetApplicationsResponse
from .get_candidates_response import GetCandidatesResponse
from .get_jobs_response import GetJobsResponse
from .get_offers_response import GetOffersResponse
from .greenhouse_post_headers import GreenhousePostHeaders
from .greenhouse_remote_fields import GreenhouseRemoteFields
from .hiring_team_member import HiringTeamMember
from .hiring_team_role import HiringTeamRole
from .integration_field import IntegrationField
from .integration_field_type import IntegrationFieldType
from .interview import Interview
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
from .offer import Offer
from .offer_application import OfferApplication
from .offer_candidate import OfferCandidate
from .offer_status import OfferStatus
from .offers_page import OffersPage
from .pass_through_fields import PassThroughFields
from .phone_number import PhoneNumber
from .remote_fields import RemoteFields
from .remote_work_status import RemoteWorkStatus
from .role_scope import RoleScope
from .role_type import RoleType
from .salary_expectation_period import SalaryExpectationPeriod
from .salary_expectations import SalaryExpectations
from .salary_period import SalaryPeriod
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
from .submitted_screening_answer import SubmittedScreeningAnswer
from .submitted_screening_question import SubmittedScreeningQuestion
from .tag import Tag
from .warning import Warning_
from .workable_remote_fields import WorkableRemoteFields

__all__ = (
    "AdditionalEmailAddress",
    "AdditionalPhoneNumber",
    "Application",
    "ApplicationCandidate",
    "ApplicationOffer",
    "ApplicationOutcome",
    "ApplicationsPage",
    "Attachment",
    "AttachmentType",
    "Candidate",
    "CandidateApplication",
    "CandidatesPage",
    "ContactType",
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
    "FileAnswer",
    "GdprConsent",
    "Gender",
    "GetApplicationsResponse",
    "GetCandidatesResponse",
    "GetJobsResponse",
    "GetOffersResponse",
    "GreenhousePostHeaders",
    "GreenhouseRemoteFields",
    "HiringTeamMember",
    "HiringTeamRole",
    "IntegrationField",
    "IntegrationFieldType",
    "Interview",
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
    "Offer",
    "OfferApplication",
    "OfferCandidate",
    "OfferStatus",
    "OffersPage",
    "PassThroughFields",
    "PhoneNumber",
    "RemoteFields",
    "RemoteWorkStatus",
    "RoleScope",
    "RoleType",
    "SalaryExpectationPeriod",
    "SalaryExpectations",
    "SalaryPeriod",
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
    "SubmittedScreeningAnswer",
    "SubmittedScreeningQuestion",
    "Tag",
    "Warning_",
    "WorkableRemoteFields",
)
