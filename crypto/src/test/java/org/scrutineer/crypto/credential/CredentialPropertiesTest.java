package org.scrutineer.crypto.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.scrutineer.crypto.TestRandom;

/** Spec §4.8's checksum, against belenios-tool's rule (c1 + d) mod 53 = 0 computed here directly. */
class CredentialPropertiesTest {
  @Provide
  Arbitrary<String> compactCredentials() {
    return Arbitraries.strings().withChars(Base58.ALPHABET.toCharArray()).ofLength(15);
  }

  @Property
  void parseAcceptsExactlyWhatTheToolsRuleAccepts(@ForAll("compactCredentials") String compact) {
    boolean toolAccepts = c1(compact)
            .add(BigInteger.valueOf(Base58.digit(compact.charAt(14))))
            .mod(BigInteger.valueOf(53))
            .signum()
        == 0;
    assertThat(Credential.parse(compact).isPresent()).isEqualTo(toolAccepts);
    assertThat(Credential.parse(dashed(compact)).isPresent()).isEqualTo(toolAccepts);
  }

  @Property
  void generatedCredentialsCarryThe53MinusC1Checksum(@ForAll long seed) {
    String text = Credential.generate(TestRandom.seeded(seed)).reveal();
    String compact = text.replace("-", "");
    assertThat(text).isEqualTo(dashed(compact));
    int expected = 53 - c1(compact).mod(BigInteger.valueOf(53)).intValue();
    assertThat(Base58.digit(compact.charAt(14))).isEqualTo(expected);
    assertThat(Credential.parse(text)).isPresent();
  }

  /** Changing one digit by Δ changes c1 + d by Δ·58^k, a multiple of 53 only when 53 divides Δ. */
  @Property
  void aOneCharacterTypoIsCaughtUnlessItShiftsTheDigitBy53(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 14) int position,
      @ForAll @IntRange(min = 1, max = 57) int shift) {
    String compact = Credential.generate(TestRandom.seeded(seed)).reveal().replace("-", "");
    int digit = Base58.digit(compact.charAt(position));
    int changed = (digit + shift) % 58;
    String typo = compact.substring(0, position)
        + Base58.character(changed)
        + compact.substring(position + 1);
    boolean undetectable = Math.abs(changed - digit) == 53;
    assertThat(Credential.parse(dashed(typo)).isPresent()).as(typo).isEqualTo(undetectable);
  }

  private static BigInteger c1(String compact) {
    BigInteger c1 = BigInteger.ZERO;
    for (int i = 0; i < 14; i++) {
      c1 = c1.multiply(BigInteger.valueOf(58))
          .add(BigInteger.valueOf(Base58.digit(compact.charAt(i))));
    }
    return c1;
  }

  private static String dashed(String compact) {
    return String.join(
        "-",
        compact.substring(0, 3),
        compact.substring(3, 6),
        compact.substring(6, 9),
        compact.substring(9, 12),
        compact.substring(12, 15));
  }
}
