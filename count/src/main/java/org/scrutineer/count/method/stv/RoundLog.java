package org.scrutineer.count.method.stv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.scrutineer.count.ballot.Candidates;
import org.scrutineer.count.report.Round;
import org.scrutineer.count.report.SectionRound;
import org.scrutineer.count.report.TallySheet;
import org.scrutineer.count.tiebreak.TieBreakRecord;

/**
 * The rounds of one STV count as they are decided: each round's tally (overall and by section),
 * and the tallies of earlier rounds that previous-round tie-breaks look back through. Mutable,
 * private to a count.
 */
final class RoundLog {
  private final Candidates candidates;
  private final List<String> sections;
  private final List<Round> rounds = new ArrayList<>();
  private final List<BigDecimal[]> history = new ArrayList<>();
  private final Map<String, List<SectionRound>> bySection = new LinkedHashMap<>();

  RoundLog(Candidates candidates, List<String> sections) {
    this.candidates = candidates;
    this.sections = List.copyOf(sections);
    for (String section : sections) {
      bySection.put(section, new ArrayList<>());
    }
  }

  TallySheet newSheet() {
    return new TallySheet(candidates, this.sections);
  }

  /** The number the next recorded round gets. */
  int next() {
    return rounds.size() + 1;
  }

  /** Tallies of the rounds recorded so far, oldest first, as {@code TieBreaker.choose} takes them. */
  List<BigDecimal[]> history() {
    return Collections.unmodifiableList(history);
  }

  /**
   * Records a round.
   *
   * @param totals the tally by candidate index as the report shows it (e.g. an elected candidate at
   *     the quota); it is also what later tie-breaks compare
   * @param shown the candidates the round's tally lists
   */
  void record(BigDecimal[] totals, BigDecimal exhausted, TallySheet sheet, IntPredicate shown, List<Integer> elected,
      List<Integer> eliminated, Map<String, Map<String, BigDecimal>> transfers, Optional<BigDecimal> quota,
      List<TieBreakRecord> tieBreaks) {
    int round = next();
    Map<String, BigDecimal> tally = new LinkedHashMap<>();
    for (int c = 0; c < totals.length; c++) {
      if (shown.test(c)) {
        tally.put(candidates.name(c), totals[c]);
      }
    }
    rounds.add(new Round(round, tally, exhausted, names(elected), names(eliminated), ordered(transfers), quota,
        tieBreaks));
    history.add(totals.clone());
    sheet.sectionRounds(round, shown).forEach((section, r) -> bySection.get(section).add(r));
  }

  /** Each transfer's destinations in the official order, exhausted last, whatever order the ballots came in. */
  private Map<String, Map<String, BigDecimal>> ordered(Map<String, Map<String, BigDecimal>> transfers) {
    Map<String, Map<String, BigDecimal>> ordered = new LinkedHashMap<>();
    transfers.forEach((from, to) -> {
      Map<String, BigDecimal> dest = new LinkedHashMap<>();
      for (String name : candidates.names()) {
        if (to.containsKey(name)) {
          dest.put(name, to.get(name));
        }
      }
      if (to.containsKey(Round.EXHAUSTED)) {
        dest.put(Round.EXHAUSTED, to.get(Round.EXHAUSTED));
      }
      ordered.put(from, dest);
    });
    return ordered;
  }

  List<Round> rounds() {
    return List.copyOf(rounds);
  }

  Map<String, List<SectionRound>> sections() {
    return bySection;
  }

  private List<String> names(List<Integer> indices) {
    List<String> names = new ArrayList<>();
    for (int c : indices) {
      names.add(candidates.name(c));
    }
    return names;
  }

  /** Adds {@code votes} moved from {@code from} to {@code to} (a candidate index, or −1 for exhausted). */
  static void credit(Map<String, Map<String, BigDecimal>> transfers, Candidates candidates, int from, int to,
      BigDecimal votes) {
    String key = to < 0 ? Round.EXHAUSTED : candidates.name(to);
    transfers.computeIfAbsent(candidates.name(from), k -> new LinkedHashMap<>()).merge(key, votes, BigDecimal::add);
  }
}
