package org.scrutineer.archive.verify;

/**
 * The verifier's checklist: one entry per requirement of Belenios spec 2.0 §3.5 "Audit", each
 * naming the spec section it enforces. Findings carry one of these, so a report says which rule an
 * archive broke.
 */
public enum Check {
  ARCHIVE_STRUCTURE("archive", "§4.4: well-formed tar, entries named by their SHA-256, events chained by parent and height, each payload written just before its event"),
  EVENT_ORDER("event-order", "§4.4, §3.4: Setup, Ballot…, EndBallots, EncryptedTally, Shuffle…, EndShuffles, PartialDecryption…, Result, in that order; shuffles before any decryption when a question is non-homomorphic"),
  SETUP_ELECTION("setup.election", "§4.10: the election is well formed and names a known group"),
  SETUP_TRUSTEES("setup.trustees", "§4.5, §4.6, §4.7: every Single trustee key is in the subgroup with a valid proof of knowledge; every threshold group's certificates, commitments and verification keys check"),
  SETUP_PUBLIC_KEY("setup.public-key", "§3.1.1: the election public key is the combination of the trustees' keys"),
  SETUP_CREDENTIALS("setup.credentials", "§4.8: every public credential is in the subgroup, none twice"),
  BALLOT_FORMAT("ballot.format", "§4.15: the ballot is well formed and in canonical JSON"),
  BALLOT_CREDENTIAL("ballot.credential", "§3.5.1: the ballot's credential is one of the public credentials (of weight 1 when a question is non-homomorphic)"),
  BALLOT_PROOFS("ballot.proofs", "§4.11–§4.15: uuid, fingerprint, signature, choices in the subgroup, all proofs"),
  BALLOT_REPLAY("ballot.replay", "Scrutineer: a ballot's exact bytes appear only once (belenios-tool does not check this)"),
  ENCRYPTED_TALLY("tally.encrypted", "§4.16: the encrypted tally is the weighted product of the last ballot of each credential; for a non-homomorphic question, those ballots' ciphertexts in belenios-tool's order"),
  SHUFFLE("tally.shuffle", "§4.17, §6 Table 5: each shuffle's proof verifies against the previous shuffle's output (the tally's non-homomorphic ciphertexts for the first); at least one shuffle when a question is non-homomorphic"),
  PARTIAL_DECRYPTION("tally.partial-decryption", "§4.18: each trustee's factors for the (shuffled) tally are in the subgroup and their proofs verify"),
  RESULT("tally.result", "§4.19: the published result is the decryption of the (shuffled) tally by every Single trustee and enough members of each threshold group");

  private final String id;
  private final String rule;

  Check(String id, String rule) {
    this.id = id;
    this.rule = rule;
  }

  /** Short stable identifier, as reports print it. */
  public String id() {
    return id;
  }

  /** What the check requires, with its spec section. */
  public String rule() {
    return rule;
  }
}
