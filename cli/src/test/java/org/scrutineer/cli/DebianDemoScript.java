package org.scrutineer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs one of Debian's belenios-tool example scripts (/usr/share/doc/belenios-tool/examples/) unmodified,
 * in the tree it expects under {@code $BELENIOS}, with {@code belenios-tool} replaced by a wrapper the
 * test writes: the scripts call {@code $BELENIOS/_run/tool-debug/bin/belenios-tool}.
 */
public final class DebianDemoScript {
  /** Where Debian installs the scripts. */
  public static final Path EXAMPLES = Path.of("/usr/share/doc/belenios-tool/examples");

  /**
   * The templates demo-nh.sh, demo-stv.sh and demo-mj.sh read from the belenios tree, which Debian
   * does not ship: copies of tag 2.0's in the test resources ({@code belenios-templates/}).
   */
  private static final List<String> TEMPLATES = List.of("questions-nh.json", "questions-stv.json", "questions-mj.json");

  private DebianDemoScript() {}

  /** The script's output, and the election directory it left. */
  public record Run(String output, Path election) {}

  /** A shell command line running {@code scrutineer belenios} on the wrapper's arguments, in this JVM's class path. */
  public static String scrutineer() {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return "exec '" + java + "' --add-opens java.base/java.math=ALL-UNNAMED -cp '" + System.getProperty("java.class.path") + "' "
        + ScrutineerCommand.class.getName() + " belenios \"$@\"";
  }

  /**
   * Runs {@code script} (a file name in {@link #EXAMPLES}) with {@code wrapper} (a /bin/sh script body)
   * as belenios-tool, asserting it finished within ten minutes with status 0.
   */
  public static Run run(Path belenios, String script, String wrapper) throws IOException, InterruptedException {
    Path demo = EXAMPLES.resolve(script);
    assertThat(demo).as("belenios-tool's examples").isRegularFile();
    Path bin = Files.createDirectories(belenios.resolve("_run/tool-debug/bin"));
    Path tool = bin.resolve("belenios-tool");
    Files.writeString(tool, "#!/bin/sh\n" + wrapper);
    Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path templates = Files.createDirectories(belenios.resolve("tests/tool/templates"));
    Files.writeString(templates.resolve("questions.json"), TestElection.DEMO_TEMPLATE);
    for (String template : TEMPLATES) {
      try (InputStream in = DebianDemoScript.class.getResourceAsStream("belenios-templates/" + template)) {
        assertThat(in).as("test resource belenios-templates/" + template).isNotNull();
        Files.copy(in, templates.resolve(template));
      }
    }
    Path data = Files.createDirectories(belenios.resolve("tests/tool/data"));

    ProcessBuilder builder = new ProcessBuilder("bash", demo.toString()).directory(belenios.toFile()).redirectErrorStream(true);
    builder.environment().put("BELENIOS", belenios.toString());
    Process process = builder.start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).as(script + " finished").isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    try (Stream<Path> entries = Files.list(data)) {
      List<Path> found = entries.filter(Files::isDirectory).toList();
      assertThat(found).as("election directories " + script + " left").hasSize(1);
      return new Run(output, found.get(0));
    }
  }
}
