package org.scrutineer.cli.nominations;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.CommandFailure;
import org.scrutineer.nominations.csv.AffiliateNominationsCsv;
import org.scrutineer.nominations.csv.ClpNominationsCsv;
import org.scrutineer.nominations.csv.NominationsCsv;
import org.scrutineer.nominations.csv.NominatorsCsv;
import org.scrutineer.nominations.csv.WithdrawalsCsv;
import org.scrutineer.nominations.error.FileError;
import org.scrutineer.nominations.error.NominationError;
import org.scrutineer.nominations.error.Parsed;
import org.scrutineer.nominations.json.RulesJson;
import org.scrutineer.nominations.parliamentary.Nomination;
import org.scrutineer.nominations.parliamentary.Nominator;
import org.scrutineer.nominations.parliamentary.NominatorRegister;
import org.scrutineer.nominations.parliamentary.Withdrawal;
import org.scrutineer.nominations.rules.NominationRules;
import org.scrutineer.nominations.supporting.AffiliateNomination;
import org.scrutineer.nominations.supporting.ClpNomination;
import org.scrutineer.nominations.tally.NominationInput;
import picocli.CommandLine.Option;

/**
 * The input options both nominations commands take, and reading them: every file is read and every
 * error in every file reported (one {@code E:} line each) before the command fails, so one run
 * shows everything to fix. Files are named in errors as given on the command line.
 */
public final class NominationFiles {
  @Option(names = "--rules", required = true, paramLabel = "RULES.json",
      description = "The rules and the contest: thresholds, rounding, candidates, closing times (docs/nominations.md).")
  private String rules;

  @Option(names = "--nominators", required = true, paramLabel = "FILE",
      description = "Who may nominate: nominator_id,name,kind (MP or MEP).")
  private String nominators;

  @Option(names = "--nominations", required = true, paramLabel = "FILE",
      description = "Parliamentary nominations: nominator_id,candidate,nominated_at.")
  private String nominations;

  @Option(names = "--withdrawals", paramLabel = "FILE", description = "Withdrawals of nominations: nominator_id,withdrawn_at.")
  private String withdrawals;

  @Option(names = "--clp", paramLabel = "FILE", description = "CLP supporting nominations: clp_code,candidate,meeting_on.")
  private String clp;

  @Option(names = "--affiliates", paramLabel = "FILE",
      description = "Affiliate supporting nominations: affiliate,kind,affiliated_members,candidate.")
  private String affiliates;

  /** What the files hold, read without errors. */
  public record Loaded(NominationRules rules, NominationInput input) {}

  /** Reads every file; on any error prints them all and throws the one failure. */
  public Loaded load(CommandEnvironment environment, ReadingProgress progress) throws IOException {
    List<NominationError> errors = new ArrayList<>();
    Parsed<NominationRules> rulesRead = read(environment, rules, reader -> RulesJson.read(reader, rules));
    Parsed<Nominator> nominatorsRead = read(environment, nominators, reader -> NominatorsCsv.read(reader, nominators, progress));
    NominatorRegister register = NominatorRegister.of(nominatorsRead.values());
    boolean registerComplete = nominatorsRead.ok();
    Parsed<Nomination> nominationsRead = read(environment, nominations, reader -> registerComplete
        ? NominationsCsv.read(reader, nominations, register, progress)
        : NominationsCsv.readUnchecked(reader, nominations, progress));
    Parsed<Withdrawal> withdrawalsRead = withdrawals == null ? Parsed.of(List.of(), List.of())
        : read(environment, withdrawals, reader -> registerComplete
            ? WithdrawalsCsv.read(reader, withdrawals, register, progress)
            : WithdrawalsCsv.readUnchecked(reader, withdrawals, progress));
    Parsed<ClpNomination> clpRead = clp == null ? Parsed.of(List.of(), List.of())
        : read(environment, clp, reader -> ClpNominationsCsv.read(reader, clp, progress));
    Parsed<AffiliateNomination> affiliatesRead = affiliates == null ? Parsed.of(List.of(), List.of())
        : read(environment, affiliates, reader -> AffiliateNominationsCsv.read(reader, affiliates, progress));
    errors.addAll(Parsed.errorsOf(rulesRead, nominatorsRead, nominationsRead, withdrawalsRead, clpRead, affiliatesRead));
    if (!errors.isEmpty()) {
      errors.forEach(error -> environment.error("E: " + error.message()));
      throw new CommandFailure(errors.size() == 1
          ? "1 error in the input, nothing counted: " + errors.get(0).message()
          : errors.size() + " errors in the input (listed above), nothing counted; the first: " + errors.get(0).message());
    }
    return new Loaded(rulesRead.values().get(0), new NominationInput(
        register, nominationsRead.values(), withdrawalsRead.values(), clpRead.values(), affiliatesRead.values()));
  }

  private interface Reading<T> {
    Parsed<T> read(Reader reader) throws IOException;
  }

  private static <T> Parsed<T> read(CommandEnvironment environment, String file, Reading<T> reading) throws IOException {
    try (Reader reader = Files.newBufferedReader(environment.resolve(file), StandardCharsets.UTF_8)) {
      return reading.read(reader);
    } catch (NoSuchFileException e) {
      return Parsed.of(List.of(), List.of(new FileError(file, "does not exist",
          "check the path; a relative path starts from the current directory")));
    } catch (CharacterCodingException e) {
      return Parsed.of(List.of(), List.of(new FileError(file, "is not UTF-8 text", "save it as UTF-8 (spreadsheets: CSV UTF-8)")));
    }
  }
}
