package org.scrutineer.crypto.shuffle;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.hash.Sha256;

/**
 * The independent generators of the shuffle proof — Belenios spec 2.0 §6, Table 6
 * "GetSecondaryGenerator()", Table 7 "GetGenerators(N)" and Table 8 "GetGenerator(i)": h_i =
 * SHA256("ggen|i")^((p−1)/q) mod p, i in base 10 (h = generator −1), none of them 0, 1, g or equal
 * to another. Nobody knows a discrete log between them, which the permutation commitment relies on.
 */
final class IndependentGenerators {
  private final Group group;
  private final BigInteger cofactor;
  private final BigInteger secondary;
  private final List<BigInteger> generators;

  private IndependentGenerators(Group group, int n) {
    this.group = group;
    this.cofactor = group.p().subtract(BigInteger.ONE).divide(group.q());
    Map<BigInteger, Integer> seen = new HashMap<>();
    this.secondary = distinct(-1, seen);
    List<BigInteger> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(distinct(i, seen));
    }
    this.generators = List.copyOf(list);
  }

  /** h and h_0 … h_{n−1}, each checked distinct from the others (Table 8 steps 4–6). */
  static IndependentGenerators of(Group group, int n) {
    return new IndependentGenerators(group, n);
  }

  /** h of Table 6: generator −1, the base of the commitment chain. */
  BigInteger secondary() {
    return secondary;
  }

  /** h_0 … h_{n−1} of Table 7. */
  List<BigInteger> generators() {
    return generators;
  }

  private BigInteger distinct(int i, Map<BigInteger, Integer> seen) {
    BigInteger x = new BigInteger(Sha256.hex(("ggen|" + i).getBytes(StandardCharsets.UTF_8)), 16);
    BigInteger h = group.pow(x.mod(group.p()), cofactor);
    if (h.signum() == 0 || h.equals(BigInteger.ONE) || h.equals(group.g())) {
      throw new IllegalStateException("generator #" + i + " of " + group.name() + " is 0, 1 or g");
    }
    Integer other = seen.putIfAbsent(h, i);
    if (other != null) {
      throw new IllegalStateException(
          "generator #" + i + " of " + group.name() + " collides with #" + other);
    }
    return h;
  }
}
