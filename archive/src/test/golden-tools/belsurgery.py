#!/usr/bin/env python3
"""Byte surgery on Belenios 2.0 archives (UUID.bel) for Scrutineer's golden reject fixtures.

Used only by make-golden.sh. Each sub-command reads a well-formed archive made by belenios-tool
and plants exactly one defect. Two ways out:

* "extract" commands write the edited archive as an extraction (BELENIOS + HASH.data.json +
  HASH.event.json files) into a directory; make-golden.sh then runs `belenios-tool archive make`
  on it, so the tool itself writes the canonical tar. Every entry whose bytes change is renamed
  to the SHA-256 hex of its new bytes and every later entry naming the old hash (event parent,
  event payload, sized_encrypted_tally / owned_* wrappers, setup_data) is rewritten in one
  forward pass, so the hash chain stays consistent and only the planted defect remains.
* "raw" commands (swap, truncate) write a tar themselves, because `archive make` would
  repair exactly the defect they plant.

JSON is edited as text, never re-serialised: hashes are over exact bytes (Belenios spec 2.0
§4.1). The crypto below (credential derivation, Schnorr signature, interval proofs) follows
Belenios spec 2.0 §4.8, §4.12, §4.14 and is self-checked against the tool's own ballots
(`check-ballots`) before it is trusted.
"""

import base64
import hashlib
import json
import os
import re
import secrets
import sys

# Belenios spec 2.0 §5.1 "BELENIOS-2048" and §5.2 "RFC-3526-2048".
GROUPS = {
    "BELENIOS-2048": dict(
        p=int(
            "20694785691422546401013643657505008064922989295751104097100884787057374219242"
            "717401922237254497684338129066633138078958404960054389636289796393038773905722"
            "803605973749427671376777618898589872735865049081167099310535867780980030790491"
            "654063777173764198678527273474476341835600035698305193144284561701911000786737"
            "307333564123971732897913240474578834468260652327974647951137672658693582180046"
            "317922073668860052627186363386088796882120769432366149491002923444346373222145"
            "884100586421050242120365433561201320481118852408731077014151666200162313177169"
            "372189248078507711827842317498073276598828825169183103125680162072880719"
        ),
        g=int(
            "24023526775018522092276877035323999327122876573783649165100753187876632741463"
            "532193202856761552696787996946682987493890950838965734256019006010684771644917"
            "354741372831046104586813145117816467554005274028898461398645326612150557970971"
            "620161682703128864324566638348636357821061549184199825343151897406581868686511"
            "513585764101388822153960160432288436039309893336627728484065931384060102316750"
            "957637779826651036068224066350766977640253462537730851331734951942489677540525"
            "736590494924776314759915751987751777114814909204566002054781270547282381409725"
            "18639858334115700568353695553423781475582491896050296680037745308460627"
        ),
        q=int("78571733251071885079927659812671450121821421258408794611510081919805623223441"),
    ),
    "RFC-3526-2048": dict(
        p=int(
            "32317006071311007300338913926423828248817941241140239112842009751400741706634"
            "354222619689417363569347117901737909704191754605873209195028853758986185622153"
            "212175412514901774520270235796078236248884246189477587641105928646099411723245"
            "426622522193230540919037680524235519125679715870117001058055877651038861847280"
            "257976054903569732561526167081339361799541336476559160368317896729073178384589"
            "680639671900977202194168647225871031411336429319536193471636533209717077448227"
            "988588565369208645296636077250268955505928362751121174096972998068410554359584"
            "866583291642136218231078990999448652468262416972035911852507045361090559"
        ),
        g=2,
        q=None,  # (p-1)/2, filled below
    ),
}
GROUPS["RFC-3526-2048"]["q"] = (GROUPS["RFC-3526-2048"]["p"] - 1) // 2
for _grp in GROUPS.values():
    assert pow(_grp["g"], _grp["q"], _grp["p"]) == 1

HEX64 = re.compile(rb"[0-9a-f]{64}")


def die(msg):
    sys.stderr.write("belsurgery: " + msg + "\n")
    sys.exit(2)


# ---------------------------------------------------------------- tar (old V7, as belenios-tool)

