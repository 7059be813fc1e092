package org.scrutineer.crypto.proof;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.scrutineer.crypto.group.Group;

/** One-number changes to honest proofs: each must make verification fail. */
final class Tamper {
  private Tamper() {}

  /** challenge + 1 mod q. */
  static Proof challenge(Group group, Proof proof) {
    return new Proof(proof.challenge().add(BigInteger.ONE).mod(group.q()), proof.response());
  }

  /** response + 1 mod q. */
  static Proof response(Group group, Proof proof) {
    return new Proof(proof.challenge(), proof.response().add(BigInteger.ONE).mod(group.q()));
  }

  /**
   * Both numbers + q: the same values mod q, so every recomputed commitment is unchanged — only the
   * Zq range check (spec §4.2; belenios-tool's {@code check_modulo q}) rejects it.
   */
  static Proof outOfRange(Group group, Proof proof) {
    return new Proof(proof.challenge().add(group.q()), proof.response().add(group.q()));
  }

  /** The list with element {@code index} changed. */
  static List<Proof> at(List<Proof> proofs, int index, UnaryOperator<Proof> change) {
    List<Proof> changed = new ArrayList<>(proofs);
    changed.set(index, change.apply(proofs.get(index)));
    return List.copyOf(changed);
  }

  /**
   * A decimal number as belenios-tool printed it with one digit changed (the last one, cycled), as a
   * transmission error or a hand edit would do.
   */
  static String digit(String decimal) {
    char last = decimal.charAt(decimal.length() - 1);
    char changed = (char) ('0' + (last - '0' + 1) % 10);
    return decimal.substring(0, decimal.length() - 1) + changed;
  }

  static BigInteger digit(BigInteger number) {
    return new BigInteger(digit(number.toString()));
  }
}
