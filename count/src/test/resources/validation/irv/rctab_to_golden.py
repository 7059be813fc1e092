"""Transcribes RCTab test cases (config + ES&S xlsx or CDF JSON CVR + expected detailed report) into
Scrutineer golden folders (ballots.csv, rules.json, expected.json, SOURCE.md), one per case.

Usage: python3 rctab_to_golden.py OUT_DIR, with RCTab's repository at REPO (the commit SOURCE.md
names). Only the Python standard library; the xlsx reader is the small one below. Kept beside the
folders so anyone can redo the transcription and diff it."""
# --- a minimal xlsx reader (shared strings, inline strings, numbers) ---
import zipfile, re, sys
import xml.etree.ElementTree as ET
NS = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}
def col_index(ref):
    letters = re.match(r'[A-Z]+', ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n  # 1-based
def read_rows(path):
    z = zipfile.ZipFile(path)
    shared = []
    if 'xl/sharedStrings.xml' in z.namelist():
        root = ET.fromstring(z.read('xl/sharedStrings.xml'))
        for si in root.findall('m:si', NS):
            shared.append(''.join(t.text or '' for t in si.iter('{%s}t' % NS['m'])))
    sheets = sorted(n for n in z.namelist() if n.startswith('xl/worksheets/sheet'))
    root = ET.fromstring(z.read(sheets[0]))
    rows = []
    for row in root.iter('{%s}row' % NS['m']):
        cells = {}
        for c in row.findall('m:c', NS):
            t = c.get('t')
            v = c.find('m:v', NS)
            if t == 's':
                val = shared[int(v.text)]
            elif t == 'inlineStr':
                val = ''.join(x.text or '' for x in c.iter('{%s}t' % NS['m']))
            else:
                val = v.text if v is not None else ''
            cells[col_index(c.get('r'))] = val if val is not None else ''
        rows.append((int(row.get('r')), cells))
    return rows
if False:
    for r, cells in read_rows(sys.argv[1])[:int(sys.argv[2]) if len(sys.argv) > 2 else 8]:
        print(r, cells)

# --- the transcription ---

import json, subprocess, sys, os, collections
REPO = '/work/.mirror/BrightSpots+rcv/repo'
T = 'src/test/resources/network/brightspots/rcv/test_data'
COMMIT = subprocess.check_output(['git', '-C', REPO, 'rev-parse', 'HEAD'], text=True).strip()
REV = {'commit': COMMIT}
def show(path):
    return subprocess.check_output(['git', '-C', REPO, 'show', REV['commit'] + ':' + path])

def ms_limit(rules):
    ms = rules['maxSkippedRanksAllowed']
    return None if ms in ('unlimited', '') else int(ms)

def reachable(ranks, limit, write_in_is_mark):
    # The marks a ballot's walk can reach under the skipped-rank limit (RCTab: an undeclared
    # write-in is a mark that never continues).
    out, run = [], 0
    for i, r in enumerate(ranks):
        if r == ['<UWI>'] and write_in_is_mark:
            run = 0
        elif not r or r == ['<UWI>']:
            run += 1
            if limit is not None and run > limit:
                return out
        else:
            run = 0
            out.append(id(r))
    return out

def without_write_ins(ranks, limit, problems, rnum):
    want = reachable(ranks, limit, True)
    blanked = [[] if r == ['<UWI>'] else r for r in ranks]
    if reachable([r if r != [] or ranks[i] != ['<UWI>'] else ['<UWI>'] for i, r in enumerate(blanked)], limit, False) == want:
        return blanked
    deleted = [r for r in ranks if r != ['<UWI>']]
    if reachable(deleted, limit, False) == want:
        return deleted
    problems.append(f'row {rnum}: no transcription of the write-in marks keeps the skipped-rank outcome')
    return blanked

def convert(case, out_root, xlsx, reports, why, use_precinct=False, section_reports=None):
    uwi = None
    shift = 0
    uwi_zero = []
    cfg = json.loads(show(f'{T}/{case}/{case}_config.json'))
    rules = cfg['rules']
    src = cfg['cvrFileSources'][0]
    names = [c['name'] for c in cfg['candidates'] if not c.get('excluded')]
    alias = {}
    for c in cfg['candidates']:
        alias[c['name'].strip()] = c['name']
        for a in c.get('aliases', []):
            alias[a.strip()] = c['name']
    over = (src.get('overvoteLabel') or '').strip()
    uwi = (src.get('undeclaredWriteInLabel') or '').strip() or None
    under = (src.get('skippedRankLabel') or '').strip()
    delim = src.get('overvoteDelimiter') or ''
    if src['provider'] == 'cdf':
        col0, row0, delim = 2, 2, '|'
        rows = cdf_rows(case, cfg)
        rows[0] = (1, {1 + r: f'r{r}' for r in range(1, 1 + int(rules['maxRankingsAllowed']))})
    else:
        col0 = int(src['firstVoteColumnIndex'])
        row0 = int(src['firstVoteRowIndex'])
        rows = read_rows(xlsx)
    pcol = int(src['precinctColumnIndex']) if use_precinct and src.get('precinctColumnIndex') else None
    maxr = rules['maxRankingsAllowed']
    ncols = max(max(c.keys()) for _, c in rows if c)
    header = [r for r in rows if r[0] == 1][0][1]
    nranks = sum(1 for k in range(col0, ncols + 1) if (header.get(k) or '').strip())
    if maxr not in ('max', '') and int(maxr) < nranks:
        nranks = int(maxr)
    problems = []
    lines = collections.OrderedDict()
    for rnum, cells in rows:
        if rnum < row0:
            continue
        ranks = []
        for k in range(col0, col0 + nranks):
            v = (cells.get(k) or '').strip()
            if v == '' or v == under:
                ranks.append([])
            elif uwi and v == uwi:
                ranks.append(['<UWI>'])
                shift = 1
            elif v == over:
                ranks.append(['<OVERVOTE>'])
            else:
                parts = [p.strip() for p in v.split(delim)] if delim else [v]
                marks = []
                for p in parts:
                    if p not in alias:
                        problems.append(f'row {rnum}: unknown candidate {p!r}')
                        continue
                    marks.append(alias[p])
                ranks.append(marks)
        if any(r == ['<UWI>'] for r in ranks):
            ranks = without_write_ins(ranks, ms_limit(rules), problems, rnum)
        # An explicit overvote label names no candidates; stand two in for it that this ballot
        # ranks nowhere else, so the duplicate rule never sees them.
        on_ballot = {m for r in ranks for m in r}
        spare = [n for n in names if n not in on_ballot]
        for r in ranks:
            if r == ['<OVERVOTE>']:
                if len(spare) < 2:
                    problems.append(f'row {rnum}: overvote label but fewer than two unranked candidates')
                r[:] = spare[:2]
        while ranks and not ranks[-1]:
            ranks.pop()
        sec = (cells.get(pcol) or '').strip() if pcol else ''
        if pcol and section_reports and len(section_reports) < 3 and sec not in section_reports:
            # Only these precincts have an RCTab report to compare; the rest share one section, which
            # keeps the file small (a section per precinct would be 30,000 rows).
            sec = 'OTHER PRECINCTS'
        key = (sec, tuple(tuple(r) for r in ranks))
        lines[key] = lines.get(key, 0) + 1
    if problems:
        print(case, 'PROBLEMS', problems[:5], len(problems))
    width = max((len(k[1]) for k in lines), default=1)
    width = max(width, 1)
    def cell(marks):
        s = '|'.join(marks)
        return '"' + s.replace('"', '""') + '"' if (',' in s or '"' in s) else s
    out = os.path.join(out_root, case)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, 'ballots.csv'), 'w') as f:
        f.write(('section,' if pcol else '') + 'count,' + ','.join(f'r{i+1}' for i in range(width)) + '\n')
        for (sec, ranks), n in lines.items():
            cells = [cell(list(r)) for r in ranks] + [''] * (width - len(ranks))
            f.write((cell([sec]) + ',' if pcol else '') + str(n) + ',' + ','.join(cells) + '\n')
    mode = rules['winnerElectionMode']
    method = {'singleWinnerMajority': 'irv', 'multiPassIrv': 'sequential-irv', 'bottomsUp': 'bottoms-up'}[mode]
    ov = {'exhaustImmediately': 'exhaust', 'alwaysSkipToNextRank': 'skip',
          'exhaustIfMultipleContinuing': 'exhaust-if-multiple-continuing'}[rules['overvoteRule']]
    tb = rules['tiebreakMode']
    tiebreak = {'useCandidateOrder': 'candidate-order', 'previousRoundCountsThenRandom': 'previous-round-then-random:' + (rules.get('randomSeed') or '0'),
                'random': 'random:' + (rules.get('randomSeed') or '0')}[tb]
    ms = rules['maxSkippedRanksAllowed']
    rj = collections.OrderedDict()
    rj['method'] = method
    rj['seats'] = int(rules['numberOfWinners'])
    rj['overvote'] = ov
    rj['max-skipped-ranks'] = 'unlimited' if ms in ('unlimited', '') else int(ms)
    rj['duplicate'] = 'exhaust' if rules.get('exhaustOnDuplicateCandidate') else 'skip'
    rj['tiebreak'] = tiebreak
    rj['batch-elimination'] = bool(rules['batchElimination'])
    rj['continue-until-two'] = bool(rules.get('continueUntilTwoCandidatesRemain', False))
    mv = rules.get('minimumVoteThreshold') or '0'
    rj['minimum-votes'] = mv
    rj['threshold'] = 'droop-fractional' if rules.get('nonIntegerWinningThreshold') else ('hare' if rules.get('hareQuota') else 'droop')
    rj['decimal-places'] = int(rules['decimalPlacesForVoteArithmetic'])
    rj['candidates'] = names
    with open(os.path.join(out, 'rules.json'), 'w') as f:
        json.dump(rj, f, indent=2, ensure_ascii=False)
        f.write('\n')
    exp_rounds = []
    winners = []
    offset = 0
    for rep in reports:
        data = json.loads(show(f'{T}/{case}/{rep}'))
        undervotes = int(data['summary'].get('undervotes', 0))
        results = data['results']
        if shift:
            first = results[0]['tallyResults']
            assert [t.get('eliminated') for t in first] == ['Undeclared Write-ins'], first
            results = results[1:]
        else:
            # RCTab lists an undeclared write-ins pseudo-candidate even when no ballot has one; with
            # 0 votes it is eliminated (or batch-eliminated) in round 1 without moving a vote.
            for r in results:
                if r['tally'].get('Undeclared Write-ins') == '0':
                    del r['tally']['Undeclared Write-ins']
                    r['tallyResults'] = [t for t in r['tallyResults'] if t.get('eliminated') != 'Undeclared Write-ins']
                    uwi_zero.append(r['round'])
        for r in results:
            inactive = r['inactiveBallots']
            exhausted = sum(__import__('decimal').Decimal(v) for v in inactive.values()) + undervotes
            elected, eliminated, transfers = [], [], {}
            for tr in r['tallyResults']:
                if 'elected' in tr:
                    elected.append(tr['elected'])
                if 'eliminated' in tr:
                    eliminated.append(tr['eliminated'])
                    transfers[tr['eliminated']] = tr.get('transfers', {})
            winners += elected
            exp_rounds.append(collections.OrderedDict([('round', r['round'] - shift + offset), ('tally', r['tally']),
                ('exhausted', str(exhausted)), ('threshold', r.get('threshold')), ('elected', elected),
                ('eliminated', eliminated), ('transfers', transfers)]))
        offset += len(results)
    exp = collections.OrderedDict([('winners', winners), ('rounds', exp_rounds)])
    if section_reports:
        exp['sections'] = collections.OrderedDict()
        for sec, rep in section_reports.items():
            data = json.loads(show(f'{T}/{case}/{rep}'))
            results = data['results'][shift:]
            sec_undervotes = int(data['summary'].get('undervotes', 0))
            exp['sections'][sec] = [collections.OrderedDict([('round', r['round'] - shift),
                ('tally', {k: v for k, v in r['tally'].items() if k != 'Undeclared Write-ins'}),
                ('exhausted', str(sum(__import__('decimal').Decimal(v) for v in r['inactiveBallots'].values()) + sec_undervotes))])
                for r in results]
    with open(os.path.join(out, 'expected.json'), 'w') as f:
        json.dump(exp, f, indent=2, ensure_ascii=False)
        f.write('\n')
    with open(os.path.join(out, 'SOURCE.md'), 'w') as f:
        f.write(f'# {case}\n\n{why}\n\n')
        f.write(f'Transcribed from RCTab (https://github.com/BrightSpots/rcv), commit `{REV["commit"]}`:\n\n')
        f.write(f'- rules: `{T}/{case}/{case}_config.json`\n')
        f.write(f'- ballots: `{src["filePath"]}` (relative to that folder; {"NIST common data format JSON" if src["provider"] == "cdf" else "ES&S spreadsheet"}), '
                f'{sum(lines.values())} ballots, {len(lines)} distinct rows here (`count` = ballots with those marks)\n')
        for rep in reports:
            f.write(f'- expected: `{T}/{case}/{rep}` (RCTab\'s own result)\n')
        f.write('\nTranscription: each rank column becomes r1..rN (up to RCTab\'s maxRankingsAllowed); '
                f'the skipped-rank label {under!r} and empty cells become empty cells; ')
        if over:
            f.write(f'the overvote label {over!r} becomes two candidates this ballot ranks nowhere else, joined by `|`; ')
        if delim:
            f.write(f'cells holding several candidates joined by {delim!r} stay `A|B`; ')
        if pcol and section_reports and len(section_reports) < 3:
            f.write(f'the precinct column becomes `section` for the precincts RCTab reports ({", ".join(section_reports)}), every other precinct the one section `OTHER PRECINCTS`; ')
        elif pcol:
            f.write('the precinct column becomes `section`; ')
        f.write('trailing empty ranks are dropped and identical ballots merged into one row with a count. '
                'expected.json keeps RCTab\'s per-round tallies, threshold, elected, eliminated and transfers; '
                '`exhausted` is the sum of RCTab\'s inactiveBallots plus its undervotes (ballots ranking no one).')
        if uwi_zero:
            f.write(f' RCTab lists an "Undeclared Write-ins" pseudo-candidate although no ballot has one; with 0 votes it leaves in round {uwi_zero[-1]} without moving a vote, and is left out of expected.json (Scrutineer has no such candidate).')
        if shift:
            f.write(f' RCTab eliminates undeclared write-ins (the label {uwi!r}) alone in the first round of every pass, before any other rule; Scrutineer has no such rule, so those marks are transcribed as empty cells and RCTab\'s first round of each pass is left out of expected.json (its second round is our first: the same ballots, with the write-in marks passed over). Where blanking a write-in would make the skipped-rank limit exhaust a ballot RCTab counts on (two write-ins, then a candidate), the write-in marks are deleted instead and the later ranks move up; the converter checked, ballot by ballot, that the marks the skipped-rank limit lets a ballot reach are the same as in RCTab.')
        if section_reports:
            for sec, rep in section_reports.items():
                f.write(f' expected.json\'s `sections` holds RCTab\'s per-precinct report `{T}/{case}/{rep}` for section {sec!r}, with the same first round left out and its undervotes added to exhausted.')
        if len(reports) > 1:
            f.write(' RCTab writes one report per pass of sequential IRV, each numbered from round 1; here the passes\' rounds are numbered on consecutively, as Scrutineer reports them.')
        f.write('\n')
    print(case, method, sum(lines.values()), 'ballots', len(lines), 'rows', 'winners', winners)