def read_bel(path):
    """Return (entries, mtime): entries = [[name, bytes]] in archive order."""
    raw = open(path, "rb").read()
    entries, off, mtime = [], 0, None
    while off + 512 <= len(raw):
        hdr = raw[off:off + 512]
        if hdr == b"\0" * 512:
            break
        name = hdr[:100].rstrip(b"\0").decode()
        size = int(hdr[124:136].strip(b"\0 "), 8)
        mtime = int(hdr[136:148].strip(b"\0 "), 8)
        data = raw[off + 512:off + 512 + size]
        if len(data) != size:
            die(f"{path}: entry {name} is truncated")
        entries.append([name, data])
        off += 512 + (size + 511) // 512 * 512
    if off != len(raw):
        die(f"{path}: {len(raw) - off} trailing bytes")
    return entries, mtime


def tar_header(name, size, mtime):
    h = bytearray(512)
    h[0:len(name)] = name.encode()
    h[100:108] = b"0000644\0"
    h[108:116] = b"0000000\0"
    h[116:124] = b"0000000\0"
    h[124:136] = b"%011o\0" % size
    h[136:148] = b"%011o\0" % mtime
    h[148:156] = b" " * 8
    h[156:157] = b"0"
    h[148:156] = b"%06o\0 " % sum(h)
    return bytes(h)


def write_bel(entries, mtime):
    out = bytearray()
    for name, data in entries:
        out += tar_header(name, len(data), mtime)
        out += data + b"\0" * ((-len(data)) % 512)
    return bytes(out)


def sha_hex(b):
    return hashlib.sha256(b).hexdigest()


def b64_hash(b):
    return base64.b64encode(hashlib.sha256(b).digest()).decode().rstrip("=")


def kind(name):
    return name.split(".", 1)[1] if "." in name else name


def events(entries):
    """[(index, event dict)] in archive order."""
    return [(i, json.loads(d)) for i, (n, d) in enumerate(entries) if n.endswith(".event.json")]


def entry_index(entries, hexhash):
    for i, (n, _) in enumerate(entries):
        if n.startswith(hexhash + "."):
            return i
    die("no entry " + hexhash)


def nth_event(entries, etype, n):
    """Index of the payload data entry of the n-th (1-based) event of type etype, and the event."""
    evs = [(i, e) for i, e in events(entries) if e["type"] == etype]
    if not 1 <= n <= len(evs):
        die(f"there is no {etype} event #{n} (found {len(evs)})")
    i, e = evs[n - 1]
    return entry_index(entries, e["payload"]), e


def replace_and_rechain(entries, index, new_data):
    """Put new_data at index; rename it and rewrite every later reference, in one forward pass."""
    entries = [list(e) for e in entries]
    renamed = {}
    entries[index][1] = new_data
    for i in range(index, len(entries)):
        name, data = entries[i]
        for old, new in renamed.items():
            data = data.replace(old.encode(), new.encode())
        old_hash, suffix = name.split(".", 1)
        new_hash = sha_hex(data)
        if new_hash != old_hash:
            renamed[old_hash] = new_hash
        entries[i] = [new_hash + "." + suffix, data]
    return entries


def write_extraction(entries, outdir):
    os.makedirs(outdir, exist_ok=True)
    for name, data in entries:
        with open(os.path.join(outdir, name), "wb") as f:
            f.write(data)


def setup_of(entries):
    """(election bytes, election dict, group dict, phi) of the archive."""
    _, setup = next((i, e) for i, e in events(entries) if e["type"] == "Setup")
    sd = json.loads(entries[entry_index(entries, setup["payload"])][1])
    eb = entries[entry_index(entries, sd["election"])][1]
    el = json.loads(eb)
    return eb, el, GROUPS[el["group"]], b64_hash(eb)


# ---------------------------------------------------------------- crypto (spec 2.0 §4.8–4.14)

def hq(s, grp):
    return int.from_bytes(hashlib.sha256(s.encode()).digest(), "big") % grp["q"]


def rand_q(grp):
    return secrets.randbelow(grp["q"])


def credential_secret(cred, uuid, grp):
    """Belenios spec 2.0 §4.8: PBKDF2-HMAC-SHA256(dashed credential, salt uuid, 1000, 32) mod q."""
    return int.from_bytes(hashlib.pbkdf2_hmac("sha256", cred.encode(), uuid.encode(), 1000, 32), "big") % grp["q"]


