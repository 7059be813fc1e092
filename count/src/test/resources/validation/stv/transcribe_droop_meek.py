#!/usr/bin/env python3
"""Transcribes Droop's (jklundell/droop) Meek reference counts into golden folders (run by hand).

Droop's test/ref/json/<case>-meek-prf-o6-fixed-p9-d9.txt is its own output for the Proportional
Representation Foundation's reference Meek rule (9 decimal places, omega 10^-6). We keep: the seats,
the winners in order of election, and for every defeat (exclusion) the quota and every continuing
or elected candidate's converged votes just before it.
Usage: transcribe_droop_meek.py DROOP_GIT OUT_DIR CASE...
"""
import json, os, subprocess, sys

def git_show(repo, path):
    return subprocess.run(["git", "--git-dir", repo, "show", "HEAD:" + path], capture_output=True, text=True, check=True).stdout

repo, out = sys.argv[1], sys.argv[2]
commit = subprocess.run(["git", "--git-dir", repo, "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
for case in sys.argv[3:]:
    ref_path = f"test/ref/json/{case}-meek-prf-o6-fixed-p9-d9.txt"
    ref = json.loads(git_show(repo, ref_path))
    blt = git_show(repo, f"test/blt/{case}.blt")
    names = {cid: c["name"] for cid, c in ref["cdict"].items()}
    winners, rounds, defeats, ties, tied = [], [], [], False, set()
    for a in ref["actions"]:
        msg = a.get("msg", "")
        if a["tag"] == "tie":
            ties = True
            tied.update(n.strip() for n in msg[msg.index("[") + 1:msg.index("]")].split(","))
        if a["tag"] == "elect":
            for w in msg.split(":", 1)[1].split(","):
                winners.append(w.strip())
                rounds.append(a["round"])
        if a["tag"] == "defeat" and not msg.startswith("Defeat remaining"):
            votes = {names[cid]: s["vote"] for cid, s in a["cstate"].items() if s["state"] in ("hopeful", "elected")}
            defeats.append({"candidate": msg.split(":", 1)[1].strip(), "quota": a["quota"], "votes": votes})
    expected = {"method": "stv-meek", "seats": ref["seats"], "winners": winners, "electedInRound": rounds, "tiesBroken": ties, "tied": sorted(tied), "defeats": defeats}
    d = os.path.join(out, "droop_meek_" + case)
    os.makedirs(d, exist_ok=True)
    open(os.path.join(d, "ballots.blt"), "w").write(blt)
    json.dump(expected, open(os.path.join(d, "expected.json"), "w"), indent=1)
    open(os.path.join(d, "SOURCE.md"), "w").write(
        f"# Droop reference Meek count: {case}\n\nFrom github.com/jklundell/droop at {commit}:\n"
        f"- ballots.blt: `test/blt/{case}.blt`\n"
        f"- expected.json: `{ref_path}` (Droop {ref.get('droop_version', '')}, rule {ref.get('rule_name', '')}, "
        f"{ref.get('arithmetic_name', '')} arithmetic): winners in order, and at each defeat the quota and the converged votes\n"
        + ("- Droop broke ties here by its own random draw (" + ", ".join(sorted(tied)) + "); our draw differs, so those candidates' fate and rounds missing from either count are not compared\n" if ties else ""))
    print(case, ref["seats"], winners, len(defeats), "defeats", "ties" if ties else "")