def cdf_rows(case, cfg):
    """Rows like read_rows' from a CDF JSON CVR: column 1 + rank holds the candidates at that rank."""
    src = cfg['cvrFileSources'][0]
    d = json.loads(show(f'{T}/{case}/{src["filePath"]}'))
    cand = {c['@id']: c['Name'] for c in d['Election'][0]['Candidate']}
    sel = {}
    for contest in d['Election'][0]['Contest']:
        for cs in contest['ContestSelection']:
            sel[cs['@id']] = cand[cs['CandidateIds'][0]] if cs.get('CandidateIds') else cs['@id']
    rows = [(1, {})]
    for i, cvr in enumerate(d['CVR']):
        snaps = cvr['CVRSnapshot']
        snap = next((s for s in snaps if s['@id'] == cvr.get('CurrentSnapshotId')), snaps[0])
        byrank = collections.defaultdict(list)
        for contest in snap['CVRContest']:
            for cs in contest.get('CVRContestSelection', []):
                for pos in cs['SelectionPosition']:
                    if pos.get('HasIndication', 'yes') == 'yes':
                        byrank[int(pos['Rank'])].append(sel[cs['ContestSelectionId']])
        rows.append((i + 2, {1 + r: '|'.join(v) for r, v in byrank.items()}))
    return rows

