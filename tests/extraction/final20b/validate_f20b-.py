#!/usr/bin/env python3
"""Validate the f20b- gold files (standard library only).

Checks, for every NAME.gold.json in this folder:
  * article metadata: file exists, language, published (YYYY-MM-DD), title;
    for HTML, published equals the article:published_time meta date;
  * evidence occurs verbatim in the (tag-stripped, whitespace-normalised) text;
  * every alias occurs in that text;
  * event actors are all in the actors list, and every listed actor is in an event;
  * type / subtype / status values are valid;
  * date format matches date_precision (null with null).
Usage: python3 validate_f20b-.py [DIR]
"""
import html
import json
import os
import re
import sys

TYPES = {"meeting", "proposal", "concession", "statement"}
SUBTYPES = {"phone_call", "in_person", "virtual"}
STATUS = {"demanded", "offered", "granted", "refused", "discussed"}
KINDS = {"person", "state", "organization"}
PREC = {"day": r"^\d{4}-\d{2}-\d{2}$", "month": r"^\d{4}-\d{2}$", "year": r"^\d{4}$"}


def norm_ws(s):
    return " ".join(s.split())


def article_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return norm_ws(raw), open(path, encoding="utf-8").read()


def check(folder, gold_name):
    errs = []
    g = json.load(open(os.path.join(folder, gold_name), encoding="utf-8"))
    art = g.get("article", {})
    fname = art.get("file")
    base = gold_name[: -len(".gold.json")]
    if not fname or not os.path.exists(os.path.join(folder, fname)):
        return [f"article file missing: {fname}"]
    if os.path.splitext(fname)[0] != base:
        errs.append(f"file name {fname} does not match gold name {gold_name}")
    if not fname.startswith("f20b-"):
        errs.append("file name does not start with f20b-")
    for k in ("language", "published", "title"):
        if not art.get(k):
            errs.append(f"article.{k} missing")
    if not re.match(PREC["day"], art.get("published", "")):
        errs.append("article.published is not YYYY-MM-DD")
    text, raw = article_text(os.path.join(folder, fname))
    if fname.endswith(".html"):
        m = re.search(r'property="article:published_time" content="(\d{4}-\d{2}-\d{2})', raw)
        if not m or m.group(1) != art.get("published"):
            errs.append("HTML article:published_time does not match published")
    if norm_ws(art.get("title", "")) not in text:
        errs.append("title not found in text")

    names = []
    for a in g.get("actors", []):
        n = a.get("name")
        names.append(n)
        if a.get("kind") not in KINDS:
            errs.append(f"actor {n}: bad kind {a.get('kind')}")
        if not a.get("aliases"):
            errs.append(f"actor {n}: no aliases")
        for al in a.get("aliases", []):
            if norm_ws(al) not in text:
                errs.append(f"actor {n}: alias not in text: {al!r}")
    if len(set(names)) != len(names):
        errs.append("duplicate actor names")

    used = set()
    for i, e in enumerate(g.get("events", [])):
        w = f"event#{i} ({e.get('type')})"
        t = e.get("type")
        if t not in TYPES:
            errs.append(f"{w}: bad type")
        if t == "meeting" and e.get("subtype") not in SUBTYPES:
            errs.append(f"{w}: meeting without valid subtype")
        if t != "meeting" and e.get("subtype"):
            errs.append(f"{w}: subtype on non-meeting")
        if t == "concession" and e.get("status") not in STATUS:
            errs.append(f"{w}: concession without valid status")
        d, p = e.get("date"), e.get("date_precision")
        if d is None or p is None:
            if not (d is None and p is None):
                errs.append(f"{w}: date/precision null mismatch")
            if d is None and not e.get("true_date"):
                errs.append(f"{w}: null date without true_date")
        elif p not in PREC or not re.match(PREC[p], d):
            errs.append(f"{w}: date {d!r} does not match precision {p!r}")
        ev = e.get("evidence", "")
        if not ev or norm_ws(ev) not in text:
            errs.append(f"{w}: evidence not found: {ev[:60]!r}")
        acts = e.get("actors", [])
        if not acts:
            errs.append(f"{w}: no actors")
        for a in acts:
            if a not in names:
                errs.append(f"{w}: actor {a!r} not in actors list")
            used.add(a)
        for k in ("proposed_by", "accepted_by", "rejected_by", "conceding"):
            for a in e.get(k, []) or []:
                if a not in acts:
                    errs.append(f"{w}: role {k} actor {a!r} not among event actors")
    for n in names:
        if n not in used:
            errs.append(f"actor {n!r} is in no event")
    return errs


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    golds = sorted(f for f in os.listdir(folder) if f.endswith(".gold.json"))
    bad = 0
    for gname in golds:
        errs = check(folder, gname)
        g = json.load(open(os.path.join(folder, gname), encoding="utf-8"))
        counts = {}
        for e in g["events"]:
            counts[e["type"]] = counts.get(e["type"], 0) + 1
        status = "OK" if not errs else f"{len(errs)} problem(s)"
        print(f"{gname}: {len(g['events'])} events {counts} -> {status}")
        for x in errs:
            print("   -", x)
        bad += len(errs)
    print("CLEAN" if bad == 0 else f"{bad} problem(s) in total")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
