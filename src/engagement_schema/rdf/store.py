"""Pushing records into a triple store over the SPARQL 1.1 Graph Store HTTP Protocol.

Any store that speaks the protocol (Oxigraph, Jena Fuseki, GraphDB, Virtuoso) takes
the same request: PUT replaces a graph in one request, so a failed load leaves the
old graph as it was; POST adds to it, and since a graph is a set, loading the same
records twice leaves the same triples. Connection failures, timeouts, replies cut
short and 5xx answers are retried a bounded number of times with exponential backoff,
then reported; retrying is safe, as both requests are idempotent.
"""

from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from engagement_schema.errors import EngagementSchemaError

__all__ = ["GraphStore", "StoreError"]

NTRIPLES = "application/n-triples"


class StoreError(EngagementSchemaError):
    """The store could not be reached or refused the request."""


@dataclass(frozen=True)
class GraphStore:
    """A Graph Store Protocol endpoint, e.g. `http://127.0.0.1:7878/store` for Oxigraph."""

    endpoint: str
    timeout: float = 30.0
    attempts: int = 3
    backoff: float = 0.5

    def __post_init__(self) -> None:
        if urllib.parse.urlsplit(self.endpoint).scheme not in ("http", "https"):
            raise StoreError(f"endpoint {self.endpoint!r} is not an http(s) URL")

    def replace(self, ntriples: bytes, graph: str | None = None) -> None:
        """Make `graph` (or the default graph) hold exactly these triples."""
        self._send("PUT", ntriples, graph)

    def add(self, ntriples: bytes, graph: str | None = None) -> None:
        """Add these triples to `graph` (or the default graph)."""
        self._send("POST", ntriples, graph)

    def _url(self, graph: str | None) -> str:
        query = urllib.parse.urlencode({"graph": graph}) if graph else "default"
        return f"{self.endpoint}{'&' if '?' in self.endpoint else '?'}{query}"

    def _send(self, method: str, body: bytes, graph: str | None) -> None:
        url = self._url(graph)
        for attempt in range(1, self.attempts + 1):
            request = urllib.request.Request(url, data=body, method=method, headers={"Content-Type": NTRIPLES})
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    response.read()
                return
            except urllib.error.HTTPError as err:
                if err.code < 500 or attempt == self.attempts:
                    raise StoreError(f"{method} {url}: HTTP {err.code} {err.reason}: {_detail(err)}") from None
            except (urllib.error.URLError, TimeoutError, ConnectionError, http.client.HTTPException) as err:
                # HTTPException: a reply cut short (IncompleteRead) or not HTTP at all (BadStatusLine).
                if attempt == self.attempts:
                    raise StoreError(f"{method} {url}: no answer after {attempt} attempts: {_reason(err)}") from None
            time.sleep(self.backoff * 2 ** (attempt - 1))


def _detail(err: urllib.error.HTTPError) -> str:
    """The start of an error reply's body, if the connection lets us read it."""
    try:
        return err.read(500).decode("utf-8", "replace").strip()
    except (OSError, http.client.HTTPException):
        return "(the reply's body was cut off)"


def _reason(err: Exception) -> str:
    if isinstance(err, http.client.HTTPException):
        return f"a broken reply: {err!r}"
    return str(getattr(err, "reason", err))
