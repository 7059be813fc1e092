package org.scrutineer.contest.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTextTest {
  @Test
  void labour2016ShowsEachSectionsVotesAndShareAlignedAndWhoWasElected() {
    String text = SummaryText.render(Examples.labour2016());
    assertThat(text).startsWith("Labour Party leadership election 2016 (irv)\nElected: Jeremy Corbyn\n");
    List<String> lines = Arrays.asList(text.split("\n"));
    String corbyn = lines.stream().filter(line -> line.startsWith("Jeremy Corbyn  ")).findFirst().orElseThrow();
    assertThat(corbyn).containsSubsequence("168,216  59.0%", "84,918  69.9%", "60,075  60.2%", "313,209  61.8%");
    String header = lines.stream().filter(line -> line.contains("Members")).findFirst().orElseThrow();
    String valid = lines.stream().filter(line -> line.startsWith("Valid votes")).findFirst().orElseThrow();
    String turnout = lines.stream().filter(line -> line.startsWith("Turnout")).findFirst().orElseThrow();
    // right-aligned columns: every section's figures end where its heading ends
    assertThat(corbyn.indexOf("59.0%") + "59.0%".length()).isEqualTo(header.indexOf("Members") + "Members".length());
    assertThat(turnout.indexOf("83.3%") + 5).isEqualTo(header.indexOf("Members") + "Members".length());
    assertThat(valid.indexOf("285,176")).isEqualTo(corbyn.indexOf("168,216"));
    assertThat(text).contains("Verification: 6 passed, 0 FAILED, 1 not run", "not run: belenios-tool on every archive",
        "Re-verify: scrutineer contest verify --dir contest");
    assertThat(lines).noneMatch(line -> line.endsWith(" "));
  }

  @Test
  void roundsAreAColumnEachWithWhoWasElectedAndEliminated() {
    String text = SummaryText.render(Examples.alternativeVote());
    assertThat(text).contains("Rounds of the irv count:").containsPattern("Bea Birch +4,800 +4,920 +8,120 E")
        .containsPattern("Dee Elm +1,270 x +\u2013 +\u2013").containsPattern("To be elected +7,461 +7,311 +7,311");
  }

  @Test
  void namesCannotDriveTheTerminal() {
    String text = SummaryText.render(Examples.alternativeVote(List.of("Evil\u001b[2J\u001b]0;pwned\u0007", "B\u202ecba", "C", "D")));
    assertThat(text).doesNotContain("\u001b", "\u0007", "\u202e").contains("Evil?[2J?]0;pwned?", "B?cba");
  }
}
