#!/usr/bin/env python3
"""Validate the f20a- gold files (standard library only).

Checks, for every f20a-*.gold.json in this folder:
  * article metadata (file exists, language, published YYYY-MM-DD, title present;
    for HTML, the article:published_time meta agrees with `published`);
  * every evidence string occurs in the tag-stripped, whitespace-normalised text;
  * every alias occurs in that text;
  * event actors are all in the actors list, and every listed actor takes part in an event;
  * role fields (proposed_by, accepted_by, rejected_by, conceding) are among the event actors;
  * types, subtypes, statuses are valid; date format matches date_precision;
  * null dates carry a true_date key.
Usage: python3 validate_f20a-.py [DIR]
"""
import html
import json
import os
import re
import sys

TYPES = {"meeting", "proposal", "concession", "statement"}
SUBTYPES = {"phone_call", "in_person", "virtual"}
STATUSES = {"demanded", "offered", "granted", "refused", "discussed"}
PREC = {"day": r"^\d{4}-\d{2}-\d{2}$", "month": r"^\d{4}-\d{2}$", "year": r"^\d{4}$"}
ROLES = ("proposed_by", "accepted_by", "rejected_by", "conceding")


def norm_ws(s):
    return " ".join(s.split())


def strip_html(raw):
    raw = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", raw)
    raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
    raw = re.sub(r"(?s)<[^>]+>", " ", raw)
    return html.unescape(raw)


def check(dirpath):
    errors = []
    files = sorted(f for f in os.listdir(dirpath) if f.startswith("f20a-") and f.endswith(".gold.json"))
    if not files:
        errors.append("no f20a-*.gold.json files found")
    for gf in files:
        base = gf[: -len(".gold.json")]

        def err(msg):
            errors.append(f"{gf}: {msg}")

        with open(os.path.join(dirpath, gf), encoding="utf-8") as f:
            gold = json.load(f)
        art = gold.get("article", {})
        fname = art.get("file")
        if not fname or not fname.startswith(base + "."):
            err(f"article.file {fname!r} does not match gold name")
            continue
        path = os.path.join(dirpath, fname)
        if not os.path.exists(path):
            err(f"article file {fname} missing")
            continue
        with open(path, encoding="utf-8") as f:
            raw = f.read()
        is_html = fname.endswith(".html")
        text = norm_ws(strip_html(raw) if is_html else raw)
        for key in ("file", "language", "published", "title"):
            if not art.get(key):
                err(f"article.{key} missing")
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", art.get("published", "")):
            err("article.published not YYYY-MM-DD")
        if norm_ws(art.get("title", "")) not in text:
            err("title does not occur in the text")
        if is_html:
            m = re.search(r'property="article:published_time"\s+content="(\d{4}-\d{2}-\d{2})', raw)
            if not m or m.group(1) != art.get("published"):
                err("HTML article:published_time meta missing or different from article.published")

        names = []
        for a in gold.get("actors", []):
            n = a.get("name")
            names.append(n)
            if a.get("kind") not in ("person", "state", "organization"):
                err(f"actor {n}: bad kind {a.get('kind')!r}")
            if not a.get("aliases"):
                err(f"actor {n}: no aliases")
            for al in a.get("aliases", []):
                if norm_ws(al) not in text:
                    err(f"actor {n}: alias {al!r} not in text")
        if len(set(names)) != len(names):
            err("duplicate actor names")
        used = set()
        for i, ev in enumerate(gold.get("events", [])):
            w = f"event #{i} ({ev.get('type')}, {ev.get('date')})"
            if ev.get("type") not in TYPES:
                err(f"{w}: bad type")
            if ev.get("type") == "meeting":
                if ev.get("subtype") not in SUBTYPES:
                    err(f"{w}: meeting without valid subtype")
            elif "subtype" in ev:
                err(f"{w}: subtype on a non-meeting")
            d, p = ev.get("date"), ev.get("date_precision")
            if d is None or p is None:
                if not (d is None and p is None):
                    err(f"{w}: date/precision null mismatch")
                if "true_date" not in ev:
                    err(f"{w}: null date without true_date key")
            else:
                if p not in PREC or not re.match(PREC[p], d):
                    err(f"{w}: date {d!r} does not match precision {p!r}")
            acts = ev.get("actors") or []
            if not acts:
                err(f"{w}: no actors")
            for a in acts:
                if a not in names:
                    err(f"{w}: actor {a!r} not in actors list")
                used.add(a)
            for r in ROLES:
                for a in ev.get(r, []) or []:
                    if a not in acts:
                        err(f"{w}: {r} {a!r} not among event actors")
            if ev.get("type") == "concession" and ev.get("status") not in STATUSES:
                err(f"{w}: concession without valid status")
            evid = ev.get("evidence", "")
            if not evid or norm_ws(evid) not in text:
                err(f"{w}: evidence not found in text: {evid[:80]!r}")
        for n in names:
            if n not in used:
                err(f"actor {n!r} takes part in no event")
    return errors


if __name__ == "__main__":
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    errs = check(d)
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else f"{len(errs)} error(s)")
    sys.exit(1 if errs else 0)
