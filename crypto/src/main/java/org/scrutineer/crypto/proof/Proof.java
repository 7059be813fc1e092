package org.scrutineer.crypto.proof;

import java.math.BigInteger;
import java.util.Objects;
import org.scrutineer.crypto.group.Group;

/** A Schnorr-style proof {challenge, response} ∈ Z_q² — Belenios spec 2.0 §4.3 {@code proof}. */
public record Proof(BigInteger challenge, BigInteger response) {
  public Proof {
    Objects.requireNonNull(challenge, "challenge");
    Objects.requireNonNull(response, "response");
  }

  /** Both numbers are exponents in [0, q) (spec §4.2 type Zq). */
  public boolean inRange(Group group) {
    return group.isExponent(challenge) && group.isExponent(response);
  }
}
