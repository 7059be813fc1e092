package org.scrutineer.archive.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The state the verifier keeps grows by a few hundred bytes per voter and ballot, so that a
 * million of each fit in a 1 GiB heap beside the set-up's credential list (issue #3): built in a
 * child JVM limited to 512 MB, it must stay under 400 MB.
 */
class RegistryScaleTest {
  private static final int VOTERS = 1_000_000;

  @Test
  void aMillionVotersAndTheirBallotsFitInUnder400Megabytes() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(List.of(java.toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        RegistryScaleProbe.class.getName(), Integer.toString(VOTERS))).redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(child.exitValue()).as(output).isZero();
    Matcher matcher = Pattern.compile("voters=(\\d+) ballots=(\\d+) superseded=(\\d+) usedMB=(\\d+)").matcher(output);
    assertThat(matcher.find()).as(output).isTrue();
    assertThat(Integer.parseInt(matcher.group(1))).isEqualTo(VOTERS);
    assertThat(Integer.parseInt(matcher.group(2))).isEqualTo(VOTERS + VOTERS / 10);
    assertThat(Integer.parseInt(matcher.group(3))).isEqualTo(VOTERS / 10);
    assertThat(Integer.parseInt(matcher.group(4))).as(output).isLessThan(400);
  }
}
