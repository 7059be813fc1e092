package org.scrutineer.cli.electorate;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.CommandFailure;
import org.scrutineer.electorate.Parsed;
import org.scrutineer.electorate.changes.RecordKind;
import org.scrutineer.electorate.csv.Extract;
import org.scrutineer.electorate.csv.ExtractReader;
import org.scrutineer.electorate.csv.ExtractSources;
import org.scrutineer.store.database.Database;
import org.scrutineer.store.register.ImportOutcome;
import org.scrutineer.store.register.ImportSource;
import org.scrutineer.store.register.KindCounts;
import org.scrutineer.store.register.RegisterStore;
import org.scrutineer.store.register.StoredImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scrutineer electorate import}: reads CSV extracts, checks them whole against each other and
 * the store, and applies them in one transaction (docs/store.md): all or nothing, durable before it
 * says so, a no-op when the store already holds the same content, and every change logged.
 */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import CSV extracts into the store: all or nothing, a no-op when nothing changed, every change logged.")
public final class ImportCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Option(names = "--store", paramLabel = "STORE", defaultValue = StoreSetting.DEFAULT, description = "The store: an SQLite file (default: ${DEFAULT-VALUE} in the working directory, created if missing) or jdbc:postgresql://HOST:PORT/DB?user=U.")
  String store;

  @Option(names = "--extracts", paramLabel = "DIR", description = "A directory holding any of clps.csv, members.csv, registered_supporters.csv, affiliated_supporters.csv, exclusions.csv.")
  Path extracts;

  @Option(names = "--clps", paramLabel = "FILE", description = "CLPs extract (code,name,region).")
  Path clps;

  @Option(names = "--members", paramLabel = "FILE", description = "Members extract.")
  Path members;

  @Option(names = "--registered-supporters", paramLabel = "FILE", description = "Registered supporters extract.")
  Path registeredSupporters;

  @Option(names = "--affiliated-supporters", paramLabel = "FILE", description = "Affiliated supporters extract.")
  Path affiliatedSupporters;

  @Option(names = "--exclusions", paramLabel = "FILE", description = "Exclusions (votes removed); appended, never replaced.")
  Path exclusions;

  public ImportCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  /** One file being read: its name for messages, and its digest once read through. */
  private record Opened(RecordKind<?> kind, Path path, String name, MessageDigest digest, Reader reader) {}

  @Override
  public Integer call() throws IOException {
    Map<RecordKind<?>, Path> files = files();
    if (files.isEmpty()) {
      throw new CommandFailure("nothing to import: give --extracts DIR or at least one of --clps, --members, --registered-supporters, --affiliated-supporters, --exclusions");
    }
    Steps steps = new Steps(environment);
    List<Opened> opened = new ArrayList<>();
    try (Database database = StoreSetting.open(environment, store)) {
      RegisterStore register = RegisterStore.on(database, environment.clock());
      for (Map.Entry<RecordKind<?>, Path> file : files.entrySet()) {
        opened.add(open(file.getKey(), file.getValue()));
      }
      ExtractSources sources = new ExtractSources(source(opened, RecordKind.CLP), source(opened, RecordKind.MEMBER), source(opened, RecordKind.REGISTERED_SUPPORTER), source(opened, RecordKind.AFFILIATED_SUPPORTER), source(opened, RecordKind.EXCLUSION));
      Parsed<Extract> parsed = steps.run(() -> ExtractReader.read(sources, register.storedClpCodes(), register.storedRecordKeys()), p -> "read and checked " + opened.size() + (opened.size() == 1 ? " file" : " files") + (p.problems().isEmpty() ? "" : ": " + p.problems().size() + " problems"));
      if (!parsed.problems().isEmpty()) {
        throw Problems.report(environment, parsed.problems(), "nothing was imported");
      }
      ImportSource source = new ImportSource(opened.stream().map(file -> new ImportSource.File(file.kind(), file.name(), HexFormat.of().formatHex(file.digest().digest()))).toList());
      ImportOutcome outcome = steps.run(() -> register.importExtract(parsed.orElseThrow(), source, environment::info), o -> "import " + (o instanceof ImportOutcome.Applied ? "committed" : "finished") + " in " + database);
      int status = report(outcome);
      RegisterOptions.warnOfUnappliedExclusions(environment, register.exclusionsOfWithdrawnRecords());
      return status;
    } finally {
      RegisterOptions.closeAll(opened.stream().map(Opened::reader).toList());
    }
  }

  private int report(ImportOutcome outcome) {
    if (outcome instanceof ImportOutcome.Rejected rejected) {
      throw Problems.report(environment, rejected.problems(), "nothing was imported");
    }
    if (outcome instanceof ImportOutcome.NoOp noOp) {
      environment.output("Nothing changed: the store already holds exactly this" + noOp.sameFilesAs().map(id -> " (the same files as import " + id + ")").orElse("") + "; nothing was written.");
      printCounts(noOp.counts());
      return 0;
    }
    StoredImport stored = ((ImportOutcome.Applied) outcome).stored();
    environment.output("Import " + stored.id() + " committed at " + stored.importedAt() + ":");
    printCounts(stored.counts());
    environment.output("Every change is in the store's change log (docs/store.md).");
    return 0;
  }

  private void printCounts(Map<String, KindCounts> counts) {
    environment.output(String.format("  %-22s %10s %10s %10s %10s %10s", "kind", "added", "changed", "returned", "withdrawn", "unchanged"));
    List<String> order = List.of(RecordKind.CLP.name(), RecordKind.MEMBER.name(), RecordKind.REGISTERED_SUPPORTER.name(), RecordKind.AFFILIATED_SUPPORTER.name(), RecordKind.EXCLUSION.name());
    Map<String, KindCounts> ordered = new java.util.TreeMap<>(java.util.Comparator.comparingInt((String kind) -> order.indexOf(kind) < 0 ? order.size() : order.indexOf(kind)).thenComparing(kind -> kind));
    ordered.putAll(counts);
    ordered.forEach((kind, c) -> environment.output(String.format("  %-22s %,10d %,10d %,10d %,10d %,10d", kind, c.added(), c.changed(), c.returned(), c.withdrawn(), c.unchanged())));
  }

  private Map<RecordKind<?>, Path> files() {
    Map<RecordKind<?>, Path> files = new LinkedHashMap<>();
    if (extracts != null) {
      Path directory = environment.resolve(extracts.toString());
      if (!Files.isDirectory(directory)) {
        throw new CommandFailure(extracts + ": not a directory of CSV extracts");
      }
      fromDirectory(files, directory, RecordKind.CLP, RegisterOptions.CLPS);
      fromDirectory(files, directory, RecordKind.MEMBER, RegisterOptions.MEMBERS);
      fromDirectory(files, directory, RecordKind.REGISTERED_SUPPORTER, RegisterOptions.REGISTERED);
      fromDirectory(files, directory, RecordKind.AFFILIATED_SUPPORTER, RegisterOptions.AFFILIATED);
      fromDirectory(files, directory, RecordKind.EXCLUSION, RegisterOptions.EXCLUSIONS);
    }
    given(files, RecordKind.CLP, clps, "--clps");
    given(files, RecordKind.MEMBER, members, "--members");
    given(files, RecordKind.REGISTERED_SUPPORTER, registeredSupporters, "--registered-supporters");
    given(files, RecordKind.AFFILIATED_SUPPORTER, affiliatedSupporters, "--affiliated-supporters");
    given(files, RecordKind.EXCLUSION, exclusions, "--exclusions");
    return files;
  }

  private static void fromDirectory(Map<RecordKind<?>, Path> files, Path directory, RecordKind<?> kind, String name) {
    Path file = directory.resolve(name);
    if (Files.exists(file)) {
      files.put(kind, file);
    }
  }

  private void given(Map<RecordKind<?>, Path> files, RecordKind<?> kind, Path file, String option) {
    if (file == null) {
      return;
    }
    if (files.containsKey(kind)) {
      throw new CommandFailure(option + " " + file + ": the --extracts directory already has this kind's file; give one or the other");
    }
    files.put(kind, environment.resolve(file.toString()));
  }

  private Opened open(RecordKind<?> kind, Path path) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    InputStream in = new DigestInputStream(Files.newInputStream(path), digest);
    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder());
    return new Opened(kind, path, path.getFileName().toString(), digest, new java.io.BufferedReader(reader, 1 << 16));
  }

  private static Optional<ExtractSources.Source> source(List<Opened> opened, RecordKind<?> kind) {
    return opened.stream().filter(file -> file.kind() == kind).findFirst().map(file -> new ExtractSources.Source(file.name(), file.reader()));
  }
}
