package org.scrutineer.electorate.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scrutineer.electorate.Examples;

/**
 * examples/register/ is {@code ./scrutineer demo register --people 500 --seed 9} as committed: the
 * generator still writes it byte for byte, on this JDK as on the one that made it. After a change to
 * the generator that is meant to change its output, write the folder again with that command.
 */
class ExampleRegisterTest {
  @Test
  void committedExampleIsWhatTheGeneratorWrites() throws IOException {
    Path folder = Examples.directory().resolve("register");
    Map<String, String> generated = Files5.write(SyntheticRegister.generate(500, 9));

    for (Map.Entry<String, String> file : generated.entrySet()) {
      assertThat(Files.readString(folder.resolve(file.getKey()), StandardCharsets.UTF_8)).as(file.getKey()).isEqualTo(file.getValue());
    }
  }
}
