#!/usr/bin/env python3
"""Validate the f21b- gold files (standard library only).

Checks, for every NAME.gold.json in this folder:
  * the article file exists, metadata is complete, language/published/title look right
    (for HTML: published date equals the article:published_time meta, title is the <h1>);
  * every evidence string occurs in the article text (HTML: scripts/styles removed, tags
    stripped, entities unescaped; whitespace normalised everywhere);
  * every alias occurs in the text;
  * event actors are all in the article-level actors list and every listed actor takes part
    in at least one event; role lists only name actors of their event;
  * types, subtypes, statuses are valid; date format matches date_precision;
  * event counts are within 8-16 and article length within 350-800 words.
Usage: python3 validate_f21b-.py [DIR]   (exit status 1 on any error)
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = sys.argv[1] if len(sys.argv) > 1 else HERE
TYPES = {"meeting", "proposal", "concession", "statement"}
SUBTYPES = {"phone_call", "in_person", "virtual"}
STATUSES = {"demanded", "offered", "granted", "refused", "discussed"}
PREC = {"day": r"^\d{4}-\d{2}-\d{2}$", "month": r"^\d{4}-\d{2}$", "year": r"^\d{4}$"}
ROLES = ("proposed_by", "accepted_by", "rejected_by", "conceding")


def norm_ws(s):
    return " ".join(s.split())


def html_text(raw):
    raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
    raw = re.sub(r"(?s)<[^>]+>", " ", raw)
    return html.unescape(raw)


def article_words(raw, is_html):
    if is_html:
        m = re.search(r"(?is)<article\b.*?</article>", raw)
        raw = html_text(m.group(0) if m else raw)
    return len(raw.split())


def check(gold_path):
    errors, warnings = [], []
    gold = json.load(open(gold_path, encoding="utf-8"))
    art = gold.get("article", {})
    for k in ("file", "language", "published", "title"):
        if not art.get(k):
            errors.append(f"article.{k} missing")
    path = os.path.join(os.path.dirname(gold_path), art.get("file", ""))
    if not os.path.isfile(path):
        return [f"article file {path} not found"], warnings
    raw = open(path, encoding="utf-8").read()
    is_html = path.endswith(".html")
    text = norm_ws(html_text(raw) if is_html else raw)
    base = os.path.basename(gold_path)[: -len(".gold.json")]
    if os.path.basename(path).rsplit(".", 1)[0] != base:
        errors.append("article file name does not match gold file name")
    if not base.startswith("f21b-"):
        errors.append("file name does not start with f21b-")
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", art.get("published", "")):
        errors.append("published is not YYYY-MM-DD")
    if art.get("language") not in ("en", "it", "de", "fr", "es"):
        errors.append(f"unexpected language {art.get('language')}")
    if is_html:
        m = re.search(r'property="article:published_time"\s+content="(\d{4}-\d{2}-\d{2})', raw)
        if not m or m.group(1) != art.get("published"):
            errors.append("HTML article:published_time missing or different from published")
        h1 = re.search(r"(?is)<h1[^>]*>(.*?)</h1>", raw)
        if not h1 or norm_ws(html.unescape(re.sub(r"<[^>]+>", "", h1.group(1)))) != art.get("title"):
            errors.append("title differs from <h1>")
    elif norm_ws(art.get("title", "")) not in text:
        errors.append("title not found in text")
    words = article_words(raw, is_html)
    if not 350 <= words <= 800:
        warnings.append(f"article length {words} words outside 350-800")

    names = [a["name"] for a in gold.get("actors", [])]
    if len(names) != len(set(names)):
        errors.append("duplicate actor names")
    for a in gold.get("actors", []):
        if a.get("kind") not in ("person", "state", "organization"):
            errors.append(f"actor {a['name']}: bad kind {a.get('kind')}")
        if not a.get("aliases"):
            warnings.append(f"actor {a['name']}: no aliases")
        for al in a.get("aliases", []):
            if norm_ws(al) not in text:
                errors.append(f"actor {a['name']}: alias not in text: {al!r}")

    used = set()
    events = gold.get("events", [])
    if not 8 <= len(events) <= 16:
        warnings.append(f"{len(events)} events (expected 8-16)")
    for i, e in enumerate(events):
        tag = f"event#{i} ({e.get('type')})"
        if e.get("type") not in TYPES:
            errors.append(f"{tag}: bad type")
        if e.get("type") == "meeting":
            if e.get("subtype") not in SUBTYPES:
                errors.append(f"{tag}: meeting without valid subtype")
        elif "subtype" in e:
            errors.append(f"{tag}: subtype on non-meeting")
        if e.get("type") == "concession" and e.get("status") not in STATUSES:
            errors.append(f"{tag}: concession without valid status")
        d, p = e.get("date"), e.get("date_precision")
        if d is None or p is None:
            if not (d is None and p is None):
                errors.append(f"{tag}: date/date_precision null mismatch")
            if "true_date" not in e:
                errors.append(f"{tag}: null date without true_date key")
        elif p not in PREC or not re.match(PREC[p], d):
            errors.append(f"{tag}: date {d!r} does not match precision {p!r}")
        ev_text = norm_ws(e.get("evidence", ""))
        if not ev_text or ev_text not in text:
            errors.append(f"{tag}: evidence not found in text: {ev_text[:80]!r}")
        acts = e.get("actors") or []
        if not acts:
            errors.append(f"{tag}: no actors")
        if len(acts) != len(set(acts)):
            errors.append(f"{tag}: duplicate actors")
        for a in acts:
            if a not in names:
                errors.append(f"{tag}: actor {a!r} not in actors list")
            used.add(a)
        for r in ROLES:
            for a in e.get(r, []) or []:
                if a not in acts:
                    errors.append(f"{tag}: {r} {a!r} not among event actors")
        for k in ("aliases",):
            if k in e:
                errors.append(f"{tag}: unexpected key {k}")
    for n in names:
        if n not in used:
            errors.append(f"actor {n!r} takes part in no event")
    return errors, warnings


def main():
    files = sorted(f for f in os.listdir(DIR) if f.endswith(".gold.json"))
    if not files:
        print("no gold files found")
        return 1
    bad = 0
    total = {}
    for f in files:
        errs, warns = check(os.path.join(DIR, f))
        g = json.load(open(os.path.join(DIR, f), encoding="utf-8"))
        counts = {}
        for e in g["events"]:
            counts[e["type"]] = counts.get(e["type"], 0) + 1
            total[e["type"]] = total.get(e["type"], 0) + 1
        status = "OK" if not errs else "FAIL"
        print(f"{status:4} {f}: {len(g['events'])} events {counts}")
        for w in warns:
            print(f"     warning: {w}")
        for e in errs:
            print(f"     ERROR: {e}")
        bad += bool(errs)
    print(f"total: {sum(total.values())} events {total}")
    print("all files valid" if not bad else f"{bad} file(s) with errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
