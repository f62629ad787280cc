"""Downloading a feed or page named by an ``http(s)://`` URL on the command line.

Only URLs given explicitly are fetched (nothing found inside a document is), with a timeout
and the same size cap as files.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass

from timeline import __version__
from timeline.sources.loading import MAX_BYTES, human_size
from timeline.sources.model import FETCH_FAILED, TOO_LARGE, SourceError

TIMEOUT_SECONDS = 20.0


@dataclass(frozen=True, slots=True)
class Download:
    url: str
    data: bytes
    headers: dict[str, str]

    @property
    def charset(self) -> str | None:
        content_type = self.headers.get("content-type", "")
        for part in content_type.split(";")[1:]:
            key, _, value = part.strip().partition("=")
            if key.lower() == "charset" and value:
                return value.strip('"')
        return None


def is_url(name: str) -> bool:
    return name.lower().startswith(("http://", "https://"))


def fetch(url: str, timeout: float = TIMEOUT_SECONDS, limit: int = MAX_BYTES) -> Download:
    """The body of ``url``, or SourceError naming it."""
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": f"timeline/{__version__} (+news date extraction)",
            "Accept": "application/rss+xml, application/atom+xml, application/xml, "
            "text/xml, text/html;q=0.9, */*;q=0.5",
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            data = response.read(limit + 1)
            headers = {k.lower(): v for k, v in response.headers.items()}
    except urllib.error.HTTPError as exc:
        raise SourceError(f"{url}: download failed (HTTP {exc.code} {exc.reason})",
                          FETCH_FAILED) from None
    except urllib.error.URLError as exc:
        raise SourceError(f"{url}: download failed ({exc.reason})", FETCH_FAILED) from None
    except (TimeoutError, OSError, ValueError) as exc:
        raise SourceError(f"{url}: download failed ({exc})", FETCH_FAILED) from None
    if len(data) > limit:
        raise SourceError(f"{url}: too large (over {human_size(limit)})", TOO_LARGE)
    return Download(url, data, headers)
