package org.scrutineer.cli.belenios.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.scrutineer.cli.ManualClock;
import org.scrutineer.cli.ThrottledLines;

/** Progress lines appear only on long runs, and at most once per interval. */
class ProgressLinesTest {
  @Test
  void silentForTheFirstIntervalThenOneLinePerInterval() {
    ManualClock clock = new ManualClock();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProgressLines progress = new ProgressLines(new PrintStream(bytes, true, StandardCharsets.UTF_8), clock);

    for (long n = 1; n <= 500; n++) {
      progress.credentialsRead(n);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEmpty();

    clock.advance(ThrottledLines.INTERVAL);
    progress.credentialsRead(1000);
    progress.ballotsRead(1); // within the next interval: not printed
    clock.advance(ThrottledLines.INTERVAL.minusSeconds(1));
    progress.ballotsRead(2);
    clock.advance(Duration.ofSeconds(1));
    progress.ballotsRead(3);

    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo("I: 1000 public credentials read\nI: 3 ballots read and being checked\n");
    clock.advance(ThrottledLines.INTERVAL);
    progress.credentialsChecked(7);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).endsWith("I: 7 public credentials without a valid ballot checked\n");
  }
}
