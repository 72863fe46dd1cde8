"""WARC (ISO 28500) → claimcheck JSON Lines records, for the Spark job's WARC input.

Mirrors what `claimcheck verify` does with an archive (Sources/Ingest/WARCReader.swift): each `response`
record whose HTTP payload is HTML becomes one record {"id": WARC-Target-URI, "url", "date": WARC-Date, "html"};
every other record is skipped and counted.
"""
import codecs
import gzip
import io
import re


def _windows1252_fallback(error):
    # Each byte that is not valid UTF-8 read as Windows-1252, as the binary's TextDecoding does.
    return bytes(error.object[error.start:error.end]).decode("cp1252", "replace"), error.end


codecs.register_error("claimcheck-windows-1252", _windows1252_fallback)

_WINDOWS_1252_NAMES = {"windows-1252", "cp1252", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "iso-8859-15", "x-cp1252"}


def page_text(data: bytes) -> str:
    """A page's bytes as text, decoded as `claimcheck verify` decodes a file (Sources/Ingest/TextDecoding.swift):
    BOM, else UTF-8 when valid, else the charset its <meta> declares, else UTF-8 with Windows-1252 for bad bytes."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = re.search(rb"""charset=["' ]*([A-Za-z0-9_-]+)""", data[:4096], re.IGNORECASE)
    charset = declared.group(1).decode("ascii").lower() if declared else None
    if charset in _WINDOWS_1252_NAMES:
        return data.decode("cp1252", "replace")
    if charset and charset not in ("utf-8", "utf8"):
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return data.decode("utf-8", "claimcheck-windows-1252")


def _open(data: bytes):
    # One gzip member per record (CC-NEWS) is one gzip stream to Python's reader: members are concatenated.
    return gzip.GzipFile(fileobj=io.BytesIO(data)) if data[:2] == b"\x1f\x8b" else io.BytesIO(data)


def records(data: bytes):
    """Yields (headers, block) per WARC record; headers keyed by lower-case name."""
    stream = _open(data)
    while True:
        line = stream.readline()
        if not line:
            return
        if not line.strip():
            continue
        if not line.startswith(b"WARC/"):
            raise ValueError("not a WARC record: expected 'WARC/1.x', found %r" % line[:40])
        headers = {}
        while True:
            line = stream.readline()
            if not line or not line.strip():
                break
            name, _, value = line.decode("utf-8", "replace").partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "-1"))
        if length < 0:
            raise ValueError("WARC record %s has no valid Content-Length" % headers.get("warc-record-id", ""))
        block = stream.read(length)
        if len(block) != length:
            raise ValueError("truncated WARC record %s" % headers.get("warc-record-id", ""))
        yield headers, block


def _dechunk(body: bytes) -> bytes:
    result, index = bytearray(), 0
    while index < len(body):
        end = body.find(b"\n", index)
        if end < 0:
            return body
        size_text = body[index:end].split(b";")[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError:
            return body
        if size == 0:
            return bytes(result)
        if end + 1 + size > len(body):
            return body
        result += body[end + 1:end + 1 + size]
        index = end + 1 + size
        while index < len(body) and body[index] in b"\r\n":
            index += 1
    return bytes(result)


def html_payload(headers, block):
    """The HTML page of an HTTP response record, or None."""
    if headers.get("warc-type", "").lower() != "response" or not block.startswith(b"HTTP/"):
        return None
    boundaries = [(i, i + len(mark)) for mark in (b"\r\n\r\n", b"\n\n") for i in [block.find(mark)] if i >= 0]
    if not boundaries:
        return None
    head_end, body_start = min(boundaries)
    body = block[body_start:]
    http = {}
    for line in block[:head_end].decode("latin-1").splitlines()[1:]:
        name, _, value = line.partition(":")
        http[name.strip().lower()] = value.strip().lower()
    content_type = http.get("content-type")
    if content_type is not None and "html" not in content_type:
        return None
    if content_type is None and b"<" not in body[:4096]:
        return None
    return _dechunk(body) if "chunked" in http.get("transfer-encoding", "") else body


def jsonl_records(data: bytes):
    """(record or None, skipped) per WARC record: a claimcheck --jsonl record for each HTML response."""
    for headers, block in records(data):
        page = html_payload(headers, block)
        uri = headers.get("warc-target-uri")
        if page is None or uri is None:
            yield None
            continue
        record = {"id": uri, "url": uri, "html": page_text(page)}
        if headers.get("warc-date"):
            record["date"] = headers["warc-date"][:10]
        yield record
