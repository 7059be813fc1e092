package org.scrutineer.count.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class BltBallotsTest {
  /** The example of Hill, Wichmann and Woodall (1987) §3.1, with OpenSTV's "=" and "-", a comment and a ballot id added. */
  static final String EXAMPLE = """
      4 2
      -2
      3 1 3 4 0
      4 1 3 2 0
      2 4 1=3 0   # equal ranking
      1 2 0
      2 2 4 3 1 0
      (b7) 1 3 - 4 2 0
      0
      "Adam"
      "Basil"
      "Charlotte Brown"
      "Donald"
      "Title of the election"
      """;

  private static Parsed<RankedInput> read(String text) throws IOException {
    return BltBallots.read(new StringReader(text), "ward.blt", ReadOptions.none());
  }

  @Test
  void readsSeatsTitleEqualRanksSkippedRanksAndRemovesTheWithdrawn() throws IOException {
    RankedInput input = read(EXAMPLE).get();
    assertThat(input.seats()).hasValue(2);
    assertThat(input.title()).hasValue("Title of the election");
    assertThat(input.lines()).isEqualTo(6);
    assertThat(input.ballots().candidates().names()).containsExactly("Adam", "Charlotte Brown", "Donald");
    assertThat(Ballots.describe(input.ballots())).containsExactly(
        "3×Adam>Charlotte Brown>Donald", "4×Adam>Charlotte Brown", "2×Donald>Adam|Charlotte Brown", "1×",
        "2×Donald>Charlotte Brown>Adam", "1×Charlotte Brown>->Donald");
  }

  @Test
  void candidatesReorderTheBallots() throws IOException {
    Parsed<RankedInput> parsed = BltBallots.read(new StringReader("2 1\n1 1 2 0\n0\n\"A\"\n\"B\"\n\"T\"\n"), "ward.blt",
        ReadOptions.none().withCandidates(List.of("B", "A")));
    assertThat(parsed.get().ballots().candidates().names()).containsExactly("B", "A");
    assertThat(Ballots.describe(parsed.get().ballots())).containsExactly("1×A>B");
    assertThat(Ballots.messages(BltBallots.read(new StringReader("2 1\n1 1 2 0\n0\n\"A\"\n\"B\"\n"), "ward.blt",
        ReadOptions.none().withCandidates(List.of("B", "C"))))).containsExactly(
        "ward.blt:4: names the candidates A, B, --candidates names B, C (give --candidates the same names as the file, in the official order)");
  }

  @Test
  void badBallotLinesAreEachReported() throws IOException {
    assertThat(Ballots.messages(read("3 1\n-4\nx 1 2 0\n1 1 5 0\n1 1 2 0 3\n1 1=1 0\n(b1 1 2 0\n0\n\"A\"\n\"B\"\n\"C\"\n"))).containsExactly(
        "ward.blt:2: withdrawn candidate \"-4\" is not -1 … -3 (list each withdrawn candidate's number with a minus sign, e.g. -2 -4)",
        "ward.blt:3: weight \"x\" is not a number of ballots (expected a positive whole number like 3 or an exact decimal weight like 0.5)",
        "ward.blt:4: preference 2 \"5\" is not a candidate number 1 … 3 (write candidates by number, 1 … 3, equal rankings as 1=3, a skipped rank as -)",
        "ward.blt:5: preference 3 \"3\" follows the 0 that ends the ballot (end each ballot line with a single 0)",
        "ward.blt:6: preference 1 \"1=1\" names candidate 1 twice (name each candidate once in an equal ranking)",
        "ward.blt:7: ballot id \"(b1\" has no closing parenthesis (write a ballot id as (id) with no spaces, or leave it out)");
  }

  @Test
  void badStructureIsReported() throws IOException {
    assertThat(Ballots.messages(read(""))).containsExactly(
        "ward.blt: is empty (a .blt file starts with the number of candidates and seats, e.g. 4 2)");
    assertThat(Ballots.messages(read("4\n"))).containsExactly(
        "ward.blt:1: \"4\" is not the first line of a .blt file (the first line gives the number of candidates and of seats, e.g. 4 2)");
    assertThat(Ballots.messages(read("2 1\n1 1 2 0\n"))).containsExactly(
        "ward.blt:2: the ballots do not end with a line holding 0 (end the ballots with a line 0, then list the candidates' names and the title in quotes)");
    assertThat(Ballots.messages(read("2 1\n1 1 2 0\n0\n\"A\"\n"))).containsExactly(
        "ward.blt:4: names 1 candidates, the first line says 2 (after the 0 line give one name in quotes per candidate, in candidate-number order, then the title)");
    assertThat(Ballots.messages(read("2 1\n1 1 2 0\n0\n\"A\n"))).containsExactly(
        "ward.blt:4: has a name with no closing quote (end each name with a quote: \"Adam Smith\")");
  }
}
