package org.scrutineer.count.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class PrefLibBallotsTest {
  private static final String HEADER = """
      # FILE NAME: 00001-00000001.%s
      # TITLE: A test election
      # DATA TYPE: %s
      # NUMBER ALTERNATIVES: 3
      # ALTERNATIVE NAME 1: Adam
      # ALTERNATIVE NAME 2: Basil
      # ALTERNATIVE NAME 3: Charlotte
      """;

  private static Parsed<RankedInput> read(PrefLibBallots.Type type, String orders) throws IOException {
    String ext = type.name().toLowerCase(java.util.Locale.ROOT);
    return PrefLibBallots.read(new StringReader(HEADER.formatted(ext, ext) + orders), "e." + ext, type, ReadOptions.none());
  }

  @Test
  void readsStrictIncompleteOrders() throws IOException {
    RankedInput input = read(PrefLibBallots.Type.SOI, "6: 1,3\n3: 2\n1: 3,2,1\n").get();
    assertThat(input.title()).hasValue("A test election");
    assertThat(input.ballots().candidates().names()).containsExactly("Adam", "Basil", "Charlotte");
    assertThat(Ballots.describe(input.ballots())).containsExactly("6×Adam>Charlotte", "3×Basil", "1×Charlotte>Basil>Adam");
  }

  @Test
  void readsTiesInToiAndTocAsOneRank() throws IOException {
    assertThat(Ballots.describe(read(PrefLibBallots.Type.TOI, "4: 2,{1,3}\n1: {1,2}\n").get().ballots()))
        .containsExactly("4×Basil>Adam|Charlotte", "1×Adam|Basil");
    assertThat(Ballots.describe(read(PrefLibBallots.Type.TOC, "4: 2,{1,3}\n").get().ballots())).containsExactly("4×Basil>Adam|Charlotte");
  }

  @Test
  void candidatesReorderTheAlternativesAndMustNameTheSameOnes() throws IOException {
    String text = HEADER.formatted("soi", "soi") + "2: 1,3\n";
    Parsed<RankedInput> parsed = PrefLibBallots.read(new StringReader(text), "e.soi", PrefLibBallots.Type.SOI,
        ReadOptions.none().withCandidates(java.util.List.of("Charlotte", "Basil", "Adam")));
    assertThat(parsed.get().ballots().candidates().names()).containsExactly("Charlotte", "Basil", "Adam");
    assertThat(Ballots.describe(parsed.get().ballots())).containsExactly("2×Adam>Charlotte");
    assertThat(Ballots.messages(PrefLibBallots.read(new StringReader(text), "e.soi", PrefLibBallots.Type.SOI,
        ReadOptions.none().withCandidates(java.util.List.of("Adam", "Basil"))))).containsExactly(
        "e.soi: names the alternatives Adam, Basil, Charlotte, --candidates names Adam, Basil"
            + " (give --candidates the same names as the file, in the official order)");
  }

  @Test
  void readsTheFormatBefore2022() throws IOException {
    Parsed<RankedInput> parsed = PrefLibBallots.read(new StringReader("3\n1,Adam\n2,Basil\n3,Charlotte\n7,7,2\n5,1,2,3\n2,3,{1,2}\n"),
        "old.toc", PrefLibBallots.Type.TOC, ReadOptions.none());
    assertThat(Ballots.describe(parsed.get().ballots())).containsExactly("5×Adam>Basil>Charlotte", "2×Charlotte>Adam|Basil");
  }

  @Test
  void eachTypeRejectsWhatItsDefinitionExcludes() throws IOException {
    assertThat(Ballots.messages(read(PrefLibBallots.Type.SOI, "1: 1,{2,3}\n"))).containsExactly(
        "e.soi:8: rank 2 \"{2,3}\" is a tie, which .soi (strict orders) does not allow (read the file as .toi, or rank one alternative there)");
    assertThat(Ballots.messages(read(PrefLibBallots.Type.TOC, "1: 1,2\n"))).containsExactly(
        "e.toc:8: does not rank alternative 3, and .toc orders are complete (rank every alternative, or read the file as .toi)");
  }

  @Test
  void badLinesAreReported() throws IOException {
    assertThat(Ballots.messages(read(PrefLibBallots.Type.TOI, "x: 1\n2 1,2\n1: 4\n1: 1,1\n1: {1,2\n"))).containsExactly(
        "e.toi:8: count \"x\" is not a number of voters (expected a positive whole number like 3 or an exact decimal weight like 0.5)",
        "e.toi:9: \"2 1,2\" has no count (write COUNT: ORDER, e.g. 12: 1,3,{2,4})",
        "e.toi:10: rank 1 \"4\" is not an alternative's number (expected 1 … 3 (# NUMBER ALTERNATIVES))",
        "e.toi:11: rank 2 \"1\" ranks alternative 1 a second time (rank each alternative once)",
        "e.toi:12: rank 1 \"{1,2\" has no closing } (write a tie as {2,4})");
  }

  @Test
  void aFileCutShortOfItsNumberOfVotersIsRefused() throws IOException {
    String text = "# NUMBER ALTERNATIVES: 2\n# NUMBER VOTERS: 10\n# ALTERNATIVE NAME 1: A\n# ALTERNATIVE NAME 2: B\n6: 1,2\n";
    assertThat(Ballots.messages(PrefLibBallots.read(new StringReader(text), "e.soi", PrefLibBallots.Type.SOI, ReadOptions.none())))
        .containsExactly("e.soi:2: says 10 voters, the orders add up to 6 (the file may be cut short: check it against its source,"
            + " or correct # NUMBER VOTERS)");
    assertThat(PrefLibBallots.read(new StringReader(text + "4: 2\n"), "e.soi", PrefLibBallots.Type.SOI, ReadOptions.none()).ok()).isTrue();
  }

  @Test
  void badMetadataIsReported() throws IOException {
    assertThat(Ballots.messages(PrefLibBallots.read(new StringReader("1: 1\n"), "e.soi", PrefLibBallots.Type.SOI, ReadOptions.none())))
        .contains("e.soi: has no line # NUMBER ALTERNATIVES: N (begin a PrefLib file with its metadata, e.g. # NUMBER ALTERNATIVES: 4"
            + " and # ALTERNATIVE NAME 1: Adam)");
    assertThat(Ballots.messages(PrefLibBallots.read(new StringReader("# DATA TYPE: soc\n# NUMBER ALTERNATIVES: 2\n# ALTERNATIVE NAME 1: A\n1: 1\n"),
        "e.soi", PrefLibBallots.Type.SOI, ReadOptions.none()))).containsExactly(
        "e.soi:1: DATA TYPE \"soc\" is not soi, which the file name or --format says (read it with --format soc if that format is one we read (soi, toc, toi))",
        "e.soi: names no alternative 2 (add the line # ALTERNATIVE NAME 2: NAME)");
  }
}
