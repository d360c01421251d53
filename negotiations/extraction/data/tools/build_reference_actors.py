"""Build ``negotiations/extraction/data/reference_actors.json`` from the tables.

Usage: ``python negotiations/extraction/data/tools/build_reference_actors.py``
"""

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from orgs_table import ORGS  # noqa: E402
from persons_table import OFFICE_DEFS, PERSONS  # noqa: E402
from states_table import STATE_EXTRAS, STATES  # noqa: E402

OUT = HERE.parent / "reference_actors.json"
LANGS = ("en", "it", "de", "fr", "es")
KINDS = {
    "n": "name",
    "v": "variant",
    "a": "acronym",
    "m": "metonym",
    "d": "demonym",
    "s": "surname",
    "t": "title",
}
# When one text occurs with several kinds, keep the first kind in this order.
KIND_RANK = ["name", "acronym", "variant", "surname", "metonym", "demonym", "title"]


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


# --- demonym expansion --------------------------------------------------------


def expand_en(tok):
    if tok.endswith(("ese", "ish", "ch", "ss", "s", "sh")):
        return [tok]
    return [tok, tok + "s"]


def expand_it(tok):
    if tok.endswith("ese"):
        return [tok, tok[:-1] + "i"]
    if tok.endswith("co"):
        stem = tok[:-1]
        return [tok, stem + "a", stem + "hi", stem + "he"]
    if tok.endswith("o"):
        stem = tok[:-1]
        return [tok, stem + "a", stem + "i", stem + "e"]
    if tok.endswith("e"):
        return [tok, tok[:-1] + "i"]
    if tok.endswith("a"):
        stem = tok[:-1]
        return [tok, stem + "i", stem + "e"]
    return [tok]


def expand_de(tok):
    if tok.split("-")[-1][0].islower() and tok.endswith("sch"):
        return [tok] + [tok + s for s in ("e", "en", "er", "es")]
    if tok[0].isupper() and tok.endswith("er"):
        return [tok, tok + "n", tok + "in"]
    if tok[0].isupper() and tok.endswith("e"):
        return [tok, tok + "n", tok[:-1] + "in"]
    return [tok]


def expand_fr(tok):
    if tok.endswith("en"):
        return [tok, tok + "ne", tok + "s", tok + "nes"]
    if tok.endswith(("ais", "ois")):
        return [tok, tok + "e", tok + "es"]
    if tok.endswith(("ain", "in", "an", "and", "ol", "i")):
        return [tok, tok + "e", tok + "s", tok + "es"]
    if tok.endswith("e"):
        return [tok, tok + "s"]
    return [tok]


def expand_es(tok):
    if tok.endswith("és"):
        stem = tok[:-2] + "es"
        return [tok, stem + "a", stem + "es", stem + "as"]
    if tok.endswith("án"):
        stem = tok[:-2] + "an"
        return [tok, stem + "a", stem + "es", stem + "as"]
    if tok.endswith("ol"):
        return [tok, tok + "a", tok + "es", tok + "as"]
    if tok.endswith("í"):
        return [tok, tok + "es", tok + "s"]
    if tok.endswith("o"):
        stem = tok[:-1]
        return [tok, stem + "a", stem + "os", stem + "as"]
    if tok.endswith(("e", "a")):
        return [tok, tok + "s"]
    return [tok]


ARTICLE_NAMES = {
    "United States",
    "United Kingdom",
    "United Arab Emirates",
    "Netherlands",
    "Philippines",
    "Democratic Republic of the Congo",
    "Republic of the Congo",
    "Central African Republic",
    "Czech Republic",
    "Dominican Republic",
    "Vatican",
    "Gambia",
    "Bahamas",
}

ES_ARTICLE = {
    "United Kingdom": "del ",
    "United Arab Emirates": "de los ",
    "Netherlands": "de los ",
    "Philippines": "de ",
    "Democratic Republic of the Congo": "de la ",
    "Central African Republic": "de la ",
    "Dominican Republic": "de la ",
    "Republic of the Congo": "de la ",
    "Czech Republic": "de la ",
}

