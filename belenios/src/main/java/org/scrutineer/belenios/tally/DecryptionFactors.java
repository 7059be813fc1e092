package org.scrutineer.belenios.tally;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.scrutineer.belenios.trustee.ThresholdParameters;
import org.scrutineer.belenios.trustee.TrusteePublicKey;
import org.scrutineer.belenios.trustee.Trustees;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.threshold.Lagrange;

/**
 * The trustees' partial decryptions combined into one decryption factor F per ciphertext of the
 * tally, so that beta / F is the plaintext — Belenios spec 2.0 §4.19 "Election result": the product
 * of every Single trustee's factor and, for each Pedersen group, of its members' factors raised to
 * their Lagrange coefficients at 0 (§3.1.1 "Pedersen" protocol).
 *
 * <p>As belenios-tool 2.0's {@code combine_factors} ({@code src/lib/core/util.ml} {@code
 * compute_synthetic_factors}): owners are numbered from 1 along trustees.json (a Single one number,
 * a Pedersen group of n members n numbers); every Single must have decrypted; of a Pedersen group,
 * the first t members that decrypted, in member order, are combined and any others ignored.
 */
public final class DecryptionFactors {
  private DecryptionFactors() {}

  /** The outcome of {@link #combine}. */
  public sealed interface Combination permits Combined, Incomplete {}

  /** F for every ciphertext, in the tally's shape. */
  public record Combined(List<List<BigInteger>> factors) implements Combination {
    public Combined {
      factors = factors.stream().map(List::copyOf).toList();
    }
  }

  /** Too few partial decryptions; the reason in belenios-tool's words, with the trustees named. */
  public record Incomplete(String reason) implements Combination {}

  /**
   * The public key each owner number's partial decryption is checked against (§4.18), owner 1 at
   * index 0: a Single trustee's key, a Pedersen member's verification key (§4.6.6).
   */
  public static List<BigInteger> keysByOwner(Trustees trustees) {
    List<BigInteger> keys = new ArrayList<>();
    for (Trustees.Item item : trustees.items()) {
      if (item instanceof Trustees.Single single) {
        keys.add(single.key().publicKey());
      } else {
        ((Trustees.Pedersen) item).parameters().verificationKeys().stream().map(TrusteePublicKey::publicKey).forEach(keys::add);
      }
    }
    return List.copyOf(keys);
  }

  /**
   * Combines partial decryptions that were each checked against {@link #keysByOwner} (spec §4.18);
   * {@code byOwner} maps owner numbers (from 1) to them. The exponentiations by Lagrange
   * coefficients run on every core: a non-homomorphic tally has one ciphertext per ballot.
   */
  public static Combination combine(Group group, Trustees trustees, Map<Integer, PartialDecryption> byOwner) {
    List<PartialDecryption> parts = new ArrayList<>();
    List<BigInteger> exponents = new ArrayList<>(); // 1 for a Single, λ_j for a Pedersen member
    int owner = 1;
    for (Trustees.Item item : trustees.items()) {
      if (item instanceof Trustees.Single) {
        PartialDecryption decryption = byOwner.get(owner);
        if (decryption == null) {
          return new Incomplete("a partial decryption is missing (trustee " + owner + ")");
        }
        parts.add(decryption);
        exponents.add(BigInteger.ONE);
        owner++;
        continue;
      }
      ThresholdParameters parameters = ((Trustees.Pedersen) item).parameters();
      List<Integer> members = new ArrayList<>();
      for (int m = 1; m <= parameters.size() && members.size() < parameters.threshold(); m++) {
        if (byOwner.containsKey(owner + m - 1)) {
          members.add(m);
        }
      }
      if (members.size() < parameters.threshold()) {
        return new Incomplete("not enough partial decryptions: threshold trustees " + owner + " to "
            + (owner + parameters.size() - 1) + " gave " + members.size() + ", " + parameters.threshold() + " are needed");
      }
      for (int m : members) {
        parts.add(byOwner.get(owner + m - 1));
        exponents.add(Lagrange.coefficient(group, members, m));
      }
      owner += parameters.size();
    }
    if (parts.isEmpty()) {
      return new Incomplete("the election has no trustees");
    }
    List<List<BigInteger>> shape = parts.get(0).factors();
    List<List<BigInteger>> factors = new ArrayList<>();
    for (int i = 0; i < shape.size(); i++) {
      int question = i;
      factors.add(IntStream.range(0, shape.get(i).size())
          .parallel()
          .mapToObj(j -> {
            BigInteger f = BigInteger.ONE;
            for (int k = 0; k < parts.size(); k++) {
              BigInteger factor = parts.get(k).factors().get(question).get(j);
              f = group.mul(f, exponents.get(k).equals(BigInteger.ONE) ? factor : group.pow(factor, exponents.get(k)));
            }
            return f;
          })
          .toList());
    }
    return new Combined(factors);
  }
}
