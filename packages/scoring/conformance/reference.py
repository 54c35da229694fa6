#!/usr/bin/env python3
"""An independent re-implementation of SCORING.md, written from the spec alone (no code shared
with the TypeScript package), checked against every conformance vector.

Usage: python3 reference.py [conformance-dir]    (exit 0 when every vector agrees)
"""
import calendar
import json
import sys
from pathlib import Path

SCALE_MAX = {"agreement": 4, "yes-no": 1, "usage": 4}
ASPECTS = ["safety", "effectiveness", "efficiency", "person-centredness", "timeliness", "equity"]
THEMES = ["governance", "adoption", "patient-participation", "network-data-exchange", "security-continuity"]
QUADRANT_RANK = {"always-do": 1, "do-after-weighing": 2, "quick-win": 3, "never-do": 4}


def tenths(num, den):
    """round1 in tenths: floor((2000 * num + den) / (2 * den)), integers only."""
    return (2000 * num + den) // (2 * den)


def score(num, den):
    return None if den == 0 else tenths(num, den) / 10


def pair(t):
    return {"score": score(t[0], t[1]), "coverage": score(t[1], t[2])}


def add_years(iso, years):
    y, m, d = (int(part) for part in iso.split("-"))
    y += years
    d = min(d, calendar.monthrange(y, m)[1])  # 29 February -> 28 February, as date-fns does
    return f"{y:04d}-{m:02d}-{d:02d}"


def quadrant(effect, energy):
    if effect >= 3:
        return "do-after-weighing" if energy >= 3 else "always-do"
    return "never-do" if energy >= 3 else "quick-win"


def score_response(questionnaire, response, options):
    threshold = round(options.get("phaseThreshold", 60) * 10)
    min_coverage = round(options.get("phaseCoverage", 50) * 10)
    answers = response["answers"]
    aspects = {a: [0, 0, 0] for a in ASPECTS}  # answered points, answered max, applicable max
    scored_sections = {item["section"] for item in questionnaire["items"] if item["scored"]}
    sections = {s["id"]: [0, 0, 0] for s in questionnaire["sections"] if s["id"] in scored_sections}
    themes = {t: [0, 0, 0] for t in THEMES}
    phases = {p: [0, 0, 0] for p in range(1, 6)}
    answered, applicable, missing = 0, 0, []
    for item in questionnaire["items"]:
        if not item["scored"]:
            continue
        answer = answers.get(item["id"])
        if answer == "na":
            continue
        top = SCALE_MAX[item["scale"]]
        groups = [sections[item["section"]], themes[item["theme"]]]
        if "inkPhase" in item:
            groups.append(phases[item["inkPhase"]])
        applicable += 1
        if answer is None:
            missing.append(item["id"])
        else:
            answered += 1
        for aspect in ASPECTS:
            w = item["weights"][aspect]
            if w > 0:
                aspects[aspect][2] += w * top
                if answer is not None:
                    aspects[aspect][0] += w * answer
                    aspects[aspect][1] += w * top
        for group in groups:
            group[2] += top
            if answer is not None:
                group[0] += answer
                group[1] += top

    aspect_pairs = {a: pair(aspects[a]) for a in ASPECTS}
    non_null = [round(p["score"] * 10) for p in aspect_pairs.values() if p["score"] is not None]
    k = len(non_null)
    overall = None if k == 0 else (2 * sum(non_null) + k) // (2 * k) / 10

    def attained(t):
        num, den, app = t
        return den > 0 and app > 0 and 1000 * num >= threshold * den and 1000 * den >= min_coverage * app

    flags = [attained(phases[p]) for p in range(1, 6)]
    phase = 0
    while phase < 5 and flags[phase]:
        phase += 1
    nxt = None
    if phase < 5:
        t = phases[phase + 1]
        nxt = {
            "phase": phase + 1,
            "progress": score(t[0], t[1]),
            "earliestDate": add_years(response["completedOn"], 1),
            "typicalDate": add_years(response["completedOn"], 2),
        }

    judgement = next((item for item in questionnaire["items"] if not item["scored"]), None)
    self_assessment = None
    if judgement is not None:
        value = answers.get(judgement["id"])
        value = value if isinstance(value, int) else None
        top = SCALE_MAX[judgement["scale"]]
        self_assessment = {"item": judgement["id"], "value": value, "max": top,
                           "score": None if value is None else tenths(value, top) / 10}

    def idea_key(idea):
        ident = [ord(c) for c in idea["id"]]
        return (QUADRANT_RANK[quadrant(idea["effect"], idea["energy"])], -idea["effect"], idea["energy"], ident)

    ideas = [{"id": i["id"], "title": i["title"], "effect": i["effect"], "energy": i["energy"],
              "quadrant": quadrant(i["effect"], i["energy"])} for i in sorted(response.get("ideas", []), key=idea_key)]

    return {
        "questionnaire": {"id": questionnaire["id"], "version": questionnaire["version"]},
        "practiceId": response["practiceId"],
        "completedOn": response["completedOn"],
        "overall": overall,
        "aspects": aspect_pairs,
        "sections": {s: pair(t) for s, t in sections.items()},
        "themes": {t: pair(v) for t, v in themes.items()},
        "inkPhase": {"phase": phase, "attained": {str(p): flags[p - 1] for p in range(1, 6)}, "next": nxt},
        "completeness": {"answered": answered, "applicable": applicable, "missing": missing},
        "selfAssessment": self_assessment,
        "ideas": ideas,
    }


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent
    questionnaires = {}
    for path in sorted((root / "questionnaires").glob("*.json")):
        q = json.loads(path.read_text(encoding="utf-8"))
        questionnaires[(q["id"], q["version"])] = q
    failures = 0
    vectors = sorted((root / "vectors").glob("*.json"))
    for path in vectors:
        vector = json.loads(path.read_text(encoding="utf-8"))
        ref = vector["questionnaire"]
        actual = score_response(questionnaires[(ref["id"], ref["version"])], vector["response"], vector.get("options", {}))
        if actual != vector["expected"]:
            failures += 1
            print(f"DIFFERS {path.name}")
    print(f"{len(vectors) - failures} agree, {failures} differ")
    return 1 if failures or not vectors else 0


if __name__ == "__main__":
    sys.exit(main())
