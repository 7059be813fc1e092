#!/usr/bin/env bash
# Regenerates archive/src/test/resources/golden/: Belenios 2.0 archives made by the real
# belenios-tool (accept cases) and tampered twins of them (reject cases), each in its own folder
# with the inputs used and a case.properties. See golden/README.md for the layout.
#
# Usage: archive/src/test/golden-tools/make-golden.sh   (any cwd; BELENIOS_TOOL overrides the tool)
# Needs: belenios-tool 2.0 and python3 (runs belsurgery.py, beside this script). Takes ~30 s.
# Output is randomised (keys, nonces, UUIDs): every run writes different bytes with the same meaning.
# Only the case folders are wiped; README.md and .gitattributes in golden/ are kept.
set -euo pipefail
export BELENIOS_USE_URANDOM=1

TOOLS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
GOLDEN="$(cd "$TOOLS/.." && pwd)/resources/golden"
BT="${BELENIOS_TOOL:-belenios-tool}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# belenios-tool with its I:/W: chatter kept in $WORK/tool.log, shown when a call fails.
bt() { "$BT" "$@" 2>>"$WORK/tool.log" || { tail -n 5 "$WORK/tool.log" >&2; return 1; }; }
surgery() { python3 "$TOOLS/belsurgery.py" "$@"; }
log() { printf '== %s\n' "$*" >&2; }
die() { printf 'make-golden: %s\n' "$*" >&2; exit 1; }

# ------------------------------------------------------------------ building elections
# Current case: its folder ($CASE) and a scratch folder holding only its UUID.bel ($RUN).
CASE=""
RUN=""

