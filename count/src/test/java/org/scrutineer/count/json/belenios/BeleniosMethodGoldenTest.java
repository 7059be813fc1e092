package org.scrutineer.count.json.belenios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrutineer.count.ballot.BeleniosBallots;
import org.scrutineer.count.input.belenios.BeleniosBallotsReader;
import org.scrutineer.count.method.belenios.BeleniosStv;
import org.scrutineer.count.method.belenios.BeleniosStvResult;
import org.scrutineer.count.method.mj.MajorityJudgment;
import org.scrutineer.count.method.schulze.Schulze;

/**
 * Golden folders made by the real belenios-tool 2.0 ({@code golden/belenios-method/<case>/}: the
 * input, the command, belenios-tool's stdout and exit status, and why.txt saying why the case is
 * there and how it was made). Our reader, method and writer must print the same bytes; where the
 * tool exits 124 (its own assertions), ours must refuse too. Adding a case is adding a folder.
 */
class BeleniosMethodGoldenTest {

  static Stream<Path> cases() throws IOException, URISyntaxException {
    Path root = Path.of(BeleniosMethodGoldenTest.class.getResource("/golden/belenios-method").toURI());
    try (Stream<Path> folders = Files.list(root)) {
      return folders.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("cases")
  void printsWhatBeleniosToolPrinted(Path folder) throws IOException {
    assertThat(folder.resolve("why.txt")).as("every case says why it is there").exists();
    List<String> command = Arrays.asList(Files.readString(folder.resolve("command")).strip().split("\\s+"));
    BeleniosBallots ballots =
        BeleniosBallotsReader.read(new StringReader(Files.readString(folder.resolve("input.json"))), "input.json").orThrow();
    int status = Integer.parseInt(Files.readString(folder.resolve("status")).strip());
    String expected = Files.readString(folder.resolve("stdout"), StandardCharsets.UTF_8);
    if (status == 0) {
      assertThat(output(command, ballots) + "\n").as(folder.getFileName().toString()).isEqualTo(expected);
    } else {
      assertThat(expected).isEmpty();
      assertThatThrownBy(() -> output(command, ballots)).as(folder.getFileName().toString()).isInstanceOf(IllegalArgumentException.class);
    }
  }

  /** The core of {@code belenios-tool method …}: what scrutineer belenios method prints. */
  private static String output(List<String> command, BeleniosBallots ballots) {
    String method = command.get(1);
    long nchoices = option(command, "--nchoices", 0);
    int n = (int) (nchoices != 0 ? nchoices : ballots.ballot(0).length);
    boolean blank = command.contains("--blank-allowed") && command.get(command.indexOf("--blank-allowed") + 1).equals("true");
    return switch (method) {
      case "stv" -> {
        BeleniosStvResult result = BeleniosStv.asBeleniosTool(ballots, option(command, "--nseats", 0));
        result.toolAssertion().ifPresent(why -> {
          throw new IllegalArgumentException(why);
        });
        yield BeleniosMethodJson.stv(result);
      }
      case "schulze" -> BeleniosMethodJson.schulze(Schulze.compute(ballots, n, blank));
      case "majority-judgment" ->
          BeleniosMethodJson.majorityJudgment(MajorityJudgment.compute(ballots, n, (int) option(command, "--ngrades", 0), blank));
      default -> throw new AssertionError("unknown method " + method);
    };
  }

  private static long option(List<String> command, String name, long absent) {
    int i = command.indexOf(name);
    return i < 0 ? absent : Long.parseLong(command.get(i + 1));
  }
}
