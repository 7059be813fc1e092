package org.scrutineer.count.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.scrutineer.count.ballot.Candidates;
import org.scrutineer.count.ballot.RankedBallot;
import org.scrutineer.count.ballot.RankedBallots;

class RankedCsvTest {
  private static Parsed<RankedInput> read(String text) throws IOException {
    return RankedCsv.read(new StringReader(text), "ballots.csv", ReadOptions.none());
  }

  private static Parsed<RankedInput> read(String text, List<String> candidates) throws IOException {
    return RankedCsv.read(new StringReader(text), "ballots.csv", ReadOptions.none().withCandidates(candidates));
  }

  @Test
  void readsRanksSkippedRanksAndOvervotesWithCandidatesInOrderOfFirstAppearance() throws IOException {
    Parsed<RankedInput> parsed = read("r1,r2,r3\nCorbyn,Smith,\nSmith,,Corbyn\nSmith|Corbyn,,\n,,\n");
    assertThat(parsed.errors()).isEmpty();
    RankedInput input = parsed.get();
    assertThat(input.ballots().candidates().names()).containsExactly("Corbyn", "Smith");
    assertThat(Ballots.describe(input.ballots())).containsExactly("1×Corbyn>Smith", "1×Smith>->Corbyn", "1×Smith|Corbyn", "1×");
    assertThat(input.lines()).isEqualTo(4);
  }

  @Test
  void mergesIdenticalLinesAddingCountsAndDecimalWeights() throws IOException {
    Parsed<RankedInput> parsed = read("section,count,r1,r2\nmembers,3,A,B\nsupporters,1,A,B\nmembers,0.5,A,B\nmembers,2,B,\n");
    assertThat(Ballots.describe(parsed.get().ballots())).containsExactly("3.5×A>B@members", "1×A>B@supporters", "2×B@members");
    assertThat(parsed.get().ballots().sections()).containsExactly("members", "supporters");
    assertThat(parsed.get().lines()).isEqualTo(4);
  }

