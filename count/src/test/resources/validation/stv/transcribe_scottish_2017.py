#!/usr/bin/env python3
"""Transcribes Scottish 2017 council wards into golden folders (run by hand, not by the build).

Ballots: mggg/scot-elex blt_files (David McCune's .blt files of the published preference profiles).
Expected stages: gerrymulvenna/council17 2017/SCO/<council>/<ward>/ResultsJson.json (the councils'
published stage-by-stage result sheets, entered as data). Usage:
  transcribe_scottish_2017.py SCOT_ELEX_GIT COUNCIL17_GIT OUT_DIR scot-elex-prefix:council17-dir ...
"""
import json, re, subprocess, sys, os

def git_show(repo, path):
    return subprocess.run(["git", "--git-dir", repo, "show", "HEAD:" + path], capture_output=True, text=True, check=True).stdout

def git_ls(repo, under):
    return subprocess.run(["git", "--git-dir", repo, "ls-tree", "-r", "--name-only", "HEAD", under], capture_output=True, text=True, check=True).stdout.split()

def head(repo):
    return subprocess.run(["git", "--git-dir", repo, "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()

def norm(name):
    name = re.sub(r"^\s*ward\s*\d+\s*[-:]?", "", name.lower())  # "Ward 3 - Fraserburgh and District"
    name = re.sub(r"\bward\b", "", name)
    return re.sub(r"[^a-z0-9]", "", name)

# Figures in council17's transcription that are not what the count gave: each is contradicted by the
# same sheet (the next stage, or the stage totals themselves), and is replaced by the corrected value.
ERRATA = {
    "glasgow_2017_ward1": [{"stage": 3, "candidate": "Alan DIGNEY (Grn)", "published": "393", "corrected": "303",
        "why": "stage 2 has 293.00000 and stage 4 310; with 393 stage 3's totals would add up to 8868, more than the 8800 valid papers"}],
    "midlothian_2017_ward1": [{"stage": 3, "candidate": "Joe WALLACE (SNP)", "published": "832.84154", "corrected": "832.84152",
        "why": "stage 3 is Adam Montgomery's surplus of 33 at 33/1482 -> 0.02226 on 143 papers = 3.18318 (829.65834 + 3.18318); stage 4 (886.13150) agrees with 832.84152 + 53.28998"}],
    "east_dunbartonshire_2017_ward2": [{"field": "validPoll", "published": "7034", "corrected": "7035",
        "why": "the first-stage totals on the same sheet add up to 7035"}],
    "edinburgh_2017_ward3": [{"field": "validPoll", "published": "11429", "corrected": "9474",
        "why": "the first-stage totals on the same sheet add up to 9474"},
        {"field": "quota", "published": "2858", "corrected": "2369", "why": "floor(9474 / 4) + 1 (rule 46)"}],
}

scot, c17, out = sys.argv[1], sys.argv[2], sys.argv[3]
for pair in sys.argv[4:]:
    prefix, council = pair.split(":")
    info = json.loads(git_show(c17, f"2017/SCO/{council}/all-constituency-info.json"))
    by_name = {norm(c["Constituency_Name"]): c for c in info["Constituencies"]}
    for path in git_ls(scot, "blt_files"):
        m = re.search(rf"/{prefix}_2017_ward(\d+)\.blt$", path)
        if not m:
            continue
        blt = git_show(scot, path)
        lines = [l.strip() for l in blt.strip().splitlines()]
        ward_name = lines[-1].strip('"')
        n = int(lines[0].split()[0])
        names = [l.strip('"') for l in lines[-1 - n:-1]]
        c = by_name.get(norm(ward_name))
        if c is None:
            print("no result sheet for", path, ward_name); continue
        res = json.loads(git_show(c17, f"2017/SCO/{council}/{c['Directory']}/ResultsJson.json"))["Constituency"]
        def blt_name(row):
            sur, first = row["Surname"].upper(), row["Firstname"].upper()
            hits = [x for x in names if sur in x.upper() and x.upper().startswith(first + " ")]
            if len(hits) != 1:
                hits = [x for x in names if sur in x.upper() and first.split()[0] in x.upper()]
            if len(hits) != 1:  # a typo in the entered surname: the first name alone, if unique
                hits = [x for x in names if x.upper().startswith(first.split()[0] + " ")]
            if len(hits) != 1:  # a short form of the first name: the surname alone, if unique
                hits = [x for x in names if (" " + sur + " ") in (" " + x.upper() + " ")]
            if len(hits) != 1:
                raise LookupError(f"{path}: cannot match {first} {sur} in {names}")
            return hits[0]
        stages = {}
        elected = []
        try:
            rows = [(blt_name(row), row) for row in res["countGroup"]]
        except LookupError as e:
            print("skipped:", e); continue
        for name, row in rows:
            stages.setdefault(int(row["Count_Number"]), {})[name] = row["Total_Votes"]
            if row["Status"] == "Elected" and name not in [e[2] for e in elected]:
                elected.append((int(row["Occurred_On_Count"]), 0, name))
        # Within one stage the higher total is deemed elected first; equal totals by the most recent
        # earlier stage at which they differed (as rule 49(2) orders their surpluses).
        elected.sort(key=lambda e: (e[0], [-float(stages[k][e[2]]) for k in range(e[0], 0, -1)]))
        case = f"{prefix}_2017_ward{m.group(1)}"
        d = os.path.join(out, case)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "ballots.blt"), "w") as f:
            f.write(blt)
        expected = {"method": "stv-scottish", "seats": int(c["countInfo"]["Number_Of_Seats"]),
                    "validPoll": c["countInfo"]["Valid_Poll"], "quota": str(c["countInfo"]["Quota"]),
                    "winners": [e[2] for e in elected],
                    "stages": [stages[k] for k in sorted(stages)]}
        case_errata = ERRATA.get(f"{prefix}_2017_ward{m.group(1)}", [])
        for e in case_errata:
            if "field" in e:
                assert str(expected[e["field"]]) == e["published"], e
                expected[e["field"]] = e["corrected"]
            else:
                stage = expected["stages"][e["stage"] - 1]
                assert stage[e["candidate"]] == e["published"], e
                stage[e["candidate"]] = e["corrected"]
        if case_errata:
            expected["errata"] = case_errata
        with open(os.path.join(d, "expected.json"), "w") as f:
            json.dump(expected, f, indent=1)
        with open(os.path.join(d, "SOURCE.md"), "w") as f:
            f.write(f"# {ward_name} ({council}), Scottish council election 4 May 2017\n\n"
                    f"Counted under the Scottish Local Government Elections Order 2007 (SSI 2007/42) as amended.\n\n"
                    f"- ballots.blt: github.com/mggg/scot-elex `{path}` at {head(scot)} (David McCune's .blt of the council's published preference profile)\n"
                    f"- expected.json: github.com/gerrymulvenna/council17 `2017/SCO/{council}/{c['Directory']}/ResultsJson.json` at {head(c17)} "
                    f"(the council's published stage totals, as data; winners in the stage each reached the quota, highest first)\n"
                    + "".join(f"- erratum: {e.get('field') or 'stage ' + str(e['stage']) + ' ' + e['candidate']} published {e['published']}, corrected to {e['corrected']}: {e['why']}\n" for e in case_errata))
        print(case, ward_name, len(stages), "stages")
