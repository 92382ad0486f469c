"""The messages of the sync protocol (pydantic 2), shared by the desktop client and the central store.

Every model forbids unknown fields, and every string and list is bounded, so a hostile payload is
refused with a 4xx before it reaches the database.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from lzz_desktop.domain.wire import TEXT_LIMIT, text_problem

PUSH_BATCH_LIMIT = 250
PULL_PAGE_LIMIT = 2000
MAX_TEXT = TEXT_LIMIT  # characters of one field value (checked per op: a refusal, not a 422)


def _storable(value: str) -> str:
    problem = text_problem(value)
    if problem:
        raise ValueError(problem)
    return value


Uuid = Annotated[str, StringConstraints(min_length=1, max_length=36, pattern=r"^[0-9A-Za-z-]+$")]
Name = Annotated[str, StringConstraints(min_length=1, max_length=200), AfterValidator(_storable)]
EntityName = Annotated[str, StringConstraints(min_length=1, max_length=50, pattern=r"^[a-z_]+$")]
FieldName = Annotated[str, StringConstraints(min_length=1, max_length=100, pattern=r"^[a-z_0-9]+$")]
# Values are checked per op by ``domain.wire.check_value`` (a refused op, the rest applies); the
# request size limit bounds them here.
Scalar = str | int | float | bool | None
Role = Literal["office", "consultant", "district"]
OpKind = Literal["insert", "update", "delete", "restore"]


class Message(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LoginRequest(Message):
    user: Name
    password: Annotated[str, StringConstraints(min_length=1, max_length=1000), AfterValidator(_storable)]
    device_name: Annotated[str, StringConstraints(max_length=200), AfterValidator(_storable)] = ""


class LoginResponse(Message):
    token: str
    device_id: str
    user: str
    role: Role
    epoch: str


class Me(Message):
    user: str
    role: Role
    districts: list[str] = Field(description="ids of the districts the user may read; all for office")
    all_districts: bool
    epoch: str
    consultancy: str = Field(default="", description="the consultancy the account works for, if any")


class Op(Message):
    """One outbox entry: ``changes`` maps a field to ``[old, new]``."""

    op_id: Uuid
    entity: EntityName
    entity_id: Uuid
    district_id: Uuid | None = None
    op: OpKind
    base_version: Annotated[int, Field(ge=0, le=2**31)] | None = None
    changes: Annotated[dict[FieldName, tuple[Scalar, Scalar]], Field(max_length=100)] = {}


class PushRequest(Message):
    ops: Annotated[list[Op], Field(max_length=PUSH_BATCH_LIMIT)]


OpStatus = Literal["applied", "merged", "conflict", "duplicate", "unchanged", "refused"]

# Why the store refused one operation (``OpResult.reason``); the rest of the batch still applies.
REFUSAL_REASONS = (
    "invalid_value",  # a value breaks a rule: range, NUL, surrogate, non-finite number, unknown enum
    "unknown_entity",
    "unknown_field",
    "missing_field",
    "foreign_reference",  # a reference to a record of another district, or to no record at all
    "no_write_access",  # the account's role or districts do not allow this write
    "wrong_district",  # the operation names another district than its record
    "not_found",  # update/delete/restore of a record the store does not have
    "wrong_kind",  # the id belongs to a record of another kind
    "frozen",  # an approved protocol or a decided concept
)


class OpResult(Message):
    op_id: str
    status: OpStatus
    version: int | None = None
    conflicts: list[str] = []
    reason: str = Field(default="", description="with status 'refused': one of REFUSAL_REASONS")
    detail: str = Field(default="", description="with status 'refused': what was wrong, for the log")


class PushResponse(Message):
    epoch: str
    results: list[OpResult]


class RecordState(Message):
    """A record as the server holds it now. ``data`` has every field except ``id`` and
    ``version``; datetimes and dates as ISO 8601 text."""

    entity: str
    id: str
    district_id: str | None
    version: int
    deleted: bool
    data: dict[str, Any]


ConflictKind = Literal["field", "text", "delete"]


class ConflictState(Message):
    """A stored conflict keeping both values. ``field`` is empty for delete-versus-edit."""

    id: str
    entity: str
    entity_id: str
    district_id: str | None
    kind: ConflictKind
    field: str
    base: Any = None
    mine: Any = None
    theirs: Any = None
    created_by: str = Field(default="", description="account whose push met the conflict (the 'mine' side)")
    created_at: str = ""
    theirs_by: str = Field(default="", description="account that last wrote the store's value")
    theirs_at: str = Field(default="", description="when the store's value was written, ISO 8601")


class PullResponse(Message):
    epoch: str
    cursor: int
    has_more: bool
    records: list[RecordState]
    districts: list[str]
    all_districts: bool
    conflicts: list[ConflictState] | None = Field(
        default=None, description="open conflicts of the user's districts, on the last page only"
    )


class RecordsRequest(Message):
    ids: Annotated[list[Uuid], Field(min_length=1, max_length=PUSH_BATCH_LIMIT)]


class RecordsResponse(Message):
    records: list[RecordState]


class ResolveRequest(Message):
    note: Annotated[str, StringConstraints(max_length=1000), AfterValidator(_storable)] = ""


class ErasureState(Message):
    """That a record was erased for good (Art. 17 DSGVO): which, by whom, when — nothing of what
    it held."""

    record_id: str
    entity: str
    district_id: str | None
    erased_by: str = ""
    erased_at: str = ""


class EraseRequest(Message):
    """Erase these persons (actor ids) for good, with their consent records."""

    ids: Annotated[list[Uuid], Field(min_length=1, max_length=PUSH_BATCH_LIMIT)]


class ErasuresResponse(Message):
    erasures: list[ErasureState]


class AttachmentStatus(Message):
    sha256: str
    size: int
    received: int
    complete: bool


class Health(Message):
    status: Literal["ok"]
    epoch: str


class ErrorBody(Message):
    detail: Any


# --- accounts, managed by the programme office (/admin/…) ---------------------------------------
PASSWORD_MIN = 10  # characters of a password the office sets for a new account
ACCOUNT_DISTRICTS_LIMIT = 200  # district ids in one request
ADMIN_REASONS = ("duplicate_name", "unknown_account", "unknown_district", "one_district", "own_device")
Password = Annotated[
    str, StringConstraints(min_length=PASSWORD_MIN, max_length=1000), AfterValidator(_storable)
]
Consultancy = Annotated[str, StringConstraints(max_length=200), AfterValidator(_storable)]
DistrictIds = Annotated[list[Uuid], Field(max_length=ACCOUNT_DISTRICTS_LIMIT)]


class DeviceInfo(Message):
    """A device an account logged in from: never its token or the token's hash."""

    id: str
    name: str
    created_at: str = Field(description="when the device logged in, ISO 8601")
    last_used_at: str = Field(default="", description="when the device last called the store, ISO 8601")
    revoked: bool = Field(description="revoked or expired: the device has to log in again")


class AccountInfo(Message):
    """An account as the office sees it: never a password hash."""

    id: str
    name: str
    role: Role
    consultancy: str = ""
    districts: list[str] = Field(description="ids of the districts the account holds")
    devices: list[DeviceInfo]


class AccountsResponse(Message):
    accounts: list[AccountInfo]


class NewAccountRequest(Message):
    name: Name
    role: Role
    password: Password
    consultancy: Consultancy = ""
    districts: DistrictIds = []


class DistrictsRequest(Message):
    districts: Annotated[list[Uuid], Field(min_length=1, max_length=ACCOUNT_DISTRICTS_LIMIT)]


class RevokeDevicesRequest(Message):
    device_id: Uuid | None = Field(default=None, description="one device; all of the account's without")


class RevokeDevicesResponse(Message):
    revoked: int = Field(description="how many devices were revoked now")
