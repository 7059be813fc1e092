package org.scrutineer.contest.result;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scrutineer.contest.error.ResultRefused;
import org.scrutineer.electorate.register.Section;

/**
 * The published result computed from each section's verified counts (docs/adr/0012-contest-design.md,
 * "Published result"): per section and in total, eligible voters (issued minus removed), counted
 * ballots, spoilt, valid votes, each candidate's votes and percentage of the valid votes, and turnout
 * (counted ballots as a percentage of eligible voters), percentages by {@link Percentage}. The total
 * adds the sections' figures and takes its percentages from those sums; it is never counted apart.
 */
public final class ResultTable {
  private ResultTable() {}

  /**
   * The result, or every reason the counts cannot make one.
   *
   * @param candidates the candidates in ballot order; every section gives each of them a figure
   * @param counts one per section that voted, in any order (the result lists them in section order)
   */
  public static Outcome compute(List<String> candidates, List<SectionCount> counts) {
    List<ResultRefused> problems = new ArrayList<>();
    Set<Section> seen = EnumSet.noneOf(Section.class);
    for (SectionCount count : counts) {
      String section = count.section().key();
      if (!seen.add(count.section())) {
        problems.add(new ResultRefused(section, "is given twice"));
      }
      count.votes().keySet().stream().filter(name -> !candidates.contains(name))
          .forEach(name -> problems.add(new ResultRefused(section, "has votes for " + name + ", who is not a candidate")));
      candidates.stream().filter(name -> !count.votes().containsKey(name))
          .forEach(name -> problems.add(new ResultRefused(section, "gives no figure for candidate " + name)));
      if (count.removed() > count.issued()) {
        problems.add(new ResultRefused(section, count.removed() + " votes removed, but only " + count.issued() + " credentials issued"));
      } else if (count.ballots() > count.issued() - count.removed()) {
        problems.add(new ResultRefused(section, count.ballots() + " ballots counted, but only " + (count.issued() - count.removed())
            + " voters eligible (" + count.issued() + " issued, " + count.removed() + " removed)"));
      }
    }
    if (!problems.isEmpty()) {
      return new Refused(problems);
    }
    List<SectionCount> ordered = counts.stream().sorted(Comparator.comparing(SectionCount::section)).toList();
    List<ResultLine> sections = ordered.stream().map(count -> line(count.section().key(), candidates, count.issued(),
        count.removed(), count.votes(), count.spoilt())).toList();
    Map<String, Long> totalVotes = new LinkedHashMap<>();
    candidates.forEach(name -> totalVotes.put(name, ordered.stream().mapToLong(count -> count.votes().get(name)).sum()));
    ResultLine total = line(ResultLine.TOTAL, candidates, ordered.stream().mapToLong(SectionCount::issued).sum(),
        ordered.stream().mapToLong(SectionCount::removed).sum(), totalVotes, ordered.stream().mapToLong(SectionCount::spoilt).sum());
    return new Computed(new ContestResult(sections, total));
  }

  private static ResultLine line(String label, List<String> candidates, long issued, long removed, Map<String, Long> votes, long spoilt) {
    long valid = candidates.stream().mapToLong(votes::get).sum();
    long eligible = issued - removed;
    long ballots = valid + spoilt;
    List<CandidateVotes> lines = candidates.stream()
        .map(name -> new CandidateVotes(name, votes.get(name), Percentage.of(votes.get(name), valid))).toList();
    return new ResultLine(label, issued, removed, eligible, ballots, spoilt, valid, lines, Percentage.of(ballots, eligible));
  }

  /** What {@link #compute} gives. */
  public sealed interface Outcome permits Computed, Refused {}

  public record Computed(ContestResult result) implements Outcome {}

  public record Refused(List<ResultRefused> problems) implements Outcome {
    public Refused {
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("a refusal says why");
      }
    }
  }
}
