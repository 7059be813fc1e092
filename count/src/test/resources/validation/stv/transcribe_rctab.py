#!/usr/bin/env python3
"""Transcribes RCTab (BrightSpots/rcv) multi-winner test cases into golden folders (run by hand).

Ballots: the case's cast vote records (CDF .json or ES&S .xlsx) as .blt lines: '-' a skipped rank,
'a=b' an overvote, '@x' the record's precinct (our test reader's extensions). Expected: the case's
expected_detailed_report.csv (rounds, threshold, winners, inactive ballots, residual surplus), its
per-precinct reports under "Tabulate by Precinct/" if any, and config.json (rules).
Usage: transcribe_rctab.py RCV_GIT OUT_DIR CASE...
"""
import csv, io, json, os, subprocess, sys
import xml.etree.ElementTree as ET
import zipfile

def git_show(repo, path, text=True):
    return subprocess.run(["git", "--git-dir", repo, "show", "HEAD:" + path], capture_output=True, text=text, check=True).stdout

def blt(names, seats, lines, title):
    return f"{len(names)} {seats}\n" + "\n".join(lines) + "\n0\n" + "".join(f'"{n}"\n' for n in names) + f'"{title}"\n'

def cdf_lines(cdf, names):
    election = cdf["Election"][0]
    cand_name = {c["@id"]: c["Name"] for c in election["Candidate"]}
    sel = {s["@id"]: cand_name[s["CandidateIds"][0]] for s in election["Contest"][0]["ContestSelection"]}
    lines = []
    for cvr in cdf["CVR"]:
        by_rank = {}
        for contest in cvr["CVRSnapshot"][0]["CVRContest"]:
            for s in contest.get("CVRContestSelection", []):
                for pos in s["SelectionPosition"]:
                    by_rank.setdefault(int(pos["Rank"]), []).append(names.index(sel[s["ContestSelectionId"]]) + 1)
        top = max(by_rank) if by_rank else 0
        marks = ["=".join(map(str, by_rank[r])) if r in by_rank else "-" for r in range(1, top + 1)]
        lines.append(" ".join(["1"] + marks + ["0"]))
    return lines

def xlsx_rows(data):
    """The first sheet of an .xlsx (a zip of XML), one {column letter: text} per row."""
    z = zipfile.ZipFile(io.BytesIO(data))
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    strings = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", ns):
            strings.append("".join(t.text or "" for t in si.iter("{%s}t" % ns["m"])))
    rows = []
    for row in ET.fromstring(z.read("xl/worksheets/sheet1.xml")).iter("{%s}row" % ns["m"]):
        cells = {}
        for c in row.findall("m:c", ns):
            v = c.find("m:v", ns)
            col = "".join(ch for ch in c.get("r") if ch.isalpha())
            cells[col] = (strings[int(v.text)] if c.get("t") == "s" else v.text) if v is not None else ""
        rows.append(cells)
    return rows

def column(index):
    return chr(ord("A") + int(index) - 1)

def xlsx_lines(data, names, source, case):
    rows = xlsx_rows(data)[int(source["firstVoteRowIndex"]) - 1:]
    first = ord(column(source["firstVoteColumnIndex"]))
    precinct = column(source["precinctColumnIndex"]) if source.get("precinctColumnIndex") else None
    lines = []
    for row in rows:
        marks, k = [], first
        while chr(k) in row:
            cell = row[chr(k)].strip()
            if cell in ("", source.get("skippedRankLabel")):
                marks.append("-")
            elif cell == source.get("overvoteLabel"):
                raise SystemExit(f"{case}: an overvote label, which this transcription does not handle")
            else:
                marks.append(str(names.index(cell) + 1))
            k += 1
        while marks and marks[-1] == "-":
            marks.pop()
        section = [f"@{row[precinct].strip()}"] if precinct else []
        lines.append(" ".join(["1"] + section + marks + ["0"]))
    return lines

def rounds_of(report, names):
    header = next(r for r in report if r and r[0] == "Rounds")
    nrounds = sum(1 for h in header if h.endswith(" Votes"))
    row = {r[0].rstrip("\u2020"): r for r in report if r}
    rounds = []
    for k in range(nrounds):
        col = 1 + 3 * k
        r = {"tally": {n: row[n][col] for n in names}, "exhausted": row["Inactive Ballots Total"][col]}
        if "Residual surplus" in row:
            r["residualSurplus"] = row["Residual surplus"][col]
        rounds.append(r)
    return rounds, row, nrounds

