"""Serve a built site on 127.0.0.1 with gzip, as any static host serves it.

``python -m http.server`` sends every file uncompressed, which roughly triples what a reader downloads
on these pages; speed measured that way (``make bench``'s Lighthouse runs) would not be what readers
get. This handler gzips text responses when the browser asks for it (``Accept-Encoding: gzip``).

    python tools/serve_gzip.py --directory _build/html --port 8000     (what `make serve` runs)
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import threading
from pathlib import Path

# Text formats worth compressing; images and fonts are compressed already.
COMPRESSIBLE = (".html", ".js", ".css", ".json", ".csv", ".svg", ".txt", ".xml", ".map", ".inv")


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """SimpleHTTPRequestHandler that gzips compressible files (the whole body, in memory)."""

    def send_head(self):
        path = Path(self.translate_path(self.path))
        accepts_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts_gzip and path.is_file() and path.suffix.lower() in COMPRESSIBLE):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self._gzipped_body = body
        return None

    def do_GET(self):
        self._gzipped_body = None
        super().do_GET()
        if self._gzipped_body is not None:
            self.wfile.write(self._gzipped_body)

    def log_message(self, format, *args):  # quiet: a page load is dozens of requests
        pass


def make_server(directory: Path, port: int = 0) -> http.server.ThreadingHTTPServer:
    """A gzip-serving server for ``directory`` on 127.0.0.1 (port 0: any free port)."""
    handler = functools.partial(GzipHandler, directory=str(directory))
    return http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)


class serving:
    """``with serving(directory) as url:`` runs the server in a thread for the block's duration."""

    def __init__(self, directory: Path, port: int = 0):
        self.server = make_server(directory, port)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        return f"http://127.0.0.1:{self.server.server_address[1]}/"

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--directory", default="_build/html", type=Path)
    parser.add_argument("--port", default=8000, type=int)
    args = parser.parse_args(argv)
    server = make_server(args.directory, args.port)
    print(f"Serving {args.directory} with gzip on http://127.0.0.1:{server.server_address[1]}/ (Ctrl-C to stop)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