CHANCELLOR_STATES = {"Germany", "Austria"}

EXPAND = {"en": expand_en, "it": expand_it, "de": expand_de, "fr": expand_fr, "es": expand_es}


def demonyms(lang, field):
    out = []
    for tok in (t.strip() for t in field.split(",")):
        if not tok:
            continue
        if tok.endswith("!"):
            out.append(tok[:-1])
        else:
            out.extend(EXPAND[lang](tok))
    return out


# --- alias handling -------------------------------------------------------------


def parse_extras(spec):
    out = []
    for item in spec.replace("\n", " ").split(";"):
        item = item.strip()
        if not item:
            continue
        lang, kind, text = item.split(":", 2)
        out.append((text.strip(), None if lang == "-" else lang, KINDS[kind]))
    return out


def merge_aliases(raw):
    """Deduplicate aliases by casefolded text.

    The same text in several languages becomes language-neutral (null); of several
    kinds the highest-ranked kind is kept.
    """
    merged = {}
    order = []
    for text, lang, kind in raw:
        text = " ".join(text.split())
        if not text:
            continue
        key = text.casefold()
        if key not in merged:
            merged[key] = {"text": text, "language": lang, "kind": kind}
            order.append(key)
            continue
        cur = merged[key]
        if cur["language"] != lang:
            cur["language"] = None
        if KIND_RANK.index(kind) < KIND_RANK.index(cur["kind"]):
            cur["kind"] = kind
            cur["text"] = text
    return [merged[k] for k in order]


# --- states ---------------------------------------------------------------------


def parse_states():
    states = {}
    for line in STATES.strip().splitlines():
        f = [x.strip() for x in line.split("|")]
        while len(f) > 11 and f[-1] == "":
            f.pop()
        assert len(f) == 11, line
        name = f[0]
        names = [name if x == "=" else x for x in f[1:5]]
        raw = [(name, "en", "name")]
        raw += [(n, lang, "name") for n, lang in zip(names, LANGS[1:], strict=True)]
        cap = f[5]
        if cap:
            caps = cap.split("/")
            if len(caps) == 1:
                caps = caps * 5
            assert len(caps) == 5, line
            caps = [caps[0] if c == "=" else c for c in caps]
            raw += [(c, lang, "metonym") for c, lang in zip(caps, LANGS, strict=True)]
        dems = {}
        for lang, field in zip(LANGS, f[6:11], strict=True):
            dems[lang] = demonyms(lang, field)
            raw += [(d, lang, "demonym") for d in dems[lang]]
        raw += parse_extras(STATE_EXTRAS.get(name, ""))
        states[name] = {
            "names": dict(zip(LANGS, [name] + names, strict=True)),
            "dems": dems,
            "raw": raw,
        }
    unknown = set(STATE_EXTRAS) - set(states)
    assert not unknown, unknown
    return states


# --- office titles ----------------------------------------------------------------


def adj(states, state, lang, fem=False):
    """Masculine or feminine singular adjective of a state in one language."""
    d = states[state]["dems"][lang]
    if not d:
        return None
    if lang == "en":
        return d[0]
    if lang == "de":
        return d[0]  # stem such as "russisch"
    if fem and len(d) > 1 and lang in ("it", "fr", "es"):
        first = d[0]
        if lang == "it" and first.endswith(("e", "a")):
            return first
        if lang == "es" and first.endswith(("e", "a", "í")):
            return first
        if lang == "fr" and first.endswith("e"):
            return first
        return d[1]
    return d[0]


