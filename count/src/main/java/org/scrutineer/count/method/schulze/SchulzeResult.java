package org.scrutineer.count.method.schulze;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a Schulze count gives, field for field belenios-tool's {@code schulze_result}.
 *
 * @param valid the ballots counted (all but the blank ones when blank ballots are allowed)
 * @param blank the blank ballots, present only when blank ballots are allowed
 * @param raw {@code raw[i][j]}: ballots ranking choice i above choice j
 * @param beatpaths {@code beatpaths[i][j]}: the strongest beatpath from i to j ({@link Beat#NONE} if none)
 * @param ranking every choice, best first, in groups of equals; each group in question order
 */
public record SchulzeResult(
    BigDecimal valid, Optional<BigDecimal> blank, BigDecimal[][] raw, Beat[][] beatpaths, List<List<Integer>> ranking) {
  public SchulzeResult {
    Objects.requireNonNull(valid, "valid");
    Objects.requireNonNull(blank, "blank");
    raw = copy(raw);
    beatpaths = copy(beatpaths);
    ranking = ranking.stream().map(List::copyOf).toList();
  }

  @Override
  public BigDecimal[][] raw() {
    return copy(raw);
  }

  @Override
  public Beat[][] beatpaths() {
    return copy(beatpaths);
  }

  private static BigDecimal[][] copy(BigDecimal[][] m) {
    BigDecimal[][] c = new BigDecimal[m.length][];
    for (int i = 0; i < m.length; i++) {
      c[i] = m[i].clone();
    }
    return c;
  }

  private static Beat[][] copy(Beat[][] m) {
    Beat[][] c = new Beat[m.length][];
    for (int i = 0; i < m.length; i++) {
      c[i] = m[i].clone();
    }
    return c;
  }
}
