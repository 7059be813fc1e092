package org.scrutineer.cli.belenios.method;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrutineer.cli.BeleniosTool;
import org.scrutineer.cli.CommandRun;
import org.scrutineer.cli.Scrutineer;

/**
 * The command lines and inputs belenios-tool 2.0 refuses: ours refuses them too, with exit status
 * 124, nothing on standard output, and — where belenios-tool's message is its own, not cmdliner's
 * or Yojson's — the same message after the program name.
 */
class MethodCommandTest {
  @TempDir Path dir;

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of("[[1,2]]", "--nseats is missing", new String[] {"method", "stv"}),
        Arguments.of("[[1,2]]", "invalid --nseats parameter", new String[] {"method", "stv", "--nseats", "0"}),
        Arguments.of("x", "invalid --nseats parameter", new String[] {"method", "stv", "--nseats=-1"}),
        Arguments.of("x", "", new String[] {"method", "stv", "--nse", "2"}),
        Arguments.of("", "", new String[] {"method", "stv", "--nseats", "1"}),
        Arguments.of("[[1.0]]", "", new String[] {"method", "stv", "--nseats", "1"}),
        Arguments.of("[[1,0,0],[1,0,0]]", "Assertion failed", new String[] {"method", "stv", "--nseats", "2"}),
        Arguments.of("[[1,2]]", "", new String[] {"method", "stv", "--nseats", "x"}),
        Arguments.of("[[1,2]]", "", new String[] {"method", "stv", "--nseats", "1", "extra"}),
        Arguments.of("[[1,2]]", "", new String[] {"method", "stv", "--foo"}),
        Arguments.of("[]", "invalid --nchoices parameter (or could not infer it)", new String[] {"method", "schulze", "--blank-allowed", "true"}),
        Arguments.of("[[1,2]]", "--blank-allowed is missing", new String[] {"method", "schulze"}),
        Arguments.of("[[1,2]]", "", new String[] {"method", "schulze", "--blank-allowed", "yes"}),
        Arguments.of("[[1,2]]", "invalid --nchoices parameter (or could not infer it)", new String[] {"method", "schulze", "--blank-allowed", "true", "--nchoices=-1"}),
        Arguments.of("[[0,0]]", "Assertion failed", new String[] {"method", "schulze", "--blank-allowed", "true", "--nchoices", "3"}),
        Arguments.of("[[1,2]]", "--ngrades is missing", new String[] {"method", "majority-judgment", "--blank-allowed", "true"}),
        Arguments.of("[[1,2]]", "invalid --ngrades parameter", new String[] {"method", "majority-judgment", "--ngrades", "0"}),
        Arguments.of("[[1,2]]", "--blank-allowed is missing", new String[] {"method", "majority-judgment", "--ngrades", "2"}),
        Arguments.of("[]", "invalid --nchoices parameter (or could not infer it)", new String[] {"method", "majority-judgment", "--ngrades", "2", "--blank-allowed", "false"}),
        Arguments.of("[[1,2],[1]]", "Assertion failed", new String[] {"method", "majority-judgment", "--ngrades", "2", "--blank-allowed", "false"}),
        Arguments.of("", "", new String[] {"method"}));
  }

  @ParameterizedTest(name = "{2} <<< {0}")
  @MethodSource("refusals")
  void refusesWhatBeleniosToolRefuses(String stdin, String message, String[] args) {
    byte[] in = stdin.getBytes(StandardCharsets.UTF_8);
    CommandRun tool = BeleniosTool.run(dir, in, args);
    CommandRun ours = Scrutineer.belenios(dir, in, args);
    assertThat(tool.status()).as("belenios-tool still refuses " + String.join(" ", args)).isEqualTo(124);
    assertThat(ours.status()).as(ours.stderr()).isEqualTo(124);
    assertThat(ours.stdout()).isEmpty();
    if (!message.isEmpty()) {
      assertThat(tool.stderr()).contains(message);
      assertThat(ours.stderr()).contains(message);
    }
  }

  @Test
  void abbreviatedOptionsWorkAsInCmdliner() {
    byte[] in = "[[1,2],[2,1],[1,2]]".getBytes(StandardCharsets.UTF_8);
    CommandRun ours = Scrutineer.ok(dir, in, "method", "schulze", "--blank", "false", "--nch=2");
    assertThat(ours.out()).isEqualTo(BeleniosTool.ok(dir, in, "method", "schulze", "--blank", "false", "--nch=2").out());
    assertThat(ours.out()).isEqualTo("{\"valid\":3,\"raw\":[[0,2],[1,0]],\"beatpaths\":[[[0,0],[2,1]],[[0,0],[0,0]]],\"winners\":[[0],[1]]}\n");
  }
}
