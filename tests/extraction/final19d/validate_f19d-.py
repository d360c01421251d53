#!/usr/bin/env python3
"""Validate the f19d- gold files (standard library only).

Checks, for every NAME.gold.json in this folder:
  * the article file exists; metadata (file, language, published, title) is well-formed;
    for HTML, the meta article:published_time date equals `published`;
  * every evidence string occurs verbatim in the article text (HTML: tags, scripts and
    styles stripped, entities unescaped; whitespace normalised on both sides);
  * every alias (and the title) occurs in the text;
  * every event actor is in the article `actors` list, and every listed actor takes part
    in at least one event; role lists (proposed_by, accepted_by, rejected_by, conceding)
    only name listed actors;
  * date format matches date_precision (YYYY-MM-DD/day, YYYY-MM/month, YYYY/year,
    null/null); null dates carry a true_date;
  * types, meeting subtypes and concession statuses use the allowed values.
Exit status 0 when everything is clean.
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
ROLE_KEYS = ("proposed_by", "accepted_by", "rejected_by", "conceding")


def ws(s):
    return " ".join(s.split())


def article_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return raw


def check(gold_path):
    errs = []
    doc = json.load(open(gold_path, encoding="utf-8"))
    meta = doc.get("article", {})
    fname = meta.get("file")
    apath = os.path.join(HERE, fname or "")
    if not fname or not os.path.exists(apath):
        return [f"article file missing: {fname}"]
    base = os.path.basename(gold_path)[: -len(".gold.json")]
    if not fname.startswith(base + "."):
        errs.append(f"file name {fname} does not match gold name {base}")
    if not fname.startswith("f19d-"):
        errs.append("file name must start with f19d-")
    if meta.get("language") not in {"en", "it", "de", "fr", "es"}:
        errs.append(f"bad language {meta.get('language')}")
    pub = meta.get("published") or ""
    if not re.match(PREC_RE["day"], pub):
        errs.append(f"bad published date {pub!r}")
    text = ws(article_text(apath))
    if fname.endswith(".html"):
        raw = open(apath, encoding="utf-8").read()
        m = re.search(r'article:published_time"\s+content="(\d{4}-\d{2}-\d{2})', raw)
        if not m or m.group(1) != pub:
            errs.append("HTML meta article:published_time missing or different from published")
    if ws(meta.get("title", "")) not in text:
        errs.append("title not found in text")

    names = []
    for a in doc.get("actors", []):
        n = a.get("name")
        names.append(n)
        if a.get("kind") not in {"person", "state", "organization"}:
            errs.append(f"actor {n}: bad kind {a.get('kind')}")
        if not a.get("aliases"):
            errs.append(f"actor {n}: no aliases")
        for al in a.get("aliases", []):
            if ws(al) not in text:
                errs.append(f"actor {n}: alias not in text: {al!r}")
    if len(set(names)) != len(names):
        errs.append("duplicate actor names")
    listed = set(names)
    used = set()
    for i, e in enumerate(doc.get("events", [])):
        tag = f"event #{i} ({e.get('type')})"
        if e.get("type") not in TYPES:
            errs.append(f"{tag}: bad type")
        if e.get("type") == "meeting" and e.get("subtype") not in SUBTYPES:
            errs.append(f"{tag}: meeting without valid subtype")
        if e.get("type") != "meeting" and "subtype" in e:
            errs.append(f"{tag}: subtype on a non-meeting")
        if e.get("type") == "concession" and e.get("status") not in STATUSES:
            errs.append(f"{tag}: concession without valid status")
        d, p = e.get("date"), e.get("date_precision")
        if d is None or p is None:
            if not (d is None and p is None):
                errs.append(f"{tag}: date/precision null mismatch ({d!r}, {p!r})")
            if not e.get("true_date"):
                errs.append(f"{tag}: null date without true_date")
        elif p not in PREC_RE or not re.match(PREC_RE[p], d):
            errs.append(f"{tag}: date {d!r} does not match precision {p!r}")
        elif d[:10] > pub and not e.get("note"):
            errs.append(f"{tag}: future date {d} without a note")
        acts = e.get("actors") or []
        if not acts:
            errs.append(f"{tag}: no actors")
        if len(set(acts)) != len(acts):
            errs.append(f"{tag}: duplicate actors")
        for a in acts:
            used.add(a)
            if a not in listed:
                errs.append(f"{tag}: actor {a!r} not in actors list")
        for k in ROLE_KEYS:
            for a in e.get(k, []) or []:
                if a not in listed:
                    errs.append(f"{tag}: role {k} names unknown actor {a!r}")
                elif a not in acts:
                    errs.append(f"{tag}: role {k} names {a!r}, who is not among the event actors")
        ev = e.get("evidence") or ""
        if not ev or ws(ev) not in text:
            errs.append(f"{tag}: evidence not found verbatim: {ev[:80]!r}")
    for n in listed - used:
        errs.append(f"actor {n!r} listed but takes part in no event")
    return errs


def main():
    golds = sorted(f for f in os.listdir(HERE) if f.endswith(".gold.json"))
    total = 0
    for g in golds:
        errs = check(os.path.join(HERE, g))
        n = len(json.load(open(os.path.join(HERE, g), encoding="utf-8"))["events"])
        print(f"{g}: {n} events, {'OK' if not errs else str(len(errs)) + ' problem(s)'}")
        for e in errs:
            print("   -", e)
        total += len(errs)
    print(f"{len(golds)} gold files, {total} problem(s)")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