def load_privcreds(path, uuid, grp):
    """{public credential (decimal str): (voter id, dashed credential, secret)}."""
    out = {}
    for line in open(path):
        if not line.strip():
            continue
        vid, cred = line.rsplit(None, 1)
        s = credential_secret(cred, uuid, grp)
        out[str(pow(grp["g"], s, grp["p"]))] = (vid, cred, s)
    return out


def iprove(S, alpha, beta, r, i, Ms, y, grp, want_even=False):
    """Belenios spec 2.0 §4.12 iprove(S, r, i, M0..Mk) for (alpha, beta).

    want_even: retry until the real branch's challenge is even. Used for alpha outside the
    order-q subgroup (alpha = -g^r): the verifier's alpha^challenge then carries (-1)^challenge,
    which is 1 exactly when challenge is even, so the proof verifies although alpha is not in G.
    """
    p, g, q = grp["p"], grp["g"], grp["q"]
    while True:
        proofs, commits = [None] * len(Ms), [None] * len(Ms)
        for j, Mj in enumerate(Ms):
            if j == i:
                continue
            c, rsp = rand_q(grp), rand_q(grp)
            A = pow(g, rsp, p) * pow(alpha, c, p) % p
            B = pow(y, rsp, p) * pow(beta * pow(pow(g, Mj, p), -1, p) % p, c, p) % p
            proofs[j], commits[j] = (c, rsp), (A, B)
        w = rand_q(grp)
        commits[i] = (pow(g, w, p), pow(y, w, p))
        h = hq("prove|%s|%d,%d|%s" % (S, alpha, beta, ",".join("%d,%d" % ab for ab in commits)), grp)
        ci = (h - sum(pr[0] for k, pr in enumerate(proofs) if k != i)) % q
        if want_even and ci % 2:
            continue
        proofs[i] = (ci, (w - r * ci) % q)
        return proofs


def icheck(S, alpha, beta, proofs, Ms, y, grp):
    p, g = grp["p"], grp["g"]
    commits = []
    for (c, rsp), Mj in zip(proofs, Ms):
        A = pow(g, rsp, p) * pow(alpha, c, p) % p
        B = pow(y, rsp, p) * pow(beta * pow(pow(g, Mj, p), -1, p) % p, c, p) % p
        commits.append((A, B))
    h = hq("prove|%s|%d,%d|%s" % (S, alpha, beta, ",".join("%d,%d" % ab for ab in commits)), grp)
    return h == sum(c for c, _ in proofs) % grp["q"]


def proof_json(pr):
    return '{"challenge":"%d","response":"%d"}' % pr


def sign(ballot_wo_sig, s, grp):
    """Belenios spec 2.0 §4.14: hash = b64 SHA-256 of the ballot without its signature; Schnorr proof."""
    p, g, q = grp["p"], grp["g"], grp["q"]
    H = b64_hash(ballot_wo_sig)
    w = rand_q(grp)
    c = hq("sig|%s|%d" % (H, pow(g, w, p)), grp)
    return '{"hash":"%s","proof":%s}' % (H, proof_json((c, (w - s * c) % q)))


def split_signature(ballot):
    """(ballot bytes without the signature member, closing '}' included)."""
    k = ballot.rindex(b',"signature":')
    return ballot[:k] + b"}"


def check_signature(ballot, grp):
    b = json.loads(ballot)
    wo = split_signature(ballot)
    sig = b["signature"]
    if sig["hash"] != b64_hash(wo):
        return False
    p, g = grp["p"], grp["g"]
    c, r = int(sig["proof"]["challenge"]), int(sig["proof"]["response"])
    A = pow(g, r, p) * pow(int(b["credential"]), c, p) % p
    return hq("sig|%s|%d" % (sig["hash"], A), grp) == c


