package org.scrutineer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
  private final ManualClock clock = new ManualClock();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private ProgressBar bar(boolean terminal) {
    CommandEnvironment environment = new CommandEnvironment(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8), java.nio.file.Path.of("."), Map.of(), clock, SecureRandom::new);
    return new ProgressBar(environment, terminal);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void rendersTheStepABarThePercentageAndWhatItDoes() {
    assertThat(ProgressBar.render("tally", 0.375, "member: trustee 3 decrypts"))
        .isEqualTo("tally [#########...............]  37%  member: trustee 3 decrypts");
    assertThat(ProgressBar.render("verify", 0, "start")).isEqualTo("verify [........................]   0%  start");
    assertThat(ProgressBar.render("cast", 1, "3 of 3 ballots checked")).isEqualTo("cast [########################] 100%  3 of 3 ballots checked");
  }

  @Property
  void theBarIsAlwaysItsWidth_andNeverShowsDoneBeforeTheEnd(@ForAll @DoubleRange(min = 0, max = 1) double fraction) {
    String line = ProgressBar.render("s", fraction, "x");
    String bar = line.substring(line.indexOf('[') + 1, line.indexOf(']'));
    assertThat(bar).hasSize(ProgressBar.WIDTH).matches("#*\\.*");
    assertThat(line.contains("100%")).isEqualTo(fraction == 1.0);
  }

  @Test
  void elsewhereThanATerminal_anInfoLineOncePerInterval_noneInTheFirst() {
    ProgressBar bar = bar(false);

    bar.show("tally", 0.1, "member: encrypted tally");
    clock.advance(ThrottledLines.INTERVAL);
    bar.show("tally", 0.5, "member: result");
    bar.show("tally", 0.6, "member: verifying");
    bar.end();

    assertThat(err()).isEqualTo("I: " + ProgressBar.render("tally", 0.5, "member: result") + "\n");
  }

  @Test
  void onATerminal_redrawnInPlaceTenTimesASecondAtMost_andEndedWithANewLine() {
    ProgressBar bar = bar(true);

    bar.show("cast", 0.25, "1 of 4 ballots checked");
    bar.show("cast", 0.5, "2 of 4 ballots checked");
    clock.advance(Duration.ofMillis(100));
    bar.show("cast", 0.75, "3 of 4 ballots checked");
    bar.show("cast", 1, "4 of 4 ballots checked");
    bar.end();
    bar.end();

    assertThat(err()).isEqualTo("\r" + ProgressBar.render("cast", 0.25, "1 of 4 ballots checked") + "\u001b[K"
        + "\r" + ProgressBar.render("cast", 0.75, "3 of 4 ballots checked") + "\u001b[K"
        + "\r" + ProgressBar.render("cast", 1, "4 of 4 ballots checked") + "\u001b[K\n");
  }

  @Test
  void onATerminal_nothingDrawnMeansNothingToEnd() {
    bar(true).end();

    assertThat(err()).isEmpty();
  }
}