# new_election NAME GROUP NTRUSTEES TEMPLATE_JSON VOTERS_TXT
# Set-up as demo.sh: credentials from voters.txt, NTRUSTEES single trustee keys, archive init.
new_election() {
  local name=$1 group=$2 ntrustees=$3 template=$4 voters=$5 uuid i
  CASE="$GOLDEN/$name"
  RUN="$WORK/$name"
  mkdir -p "$CASE" "$RUN/setup"
  log "$name"
  printf '%s\n' "$template" >"$CASE/template.json"
  printf '%s\n' "$voters" >"$CASE/voters.txt"
  uuid="$(bt setup generate-token)"
  (
    cd "$RUN/setup"
    bt setup generate-credentials --uuid "$uuid" --group "$group" --file "$CASE/voters.txt" >/dev/null
    : >public_keys.jsons
    for ((i = 1; i <= ntrustees; i++)); do
      mkdir "key$i"
      (cd "key$i" && bt setup generate-trustee-key --group "$group" >/dev/null)
      cat "key$i"/*.pubkey >>public_keys.jsons
      cp "key$i"/*.privkey "$CASE/trustee$i.privkey" # --trustee-id i = position in public_keys.jsons
    done
    bt setup make-trustees
    bt setup make-election --uuid "$uuid" --group "$group" --template "$CASE/template.json"
    bt archive init --public-creds ./*.pubcreds
    cp ./*.privcreds "$CASE/privcreds.txt"
    mv "$uuid.bel" "$RUN/"
  )
  chmod 644 "$CASE"/*.privkey "$CASE/privcreds.txt"
  : >"$CASE/votes.txt"
}

# credential_of LOGIN: the private credential of voter LOGIN (privcreds lines: "email,login,weight CRED").
credential_of() {
  awk -v login="$1" '{ split($1, f, ","); if (f[2] == login) print $2 }' "$CASE/privcreds.txt" | grep . ||
    die "no credential for voter $1"
}

# vote LOGIN CHOICES: cast a ballot; votes.txt keeps "LOGIN CHOICES" per ballot in archive order.
vote() {
  bt election generate-ballot --dir "$RUN" --privcred <(credential_of "$1") --ballot <(printf '%s\n' "$2") |
    bt archive add-event --dir "$RUN" --type=Ballot
  printf '%s %s\n' "$1" "$2" >>"$CASE/votes.txt"
}

# tally: EndBallots, encrypted tally, one partial decryption per trustee, result (demo.sh).
tally() {
  local i k
  bt archive add-event --dir "$RUN" --type=EndBallots </dev/null
  bt election compute-encrypted-tally --dir "$RUN" | bt archive add-event --dir "$RUN" --type=EncryptedTally
  k=$(find "$CASE" -maxdepth 1 -name 'trustee*.privkey' | wc -l)
  for ((i = 1; i <= k; i++)); do
    bt election decrypt --dir "$RUN" --privkey "$CASE/trustee$i.privkey" --trustee-id "$i" |
      bt archive add-event --dir "$RUN" --type=PartialDecryption
  done
  bt election compute-result --dir "$RUN" | bt archive add-event --dir "$RUN" --type=Result
}

# result_of DIR: the compact result array of DIR's archive.
result_of() {
  surgery result "$1"/*.bel
}

# props KEY=VALUE…: append to the case's case.properties.
props() { printf '%s\n' "$@" >>"$CASE/case.properties"; }

# accept WHY [EXPECTED_RESULT]: store the archive; a tallied case must give EXPECTED_RESULT.
accept() {
  cp "$RUN"/*.bel "$CASE/"
  props "expect=accept" "why=$1"
  if [ $# -ge 2 ]; then
    local got
    got="$(result_of "$CASE")"
    [ "$got" = "$2" ] || die "$(basename "$CASE"): result $got, expected $2"
    props "result=$got"
  fi
}

# ------------------------------------------------------------------ tampering twins
# new_twin NAME TWIN: a reject case started from a copy of accept case TWIN's archive.
new_twin() {
  CASE="$GOLDEN/$1"
  RUN="$WORK/$1"
  log "$1 (from $2)"
  mkdir -p "$CASE" "$RUN"
  cp "$GOLDEN/$2"/*.bel "$RUN/"
  cp "$GOLDEN/$2/votes.txt" "$CASE/"
  TWIN="$2"
  BEL="$(ls "$RUN"/*.bel)"
}

# remake: run `belenios-tool archive make` on the extraction surgery wrote to $RUN/x.
remake() {
  bt archive make --dir "$RUN/x" >"$BEL.new"
  mv "$BEL.new" "$BEL"
  rm -rf "$RUN/x"
}

# reject EXPECT WHY DEFECT [DETAIL]: store the archive and describe it (belenios_message added by check).
reject() {
  cp "$BEL" "$CASE/"
  props "expect=$1" "why=$2" "defect=$3" "twin=$TWIN"
  if [ $# -ge 4 ]; then props "detail=$4"; fi
}

# altered_proof_digit NAME TWIN FIELD: ballot 2's first proof response under answers[0].FIELD
# (individual_proofs, overall_proof, blank_proof) gets one digit changed; the ballot is re-signed.
altered_proof_digit() {
  new_twin "$1" "$2"
  local d
  d="$(surgery alter-proof-digit "$BEL" "$RUN/x" 2 "$GOLDEN/$TWIN/privcreds.txt" "$3")"
  remake
  reject reject "ballot 2: one digit of a $3 response changed; ballot re-signed and chain re-hashed, so only that proof fails" \
    "invalid proof answers[0].$3 in ballot 2" "$d"
}

unknown_credential() {
  new_twin unknown-credential bel2048-open
  mkdir "$RUN/foreign"
  bt setup generate-credentials --uuid "$(basename "$BEL" .bel)" --group BELENIOS-2048 --count 1 \
    --dir "$RUN/foreign" >/dev/null
  cp "$RUN"/foreign/*.privcreds "$CASE/foreign.privcreds"
  bt election generate-ballot --dir "$RUN" --privcred <(awk '{print $2}' "$CASE/foreign.privcreds") \
    --ballot <(echo '[[1,0]]') | bt archive add-event --dir "$RUN" --type=Ballot
  echo 'foreign [[1,0]]' >>"$CASE/votes.txt"
  reject reject "last ballot is well formed and signed, but with a credential (foreign.privcreds) not in the election's public credentials" \
    "ballot credential not in public credentials"
}

# changed_result NAME TWIN [RESULT]: the Result payload's first count plus one, or set to RESULT.
changed_result() {
  new_twin "$1" "$2"
  local d
  d="$(surgery change-result "$BEL" "$RUN/x" ${3:+"$3"})"
  remake
  reject reject "${4:-Result payload has its first count raised by one}; chain re-hashed" \
    "result does not match the decryption of the encrypted tally" "$d"
}

# altered_decryption_proof NAME TWIN TRUSTEE: one digit of that trustee's first decryption proof response.
altered_decryption_proof() {
  new_twin "$1" "$2"
  local d
  d="$(surgery alter-decryption-proof "$BEL" "$RUN/x" "$3")"
  remake
  reject reject "partial decryption $3 (in archive order) has one digit of a proof response changed; chain re-hashed" \
    "invalid partial decryption proof (decryption_proofs[0][0])" "$d"
}

truncated() {
  new_twin truncated bel2048-open
  local d
  d="$(surgery truncate "$BEL" "$BEL.cut" 2)"
  mv "$BEL.cut" "$BEL"
  reject reject "archive cut in the middle of ballot 2's data entry" "truncated tar entry" "$d"
}

duplicated_ballot() {
  new_twin duplicated-ballot bel2048-open
  surgery cat-ballot "$BEL" 1 | bt archive add-event --dir "$RUN" --type=Ballot
  sed -n 1p "$CASE/votes.txt" >>"$CASE/votes.txt"
  reject reject-ours-only "ballot 1's exact bytes appended again as a new Ballot event (replay); belenios-tool accepts it" \
    "replayed ballot (same ballot bytes cast twice)"
}

replayed_superseded_ballot() {
  new_twin replayed-superseded-ballot bel2048-open
  local login first
  cp "$GOLDEN/$TWIN"/trustee*.privkey "$GOLDEN/$TWIN/privcreds.txt" "$CASE/"
  surgery cat-ballot "$BEL" 1 >"$RUN/ballot1.json"
  read -r login first <"$CASE/votes.txt"
  [ "$first" = '[[1,0]]' ] || die "replayed-superseded-ballot expects voter1's first vote [[1,0]]"
  vote "$login" '[[0,1]]'
  bt archive add-event --dir "$RUN" --type=Ballot <"$RUN/ballot1.json"
  printf '%s %s\n' "$login" "$first" >>"$CASE/votes.txt"
  tally
  reject reject-ours-only \
    "$login votes [[1,0]], revotes [[0,1]], then the first ballot's bytes are appended again; belenios-tool counts the replayed old choice (honest result [[1,2]])" \
    "replayed ballot supersedes a later revote"
  local got
  got="$(result_of "$CASE")"
  [ "$got" = '[[2,1]]' ] || die "replayed-superseded-ballot: belenios-tool result $got, expected [[2,1]]"
  props "belenios_result=$got" "honest_result=[[1,2]]"
}

event_out_of_order() {
  new_twin event-out-of-order bel2048-open
  local d
  d="$(surgery swap-ballots "$BEL" "$BEL.swap" 1)"
  mv "$BEL.swap" "$BEL"
  awk 'NR==1{a=$0;next} NR==2{print;print a;next} {print}' "$CASE/votes.txt" >"$RUN/votes"
  mv "$RUN/votes" "$CASE/votes.txt"
  reject reject "tar entries of ballots 1 and 2 (data and event each) swapped; events keep their parent and height" \
    "event order in the tar contradicts the parent/height chain" "$d"
}

element_outside_subgroup() {
  new_twin element-outside-subgroup bel2048-open
  local d choices
  choices="$(sed -n 2p "$CASE/votes.txt" | cut -d' ' -f2)"
  # Control: the same ballot re-made honestly by belsurgery.py must pass belenios-tool, so the
  # only reason the tool rejects the real fixture is the order-2 alpha.
  surgery control-ballot "$BEL" "$RUN/x" 2 "$GOLDEN/$TWIN/privcreds.txt" "$choices"
  mkdir "$RUN/control"
  bt archive make --dir "$RUN/x" >"$RUN/control/$(basename "$BEL")"
  rm -rf "$RUN/x"
  bt election verify --dir "$RUN/control" >/dev/null || die "belsurgery.py's honest ballot is rejected"
  d="$(surgery outside-subgroup "$BEL" "$RUN/x" 2 "$GOLDEN/$TWIN/privcreds.txt" "$choices")"
  remake
  reject reject "ballot 2 re-made with answers[0].choices[0].alpha = p-1 (order 2); its 0/1 and overall proofs and signature are valid, chain re-hashed" \
    "ciphertext element not in the order-q subgroup" "$d"
}

# setup_credential NAME WHAT [VOTE]: the public credential of the voter of bel2048-open who cast no
# ballot replaced in the Setup data (see belsurgery.py setup-credential); with VOTE, a ballot signed
# with the planted credential is appended.
setup_credential() {
  new_twin "$1" bel2048-open
  local d
  d="$(surgery setup-credential "$BEL" "$RUN/x" "${@:2}")"
  remake
  case "$1" in
    credential-outside-subgroup)
      reject reject "the public credential of a voter who cast no ballot replaced by p-1 (order 2) in the Setup data; chain re-hashed" \
        "public credential not in the order-q subgroup" "$d" ;;
    duplicated-credential)
      reject reject "the public credential of a voter who cast no ballot replaced by another voter's, so it is listed twice; chain re-hashed" \
        "public credential listed twice" "$d" ;;
    ballot-credential-outside-subgroup)
      echo "order-two [[0,1]]" >>"$CASE/votes.txt"
      reject reject "as credential-outside-subgroup, then a ballot signed with credential p-1: its signature holds because the challenge is even, its proofs are valid" \
        "public credential and ballot credential not in the order-q subgroup" "$d" ;;
  esac
}

# ------------------------------------------------------------------ what Scrutineer refuses
# Valid archives of what issue #3 leaves for later: Scrutineer must refuse them with "not supported
# yet", never accept them; belenios-tool accepts them.

# custom_case NAME: a case whose election is set up by its own function, in $RUN.
custom_case() {
  CASE="$GOLDEN/$1"
  RUN="$WORK/$1"
  mkdir -p "$CASE" "$RUN"
  : >"$CASE/votes.txt"
  log "$1"
}

# vote_each CHOICES…: voter i of private_creds.txt (cwd; lines "ID CREDENTIAL") casts the i-th
# CHOICES; votes.txt gets "ID CHOICES" per ballot.
vote_each() {
  local id cred
  while read -r id cred; do
    [ $# -gt 0 ] || die "more voters than votes"
    bt election generate-ballot --privcred <(echo "$cred") --ballot <(echo "$1") | bt archive add-event --type=Ballot
    printf '%s %s\n' "$id" "$1" >>"$CASE/votes.txt"
    shift
  done < private_creds.txt
}

# As demo-threshold.sh: three trustees sharing the key 2-of-3, plus one ordinary key (owner 1);
# every one of them decrypts (members as owners 2, 3, 4, then the ordinary trustee); tallied.
threshold_trustees() {
  custom_case threshold-trustees
  local uuid u
  uuid="$(bt setup generate-token)"
  (
    cd "$RUN"
    tt() { bt setup generate-trustee-key-threshold --group BELENIOS-2048 "$@"; }
    bt setup generate-credentials --uuid "$uuid" --group BELENIOS-2048 --count 4 >/dev/null
    mv ./*.pubcreds public_creds.json
    mv ./*.privcreds private_creds.txt
    tt --step 1 && tt --step 1 && tt --step 1
    cat ./*.cert >certs.jsons
    tt --certs certs.jsons --step 2
    for u in *.key; do tt --certs certs.jsons --key "$u" --step 3 --threshold 2; done >polynomials.jsons
    tt --certs certs.jsons --step 4 --polynomials polynomials.jsons
    for u in *.key; do tt --certs certs.jsons --key "$u" --step 5 <"${u%.key}.vinput" >"${u%.key}.voutput"; done
    cat ./*.voutput | tt --certs certs.jsons --step 6 --polynomials polynomials.jsons >threshold.json
    bt setup generate-trustee-key --group BELENIOS-2048 >/dev/null
    cat ./*.pubkey >public_keys.jsons
    bt setup make-trustees
    echo '{"description":"Golden: threshold trustees","name":"threshold-trustees","questions":[{"answers":["A","B"],"min":0,"max":1,"question":"A or B?"}]}' >template.json
    bt setup make-election --uuid "$uuid" --group BELENIOS-2048 --template template.json
    bt archive init
    vote_each '[[1,0]]' '[[0,1]]' '[[1,0]]' '[[0,0]]'
    bt archive add-event --type=EndBallots </dev/null
    bt election compute-encrypted-tally | bt archive add-event --type=EncryptedTally
    local id=2
    for u in *.key; do
      bt election decrypt-threshold --key "$u" --decryption-key "${u%.key}.dkey" --trustee-id "$id" | bt archive add-event --type=PartialDecryption
      id=$((id + 1))
    done
    bt election decrypt --privkey ./*.privkey --trustee-id 1 | bt archive add-event --type=PartialDecryption
    bt election compute-result | bt archive add-event --type=Result
    cp template.json "$CASE/"
  )
  accept "threshold trustees (2 of 3, demo-threshold.sh's set-up; owners 2-4) and one ordinary trustee (owner 1); 4 ballots; all four decrypt" '[[2,1]]'
}

# As demo-nh.sh: a homomorphic and a non-homomorphic (ranking) question, ballots shuffled by both
# trustees, tallied. RFC-3526-2048, as there: belenios-tool cannot encode such ballots in
# BELENIOS-2048. The decrypted rankings come out in shuffled order: checked as a multiset.
mixnet_shuffles() {
  custom_case mixnet-shuffles
  local uuid u id
  uuid="$(bt setup generate-token)"
  (
    cd "$RUN"
    bt setup generate-credentials --uuid "$uuid" --group RFC-3526-2048 --count 4 >/dev/null
    mv ./*.pubcreds public_creds.json
    mv ./*.privcreds private_creds.txt
    mkdir k1 k2
    (cd k1 && bt setup generate-trustee-key --group RFC-3526-2048 >/dev/null)
    (cd k2 && bt setup generate-trustee-key --group RFC-3526-2048 >/dev/null)
    cat k1/*.pubkey k2/*.pubkey >public_keys.jsons
    bt setup make-trustees
    echo '{"description":"Golden: mixnet","name":"mixnet-shuffles","questions":[{"answers":["Yes","No"],"min":0,"max":1,"question":"Approve?"},{"type":"NonHomomorphic","value":{"answers":["A","B","C"],"question":"Rank A, B and C"}}]}' >template.json
    bt setup make-election --uuid "$uuid" --group RFC-3526-2048 --template template.json
    bt archive init
    vote_each '[[1,0],[1,2,3]]' '[[0,1],[2,1,3]]' '[[1,0],[3,1,2]]' '[[0,0],[1,3,2]]'
    bt archive add-event --type=EndBallots </dev/null
    bt election compute-encrypted-tally | bt archive add-event --type=EncryptedTally
    bt election shuffle --trustee-id=1 | bt archive add-event --type=Shuffle
    bt election shuffle --trustee-id=2 | bt archive add-event --type=Shuffle
    bt archive add-event --type=EndShuffles </dev/null
    id=1
    for u in k1/*.privkey k2/*.privkey; do
      bt election decrypt --privkey "$u" --trustee-id "$id" | bt archive add-event --type=PartialDecryption
      id=$((id + 1))
    done
    bt election compute-result | bt archive add-event --type=Result
    cp template.json "$CASE/"
  )
  accept "one homomorphic and one non-homomorphic (ranking) question, 4 ballots shuffled by both trustees (demo-nh.sh's flow), tallied"
  local got
  got="$(result_of "$CASE")"
  python3 -c 'import json,sys; r=json.loads(sys.argv[1]); sys.exit(not (r[0]==[2,1] and sorted(r[1])==[[1,2,3],[1,3,2],[2,1,3],[3,1,2]]))' "$got" ||
    die "mixnet-shuffles: result $got is not [[2,1],the four rankings cast]"
  props "result=$got"
}

# drop_events NAME TWIN EXPECT TYPE WHY DEFECT N…: event(s) N of TYPE removed, the chain re-made.
drop_events() {
  local name=$1 twin=$2 expect=$3 type=$4 why=$5 defect=$6 d
  shift 6
  new_twin "$name" "$twin"
  d="$(surgery drop-event "$BEL" "$RUN/x" "$type" "$@")"
  remake
  if [ "$expect" = accept ]; then
    cp "$BEL" "$CASE/"
    props "expect=accept" "why=$why" "twin=$TWIN" "detail=$d" "result=$(result_of "$GOLDEN/$TWIN")"
  else
    reject "$expect" "$why" "$defect" "$d"
  fi
}

# altered_shuffle NAME N HOW: shuffle N of mixnet-shuffles permuted or re-encrypted, proof kept.
altered_shuffle() {
  new_twin "$1" mixnet-shuffles
  local d
  d="$(surgery alter-shuffle "$BEL" "$RUN/x" "$2" "$3")"
  remake
  reject reject "shuffle $2 has its output altered ($3) without a matching proof; chain re-hashed" \
    "shuffle $2 proof does not verify" "$d"
}

changed_nh_result() {
  new_twin mixnet-changed-ballot mixnet-shuffles
  local d
  d="$(surgery change-nh-result "$BEL" "$RUN/x")"
  remake
  reject reject "one decrypted ranking of the Result changed; chain re-hashed" \
    "result does not match the decryption of the shuffled ciphertexts" "$d"
}

# ------------------------------------------------------------------ checking every case
# Every accept must pass `belenios-tool election verify`, every reject fail, and every
# reject-ours-only (a defect belenios-tool 2.0 does not detect) pass; the stderr line is recorded.
check_all() {
  local dir name expect msg rc failed=0
  for dir in "$GOLDEN"/*/; do
    dir="${dir%/}"
    name="$(basename "$dir")"
    expect="$(sed -n 's/^expect=//p' "$dir/case.properties")"
    rc=0
    "$BT" election verify --dir "$dir" >/dev/null 2>"$WORK/err" || rc=$?
    msg="$(grep -v '^[IW]: ' "$WORK/err" | tail -n1 || true)"
    case "$expect:$rc" in
      accept:0 | reject-ours-only:0)
        [ "$expect" = accept ] || echo "belenios_message=accepted" >>"$dir/case.properties"
        printf 'ok   %-34s %s\n' "$name" "$expect (belenios-tool accepts)" ;;
      reject:0)
        printf 'FAIL %-34s expected reject, belenios-tool accepted\n' "$name"; failed=1 ;;
      reject:*)
        [ -n "$msg" ] || die "$name: belenios-tool failed without a message"
        echo "belenios_message=$msg" >>"$dir/case.properties"
        printf 'ok   %-34s reject: %s\n' "$name" "$msg" ;;
      *)
        printf 'FAIL %-34s expected %s, belenios-tool exit %s: %s\n' "$name" "$expect" "$rc" "$msg"; failed=1 ;;
    esac
  done
  return $failed
}