def check_ballot(ballot, election, phi, grp):
    """Re-check a homomorphic ballot's proofs (no subgroup checks): self-test of the code above."""
    b = json.loads(ballot)
    y = int(election["public_key"])
    S0 = "%s|%s" % (phi, b["credential"])
    ok = check_signature(ballot, grp)
    for qn, ans in zip(election["questions"], b["answers"]):
        if "blank" in qn and qn["blank"]:
            continue  # blank proofs (spec §4.13) are not needed by the fixtures
        cts = [(int(c["alpha"]), int(c["beta"])) for c in ans["choices"]]
        for (a, bt), pr in zip(cts, ans["individual_proofs"]):
            ok &= icheck(S0, a, bt, [(int(x["challenge"]), int(x["response"])) for x in pr], [0, 1], y, grp)
        S = S0 + "|" + ",".join("%d,%d" % ct for ct in cts)
        A = B = 1
        for a, bt in cts:
            A, B = A * a % grp["p"], B * bt % grp["p"]
        ok &= icheck(S, A, B, [(int(x["challenge"]), int(x["response"])) for x in ans["overall_proof"]],
                     list(range(qn["min"], qn["max"] + 1)), y, grp)
    return ok


def make_ballot(election, phi, grp, s, vote, outside=None, order_two_credential=False):
    """A homomorphic, blank-free ballot (spec §4.11.1, §4.15) for vote = [[0/1…]…].

    outside = (question, choice): that choice is encrypted with r = 0 and alpha = p-1, an element
    of order 2, not in the order-q subgroup; every proof and the signature are still valid.
    order_two_credential: the ballot's credential is p-1 (order 2, not in the subgroup) and its
    signature is forged: with an even challenge, (p-1)^challenge = 1, so A = g^response.
    """
    p, g, q = grp["p"], grp["g"], grp["q"]
    y = int(election["public_key"])
    cred = p - 1 if order_two_credential else pow(g, s, p)
    S0 = "%s|%d" % (phi, cred)
    answers = []
    for qi, (qn, ms) in enumerate(zip(election["questions"], vote)):
        if qn.get("blank") or "answers" not in qn or len(ms) != len(qn["answers"]):
            die("make_ballot handles homomorphic questions without blank only")
        cts, rs = [], []
        for ci, m in enumerate(ms):
            if outside == (qi, ci):
                r, a, bt = 0, p - 1, pow(g, m, p)
            else:
                r = rand_q(grp)
                a, bt = pow(g, r, p), pow(y, r, p) * pow(g, m, p) % p
            cts.append((a, bt))
            rs.append(r)
        odd = outside is not None and outside[0] == qi
        ind = [iprove(S0, a, bt, r, m, [0, 1], y, grp, want_even=odd and outside[1] == ci)
               for ci, ((a, bt), r, m) in enumerate(zip(cts, rs, ms))]
        S = S0 + "|" + ",".join("%d,%d" % ct for ct in cts)
        A = B = 1
        for a, bt in cts:
            A, B = A * a % p, B * bt % p
        Ms = list(range(qn["min"], qn["max"] + 1))
        ov = iprove(S, A, B, sum(rs) % q, sum(ms) - qn["min"], Ms, y, grp, want_even=odd)
        answers.append(
            '{"choices":[%s],"individual_proofs":[%s],"overall_proof":[%s]}' % (
                ",".join('{"alpha":"%d","beta":"%d"}' % ct for ct in cts),
                ",".join("[%s]" % ",".join(proof_json(x) for x in pr) for pr in ind),
                ",".join(proof_json(x) for x in ov)))
    wo = ('{"election_uuid":"%s","election_hash":"%s","credential":"%d","answers":[%s]}' % (
        election["uuid"], phi, cred, ",".join(answers))).encode()
    signature = sign_with_order_two_credential(wo, grp) if order_two_credential else sign(wo, s, grp)
    return wo[:-1] + (',"signature":%s}' % signature).encode()


def sign_with_order_two_credential(ballot_wo_sig, grp):
    """A §4.14 signature that verifies for credential p-1 without any secret: retry until even."""
    p, g = grp["p"], grp["g"]
    H = b64_hash(ballot_wo_sig)
    while True:
        w = rand_q(grp)
        c = hq("sig|%s|%d" % (H, pow(g, w, p)), grp)
        if c % 2 == 0:
            return '{"hash":"%s","proof":%s}' % (H, proof_json((c, w)))


def resign(ballot, s, grp):
    wo = split_signature(ballot)
    return wo[:-1] + (',"signature":%s}' % sign(wo, s, grp)).encode()


def bump_last_digit(num, grp):
    """Change the last decimal digit: a different value, still in Zq (so it parses and is in range)."""
    for d in "1234567890":
        new = num[:-1] + d
        if d != num[-1] and int(new) < grp["q"]:
            return new
    die("cannot alter " + num)


