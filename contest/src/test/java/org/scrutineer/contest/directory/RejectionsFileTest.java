package org.scrutineer.contest.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutineer.contest.rejection.RejectionLog;
import org.scrutineer.contest.rejection.RejectionReason;
import org.scrutineer.electorate.register.Section;

class RejectionsFileTest {
  private static final String TRACKER = "nWb8mNYXbEhVhjnd2ZVTZFX0lqLKsJxV0JwUQyXSqXo";

  @Test
  void aLogIsWrittenAndReadBackTheSame() {
    RejectionLog log = RejectionLog.empty().with(List.of(
        new RejectionLog.Refusal(Section.MEMBER, RejectionReason.CREDENTIAL_REMOVED, "removal 1, decided 2016-09-01 by NEC", TRACKER),
        new RejectionLog.Refusal(Section.AFFILIATED_SUPPORTER, RejectionReason.CAST_ALREADY, "", TRACKER)),
        Instant.parse("2016-09-21T12:00:00.250Z"));

    byte[] json = RejectionsFile.toJson(log);

    assertThat(RejectionsFile.parse(json)).isEqualTo(log);
    assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"reason\" : \"credential-removed\"", "\"section\" : \"affiliated_supporter\"",
        "\"received\" : \"2016-09-21T12:00:00.250Z\"");
  }

  @Test
  void aBadEntryIsNamedWithItsField() {
    assertThatThrownBy(() -> RejectionsFile.parse(entry("\"section\":\"member\",\"reason\":\"lost\",\"received\":\"2016-09-21T12:00:00Z\"")))
        .hasMessage("rejections.json: rejection 1: no reason \"lost\"");
    assertThatThrownBy(() -> RejectionsFile.parse(entry("\"section\":\"members\",\"reason\":\"cast-already\"")))
        .hasMessage("rejections.json: rejection 1: no section \"members\"");
    assertThatThrownBy(() -> RejectionsFile.parse(entry("\"section\":\"member\",\"reason\":\"cast-already\",\"received\":\"yesterday\"")))
        .hasMessageContaining("rejections.json: rejection 1: \"received\" is not an instant");
    assertThatThrownBy(() -> RejectionsFile.parse("{}".getBytes(StandardCharsets.UTF_8))).hasMessage("rejections.json: no \"rejections\" array");
  }

  private static byte[] entry(String fields) {
    return ("{\"rejections\":[{\"number\":1," + fields + ",\"detail\":\"\",\"tracker\":\"" + TRACKER + "\"}]}").getBytes(StandardCharsets.UTF_8);
  }
}
