package org.scrutineer.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Memory does not grow with the archive: a million-ballot archive (2,000,005 entries, 2 GB of tar)
 * streams through {@link ArchiveReader} in a child JVM limited to a 32 MB heap, where holding even
 * the ballot hashes alone would not fit.
 */
class ArchiveReaderStreamingTest {
  private static final long BALLOTS = 1_000_000;

  @Test
  void millionBallotArchiveStreamsInA32MegabyteHeap() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    String classpath = System.getProperty("java.class.path");
    Process child = new ProcessBuilder(List.of(java.toString(), "-Xmx32m", "-XX:+UseSerialGC", "-cp", classpath,
        StreamingProbe.class.getName(), Long.toString(BALLOTS))).redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(child.exitValue()).as(output).isZero();
    assertThat(output.trim()).isEqualTo("events=" + (BALLOTS + 1) + " lastHeight=" + BALLOTS + " problems=0");
  }
}