# ---------------------------------------------------------------- sub-commands

def cmd_check_ballots(bel):
    """Self-test: our proof/signature code accepts every ballot belenios-tool wrote."""
    entries, _ = read_bel(bel)
    _, el, grp, phi = setup_of(entries)
    n = 0
    for i, e in events(entries):
        if e["type"] == "Ballot":
            if not check_ballot(entries[entry_index(entries, e["payload"])][1], el, phi, grp):
                die("self-test failed on ballot " + e["payload"])
            n += 1
    print(f"{n} ballots re-checked", file=sys.stderr)


def cmd_alter_proof_digit(bel, outdir, n, privcreds, field):
    """Ballot #n: last digit of the first response under answers[0].FIELD changed, ballot re-signed.

    FIELD is individual_proofs, overall_proof or blank_proof. Re-signing (we hold the voter's
    credential) keeps the signature valid, so the altered proof is the only thing wrong.
    """
    entries, _ = read_bel(bel)
    _, el, grp, phi = setup_of(entries)
    idx, _ = nth_event(entries, "Ballot", n)
    ballot = entries[idx][1]
    creds = load_privcreds(privcreds, el["uuid"], grp)
    cred = json.loads(ballot)["credential"]
    if cred not in creds:
        die("ballot credential not in " + privcreds)
    k = ballot.index(b'"%s":' % field.encode())
    k = ballot.index(b'"response":"', k) + len(b'"response":"')
    end = ballot.index(b'"', k)
    old = ballot[k:end].decode()
    new = bump_last_digit(old, grp)
    edited = resign(ballot[:k] + new.encode() + ballot[end:], creds[cred][2], grp)
    assert check_signature(edited, grp)
    if not el["questions"][0].get("blank"):
        assert not check_ballot(edited, el, phi, grp)
    write_extraction(replace_and_rechain(entries, idx, edited), outdir)
    print(f"ballot #{n} of voter {creds[cred][0].split(',')[0]}: answers[0].{field}, first response "
          f"...{old[-6:]} -> ...{new[-6:]}, signature redone; new tracker {b64_hash(edited)}")


def cmd_outside_subgroup(bel, outdir, n, privcreds, vote):
    """Ballot #n re-made for vote with answers[0].choices[0].alpha = p-1 (order 2)."""
    entries, _ = read_bel(bel)
    _, el, grp, phi = setup_of(entries)
    idx, _ = nth_event(entries, "Ballot", n)
    creds = load_privcreds(privcreds, el["uuid"], grp)
    cred = json.loads(entries[idx][1])["credential"]
    if cred not in creds:
        die("ballot credential not in " + privcreds)
    forged = make_ballot(el, phi, grp, creds[cred][2], json.loads(vote), outside=(0, 0))
    p, q = grp["p"], grp["q"]
    assert json.loads(forged)["answers"][0]["choices"][0]["alpha"] == str(p - 1)
    assert pow(p - 1, q, p) != 1 and check_ballot(forged, el, phi, grp)
    write_extraction(replace_and_rechain(entries, idx, forged), outdir)
    print(f"ballot #{n} of voter {creds[cred][0].split(',')[0]} re-made for {vote}: "
          f"answers[0].choices[0].alpha = p-1, proofs and signature valid; tracker {b64_hash(forged)}")


def cmd_control_ballot(bel, outdir, n, privcreds, vote):
    """Ballot #n re-made honestly by this script (control for outside-subgroup: must be accepted)."""
    entries, _ = read_bel(bel)
    _, el, grp, phi = setup_of(entries)
    idx, _ = nth_event(entries, "Ballot", n)
    creds = load_privcreds(privcreds, el["uuid"], grp)
    cred = json.loads(entries[idx][1])["credential"]
    forged = make_ballot(el, phi, grp, creds[cred][2], json.loads(vote))
    write_extraction(replace_and_rechain(entries, idx, forged), outdir)


def credentials_of(entries):
    """(index of the Setup's public credentials entry, its list of "CRED[,WEIGHT]" strings)."""
    _, setup = next((i, e) for i, e in events(entries) if e["type"] == "Setup")
    sd = json.loads(entries[entry_index(entries, setup["payload"])][1])
    idx = entry_index(entries, sd["credentials"])
    return idx, json.loads(entries[idx][1])


