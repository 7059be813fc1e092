package org.scrutineer.count.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ballot files published by others, read as their sources say they read: one folder per case under
 * {@code golden/input/}, holding {@code ballots.EXT}, {@code why.txt} (the source and what it
 * asserts), and either {@code expected.txt} (candidates, seats, title, then the ballots as {@code
 * WEIGHT×A>B|C}) or, for a tampered twin, {@code errors.txt} (the exact messages). Adding a case is
 * adding a folder.
 */
class InputGoldenTest {
  static Stream<String> cases() throws IOException, URISyntaxException {
    Path root = Path.of(InputGoldenTest.class.getResource("/golden/input").toURI());
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readsAsItsSourceSays(String name) throws IOException, URISyntaxException {
    Path dir = Path.of(InputGoldenTest.class.getResource("/golden/input/" + name).toURI());
    assertThat(dir.resolve("why.txt")).as(name + " says why").exists();
    Path ballots;
    try (Stream<Path> files = Files.list(dir)) {
      ballots = files.filter(f -> f.getFileName().toString().startsWith("ballots.")).findFirst().orElseThrow();
    }
    String file = ballots.getFileName().toString();
    BallotFormat format = BallotFormat.byExtension(file).orElseThrow();
    Parsed<RankedInput> parsed;
    try (var reader = Files.newBufferedReader(ballots, StandardCharsets.UTF_8)) {
      parsed = BallotReader.ranked(reader, file, format, ReadOptions.none());
    }
    if (Files.exists(dir.resolve("errors.txt"))) {
      assertThat(Ballots.messages(parsed)).as("FAIL " + name).isEqualTo(Files.readAllLines(dir.resolve("errors.txt")));
      return;
    }
    assertThat(parsed.errors()).as("FAIL " + name).isEmpty();
    RankedInput input = parsed.get();
    List<String> actual = new ArrayList<>();
    actual.add("candidates: " + String.join(", ", input.ballots().candidates().names()));
    input.seats().ifPresent(s -> actual.add("seats: " + s));
    input.title().ifPresent(t -> actual.add("title: " + t));
    actual.addAll(Ballots.describe(input.ballots()));
    assertThat(actual).as("FAIL " + name).isEqualTo(Files.readAllLines(dir.resolve("expected.txt")));
  }
}
