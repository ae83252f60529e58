"""How fast the FastAPI webhook route answers while handlers are slow (not a test; run by hand):

    .venv/bin/python -m tests.measure_webhook_latency [events] [handler seconds]

A uvicorn receiver (``webhook_router``) on a loopback socket whose handler sleeps; events are POSTed one
after the other, signed, over one keep-alive connection, each request written at once with a raw socket
that ACKs at once (TCP_QUICKACK: otherwise delayed ACKs against the server's separate header and body
writes add a flat ~40 ms on Linux loopback, to any route); prints the time until the whole answer is
read per event (median, p95, max) and checks every event was handled once.
"""

from __future__ import annotations

import json
import socket
import statistics
import sys
import time

from kombo_ats.webhooks import sign_webhook

from tests.webhook_support import SECRET, RecordingReceiver, ThreadedUvicorn, wait_until


def _post(sock: socket.socket, body: bytes) -> int:
    head = (
        f"POST /hooks HTTP/1.1\r\nHost: receiver\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nX-Kombo-Signature: {sign_webhook(body, SECRET)}\r\n\r\n"
    )
    sock.sendall(head.encode() + body)
    answer = b""
    while b"\r\n\r\n" not in answer:
        answer += sock.recv(65536)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
    head_part, _, rest = answer.partition(b"\r\n\r\n")
    length = int(
        next(line.split(b":")[1] for line in head_part.split(b"\r\n") if line.lower().startswith(b"content-length"))
    )
    while len(rest) < length:
        rest += sock.recv(65536)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
    return int(head_part.split(b" ")[1])


def main(events: int = 200, handler_seconds: float = 0.05) -> None:
    receiver = RecordingReceiver(handler_delay=handler_seconds)
    timings: list[float] = []
    with ThreadedUvicorn(receiver.app) as server, socket.create_connection(("127.0.0.1", server.port)) as sock:
        for i in range(events):
            event = {
                "id": f"evt_{i}",
                "type": "data-changed",
                "data": {"integration_id": "acme:1", "changed_models": []},
            }
            body = json.dumps(event).encode()
            started = time.perf_counter()
            status = _post(sock, body)
            timings.append(time.perf_counter() - started)
            assert status == 200, status
        handled = wait_until(lambda: len(receiver.handled) == events, timeout=events * handler_seconds + 30)
    ms = sorted(t * 1000 for t in timings)
    print(
        f"{events} events, handler {handler_seconds * 1000:.0f} ms each: answered in median "
        f"{statistics.median(ms):.2f} ms, p95 {ms[int(len(ms) * 0.95) - 1]:.2f} ms, max {ms[-1]:.2f} ms; "
        f"all handled once: {handled and len(set(receiver.handled)) == events}"
    )


if __name__ == "__main__":
    main(*(int(sys.argv[1]),) if len(sys.argv) > 1 else (), *(float(sys.argv[2]),) if len(sys.argv) > 2 else ())