  @Test
  void officialOrderComesFromCandidatesAndTrailingBlankRanksAreDropped() throws IOException {
    Parsed<RankedInput> parsed = read("# a comment\nr1,r2,r3\n B , A ,\nB,A,\n", List.of("A", "B", "C"));
    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.get().ballots().candidates().names()).containsExactly("A", "B", "C");
    assertThat(Ballots.describe(parsed.get().ballots())).containsExactly("2×B>A");
  }

  @Test
  void unknownCandidateNamesTheLineTheColumnAndTheList() throws IOException {
    assertThat(Ballots.messages(read("r1,r2\nA,Smiht\nB,Smiht\nA,Smiht\n", List.of("A", "B", "Smith")))).containsExactly(
        "ballots.csv:2: column r2 \"Smiht\" is not a candidate, as on 1 more lines with the same marks"
            + " (expected one of A, B, Smith (the --candidates list), written exactly so)",
        "ballots.csv:3: column r2 \"Smiht\" is not a candidate (expected one of A, B, Smith (the --candidates list), written exactly so)");
  }

  @Test
  void badCountsAreReportedEachOnItsLine() throws IOException {
    assertThat(Ballots.messages(read("count,r1\n0,A\n-2,A\n1e3,A\n1.,A\n,A\n2,A\n"))).containsExactly(
        "ballots.csv:2: column count \"0\" is not a number of ballots (expected a positive whole number like 3 or an exact decimal weight like 0.5)",
        "ballots.csv:3: column count \"-2\" is not a number of ballots (expected a positive whole number like 3 or an exact decimal weight like 0.5)",
        "ballots.csv:4: column count \"1e3\" is not a number of ballots (expected a positive whole number like 3 or an exact decimal weight like 0.5)",
        "ballots.csv:5: column count \"1.\" is not a number of ballots (expected a positive whole number like 3 or an exact decimal weight like 0.5)",
        "ballots.csv:6: column count \"\" is not a number of ballots (expected a positive whole number like 3 or an exact decimal weight like 0.5)");
  }

  @Test
  void badRanksAreReported() throws IOException {
    assertThat(Ballots.messages(read("section,r1,r2\nm,A|,B\nm,A|A,B\n,A,B\n"))).containsExactly(
        "ballots.csv:2: column r1 \"A|\" has an empty name beside | (write A|B for two candidates at one rank, each name in full)",
        "ballots.csv:3: column r1 \"A|A\" names A twice at one rank (name each candidate once in a rank)",
        "ballots.csv:4: column section \"\" is empty (give the section the ballot was cast in, or remove the section column)");
  }

  @Test
  void wrongNumberOfFieldsIsALineError() throws IOException {
    assertThat(Ballots.messages(read("r1,r2\nA,B,C\n"))).containsExactly(
        "ballots.csv:2: has 3 fields, the header has 2 (write one value per column of the header, an empty one for a skipped rank;"
            + " quote a value that contains a comma)");
  }

  @Test
  void badHeadersAreReported() throws IOException {
    assertThat(Ballots.messages(read(""))).containsExactly(
        "ballots.csv: is empty (the first line must be the header, e.g. section,count,r1,r2,r3)");
    assertThat(Ballots.messages(read("rank1,r2\nA,B\n"))).containsExactly(
        "ballots.csv:1: the header has column \"rank1\", which is not section, count or a rank r1, r2, …"
            + " (name the columns section (optional), count (optional), then r1, r2, … one per rank, e.g. section,count,r1,r2,r3)",
        "ballots.csv:1: the header has no column r1 but has a later rank (number the rank columns r1, r2, … without a gap)");
    assertThat(Ballots.messages(read("count,section\n1,m\n"))).containsExactly(
        "ballots.csv:1: the header has no rank column r1 (name one column per rank, r1, r2, …, e.g. section,count,r1,r2,r3)");
    assertThat(Ballots.messages(read("r1,r3\nA,B\n"))).containsExactly(
        "ballots.csv:1: the header has no column r2 but has a later rank (number the rank columns r1, r2, … without a gap)");
    assertThat(Ballots.messages(read("r1,r1\nA,B\n"))).containsExactly(
        "ballots.csv:1: the header names column r1 twice (name each column once)");
  }

  @Test
  void unbalancedQuoteIsAFileError() throws IOException {
    assertThat(Ballots.messages(read("r1\n\"A\n"))).singleElement().asString()
        .startsWith("ballots.csv: is not valid CSV: ").endsWith("(check the quotes on that line: a quoted value must end with a quote,"
            + " and a quote inside it is written twice (\"\"))");
  }

  /**
   * Any ballots written as CSV (names, skipped ranks, A|B, sections, counts, quoting) read back as the
   * same ballots, grouped: the reader loses and invents nothing.
   */
  @Property(tries = 200)
  void writtenBallotsReadBackAsTheSameGroupedBallots(@ForAll("ballotLists") List<RankedBallot> ballots) throws IOException {
    List<String> names = List.of("Smith", "Corbyn", "O'Neil, Jr", "Eagle \"Angie\"");
    StringBuilder csv = new StringBuilder("section,count,r1,r2,r3\n");
    for (RankedBallot b : ballots) {
      csv.append(b.section()).append(',').append(b.weight().toPlainString());
      for (int r = 0; r < 3; r++) {
        csv.append(',');
        if (r < b.rankCount()) {
          String cell = String.join("|", java.util.Arrays.stream(b.at(r)).mapToObj(names::get).toList());
          csv.append('"').append(cell.replace("\"", "\"\"")).append('"');
        }
      }
      csv.append('\n');
    }
    Parsed<RankedInput> parsed = RankedCsv.read(new StringReader(csv.toString()), "b.csv", ReadOptions.none().withCandidates(names));
    RankedBallots expected = new RankedBallots(Candidates.of(names), ballots).grouped();
    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.get().ballots()).isEqualTo(expected);
    assertThat(parsed.get().lines()).isEqualTo(ballots.size());
  }

  @Provide
  Arbitrary<List<RankedBallot>> ballotLists() {
    Arbitrary<int[]> rank = Arbitraries.integers().between(0, 3).set().ofMaxSize(2)
        .map(set -> set.stream().mapToInt(Integer::intValue).toArray());
    Arbitrary<int[][]> ranks = rank.list().ofMaxSize(3).map(list -> {
      int last = 0;
      for (int r = 0; r < list.size(); r++) {
        if (list.get(r).length > 0) {
          last = r + 1;
        }
      }
      return list.subList(0, last).toArray(new int[0][]);
    });
    Arbitrary<BigDecimal> weight = Arbitraries.of("1", "2", "0.5", "12.25").map(BigDecimal::new);
    Arbitrary<String> section = Arbitraries.of("members", "affiliated supporters");
    return Combinators.combine(ranks, weight, section).as(RankedBallot::new).list().ofMaxSize(20);
  }

  @Test
  void aMillionLinesReadQuicklyIntoFewBallots() throws IOException {
    String[] rows = {"A,B,C,D,E", "B,A,,,", "C,D|E,,,", "E,D,C,B,A", "D,,,,"};
    StringBuilder text = new StringBuilder("r1,r2,r3,r4,r5\n");
    for (int i = 0; i < 1_000_000; i++) {
      text.append(rows[i % rows.length]).append('\n');
    }
    Parsed<RankedInput> parsed = read(text.toString());
    assertThat(parsed.get().ballots().ballots()).hasSize(5);
    assertThat(parsed.get().ballots().totalWeight()).isEqualByComparingTo("1000000");
    assertThat(parsed.get().lines()).isEqualTo(1_000_000);
  }
}
