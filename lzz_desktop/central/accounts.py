"""Accounts, district memberships and device tokens: Argon2id hashes, random tokens stored only as
their SHA-256, throttled failed logins."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import secrets
import uuid
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from lzz_desktop.central.db import (
    devices,
    login_address_failures,
    login_failures,
    memberships,
    records,
    users,
)
from lzz_desktop.sync.protocol import AccountInfo, DeviceInfo

ROLES = ("office", "consultant", "district")
TOKEN_DAYS = 180
FREE_FAILURES = 5  # failed logins of one name within FAILURE_WINDOW before it is locked for a while
FAILURE_WINDOW = dt.timedelta(minutes=15)
LOCK_SECONDS = 30  # doubles with each further failure …
MAX_LOCK_SECONDS = 15 * 60  # … up to this: spraying cannot keep an owner out for hours
ADDRESS_FREE_FAILURES = 20  # failed logins from one client address within ADDRESS_WINDOW
ADDRESS_WINDOW = dt.timedelta(minutes=10)
ADDRESS_LOCK = dt.timedelta(minutes=10)
LAST_USE_GRAIN = dt.timedelta(minutes=10)  # a device's last use is written at most this often
MAX_FAILURE_ROWS = 10_000  # unknown names tried do not grow the table without bound

_hasher = PasswordHasher()  # Argon2id with the library's current parameters


class AccountError(Exception):
    """A request about accounts that cannot be carried out; the message says why. ``status`` is
    the HTTP status the store answers with, ``reason`` one of ``protocol.ADMIN_REASONS`` (or "")."""

    def __init__(self, message: str, status: int = 422, reason: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.reason = reason


class LoginThrottledError(AccountError):
    def __init__(self, seconds: int) -> None:
        super().__init__(f"too many failed logins; try again in {seconds} s")
        self.seconds = seconds


@dataclass(frozen=True)
class Principal:
    user_id: str
    name: str
    role: str
    device_id: str
    districts: frozenset[str]
    consultancy: str = ""

    @property
    def all_districts(self) -> bool:
        return self.role == "office"

    def may_read(self, district_id: str | None) -> bool:
        return district_id is None or self.all_districts or district_id in self.districts


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def resolve_districts(conn: Connection, names: list[str]) -> list[str]:
    """District ids for names or ids of district records on the server."""
    rows = conn.execute(select(records.c.id, records.c.data).where(records.c.entity == "district")).all()
    by_id = {row.id for row in rows}
    by_name: dict[str, str] = {}
    for row in rows:
        by_name.setdefault(str(row.data.get("name", "")).casefold(), row.id)
    result = []
    for name in names:
        if name in by_id:
            result.append(name)
        elif name.casefold() in by_name:
            result.append(by_name[name.casefold()])
        else:
            raise AccountError(f"no district called {name!r} on the server", 422, "unknown_district")
    return result


def _user_id(conn: Connection, name: str) -> str:
    user_id = conn.execute(select(users.c.id).where(users.c.name == name)).scalar()
    if user_id is None:
        raise AccountError(f"no user called {name!r}", 404, "unknown_account")
    return str(user_id)


def add_user(
    conn: Connection, name: str, role: str, password: str, districts: list[str], consultancy: str = ""
) -> str:
    if role not in ROLES:
        raise AccountError(f"unknown role {role!r}")
    if not password:
        raise AccountError("the password must not be empty")
    if conn.execute(select(users.c.id).where(users.c.name == name)).first() is not None:
        raise AccountError(f"the user {name!r} exists already", 409, "duplicate_name")
    district_ids = resolve_districts(conn, districts)
    if role == "district" and len(district_ids) > 1:
        raise AccountError("a district account belongs to exactly one district", 409, "one_district")
    user_id = str(uuid.uuid4())
    try:
        with conn.begin_nested():  # a second office creating the same name at the same moment
            conn.execute(
                insert(users).values(
                    id=user_id,
                    name=name,
                    role=role,
                    password_hash=_hasher.hash(password),
                    created_at=_now(),
                    consultancy=consultancy.strip()[:200],
                )
            )
    except IntegrityError:
        raise AccountError(f"the user {name!r} exists already", 409, "duplicate_name") from None
    for district_id in district_ids:
        conn.execute(insert(memberships).values(user_id=user_id, district_id=district_id))
    return user_id


def grant(conn: Connection, name: str, districts: list[str]) -> None:
    user_id = _user_id(conn, name)
    role = conn.execute(select(users.c.role).where(users.c.id == user_id)).scalar_one()
    current = set(
        conn.execute(select(memberships.c.district_id).where(memberships.c.user_id == user_id)).scalars()
    )
    wanted = set(resolve_districts(conn, districts))
    if role == "district" and len(current | wanted) > 1:
        raise AccountError("a district account belongs to exactly one district", 409, "one_district")
    for district_id in sorted(wanted - current):
        conn.execute(insert(memberships).values(user_id=user_id, district_id=district_id))


def revoke(conn: Connection, name: str, districts: list[str]) -> None:
    user_id = _user_id(conn, name)
    ids = resolve_districts(conn, districts)
    conn.execute(
        delete(memberships).where(memberships.c.user_id == user_id, memberships.c.district_id.in_(ids))
    )


def set_password(conn: Connection, name: str, password: str) -> None:
    if not password:
        raise AccountError("the password must not be empty")
    user_id = _user_id(conn, name)
    conn.execute(update(users).where(users.c.id == user_id).values(password_hash=_hasher.hash(password)))


def revoke_devices(conn: Connection, name: str, device_id: str | None = None, keep: str | None = None) -> int:
    """Revoke one device of the user, or all of them (but ``keep``); returns how many were revoked."""
    user_id = _user_id(conn, name)
    stmt = update(devices).where(devices.c.user_id == user_id, devices.c.revoked_at.is_(None))
    if device_id:
        stmt = stmt.where(devices.c.id == device_id)
    if keep:
        stmt = stmt.where(devices.c.id != keep)
    return conn.execute(stmt.values(revoked_at=_now())).rowcount


# --- the office's view of the accounts (the /admin endpoints) ------------------------------------
def name_of(conn: Connection, user_id: str) -> str:
    """The name of the account with this id; AccountError (404) for an unknown id."""
    name = conn.execute(select(users.c.name).where(users.c.id == user_id)).scalar()
    if name is None:
        raise AccountError("no such account", 404, "unknown_account")
    return str(name)


def _iso(value: dt.datetime | None) -> str:
    return _aware(value).isoformat() if value is not None else ""


def list_accounts(conn: Connection, user_id: str | None = None) -> list[AccountInfo]:
    """Every account (or the one with ``user_id``) with its districts and devices, by name:
    never a password hash or a token hash."""
    stmt = select(users.c.id, users.c.name, users.c.role, users.c.consultancy).order_by(users.c.name)
    if user_id is not None:
        stmt = stmt.where(users.c.id == user_id)
    rows = conn.execute(stmt).all()
    ids = [row.id for row in rows]
    held: dict[str, list[str]] = {i: [] for i in ids}
    owned: dict[str, list[DeviceInfo]] = {i: [] for i in ids}
    if ids:
        for member in conn.execute(
            select(memberships.c.user_id, memberships.c.district_id)
            .where(memberships.c.user_id.in_(ids))
            .order_by(memberships.c.district_id)
        ):
            held[member.user_id].append(member.district_id)
        now = _now()
        for device in conn.execute(
            select(
                devices.c.id,
                devices.c.user_id,
                devices.c.name,
                devices.c.created_at,
                devices.c.last_used_at,
                devices.c.revoked_at,
                devices.c.expires_at,
            )
            .where(devices.c.user_id.in_(ids))
            .order_by(devices.c.created_at, devices.c.id)
        ):
            owned[device.user_id].append(
                DeviceInfo(
                    id=device.id,
                    name=device.name,
                    created_at=_iso(device.created_at),
                    last_used_at=_iso(device.last_used_at),
                    revoked=device.revoked_at is not None or _aware(device.expires_at) <= now,
                )
            )
    return [
        AccountInfo(
            id=row.id,
            name=row.name,
            role=row.role,
            consultancy=row.consultancy or "",
            districts=held[row.id],
            devices=owned[row.id],
        )
        for row in rows
    ]


def account(conn: Connection, user_id: str) -> AccountInfo:
    found = list_accounts(conn, user_id)
    if not found:
        raise AccountError("no such account", 404, "unknown_account")
    return found[0]


def revoke_account_devices(
    conn: Connection, by: Principal, user_id: str, device_id: str | None = None
) -> int:
    """The office revokes one device of an account, or all of them. The device the office is
    using itself stays: it signs out instead (revoking it would cut off this very request's
    answer, and the office's own access with it)."""
    name = name_of(conn, user_id)
    if device_id is not None and device_id == by.device_id:
        raise AccountError("this is the device you are using: log out instead", 409, "own_device")
    return revoke_devices(conn, name, device_id, keep=by.device_id)


def _prune_name_failures(conn: Connection) -> None:
    """Keep the failure table bounded: each unknown name tried adds a row, so the oldest go."""
    total = int(conn.execute(select(func.count()).select_from(login_failures)).scalar_one())
    excess = total - MAX_FAILURE_ROWS
    if excess > 0:
        oldest = select(login_failures.c.name).order_by(login_failures.c.last_failure).limit(excess)
        conn.execute(delete(login_failures).where(login_failures.c.name.in_(oldest.scalar_subquery())))
    conn.execute(
        delete(login_address_failures).where(
            login_address_failures.c.first_failure < _now() - ADDRESS_WINDOW * 4
        )
    )


def _check_throttle(conn: Connection, name: str, address: str) -> None:
    now = _now()
    rows = [
        conn.execute(select(login_failures.c.locked_until).where(login_failures.c.name == name)).first(),
        conn.execute(
            select(login_address_failures.c.locked_until).where(login_address_failures.c.address == address)
        ).first()
        if address
        else None,
    ]
    left = max(
        (
            (_aware(row.locked_until) - now).total_seconds()
            for row in rows
            if row is not None and row.locked_until
        ),
        default=0.0,
    )
    if left > 0:
        raise LoginThrottledError(int(left) + 1)


def _record_failure(conn: Connection, name: str, address: str) -> None:
    now = _now()
    row = conn.execute(select(login_failures).where(login_failures.c.name == name)).first()
    recent = (
        row is not None and row.last_failure is not None and _aware(row.last_failure) > now - FAILURE_WINDOW
    )
    count = (int(row._mapping["count"]) if row is not None and recent else 0) + 1
    locked = None
    if count >= FREE_FAILURES:
        seconds = min(LOCK_SECONDS * 2 ** min(count - FREE_FAILURES, 16), MAX_LOCK_SECONDS)
        locked = now + dt.timedelta(seconds=seconds)
    values = {"count": count, "locked_until": locked, "last_failure": now}
    if row is None:
        conn.execute(insert(login_failures).values(name=name, **values))
        _prune_name_failures(conn)
    else:
        conn.execute(update(login_failures).where(login_failures.c.name == name).values(**values))
    if not address:
        return
    row = conn.execute(
        select(login_address_failures).where(login_address_failures.c.address == address)
    ).first()
    if row is None or _aware(row.first_failure) <= now - ADDRESS_WINDOW:
        conn.execute(delete(login_address_failures).where(login_address_failures.c.address == address))
        conn.execute(insert(login_address_failures).values(address=address, count=1, first_failure=now))
        return
    count = int(row._mapping["count"]) + 1
    locked = now + ADDRESS_LOCK if count > ADDRESS_FREE_FAILURES else None
    conn.execute(
        update(login_address_failures)
        .where(login_address_failures.c.address == address)
        .values(count=count, locked_until=locked)
    )


@functools.cache
def _dummy_hash() -> str:
    return _hasher.hash(secrets.token_urlsafe(16))


def check_throttle(conn: Connection, name: str, address: str = "") -> Any:
    """Raise LoginThrottledError for a locked name or address; else the user's row (or None)."""
    _check_throttle(conn, name, address)
    return conn.execute(select(users).where(users.c.name == name)).first()


def verify_password(row: Any, password: str) -> bool:
    """One full Argon2 check, also for an unknown name (against a dummy hash): the same cost and
    the same answer either way. Runs outside any transaction (it takes ~0.1 s)."""
    ok: bool
    try:
        ok = _hasher.verify(row.password_hash if row is not None else _dummy_hash(), password)
    except (VerificationError, InvalidHashError):
        ok = False
    return bool(ok) and row is not None


def issue_token(conn: Connection, row: Any, device_name: str) -> tuple[str, str, str]:
    """(token, device id, role) for a user whose password was right."""
    conn.execute(delete(login_failures).where(login_failures.c.name == row.name))
    token = secrets.token_urlsafe(32)
    device_id = str(uuid.uuid4())
    now = _now()
    conn.execute(
        insert(devices).values(
            id=device_id,
            user_id=row.id,
            name=device_name[:200],
            token_hash=token_hash(token),
            created_at=now,
            expires_at=now + dt.timedelta(days=TOKEN_DAYS),
        )
    )
    return token, device_id, row.role


def login(
    conn: Connection, name: str, password: str, device_name: str, address: str = ""
) -> tuple[str, str, str]:
    """(token, device id, role) for a correct password; AccountError otherwise (the caller
    records the failure, see ``record_failed_login``). The HTTP endpoint runs the same steps with
    the password check outside the transaction.

    An unknown name and a wrong password take the same time and give the same answer; a locked
    name or address answers LoginThrottledError for both. Device tokens already issued keep
    working while a name is locked: nobody locks the owner out of a laptop that is logged in."""
    row = check_throttle(conn, name, address)
    if not verify_password(row, password):
        raise AccountError("wrong user name or password")
    return issue_token(conn, row, device_name)


def record_failed_login(conn: Connection, name: str, address: str = "") -> None:
    _record_failure(conn, name, address)


def authenticate(conn: Connection, token: str) -> Principal | None:
    row = conn.execute(
        select(
            devices.c.id,
            devices.c.expires_at,
            devices.c.revoked_at,
            devices.c.last_used_at,
            users.c.id.label("user_id"),
            users.c.name,
            users.c.role,
            users.c.consultancy,
        )
        .join(users, users.c.id == devices.c.user_id)
        .where(devices.c.token_hash == token_hash(token))
    ).first()
    now = _now()
    if row is None or row.revoked_at is not None or _aware(row.expires_at) <= now:
        return None
    if row.last_used_at is None or _aware(row.last_used_at) < now - LAST_USE_GRAIN:
        conn.execute(update(devices).where(devices.c.id == row.id).values(last_used_at=now))
    districts = frozenset(
        conn.execute(select(memberships.c.district_id).where(memberships.c.user_id == row.user_id)).scalars()
    )
    return Principal(row.user_id, row.name, row.role, row.id, districts, row.consultancy or "")
