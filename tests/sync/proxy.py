"""A small HTTP/1.1 proxy on loopback that can misbehave on purpose: drop the reply after the server
answered (and committed), cut a reply off half-way, or answer 500 without asking the server."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from tests.sync.servers import LOOPBACK

# (method, path) -> what to do with this request: "pass", "drop", "cut" or "500"
Rule = Callable[[str, str], str]


def _read_message(sock: socket.socket, buffer: bytearray) -> bytes | None:
    """One HTTP message (head + Content-Length body) from ``sock``; None when the peer closed."""
    while b"\r\n\r\n" not in buffer:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        buffer.extend(chunk)
    head_end = buffer.index(b"\r\n\r\n") + 4
    head = bytes(buffer[:head_end]).decode("latin-1")
    length = 0
    for line in head.split("\r\n")[1:]:
        name, _, value = line.partition(":")
        if name.strip().lower() == "content-length":
            length = int(value.strip())
        if name.strip().lower() == "transfer-encoding" and "chunked" in value.lower():
            raise RuntimeError("chunked messages are not supported by the test proxy")
    while len(buffer) < head_end + length:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        buffer.extend(chunk)
    message = bytes(buffer[: head_end + length])
    del buffer[: head_end + length]
    return message


@dataclass
class FaultyProxy:
    upstream_port: int
    rule: Rule = lambda _method, _path: "pass"
    seen: list[tuple[str, str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._listener = socket.socket()
        self._listener.bind((LOOPBACK, 0))
        self._listener.listen(16)
        self.port = int(self._listener.getsockname()[1])
        self._stopped = False
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def base_url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}"

    def close(self) -> None:
        self._stopped = True
        self._listener.close()

    def _accept(self) -> None:
        while not self._stopped:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        upstream: socket.socket | None = None
        buffer, up_buffer = bytearray(), bytearray()
        try:
            while True:
                request = _read_message(client, buffer)
                if request is None:
                    return
                method, path = request.split(b" ", 2)[:2]
                action = self.rule(method.decode(), path.decode().split("?")[0])
                self.seen.append((method.decode(), path.decode(), action))
                if action == "500":
                    body = b'{"detail":"injected failure"}'
                    client.sendall(
                        b"HTTP/1.1 500 Internal Server Error\r\ncontent-type: application/json\r\n"
                        + f"content-length: {len(body)}\r\n\r\n".encode()
                        + body
                    )
                    continue
                if upstream is None:
                    upstream = socket.create_connection((LOOPBACK, self.upstream_port))
                upstream.sendall(request)
                response = _read_message(upstream, up_buffer)
                if response is None:
                    return
                if action == "drop":
                    return  # the server has answered (and committed); the client never hears it
                if action == "cut":
                    client.sendall(response[: len(response) // 2])
                    return
                client.sendall(response)
        except OSError:
            return
        finally:
            client.close()
            if upstream is not None:
                upstream.close()
