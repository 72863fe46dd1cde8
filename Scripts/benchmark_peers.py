"""The Python peer pipeline that Scripts/benchmark.sh compares `claimcheck verify` with: trafilatura extracts
the article text, pysbd splits it into sentences, quantulum3 finds the quantities of every sentence.

    python benchmark_peers.py FILE...

Prints one line: "articles=N bytes=B seconds=S sentences=X quantities=Q" (seconds of process CPU time
spent in the pipeline, files read beforehand so that disk speed does not count, and each library warmed up on
the first page first so that loading its models does not count either).
"""
import sys
import time

import pysbd
import trafilatura
from quantulum3 import parser


def main(paths):
    pages = []
    for path in paths:
        with open(path, "rb") as handle:
            pages.append(handle.read())
    segmenter = pysbd.Segmenter(language="en", clean=False)
    if pages:
        for sentence in segmenter.segment(trafilatura.extract(pages[0]) or "It rose 5% to $1.2 million."):
            parser.parse(sentence)
    sentences = quantities = 0
    started = time.process_time()
    for page in pages:
        text = trafilatura.extract(page) or ""
        for sentence in segmenter.segment(text):
            sentences += 1
            quantities += len(parser.parse(sentence))
    seconds = time.process_time() - started
    print(f"articles={len(pages)} bytes={sum(map(len, pages))} seconds={seconds:.3f} "
          f"sentences={sentences} quantities={quantities}")


if __name__ == "__main__":
    main(sys.argv[1:])