if __name__ == '__main__':
    out = sys.argv[1]
    R = '/tmp/irv-conv/raw/'
    REV['commit'] = subprocess.check_output(['git', '-C', REPO, 'rev-parse', 'cd45b39f^'], text=True).strip()
    for name in ['minimum_threshold_test']:
        subprocess.run(f"git -C {REPO} show {REV['commit']}:{T}/{name}/{name}_cvr.xlsx > {R}{name}.xlsx", shell=True, check=True)
    convert('minimum_threshold_test', out, R + 'minimum_threshold_test.xlsx', ['minimum_threshold_test_expected_detailed_report.json'],
            'Minimum vote threshold: every candidate under 3 votes is eliminated together (RCTab 1.x "minimum vote threshold", removed from RCTab in #957, so taken from the commit before).')
    REV['commit'] = COMMIT
    for name in ['tiebreak_previous_round_counts_then_random_test']:
        subprocess.run(f"git -C {REPO} show {COMMIT}:{T}/{name}/{name}_cvr.xlsx > {R}{name}.xlsx", shell=True, check=True)
    subprocess.run(f"git -C {REPO} show {COMMIT}:{T}/_shared/simple_ess_cvr.xlsx > {R}simple_ess.xlsx", shell=True, check=True)
    convert('tiebreak_previous_round_counts_then_random_test', out, R + 'tiebreak_previous_round_counts_then_random_test.xlsx',
            ['tiebreak_previous_round_counts_then_random_test_expected_detailed_report.json'],
            'Ties for last place broken by the previous round\'s counts.')
    convert('tiebreak_use_permutation_in_config_test', out, R + 'simple_ess.xlsx',
            ['tiebreak_use_permutation_in_config_test_expected_detailed_report.json'],
            'Ties broken by the official candidate order: the candidate latest in it is eliminated.')
    convert('precinct_example', out, R + 'precinct_example.xlsx', ['precinct_example_expected_detailed_report.json'],
            'Ballots from the 2017 Minneapolis mayoral election (a sample), tabulated by precinct: the precinct column is our section.',
            use_precinct=True,
            section_reports={'MINNEAPOLIS W-1 P-02': 'Tabulate by Precinct/precinct_example_expected_MINNEAPOLIS_W-1_P-02_precinct_detailed_report.json'})
    convert('2017_minneapolis_mayor', out, R + '2017_minneapolis_mayor.xlsx', ['2017_minneapolis_mayor_expected_detailed_report.json'],
            'A real election: the 2017 Minneapolis mayoral ballots, by precinct (our sections); two precincts\' round tables as RCTab reports them.',
            use_precinct=True,
            section_reports={f'MINNEAPOLIS {p}': f'Tabulate by Precinct/2017_minneapolis_mayor_expected_MINNEAPOLIS_{p.replace(" ", "_")}_precinct_detailed_report.json'
                             for p in ('W-13 P-13', 'W-1 P-01')})
    for name, why in [('test_set_0_skipped_first_choice', 'A skipped first choice: the ballot counts for its second (one skipped rank allowed).'),
                      ('test_set_1_exhaust_at_overvote', 'Overvotes exhaust the ballot (RCTab "exhaust immediately").'),
                      ('test_set_2_overvote_skip_to_next', 'Overvotes are passed over (RCTab "always skip to next rank").'),
                      ('test_set_3_skipped_choice_exhaust', 'No skipped rank allowed: a ballot exhausts at its first gap.'),
                      ('test_set_4_skipped_choice_next', 'Skipped ranks are passed over.'),
                      ('test_set_5_two_skipped_choice_exhaust', 'One skipped rank allowed: two in a row exhaust the ballot.'),
                      ('test_set_6_duplicate_exhaust', 'A repeated candidate exhausts the ballot.'),
                      ('test_set_7_duplicate_skip_to_next', 'A repeated candidate is passed over.')]:
        convert(name, out, None, [f'{name}_expected_detailed_report.json'], why)
    R = '/tmp/irv-conv/raw/'
    convert('exhaust_if_multiple_continuing', out, R + 'exhaust_if_multiple_continuing.xlsx', ['exhaust_if_multiple_continuing_expected_detailed_report.json'],
            'Overvote rule "exhaust if multiple continuing" (Portland, Oregon): A|D overvotes count for the one still continuing.')
    convert('duplicate_test', out, R + 'duplicate_test.xlsx', ['duplicate_test_expected_detailed_report.json'],
            'Repeated candidate exhausts the ballot (RCTab exhaustOnDuplicateCandidate).')
    convert('skip_to_next_test', out, R + 'skip_to_next_test.xlsx', ['skip_to_next_test_expected_detailed_report.json'],
            'Overvotes skip to the next rank; at most one skipped rank in a row.')
    convert('batch_example', out, R + 'batch_example.xlsx', ['batch_example_expected_detailed_report.json'],
            'Batch elimination of every candidate who cannot overtake the next-lowest.')
    convert('continue_until_two_with_batch_elimination_test', out, R + 'continue_until_two_with_batch_elimination_test.xlsx',
            ['continue_until_two_with_batch_elimination_test_expected_detailed_report.json'],
            'Continue until two candidates remain, with batch elimination: eliminations go on after the winner is found.')
    convert('2015_portland_mayor', out, R + '2015_portland_mayor.xlsx', ['2015_portland_mayor_expected_detailed_report.json'],
            'A real election: ballots from the 2015 mayoral election of Portland, Maine (the sample RCTab ships), 15 ranks, batch elimination, overvotes exhaust.', use_precinct=True)
    convert('2013_minneapolis_park_sequential', out, R + '2013_minneapolis_park.xlsx',
            [f'2013_minneapolis_park_sequential_{i}_expected_detailed_report.json' for i in (1, 2, 3)],
            'A real election: the 2013 Minneapolis Park Board at-large ballots, counted as sequential (multi-pass) IRV for 3 seats.')
    convert('2013_minneapolis_park_bottoms_up', out, R + '2013_minneapolis_park.xlsx', ['2013_minneapolis_park_bottoms_up_expected_detailed_report.json'],
            'A real election: the 2013 Minneapolis Park Board at-large ballots, counted bottoms-up for 3 seats.')
    convert('sequential_with_batch', out, R + 'simple_sequential.xlsx',
            [f'sequential_with_batch_{i}_expected_detailed_report.json' for i in (1, 2, 3)],
            'Sequential IRV for 3 seats with batch elimination in each pass.')
    convert('2013_minneapolis_mayor', out, R + '2013_minneapolis_mayor.xlsx', ['2013_minneapolis_mayor_expected_detailed_report.json'],
            'A real election: the 2013 Minneapolis mayoral ballots (35 candidates, 3 ranks), batch elimination, overvotes exhaust.')
