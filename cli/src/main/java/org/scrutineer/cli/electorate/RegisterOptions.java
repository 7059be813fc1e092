package org.scrutineer.cli.electorate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.CommandFailure;
import org.scrutineer.electorate.Parsed;
import org.scrutineer.electorate.csv.Extract;
import org.scrutineer.electorate.csv.ExtractReader;
import org.scrutineer.electorate.csv.ExtractSources;
import org.scrutineer.electorate.linking.LinkedRegister;
import org.scrutineer.electorate.linking.PersonLinker;
import org.scrutineer.electorate.register.Exclusion;
import org.scrutineer.electorate.register.MembershipRecord;
import org.scrutineer.electorate.register.Register;
import org.scrutineer.store.database.Database;
import org.scrutineer.store.register.RegisterStore;
import picocli.CommandLine.Option;

/**
 * Where a command finds the register: the store an import filled ({@code --store}, the default
 * {@code scrutineer.db} in the working directory when it exists) or a directory of CSV extracts
 * read and checked on the spot ({@code --extracts}, nothing stored).
 */
public final class RegisterOptions {
  /** The file names an extracts directory holds; any may be missing. */
  static final String CLPS = "clps.csv";
  static final String MEMBERS = "members.csv";
  static final String REGISTERED = "registered_supporters.csv";
  static final String AFFILIATED = "affiliated_supporters.csv";
  static final String EXCLUSIONS = "exclusions.csv";

  @Option(names = "--store", paramLabel = "STORE", description = "The store: an SQLite file (default " + StoreSetting.DEFAULT + " in the working directory) or jdbc:postgresql://HOST:PORT/DB?user=U.")
  String store;

  @Option(
      names = "--extracts",
      paramLabel = "DIR",
      description = "Instead of a store, read a directory of CSV extracts (" + CLPS + ", " + MEMBERS + ", " + REGISTERED + ", " + AFFILIATED + ", " + EXCLUSIONS + "; formats: docs/formats/register.md).")
  Path extracts;

  /** Reads (and, from CSV, checks) the register and links it, one progress line per step. */
  public LinkedRegister load(CommandEnvironment environment) throws IOException {
    if (store != null && extracts != null) {
      throw new CommandFailure("give --store or --extracts, not both");
    }
    Steps steps = new Steps(environment);
    Register register;
    if (extracts != null) {
      register = steps.run(() -> read(environment), r -> "read " + Steps.count(r.records().size()) + " records and " + Steps.count(r.exclusions().size()) + " exclusions from " + extracts);
    } else {
      if (store == null && !StoreSetting.defaultExists(environment)) {
        throw new CommandFailure("no register: give --store STORE (import one first with scrutineer electorate import) or --extracts DIR");
      }
      String setting = store == null ? StoreSetting.DEFAULT : store;
      try (Database database = StoreSetting.openExisting(environment, setting)) {
        RegisterStore stored = RegisterStore.on(database, environment.clock());
        register = steps.run(stored::register, r -> "read " + Steps.count(r.records().size()) + " records and " + Steps.count(r.exclusions().size()) + " exclusions from " + database);
        warnOfUnappliedExclusions(environment, stored.exclusionsOfWithdrawnRecords());
      }
    }
    return steps.run(() -> PersonLinker.link(register), linked -> "linked them into " + Steps.count(linked.people().size()) + " people; " + Steps.count(linked.nearMatches().size()) + " near matches to review");
  }

  /** {@code extracts} or {@code store}, as {@code scrutineer contest electorate} records the register's source. */
  public String kind() {
    return extracts != null ? "extracts" : "store";
  }

  /** The extracts directory (resolved), or the store setting as given (the default file when none). */
  public String location(CommandEnvironment environment) {
    return extracts != null ? environment.resolve(extracts.toString()).toString() : (store == null ? StoreSetting.DEFAULT : store);
  }

  /** Each extract file's name and path, when reading extracts; empty for a store. */
  public Map<String, Path> extractFiles(CommandEnvironment environment) {
    Map<String, Path> files = new java.util.TreeMap<>();
    if (extracts != null) {
      for (String name : List.of(CLPS, MEMBERS, REGISTERED, AFFILIATED, EXCLUSIONS)) {
        Path file = environment.resolve(extracts.toString()).resolve(name);
        if (Files.exists(file)) {
          files.put(name, file);
        }
      }
    }
    return files;
  }

  /**
   * An exclusion against a record a later extract withdrew reaches no one through that record, yet
   * the person may hold another: never silent, each is named for an officer to review.
   */
  static void warnOfUnappliedExclusions(CommandEnvironment environment, List<Exclusion> exclusions) {
    if (exclusions.isEmpty()) {
      return;
    }
    environment.warning(exclusions.size() + (exclusions.size() == 1 ? " exclusion is" : " exclusions are") + " recorded against records later extracts withdrew, and apply to no one now; review whether the person holds another record (docs/store.md):");
    exclusions.stream().limit(Problems.SHOWN).forEach(e -> environment.warning("  " + e.record() + ": " + e.reason() + " (decided " + e.decidedAt() + " by " + e.decidedBy() + ")"));
    if (exclusions.size() > Problems.SHOWN) {
      environment.warning("  ... and " + (exclusions.size() - Problems.SHOWN) + " more");
    }
  }

  private Register read(CommandEnvironment environment) {
    Path directory = environment.resolve(extracts.toString());
    if (!Files.isDirectory(directory)) {
      throw new CommandFailure(extracts + ": not a directory of CSV extracts");
    }
    List<Reader> open = new ArrayList<>();
    try {
      ExtractSources sources = new ExtractSources(source(directory, CLPS, open), source(directory, MEMBERS, open), source(directory, REGISTERED, open), source(directory, AFFILIATED, open), source(directory, EXCLUSIONS, open));
      if (sources.clps().isEmpty()) {
        throw new CommandFailure(directory.resolve(CLPS) + ": No such file or directory (every register needs its CLPs)");
      }
      Parsed<Extract> parsed = ExtractReader.read(sources, Set.of(), Set.of());
      if (!parsed.problems().isEmpty()) {
        throw Problems.report(environment, parsed.problems(), "nothing was read");
      }
      return toRegister(parsed.orElseThrow());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      closeAll(open);
    }
  }

  static void closeAll(List<? extends AutoCloseable> open) {
    for (AutoCloseable closeable : open) {
      try {
        closeable.close();
      } catch (Exception ignored) {
        // reading is over; a failing close of a file we only read loses nothing
      }
    }
  }

  static Register toRegister(Extract extract) {
    List<MembershipRecord> records = new ArrayList<>();
    extract.members().ifPresent(records::addAll);
    extract.registeredSupporters().ifPresent(records::addAll);
    extract.affiliatedSupporters().ifPresent(records::addAll);
    return Register.of(extract.clps().orElse(List.of()), records, extract.exclusions().orElse(List.of()));
  }

  private static Optional<ExtractSources.Source> source(Path directory, String name, List<Reader> open) throws IOException {
    Path file = directory.resolve(name);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    open.add(reader);
    return Optional.of(new ExtractSources.Source(name, reader));
  }
}