repo, out = sys.argv[1], sys.argv[2]
commit = subprocess.run(["git", "--git-dir", repo, "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
base = "src/test/resources/network/brightspots/rcv/test_data/"
for case in sys.argv[3:]:
    config = json.loads(git_show(repo, f"{base}{case}/{case}_config.json"))
    names = [c["name"] for c in config["candidates"]]
    source = config["cvrFileSources"][0]
    rules = config["rules"]
    if source["filePath"].endswith(".xlsx"):
        lines = xlsx_lines(git_show(repo, f"{base}{case}/{source['filePath']}", text=False), names, source, case)
    else:
        lines = cdf_lines(json.loads(git_show(repo, f"{base}{case}/{source['filePath']}")), names)
    report = list(csv.reader(io.StringIO(git_show(repo, f"{base}{case}/{case}_expected_detailed_report.csv"))))
    rounds, row, nrounds = rounds_of(report, names)
    winners = []
    for k in range(nrounds):
        winners += [w.strip().rstrip("*") for w in row["Elected"][1 + 3 * k].split(";") if w.strip()]
    threshold = next(r[1] for r in report if r and r[0] == "Final Threshold")
    mode = rules["winnerElectionMode"]
    expected = {"method": "stv", "seats": int(rules["numberOfWinners"]), "quota": threshold, "winners": winners,
                "rules": {"threshold": "droop-fractional" if rules.get("nonIntegerWinningThreshold") else ("hare" if rules.get("hareQuota") else "droop"),
                          "decimalPlaces": int(rules["decimalPlacesForVoteArithmetic"]),
                          "overvote": {"alwaysSkipToNextRank": "skip", "exhaustImmediately": "exhaust", "exhaustIfMultipleContinuing": "exhaust-if-multiple-continuing"}[rules["overvoteRule"]],
                          "maxSkippedRanks": rules["maxSkippedRanksAllowed"],
                          "duplicate": "exhaust" if rules.get("exhaustOnDuplicateCandidate") else "skip",
                          "tiebreak": {"useCandidateOrder": "candidate-order", "previousRoundCountsThenRandom": "previous-round-then-random:" + str(rules.get("randomSeed") or 0)}[rules["tiebreakMode"]],
                          "oneWinnerPerRound": mode == "multiWinnerAllowOnlyOneWinnerPerRound",
                          "batchElimination": bool(rules.get("batchElimination"))},
                "rounds": rounds}
    listing = subprocess.run(["git", "--git-dir", repo, "ls-tree", "-r", "--name-only", "HEAD", f"{base}{case}/"],
                             capture_output=True, text=True, check=True).stdout.splitlines()
    sections = {}
    for path in sorted(p for p in listing if p.endswith("_precinct_detailed_report.csv")):
        precinct = path.rsplit("_expected_", 1)[1].replace("_precinct_detailed_report.csv", "")
        sections[precinct] = rounds_of(list(csv.reader(io.StringIO(git_show(repo, path)))), names)[0]
    if sections:
        expected["sections"] = sections
    d = os.path.join(out, "rctab_" + case)
    os.makedirs(d, exist_ok=True)
    open(os.path.join(d, "ballots.blt"), "w").write(blt(names, rules["numberOfWinners"], lines, case))
    json.dump(expected, open(os.path.join(d, "expected.json"), "w"), indent=1)
    open(os.path.join(d, "SOURCE.md"), "w").write(
        f"# RCTab test case {case}\n\nFrom github.com/BrightSpots/rcv at {commit}, `{base}{case}/`:\n"
        f"- ballots.blt: `{source['filePath']}`, one line per record; '-' is a skipped rank, 'a=b' an overvote, '@x' the record's precinct (our test reader's extensions)\n"
        f"- expected.json: `{case}_expected_detailed_report.csv` (RCTab's own output: tallies per round, inactive ballots, residual surplus, winners, threshold), "
        f"the per-precinct reports under `Tabulate by Precinct/` where the case has them, and `{case}_config.json` (rules, mapped to our flags)\n")
    print(case, nrounds, "rounds", winners, list(sections))
