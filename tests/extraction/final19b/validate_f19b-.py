#!/usr/bin/env python3
"""Validate the f19b- gold files (standard library only).

Checks, for every NAME.gold.json in this folder:
  * the article file exists and the metadata is well-formed (language, published, title in text);
  * every evidence string occurs in the article text (tags stripped for HTML, whitespace normalised);
  * every alias occurs in the text;
  * event actors are all in the article actor list, and every listed actor takes part in an event;
  * role lists (proposed_by, accepted_by, rejected_by, conceding) only use event actors;
  * date format matches date_precision (null date <-> null precision, and then true_date is present);
  * types/subtypes and concession statuses are valid.
Usage: python3 validate_f19b-.py [DIR]
"""
import html
import json
import os
import re
import sys

TYPES = {"meeting", "proposal", "concession", "statement"}
SUBTYPES = {"phone_call", "in_person", "virtual"}
STATUSES = {"demanded", "offered", "granted", "refused", "discussed"}
KINDS = {"person", "state", "organization"}
PREC = {"day": r"^\d{4}-\d{2}-\d{2}$", "month": r"^\d{4}-\d{2}$", "year": r"^\d{4}$"}
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


def html_meta_date(path):
    raw = open(path, encoding="utf-8").read()
    m = re.search(r'property="article:published_time"\s+content="(\d{4}-\d{2}-\d{2})', raw)
    return m.group(1) if m else None


def validate(folder):
    errors = []
    golds = sorted(f for f in os.listdir(folder) if f.endswith(".gold.json"))
    if not golds:
        errors.append("no gold files found")
    for g in golds:
        where = g
        doc = json.load(open(os.path.join(folder, g), encoding="utf-8"))
        art = doc.get("article", {})
        fname = art.get("file", "")
        path = os.path.join(folder, fname)
        if not fname or not os.path.exists(path):
            errors.append(f"{where}: article file {fname!r} missing")
            continue
        if g[: -len(".gold.json")] != os.path.splitext(fname)[0]:
            errors.append(f"{where}: gold name does not match article file {fname}")
        if not fname.startswith("f19b-"):
            errors.append(f"{where}: file name does not start with f19b-")
        if art.get("language") not in {"en", "it", "de", "fr", "es"}:
            errors.append(f"{where}: bad language {art.get('language')!r}")
        if not re.match(PREC["day"], str(art.get("published", ""))):
            errors.append(f"{where}: bad published date {art.get('published')!r}")
        text = article_text(path)
        if norm_ws(art.get("title", "")) not in text:
            errors.append(f"{where}: title not found in text")
        if fname.endswith(".html") and html_meta_date(path) != art.get("published"):
            errors.append(f"{where}: meta published_time {html_meta_date(path)} != {art.get('published')}")

        names = []
        for a in doc.get("actors", []):
            n = a.get("name")
            names.append(n)
            if a.get("kind") not in KINDS:
                errors.append(f"{where}: actor {n}: bad kind {a.get('kind')!r}")
            if not a.get("aliases"):
                errors.append(f"{where}: actor {n}: no aliases")
            for al in a.get("aliases", []):
                if norm_ws(al) not in text:
                    errors.append(f"{where}: actor {n}: alias {al!r} not in text")
        if len(set(names)) != len(names):
            errors.append(f"{where}: duplicate actor names")
        nameset = set(names)

        used = set()
        for i, e in enumerate(doc.get("events", [])):
            w = f"{where} event#{i} ({e.get('type')})"
            t = e.get("type")
            if t not in TYPES:
                errors.append(f"{w}: bad type")
            if t == "meeting" and e.get("subtype") not in SUBTYPES:
                errors.append(f"{w}: bad/missing subtype {e.get('subtype')!r}")
            if t != "meeting" and e.get("subtype"):
                errors.append(f"{w}: subtype on non-meeting")
            if t == "concession" and e.get("status") not in STATUSES:
                errors.append(f"{w}: bad/missing status {e.get('status')!r}")
            ev = e.get("evidence", "")
            if not ev or norm_ws(ev) not in text:
                errors.append(f"{w}: evidence not found in text: {ev[:70]!r}")
            acts = e.get("actors") or []
            if not acts:
                errors.append(f"{w}: no actors")
            if len(set(acts)) != len(acts):
                errors.append(f"{w}: duplicate event actors")
            for a in acts:
                if a not in nameset:
                    errors.append(f"{w}: actor {a!r} not in actor list")
            used.update(acts)
            for r in ROLES:
                for a in e.get(r) or []:
                    if a not in acts:
                        errors.append(f"{w}: role {r} actor {a!r} not among event actors")
            d, p = e.get("date"), e.get("date_precision")
            if d is None or p is None:
                if not (d is None and p is None):
                    errors.append(f"{w}: date {d!r} / precision {p!r} inconsistent")
                if "true_date" not in e:
                    errors.append(f"{w}: null date without true_date key")
            else:
                if p not in PREC or not re.match(PREC[p], d):
                    errors.append(f"{w}: date {d!r} does not match precision {p!r}")
            if "location" not in e:
                errors.append(f"{w}: no location key")
        for n in nameset - used:
            errors.append(f"{where}: actor {n!r} takes part in no event")
        print(f"{g}: {len(doc.get('events', []))} events, {len(names)} actors")
    return errors


if __name__ == "__main__":
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    errs = validate(folder)
    for e in errs:
        print("ERROR:", e)
    print("OK" if not errs else f"{len(errs)} error(s)")
    sys.exit(1 if errs else 0)
