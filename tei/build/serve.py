"""``tei serve``: a built site on the loopback interface, optionally reloading itself.

A plain static file server bound to 127.0.0.1 (never another interface). With
``live=True`` every HTML page it sends carries a small script that asks
``/__tei/version`` once a second and reloads the page when the number changes: the
watcher (:mod:`tei.build.watch`) raises it after each rebuild.
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
from pathlib import Path
from typing import Any

HOST = "127.0.0.1"
VERSION_PATH = "/__tei/version"
RELOAD_SCRIPT = (
    "<script>(()=>{let seen=null;setInterval(async()=>{try{const r=await fetch("
    f"'{VERSION_PATH}',{{cache:'no-store'}});const v=await r.text();"
    "if(seen!==null&&v!==seen)location.reload();seen=v;}catch(e){}},1000);})();</script>"
)


class Live:
    """The build number the pages watch (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.version = 0

    def bump(self) -> int:
        with self._lock:
            self.version += 1
            return self.version


class Handler(http.server.SimpleHTTPRequestHandler):
    """Static files from the site; the live-reload endpoint and script when ``live``."""

    live: Live | None = None

    def __init__(self, *args: Any, live: Live | None = None, **kwargs: Any) -> None:
        self.live = live
        super().__init__(*args, **kwargs)

    def parse_request(self) -> bool:
        """A path no file can have (a NUL byte, undecodable bytes) is answered 400, never
        with a traceback on the console."""
        if not super().parse_request():
            return False
        try:
            target = self.translate_path(self.path)
            if "\x00" in target:
                raise ValueError("NUL in path")
            os.fsencode(target)
        except (ValueError, UnicodeError):
            self.send_error(400, "Bad request: invalid path")
            return False
        return True

    def log_message(self, format: str, *args: Any) -> None:  # quiet: no line per request
        return

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def do_GET(self) -> None:
        if self.live is not None and self.path.split("?")[0] == VERSION_PATH:
            self._send(str(self.live.version).encode(), "text/plain; charset=utf-8")
            return
        if self.live is not None and self._wants_html():
            path = Path(self.translate_path(self.path))
            if path.is_dir():
                path = path / "index.html"
            try:
                data = path.read_bytes()
            except OSError:
                super().do_GET()
                return
            marker = data.rfind(b"</body>")
            if marker < 0:
                marker = len(data)
            data = data[:marker] + RELOAD_SCRIPT.encode() + data[marker:]
            self._send(data, "text/html; charset=utf-8")
            return
        super().do_GET()

    def _wants_html(self) -> bool:
        path = self.path.split("?")[0].split("#")[0]
        return path.endswith((".html", "/"))

    def _send(self, data: bytes, kind: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def make_server(
    site: Path, port: int = 8000, live: Live | None = None
) -> http.server.ThreadingHTTPServer:
    """A server for ``site`` on 127.0.0.1:``port`` (0: any free port); not started."""
    handler = functools.partial(Handler, directory=str(site), live=live)
    server = http.server.ThreadingHTTPServer((HOST, port), handler)
    server.daemon_threads = True
    return server
