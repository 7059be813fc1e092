#!/usr/bin/env python3
"""Transcribes Droop's (jklundell/droop) Scottish STV reference counts of the Glasgow 2007 wards (run by hand).

Droop's test/ref/json/scotland/<ward>-scotland-fixed-p5-d5.txt is its own count under its "scotland"
rule (SSI 2007/42, 5 decimal places). We keep the seats, quota, winners in order of election and
every stage's totals: the first count, then the state after each transfer.
Usage: transcribe_droop_scotland.py DROOP_GIT OUT_DIR
"""
import json, os, subprocess, sys

def git(repo, *args):
    return subprocess.run(["git", "--git-dir", repo, *args], capture_output=True, text=True, check=True).stdout

repo, out = sys.argv[1], sys.argv[2]
commit = git(repo, "rev-parse", "HEAD").strip()
for ref_path in git(repo, "ls-tree", "-r", "--name-only", "HEAD", "test/ref/json/scotland").split():
    ward = os.path.basename(ref_path).replace("-scotland-fixed-p5-d5.txt", "")
    ref = json.loads(git(repo, "show", "HEAD:" + ref_path))
    blt = git(repo, "show", f"HEAD:test/blt/scotland/{ward}.blt")
    names = {cid: c["name"] for cid, c in ref["cdict"].items()}
    stages, winners, at_stage = [], [], []
    for a in ref["actions"]:
        if a["tag"] in ("begin", "transfer"):
            stage = {names[cid]: s["vote"] for cid, s in a["cstate"].items() if s["state"] != "defeated"}
            # Droop records the transfer of a zero surplus (a candidate exactly at the quota) as a stage;
            # rule 48(1) transfers only votes that exceed the quota, so such a repeated stage is dropped.
            if not stages or stage != stages[-1]:
                stages.append(stage)
        if a["tag"] == "elect":
            winners.append(a["msg"].split(":", 1)[1].strip())
            at_stage.append(len(stages))
    expected = {"method": "stv-scottish", "seats": ref["seats"], "quota": ref["quota"], "winners": winners,
                "electedAtStage": at_stage, "stages": stages}
    d = os.path.join(out, "droop_scotland_" + ward)
    os.makedirs(d, exist_ok=True)
    open(os.path.join(d, "ballots.blt"), "w").write(blt)
    json.dump(expected, open(os.path.join(d, "expected.json"), "w"), indent=1)
    open(os.path.join(d, "SOURCE.md"), "w").write(
        f"# {ward}: Glasgow City Council ward, 3 May 2007, counted by Droop's Scottish STV rule\n\nFrom github.com/jklundell/droop at {commit}:\n"
        f"- ballots.blt: `test/blt/scotland/{ward}.blt` (the published ballot data of Glasgow's 2007 count)\n"
        f"- expected.json: `{ref_path}` (Droop {ref.get('droop_version', '')}, rule {ref.get('rule_name', '')}, "
        f"{ref.get('arithmetic_name', '')} arithmetic, 5 places): stage totals after every transfer, winners in order\n")
    print(ward, ref["seats"], len(stages), "stages")