def titles_for(states, template, of, fem):
    """Generic office titles built from the state's adjectives."""
    a = {lang: adj(states, of, lang) for lang in LANGS}
    af = {lang: adj(states, of, lang, fem=True) for lang in LANGS}
    if not all(a.values()):
        return []
    en, it, de, fr, es = (a[x] for x in LANGS)
    itf, frf, esf = af["it"], af["fr"], af["es"]
    n = states[of]["names"]["en"]
    poss = f"{n}'s" if not n.endswith("s") else f"{n}'"
    if n in ARTICLE_NAMES:
        n = f"the {n}"
    es_name = states[of]["names"]["es"]
    de_es = ES_ARTICLE.get(of, "de ") + es_name
    out = []
    if template == "president":
        out = [
            ("en", f"{en} president"),
            ("en", f"president of {n}"),
            ("en", f"{poss} president"),
            ("it", f"presidente {itf if fem else it}"),
            ("de", f"{de}e Präsidentin" if fem else f"{de}e Präsident"),
            ("de", f"{de}er Präsident") if not fem else ("de", f"{de}e Staatschefin"),
            ("fr", f"présidente {frf}" if fem else f"président {fr}"),
            ("es", f"presidenta {esf}" if fem else f"presidente {es}"),
            ("es", f"presidenta {de_es}" if fem else f"presidente {de_es}"),
        ]
        if not fem:
            out += [
                ("de", f"{de}e Staatschef"),
                ("es", f"mandatario {es}"),
                ("fr", f"chef de l'État {fr}"),
            ]
    elif template == "pm":
        out = [
            ("en", f"{en} prime minister"),
            ("en", f"prime minister of {n}"),
            ("en", f"{poss} prime minister"),
            ("en", f"{en} premier"),
        ]
        if fem:
            out += [
                ("it", f"premier {itf}"),
                ("it", f"prima ministra {itf}"),
                ("de", f"{de}e Ministerpräsidentin"),
                ("de", f"{de}e Regierungschefin"),
                ("fr", f"Première ministre {frf}"),
                ("es", f"primera ministra {esf}"),
                ("es", f"primera ministra {de_es}"),
            ]
        else:
            out += [
                ("it", f"premier {it}"),
                ("it", f"primo ministro {it}"),
                ("de", f"{de}e Ministerpräsident"),
                ("de", f"{de}e Regierungschef"),
                ("de", f"{de}er Regierungschef"),
                ("fr", f"Premier ministre {fr}"),
                ("fr", f"chef du gouvernement {fr}"),
                ("es", f"primer ministro {es}"),
                ("es", f"primer ministro {de_es}"),
            ]
    elif template == "fm":
        itd = adj(states, of, "it", fem=True)
        frd = adj(states, of, "fr", fem=True)
        esd = adj(states, of, "es", fem=True)
        out = [
            ("en", f"{en} foreign minister"),
            ("en", f"foreign minister of {n}"),
            ("en", f"{poss} foreign minister"),
            ("en", f"{en} top diplomat"),
            ("it", f"capo della diplomazia {itd}"),
        ]
        if fem:
            out += [
                ("it", f"ministra degli Esteri {itf}"),
                ("de", f"{de}e Außenministerin"),
                ("fr", f"ministre {frf} des Affaires étrangères"),
                ("fr", f"cheffe de la diplomatie {frd}"),
                ("es", f"ministra de Exteriores {esf}"),
                ("es", f"canciller {esf}"),
                ("es", f"jefa de la diplomacia {esd}"),
                ("es", f"canciller {de_es}"),
                ("es", f"ministra de Exteriores {de_es}"),
            ]
        else:
            out += [
                ("it", f"ministro degli Esteri {it}"),
                ("de", f"{de}e Außenminister"),
                ("de", f"{de}er Außenminister"),
                ("fr", f"ministre {fr} des Affaires étrangères"),
                ("fr", f"chef de la diplomatie {frd}"),
                ("es", f"ministro de Exteriores {es}"),
                ("es", f"canciller {es}"),
                ("es", f"jefe de la diplomacia {esd}"),
                ("es", f"ministro de Asuntos Exteriores {es}"),
                ("es", f"canciller {de_es}"),
                ("es", f"ministro de Exteriores {de_es}"),
            ]
        if of in CHANCELLOR_STATES:  # "canciller alemán" is the head of government
            out = [(lang, text) for lang, text in out if not text.startswith("canciller")]
    elif template == "dm":
        out = [
            ("en", f"{en} defence minister"),
            ("en", f"{en} defense minister"),
            ("en", f"{poss} defence minister"),
        ]
        if fem:
            out += [
                ("it", f"ministra della Difesa {itf}"),
                ("de", f"{de}e Verteidigungsministerin"),
                ("fr", f"ministre {frf} de la Défense"),
                ("es", f"ministra de Defensa {esf}"),
            ]
        else:
            out += [
                ("it", f"ministro della Difesa {it}"),
                ("de", f"{de}e Verteidigungsminister"),
                ("fr", f"ministre {fr} de la Défense"),
                ("es", f"ministro de Defensa {es}"),
            ]
    elif template == "king":
        out = [
            ("en", f"{en} king"),
            ("en", f"King of {n}"),
            ("it", f"re {it}"),
            ("de", f"{de}e König"),
            ("fr", f"roi {fr}"),
            ("es", f"rey {es}"),
        ]
    elif template == "crown_prince":
        out = [
            ("en", f"{en} crown prince"),
            ("it", f"principe ereditario {it}"),
            ("de", f"{de}e Kronprinz"),
            ("fr", f"prince héritier {fr}"),
            ("es", f"príncipe heredero {es}"),
        ]
    elif template != "custom":
        raise ValueError(template)
    return out


