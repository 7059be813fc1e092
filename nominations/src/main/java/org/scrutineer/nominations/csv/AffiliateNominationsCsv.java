package org.scrutineer.nominations.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.scrutineer.nominations.error.Parsed;
import org.scrutineer.nominations.supporting.AffiliateKind;
import org.scrutineer.nominations.supporting.AffiliateNomination;

/**
 * Affiliate supporting nominations, {@code affiliate,kind,affiliated_members,candidate} with kind
 * {@code trade_union} or {@code socialist_society}.
 */
public final class AffiliateNominationsCsv {
  static final List<String> COLUMNS = List.of("affiliate", "kind", "affiliated_members", "candidate");
  private static final Map<String, AffiliateKind> KINDS =
      Map.of(AffiliateKind.TRADE_UNION.code(), AffiliateKind.TRADE_UNION, AffiliateKind.SOCIALIST_SOCIETY.code(), AffiliateKind.SOCIALIST_SOCIETY);

  private AffiliateNominationsCsv() {}

  public static Parsed<AffiliateNomination> read(Reader reader, String file, ReadProgress progress) throws IOException {
    return CsvTable.read(reader, file, COLUMNS, progress, row -> {
      Optional<String> affiliate = row.text("affiliate", "the affiliate's name");
      Optional<AffiliateKind> kind = row.choice("kind", KINDS, "a kind of affiliate");
      OptionalLong members = row.count("affiliated_members");
      Optional<String> candidate = row.text("candidate", "the candidate's name as the rules declare it");
      if (affiliate.isEmpty() || kind.isEmpty() || members.isEmpty() || candidate.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new AffiliateNomination(affiliate.get(), kind.get(), members.getAsLong(), candidate.get(), row.source()));
    });
  }
}
