"""The HTTP interface of the central store (FastAPI). Stateless: everything lives in the database,
so several instances can serve one PostgreSQL."""

from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from sqlalchemy import Engine

from lzz_desktop import __version__
from lzz_desktop.central import accounts, attachments, erasure, limits, syncstore
from lzz_desktop.central.accounts import AccountError, LoginThrottledError, Principal
from lzz_desktop.central.db import make_engine
from lzz_desktop.sync.protocol import (
    PULL_PAGE_LIMIT,
    AccountInfo,
    AccountsResponse,
    AttachmentStatus,
    DistrictsRequest,
    EraseRequest,
    ErasuresResponse,
    ErrorBody,
    Health,
    LoginRequest,
    LoginResponse,
    Me,
    NewAccountRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    RecordsRequest,
    RecordsResponse,
    ResolveRequest,
    RevokeDevicesRequest,
    RevokeDevicesResponse,
)

_UNAUTHORISED: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody, "description": "missing, unknown, expired or revoked token"}
}
Sha256 = Annotated[str, Path(min_length=64, max_length=64, pattern=attachments.SHA256_PATTERN)]
_TOO_LARGE: dict[int | str, dict[str, Any]] = {
    413: {"model": ErrorBody, "description": "the request body exceeds the limit of its route"}
}
_REFUSED: dict[int | str, dict[str, Any]] = {
    **_UNAUTHORISED,
    403: {"model": ErrorBody, "description": "outside the user's districts or role"},
    409: {"model": ErrorBody, "description": "the operation does not fit the stored record"},
}
_OFFICE_ONLY: dict[int | str, dict[str, Any]] = {
    **_UNAUTHORISED,
    403: {"model": ErrorBody, "description": "only the programme office manages accounts"},
}
_ACCOUNT_REFUSED: dict[int | str, dict[str, Any]] = {
    **_OFFICE_ONLY,
    404: {"model": ErrorBody, "description": "no such account"},
    409: {
        "model": ErrorBody,
        "description": "the name is taken, a district account would hold two districts, or the "
        "device is the one making the request",
    },
    422: {"model": ErrorBody, "description": "malformed request or a district the store does not know"},
}
AccountId = Annotated[str, Path(max_length=36, pattern=r"^[0-9A-Za-z-]+$")]


