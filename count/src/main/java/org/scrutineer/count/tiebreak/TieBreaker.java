package org.scrutineer.count.tiebreak;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.scrutineer.count.ballot.Candidates;
import org.scrutineer.count.rules.TieBreak;

/**
 * Breaks ties under a {@link TieBreak} rule, and says how in a {@link TieBreakRecord} for the report.
 *
 * <p>The draw of {@code random:SEED} is reproducible by anyone: each tied candidate gets the key
 * SHA-256("SEED:ROUND:NAME") in lower-case hex, and the candidates are ordered by key. To eliminate,
 * the first in that order loses; to elect, the first wins. It depends on the seed, the round and the
 * names only, never on ballot order.
 */
public final class TieBreaker {
  /** Why a tie is being broken: the one chosen is eliminated, or elected. */
  public enum Purpose {
    ELIMINATE,
    ELECT
  }

  private final TieBreak rule;
  private final Candidates candidates;

  public TieBreaker(TieBreak rule, Candidates candidates) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.candidates = Objects.requireNonNull(candidates, "candidates");
  }

  /**
   * Chooses one of {@code tied} (candidate indices, at least two).
   *
   * @param round the 1-based round the tie arises in
   * @param history tallies of the earlier rounds, oldest first: {@code history.get(i)[c]} is
   *     candidate c's votes in round i + 1 (candidates not in that round may hold anything)
   */
  public TieBreakRecord choose(Purpose purpose, int round, List<Integer> tied, List<BigDecimal[]> history) {
    if (tied.size() < 2) {
      throw new IllegalArgumentException("a tie needs at least two candidates, got " + tied);
    }
    List<Integer> sorted = new ArrayList<>(tied);
    sorted.sort(Comparator.naturalOrder());
    if (rule instanceof TieBreak.PreviousRound || rule instanceof TieBreak.PreviousRoundThenRandom) {
      var earlier = byPreviousRounds(purpose, sorted, history);
      if (earlier != null) {
        return earlier;
      }
      if (rule instanceof TieBreak.PreviousRoundThenRandom r) {
        return draw(purpose, round, sorted, r.seed(), "tied in every earlier round; ");
      }
      return byCandidateOrder(purpose, sorted, "tied in every earlier round; ");
    }
    if (rule instanceof TieBreak.Random r) {
      return draw(purpose, round, sorted, r.seed(), "");
    }
    return byCandidateOrder(purpose, sorted, "");
  }

  private TieBreakRecord byPreviousRounds(Purpose purpose, List<Integer> tied, List<BigDecimal[]> history) {
    for (int i = history.size() - 1; i >= 0; i--) {
      BigDecimal[] tally = history.get(i);
      List<Integer> extreme = new ArrayList<>();
      BigDecimal best = null;
      for (int c : tied) {
        BigDecimal v = tally[c] == null ? BigDecimal.ZERO : tally[c];
        int cmp = best == null ? -1 : v.compareTo(best);
        if (purpose == Purpose.ELECT) {
          cmp = -cmp;
        }
        if (best == null || cmp < 0) {
          best = v;
          extreme.clear();
          extreme.add(c);
        } else if (cmp == 0) {
          extreme.add(c);
        }
      }
      if (extreme.size() == 1) {
        return new TieBreakRecord(purpose, names(tied), candidates.name(extreme.get(0)),
            "previous round: in round " + (i + 1) + " " + candidates.name(extreme.get(0)) + " had "
                + (purpose == Purpose.ELIMINATE ? "the fewest" : "the most") + " votes, " + best.toPlainString());
      }
      if (extreme.size() < tied.size()) {
        // Narrow to the candidates still tied at the extreme and keep looking back (RCTab does the same).
        return byPreviousRounds(purpose, extreme, history.subList(0, i));
      }
    }
    return null;
  }

  private TieBreakRecord byCandidateOrder(Purpose purpose, List<Integer> tied, String prefix) {
    int chosen = purpose == Purpose.ELIMINATE ? tied.get(tied.size() - 1) : tied.get(0);
    return new TieBreakRecord(purpose, names(tied), candidates.name(chosen),
        prefix + "candidate order: " + candidates.name(chosen) + " is "
            + (purpose == Purpose.ELIMINATE ? "latest" : "earliest") + " of the tied in the official order");
  }

  private TieBreakRecord draw(Purpose purpose, int round, List<Integer> tied, long seed, String prefix) {
    List<String[]> keyed = new ArrayList<>();
    for (int c : tied) {
      keyed.add(new String[] {sha256Hex(seed + ":" + round + ":" + candidates.name(c)), candidates.name(c)});
    }
    keyed.sort(Comparator.comparing((String[] k) -> k[0]));
    String chosen = keyed.get(0)[1];
    var order = new StringBuilder();
    for (String[] k : keyed) {
      order.append(order.length() == 0 ? "" : ", ").append(k[1]).append(" ").append(k[0], 0, 12);
    }
    return new TieBreakRecord(purpose, names(tied), chosen,
        prefix + "draw with seed " + seed + " in round " + round + ": SHA-256(\"" + seed + ":" + round
            + ":NAME\") orders " + order + "; " + chosen + " is first");
  }

  private List<String> names(List<Integer> tied) {
    List<String> names = new ArrayList<>();
    for (int c : tied) {
      names.add(candidates.name(c));
    }
    return names;
  }

  private static String sha256Hex(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
