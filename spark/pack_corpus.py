"""Packs article files as the Spark job's inputs: JSON Lines (every article) and WARC with one gzip member
per record (the HTML pages, as responses, with request and metadata records that must be skipped).

    python3 spark/pack_corpus.py OUT_FOLDER [--copies N] [--date YYYY-MM-DD] FILE...

Record ids: the file's name for JSON Lines, https://corpus.example/NAME for WARC (copy k > 1 appends ?copy=k
to both, so a throughput run can multiply the corpus).
"""
import argparse
import gzip
import json
import os
import uuid

from warc_records import page_text


def warc_record(kind, uri, date, block):
    head = "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%s>\r\nWARC-Date: %sT12:00:00Z\r\n" % (kind, uuid.uuid4(), date)
    if uri:
        head += "WARC-Target-URI: %s\r\n" % uri
    head += "Content-Length: %d\r\n\r\n" % len(block)
    return gzip.compress(head.encode() + block + b"\r\n\r\n", mtime=0)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("files", nargs="+")
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--date", default="2022-10-20", help="the WARC-Date (capture day) of every record")
    options = parser.parse_args()
    os.makedirs(os.path.join(options.out, "jsonl"), exist_ok=True)
    os.makedirs(os.path.join(options.out, "warc"), exist_ok=True)
    with open(os.path.join(options.out, "jsonl", "corpus.jsonl"), "w") as jsonl, \
            open(os.path.join(options.out, "warc", "corpus.warc.gz"), "wb") as warc:
        warc.write(warc_record("warcinfo", None, options.date, b"software: claimcheck pack_corpus\r\n"))
        for copy in range(1, options.copies + 1):
            suffix = "" if copy == 1 else "?copy=%d" % copy
            for path in options.files:
                name = os.path.basename(path)
                with open(path, "rb") as file:
                    data = file.read()
                field = "text" if name.endswith(".txt") else "html"
                jsonl.write(json.dumps({"id": name + suffix, field: page_text(data)}) + "\n")
                if field != "html":
                    continue
                uri = "https://corpus.example/" + name + suffix
                warc.write(warc_record("request", uri, options.date, b"GET /" + name.encode() + b" HTTP/1.1\r\nHost: corpus.example\r\n\r\n"))
                http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n" % len(data)
                warc.write(warc_record("response", uri, options.date, http + data))
                warc.write(warc_record("metadata", uri, options.date, b"fetchTimeMs: 10\r\n"))


if __name__ == "__main__":
    main()
