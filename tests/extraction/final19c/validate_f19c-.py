#!/usr/bin/env python3
"""Validate the f19c- gold files (standard library only).

Usage: python3 validate_f19c-.py [DIR]      (default: the folder of this script)

Checks, for every f19c-*.gold.json:
  * article metadata: file exists, language, published (YYYY-MM-DD), title occurs in the text;
    for HTML, the article:published_time meta tag carries the same date;
  * every evidence string occurs verbatim in the (tag-stripped, whitespace-normalised) text;
  * every alias occurs in the text; no alias is shared by two actors;
  * event actors are all in the actor list, and every listed actor takes part in an event;
  * role lists (proposed_by, accepted_by, rejected_by, conceding) are subsets of the event actors;
  * type/subtype/status values; date format agrees with date_precision; null date -> true_date given;
  * article length (350-800 words of article text) is reported.
Exit status 0 when everything is clean, 1 otherwise.
"""
import html
import json
import os
import re
import sys

TYPES = {"meeting", "proposal", "concession", "statement"}
SUBTYPES = {"phone_call", "in_person", "virtual"}
STATUSES = {"demanded", "offered", "granted", "refused", "discussed"}
ROLE_KEYS = ("proposed_by", "accepted_by", "rejected_by", "conceding")
DATE_RE = {"day": re.compile(r"^\d{4}-\d{2}-\d{2}$"), "month": re.compile(r"^\d{4}-\d{2}$"),
           "year": re.compile(r"^\d{4}$")}


def norm_ws(s):
    return " ".join(s.split())


def strip_html(raw):
    t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    t = re.sub(r"(?s)<!--.*?-->", " ", t)
    t = re.sub(r"<[^>]+>", " ", t)
    return html.unescape(t)


def article_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        full = strip_html(raw)
        m = re.search(r"(?is)<article\b.*?</article>", raw)
        body = strip_html(m.group(0)) if m else full
        return raw, norm_ws(full), norm_ws(body)
    return raw, norm_ws(raw), norm_ws(raw)


def check(folder):
    errors, infos = [], []
    golds = sorted(f for f in os.listdir(folder) if f.startswith("f19c-") and f.endswith(".gold.json"))
    if not golds:
        errors.append("no f19c-*.gold.json files found")
    for g in golds:
        where = g
        try:
            doc = json.load(open(os.path.join(folder, g), encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as e:
            errors.append(f"{where}: cannot read: {e}")
            continue
        art = doc.get("article", {})
        fname = art.get("file")
        base = g[: -len(".gold.json")]
        if not fname or not os.path.exists(os.path.join(folder, fname)):
            errors.append(f"{where}: article file {fname!r} missing")
            continue
        if os.path.splitext(fname)[0] != base:
            errors.append(f"{where}: article file {fname} does not match gold name")
        raw, text, body = article_text(os.path.join(folder, fname))
        if art.get("language") not in {"en", "it", "de", "fr", "es"}:
            errors.append(f"{where}: bad language {art.get('language')!r}")
        pub = art.get("published", "")
        if not DATE_RE["day"].match(pub or ""):
            errors.append(f"{where}: bad published {pub!r}")
        if fname.endswith(".html"):
            m = re.search(r'property="article:published_time"\s+content="(\d{4}-\d{2}-\d{2})', raw)
            if not m or m.group(1) != pub:
                errors.append(f"{where}: article:published_time meta missing or != {pub}")
        if norm_ws(art.get("title", "")) not in text:
            errors.append(f"{where}: title not found in text")
        words = len(body.split())
        infos.append(f"{where}: {words} words of article text, {len(doc.get('events', []))} events")
        if not 350 <= words <= 800:
            errors.append(f"{where}: article length {words} words outside 350-800")

        # actors
        names, seen_alias = [], {}
        for a in doc.get("actors", []):
            n = a.get("name")
            if not n:
                errors.append(f"{where}: actor without name")
                continue
            if n in names:
                errors.append(f"{where}: duplicate actor {n}")
            names.append(n)
            if a.get("kind") not in {"person", "state", "organization"}:
                errors.append(f"{where}: actor {n}: bad kind {a.get('kind')!r}")
            if not a.get("aliases"):
                errors.append(f"{where}: actor {n}: no aliases")
            for al in a.get("aliases", []):
                if norm_ws(al) not in text:
                    errors.append(f"{where}: actor {n}: alias {al!r} not in text")
                key = al.casefold()
                if key in seen_alias and seen_alias[key] != n:
                    errors.append(f"{where}: alias {al!r} shared by {seen_alias[key]} and {n}")
                seen_alias[key] = n
        nameset = set(names)

        used = set()
        for i, ev in enumerate(doc.get("events", [])):
            w = f"{where} event#{i} ({ev.get('type')})"
            t = ev.get("type")
            if t not in TYPES:
                errors.append(f"{w}: bad type")
            st = ev.get("subtype")
            if t == "meeting" and st not in SUBTYPES:
                errors.append(f"{w}: meeting needs subtype, got {st!r}")
            if t != "meeting" and st is not None:
                errors.append(f"{w}: subtype only for meetings")
            if t == "concession" and ev.get("status") not in STATUSES:
                errors.append(f"{w}: bad concession status {ev.get('status')!r}")
            d, p = ev.get("date"), ev.get("date_precision")
            if d is None or p is None:
                if not (d is None and p is None):
                    errors.append(f"{w}: date {d!r} / precision {p!r} inconsistent")
                if "true_date" not in ev or ev.get("true_date") in (None, ""):
                    errors.append(f"{w}: null date without true_date")
            elif p not in DATE_RE or not DATE_RE[p].match(str(d)):
                errors.append(f"{w}: date {d!r} does not match precision {p!r}")
            elif d[:len(pub)] > pub[:len(d)]:
                infos.append(f"{w}: date {d} after publication {pub} (scheduled event?)")
            acts = ev.get("actors") or []
            if not acts:
                errors.append(f"{w}: no actors")
            if len(set(acts)) != len(acts):
                errors.append(f"{w}: duplicate actors")
            for a in acts:
                if a not in nameset:
                    errors.append(f"{w}: actor {a!r} not in actor list")
                used.add(a)
            for k in ROLE_KEYS:
                if k in ev:
                    for a in ev[k] or []:
                        if a not in acts:
                            errors.append(f"{w}: {k} member {a!r} not among event actors")
            evid = ev.get("evidence", "")
            if not evid or norm_ws(evid) not in text:
                errors.append(f"{w}: evidence not found verbatim: {evid[:80]!r}")
        for n in names:
            if n not in used:
                errors.append(f"{where}: actor {n!r} takes part in no event")
    return errors, infos


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    errors, infos = check(folder)
    for i in infos:
        print("info:", i)
    for e in errors:
        print("ERROR:", e)
    print("OK: validation clean" if not errors else f"{len(errors)} error(s)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
