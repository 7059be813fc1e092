package org.scrutineer.archive.verify;

/**
 * Where the verifier reports how far it has got, for long runs (a million credentials take minutes
 * to check). Called on the verifier's reading thread; implementations must be quick.
 */
public interface VerificationProgress {
  /** Reports nothing. */
  VerificationProgress NONE = new VerificationProgress() {};

  /** So many public credentials of the set-up have been read and registered (spec §4.8). */
  default void credentialsRead(long credentials) {}

  /**
   * So many public credentials have been checked for subgroup membership on their own (spec §4.8),
   * after the ballots: those that cast no valid ballot.
   */
  default void credentialsChecked(long credentials) {}

  /** So many ballots have been read and handed to the checks (spec §3.5.1). */
  default void ballotsRead(long ballots) {}

  /** The proof of shuffle number {@code shuffle} (from 1) over so many ciphertexts is being checked (spec §6 Table 5). */
  default void shuffleChecking(int shuffle, long ciphertexts) {}

  /** A partial decryption by trustee {@code owner} of so many ciphertexts is being checked (spec §4.18). */
  default void partialDecryptionChecking(int owner, long ciphertexts) {}
}
