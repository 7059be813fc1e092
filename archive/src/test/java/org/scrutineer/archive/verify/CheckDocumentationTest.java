package org.scrutineer.archive.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/belenios-compat.md, "What the verifier checks", lists every check the verifier reports, in
 * order, with the rule the code states (its only table rows that open with a check id).
 */
class CheckDocumentationTest {
  @Test
  void theDocumentedTableIsTheEnum() throws Exception {
    String docs = Files.readString(Path.of("..", "docs", "belenios-compat.md"), StandardCharsets.UTF_8);
    List<String> documented = docs.lines().filter(line -> line.startsWith("| `")).toList();
    List<String> expected = Arrays.stream(Check.values()).map(check -> "| `" + check.id() + "` | " + check.rule() + " |").toList();
    assertThat(documented).containsExactlyElementsOf(expected);
  }
}