def ballot_credentials(entries):
    out = set()
    for _, e in events(entries):
        if e["type"] == "Ballot":
            out.add(json.loads(entries[entry_index(entries, e["payload"])][1])["credential"])
    return out


def append_ballot(entries, ballot):
    """A Ballot event for ballot (bytes) after the last event, parent and height as the tool writes them."""
    last = max(i for i, (n, _) in enumerate(entries) if n.endswith(".event.json"))
    height = json.loads(entries[last][1])["height"] + 1
    event = ('{"parent":"%s","height":%d,"type":"Ballot","payload":"%s"}' % (
        entries[last][0].split(".")[0], height, sha_hex(ballot))).encode()
    return entries + [[sha_hex(ballot) + ".data.json", ballot], [sha_hex(event) + ".event.json", event]]


def cmd_setup_credential(bel, outdir, what, vote=None):
    """The public credential of the first voter who cast no ballot is replaced, in the Setup data:
    "outside" puts p-1 there (order 2, not in the subgroup) and, with VOTE, appends a ballot for
    VOTE signed with that credential (signature forged, proofs valid); "duplicate" puts there the
    credential of the first voter who did vote. Chain re-hashed."""
    entries, _ = read_bel(bel)
    _, el, grp, phi = setup_of(entries)
    idx, creds = credentials_of(entries)
    voted = ballot_credentials(entries)
    k = next((i for i, c in enumerate(creds) if c.split(",")[0] not in voted), None)
    if k is None:
        die("every credential has voted")
    old = creds[k].split(",")[0]
    if what == "outside":
        new = str(grp["p"] - 1)
    elif what == "duplicate":
        new = next(c.split(",")[0] for c in creds if c.split(",")[0] in voted)
    else:
        die("setup-credential: outside or duplicate, not " + what)
    data = entries[idx][1]
    needle = ('"%s"' % creds[k]).encode()
    if data.count(needle) != 1:
        die("credential entry %d is not found exactly once" % k)
    edited_entry = creds[k].replace(old, new, 1)
    entries = replace_and_rechain(entries, idx, data.replace(needle, ('"%s"' % edited_entry).encode()))
    detail = f"public_credentials[{k}] (a voter who cast no ballot): ...{old[-6:]} -> {'p-1' if what == 'outside' else 'a copy of a voter' + chr(39) + 's credential ...' + new[-6:]}"
    if vote is not None:
        if what != "outside":
            die("a ballot can only be added for outside")
        ballot = make_ballot(el, phi, grp, None, json.loads(vote), order_two_credential=True)
        assert check_ballot(ballot, el, phi, grp)  # every proof and the signature verify
        entries = append_ballot(entries, ballot)
        detail += f"; then a ballot for {vote} signed with credential p-1, tracker {b64_hash(ballot)}"
    write_extraction(entries, outdir)
    print(detail)


def cmd_change_result(bel, outdir, result=None):
    """Result payload: first count plus one (kept a JSON string if it was one), or set to RESULT."""
    entries, _ = read_bel(bel)
    idx, _ = nth_event(entries, "Result", 1)
    data = entries[idx][1]
    m = re.match(rb'\{"result":\[\[("?)(\d+)', data)
    if not m:
        die("unexpected result " + data.decode())
    if result is None:
        edited = data[:m.start(2)] + str(int(m.group(2)) + 1).encode() + data[m.end(2):]
    else:
        edited = b'{"result":%s}' % result.encode()
    write_extraction(replace_and_rechain(entries, idx, edited), outdir)
    print(f"result {data.decode()} -> {edited.decode()}")


def cmd_alter_decryption_proof(bel, outdir, n):
    """PartialDecryption #n: last digit of decryption_proofs[0][0].response changed."""
    entries, _ = read_bel(bel)
    widx, _ = nth_event(entries, "PartialDecryption", n)
    wrapper = json.loads(entries[widx][1])
    idx = entry_index(entries, wrapper["payload"])
    data = entries[idx][1]
    k = data.index(b'"decryption_proofs":')
    k = data.index(b'"response":"', k) + len(b'"response":"')
    end = data.index(b'"', k)
    old = data[k:end].decode()
    new = bump_last_digit(old, setup_of(entries)[2])
    write_extraction(replace_and_rechain(entries, idx, data[:k] + new.encode() + data[end:]), outdir)
    print(f"partial decryption of trustee {wrapper['owner']}: decryption_proofs[0][0].response "
          f"...{old[-6:]} -> ...{new[-6:]}")


