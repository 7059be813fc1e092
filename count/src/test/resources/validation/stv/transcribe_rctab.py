#!/usr/bin/env python3
"""Transcribes RCTab (BrightSpots/rcv) multi-winner test cases into golden folders (run by hand).

Ballots: the case's CDF cast vote records, as .blt lines ('-' a skipped rank, 'a=b' an overvote: our
test reader's extension). Expected: the case's expected_detailed_report.csv (rounds, threshold,
winners, inactive ballots, residual surplus) and config.json (rules).
Usage: transcribe_rctab.py RCV_GIT OUT_DIR CASE...
"""
import csv, io, json, os, subprocess, sys

def git_show(repo, path):
    return subprocess.run(["git", "--git-dir", repo, "show", "HEAD:" + path], capture_output=True, text=True, check=True).stdout

repo, out = sys.argv[1], sys.argv[2]
commit = subprocess.run(["git", "--git-dir", repo, "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
base = "src/test/resources/network/brightspots/rcv/test_data/"
def cdf_to_blt(cdf, names, rules, case):
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
    return f"{len(names)} {rules['numberOfWinners']}\n" + "\n".join(lines) + "\n0\n" + "".join(f'"{n}"\n' for n in names) + f'"{case}"\n'

for case in sys.argv[3:]:
    config = json.loads(git_show(repo, f"{base}{case}/{case}_config.json"))
    names = [c["name"] for c in config["candidates"]]
    d = os.path.join(out, "rctab_" + case)
    hand = os.path.exists(os.path.join(d, "ballots.blt")) and not config["cvrFileSources"][0]["filePath"].endswith(".json")
    rules = config["rules"]
    if hand:  # an .xlsx source, transcribed by hand into ballots.blt already
        blt = open(os.path.join(d, "ballots.blt")).read()
    else:
        blt = cdf_to_blt(json.loads(git_show(repo, f"{base}{case}/{case}_cvr.json")), names, rules, case)
    report = list(csv.reader(io.StringIO(git_show(repo, f"{base}{case}/{case}_expected_detailed_report.csv"))))
    header = next(r for r in report if r and r[0] == "Rounds")
    nrounds = sum(1 for h in header if h.endswith(" Votes"))
    row = {r[0]: r for r in report if r}
    rounds = []
    for k in range(nrounds):
        col = 1 + 3 * k
        rounds.append({"tally": {n: row[n][col] for n in names},
                       "exhausted": row["Inactive Ballots Total"][col],
                       "residualSurplus": row["Residual surplus"][col]})
    winners = []
    for k in range(nrounds):
        cell = row["Elected"][1 + 3 * k]
        winners += [w.strip().rstrip("*") for w in cell.split(";") if w.strip()]
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
    d = os.path.join(out, "rctab_" + case)
    os.makedirs(d, exist_ok=True)
    open(os.path.join(d, "ballots.blt"), "w").write(blt)
    json.dump(expected, open(os.path.join(d, "expected.json"), "w"), indent=1)
    open(os.path.join(d, "SOURCE.md"), "w").write(
        f"# RCTab test case {case}\n\nFrom github.com/BrightSpots/rcv at {commit}, `{base}{case}/`:\n"
        "- ballots.blt: `" + config["cvrFileSources"][0]["filePath"] + "`, one line per record"
        + (" (grouped by hand from the spreadsheet: 3 x A B C, 3 x B C D, 3 x C D, the trailing undervote dropped)" if hand else "")
        + "; '-' is a skipped rank, 'a=b' an overvote\n"
        f"- expected.json: `{case}_expected_detailed_report.csv` (RCTab's own output: tallies per round, inactive ballots, residual surplus, winners, threshold) and `{case}_config.json` (rules, mapped to our flags)\n")
    print(case, nrounds, "rounds", winners)
