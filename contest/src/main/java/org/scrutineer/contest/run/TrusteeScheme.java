package org.scrutineer.contest.run;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contest's trustees: one trustee holding the whole decryption key ({@code 1-of-1}), or {@code
 * n} threshold trustees of whom any {@code threshold} decrypt together (Belenios spec 2.0 §4.6,
 * belenios-tool's {@code setup generate-trustee-key-threshold}); e.g. {@code 2-of-3}: the general
 * secretary, the candidates' nominee and an independent scrutineer, any two of whom can decrypt and
 * no one of whom can alone.
 */
public record TrusteeScheme(int threshold, int count) {
  private static final Pattern TEXT = Pattern.compile("(\\d{1,2})-of-(\\d{1,2})");

  public static final TrusteeScheme SINGLE = new TrusteeScheme(1, 1);

  public TrusteeScheme {
    boolean single = count == 1 && threshold == 1;
    if (!single && (threshold < 2 || threshold > count || count > 20)) {
      throw new IllegalArgumentException("trustees " + threshold + "-of-" + count
          + ": give 1-of-1, or K-of-N with 2 <= K <= N <= 20 (e.g. 2-of-3)");
    }
  }

  /** {@code K-of-N}, e.g. {@code 2-of-3}; empty when the text is not of that form or not a valid scheme. */
  public static Optional<TrusteeScheme> parse(String text) {
    Matcher matcher = TEXT.matcher(text.strip());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new TrusteeScheme(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Threshold trustees (Pedersen), rather than one trustee with the whole key. */
  public boolean isThreshold() {
    return count > 1;
  }

  @Override
  public String toString() {
    return threshold + "-of-" + count;
  }
}