def cmd_drop_event(bel, outdir, etype, *ns):
    """Event(s) #n of type etype (1-based, each counted in the original archive) removed with the
    data they name (an owned_* wrapper's payload too); every later event's height and parent are
    rewritten, so the chain is whole again without them."""
    entries, _ = read_bel(bel)
    drop = set()
    for n in sorted({int(x) for x in ns}):
        pidx, ev = nth_event(entries, etype, n)
        drop.add(pidx)
        wrapper = json.loads(entries[pidx][1])
        if isinstance(wrapper, dict) and "owner" in wrapper and "payload" in wrapper:
            drop.add(entry_index(entries, wrapper["payload"]))
        eidx = next(i for i, e in events(entries) if e == ev)
        drop.add(eidx)
    kept = [list(e) for i, e in enumerate(entries) if i not in drop]
    parent, height = None, -1
    for i, (name, data) in enumerate(kept):
        if not name.endswith(".event.json"):
            continue
        height += 1
        data = re.sub(rb'"height":\d+', b'"height":%d' % height, data)
        if parent is not None:
            data = re.sub(rb'"parent":"[0-9a-f]{64}"', b'"parent":"%s"' % parent.encode(), data)
        parent = sha_hex(data)
        kept[i] = [parent + ".event.json", data]
    write_extraction(kept, outdir)
    print(f"{etype} event(s) #{', #'.join(ns)} removed with their data; later events re-chained")


def shuffle_entry(entries, n):
    """Index of the shuffle data of Shuffle event #n (inside its owned_shuffle wrapper)."""
    widx, _ = nth_event(entries, "Shuffle", n)
    return entry_index(entries, json.loads(entries[widx][1])["payload"])


CIPHERTEXT = re.compile(rb'\{"alpha":"(\d+)","beta":"(\d+)"\}')


def cmd_alter_shuffle(bel, outdir, n, how):
    """Shuffle #n's output for the first non-homomorphic question: its first two ciphertexts
    swapped (permute), or the first one's beta multiplied by g (reencrypt: still a group element,
    now encrypting another plaintext). The proof is left as it was."""
    entries, _ = read_bel(bel)
    idx = shuffle_entry(entries, n)
    data = entries[idx][1]
    grp = setup_of(entries)[2]
    first, second = list(CIPHERTEXT.finditer(data))[:2]
    if how == "permute":
        edited = data[:first.start()] + second.group(0) + data[first.end():second.start()] + first.group(0) + data[second.end():]
        detail = "its first two output ciphertexts swapped"
    elif how == "reencrypt":
        beta = int(first.group(2)) * grp["g"] % grp["p"]
        edited = data[:first.start(2)] + str(beta).encode() + data[first.end(2):]
        detail = "its first output ciphertext's beta multiplied by g"
    else:
        die("alter-shuffle: HOW is permute or reencrypt")
    write_extraction(replace_and_rechain(entries, idx, edited), outdir)
    print(f"shuffle #{n}: {detail}; proof unchanged")


def cmd_change_nh_result(bel, outdir):
    """Result: the first decrypted ballot of the first non-homomorphic question has its first two
    values swapped (or its first value raised by one when they are equal)."""
    entries, _ = read_bel(bel)
    idx, _ = nth_event(entries, "Result", 1)
    data = entries[idx][1]
    # The first question entry (depth 2, inside {"result":[…]}) that opens with a ballot array.
    depth, m = 0, None
    for i, ch in enumerate(data):
        if ch == ord("["):
            depth += 1
            if depth == 2 and data[i + 1:i + 2] == b"[":
                m = re.compile(rb'\[(\d+),(\d+)').match(data, i + 1)
                break
        elif ch == ord("]"):
            depth -= 1
    if not m:
        die("no decrypted ballots in " + data.decode())
    a, b = int(m.group(1)), int(m.group(2))
    new = (b, a) if a != b else ((a + 1) % 256, b)
    edited = data[:m.start(1)] + b"%d,%d" % new + data[m.end(2):]
    write_extraction(replace_and_rechain(entries, idx, edited), outdir)
    print(f"result: first decrypted ballot [{a},{b},...] -> [{new[0]},{new[1]},...]")


