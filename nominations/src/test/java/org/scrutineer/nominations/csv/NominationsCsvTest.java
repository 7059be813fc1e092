package org.scrutineer.nominations.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutineer.nominations.Fixtures;
import org.scrutineer.nominations.error.FieldError;
import org.scrutineer.nominations.error.NominationError;
import org.scrutineer.nominations.error.Parsed;
import org.scrutineer.nominations.parliamentary.Nomination;
import org.scrutineer.nominations.parliamentary.NominatorRegister;

class NominationsCsvTest {
  private static final NominatorRegister REGISTER = Fixtures.register(20, 2);

  private static Parsed<Nomination> read(String text) throws IOException {
    return NominationsCsv.read(new StringReader(text), "nominations.csv", REGISTER, ReadProgress.none());
  }

  private static List<String> messages(Parsed<?> parsed) {
    return parsed.errors().stream().map(NominationError::message).toList();
  }

  @Test
  void readsEveryRowWithItsSource() throws IOException {
    Parsed<Nomination> parsed = read("""
        nominator_id,candidate,nominated_at
        mp-1,Owen Smith,2016-07-18T10:00:00+01:00
        mep-2, "Jeremy Corbyn" ,2016-07-19T09:30:00Z
        """);
    assertThat(parsed.ok()).isTrue();
    assertThat(parsed.values()).containsExactly(
        new Nomination("mp-1", "Owen Smith", OffsetDateTime.parse("2016-07-18T10:00:00+01:00"), "nominations.csv:2"),
        new Nomination("mep-2", "Jeremy Corbyn", OffsetDateTime.parse("2016-07-19T09:30:00Z"), "nominations.csv:3"));
  }

  @Test
  void badTimestampNamesFileLineColumnAndTheFix() throws IOException {
    StringBuilder text = new StringBuilder("nominator_id,candidate,nominated_at\n");
    for (int i = 2; i < 17; i++) {
      text.append("mp-1,Owen Smith,2016-07-18T10:00:00+01:00\n");
    }
    text.append("mp-2,Owen Smith,2016-13-01T10:00\n"); // line 17
    Parsed<Nomination> parsed = read(text.toString());
    assertThat(messages(parsed)).containsExactly(
        "nominations.csv:17: column nominated_at \"2016-13-01T10:00\" is not a timestamp (expected ISO-8601 like 2016-07-18T17:00:00+01:00)");
    assertThat(parsed.errors().get(0)).isEqualTo(new FieldError("nominations.csv", 17, "nominated_at", "2016-13-01T10:00",
        "is not a timestamp", "expected ISO-8601 like 2016-07-18T17:00:00+01:00"));
    assertThat(parsed.values()).hasSize(15);
  }

  @Test
  void timestampWithoutAnOffsetSaysToAddOne() throws IOException {
    assertThat(messages(read("nominator_id,candidate,nominated_at\nmp-1,Owen Smith,2016-07-18T10:00\n"))).containsExactly(
        "nominations.csv:2: column nominated_at \"2016-07-18T10:00\" has no UTC offset"
            + " (add one, e.g. 2016-07-18T10:00+01:00 for British Summer Time or 2016-07-18T10:00Z for UTC)");
  }

  @Test
  void everyProblemOnEveryLineIsReportedTogether() throws IOException {
    Parsed<Nomination> parsed = read("""
        nominator_id,candidate,nominated_at
        mp-99,Owen Smith,2016-07-18T10:00:00+01:00
        ,,yesterday
        mp-1,Owen Smith
        mp-2,Owen Smith,2016-07-18T10:00:00+01:00,extra
        mp-3,Owen Smith,2016-07-18T10:00:00+01:00
        """);
    assertThat(messages(parsed)).containsExactly(
        "nominations.csv:2: column nominator_id \"mp-99\" is not in the nominators file"
            + " (correct the id, or add the nominator to the nominators file if they may nominate)",
        "nominations.csv:3: column nominator_id \"\" is empty (give the nominator's id as the nominators file has it)",
        "nominations.csv:3: column candidate \"\" is empty (give the candidate's name as the rules declare it)",
        "nominations.csv:3: column nominated_at \"yesterday\" is not a timestamp (expected ISO-8601 like 2016-07-18T17:00:00+01:00)",
        "nominations.csv:4: has 2 fields, the header has 3 (write one value per column of the header; quote a value that contains a comma)",
        "nominations.csv:5: has 4 fields, the header has 3 (write one value per column of the header; quote a value that contains a comma)");
    assertThat(parsed.values()).extracting(Nomination::nominatorId).containsExactly("mp-3");
  }

  @Test
  void headerMayOrderColumnsAnyWayAndAddOthersButMustNameTheRequiredOnes() throws IOException {
    Parsed<Nomination> reordered = read("\uFEFFnotes,nominated_at,candidate,nominator_id\nby email,2016-07-18T10:00:00+01:00,Owen Smith,mp-1\n");
    assertThat(reordered.ok()).isTrue();
    assertThat(reordered.values().get(0).nominatorId()).isEqualTo("mp-1");

    assertThat(messages(read("nominator,candidate,at\nmp-1,Owen Smith,2016-07-18T10:00:00+01:00\n"))).containsExactly(
        "nominations.csv:1: the header has no column nominator_id, nominated_at (it has nominator,candidate,at)"
            + " (the header must name nominator_id,candidate,nominated_at, in any order)");
  }

  @Test
  void commentsAndEmptyLinesAreSkippedAndLineNumbersStayTheFiles() throws IOException {
    Parsed<Nomination> parsed = read("# synthetic\nnominator_id,candidate,nominated_at\n\n# a note\nmp-1,Owen Smith,never\n");
    assertThat(messages(parsed)).singleElement().asString().startsWith("nominations.csv:5: column nominated_at \"never\"");
  }

  @Test
  void emptyFileAndBrokenQuotingAreFileErrors() throws IOException {
    assertThat(messages(read(""))).containsExactly(
        "nominations.csv: is empty (the first line must be the header: nominator_id,candidate,nominated_at)");
    assertThat(messages(read("nominator_id,candidate,nominated_at\nmp-1,\"Owen Smith,2016-07-18T10:00:00+01:00\n")))
        .singleElement().asString().startsWith("nominations.csv: is not valid CSV: ");
  }

  @Test
  void secondsMayBeLeftOut() throws IOException {
    assertThat(read("nominator_id,candidate,nominated_at\nmp-1,Owen Smith,2016-07-18T17:00+01:00\n").values().get(0).at())
        .isEqualTo(OffsetDateTime.parse("2016-07-18T17:00:00+01:00"));
  }

  @Test
  void withoutARegisterIdsAreNotCheckedButEverythingElseIs() throws IOException {
    Parsed<Nomination> parsed = NominationsCsv.readUnchecked(new StringReader(
        "nominator_id,candidate,nominated_at\nmp-99,Owen Smith,2016-07-18T10:00:00+01:00\nmp-98,Owen Smith,soon\n"),
        "nominations.csv", ReadProgress.none());
    assertThat(parsed.values()).extracting(Nomination::nominatorId).containsExactly("mp-99");
    assertThat(messages(parsed)).singleElement().asString().startsWith("nominations.csv:3: column nominated_at \"soon\"");
  }
}
