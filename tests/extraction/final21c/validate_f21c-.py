#!/usr/bin/env python3
"""Validate the f21c- gold files (standard library only).

Checks, for every NAME.gold.json in this folder:
  * article metadata: file exists, language, published (YYYY-MM-DD), title occurs in the text;
    for HTML, the article:published_time meta tag agrees with `published`;
  * every evidence string occurs in the (tag-stripped, whitespace-normalised) text;
  * every alias occurs in the text;
  * event actors are all in the actors list, and every listed actor is used by an event;
  * date format matches date_precision (day/month/year/null);
  * types, subtypes, statuses and roles are well-formed.
Usage: python3 validate_f21c-.py [DIR]
"""
import html
import json
import os
import re
import sys

DIR = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
PREC = {"day": r"^\d{4}-\d{2}-\d{2}$", "month": r"^\d{4}-\d{2}$", "year": r"^\d{4}$"}
TYPES = {"meeting", "proposal", "concession", "statement"}
SUBTYPES = {"phone_call", "in_person", "virtual"}
STATUSES = {"demanded", "offered", "granted", "refused", "discussed"}
ROLES = ("proposed_by", "accepted_by", "rejected_by", "conceding")
LANGS = {"en", "it", "de", "fr", "es"}


def norm_ws(s):
    return " ".join(s.split())


def strip_html(raw):
    raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
    raw = re.sub(r"(?s)<[^>]+>", " ", raw)
    return html.unescape(raw)


def body_words(raw, is_html):
    if is_html:
        m = re.search(r"(?is)<article\b.*?</article>", raw)
        raw = strip_html(m.group(0) if m else raw)
    return len(raw.split())


def check(gold_path):
    errs, warns = [], []
    g = json.load(open(gold_path, encoding="utf-8"))
    art = g.get("article", {})
    fname = art.get("file", "")
    path = os.path.join(DIR, fname)
    if not os.path.exists(path):
        return [f"article file {fname!r} not found"], warns, 0
    if not os.path.basename(gold_path).startswith(os.path.splitext(fname)[0] + ".gold"):
        errs.append("gold file name does not match article file")
    raw = open(path, encoding="utf-8").read()
    is_html = fname.endswith(".html")
    text = norm_ws(strip_html(raw) if is_html else raw)
    if art.get("language") not in LANGS:
        errs.append(f"bad language {art.get('language')!r}")
    pub = art.get("published", "")
    if not re.match(PREC["day"], pub or ""):
        errs.append(f"bad published {pub!r}")
    if is_html:
        m = re.search(r'<meta\s+property="article:published_time"\s+content="(\d{4}-\d{2}-\d{2})', raw)
        if not m:
            errs.append("HTML without article:published_time meta")
        elif m.group(1) != pub:
            errs.append(f"meta date {m.group(1)} != published {pub}")
    if norm_ws(art.get("title", "")) not in text:
        errs.append("title not found in text")
    wc = body_words(raw, is_html)
    if not 350 <= wc <= 800:
        warns.append(f"body has {wc} words (expected 350-800)")

    names = [a["name"] for a in g.get("actors", [])]
    if len(names) != len(set(names)):
        errs.append("duplicate actor names")
    for a in g.get("actors", []):
        if a.get("kind") not in {"person", "state", "organization"}:
            errs.append(f"actor {a['name']}: bad kind {a.get('kind')!r}")
        if not a.get("aliases"):
            errs.append(f"actor {a['name']}: no aliases")
        for al in a.get("aliases", []):
            if norm_ws(al) not in text:
                errs.append(f"actor {a['name']}: alias {al!r} not in text")
    used = set()
    for i, ev in enumerate(g.get("events", [])):
        tag = f"event#{i} ({ev.get('type')})"
        t = ev.get("type")
        if t not in TYPES:
            errs.append(f"{tag}: bad type")
        if t == "meeting" and ev.get("subtype") not in SUBTYPES:
            errs.append(f"{tag}: meeting without valid subtype")
        if t != "meeting" and "subtype" in ev:
            errs.append(f"{tag}: subtype on a non-meeting")
        d, p = ev.get("date"), ev.get("date_precision")
        if d is None or p is None:
            if not (d is None and p is None):
                errs.append(f"{tag}: date {d!r} / precision {p!r} mismatch")
            elif "true_date" not in ev:
                errs.append(f"{tag}: null date without true_date key")
        elif p not in PREC or not re.match(PREC[p], d):
            errs.append(f"{tag}: date {d!r} does not match precision {p!r}")
        elif d > pub and t != "meeting" and t != "proposal":
            warns.append(f"{tag}: date {d} after publication")
        ev_actors = ev.get("actors", [])
        if not ev_actors:
            errs.append(f"{tag}: no actors")
        for a in ev_actors:
            if a not in names:
                errs.append(f"{tag}: actor {a!r} not in actors list")
            used.add(a)
        for r in ROLES:
            for a in ev.get(r, []) or []:
                if a not in ev_actors:
                    errs.append(f"{tag}: role {r} actor {a!r} not among event actors")
        if t == "concession" and ev.get("status") not in STATUSES:
            errs.append(f"{tag}: bad concession status {ev.get('status')!r}")
        evid = ev.get("evidence", "")
        if not evid or norm_ws(evid) not in text:
            errs.append(f"{tag}: evidence not found: {evid[:80]!r}")
    for n in names:
        if n not in used:
            errs.append(f"actor {n!r} takes part in no event")
    return errs, warns, len(g.get("events", []))


def main():
    golds = sorted(f for f in os.listdir(DIR) if f.endswith(".gold.json"))
    if not golds:
        print("no gold files"); return 1
    bad = 0
    for f in golds:
        errs, warns, n = check(os.path.join(DIR, f))
        status = "OK" if not errs else f"{len(errs)} ERROR(S)"
        print(f"{f}: {n} events - {status}")
        for e in errs:
            print("   ERROR", e)
        for w in warns:
            print("   warn ", w)
        bad += bool(errs)
    print("ALL CLEAN" if not bad else f"{bad} file(s) with errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
