package org.scrutineer.nominations.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutineer.nominations.Fixtures;
import org.scrutineer.nominations.error.NominationError;
import org.scrutineer.nominations.error.Parsed;
import org.scrutineer.nominations.parliamentary.Nominator;
import org.scrutineer.nominations.parliamentary.NominatorKind;
import org.scrutineer.nominations.parliamentary.Withdrawal;
import org.scrutineer.nominations.supporting.AffiliateKind;
import org.scrutineer.nominations.supporting.AffiliateNomination;
import org.scrutineer.nominations.supporting.ClpNomination;

/** The nominators, withdrawals, CLP and affiliate files. */
class OtherFilesCsvTest {
  private static List<String> messages(Parsed<?> parsed) {
    return parsed.errors().stream().map(NominationError::message).toList();
  }

  @Test
  void nominatorsAreReadAndEachIdMayAppearOnce() throws IOException {
    Parsed<Nominator> parsed = NominatorsCsv.read(new StringReader("""
        nominator_id,name,kind
        mp-1,Jane Roe,MP
        mep-1,John Doe,MEP
        mp-1,Jane Roe again,MP
        mp-2,Someone,Lord
        """), "nominators.csv", ReadProgress.none());
    assertThat(parsed.values()).containsExactly(new Nominator("mp-1", "Jane Roe", NominatorKind.MP), new Nominator("mep-1", "John Doe", NominatorKind.MEP));
    assertThat(messages(parsed)).containsExactly(
        "nominators.csv:4: column nominator_id \"mp-1\" is listed again (first on line 2) (list each nominator once)",
        "nominators.csv:5: column kind \"Lord\" is not a kind of nominator (expected MEP or MP)");
  }

  @Test
  void withdrawalsNeedANominatorOnTheRegisterAndATimestamp() throws IOException {
    Parsed<Withdrawal> parsed = WithdrawalsCsv.read(new StringReader("""
        nominator_id,withdrawn_at
        mp-1,2016-07-19T10:00:00+01:00
        mp-77,2016-07-19T10:00:00+01:00
        mp-2,19/07/2016
        """), "withdrawals.csv", Fixtures.register(5, 0), ReadProgress.none());
    assertThat(parsed.values()).containsExactly(new Withdrawal("mp-1", OffsetDateTime.parse("2016-07-19T10:00:00+01:00"), "withdrawals.csv:2"));
    assertThat(messages(parsed)).containsExactly(
        "withdrawals.csv:3: column nominator_id \"mp-77\" is not in the nominators file"
            + " (correct the id, or add the nominator to the nominators file if they may nominate)",
        "withdrawals.csv:4: column withdrawn_at \"19/07/2016\" is not a timestamp (expected ISO-8601 like 2016-07-18T17:00:00+01:00)");
  }

  @Test
  void clpNominationsNeedACodeACandidateAndAMeetingDate() throws IOException {
    Parsed<ClpNomination> parsed = ClpNominationsCsv.read(new StringReader("""
        clp_code,candidate,meeting_on
        CLP-1,Jeremy Corbyn,2016-07-25
        CLP-2,Owen Smith,2016-07-32
        """), "clp.csv", ReadProgress.none());
    assertThat(parsed.values()).containsExactly(new ClpNomination("CLP-1", "Jeremy Corbyn", LocalDate.parse("2016-07-25"), "clp.csv:2"));
    assertThat(messages(parsed)).containsExactly(
        "clp.csv:3: column meeting_on \"2016-07-32\" is not a date (expected YYYY-MM-DD like 2016-08-15)");
  }

  @Test
  void affiliateNominationsNeedAKindAndAWholeNumberOfMembers() throws IOException {
    Parsed<AffiliateNomination> parsed = AffiliateNominationsCsv.read(new StringReader("""
        affiliate,kind,affiliated_members,candidate
        "Union, Example",trade_union,540000,Jeremy Corbyn
        Fabians,socialist_society,7000,Owen Smith
        Union B,union,1000,Owen Smith
        Union C,trade_union,"1,000",Owen Smith
        """), "affiliates.csv", ReadProgress.none());
    assertThat(parsed.values()).containsExactly(
        new AffiliateNomination("Union, Example", AffiliateKind.TRADE_UNION, 540_000, "Jeremy Corbyn", "affiliates.csv:2"),
        new AffiliateNomination("Fabians", AffiliateKind.SOCIALIST_SOCIETY, 7000, "Owen Smith", "affiliates.csv:3"));
    assertThat(messages(parsed)).containsExactly(
        "affiliates.csv:4: column kind \"union\" is not a kind of affiliate (expected socialist_society or trade_union)",
        "affiliates.csv:5: column affiliated_members \"1,000\" is not a whole number (expected digits only, like 1250000)");
  }

  @Test
  void progressIsToldAfterEveryRow() throws IOException {
    List<Long> told = new java.util.ArrayList<>();
    ClpNominationsCsv.read(new StringReader("clp_code,candidate,meeting_on\nA,X,2016-07-25\nB,X,2016-07-25\nC,X,bad\n"), "clp.csv",
        (file, rows) -> told.add(rows));
    assertThat(told).containsExactly(1L, 2L, 3L);
  }
}
