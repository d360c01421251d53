"""Fetch an article page by URL, safely: http(s) only, public addresses only (every resolved
address checked, and checked again after each redirect, which we follow ourselves), a
timeout, a size cap and a content-type check. Standard library only (urllib).

The address check happens on resolution and the connection is then made to the host name,
so a DNS answer that changes between the two (rebinding) is not fully excluded; the check
is repeated on every hop, which is what the import needs to refuse the obvious cases.
"""

from __future__ import annotations

import ipaddress
import socket
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from django.conf import settings

MAX_REDIRECTS = 5
ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
USER_AGENT = "CeasefireTracker/1.0 (+article import)"


_TRACKING_PARAMS = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ocid")


def normalize_url(url: str) -> str:
    """The form a URL is stored and compared in: scheme and host lower-cased, default port,
    fragment and tracking parameters (utm_*, fbclid…) dropped, so the same article shared
    with different campaign tags is recognised as one Source."""
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return url.strip()
    host = parts.hostname.lower()
    default = {"http": 80, "https": 443}[parts.scheme.lower()]
    try:
        port = parts.port
    except ValueError:
        return url.strip()
    netloc = host if port in (None, default) else f"{host}:{port}"
    if parts.username or parts.password:
        netloc = parts.netloc.rsplit("@", 1)[0] + "@" + netloc
    query = urllib.parse.urlencode(
        [
            (key, value)
            for key, value in urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
            if not key.lower().startswith(_TRACKING_PARAMS)
        ]
    )
    return urllib.parse.urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", query, ""))


class FetchError(ValueError):
    """The URL cannot be imported; the message is written for the editor."""


@dataclass
class Fetched:
    url: str  # the final URL, after redirects
    body: bytes
    content_type: str
    charset: str | None

    @property
    def is_html(self) -> bool:
        return self.content_type in ("text/html", "application/xhtml+xml")


def check_url(url: str, *, allow_private: bool | None = None) -> urllib.parse.SplitResult:
    """Refuse anything but http(s) to a public address (unless private ones are allowed)."""
    allow_private = settings.URL_IMPORT_ALLOW_PRIVATE if allow_private is None else allow_private
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme not in ("http", "https"):
        raise FetchError("Only http:// and https:// addresses can be imported.")
    if not parts.hostname:
        raise FetchError("The address has no host name.")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise FetchError("The address has an invalid port.") from None
    try:
        infos = socket.getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise FetchError(f"The host “{parts.hostname}” could not be found.") from None
    if not allow_private:
        for info in infos:
            address = ipaddress.ip_address(info[4][0].split("%", 1)[0])
            if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
                address = address.ipv4_mapped
            if not address.is_global or address.is_multicast:
                raise FetchError(
                    f"The host “{parts.hostname}” resolves to a private, loopback or reserved "
                    f"address ({address}); only public sites can be imported."
                )
    return parts


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None  # we follow redirects ourselves, checking each hop


_OPENER = urllib.request.build_opener(_NoRedirects)


def fetch_article(url: str, *, allow_private: bool | None = None) -> Fetched:
    """GET the page at `url`, following up to five redirects, each one re-checked."""
    limit = settings.MAX_ARTICLE_BYTES
    timeout = settings.URL_IMPORT_TIMEOUT
    current = url.strip()
    for _ in range(MAX_REDIRECTS + 1):
        check_url(current, allow_private=allow_private)
        request = urllib.request.Request(
            current,
            headers={"User-Agent": USER_AGENT, "Accept": "text/html,text/plain;q=0.8"},
        )
        try:
            response = _OPENER.open(request, timeout=timeout)
        except urllib.error.HTTPError as error:
            if error.code in (301, 302, 303, 307, 308):
                location = error.headers.get("Location")
                error.close()
                if not location:
                    raise FetchError("The site redirected without saying where.") from None
                current = urllib.parse.urljoin(current, location)
                continue
            error.close()
            raise FetchError(f"The site answered {error.code} {error.reason}.") from None
        except TimeoutError:
            raise FetchError(f"The site did not answer within {timeout:g} seconds.") from None
        except urllib.error.URLError as error:
            if isinstance(error.reason, TimeoutError | socket.timeout):
                raise FetchError(f"The site did not answer within {timeout:g} seconds.") from None
            raise FetchError(f"The site could not be reached ({error.reason}).") from None
        with response:
            content_type = response.headers.get_content_type()
            charset = response.headers.get_content_charset()
            if content_type not in ACCEPTED_TYPES:
                raise FetchError(f"The address returned {content_type}, not a web page or text.")
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise FetchError(_too_big(int(declared), limit))
            try:
                body = response.read(limit + 1)
            except TimeoutError:
                raise FetchError(f"The site did not answer within {timeout:g} seconds.") from None
            if len(body) > limit:
                raise FetchError(_too_big(len(body), limit))
            return Fetched(url=current, body=body, content_type=content_type, charset=charset)
    raise FetchError(f"The site redirected more than {MAX_REDIRECTS} times.")


def _too_big(size: int, limit: int) -> str:
    return f"The page is larger than the {limit / (1024 * 1024):g} MB limit."


def decode_body(fetched: Fetched) -> str:
    """The body as text: the declared charset if it decodes, else the importer's detection."""
    if fetched.charset:
        try:
            return fetched.body.decode(fetched.charset)
        except (LookupError, UnicodeDecodeError):
            pass
    from .importing import decode_article_bytes

    return decode_article_bytes(fetched.body)
