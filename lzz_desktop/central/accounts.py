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

from lzz_desktop.central.db import (
    devices,
    login_address_failures,
    login_failures,
    memberships,
    records,
    users,
)

ROLES = ("office", "consultant", "district")
TOKEN_DAYS = 180
FREE_FAILURES = 5  # failed logins of one name within FAILURE_WINDOW before it is locked for a while
FAILURE_WINDOW = dt.timedelta(minutes=15)
LOCK_SECONDS = 30  # doubles with each further failure …
MAX_LOCK_SECONDS = 15 * 60  # … up to this: spraying cannot keep an owner out for hours
ADDRESS_FREE_FAILURES = 20  # failed logins from one client address within ADDRESS_WINDOW
ADDRESS_WINDOW = dt.timedelta(minutes=10)
ADDRESS_LOCK = dt.timedelta(minutes=10)
MAX_FAILURE_ROWS = 10_000  # unknown names tried do not grow the table without bound

_hasher = PasswordHasher()  # Argon2id with the library's current parameters


class AccountError(Exception):
    """A request about accounts that cannot be carried out; the message says why."""


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
            raise AccountError(f"no district called {name!r} on the server")
    return result


def _user_id(conn: Connection, name: str) -> str:
    user_id = conn.execute(select(users.c.id).where(users.c.name == name)).scalar()
    if user_id is None:
        raise AccountError(f"no user called {name!r}")
    return str(user_id)


def add_user(
    conn: Connection, name: str, role: str, password: str, districts: list[str], consultancy: str = ""
) -> str:
    if role not in ROLES:
        raise AccountError(f"unknown role {role!r}")
    if not password:
        raise AccountError("the password must not be empty")
    if conn.execute(select(users.c.id).where(users.c.name == name)).first() is not None:
        raise AccountError(f"the user {name!r} exists already")
    district_ids = resolve_districts(conn, districts)
    if role == "district" and len(district_ids) > 1:
        raise AccountError("a district account belongs to exactly one district")
    user_id = str(uuid.uuid4())
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
        raise AccountError("a district account belongs to exactly one district")
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


def revoke_devices(conn: Connection, name: str, device_id: str | None = None) -> int:
    """Revoke one device of the user, or all of them; returns how many were revoked."""
    user_id = _user_id(conn, name)
    stmt = update(devices).where(devices.c.user_id == user_id, devices.c.revoked_at.is_(None))
    if device_id:
        stmt = stmt.where(devices.c.id == device_id)
    return conn.execute(stmt.values(revoked_at=_now())).rowcount


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
            users.c.id.label("user_id"),
            users.c.name,
            users.c.role,
            users.c.consultancy,
        )
        .join(users, users.c.id == devices.c.user_id)
        .where(devices.c.token_hash == token_hash(token))
    ).first()
    if row is None or row.revoked_at is not None or _aware(row.expires_at) <= _now():
        return None
    districts = frozenset(
        conn.execute(select(memberships.c.district_id).where(memberships.c.user_id == row.user_id)).scalars()
    )
    return Principal(row.user_id, row.name, row.role, row.id, districts, row.consultancy or "")
