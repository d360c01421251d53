#!/usr/bin/env python3
"""Validate the f21d- gold files (standard library only).

Checks, for every NAME.gold.json in this folder:
  * article metadata (file exists, language, published YYYY-MM-DD, title occurs in the text);
  * every event's evidence occurs verbatim in the (tag-stripped, whitespace-normalised) text;
  * every alias occurs in the text;
  * event actors are all in the article actor list, and every listed actor takes part in an event;
  * roles (proposed_by, accepted_by, rejected_by, conceding) only name listed actors;
  * type/subtype/status values are valid; date format matches date_precision;
  * for HTML: the meta publication date equals article.published.
Usage: python3 validate_f21d-.py [FOLDER]
"""
import html
import json
import os
import re
import sys

TYPES = {"meeting", "proposal", "concession", "statement"}
SUBTYPES = {"phone_call", "in_person", "virtual"}
STATUS = {"demanded", "offered", "granted", "refused", "discussed"}
PREC = {"day": r"^\d{4}-\d{2}-\d{2}$", "month": r"^\d{4}-\d{2}$", "year": r"^\d{4}$"}
ROLES = ("proposed_by", "accepted_by", "rejected_by", "conceding")


def norm_ws(s):
    return " ".join(s.split())


def article_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        t = re.sub(r"(?is)<(script|style)\b[^>]*>.*?</\1>", " ", raw)
        t = re.sub(r"(?s)<!--.*?-->", " ", t)
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
        return norm_ws(t), raw
    return norm_ws(raw), raw


def check(folder):
    errors = 0
    golds = sorted(f for f in os.listdir(folder) if f.endswith(".gold.json"))
    if not golds:
        print("no gold files found")
        return 1
    total = 0
    for g in golds:
        errs = []
        doc = json.load(open(os.path.join(folder, g), encoding="utf-8"))
        art = doc.get("article", {})
        fname = art.get("file", "")
        base = g[: -len(".gold.json")]
        if not fname.startswith(base + "."):
            errs.append(f"article.file {fname!r} does not match gold name")
        path = os.path.join(folder, fname)
        if not os.path.exists(path):
            print(f"{g}: article file {fname} missing")
            errors += 1
            continue
        text, raw = article_text(path)
        if art.get("language") not in {"en", "it", "de", "fr", "es"}:
            errs.append(f"bad language {art.get('language')!r}")
        pub = art.get("published", "")
        if not re.match(PREC["day"], pub or ""):
            errs.append(f"bad published date {pub!r}")
        if norm_ws(art.get("title", "")) not in text:
            errs.append("title not found in text")
        if fname.endswith(".html"):
            m = re.search(r'article:published_time"\s+content="(\d{4}-\d{2}-\d{2})', raw)
            if not m or m.group(1) != pub:
                errs.append("meta article:published_time missing or different from article.published")
        names = [a["name"] for a in doc.get("actors", [])]
        if len(set(names)) != len(names):
            errs.append("duplicate actor names")
        for a in doc.get("actors", []):
            if a.get("kind") not in {"person", "state", "organization"}:
                errs.append(f"actor {a['name']}: bad kind {a.get('kind')!r}")
            if not a.get("aliases"):
                errs.append(f"actor {a['name']}: no aliases")
            for al in a.get("aliases", []):
                if norm_ws(al) not in text:
                    errs.append(f"actor {a['name']}: alias {al!r} not in text")
        used = set()
        for i, ev in enumerate(doc.get("events", [])):
            tag = f"event#{i} ({ev.get('type')})"
            if ev.get("type") not in TYPES:
                errs.append(f"{tag}: bad type")
            if ev.get("type") == "meeting" and ev.get("subtype") not in SUBTYPES:
                errs.append(f"{tag}: meeting without valid subtype")
            if ev.get("type") != "meeting" and "subtype" in ev:
                errs.append(f"{tag}: subtype on non-meeting")
            if ev.get("type") == "concession" and ev.get("status") not in STATUS:
                errs.append(f"{tag}: concession without valid status")
            d, p = ev.get("date"), ev.get("date_precision")
            if d is None or p is None:
                if not (d is None and p is None):
                    errs.append(f"{tag}: date/precision null mismatch ({d!r}, {p!r})")
                if "true_date" not in ev:
                    errs.append(f"{tag}: null date without true_date key")
            elif p not in PREC or not re.match(PREC[p], d):
                errs.append(f"{tag}: date {d!r} does not match precision {p!r}")
            td = ev.get("true_date")
            if td is not None and not re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", td):
                errs.append(f"{tag}: bad true_date {td!r}")
            ev_text = norm_ws(ev.get("evidence", ""))
            if not ev_text or ev_text not in text:
                errs.append(f"{tag}: evidence not found verbatim: {ev_text[:80]!r}")
            acts = ev.get("actors", [])
            if not acts:
                errs.append(f"{tag}: no actors")
            if len(set(acts)) != len(acts):
                errs.append(f"{tag}: duplicate actors")
            for a in acts:
                if a not in names:
                    errs.append(f"{tag}: actor {a!r} not in actor list")
                used.add(a)
            for r in ROLES:
                for a in ev.get(r, []) or []:
                    if a not in names:
                        errs.append(f"{tag}: role {r} names unknown actor {a!r}")
                    elif a not in acts:
                        errs.append(f"{tag}: role {r} actor {a!r} not among event actors")
        for n in names:
            if n not in used:
                errs.append(f"actor {n!r} takes part in no event")
        nev = len(doc.get("events", []))
        total += nev
        words = len(text.split())
        status = "OK" if not errs else f"{len(errs)} problem(s)"
        print(f"{g}: {nev} events, {len(names)} actors, ~{words} words: {status}")
        for e in errs:
            print("   -", e)
        errors += len(errs)
    print(f"total events: {total}; problems: {errors}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(check(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
