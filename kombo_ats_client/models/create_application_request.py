from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment import Attachment
    from ..models.create_application_candidate import CreateApplicationCandidate
    from ..models.gdpr_consent import GdprConsent
    from ..models.remote_fields import RemoteFields
    from ..models.screening_question_answer import ScreeningQuestionAnswer
    from ..models.source import Source
    from ..models.sourced_by import SourcedBy


T = TypeVar("T", bound="CreateApplicationRequest")


@_attrs_define
class CreateApplicationRequest:
    candidate: CreateApplicationCandidate
    stage_id: str | Unset = UNSET
    """ Stage to put the application in; the job's default stage when left out. """
    attachments: list[Attachment] | Unset = UNSET
    """ Files to upload. The first CV is shown as the resume where the ATS previews one. """
    source: Source | Unset = UNSET
    """ Deprecated - Kombo writes sources automatically. The source shown on the candidate. """
    sourced_by: SourcedBy | Unset = UNSET
    gdpr_consent: GdprConsent | Unset = UNSET
    """ Consent to process personal data, required in some jurisdictions (e.g. CZ, SK). """
    remote_fields: RemoteFields | Unset = UNSET
    """ Per-ATS pass-through objects (e.g. `greenhouse.candidate`, `successfactors.JobApplication`). Their content
    goes to the remote system unchanged; other ATS keys are allowed too. """
    screening_question_answers: list[ScreeningQuestionAnswer] | Unset = UNSET
    """ Unsupported question types are not submitted and come back as warnings. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        candidate = self.candidate.to_dict()

        stage_id = self.stage_id

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        sourced_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sourced_by, Unset):
            sourced_by = self.sourced_by.to_dict()

        gdpr_consent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gdpr_consent, Unset):
            gdpr_consent = self.gdpr_consent.to_dict()

        remote_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.remote_fields, Unset):
            remote_fields = self.remote_fields.to_dict()

        screening_question_answers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.screening_question_answers, Unset):
            screening_question_answers = []
            for screening_question_answers_item_data in self.screening_question_answers:
                screening_question_answers_item = screening_question_answers_item_data.to_dict()
                screening_question_answers.append(screening_question_answers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "candidate": candidate,
            }
        )
        if stage_id is not UNSET:
            field_dict["stage_id"] = stage_id
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if source is not UNSET:
            field_dict["source"] = source
        if sourced_by is not UNSET:
            field_dict["sourced_by"] = sourced_by
        if gdpr_consent is not UNSET:
            field_dict["gdpr_consent"] = gdpr_consent
        if remote_fields is not UNSET:
            field_dict["remote_fields"] = remote_fields
        if screening_question_answers is not UNSET:
            field_dict["screening_question_answers"] = screening_question_answers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment import Attachment
        from ..models.create_application_candidate import CreateApplicationCandidate
        from ..models.gdpr_consent import GdprConsent
        from ..models.remote_fields import RemoteFields
        from ..models.screening_question_answer import ScreeningQuestionAnswer
        from ..models.source import Source
        from ..models.sourced_by import SourcedBy

        d = dict(src_dict)
        candidate = CreateApplicationCandidate.from_dict(d.pop("candidate"))

        stage_id = d.pop("stage_id", UNSET)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[Attachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = Attachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        _source = d.pop("source", UNSET)
        source: Source | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = Source.from_dict(_source)

        _sourced_by = d.pop("sourced_by", UNSET)
        sourced_by: SourcedBy | Unset
        if isinstance(_sourced_by, Unset):
            sourced_by = UNSET
        else:
            sourced_by = SourcedBy.from_dict(_sourced_by)

        _gdpr_consent = d.pop("gdpr_consent", UNSET)
        gdpr_consent: GdprConsent | Unset
        if isinstance(_gdpr_consent, Unset):
            gdpr_consent = UNSET
        else:
            gdpr_consent = GdprConsent.from_dict(_gdpr_consent)

        _remote_fields = d.pop("remote_fields", UNSET)
        remote_fields: RemoteFields | Unset
        if isinstance(_remote_fields, Unset):
            remote_fields = UNSET
        else:
            remote_fields = RemoteFields.from_dict(_remote_fields)

        _screening_question_answers = d.pop("screening_question_answers", UNSET)
        screening_question_answers: list[ScreeningQuestionAnswer] | Unset = UNSET
        if _screening_question_answers is not UNSET:
            screening_question_answers = []
            for screening_question_answers_item_data in _screening_question_answers:
                screening_question_answers_item = ScreeningQuestionAnswer.from_dict(
                    screening_question_answers_item_data
                )

                screening_question_answers.append(screening_question_answers_item)

        create_application_request = cls(
            candidate=candidate,
            stage_id=stage_id,
            attachments=attachments,
            source=source,
            sourced_by=sourced_by,
            gdpr_consent=gdpr_consent,
            remote_fields=remote_fields,
            screening_question_answers=screening_question_answers,
        )

        create_application_request.additional_properties = d
        return create_application_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
