package org.scrutineer.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.cli.CommandRun;
import org.scrutineer.cli.ExitStatus;
import org.scrutineer.cli.Scrutineer;
import org.scrutineer.electorate.Parsed;
import org.scrutineer.electorate.csv.Extract;
import org.scrutineer.electorate.csv.ExtractReader;
import org.scrutineer.electorate.csv.ExtractSources;
import org.scrutineer.electorate.synthetic.Summary;
import org.scrutineer.electorate.synthetic.SyntheticRegister;

class DemoRegisterCommandTest {
  @TempDir Path work;

  @Test
  void writesFiveExtractsThatReadBackAndSaysWhatTheyHold() throws IOException {
    CommandRun run = register("--people", "500", "--seed", "3", "--dir", "out");

    run.assertSucceeded();
    Path out = work.resolve("out");
    Parsed<Extract> read = read(out);
    assertThat(read.problems()).isEmpty();
    Summary summary = SyntheticRegister.generate(500, 3).summary();
    assertThat(read.orElseThrow().members().orElseThrow()).hasSize((int) summary.members().records());
    assertThat(read.orElseThrow().exclusions().orElseThrow()).hasSize((int) summary.exclusions());
    assertThat(run.out())
        .contains("register of 500 people in " + out)
        .contains("members.csv", "registered_supporters.csv", "affiliated_supporters.csv", "exclusions.csv", "632 CLPs in 11 regions")
        .contains(summary.members().joinedAfterFreeze() + " joined after the freeze date 2016-01-12")
        .contains(summary.registeredSupporters().paidFeeInWindow() + " paid £25 in the window")
        .contains("Overlaps: " + summary.overlaps().membersAlsoRegistered() + " members also applied as registered supporters")
        .contains("Near-duplicates built in: " + summary.nearDuplicates().duplicateMembers() + " members with a second member record");
  }

  @Test
  void sameSeedWritesTheSameBytes() throws IOException {
    register("--people", "300", "--seed", "8", "--dir", "a").assertSucceeded();
    register("--people", "300", "--seed", "8", "--dir", "b").assertSucceeded();
    for (String file : DemoRegisterCommand.FILES) {
      assertThat(Files.readAllBytes(work.resolve("b").resolve(file))).as(file).isEqualTo(Files.readAllBytes(work.resolve("a").resolve(file)));
    }
  }

  @Test
  void longFilesReportProgressOnStandardError() {
    CommandRun run = register("--people", "140000", "--dir", "big").assertSucceeded();

    assertThat(run.errLines()).anyMatch(line -> line.matches("I: members\\.csv: 100000 of \\d+ rows"));
    assertThat(run.out()).doesNotContain("I: ");
  }

  @Test
  void refusesToOverwriteExistingFilesWithoutForce() throws IOException {
    Files.createDirectories(work.resolve("out"));
    Files.writeString(work.resolve("out").resolve("members.csv"), "precious");

    CommandRun refused = register("--people", "50", "--dir", "out");

    assertThat(refused.status()).isEqualTo(ExitStatus.FAILURE);
    assertThat(refused.errLines()).singleElement().asString().contains("already has members.csv").contains("--force");
    assertThat(Files.readString(work.resolve("out").resolve("members.csv"))).isEqualTo("precious");
    assertThat(work.resolve("out").resolve("clps.csv")).doesNotExist();

    register("--people", "50", "--dir", "out", "--force").assertSucceeded();
    assertThat(Files.readString(work.resolve("out").resolve("members.csv"))).startsWith("membership_number,");
  }

  @Test
  void refusesANumberOfPeopleThatIsNotPositive() {
    for (String people : new String[] {"0", "-5", "10000001"}) {
      CommandRun run = register("--people", people, "--dir", "out");
      assertThat(run.status()).as(people).isEqualTo(ExitStatus.FAILURE);
      assertThat(run.errLines()).singleElement().asString().contains("--people must be between 1 and 10000000, got " + people);
    }
    assertThat(work.resolve("out")).doesNotExist();
  }

  @Test
  void refusesADirectoryThatIsAFile() throws IOException {
    Files.writeString(work.resolve("taken"), "a file");

    CommandRun run = register("--people", "10", "--dir", "taken");

    assertThat(run.status()).isEqualTo(ExitStatus.FAILURE);
    assertThat(run.errLines()).singleElement().asString().contains("taken is not a directory");
  }

  private CommandRun register(String... args) {
    List<String> all = new ArrayList<>(List.of("demo", "register"));
    all.addAll(List.of(args));
    return Scrutineer.run(work, Clock.systemUTC(), new byte[0], all.toArray(String[]::new));
  }

  private static Parsed<Extract> read(Path directory) throws IOException {
    List<Reader> readers = new ArrayList<>();
    try {
      List<Optional<ExtractSources.Source>> sources = new ArrayList<>();
      for (String file : DemoRegisterCommand.FILES) {
        Reader reader = Files.newBufferedReader(directory.resolve(file), StandardCharsets.UTF_8);
        readers.add(reader);
        sources.add(Optional.of(new ExtractSources.Source(file, reader)));
      }
      return ExtractReader.read(new ExtractSources(sources.get(0), sources.get(1), sources.get(2), sources.get(3), sources.get(4)), Set.of(), Set.of());
    } finally {
      for (Reader reader : readers) {
        reader.close();
      }
    }
  }
}
