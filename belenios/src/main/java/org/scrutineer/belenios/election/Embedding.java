package org.scrutineer.belenios.election;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scrutineer.crypto.group.Group;

/**
 * How a non-homomorphic answer [v1, …, vn] becomes one group element — the {@code embedding} of
 * Belenios spec 2.0 §4.10 "Elections" (κ = {@code bits_per_int}, p = {@code padding}), used by
 * §4.11.2 "Non-homomorphic answers" (group_encode) and §4.19 "Election result" (group_decode).
 *
 * <p>belenios-tool 2.0 writes no {@code embedding} object in the election: it is implied by the
 * group, (padding 8, bits_per_int 8) for RFC-3526-2048 (§5.2) and none for BELENIOS-2048 (§5.1),
 * which therefore cannot carry non-homomorphic questions.
 */
public record Embedding(int padding, int bitsPerInt) {

  /** Spec §5.2 "RFC-3526-2048": padding = 8, bits_per_int = 8. */
  public static final Embedding RFC_3526_2048 = new Embedding(8, 8);

  public Embedding {
    // belenios-tool's check_params: 0 < padding, 0 < bits_per_int < 32.
    if (padding <= 0 || bitsPerInt <= 0 || bitsPerInt >= 32) {
      throw new IllegalArgumentException(
          "embedding needs padding > 0 and 0 < bits_per_int < 32, found " + padding + " and " + bitsPerInt);
    }
  }

  /** The embedding a group implies (spec §5): RFC-3526-2048's, or none. */
  public static Optional<Embedding> of(Group group) {
    return group.equals(Group.RFC_3526_2048) ? Optional.of(RFC_3526_2048) : Optional.empty();
  }

  /** The largest value one vi may take: 2^κ − 1. */
  public int maxValue() {
    return (1 << bitsPerInt) - 1;
  }

  /**
   * Spec §4.11.2: ξ = group_encode([v1…vn]) = (((v1·2^κ + v2)·2^κ + …)·2^κ + vn)·2^p + ε, with ε the
   * smallest non-negative number that puts ξ in G (as belenios-tool's {@code of_ints}).
   *
   * @throws IllegalArgumentException if some vi is outside [0, 2^κ) — belenios-tool 2.0 would keep
   *     only its low κ bits, silently changing the vote — or if the vector is too long for ξ to stay
   *     below the group's p (n·κ + padding bits must be fewer than p's)
   */
  public BigInteger encode(Group group, List<Integer> values) {
    if (values.size() * bitsPerInt + padding >= group.p().bitLength()) {
      throw new IllegalArgumentException(
          values.size() + " values of " + bitsPerInt + " bits and " + padding + " bits of padding do not fit below p of "
              + group.name() + " (" + group.p().bitLength() + " bits)");
    }
    BigInteger packed = BigInteger.ZERO;
    for (int i = 0; i < values.size(); i++) {
      int v = values.get(i);
      if (v < 0 || v > maxValue()) {
        throw new IllegalArgumentException(
            "value " + (i + 1) + " is " + v + ", outside [0, " + maxValue() + "] (" + bitsPerInt + " bits, spec §4.11.2)");
      }
      packed = packed.shiftLeft(bitsPerInt).add(BigInteger.valueOf(v));
    }
    BigInteger xi = packed.shiftLeft(padding);
    BigInteger limit = xi.add(BigInteger.ONE.shiftLeft(padding));
    while (!group.isMember(xi)) {
      xi = xi.add(BigInteger.ONE);
      if (xi.compareTo(limit) >= 0) {
        // Half of the numbers are quadratic residues; 2^padding non-members in a row does not happen
        // for the spec's padding of 8 (probability 2^-256), but ε must stay within its p bits.
        throw new IllegalArgumentException("no ε of " + padding + " bits puts the encoded answer in " + group.name());
      }
    }
    return xi;
  }

  /**
   * Spec §4.19: group_decode, the inverse of group_encode — drop the padding, then read n values of
   * κ bits, vn in the lowest bits (as belenios-tool's {@code to_ints}, which ignores higher bits).
   */
  public List<Integer> decode(int n, BigInteger xi) {
    BigInteger rest = xi.shiftRight(padding);
    int[] values = new int[n];
    BigInteger mask = BigInteger.valueOf(maxValue());
    for (int i = n - 1; i >= 0; i--) {
      values[i] = rest.and(mask).intValueExact();
      rest = rest.shiftRight(bitsPerInt);
    }
    List<Integer> out = new ArrayList<>(n);
    for (int v : values) {
      out.add(v);
    }
    return List.copyOf(out);
  }
}
