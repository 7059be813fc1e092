package org.scrutineer.cli.belenios.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.cli.CommandRun;
import org.scrutineer.cli.Scrutineer;

class GenerateTokenCommandTest {
  @TempDir Path dir;

  @Test
  void defaultTokenIsFourteenBase58Characters_aValidUuid() {
    assertThat(Scrutineer.ok(dir, "setup", "generate-token").out()).matches("[1-9A-HJ-NP-Za-km-z]{14}\n");
  }

  @Test
  void lengthZeroPrintsAnEmptyLine() {
    assertThat(Scrutineer.ok(dir, "setup", "generate-token", "--length=0").out()).isEqualTo("\n");
  }

  @Test
  void negativeLengthFails() {
    CommandRun run = Scrutineer.belenios(dir, "setup", "generate-token", "--length=-1");
    assertThat(run.status()).isEqualTo(124);
    assertThat(run.stderr()).startsWith("scrutineer: the argument of --length must not be negative");
  }
}
