package org.scrutineer.contest.ballot;

import java.util.Arrays;
import java.util.Optional;

/**
 * The contest's ballot, chosen at {@code open} ({@code --ballot}) and recorded in {@code
 * contest.json} with the counting method it implies (docs/adr/0012-contest-design.md).
 */
public enum BallotKind {
  /**
   * One homomorphic question (Belenios spec 2.0 §4.9.1): one candidate, or blank; each section's
   * result is the decrypted sums, the candidate with most votes wins (2016's ballot of two).
   */
  PLURALITY("plurality", "plurality", "BELENIOS-2048"),

  /**
   * One non-homomorphic question (§4.9.2): each voter ranks the candidates; the ciphertexts are
   * shuffled (§4.17) and decrypted one by one, and the rankings of every section are counted
   * together by the alternative vote, {@code scrutineer count --method irv} with sections. A
   * non-homomorphic answer needs a group with an embedding (§5): RFC-3526-2048.
   */
  RANKED("ranked", "irv", "RFC-3526-2048");

  private final String key;
  private final String method;
  private final String group;

  BallotKind(String key, String method, String group) {
    this.key = key;
    this.method = method;
    this.group = group;
  }

  /** As {@code --ballot} and {@code contest.json} spell it. */
  public String key() {
    return key;
  }

  /** The counting method, as {@code scrutineer count --method} spells it. */
  public String method() {
    return method;
  }

  /** The Belenios group of the contest's elections (spec 2.0 §5). */
  public String group() {
    return group;
  }

  public static Optional<BallotKind> fromKey(String key) {
    return Arrays.stream(values()).filter(kind -> kind.key.equals(key)).findFirst();
  }
}
