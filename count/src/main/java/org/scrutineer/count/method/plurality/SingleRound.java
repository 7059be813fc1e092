package org.scrutineer.count.method.plurality;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scrutineer.count.ballot.Candidates;
import org.scrutineer.count.method.CountMethod;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.count.report.Round;
import org.scrutineer.count.report.SectionRound;
import org.scrutineer.count.report.TallySheet;
import org.scrutineer.count.rules.CountRules;
import org.scrutineer.count.tiebreak.TieBreaker;

/** The report of a one-round count: the tally, the N highest elected, the section tallies. */
final class SingleRound {
  private SingleRound() {}

  static CountReport report(CountMethod method, Candidates candidates, int seats, CountRules rules, TallySheet sheet) {
    BigDecimal[] votes = sheet.totals();
    Highest.Choice choice = Highest.choose(votes, seats, candidates, new TieBreaker(rules.tieBreak(), candidates));
    List<String> winners = choice.winners().stream().map(candidates::name).toList();
    Round round = new Round(1, sheet.tally(c -> true), sheet.exhausted(), winners, List.of(), Map.of(), Optional.empty(),
        choice.tieBreaks());
    Map<String, List<SectionRound>> sections = new java.util.LinkedHashMap<>();
    sheet.sectionRounds(1, c -> true).forEach((section, r) -> sections.put(section, List.of(r)));
    return new CountReport(method.flag(), seats, Optional.empty(), winners, List.of(round), sections, rules, Map.of(), List.of());
  }
}