def cmd_swap_ballots(bel, out, n):
    """Raw tar: Ballot #n and #n+1 (each with its data entry) change places; nothing re-chained."""
    entries, mtime = read_bel(bel)
    a, _ = nth_event(entries, "Ballot", n)
    b, _ = nth_event(entries, "Ballot", n + 1)
    if b != a + 2:
        die("ballots are not adjacent data/event pairs")
    entries[a:a + 4] = entries[b:b + 2] + entries[a:a + 2]
    open(out, "wb").write(write_bel(entries, mtime))
    print(f"ballot events at heights {n} and {n + 1} (with their data) swapped in the tar")


def cmd_truncate(bel, out, n):
    """Raw: the archive cut in the middle of Ballot #n's data entry."""
    raw = open(bel, "rb").read()
    entries, _ = read_bel(bel)
    idx, _ = nth_event(entries, "Ballot", n)
    off = 0
    for name, data in entries[:idx]:
        off += 512 + (len(data) + 511) // 512 * 512
    cut = off + 512 + len(entries[idx][1]) // 2
    open(out, "wb").write(raw[:cut])
    print(f"cut at byte {cut} of {len(raw)}, inside the data of ballot #{n} ({entries[idx][0]})")


def cmd_cat_ballot(bel, n):
    """Write Ballot #n's exact bytes to stdout (for replaying it with `archive add-event`)."""
    entries, _ = read_bel(bel)
    idx, _ = nth_event(entries, "Ballot", n)
    sys.stdout.buffer.write(entries[idx][1] + b"\n")


def cmd_result(bel):
    """Print the Result payload's result array exactly as stored (no JSON re-serialisation)."""
    entries, _ = read_bel(bel)
    idx, _ = nth_event(entries, "Result", 1)
    data = entries[idx][1]
    if not (data.startswith(b'{"result":') and data.endswith(b"}")):
        die("unexpected result " + data.decode())
    print(data[len(b'{"result":'):-1].decode())


def cmd_roundtrip(bel):
    entries, mtime = read_bel(bel)
    if write_bel(entries, mtime) != open(bel, "rb").read():
        die("tar writer is not byte-identical on " + bel)
    for name, data in entries[1:]:
        if not name.startswith(sha_hex(data)):
            die("entry name is not its SHA-256: " + name)


def cmd_info(bel):
    entries, _ = read_bel(bel)
    for name, data in entries:
        extra = data.decode()[:90] if name.endswith(".event.json") or len(data) < 200 else f"{len(data)} bytes"
        print(name[:12], kind(name), extra)


def main(argv):
    cmds = {
        "check-ballots": cmd_check_ballots,
        "alter-proof-digit": lambda b, o, n, pc, f: cmd_alter_proof_digit(b, o, int(n), pc, f),
        "outside-subgroup": lambda b, o, n, pc, v: cmd_outside_subgroup(b, o, int(n), pc, v),
        "control-ballot": lambda b, o, n, pc, v: cmd_control_ballot(b, o, int(n), pc, v),
        "change-result": cmd_change_result,
        "setup-credential": cmd_setup_credential,
        "alter-decryption-proof": lambda b, o, n: cmd_alter_decryption_proof(b, o, int(n)),
        "swap-ballots": lambda b, o, n: cmd_swap_ballots(b, o, int(n)),
        "drop-event": cmd_drop_event,
        "alter-shuffle": lambda b, o, n, how: cmd_alter_shuffle(b, o, int(n), how),
        "change-nh-result": cmd_change_nh_result,
        "truncate": lambda b, o, n: cmd_truncate(b, o, int(n)),
        "cat-ballot": lambda b, n: cmd_cat_ballot(b, int(n)),
        "result": cmd_result,
        "roundtrip": cmd_roundtrip,
        "info": cmd_info,
    }
    if len(argv) < 2 or argv[1] not in cmds:
        die("usage: belsurgery.py {%s} ARGS…" % "|".join(cmds))
    cmds[argv[1]](*argv[2:])


if __name__ == "__main__":
    main(sys.argv)
