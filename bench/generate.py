"""Generate N realistic interview transcriptions of the seed's shape and size.

Each has navigation lines, a periodical line, title and subtitle, a provenance line
and credit, a headnote and ``* * *``, 22 speaker turns (Question/Answer, Q/A) with
continuation paragraphs, bracketed interpolations of every kind, a mismatched
bracket, and the closing navigation and ``Last updated`` lines. Text is varied by a
seeded random generator (deterministic for a given seed).

    python bench/generate.py OUT_DIR -n 1000
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

WORDS = """
miners union army trucks village road night morning meeting leader party section comrades
strike struggle radio station news town hill soldiers prisoners arms dynamite guns dust
convoy crossroad population massacre balance report government troops peasants
contingents workers tendency newspaper argument discussion majority vote positions bases
artillery force
""".split()
GLOSSES = [("pampa", "open flats"), ("altiplano", "high plain"), ("mita", "forced labour")]
PLACES = [
    "Catavi",
    "Siglo Veinte",
    "Huanuni",
    "Oruro",
    "Sora-Sora",
    "Machacamarca",
    "Potosí",
    "Colquiri",
]
JOURNALS = [
    "International Socialist Review",
    "Fourth International",
    "The New International",
    "Labor Action",
]
SEASONS = ["Winter", "Spring", "Summer", "Fall"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def sentence(rng: random.Random, n: int | None = None) -> str:
    words = [rng.choice(WORDS) for _ in range(n or rng.randint(6, 18))]
    if rng.random() < 0.4:
        words.insert(rng.randrange(len(words)), rng.choice(PLACES))
    text = " ".join(words)
    return text[0].upper() + text[1:] + rng.choice([".", ".", ".", "?", "!"])


def paragraph(rng: random.Random, sentences: int) -> str:
    return " ".join(sentence(rng) for _ in range(sentences))


def interpolation(rng: random.Random) -> str:
    kind = rng.randrange(5)
    if kind == 0:
        return f"the {rng.choice(['twenty-eighth', 'third', 'first'])} [of {rng.choice(MONTHS)}]"
    if kind == 1:
        return "the CP [Communist party]"
    if kind == 2:
        word, gloss = rng.choice(GLOSSES)
        return f"the {word} [{gloss}]"
    if kind == 3:
        return f"[{sentence(rng, 9)}]"
    return "the POR [Partido Obrero Revolucionario]"


def transcription(rng: random.Random, number: int) -> str:
    journal = rng.choice(JOURNALS)
    year = rng.randint(1938, 1975)
    season = rng.choice(SEASONS)
    lines = [
        "ISR Index | Main Newspaper Index",
        "",
        "Encyclopedia of Trotskyism | Marxists’ Internet Archive",
        "",
        f"{journal}, {season} {year}",
        "",
        "",
        f"Interview With {rng.choice(PLACES)} Miner No. {number}",
        "",
        f"Account of the Battle of {rng.choice(PLACES)}",
        "",
        "",
        f"From {journal}, Vol.{rng.randint(1, 40)} No.{rng.randint(1, 12)}, {season} {year}, "
        f"p.{rng.randint(1, 60)}.",
        "Transcribed & marked up by Einde O’Callaghan for ETOL.",
        "",
        "",
        paragraph(rng, 4),
        "",
        "* * *",
        "",
    ]
    labels = [("Question:", "Answer:")] + [("Q:", "A:")] * 10
    for i, (q, a) in enumerate(labels):
        lines += [f"{q} {sentence(rng)}", ""]
        answer = paragraph(rng, rng.randint(1, 4))
        if rng.random() < 0.6:
            answer = answer.replace(". ", f" {interpolation(rng)}. ", 1)
        if i == 1:
            answer += " (adherents of the tendency led by Guillermo Lora]."
        lines += [f"{a} {answer}", ""]
        for _ in range(rng.choice([0, 0, 1, 1, 2])):
            lines += [paragraph(rng, rng.randint(1, 3)), ""]
    day = rng.randint(1, 28)
    lines += [
        "Top of page",
        "",
        "ISR Index | Main Newspaper Index",
        "",
        "Encyclopedia of Trotskyism | Marxists’ Internet Archive",
        "",
        f"Last updated on {day} {rng.choice(MONTHS)} {rng.randint(2000, 2020)}",
    ]
    return "\n".join(lines)


def generate(out: Path, count: int, seed: int = 1965) -> list[Path]:
    """Write ``count`` editions (``out/<slug>/<slug>.txt``) and return their sources."""
    rng = random.Random(seed)
    paths = []
    for n in range(1, count + 1):
        slug = f"interview-{n:05d}"
        folder = out / slug
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{slug}.txt"
        path.write_text(transcription(rng, n), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("-n", "--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1965)
    args = parser.parse_args()
    generate(args.out, args.count, args.seed)
    print(f"wrote {args.count} transcriptions under {args.out}")


if __name__ == "__main__":
    main()
