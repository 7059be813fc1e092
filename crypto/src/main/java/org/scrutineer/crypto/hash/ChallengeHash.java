package org.scrutineer.crypto.hash;

import java.math.BigInteger;
import java.util.List;
import org.scrutineer.crypto.group.Group;

/**
 * Fiat–Shamir challenges: SHA-256 of an ASCII string, read as a 256-bit big-endian number, reduced
 * mod q (Belenios spec 2.0 §4.5, §4.12–§4.14, §4.18). Numbers in the string are written in base 10,
 * separated by the verbatim {@code |} and {@code ,} of each formula; this class builds exactly that.
 */
public final class ChallengeHash {
  private ChallengeHash() {}

  /** SHA256(message) as a big-endian integer, mod q. */
  public static BigInteger of(Group group, String message) {
    return group.modQ(new BigInteger(1, Sha256.digest(message)));
  }

  /** The numbers joined with commas, in base 10 ({@code map_and_concat_with_commas}). */
  public static String commaSeparated(List<BigInteger> numbers) {
    return String.join(",", Decimal.ofAll(numbers));
  }
}
