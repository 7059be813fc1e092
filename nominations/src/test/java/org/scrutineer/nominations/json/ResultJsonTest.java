package org.scrutineer.nominations.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutineer.nominations.ExampleFiles;
import org.scrutineer.nominations.result.NominationResult;
import org.scrutineer.nominations.tally.Tally;

class ResultJsonTest {
  private static String json(NominationResult result) throws IOException {
    StringWriter out = new StringWriter();
    ResultJson.write(result, out);
    return out.toString();
  }

  @Test
  void writesOutcomesAndEveryDecision() throws IOException {
    ExampleFiles files = ExampleFiles.read("2016-challenge");
    NominationResult result = Tally.count(files.input(), files.rules());
    JsonNode root = new ObjectMapper().readTree(json(result));

    assertThat(root.get("format").asText()).isEqualTo("scrutineer-nominations-result/1");
    assertThat(root.get("status").asText()).isEqualTo("ballot");
    assertThat(root.get("whole").get("count").asLong()).isEqualTo(254);
    JsonNode smith = root.get("candidates").get(1);
    assertThat(smith.get("name").asText()).isEqualTo("Owen Smith");
    assertThat(smith.get("nominated").asBoolean()).isTrue();
    assertThat(smith.get("parliamentary").get("nominations").asLong()).isEqualTo(result.candidate("Owen Smith").orElseThrow().parliamentaryNominations());
    assertThat(smith.get("parliamentary").get("threshold").get("needed").asLong()).isEqualTo(51);
    assertThat(smith.get("supporting").get("clps").asLong()).isEqualTo(53);
    assertThat(root.get("nominations")).hasSize(files.input().nominations().size());
    assertThat(root.get("withdrawals")).hasSize(files.input().withdrawals().size());
    assertThat(root.get("clp_nominations")).hasSize(files.input().clps().size());
    assertThat(root.get("affiliate_nominations")).hasSize(files.input().affiliates().size());
    JsonNode first = root.get("nominations").get(0);
    List<String> members = new ArrayList<>();
    first.fieldNames().forEachRemaining(members::add);
    assertThat(members).containsExactly("source", "nominator_id", "candidate", "nominated_at", "counted", "reason", "explanation");
    assertThat(first.get("source").asText()).startsWith("nominations.csv:");
  }

  @Test
  void sameInputGivesTheSameBytes() throws IOException {
    ExampleFiles files = ExampleFiles.read("vacancy-2020");
    assertThat(json(Tally.count(files.input(), files.rules()))).isEqualTo(json(Tally.count(files.input(), files.rules()))).endsWith("}\n");
  }
}
