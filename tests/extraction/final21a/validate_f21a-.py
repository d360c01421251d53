#!/usr/bin/env python3
"""Validate the f21a- gold files (standard library only).

Checks, for every NAME.gold.json in this folder:
  * article metadata: file exists, language, published (YYYY-MM-DD), title present
  * evidence occurs verbatim in the article text (HTML: tags stripped, entities
    unescaped; whitespace normalised on both sides)
  * every alias occurs in the article text (case-insensitive)
  * every event actor is in the actors list, every listed actor is used by an event
  * role fields (proposed_by, accepted_by, rejected_by, conceding) are event actors
  * date format matches date_precision; types, subtypes and statuses are valid
Exit status 1 if any problem is found.
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"meeting", "proposal", "concession", "statement"}
SUBTYPES = {"phone_call", "in_person", "virtual"}
STATUSES = {"demanded", "offered", "granted", "refused", "discussed"}
PREC_RE = {"day": r"^\d{4}-\d{2}-\d{2}$", "month": r"^\d{4}-\d{2}$", "year": r"^\d{4}$"}
ROLES = ("proposed_by", "accepted_by", "rejected_by", "conceding")


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
    apath = os.path.join(HERE, art.get("file", ""))
    if not os.path.isfile(apath):
        return [f"article file missing: {art.get('file')}"]
    if art.get("language") not in {"en", "it", "de", "fr", "es"}:
        errs.append(f"bad language {art.get('language')!r}")
    if not re.match(PREC_RE["day"], str(art.get("published", ""))):
        errs.append(f"bad published date {art.get('published')!r}")
    if not art.get("title"):
        errs.append("missing title")
    text = article_text(apath)
    low = text.lower()
    if norm_ws(art.get("title", "")) not in text:
        errs.append("title not found in text")

    names = set()
    for a in doc.get("actors", []):
        if a["name"] in names:
            errs.append(f"duplicate actor {a['name']}")
        names.add(a["name"])
        if a.get("kind") not in {"person", "state", "organization"}:
            errs.append(f"actor {a['name']}: bad kind {a.get('kind')!r}")
        if not a.get("aliases"):
            errs.append(f"actor {a['name']}: no aliases")
        for al in a.get("aliases", []):
            if norm_ws(al).lower() not in low:
                errs.append(f"actor {a['name']}: alias not in text: {al!r}")

    used = set()
    for i, ev in enumerate(doc.get("events", [])):
        tag = f"event #{i} ({ev.get('type')})"
        if ev.get("type") not in TYPES:
            errs.append(f"{tag}: bad type")
        if ev.get("type") == "meeting" and ev.get("subtype") not in SUBTYPES:
            errs.append(f"{tag}: bad/missing subtype {ev.get('subtype')!r}")
        if ev.get("type") != "meeting" and "subtype" in ev:
            errs.append(f"{tag}: subtype on non-meeting")
        d, p = ev.get("date"), ev.get("date_precision")
        if d is None or p is None:
            if not (d is None and p is None):
                errs.append(f"{tag}: date {d!r} / precision {p!r} mismatch")
            if "true_date" not in ev:
                errs.append(f"{tag}: null date without true_date key")
        elif p not in PREC_RE or not re.match(PREC_RE[p], d):
            errs.append(f"{tag}: date {d!r} does not match precision {p!r}")
        elif d > art.get("published", "9999") and ev.get("type") != "meeting":
            errs.append(f"{tag}: date {d} after publication (only scheduled meetings expected)")
        if not ev.get("actors"):
            errs.append(f"{tag}: no actors")
        for a in ev.get("actors", []):
            if a not in names:
                errs.append(f"{tag}: actor {a!r} not in actors list")
            used.add(a)
        for r in ROLES:
            for a in ev.get(r, []) or []:
                if a not in ev.get("actors", []):
                    errs.append(f"{tag}: role {r} actor {a!r} not among event actors")
        if ev.get("type") == "concession" and ev.get("status") not in STATUSES:
            errs.append(f"{tag}: bad/missing status {ev.get('status')!r}")
        evid = norm_ws(ev.get("evidence", ""))
        if not evid or evid not in text:
            errs.append(f"{tag}: evidence not found verbatim: {evid[:80]!r}")
    for n in names - used:
        errs.append(f"actor {n!r} listed but in no event")
    return errs


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".gold.json"))
    bad = 0
    for f in files:
        errs = check(os.path.join(HERE, f))
        doc = json.load(open(os.path.join(HERE, f), encoding="utf-8"))
        counts = {}
        for ev in doc["events"]:
            counts[ev["type"]] = counts.get(ev["type"], 0) + 1
        status = "OK" if not errs else f"{len(errs)} problem(s)"
        print(f"{f}: {len(doc['events'])} events {counts} -> {status}")
        for e in errs:
            print("   -", e)
        bad += len(errs)
    print("CLEAN" if not bad else f"{bad} problem(s) in total")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
