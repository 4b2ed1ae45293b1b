"""Converter accuracy against what an editor encodes: the gold-annotated dev corpus.

Converts every page listed in ``gold.json`` (``../shared/dev-samples``; its fields are explained
in ``GOLD.md`` there) and prints, per construct, the figures side by side for the whole corpus,
for each folder (``etol/`` was developed on, ``etol-more/`` held out) and for each page kind:

    .venv/bin/python bench/accuracy.py                 # the table
    .venv/bin/python bench/accuracy.py --pages         # plus one line per page
    .venv/bin/python bench/accuracy.py --tei-all       # plus TEI All validity (slow to compile)
    .venv/bin/python bench/accuracy.py --save a.json   # keep the figures …
    .venv/bin/python bench/accuracy.py --baseline a.json  # … and print them beside today's
    .venv/bin/python bench/accuracy.py --corpus tests/fixtures/convert/holdout  # another gold set

Turns are counted, not aligned (the gold gives a count and the label forms): a turn is found
when its ``speaker`` is one of the page's gold label forms (any turn, on unlabelled pages).
A paragraph is split inside a sentence when it ends without closing punctuation and the next
paragraph starts in lower case. Header fields compare word by word (case and punctuation
ignored); a field counts when the page states it and the TEI header holds it in its place.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tei.convert import convert  # noqa: E402
from tei.validate import validate  # noqa: E402
from tei.xmlio import NSMAP  # noqa: E402

GOLD = ROOT.parent / "shared" / "dev-samples"
TEI_ALL = ROOT.parent / "shared" / "tei-all" / "tei_all.rng"
FIELDS = (
    "title subtitle author periodical volume issue date_text pages transcriber last_updated"
).split()
KIND_GROUP = {"interview-qa": "interview", "interview-named": "interview"}
STOP = {"the", "of", "and", "a", "an", "in", "de", "la", "le", "der", "die", "for", "with"}
BRACKET_TAGS = {
    "ref": "footnote-marker",
    "supplied": "supplied",
    "choice": "supplied",
    "expan": "supplied",  # a printed expansion: abbr + expan (not a choice)
    "gap": "unclear/gap",
    "unclear": "unclear/gap",
    "bibl": "citation",
    "gloss": "editorial-comment",
    "note": "editorial-comment",
    "sic": "sic",
}
#: (row label, counter numerator, counter denominator)
ROWS = [
    ("speaker turns found (recall)", "turn_tp", "turn_gold"),
    ("turns that are real (precision)", "turn_tp", "turn_found"),
    ("turns given to the right participant", "turn_who", "turn_gold"),
    ("interview pages: participants right", "partic_ok", "partic_pages"),
    ("participants named as the page does", "names_ok", "names_gold"),
    ("participant roles stated", "roles_ok", "roles_gold"),
    ("header fields captured", "field_ok", "field_gold"),
    ("header fields wrong (stated, but not so)", "field_wrong", "field_found"),
    ("bracket kinds right", "br_ok", "br_gold"),
    ("  of them not footnote markers", "br2_ok", "br2_gold"),
    ("pages with no sentence split in two", "para_ok", "pages"),
    ("paragraph breaks inside a sentence", "para_bad", "para_joins"),
    ("navigation lines removed (recall)", "nav_tp", "nav_gold"),
    ("removed lines that are chrome (precision)", "nav_tp", "nav_found"),
    ("pages valid against the profile", "valid", "pages"),
    ("pages valid against TEI All", "valid_all", "pages_all"),
    ("pages losing or adding no word", "fid_ok", "pages"),
    ("words lost + added", "words_bad", "words"),
]


def tokens(text: str | None) -> list[str]:
    return [t for t in re.findall(r"\w+", (text or "").casefold()) if t]


def same(gold: str, found: str | None) -> bool:
    """Word-by-word equality, a leading article and trailing punctuation ignored."""
    g, f = tokens(gold), tokens(found)
    if g[:1] == ["the"] and f[:1] != ["the"]:
        g = g[1:]
    if f[:1] == ["the"] and g[:1] != ["the"]:
        f = f[1:]
    return bool(g) and g == f


def within(gold: str, found: str | None) -> bool:
    g, f = set(tokens(gold)), set(tokens(found))
    return bool(g) and g <= f


def text_of(el) -> str:
    return " ".join("".join(el.itertext()).split())


def x(root, path: str) -> list:
    return root.xpath(path, namespaces=NSMAP)


def label_key(label: str) -> str:
    return re.sub(r"[\W_]+", "", label.casefold())


def header_fields(root) -> dict[str, list[str]]:
    """Where each gold field may sit in the TEI header (all candidate values)."""
    sd = "//tei:teiHeader//tei:sourceDesc"
    printed = [text_of(b) for b in x(root, f"{sd}/tei:bibl[@type='printed']")]
    return {
        # a title the converter made up is marked supplied: it does not claim the page has one
        "title": [
            text_of(t)
            for t in x(root, "//tei:titleStmt/tei:title[@type='main'][not(tei:supplied)]")
        ],
        "subtitle": [text_of(t) for t in x(root, "//tei:titleStmt/tei:title[@type='sub']")],
        "author": [text_of(a) for a in x(root, "//tei:titleStmt/tei:author")],
        "periodical": [text_of(t) for t in x(root, f"{sd}//tei:monogr/tei:title")]
        + [text_of(t) for t in x(root, f"{sd}/tei:bibl[@type='printed']/tei:title")]
        + printed,
        "volume": [text_of(b) for b in x(root, f"{sd}//tei:biblScope[@unit='volume']")] + printed,
        "issue": [text_of(b) for b in x(root, f"{sd}//tei:biblScope[@unit='issue']")] + printed,
        "date_text": [
            text_of(d)
            for d in x(
                root, f"{sd}//tei:imprint/tei:date | //tei:profileDesc/tei:creation/tei:date"
            )
        ]
        + [text_of(d) for d in x(root, f"{sd}//tei:note[@type='info']")],
        "pages": [text_of(b) for b in x(root, f"{sd}//tei:biblScope[@unit='page']")] + printed,
        "transcriber": [
            text_of(p) for p in x(root, f"{sd}/tei:bibl[@type='digital']/tei:respStmt/tei:persName")
        ]
        + [text_of(n) for n in x(root, f"{sd}/tei:bibl[@type='digital']/tei:note")],
        "last_updated": [text_of(d) for d in x(root, f"{sd}//tei:date[@type='last-updated']")],
    }


def field_found(name: str, gold: str, values: list[str]) -> bool:
    if name in ("title", "subtitle", "author", "periodical"):
        joined = " and ".join(values)
        return any(same(gold, v) for v in values) or same(gold, joined)
    if name == "transcriber":
        names = [n for n in re.split(r"\s*(?:&|,|\band\b)\s*", gold) if n]
        return all(any(within(n, v) for v in values) for n in names)
    if name == "pages":
        digits = re.findall(r"\d+", gold)
        return any(
            digits and digits == re.findall(r"\d+", v)[: len(digits)] for v in values
        ) or any(within(gold, v) for v in values)
    return any(same(gold, v) or within(gold, v) for v in values)


def measure_turns(root, gold: dict, c: dict) -> None:
    turns = x(root, "//tei:body//tei:sp")
    forms = {label_key(f): i for i, s in enumerate(gold["speakers"]) for f in s["label_forms"]}
    bare = [i for i, s in enumerate(gold["speakers"]) if not s["label_forms"]]
    if len(bare) == 1:  # the one speaker the page never labels (answers after "Q:")
        forms[""] = bare[0]
    c["turn_gold"] += gold["turns"]
    c["turn_found"] += len(turns)
    plain: list[str | None] = []
    if gold["turns_unlabelled"]:
        matched = [(i % 2, t.get("who")) for i, t in enumerate(turns)]
    else:
        matched = []
        for t in turns:
            speaker = t.find("tei:speaker", NSMAP)
            key = label_key(text_of(speaker)) if speaker is not None else ""
            if speaker is None:  # a label the turn's text opens with ("1." of a written question)
                said = text_of(t)
                key = next(
                    (
                        label_key(f)
                        for s in gold["speakers"]
                        for f in s["label_forms"]
                        if f.strip() and said.startswith(f.strip())
                    ),
                    "",
                )
            if key in forms:
                matched.append((forms[key], t.get("who")))
            elif speaker is None and key == "":
                plain.append(t.get("who"))
    # a turn with no label ("Q 2 : …?", then the answer plain) given to a labelled speaker:
    # that speaker's, when the page's labels give that participant to one gold speaker only
    labelled: dict[str, set[int]] = defaultdict(set)
    for speaker, who in matched:
        labelled[who].add(speaker)
    matched += [(next(iter(labelled[w])), w) for w in plain if len(labelled.get(w, ())) == 1]
    tp = min(len(matched), gold["turns"])
    c["turn_tp"] += tp
    votes: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for speaker, who in matched:
        votes[speaker][who] += 1
    best = {s: max(v, key=v.get) for s, v in votes.items()}
    owners = defaultdict(set)
    for s, who in best.items():
        owners[who].add(s)
    right = sum(1 for s, who in matched if best[s] == who and len(owners[who]) == 1)
    c["turn_who"] += min(right, tp)

    if not gold["kind"].startswith("interview"):
        return
    persons = x(root, "//tei:particDesc//tei:person")
    c["partic_pages"] += 1
    ids = {p.get("{http://www.w3.org/XML/1998/namespace}id"): p for p in persons}
    ok = len(persons) == len(gold["speakers"])
    for i, speaker in enumerate(gold["speakers"]):
        pid = (best.get(i) or "").lstrip("#")
        if gold["speakers"][i]["label_forms"] or gold["turns_unlabelled"]:
            ok = ok and pid in ids and len(owners[best[i]]) == 1
        who = speaker["who"]
        head, _, rest = who.partition("(")
        # "Name (role)", or "role (Name)"; "interviewer (unnamed)" names nobody
        name = head if head[:1].isupper() else rest if rest[:1].isupper() else ""
        if re.search(r"\b(?:unnamed|not named)\b", rest):  # a description, not a name
            name = ""
        want = {t for t in tokens(re.split(r"\b(?:of|interviewer)\b|,", name)[0]) if t not in STOP}
        person = ids.get(pid)
        if person is None and not speaker["label_forms"] and want:
            # a participant who never speaks in the excerpt (the interviewee of a page cut
            # after its first question): the one person not given to another speaker who
            # bears the name
            taken = {best[j].lstrip("#") for j in best if j != i}
            person = next(
                (
                    p
                    for k, p in ids.items()
                    if k not in taken and want <= set(tokens(" ".join(p.itertext())))
                ),
                None,
            )
        # " ": the name and the next element's text are two words ("Politiken" "Speaker …")
        have = set(tokens(" ".join(person.itertext()))) if person is not None else set()
        if want:
            c["names_gold"] += 1
            # "LAFOLLETTE:" names "Suzanne La Follette": a name's parts written as one word
            parts = tokens(re.split(r"\b(?:of|interviewer)\b|,", name)[0])
            joined = {a + b for a, b in itertools.pairwise(parts)}
            named = bool(want & have) or bool(joined & have)
            c["names_ok"] += named
            ok = ok and named
        if "interviewer" in who:
            c["roles_gold"] += 1
            c["roles_ok"] += person is not None and "interviewer" in (person.get("role") or "")
    c["partic_ok"] += ok


def measure_brackets(root, gold: dict, c: dict) -> None:
    names = "|".join(f"//tei:text//tei:{t}" for t in BRACKET_TAGS)
    candidates = [el for el in x(root, names) if el.getparent().tag.split("}")[1] != "choice"]
    used: set[int] = set()
    for br in gold["brackets"]:
        written = br["text"].strip("[]").strip()
        inner = tokens(written)[:6]
        kind = "kept as text"
        for n, el in enumerate(candidates):
            if n in used:
                continue
            # "[...]" has no word: its text as written
            if (tokens(text_of(el))[: len(inner)] == inner and inner) or (
                not inner and written and text_of(el) == written
            ):
                used.add(n)
                tag = el.tag.split("}")[1]
                kind = "sic" if el.get("subtype") == "sic" else BRACKET_TAGS[tag]
                break
        right = kind == br["kind"]
        c["br_gold"] += 1
        c["br_ok"] += right
        if br["kind"] != "footnote-marker":
            c["br2_gold"] += 1
            c["br2_ok"] += right


def measure_paragraphs(root, c: dict) -> int:
    paras = x(root, "//tei:body//tei:p | //tei:front/tei:div[@type='headnote']/tei:p")
    bad = 0
    for a, b in itertools.pairwise(paras):
        if b.getparent() is not a.getparent() and b.getparent().tag.endswith("sp"):
            continue
        ta, tb = text_of(a), text_of(b)
        c["para_joins"] += 1
        if ta and tb and not re.search(r"[.!?:;…\"”’»)\]–—-]$", ta) and tb[0].islower():
            bad += 1
    c["para_bad"] += bad
    c["para_ok"] += bad == 0
    return bad


def measure(path: Path, gold: dict, tei_all: bool) -> dict:
    c: dict = defaultdict(int)
    c["pages"] = 1
    result = convert(path)
    root = result.tree.getroot()
    measure_turns(root, gold, c)
    found = header_fields(root)
    for name in FIELDS:
        value = gold["header"].get(name)
        if value:
            c["field_gold"] += 1
            c["field_ok"] += field_found(name, value, found[name])
        if name in ("author", "subtitle") and found[name]:
            c["field_found"] += 1
            c["field_wrong"] += not (value and field_found(name, value, found[name]))
    measure_brackets(root, gold, c)
    bad = measure_paragraphs(root, c)
    removed = {int(n) for n in x(root, "//tei:list[@type='removed']/tei:item/@n")}
    nav = set(gold["nav_lines"])
    c["nav_gold"] += len(nav)
    c["nav_found"] += len(removed)
    c["nav_tp"] += len(nav & removed)
    errors = [d for d in validate(result.tree) if d.severity == "error"]
    c["valid"] += not errors
    if tei_all:
        c["pages_all"] = 1
        c["valid_all"] += not [
            d
            for d in validate(result.tree, tei_all=TEI_ALL, profile=False)
            if d.severity == "error"
        ]
    fid = result.fidelity
    c["words"] += fid.source_words
    c["words_bad"] += len(fid.lost) + len(fid.added)
    c["fid_ok"] += not fid.lost and not fid.added
    c["_line"] = (
        f"{gold['file']:<72} {gold['kind']:<16} turns {c['turn_tp']}/{gold['turns']}"
        f" (+{c['turn_found'] - c['turn_tp']})  fields {c['field_ok']}/{c['field_gold']}"
        f"  br {c['br_ok']}/{c['br_gold']}  nav {c['nav_tp']}/{c['nav_gold']}"
        f" (+{c['nav_found'] - c['nav_tp']})  splits {bad}  lost {len(fid.lost)}"
        f" added {len(fid.added)}"
        + (f"  people {'right' if c['partic_ok'] else 'WRONG'}" if c["partic_pages"] else "")
        + ("" if not errors else "  INVALID")
    )
    return c


def columns(entries: list[dict]) -> dict[str, list[str]]:
    cols: dict[str, list[str]] = {"all": []}
    for e in entries:
        cols["all"].append(e["file"])
        if "/" in e["file"]:
            cols.setdefault(e["file"].split("/")[0], []).append(e["file"])
    for e in sorted(entries, key=lambda e: KIND_GROUP.get(e["kind"], e["kind"])):
        cols.setdefault(KIND_GROUP.get(e["kind"], e["kind"]), []).append(e["file"])
    return cols


def cell(counts: dict, num: str, den: str) -> str:
    d = counts.get(den, 0)
    if not d:
        return "–"
    n = counts.get(num, 0)
    return f"{n}/{d} {100 * n / d:.0f}%" if den not in ("para_joins", "words") else f"{n}/{d}"


def table(per_page: dict[str, dict], cols: dict[str, list[str]]) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for col, files in cols.items():
        total: dict = defaultdict(int)
        for f in files:
            for k, v in per_page[f].items():
                if not k.startswith("_"):
                    total[k] += v
        out[col] = {label: cell(total, n, d) for label, n, d in ROWS}
    return out


def print_table(figures: dict, baseline: dict | None, cols: dict[str, list[str]]) -> None:
    names = list(figures)
    width = max(len(r[0]) for r in ROWS) + 1
    cells: dict[str, list[str]] = {}
    for c in names:
        cells[c] = []
        for label, _, _ in ROWS:
            now = figures[c][label]
            was = (baseline or {}).get(c, {}).get(label)
            cells[c].append(now if was in (None, now) else f"{was.split()[-1]}→{now.split()[-1]}")
    heads = {c: f"{c} ({len(cols[c])})" for c in names}
    widths = {c: max(len(heads[c]), *(len(x) for x in cells[c])) + 2 for c in names}
    print(" " * width + "".join(f"{heads[c]:>{widths[c]}}" for c in names))
    for n, (label, _, _) in enumerate(ROWS):
        print(f"{label:<{width}}" + "".join(f"{cells[c][n]:>{widths[c]}}" for c in names))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus", type=Path, default=GOLD, help="folder the gold's file names are relative to"
    )
    parser.add_argument("--gold", type=Path, help="the gold file (default: CORPUS/gold.json)")
    parser.add_argument("--tei-all", action="store_true", help="also validate against TEI All")
    parser.add_argument("--pages", action="store_true", help="print one line per page")
    parser.add_argument("--save", type=Path, help="write the figures as JSON")
    parser.add_argument("--baseline", type=Path, help="print a saved run's figures beside")
    args = parser.parse_args(argv)
    gold = args.gold or args.corpus / "gold.json"
    entries = json.loads(gold.read_text(encoding="utf-8"))
    per_page = {e["file"]: measure(args.corpus / e["file"], e, args.tei_all) for e in entries}
    if args.pages:
        for e in entries:
            print(per_page[e["file"]]["_line"])
        print()
    cols = columns(entries)
    figures = table(per_page, cols)
    baseline = json.loads(args.baseline.read_text()) if args.baseline else None
    print_table(figures, baseline, cols)
    if args.save:
        args.save.write_text(json.dumps(figures, indent=1, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
