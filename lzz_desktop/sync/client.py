"""HTTP client of the sync API (httpx). Every failure becomes a :class:`SyncError`."""

from __future__ import annotations

import functools
import ipaddress
import json
import logging
import ssl
from typing import Any, TypeVar
from urllib.parse import quote, urlsplit

import httpx
from pydantic import BaseModel, ValidationError

from lzz_desktop.sync.errors import SyncError
from lzz_desktop.sync.protocol import (
    AccountInfo,
    AccountsResponse,
    AttachmentStatus,
    DistrictsRequest,
    EraseRequest,
    ErasuresResponse,
    ErasureState,
    LoginRequest,
    LoginResponse,
    Me,
    NewAccountRequest,
    Op,
    PullResponse,
    PushRequest,
    PushResponse,
    RecordsRequest,
    RecordsResponse,
    RecordState,
    RevokeDevicesRequest,
    RevokeDevicesResponse,
)

_log = logging.getLogger(__name__)

T = TypeVar("T", bound=BaseModel)
TIMEOUT = httpx.Timeout(30.0, connect=10.0)


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """One verifying TLS context for all clients (building one costs more than a whole sync)."""
    return ssl.create_default_context()


def is_loopback(host: str) -> bool:
    if host.casefold() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_transport(base_url: str, insecure: bool = False) -> None:
    """Refuse ``http://`` for any server that is not on this machine: a token and personal data
    would cross the network in clear. ``insecure`` allows it (test set-ups), with a warning."""
    parts = urlsplit(base_url)
    if parts.scheme == "https":
        return
    if parts.scheme != "http" or not parts.hostname:
        raise SyncError("insecure", f"not an http(s) address: {base_url}")
    if is_loopback(parts.hostname):
        return
    if insecure:
        _log.warning("unencrypted connection to %s allowed by --insecure", parts.hostname)
        return
    raise SyncError("insecure", base_url)


class Refused(SyncError):
    """A 4xx about one operation (``op_id``), which the client drops and reports. ``reason``: what
    the store named as the cause, where it names one (the /admin endpoints: ``ADMIN_REASONS``)."""

    def __init__(self, status: int, detail: str, op_id: str | None, reason: str = "") -> None:
        super().__init__("forbidden" if status == 403 else "refused", detail, status)
        self.op_id = op_id
        self.reason = reason


