package org.scrutineer.contest.run;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Runs one {@code belenios-tool} 2.0 command — {@code setup generate-token}, {@code election
 * decrypt}, … — in a directory, with the given standard input, and returns its standard output.
 * The contest builds every election through it, so its crypto is never written twice: the CLI passes
 * its own {@code scrutineer belenios} commands run in-process; belenios-tool itself would do as well.
 */
@FunctionalInterface
public interface BeleniosTool {
  /**
   * @param args the command and its options, without the program's name
   * @throws IOException when the command fails, with its error line
   */
  byte[] run(Path directory, byte[] stdin, String... args) throws IOException;
}
