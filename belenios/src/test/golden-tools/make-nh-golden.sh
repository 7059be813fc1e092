#!/bin/bash
# Makes the golden folders of belenios/src/test/resources/golden/nh/ with Debian's belenios-tool 2.0,
# as /usr/share/doc/belenios-tool/examples/demo-nh.sh, demo-stv.sh and demo-mj.sh do (their
# templates: tests/tool/templates/questions-{nh,stv,mj}.json of Belenios 2.0), with fewer voters
# and two trustees. Each folder: template.json, election.json (the election's data file, exact
# bytes), votes.txt, credentials.txt (the private credential of each voter, to re-sign tampered
# twins), ballots.jsons (belenios-tool's ballot for each vote, one per line), result.json
# (compute-result after two shuffles and both decryptions), trustee1.privkey and trustee2.privkey
# (the trustees' private keys, so that a test can decrypt belenios-tool's ballots and compare its
# group_encode with ours) and why.txt.
#   usage: belenios/src/test/golden-tools/make-nh-golden.sh   (from the repository root)
set -euo pipefail
export BELENIOS_USE_URANDOM=1
out="$(pwd)/belenios/src/test/resources/golden/nh"
bt() { belenios-tool "$@"; }

make_case() {
  local name="$1" template="$2" why="$3" votes="$4"
  local work uuid n
  work="$(mktemp -d)"
  mkdir -p "$out/$name"
  (
    cd "$work"
    printf '%s\n' "$template" > template.json
    printf '%s\n' "$votes" > votes.txt
    n="$(wc -l < votes.txt)"
    uuid="$(bt setup generate-token)"
    bt setup generate-credentials --uuid "$uuid" --group RFC-3526-2048 --count "$n" > /dev/null
    mv ./*.pubcreds public_creds.json
    mv ./*.privcreds private_creds.txt
    bt setup generate-trustee-key --group RFC-3526-2048
    bt setup generate-trustee-key --group RFC-3526-2048
    cat ./*.pubkey > public_keys.jsons
    bt setup make-trustees
    bt setup make-election --uuid "$uuid" --group RFC-3526-2048 --template template.json
    cp election.json "$out/$name/election.json"
    bt archive init
    : > ballots.jsons
    paste -d' ' private_creds.txt votes.txt | while read -r _id cred vote; do
      echo "$cred" >> credentials.txt
      bt election generate-ballot --privcred <(echo "$cred") --ballot <(echo "$vote") | tee -a ballots.jsons \
        | bt archive add-event --type=Ballot
    done
    bt election verify
    bt archive add-event --type=EndBallots < /dev/null
    bt election compute-encrypted-tally | bt archive add-event --type=EncryptedTally
    bt election shuffle --trustee-id=1 | bt archive add-event --type=Shuffle
    bt election shuffle --trustee-id=2 | bt archive add-event --type=Shuffle
    bt archive add-event --type=EndShuffles < /dev/null
    id=1
    for key in *.privkey; do
      bt election decrypt --privkey "$key" --trustee-id "$id" | bt archive add-event --type=PartialDecryption
      id=$((id + 1))
    done
    bt election compute-result > result.json
    bt archive add-event --type=Result < result.json
    bt election verify
    cp template.json votes.txt credentials.txt ballots.jsons result.json "$out/$name/"
    id=1
    for key in *.privkey; do
      cp "$key" "$out/$name/trustee$id.privkey"
      id=$((id + 1))
    done
    echo "$why" > "$out/$name/why.txt"
  )
  rm -rf "$work"
}

make_case nh-demo \
  '{"description":"Description of the election.","name":"Name of the election","questions":[{"answers":["Answer 1","Answer 2"],"min":0,"max":1,"question":"Question 1?"},{"answers":["Answer 1","Answer 2"],"blank":true,"min":1,"max":1,"question":"Question 2?"},{"type":"NonHomomorphic","value":{"answers":["Answer 1","Answer 2","Answer 3"],"question":"Question 3?"}}]}' \
  "demo-nh.sh's template: two homomorphic questions (one with blank) and a ranked NH question; accepted by belenios-tool election verify" \
  '[[1,0],[1,0,0],[1,2,3]]
[[1,0],[0,1,0],[2,1,3]]
[[0,1],[0,0,1],[3,1,2]]
[[1,0],[1,0,0],[2,3,1]]
[[0,0],[0,1,0],[3,2,1]]'
make_case stv \
  '{"description":"Description of the election.","name":"Name of the election","questions":[{"type":"NonHomomorphic","value":{"answers":["Answer 1","Answer 2","Answer 3","Answer 4","Answer 5"],"question":"Question?"}}]}' \
  "demo-stv.sh's template: one NH question ranking five answers; votes from demo-stv.sh plus a partial ranking" \
  '[[4,1,2,5,3]]
[[2,4,5,3,1]]
[[3,5,1,4,2]]
[[1,2,0,0,0]]'
make_case mj \
  '{"description":"Description of the election.","name":"Name of the election","questions":[{"type":"NonHomomorphic","value":{"answers":["Answer 1","Answer 2","Answer 3","Answer 4"],"question":"Question?"}}]}' \
  "demo-mj.sh's template: one NH question grading four answers (grades 1-5, 0 = blank), and the largest 8-bit value 255" \
  '[[1,1,1,1]]
[[5,4,3,2]]
[[0,0,0,0]]
[[255,0,7,1]]'
