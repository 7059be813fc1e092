package org.scrutineer.count.method.mj;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What a majority-judgment count gives, field for field belenios-tool's {@code mj_result}.
 *
 * @param raw {@code raw[c][g]}: ballots giving choice c grade g + 1
 * @param valid ballots that graded every choice 1…G
 * @param blank all-zero ballots, present only when blank ballots are allowed
 * @param invalid the other ballots, last first (the order belenios-tool prints them)
 * @param ranking every choice, best first, in groups of equals (within a group, the order
 *     belenios-tool leaves them in)
 */
public record MajorityJudgmentResult(long[][] raw, long valid, OptionalLong blank, List<long[]> invalid, List<List<Integer>> ranking) {
  public MajorityJudgmentResult {
    raw = copy(raw);
    Objects.requireNonNull(blank, "blank");
    invalid = invalid.stream().map(long[]::clone).toList();
    ranking = ranking.stream().map(List::copyOf).toList();
  }

  @Override
  public long[][] raw() {
    return copy(raw);
  }

  @Override
  public List<long[]> invalid() {
    return invalid.stream().map(long[]::clone).toList();
  }

  private static long[][] copy(long[][] m) {
    long[][] c = new long[m.length][];
    for (int i = 0; i < m.length; i++) {
      c[i] = m[i].clone();
    }
    return c;
  }
}
