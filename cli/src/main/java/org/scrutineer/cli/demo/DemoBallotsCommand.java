package org.scrutineer.cli.demo;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.CommandFailure;
import org.scrutineer.count.synthetic.SyntheticBallots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code scrutineer demo ballots}: writes invented ranked ballots in three sections as the CSV
 * {@code scrutineer count} reads (docs/formats/ballots.md), for benchmarks and trying the count out.
 */
@Command(
    name = "ballots",
    mixinStandardHelpOptions = true,
    description = {
      "Write invented ranked ballots (members, registered supporters, affiliated supporters) as a ballot CSV with columns section,r1..rN,"
          + " or as decrypted Belenios ballots (--format belenios).",
      "Some ballots stop early, skip a rank or mark two candidates at one rank. The same arguments give the same file, byte for byte."
    })
public final class DemoBallotsCommand implements Callable<Integer> {
  /** How often progress is reported. */
  static final long PROGRESS_ROWS = 250_000;

  @Spec private CommandSpec spec;

  private final CommandEnvironment environment;

  public DemoBallotsCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Option(names = "--ballots", paramLabel = "N", defaultValue = "10000", description = "Ballots to write (default: ${DEFAULT-VALUE}; at most 100000000).")
  private long ballots;

  @Option(names = "--candidates", paramLabel = "K", defaultValue = "5", description = "Candidates, 2 to " + SyntheticBallots.MAX_CANDIDATES + " (default: ${DEFAULT-VALUE}).")
  private int candidates;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "2016", description = "Seed of everything drawn (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write (replaced once complete).")
  private Path out;

  /** What to write: our ballot CSV, or the JSON array of decrypted ballots belenios-tool's method commands read. */
  enum Format { csv, belenios }

  @Option(names = "--format", paramLabel = "F", defaultValue = "csv",
      description = "csv (section,r1..rN; default) or belenios: a JSON array with one array per ballot giving each candidate's rank"
          + " (1 = best, 0 = unranked; two candidates marked at one rank share it, a skipped rank leaves a gap), as belenios-tool method reads it.")
  private Format format;

  @Override
  public Integer call() throws IOException {
    if (ballots < 0 || ballots > 100_000_000) {
      throw new ParameterException(spec.commandLine(), "--ballots must be between 0 and 100000000, got " + ballots);
    }
    if (candidates < 2 || candidates > SyntheticBallots.MAX_CANDIDATES) {
      throw new ParameterException(spec.commandLine(), "--candidates must be between 2 and " + SyntheticBallots.MAX_CANDIDATES + ", got " + candidates);
    }
    Path target = environment.resolve(out.toString());
    if (Files.isDirectory(target)) {
      throw new CommandFailure(target + " is a directory; give a file name for --out");
    }
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path partial = Files.createTempFile(parent, target.getFileName().toString(), ".partial");
    long started = environment.clock().millis();
    SyntheticBallots generator = SyntheticBallots.of(candidates, seed);
    try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
      if (format == Format.belenios) {
        writeBelenios(writer, generator);
      } else {
        writeCsv(writer, generator);
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(partial);
      throw e;
    }
    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    spec.commandLine().getOut().printf(java.util.Locale.ROOT, "%d ballots among %s in %s (%.1f s)%n", ballots, String.join(", ", generator.candidates()), target,
        (environment.clock().millis() - started) / 1000.0);
    spec.commandLine().getOut().flush();
    return 0;
  }

  private void writeCsv(Writer writer, SyntheticBallots generator) throws IOException {
    try (CsvWriter csv = CsvWriter.builder().build(writer)) {
      List<String> header = new ArrayList<>(List.of("section"));
      // One rank column more than candidates: a full ranking with a skipped rank in it needs it.
      for (int r = 1; r <= candidates + 1; r++) {
        header.add("r" + r);
      }
      csv.writeRecord(header);
      long[] written = {0};
      generator.generate(ballots, seed, ballot -> {
        List<String> row = new ArrayList<>(header.size());
        row.add(ballot.section());
        ballot.ranks().forEach(rank -> row.add(String.join("|", rank)));
        while (row.size() < header.size()) {
          row.add("");
        }
        csv.writeRecord(row);
        progress(++written[0]);
      });
    }
  }

  /** Belenios ballots carry no section: each ballot is only its ranks, candidate by candidate. */
  private void writeBelenios(Writer writer, SyntheticBallots generator) throws IOException {
    List<String> names = generator.candidates();
    long[] written = {0};
    writer.write("[");
    generator.generate(ballots, seed, ballot -> {
      int[] rank = new int[names.size()];
      for (int r = 0; r < ballot.ranks().size(); r++) {
        for (String name : ballot.ranks().get(r)) {
          rank[names.indexOf(name)] = r + 1;
        }
      }
      StringBuilder line = new StringBuilder(written[0] == 0 ? "\n[" : ",\n[");
      for (int c = 0; c < rank.length; c++) {
        line.append(c == 0 ? "" : ",").append(rank[c]);
      }
      try {
        writer.write(line.append(']').toString());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      progress(++written[0]);
    });
    writer.write("\n]\n");
  }

  private void progress(long written) {
    if (written % PROGRESS_ROWS == 0) {
      environment.info("ballots: " + written + " of " + ballots);
    }
  }
}