# ------------------------------------------------------------------ the cases
command -v python3 >/dev/null || die "python3 is needed"
mkdir -p "$GOLDEN"
find "$GOLDEN" -mindepth 1 -maxdepth 1 -type d -exec rm -rf {} +

Q2='{"answers":["Alice","Bob"],"min":1,"max":1,"question":"Who should chair?"}'
V4=$'voter1@example.org,voter1\nvoter2@example.org,voter2\nvoter3@example.org,voter3\nvoter4@example.org,voter4'

new_election bel2048-open BELENIOS-2048 2 \
  '{"description":"Golden: open ballot box","name":"bel2048-open","questions":['"$Q2"']}' "$V4"
vote voter1 '[[1,0]]'
vote voter2 '[[0,1]]'
vote voter3 '[[1,0]]'
surgery check-ballots "$RUN"/*.bel
accept "3 ballots of 4 voters, voting still open (no EndBallots)"

new_election bel2048-tallied BELENIOS-2048 2 \
  '{"description":"Golden: tallied","name":"bel2048-tallied","questions":['"$Q2"']}' "$V4"
vote voter1 '[[1,0]]'
vote voter2 '[[0,1]]'
vote voter3 '[[1,0]]'
vote voter4 '[[1,0]]'
tally
accept "demo.sh flow: 4 ballots, 2 trustees, tallied" '[[3,1]]'

new_election bel2048-weighted BELENIOS-2048 1 \
  '{"description":"Golden: weighted voters","name":"bel2048-weighted","questions":['"$Q2"']}' \
  $'voter1@example.org,voter1,1\nvoter2@example.org,voter2,2\nvoter3@example.org,voter3,3\nvoter4@example.org,voter4,90000000000'
vote voter1 '[[1,0]]'
vote voter2 '[[0,1]]'
vote voter3 '[[0,1]]'
vote voter4 '[[1,0]]'
tally
accept "weights 1,2,3,90000000000; counts are sums of weights (large ones written as JSON strings)" '[["90000000001",5]]'

new_election bel2048-revote BELENIOS-2048 2 \
  '{"description":"Golden: revotes","name":"bel2048-revote","questions":['"$Q2"']}' "$V4"
vote voter1 '[[1,0]]'
vote voter2 '[[1,0]]'
vote voter3 '[[0,1]]'
vote voter1 '[[0,1]]'
vote voter3 '[[1,0]]'
tally
accept "voter1 and voter3 revote; only each voter's last ballot counts (all 5 would give [[3,2]])" '[[2,1]]'

new_election bel2048-blank BELENIOS-2048 2 \
  '{"description":"Golden: blank votes","name":"bel2048-blank","questions":[{"answers":["Alice","Bob","Carol"],"blank":true,"min":1,"max":1,"question":"Who should chair?"}]}' \
  "$V4"$'\nvoter5@example.org,voter5'
vote voter1 '[[1,0,0,0]]'
vote voter2 '[[0,1,0,0]]'
vote voter3 '[[0,0,0,1]]'
vote voter4 '[[1,0,0,0]]'
vote voter5 '[[0,1,0,0]]'
tally
accept "blank allowed, 2 blank votes; the blank count is the first slot" '[[2,2,0,1]]'

new_election bel2048-min1max2of4 BELENIOS-2048 3 \
  '{"description":"Golden: two questions","name":"bel2048-min1max2of4","questions":[{"answers":["A","B","C","D"],"min":1,"max":2,"question":"Pick one or two"},{"answers":["Yes","No"],"blank":true,"min":1,"max":1,"question":"Approve?"}]}' \
  "$V4"
vote voter1 '[[1,1,0,0],[0,1,0]]'
vote voter2 '[[0,0,1,0],[1,0,0]]'
vote voter3 '[[0,1,0,1],[0,0,1]]'
vote voter4 '[[1,0,0,0],[0,1,0]]'
tally
accept "question 1: 4 answers, min 1 max 2; question 2: 2 answers, blank allowed; 3 trustees" '[[2,2,1,1],[1,2,1]]'

new_election rfc3526-tallied RFC-3526-2048 1 \
  '{"description":"Golden: RFC 3526 group","name":"rfc3526-tallied","questions":[{"answers":["A","B","C"],"min":0,"max":1,"question":"At most one"}]}' \
  $'voter1@example.org,voter1\nvoter2@example.org,voter2\nvoter3@example.org,voter3'
vote voter1 '[[1,0,0]]'
vote voter2 '[[0,0,1]]'
vote voter3 '[[0,0,0]]'
tally
accept "group RFC-3526-2048, homomorphic question min 0 max 1 (one empty vote), tallied" '[[1,0,1]]'

# The reject twins of the brief, then one twin for each remaining accept.
altered_proof_digit altered-proof-digit bel2048-tallied individual_proofs
unknown_credential
changed_result changed-result bel2048-tallied
altered_decryption_proof altered-decryption-proof bel2048-tallied 1
truncated
duplicated_ballot
replayed_superseded_ballot
event_out_of_order
element_outside_subgroup
setup_credential credential-outside-subgroup outside
setup_credential duplicated-credential duplicate
setup_credential ballot-credential-outside-subgroup outside '[[0,1]]'
threshold_trustees
mixnet_shuffles
drop_events threshold-two-of-three threshold-trustees accept PartialDecryption \
  "threshold-trustees without the partial decryption of member 3 (owner 4): 2 of 3 members suffice" "" 3
drop_events threshold-not-enough threshold-trustees reject PartialDecryption \
  "threshold-trustees with only member 1 of the 2 of 3 needed decrypting (owners 3 and 4 dropped)" \
  "not enough partial decryptions (threshold 2, 1 given)" 2 3
altered_decryption_proof threshold-altered-decryption-proof threshold-trustees 1
altered_shuffle mixnet-permuted-output 2 permute
altered_shuffle mixnet-altered-reencryption 1 reencrypt
changed_nh_result
changed_result weighted-changed-result bel2048-weighted
changed_result revote-counted-all bel2048-revote '[[3,2]]' "Result replaced by [[3,2]], the count if superseded ballots were kept"
altered_proof_digit blank-proof-altered bel2048-blank blank_proof
altered_proof_digit overall-proof-altered bel2048-min1max2of4 overall_proof
altered_decryption_proof rfc3526-altered-decryption-proof rfc3526-tallied 1

log "checking every case with $BT election verify"
check_all || die "some case does not behave as expected"
log "done: $(du -sh "$GOLDEN" | cut -f1) in $GOLDEN"
