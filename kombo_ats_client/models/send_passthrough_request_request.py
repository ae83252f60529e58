from __future__ import annotations

import builtins
import datetime as _datetime_module
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MissingFieldError, ModelParseError
from ..models.http_method import HttpMethod
from ..types import UNSET, Unset
from ..types import decoded_with as _decoded_with

_new_instance = object.__new__
# date-time strings are parsed in C; from_dict then requires the result to be timezone-aware.
_parse_datetime = _datetime_module.datetime.fromisoformat

# The JSON keys this model knows; from_dict puts any others into additional_properties (kombo_ats's msgspec page
# decoder also checks them against the attribute names: a key that is not an attribute keeps the from_dict path).
_KNOWN_FIELDS = frozenset(
    {
        "method",
        "path",
        "headers",
        "params",
        "data",
        "response_as_base64",
        "multipart_form_data",
        "api_options",
    }
)

T = TypeVar("T", bound="SendPassthroughRequestRequest")


@_attrs_define
class SendPassthroughRequestRequest:
    """
    Example:
        {'method': 'GET', 'path': '/company/employees'}

    """

    method: HttpMethod

    path: str
    """ Path of the remote endpoint, appended to the API's base URL (which Kombo knows), e.g. `/company/employees`.
    """

    headers: _SendPassthroughRequestRequestHeadersMap | Unset = UNSET
    """ Headers to send; Kombo adds the authentication headers itself. """

    params: _SendPassthroughRequestRequestParamsMap | Unset = UNSET
    """ Query parameters to send in addition to those in `path`. """

    data: Any | Unset = UNSET
    """ The request body: an object or array is sent as JSON, a string as it is. """

    response_as_base64: bool | Unset = UNSET
    """ Return the remote body base64-encoded (for binary answers such as PDFs). """

    multipart_form_data: list[MultipartFormField] | Unset = UNSET
    """ Send a multipart/form-data body made of these fields instead of `data`. """

    api_options: _SendPassthroughRequestRequestApiOptionsMap | Unset = UNSET
    """ Options for the chosen passthrough API's adapter (advanced; mostly undocumented). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_pre_init__(self) -> None:
        # msgspec (kombo_ats's page decoder) calls this on each instance it builds: with the attribute already set,
        # it need not find it missing, which costs an AttributeError per model instance (~0.3 us).
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["method"] = self.method.value

        field_dict["path"] = self.path

        headers = self.headers
        if headers is not UNSET:
            field_dict["headers"] = headers.to_dict()

        params = self.params
        if params is not UNSET:
            field_dict["params"] = params.to_dict()

        data = self.data
        if data is not UNSET:
            field_dict["data"] = data

        response_as_base64 = self.response_as_base64
        if response_as_base64 is not UNSET:
            field_dict["response_as_base64"] = response_as_base64

        multipart_form_data = self.multipart_form_data
        if multipart_form_data is not UNSET:
            field_dict["multipart_form_data"] = [
                item.to_dict() if isinstance(item, MultipartFormField) else item for item in multipart_form_data
            ]

        api_options = self.api_options
        if api_options is not UNSET:
            field_dict["api_options"] = api_options.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without __init__ (every attribute is set below): saves the keyword-argument call.
        send_passthrough_request_request = _new_instance(cls)
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ModelParseError.not_an_object("SendPassthroughRequestRequest", src_dict)
        try:
            _method = src_dict["method"]
            _path = src_dict["path"]
        except KeyError as exc:
            raise MissingFieldError("SendPassthroughRequestRequest", str(exc.args[0])) from None
        # Fast path: the API sends every field (nulls included), so when the payload has exactly as many keys as
        # this model knows, plain subscripts (no call) read them all, and no key-by-key unknown-field check is
        # needed. Anything else (a field left out, unknown fields) takes the .get() path below.
        _complete = False
        if len(src_dict) == 8:
            try:
                _headers = src_dict["headers"]
                _params = src_dict["params"]
                send_passthrough_request_request.data = src_dict["data"]
                send_passthrough_request_request.response_as_base64 = src_dict["response_as_base64"]
                _multipart_form_data = src_dict["multipart_form_data"]
                _api_options = src_dict["api_options"]
                _complete = True
            except KeyError:
                pass
        if not _complete:
            _get = src_dict.get
            _headers = _get("headers", UNSET)
            _params = _get("params", UNSET)
            send_passthrough_request_request.data = _get("data", UNSET)
            send_passthrough_request_request.response_as_base64 = _get("response_as_base64", UNSET)
            _multipart_form_data = _get("multipart_form_data", UNSET)
            _api_options = _get("api_options", UNSET)
        try:
            send_passthrough_request_request.method = HttpMethod(_method)
        except (TypeError, ValueError):
            raise ModelParseError.invalid(
                "SendPassthroughRequestRequest", "method", _method, "a HttpMethod value"
            ) from None

        if not isinstance(_path, str):
            raise ModelParseError.invalid("SendPassthroughRequestRequest", "path", _path, "a string")

        send_passthrough_request_request.path = _path

        if _headers is UNSET:
            send_passthrough_request_request.headers = UNSET
        else:
            send_passthrough_request_request.headers = SendPassthroughRequestRequestHeaders.from_dict(_headers)

        if _params is UNSET:
            send_passthrough_request_request.params = UNSET
        else:
            send_passthrough_request_request.params = SendPassthroughRequestRequestParams.from_dict(_params)

        if _multipart_form_data is UNSET:
            send_passthrough_request_request.multipart_form_data = UNSET
        else:
            if not isinstance(_multipart_form_data, list):
                raise ModelParseError.invalid(
                    "SendPassthroughRequestRequest", "multipart_form_data", _multipart_form_data, "a JSON array"
                )
            send_passthrough_request_request.multipart_form_data = list(
                map(MultipartFormField.from_dict, _multipart_form_data)
            )

        if _api_options is UNSET:
            send_passthrough_request_request.api_options = UNSET
        else:
            send_passthrough_request_request.api_options = SendPassthroughRequestRequestApiOptions.from_dict(
                _api_options
            )

        if _complete or _KNOWN_FIELDS.issuperset(src_dict):
            send_passthrough_request_request.additional_properties = {}
        else:
            send_passthrough_request_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }

        return send_passthrough_request_request

    # pydantic's protocol (FastAPI response models, bodies, /docs); kombo_ats._pydantic is imported only when asked.
    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        from kombo_ats._pydantic import core_schema

        return core_schema(cls, handler)

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: Any, handler: Any) -> Any:
        from kombo_ats._pydantic import json_schema

        return json_schema(cls, schema, handler)

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


# Imported after the class, not inside from_dict/to_dict on every call: a model that this one refers to
# (directly or through a cycle) then finds this class already defined.
from ..models.multipart_form_field import MultipartFormField  # noqa: E402
from ..models.send_passthrough_request_request_api_options import SendPassthroughRequestRequestApiOptions  # noqa: E402
from ..models.send_passthrough_request_request_headers import SendPassthroughRequestRequestHeaders  # noqa: E402
from ..models.send_passthrough_request_request_params import SendPassthroughRequestRequestParams  # noqa: E402

# What msgspec reads in the annotations above for the fields it cannot express as declared (types.decoded_with):
# an open enum is "Enum | str" and a map model keeps every key; type checkers see the declared types.
if TYPE_CHECKING:
    _SendPassthroughRequestRequestHeadersMap: TypeAlias = SendPassthroughRequestRequestHeaders
    _SendPassthroughRequestRequestParamsMap: TypeAlias = SendPassthroughRequestRequestParams
    _SendPassthroughRequestRequestApiOptionsMap: TypeAlias = SendPassthroughRequestRequestApiOptions
else:
    _SendPassthroughRequestRequestHeadersMap = _decoded_with(
        "SendPassthroughRequestRequestHeadersMap", SendPassthroughRequestRequestHeaders.from_dict
    )
    _SendPassthroughRequestRequestParamsMap = _decoded_with(
        "SendPassthroughRequestRequestParamsMap", SendPassthroughRequestRequestParams.from_dict
    )
    _SendPassthroughRequestRequestApiOptionsMap = _decoded_with(
        "SendPassthroughRequestRequestApiOptionsMap", SendPassthroughRequestRequestApiOptions.from_dict
    )
