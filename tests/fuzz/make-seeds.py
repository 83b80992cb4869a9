#!/usr/bin/env python3
"""Builds the seed corpora of the fuzz targets from the real site.

Usage: make-seeds.py CORPUS_DIR OUT_DIR
OUT_DIR/fuzz_load: a sample of the site's files (every layout and language, the
largest ones, CRLF and BOM variants). OUT_DIR/fuzz_edit: the same files, each followed
by a NUL, a new value and the two control bytes fuzz_edit.cpp reads (key, operation).
"""
import os
import sys

VALUES = ["2025-08-07", "[a, b]", "129.99", "x: y", '"quoted"', "it's", "yes", "0.4",
          "line one\nline two", "日本語のタイトル", "", "- item", "#hash", "{k: v}", "&anchor"]

def main():
    corpus, out = sys.argv[1], sys.argv[2]
    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(corpus) for f in fs if f.endswith(".md"))
    # Every 40th file, plus the ten largest: about 200 seeds that cover the site's shapes.
    largest = sorted(files, key=os.path.getsize)[-10:]
    sample = sorted(set(files[::40] + largest))
    os.makedirs(os.path.join(out, "fuzz_load"), exist_ok=True)
    os.makedirs(os.path.join(out, "fuzz_edit"), exist_ok=True)
    for index, path in enumerate(sample):
        with open(path, "rb") as f:
            data = f.read()
        variants = [data]
        if index % 10 == 0:
            variants.append(data.replace(b"\n", b"\r\n"))
        if index % 10 == 1:
            variants.append(b"\xef\xbb\xbf" + data)
        for number, variant in enumerate(variants):
            name = "%04d-%d" % (index, number)
            with open(os.path.join(out, "fuzz_load", name), "wb") as f:
                f.write(variant)
            value = VALUES[(index + number) % len(VALUES)].encode("utf-8")
            control = bytes([index % 251, (index * 7 + number) % 256])
            with open(os.path.join(out, "fuzz_edit", name), "wb") as f:
                f.write(variant + b"\0" + value + control)
    print("%d seeds from %d files" % (len(os.listdir(os.path.join(out, "fuzz_load"))), len(sample)))

main()
