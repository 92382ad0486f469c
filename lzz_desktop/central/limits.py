"""Request size limits, enforced before a body is read into memory (pure ASGI middleware).

A request whose ``Content-Length`` exceeds its route's limit is answered 413 at once, unread; a
body without a length (chunked) is read up to the limit and refused as soon as it passes it. So a
hostile 50 MB request costs the server at most its limit in memory.
"""

from __future__ import annotations

import json
import os
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

SMALL_BODY = 16 * 1024  # login, conflict resolution, and anything else with a JSON body
DEFAULT_PUSH_BODY = 8 * 1024 * 1024
PUSH_BODY_ENV = "LZZ_CENTRAL_MAX_PUSH_BYTES"


def push_limit_from_env() -> int:
    raw = os.environ.get(PUSH_BODY_ENV, "")
    try:
        value = int(raw)
    except ValueError:
        return DEFAULT_PUSH_BODY
    return value if value > 0 else DEFAULT_PUSH_BODY


class BodyLimit:
    """Refuses bodies over the limit of their path with 413. ``streamed`` path prefixes (uploads
    that read their body chunk by chunk and bound it themselves) only get the Content-Length check."""

    def __init__(self, app: ASGIApp, limits: dict[str, int], default: int, streamed: dict[str, int]) -> None:
        self.app = app
        self.limits = limits
        self.default = default
        self.streamed = streamed

    def _limit(self, path: str) -> tuple[int, bool]:
        for prefix, limit in self.streamed.items():
            if path.startswith(prefix):
                return limit, True
        return self.limits.get(path, self.default), False

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit, streamed = self._limit(str(scope.get("path", "")))
        length = None
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                length = value
        if length is not None and (not length.isdigit() or int(length) > limit):
            await _too_large(send, limit)
            return
        if streamed:
            await self.app(scope, receive, send)
            return
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body.extend(message.get("body", b""))
            if len(body) > limit:
                await _too_large(send, limit)
                return
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": bytes(body), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


async def _too_large(send: Send, limit: int) -> None:
    payload = json.dumps({"detail": {"message": f"request body larger than {limit} bytes"}}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(payload)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload})
