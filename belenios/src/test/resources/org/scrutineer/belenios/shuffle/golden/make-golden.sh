#!/bin/bash
# Makes the golden shuffle folders with belenios-tool 2.0 alone, as demo-nh.sh does
# (/usr/share/doc/belenios-tool/examples/demo-nh.sh): usage  make-golden.sh FOLDER TEMPLATE VOTES SHUFFLERS
# Writes into FOLDER: election.json (the Setup's election), encrypted_tally.json (the tally, whose
# non-homomorphic questions are the first shuffle's input), shuffle-1.json … (each Shuffle event's
# shuffle data, each the input of the next), and the archive the tool verified (election.bel).
set -e -o pipefail
export BELENIOS_USE_URANDOM=1
out=$(realpath "$1"); template=$(realpath "$2"); votes=$(realpath "$3"); shufflers=$4
work=$(mktemp -d); cd "$work"
UUID=$(belenios-tool setup generate-token)
group="--group RFC-3526-2048"   # BELENIOS-2048 cannot encode NH answers (Group_field.of_bits: missing parameters)
belenios-tool setup generate-credentials --uuid $UUID $group --count $(wc -l < "$votes") > /dev/null
mv *.pubcreds public_creds.json; mv *.privcreds private_creds.txt
belenios-tool setup generate-trustee-key $group 2> /dev/null
cat *.pubkey > public_keys.jsons
belenios-tool setup make-trustees
belenios-tool setup make-election --uuid $UUID $group --template "$template"
belenios-tool archive init
paste private_creds.txt "$votes" | while read id cred vote; do
  belenios-tool election generate-ballot --privcred <(echo "$cred") --ballot <(echo "$vote") | belenios-tool archive add-event --type=Ballot
done
belenios-tool archive add-event --type=EndBallots < /dev/null
belenios-tool election compute-encrypted-tally | belenios-tool archive add-event --type=EncryptedTally
for i in $(seq 1 $shufflers); do
  belenios-tool election shuffle --trustee-id=$i 2> /dev/null | tee shuffle.out | belenios-tool archive add-event --type=Shuffle
  head -n1 shuffle.out | tr -d '\n' > "$out/shuffle-$i.json"
done
belenios-tool election verify 2>&1 | tail -n1
mkdir -p "$out"; tr -d "\n" < election.json > "$out/election.json"   # as the archive stores it: φ hashes these bytes
belenios-tool election compute-encrypted-tally 2> /dev/null | head -n1 | tr -d '\n' > "$out/encrypted_tally.json"
cp $UUID.bel "$out/election.bel"
rm -rf "$work"