class SyncClient:
    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        transport: httpx.BaseTransport | None = None,
        timeout: httpx.Timeout = TIMEOUT,
        insecure: bool = False,
    ) -> None:
        check_transport(base_url, insecure)
        self.base_url = base_url.rstrip("/")
        self.token = token
        self._http = httpx.Client(
            base_url=self.base_url, transport=transport, timeout=timeout, verify=_tls_context()
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _request(self, method: str, path: str, model: type[T] | None, **kwargs: Any) -> T | None:
        headers = dict(kwargs.pop("headers", {}))
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        try:
            response = self._http.request(method, path, headers=headers, **kwargs)
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            raise SyncError("unreachable", str(exc)) from exc
        except (httpx.RemoteProtocolError, httpx.ReadError, httpx.ReadTimeout, httpx.WriteError) as exc:
            raise SyncError("protocol", str(exc)) from exc
        except httpx.HTTPError as exc:
            raise SyncError("unreachable", str(exc)) from exc
        status = response.status_code
        if status >= 500:
            raise SyncError("server", f"HTTP {status}", status)
        if status == 401:
            if path == "/auth/login":
                raise SyncError("wrong_password", _detail(response), status)
            raise SyncError("unauthorised", _detail(response), status)
        if status == 429:
            raise SyncError("throttled", response.headers.get("Retry-After", ""), status)
        if status >= 400:
            detail = _detail_json(response)
            op_id = detail.get("op_id") if isinstance(detail, dict) else None
            message = detail.get("message", "") if isinstance(detail, dict) else str(detail)
            reason = detail.get("reason", "") if isinstance(detail, dict) else ""
            raise Refused(
                status,
                str(message),
                op_id if isinstance(op_id, str) else None,
                reason if isinstance(reason, str) else "",
            )
        if model is None:
            return None
        try:
            return model.model_validate_json(response.content)
        except ValidationError as exc:
            raise SyncError("protocol", f"malformed answer: {exc.error_count()} problem(s)") from exc

    def _get(self, path: str, model: type[T], **kwargs: Any) -> T:
        result = self._request("GET", path, model, **kwargs)
        assert result is not None
        return result

    def _post(self, path: str, model: type[T], body: BaseModel) -> T:
        result = self._request(
            "POST", path, model, content=body.model_dump_json(), headers={"Content-Type": "application/json"}
        )
        assert result is not None
        return result

    def login(self, user: str, password: str, device_name: str) -> LoginResponse:
        return self._post(
            "/auth/login", LoginResponse, LoginRequest(user=user, password=password, device_name=device_name)
        )

    def me(self) -> Me:
        return self._get("/sync/me", Me)

    def push(self, ops: list[Op]) -> PushResponse:
        return self._post("/sync/push", PushResponse, PushRequest(ops=ops))

    def pull(self, cursor: int, limit: int = 1000) -> PullResponse:
        return self._get("/sync/pull", PullResponse, params={"cursor": cursor, "limit": limit})

    def records(self, ids: list[str]) -> list[RecordState]:
        """The store's current state of these records (those it has and this account may read)."""
        return self._post("/sync/records", RecordsResponse, RecordsRequest(ids=ids)).records

    def erase(self, ids: list[str]) -> list[ErasureState]:
        """Erase persons for good on the store (Art. 17 DSGVO)."""
        return self._post("/sync/erase", ErasuresResponse, EraseRequest(ids=ids)).erasures

    def erasures(self) -> list[ErasureState]:
        """The erasures in the account's districts."""
        return self._get("/sync/erasures", ErasuresResponse).erasures

    def resolve(self, conflict_id: str) -> None:
        self._request(
            "POST",
            f"/sync/conflicts/{conflict_id}/resolve",
            None,
            content="{}",
            headers={"Content-Type": "application/json"},
        )

    def attachment_status(self, sha256: str) -> AttachmentStatus:
        return self._get(f"/attachments/{sha256}/status", AttachmentStatus)

    def upload_chunk(self, sha256: str, size: int, offset: int, data: bytes) -> AttachmentStatus:
        result = self._request(
            "PUT",
            f"/attachments/{sha256}",
            AttachmentStatus,
            params={"size": size, "offset": offset},
            content=data,
            headers={"Content-Type": "application/octet-stream"},
        )
        assert result is not None
        return result

    def download(self, sha256: str) -> bytes:
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        try:
            response = self._http.get(f"/attachments/{sha256}", headers=headers)
        except httpx.HTTPError as exc:
            raise SyncError("unreachable", str(exc)) from exc
        if response.status_code != 200:
            raise SyncError("server" if response.status_code >= 500 else "refused", "", response.status_code)
        return response.content

    def logout(self) -> None:
        self._request("POST", "/auth/logout", None)

    # --- accounts: the programme office only ------------------------------------------------
    def accounts(self) -> list[AccountInfo]:
        return self._get("/admin/accounts", AccountsResponse).accounts

    def create_account(self, request: NewAccountRequest) -> AccountInfo:
        return self._post("/admin/accounts", AccountInfo, request)

    def grant_districts(self, account_id: str, district_ids: list[str]) -> AccountInfo:
        path = f"/admin/accounts/{quote(account_id, safe='')}/districts/grant"
        return self._post(path, AccountInfo, DistrictsRequest(districts=district_ids))

    def revoke_districts(self, account_id: str, district_ids: list[str]) -> AccountInfo:
        path = f"/admin/accounts/{quote(account_id, safe='')}/districts/revoke"
        return self._post(path, AccountInfo, DistrictsRequest(districts=district_ids))

    def revoke_devices(self, account_id: str, device_id: str | None = None) -> int:
        """Revoke one device of the account, or all of them; how many were revoked."""
        path = f"/admin/accounts/{quote(account_id, safe='')}/devices/revoke"
        return self._post(path, RevokeDevicesResponse, RevokeDevicesRequest(device_id=device_id)).revoked


def _detail_json(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content).get("detail", "")
    except (ValueError, AttributeError):
        return response.text[:200]


def _detail(response: httpx.Response) -> str:
    detail = _detail_json(response)
    return detail if isinstance(detail, str) else json.dumps(detail)[:200]
