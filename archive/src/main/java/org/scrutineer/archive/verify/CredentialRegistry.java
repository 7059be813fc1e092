package org.scrutineer.archive.verify;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.hash.Decimal;

/**
 * The public credentials of an election and, for each, the ballot that currently counts — Belenios
 * spec 2.0 §4.15 last(B): a later ballot with the same credential replaces the earlier one. Also
 * remembers every ballot's hash, so that a ballot appended twice is recognised as a replay.
 */
final class CredentialRegistry {
  /** A registered voter: the weight of their ballot and which ballot event counts, if any. */
  static final class Voter {
    final BigInteger weight;
    long countedBallotEvent = -1;
    /**
     * The counted ballot's ciphertexts for the non-homomorphic questions, in question order (spec
     * §4.16 puts them into the tally one by one); null when the election has none or the ballot
     * lacks some.
     */
    List<Ciphertext> nonHomomorphic;
    /**
     * A valid ballot with this credential was checked, which took its credential's subgroup
     * membership (spec §4.1, §4.14), so the set-up's check of that credential can be skipped. Set by
     * the ballot-check threads, read once they have finished.
     */
    volatile boolean credentialChecked;

    Voter(BigInteger weight) {
      this.weight = weight;
    }
  }

  private final Map<Digest, Voter> voters = new HashMap<>();
  private final Map<Digest, Long> ballotEvents = new HashMap<>();

  /** Adds a credential; false if it was already there. */
  boolean register(BigInteger credential, BigInteger weight) {
    return voters.putIfAbsent(key(credential), new Voter(weight)) == null;
  }

  Optional<Voter> voter(BigInteger credential) {
    return Optional.ofNullable(voters.get(key(credential)));
  }

  /** The event that first carried these exact ballot bytes, if the ballot was seen before. */
  Optional<Long> previousOccurrence(Digest ballot, long event) {
    Long first = ballotEvents.putIfAbsent(ballot, event);
    return Optional.ofNullable(first);
  }

  void forEachVoter(java.util.function.Consumer<Voter> action) {
    voters.values().forEach(action);
  }

  int size() {
    return voters.size();
  }

  private static Digest key(BigInteger credential) {
    return Digest.ofText(Decimal.of(credential));
  }
}
