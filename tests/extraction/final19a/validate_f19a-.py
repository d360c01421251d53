#!/usr/bin/env python3
"""Validate the f19a- gold files (standard library only).

Checks, for every NAME.gold.json in this folder:
  * the article file exists; metadata (file, language, published, title) is present and well formed;
    for HTML, `published` equals the date in <meta property="article:published_time">;
  * the title occurs in the (tag-stripped, whitespace-normalised) text;
  * every evidence string occurs verbatim in that text;
  * every alias occurs in that text;
  * event actors are all in the actors list, and every listed actor takes part in an event;
  * role fields (proposed_by, accepted_by, rejected_by, conceding) name listed actors;
  * types, subtypes, statuses are valid; date format matches date_precision.
Usage: python3 validate_f19a-.py [DIR]   (default: the folder of this script)
"""
import html
import json
import os
import re
import sys

DIR = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
TYPES = {"meeting", "proposal", "concession", "statement"}
SUBTYPES = {"phone_call", "in_person", "virtual"}
STATUSES = {"demanded", "offered", "granted", "refused", "discussed"}
PREC_RE = {"day": r"^\d{4}-\d{2}-\d{2}$", "month": r"^\d{4}-\d{2}$", "year": r"^\d{4}$"}
ROLE_KEYS = ("proposed_by", "accepted_by", "rejected_by", "conceding")


def norm_ws(s):
    return " ".join(s.split())


def article_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return norm_ws(raw)


def check(gold_path):
    errs = []
    doc = json.load(open(gold_path, encoding="utf-8"))
    art = doc.get("article", {})
    for k in ("file", "language", "published", "title"):
        if not art.get(k):
            errs.append(f"article.{k} missing")
    fpath = os.path.join(DIR, art.get("file", ""))
    if not os.path.isfile(fpath):
        return [f"article file not found: {fpath}"]
    base = os.path.basename(gold_path)[: -len(".gold.json")]
    if os.path.splitext(art["file"])[0] != base:
        errs.append("gold file name does not match article file name")
    if not re.match(PREC_RE["day"], art.get("published", "")):
        errs.append(f"published not YYYY-MM-DD: {art.get('published')}")
    text = article_text(fpath)
    if fpath.endswith(".html"):
        raw = open(fpath, encoding="utf-8").read()
        m = re.search(r'<meta[^>]+property="article:published_time"[^>]+content="(\d{4}-\d{2}-\d{2})', raw)
        if not m:
            errs.append("HTML without article:published_time meta")
        elif m.group(1) != art.get("published"):
            errs.append(f"published {art.get('published')} != meta {m.group(1)}")
    if norm_ws(art.get("title", "")) not in text:
        errs.append("title not found in text")

    names = []
    for a in doc.get("actors", []):
        n = a.get("name")
        if not n:
            errs.append("actor without name")
            continue
        if n in names:
            errs.append(f"duplicate actor {n}")
        names.append(n)
        if a.get("kind") not in ("person", "state", "organization"):
            errs.append(f"actor {n}: bad kind {a.get('kind')}")
        if not a.get("aliases"):
            errs.append(f"actor {n}: no aliases")
        for al in a.get("aliases", []):
            if norm_ws(al) not in text:
                errs.append(f"actor {n}: alias not in text: {al!r}")
    used = set()
    for i, e in enumerate(doc.get("events", [])):
        w = f"event #{i} ({e.get('type')})"
        if e.get("type") not in TYPES:
            errs.append(f"{w}: bad type")
        if e.get("type") == "meeting" and e.get("subtype") not in SUBTYPES:
            errs.append(f"{w}: bad/missing subtype {e.get('subtype')}")
        if e.get("type") != "meeting" and "subtype" in e:
            errs.append(f"{w}: subtype on non-meeting")
        d, p = e.get("date"), e.get("date_precision")
        if d is None or p is None:
            if not (d is None and p is None):
                errs.append(f"{w}: date/precision null mismatch ({d}, {p})")
            if "true_date" not in e:
                errs.append(f"{w}: null date without true_date key")
        elif p not in PREC_RE or not re.match(PREC_RE[p], d):
            errs.append(f"{w}: date {d} does not match precision {p}")
        elif d > art.get("published", "9999") and e.get("type") in ("statement", "proposal", "concession"):
            errs.append(f"{w}: non-meeting event dated after publication ({d})")
        acts = e.get("actors") or []
        if not acts:
            errs.append(f"{w}: no actors")
        if len(set(acts)) != len(acts):
            errs.append(f"{w}: duplicate actors")
        for a in acts:
            if a not in names:
                errs.append(f"{w}: actor {a!r} not in actors list")
            used.add(a)
        for k in ROLE_KEYS:
            for a in e.get(k) or []:
                if a not in names:
                    errs.append(f"{w}: role {k} names unknown actor {a!r}")
                elif a not in acts:
                    errs.append(f"{w}: role {k} actor {a!r} not among event actors")
        if e.get("type") == "concession" and e.get("status") not in STATUSES:
            errs.append(f"{w}: bad status {e.get('status')}")
        ev = e.get("evidence", "")
        if not ev or norm_ws(ev) not in text:
            errs.append(f"{w}: evidence not found: {ev[:80]!r}")
    for n in names:
        if n not in used:
            errs.append(f"actor {n!r} takes part in no event")
    return errs


def main():
    golds = sorted(f for f in os.listdir(DIR) if f.endswith(".gold.json"))
    if not golds:
        print("no gold files"); return 1
    bad = 0
    for g in golds:
        errs = check(os.path.join(DIR, g))
        doc = json.load(open(os.path.join(DIR, g), encoding="utf-8"))
        counts = {}
        for e in doc["events"]:
            counts[e["type"]] = counts.get(e["type"], 0) + 1
        status = "OK" if not errs else f"{len(errs)} problem(s)"
        print(f"{g}: {len(doc['events'])} events {counts} -> {status}")
        for x in errs:
            print("   -", x)
        bad += len(errs)
    print("ALL CLEAN" if not bad else f"{bad} problem(s) in total")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
