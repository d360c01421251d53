#!/usr/bin/env python3
"""Validate the f20d- gold files in this folder (standard library only).

Checks: article metadata; evidence occurs verbatim in the (tag-stripped, whitespace-normalised)
text; every alias occurs in the text; event actors are all in the actors list and every listed
actor takes part in at least one event; role lists are subsets of the event actors; date format
matches date_precision; types, subtypes and statuses are valid.
Usage: python3 validate_f20d-.py [DIR]
"""
import html
import json
import os
import re
import sys

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
        raw = re.sub(r"<(script|style)\b.*?</\1>", " ", raw, flags=re.S | re.I)
        raw = re.sub(r"<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return norm_ws(raw)


def check_date(d, prec):
    if d is None or prec is None:
        return d is None and prec is None
    return prec in PREC_RE and re.match(PREC_RE[prec], d) is not None


def validate(folder):
    errors = []
    golds = sorted(f for f in os.listdir(folder) if f.startswith("f20d-") and f.endswith(".gold.json"))
    if not golds:
        errors.append("no f20d-*.gold.json files")
    for g in golds:
        err = lambda m: errors.append(f"{g}: {m}")
        doc = json.load(open(os.path.join(folder, g), encoding="utf-8"))
        art = doc.get("article", {})
        base = g[: -len(".gold.json")]
        fname = art.get("file", "")
        if not fname.startswith(base + "."):
            err(f"article.file {fname!r} does not match gold name")
        path = os.path.join(folder, fname)
        if not os.path.exists(path):
            err(f"article file {fname} missing")
            continue
        text = article_text(path)
        for k in ("file", "language", "published", "title"):
            if not art.get(k):
                err(f"article.{k} missing")
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", art.get("published", "")):
            err("article.published not YYYY-MM-DD")
        if norm_ws(art.get("title", "")) not in text:
            err("title not found in text")
        if fname.endswith(".html"):
            raw = open(path, encoding="utf-8").read()
            m = re.search(r'article:published_time"\s+content="(\d{4}-\d{2}-\d{2})', raw)
            if not m or m.group(1) != art.get("published"):
                err("HTML meta article:published_time missing or different from article.published")
        names = []
        for a in doc.get("actors", []):
            names.append(a.get("name"))
            if a.get("kind") not in ("person", "state", "organization"):
                err(f"actor {a.get('name')}: bad kind {a.get('kind')!r}")
            for al in a.get("aliases", []):
                if norm_ws(al) not in text:
                    err(f"actor {a.get('name')}: alias {al!r} not in text")
        if len(names) != len(set(names)):
            err("duplicate actor names")
        used = set()
        for i, e in enumerate(doc.get("events", [])):
            w = f"event #{i} ({e.get('type')})"
            if e.get("type") not in TYPES:
                err(f"{w}: bad type")
            if e.get("type") == "meeting":
                if e.get("subtype") not in SUBTYPES:
                    err(f"{w}: meeting needs a valid subtype")
            elif e.get("subtype"):
                err(f"{w}: subtype on non-meeting")
            if not check_date(e.get("date"), e.get("date_precision")):
                err(f"{w}: date {e.get('date')!r} does not match precision {e.get('date_precision')!r}")
            ev_txt = norm_ws(e.get("evidence", ""))
            if not ev_txt or ev_txt not in text:
                err(f"{w}: evidence not found verbatim: {ev_txt[:80]!r}")
            acts = e.get("actors") or []
            if not acts:
                err(f"{w}: no actors")
            for a in acts:
                if a not in names:
                    err(f"{w}: actor {a!r} not in actors list")
                used.add(a)
            for k in ROLE_KEYS:
                for a in e.get(k) or []:
                    if a not in acts:
                        err(f"{w}: role {k} actor {a!r} not among event actors")
            if e.get("type") == "concession" and e.get("status") not in STATUSES:
                err(f"{w}: concession needs a valid status")
            if "true_date" not in e:
                err(f"{w}: true_date key missing")
        for n in names:
            if n not in used:
                err(f"actor {n!r} takes part in no event")
    return errors, golds


if __name__ == "__main__":
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    errors, golds = validate(folder)
    for e in errors:
        print("ERROR", e)
    print(f"{len(golds)} gold files checked, {len(errors)} problem(s)")
    sys.exit(1 if errors else 0)
