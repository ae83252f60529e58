"""``to_dict()`` writes date-times with a table-driven formatter: it must agree with ``isoformat`` everywhere."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from kombo_ats_client.models import Candidate
from kombo_ats_client.types import format_datetime

ZONES = st.sampled_from(
    [
        None,
        dt.UTC,
        dt.timezone(dt.timedelta(0)),
        dt.timezone(dt.timedelta(hours=2)),
        dt.timezone(dt.timedelta(hours=-5, minutes=-30)),
    ]
)


def reference(value: dt.datetime) -> str:
    return value.isoformat(timespec="milliseconds").replace("+00:00", "Z")


@settings(max_examples=400, deadline=None)
@given(st.datetimes(timezones=ZONES))
def test_format_datetime_equals_isoformat_for_every_datetime(value: dt.datetime) -> None:
    assert format_datetime(value) == reference(value)


def test_utc_values_are_written_as_kombo_writes_them() -> None:
    moment = dt.datetime(2024, 3, 9, 7, 5, 3, 45_999, tzinfo=dt.UTC)
    assert format_datetime(moment) == "2024-03-09T07:05:03.045Z"
    assert format_datetime(dt.datetime(812, 1, 2, tzinfo=dt.UTC)) == "0812-01-02T00:00:00.000Z"


def test_to_dict_round_trips_the_wire_form_of_changed_at() -> None:
    record = Candidate.from_dict({"id": "a" * 24, "changed_at": "2024-03-09T07:05:03.045Z"})
    assert record.to_dict()["changed_at"] == "2024-03-09T07:05:03.045Z"
    shifted = Candidate.from_dict({"id": "a" * 24, "changed_at": "2024-03-09T09:05:03.045+02:00"})
    assert shifted.to_dict()["changed_at"] == "2024-03-09T09:05:03.045+02:00"


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=253_402_300_799_999))  # up to 9999-12-31T23:59:59.999Z
def test_the_sandboxs_fast_timestamp_writer_agrees_with_the_one_wire_format(ms: int) -> None:
    """The sandbox writes stored epoch milliseconds with its own hot-path formatter: same output, by the one rule."""
    from kombo_ats_sandbox.data.records import iso

    moment = dt.datetime(1970, 1, 1, tzinfo=dt.UTC) + dt.timedelta(milliseconds=ms)
    assert iso(ms) == format_datetime(moment)
