#!/usr/bin/env python3
"""Validate the f20c- gold files (standard library only).

Checks per article:
  * metadata: file exists, language/published/title present, published is YYYY-MM-DD,
    title occurs in the text, HTML article:published_time agrees with `published`;
  * every evidence string occurs in the (tag-stripped, whitespace-normalised) text;
  * every alias occurs in the text (exact, case-sensitive);
  * event actors are all in the actors list, and every listed actor takes part in an event;
  * roles (proposed_by, accepted_by, rejected_by, conceding) are event actors;
  * type/subtype/status values are valid; date format matches date_precision;
    a null date has a non-null true_date.
Exit status 0 when clean.
"""
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"meeting", "proposal", "concession", "statement"}
SUBTYPES = {"phone_call", "in_person", "virtual"}
STATUSES = {"demanded", "offered", "granted", "refused", "discussed"}
PREC = {"day": r"^\d{4}-\d{2}-\d{2}$", "month": r"^\d{4}-\d{2}$", "year": r"^\d{4}$"}
ROLES = ("proposed_by", "accepted_by", "rejected_by", "conceding")


class Stripper(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0
        self.meta = {}

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag == "meta":
            a = dict(attrs)
            key = a.get("property") or a.get("name")
            if key:
                self.meta[key] = a.get("content", "")
        # block-level tags separate words
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def norm(s):
    return " ".join(s.split())


def load_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        p = Stripper()
        p.feed(raw)
        return norm("".join(p.parts)), p.meta
    return norm(raw), {}


def check(gold_path):
    errs = []
    g = json.load(open(gold_path, encoding="utf-8"))
    meta = g.get("article", {})
    for k in ("file", "language", "published", "title"):
        if not meta.get(k):
            errs.append(f"article.{k} missing")
    art = os.path.join(os.path.dirname(gold_path), meta.get("file", ""))
    if not os.path.isfile(art):
        return [f"article file not found: {art}"]
    text, hmeta = load_text(art)
    if not re.match(PREC["day"], meta.get("published", "")):
        errs.append("published is not YYYY-MM-DD")
    if norm(meta.get("title", "")) not in text:
        errs.append("title does not occur in the text")
    if art.endswith(".html"):
        pt = hmeta.get("article:published_time", "")
        if not pt.startswith(meta.get("published", "?")):
            errs.append(f"article:published_time {pt!r} disagrees with published")

    names = set()
    for a in g.get("actors", []):
        n = a.get("name")
        if n in names:
            errs.append(f"duplicate actor {n}")
        names.add(n)
        if a.get("kind") not in ("person", "state", "organization"):
            errs.append(f"actor {n}: bad kind {a.get('kind')!r}")
        if not a.get("aliases"):
            errs.append(f"actor {n}: no aliases")
        for al in a.get("aliases", []):
            if al not in text:
                errs.append(f"actor {n}: alias {al!r} not in text")

    used = set()
    for i, e in enumerate(g.get("events", [])):
        w = f"event#{i} ({e.get('type')})"
        t = e.get("type")
        if t not in TYPES:
            errs.append(f"{w}: bad type")
        if t == "meeting" and e.get("subtype") not in SUBTYPES:
            errs.append(f"{w}: meeting without valid subtype")
        if t != "meeting" and "subtype" in e:
            errs.append(f"{w}: subtype on non-meeting")
        d, p = e.get("date"), e.get("date_precision")
        if d is None:
            if p is not None:
                errs.append(f"{w}: null date with precision {p!r}")
            if not e.get("true_date"):
                errs.append(f"{w}: null date without true_date")
        else:
            if p not in PREC or not re.match(PREC[p], d):
                errs.append(f"{w}: date {d!r} does not match precision {p!r}")
        ev = e.get("evidence", "")
        if not ev or norm(ev) not in text:
            errs.append(f"{w}: evidence not found in text: {ev[:70]!r}")
        acts = e.get("actors", [])
        if not acts:
            errs.append(f"{w}: no actors")
        if len(set(acts)) != len(acts):
            errs.append(f"{w}: duplicate actors")
        for a in acts:
            if a not in names:
                errs.append(f"{w}: actor {a!r} not in actors list")
        used.update(acts)
        for r in ROLES:
            for a in e.get(r) or []:
                if a not in acts:
                    errs.append(f"{w}: role {r} member {a!r} not among event actors")
        if t == "concession" and e.get("status") not in STATUSES:
            errs.append(f"{w}: bad concession status")
        if t != "concession" and ("status" in e or "conceding" in e):
            errs.append(f"{w}: concession roles on a {t}")
        if t != "proposal" and any(r in e for r in ROLES[:3]):
            errs.append(f"{w}: proposal roles on a {t}")
    for n in names - used:
        errs.append(f"actor {n!r} takes part in no event")
    return errs


def main():
    files = sorted(f for f in os.listdir(HERE) if f.startswith("f20c-") and f.endswith(".gold.json"))
    bad = 0
    for f in files:
        errs = check(os.path.join(HERE, f))
        g = json.load(open(os.path.join(HERE, f), encoding="utf-8"))
        counts = {}
        for e in g["events"]:
            counts[e["type"]] = counts.get(e["type"], 0) + 1
        status = "OK" if not errs else f"{len(errs)} problem(s)"
        print(f"{f}: {len(g['events'])} events {counts} -> {status}")
        for e in errs:
            print("   ", e)
        bad += len(errs)
    print("CLEAN" if bad == 0 else f"{bad} problem(s) in total")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