def create_app(
    database_url: str | None = None, engine: Engine | None = None, max_push_bytes: int | None = None
) -> FastAPI:
    """The API. ``max_push_bytes`` bounds a push body (default 8 MB, or $LZZ_CENTRAL_MAX_PUSH_BYTES);
    every other JSON body is bounded to 16 KB, before it is read."""
    if engine is None:
        from lzz_desktop.central.db import default_url

        engine = make_engine(database_url or default_url())
    push_limit = max_push_bytes or limits.push_limit_from_env()
    app = FastAPI(
        title="LZZ central store",
        version=__version__,
        responses={400: {"model": ErrorBody, "description": "the request body is not JSON"}, **_TOO_LARGE},
    )
    app.state.engine = engine
    app.add_middleware(
        limits.BodyLimit,
        limits={"/sync/push": push_limit},
        default=limits.SMALL_BODY,
        streamed={"/attachments/": attachments.MAX_CHUNK},
    )

    @app.exception_handler(syncstore.RequestError)
    def _refused(_request: Request, error: syncstore.RequestError) -> JSONResponse:
        detail = {"message": error.detail, "op_id": error.op_id}
        return JSONResponse(status_code=error.status, content={"detail": detail})

    @app.exception_handler(AccountError)
    def _account_refused(_request: Request, error: AccountError) -> JSONResponse:
        detail = {"message": str(error), "reason": error.reason}
        return JSONResponse(status_code=error.status, content={"detail": detail})

    # Each endpoint commits before it returns, so a reply always means "committed".
    def principal(authorization: Annotated[str | None, Header()] = None) -> Principal:
        if not authorization or not authorization.startswith("Bearer ") or len(authorization) > 200:
            raise HTTPException(401, "missing device token", headers={"WWW-Authenticate": "Bearer"})
        with engine.begin() as conn:
            found = accounts.authenticate(conn, authorization.removeprefix("Bearer ").strip())
        if found is None:
            raise HTTPException(
                401, "unknown, expired or revoked device token", headers={"WWW-Authenticate": "Bearer"}
            )
        return found

    User = Annotated[Principal, Depends(principal)]

    def office(user: User) -> Principal:
        if user.role != "office":
            raise HTTPException(403, "only the programme office manages accounts")
        return user

    Office = Annotated[Principal, Depends(office)]

    @app.get("/health", response_model=Health)
    def health() -> Health:
        with engine.begin() as conn:
            return Health(status="ok", epoch=syncstore.epoch(conn))

    @app.post(
        "/auth/login",
        response_model=LoginResponse,
        responses={401: {"model": ErrorBody}, 429: {"model": ErrorBody}},
    )
    def login(body: LoginRequest, request: Request) -> LoginResponse:
        address = (request.client.host if request.client else "")[:64]
        try:
            with engine.begin() as conn:
                row = accounts.check_throttle(conn, body.user, address)
        except LoginThrottledError as error:
            raise HTTPException(429, str(error), headers={"Retry-After": str(error.seconds)}) from None
        # Argon2 outside any transaction: a guess never holds the store's write lock.
        if not accounts.verify_password(row, body.password):
            with engine.begin() as conn:
                accounts.record_failed_login(conn, body.user, address)
            raise HTTPException(401, "wrong user name or password")
        with engine.begin() as conn:
            token, device_id, role = accounts.issue_token(conn, row, body.device_name)
            current_epoch = syncstore.epoch(conn)
        return LoginResponse(
            token=token,
            device_id=device_id,
            user=body.user,
            role=role,  # type: ignore[arg-type]
            epoch=current_epoch,
        )

    @app.post("/auth/logout", status_code=204, responses=_UNAUTHORISED)
    def logout(user: User) -> None:
        with engine.begin() as conn:
            accounts.revoke_devices(conn, user.name, user.device_id)

    @app.get("/sync/me", response_model=Me, responses=_UNAUTHORISED)
    def me(user: User) -> Me:
        with engine.begin() as conn:
            current_epoch = syncstore.epoch(conn)
        return Me(
            user=user.name,
            role=user.role,  # type: ignore[arg-type]
            districts=sorted(user.districts),
            all_districts=user.all_districts,
            epoch=current_epoch,
            consultancy=user.consultancy,
        )

    @app.post("/sync/push", response_model=PushResponse, responses={**_REFUSED, 422: {"model": ErrorBody}})
    def push(body: PushRequest, user: User) -> PushResponse:
        with engine.begin() as conn:
            results = syncstore.push(conn, user, body.ops)
            current_epoch = syncstore.epoch(conn)
        return PushResponse(epoch=current_epoch, results=results)

    @app.get("/sync/pull", response_model=PullResponse, responses=_UNAUTHORISED)
    def pull(
        user: User,
        cursor: Annotated[int, Query(ge=0, le=2**62)] = 0,
        limit: Annotated[int, Query(ge=1, le=PULL_PAGE_LIMIT)] = 1000,
    ) -> PullResponse:
        with engine.begin() as conn:
            return syncstore.pull(conn, user, cursor, limit)

    @app.post(
        "/sync/erase",
        response_model=ErasuresResponse,
        responses={**_REFUSED, 422: {"model": ErrorBody}},
    )
    def erase(body: EraseRequest, user: User) -> ErasuresResponse:
        """Erase persons for good (Art. 17 DSGVO): their actor records blanked, their consent
        records emptied and deleted, the conflicts about them removed; every device follows at its
        next sync."""
        with engine.begin() as conn:
            done = erasure.erase(conn, user, body.ids)
        erasure.compact(engine)
        return ErasuresResponse(erasures=done)

    @app.get("/sync/erasures", response_model=ErasuresResponse, responses=_UNAUTHORISED)
    def erasures(user: User) -> ErasuresResponse:
        """Which records were erased in the account's districts (never what they held)."""
        with engine.begin() as conn:
            return ErasuresResponse(erasures=erasure.listed(conn, user))

    @app.post(
        "/sync/records",
        response_model=RecordsResponse,
        responses={**_UNAUTHORISED, 422: {"model": ErrorBody}},
    )
    def fetch_records(body: RecordsRequest, user: User) -> RecordsResponse:
        """The store's current state of the named records the account may read (for "take the
        store's state" after a refused change); ids the store lacks or hides are left out."""
        with engine.begin() as conn:
            return RecordsResponse(records=syncstore.records_by_id(conn, user, body.ids))

    @app.post(
        "/sync/conflicts/{conflict_id}/resolve",
        status_code=204,
        responses={**_REFUSED, 404: {"model": ErrorBody}, 422: {"model": ErrorBody}},
    )
    def resolve(
        conflict_id: Annotated[str, Path(max_length=36, pattern=r"^[0-9A-Za-z-]+$")],
        body: ResolveRequest,
        user: User,
    ) -> None:
        with engine.begin() as conn:
            syncstore.resolve_conflict(conn, user, conflict_id)

    @app.get(
        "/attachments/{sha256}/status",
        response_model=AttachmentStatus,
        responses={**_UNAUTHORISED, 422: {"model": ErrorBody}},
    )
    def attachment_status(sha256: Sha256, user: User) -> AttachmentStatus:
        with engine.begin() as conn:
            return attachments.status(conn, user, sha256)

    @app.put(
        "/attachments/{sha256}",
        response_model=AttachmentStatus,
        responses={**_REFUSED, 422: {"model": ErrorBody}},
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
            }
        },
    )
    async def attachment_upload(
        sha256: Sha256,
        request: Request,
        user: User,
        size: Annotated[int, Query(ge=1, le=attachments.MAX_SIZE)],
        offset: Annotated[int, Query(ge=0, le=attachments.MAX_SIZE)] = 0,
    ) -> AttachmentStatus:
        body = bytearray()
        async for chunk in request.stream():
            body.extend(chunk)
            if len(body) > attachments.MAX_CHUNK:
                raise HTTPException(413, "chunk too large")
        return await run_in_threadpool(_store_chunk, user, sha256, size, offset, bytes(body))

    def _store_chunk(user: Principal, sha256: str, size: int, offset: int, body: bytes) -> AttachmentStatus:
        with engine.begin() as conn:
            return attachments.upload(conn, user, sha256, size, offset, body)

    @app.get(
        "/attachments/{sha256}",
        response_class=Response,
        responses={
            **_UNAUTHORISED,
            200: {
                "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}
            },
            404: {"model": ErrorBody},
            422: {"model": ErrorBody},
        },
    )
    def attachment_download(sha256: Sha256, user: User) -> Response:
        with engine.begin() as conn:
            data = attachments.download(conn, user, sha256)
        return Response(content=data, media_type="application/octet-stream")

    # --- accounts, for the programme office (besides `lzz-central user …`) ---------------------
    @app.get("/admin/accounts", response_model=AccountsResponse, responses=_OFFICE_ONLY)
    def list_accounts(user: Office) -> AccountsResponse:
        """Every account with its role, consultancy, districts and devices (never a password or
        token hash)."""
        with engine.begin() as conn:
            return AccountsResponse(accounts=accounts.list_accounts(conn))

    @app.post("/admin/accounts", status_code=201, response_model=AccountInfo, responses=_ACCOUNT_REFUSED)
    def create_account(body: NewAccountRequest, user: Office) -> AccountInfo:
        with engine.begin() as conn:
            user_id = accounts.add_user(
                conn, body.name, body.role, body.password, list(body.districts), body.consultancy
            )
            return accounts.account(conn, user_id)

    @app.post(
        "/admin/accounts/{account_id}/districts/grant",
        response_model=AccountInfo,
        responses=_ACCOUNT_REFUSED,
    )
    def grant_districts(account_id: AccountId, body: DistrictsRequest, user: Office) -> AccountInfo:
        with engine.begin() as conn:
            accounts.grant(conn, accounts.name_of(conn, account_id), list(body.districts))
            return accounts.account(conn, account_id)

    @app.post(
        "/admin/accounts/{account_id}/districts/revoke",
        response_model=AccountInfo,
        responses=_ACCOUNT_REFUSED,
    )
    def revoke_districts(account_id: AccountId, body: DistrictsRequest, user: Office) -> AccountInfo:
        """The account's devices lose the districts' records at their next sync."""
        with engine.begin() as conn:
            accounts.revoke(conn, accounts.name_of(conn, account_id), list(body.districts))
            return accounts.account(conn, account_id)

    @app.post(
        "/admin/accounts/{account_id}/devices/revoke",
        response_model=RevokeDevicesResponse,
        responses=_ACCOUNT_REFUSED,
    )
    def revoke_account_devices(
        account_id: AccountId, body: RevokeDevicesRequest, user: Office
    ) -> RevokeDevicesResponse:
        """Revoke one device of the account (``device_id``) or all of them: their tokens are
        refused from now on. The device making the request is never revoked here (log out)."""
        with engine.begin() as conn:
            count = accounts.revoke_account_devices(conn, user, account_id, body.device_id)
        return RevokeDevicesResponse(revoked=count)

    return app