def dedupe_titles(pairs):
    seen, out = set(), []
    for lang, text in pairs:
        key = text.casefold()
        if key in seen:
            continue
        seen.add(key)
        out.append({"text": text, "language": lang})
    return out


# --- build ------------------------------------------------------------------------


def build():
    states = parse_states()
    actors = []
    for name, st in states.items():
        actors.append(
            {
                "name": name,
                "kind": "state",
                "affiliation": None,
                "aliases": merge_aliases(st["raw"]),
            }
        )
    for name, (aff, spec) in ORGS.items():
        raw = [
            (
                name,
                "en" if not name.isupper() else None,
                "name" if not name.isupper() else "acronym",
            )
        ]
        raw += parse_extras(spec)
        actors.append(
            {
                "name": name,
                "kind": "organization",
                "affiliation": aff,
                "aliases": merge_aliases(raw),
            }
        )
    for p in PERSONS:
        raw = [(p["name"], None, "name")] + parse_extras(p.get("aliases", ""))
        offices = []
        for key, start, end in p.get("offices", []):
            od = OFFICE_DEFS[key]
            pairs = (
                titles_for(states, od.get("template", "custom"), od["of"], p.get("fem", False))
                if od["of"] in states
                else []
            )
            custom = od.get("titles_f" if p.get("fem") and "titles_f" in od else "titles", "")
            for item in custom.replace("\n", " ").split(";"):
                item = item.strip()
                if item:
                    lang, text = item.split(":", 1)
                    pairs.append((None if lang == "-" else lang, text.strip()))
            offices.append(
                {
                    "title": od["title"],
                    "of": od["of"],
                    "from": start,
                    "to": end,
                    "titles": dedupe_titles(pairs),
                }
            )
        actor = {
            "name": p["name"],
            "kind": "person",
            "affiliation": p.get("affiliation"),
            "aliases": merge_aliases(raw),
        }
        if offices:
            actor["offices"] = offices
        actors.append(actor)
    return {"version": 1, "actors": actors}


def dumps(data):
    """Pretty-print with one alias or title object per line."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    # Collapse innermost objects (no nested brackets) onto a single line.
    text = re.sub(
        r"\{\n\s+([^{}\[\]]*?)\n\s+\}",
        lambda m: "{" + re.sub(r",\n\s+", ", ", m.group(1)) + "}",
        text,
    )
    return text + "\n"


def main():
    data = build()
    OUT.write_text(dumps(data), encoding="utf-8")
    kinds = {}
    for a in data["actors"]:
        kinds[a["kind"]] = kinds.get(a["kind"], 0) + 1
    n_alias = sum(len(a["aliases"]) for a in data["actors"])
    print(f"wrote {OUT}: {kinds}, {n_alias} aliases")


if __name__ == "__main__":
    main()
