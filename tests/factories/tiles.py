"""A tile server on 127.0.0.1 serving generated PNG tiles: no test reaches the internet.

``TileServer()`` starts in a thread; ``url`` is its template (``…/{z}/{x}/{y}.png``, for a
``TileSource``); it records every request (time, path, User-Agent) and the most it served at
once; ``missing`` tiles answer 404; ``delay`` slows each answer; ``cache_control`` is sent
as is; ``stop()`` closes it (the machine then looks offline to the app).
"""

from __future__ import annotations

import io
import re
import threading
import time
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

_PATH = re.compile(r"^/(\d+)/(\d+)/(\d+)\.png$")


def tile_png(z: int, x: int, y: int) -> bytes:
    """A 256 px tile whose colour says where it is (z, x, y) and a dark frame (checked by over-zoom tests)."""
    from PIL import Image, ImageDraw

    colour = ((x * 37 + z * 11) % 200 + 30, (y * 53 + z * 7) % 200 + 30, (z * 29) % 200 + 30)
    image = Image.new("RGB", (256, 256), colour)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 255, 255), outline=(20, 20, 20), width=4)
    draw.rectangle((0, 0, 127, 127), fill=tuple(min(255, c + 40) for c in colour))   # top-left quarter lighter
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


class TileServer:
    """A local tile server for tests and benches (see the module's docstring)."""

    def __init__(self, *, delay: float = 0.0, cache_control: str | None = None):
        self.requests: list[tuple[float, str, str]] = []
        self.missing: set[tuple[int, int, int]] = set()
        self.delay = delay
        self.cache_control = cache_control
        self.max_parallel = 0
        self._running = 0
        self._lock = threading.Lock()
        self._cache: dict[tuple[int, int, int], bytes] = {}
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):  # noqa: N802 (http.server's name)
                with server._lock:
                    server.requests.append((time.perf_counter(), self.path, self.headers.get("User-Agent", "")))
                    server._running += 1
                    server.max_parallel = max(server.max_parallel, server._running)
                try:
                    if server.delay:
                        time.sleep(server.delay)
                    match = _PATH.match(self.path)
                    if not match:
                        self.send_error(400)
                        return
                    key = tuple(int(v) for v in match.groups())
                    if key in server.missing:
                        self.send_error(404)
                        return
                    body = server._cache.get(key)
                    if body is None:
                        body = server._cache[key] = tile_png(*key)
                    self.send_response(200)
                    self.send_header("Content-Type", "image/png")
                    self.send_header("Content-Length", str(len(body)))
                    if server.cache_control:
                        self.send_header("Cache-Control", server.cache_control)
                    self.end_headers()
                    self.wfile.write(body)
                finally:
                    with server._lock:
                        server._running -= 1

            def log_message(self, *args):   # quiet
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.port = self._httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/{{z}}/{{x}}/{{y}}.png"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()

    def source(self, source):
        """Return ``source`` (a TileSource) with its tiles served here."""
        return replace(source, url=self.url)

    def tile_requests(self) -> list[tuple[int, int, int]]:
        return [tuple(int(v) for v in _PATH.match(path).groups()) for _, path, _ in self.requests if _PATH.match(path)]

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(5)
