package org.scrutineer.electorate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scrutineer.electorate.Examples;
import org.scrutineer.electorate.Parsed;
import org.scrutineer.electorate.register.MemberStatus;
import org.scrutineer.electorate.register.Section;
import org.scrutineer.electorate.synthetic.Contest2016;

/** The example rulesets in examples/rules/ parse, and say what the 2016 contest's rules were. */
class ExampleRulesetsTest {
  @Test
  void necRulesetStatesThe2016Rules() throws IOException {
    Ruleset nec = read("2016-nec.json");

    assertThat(nec.members().freezeDate()).contains(Contest2016.FREEZE_DATE);
    assertThat(nec.members().statuses()).containsExactly(MemberStatus.ACTIVE);
    assertThat(nec.members().suspendedMayVote()).isFalse();
    assertThat(nec.referenceDate()).isEqualTo(Contest2016.REFERENCE_DATE);
    assertThat(nec.precedence()).containsExactly(Section.MEMBER, Section.AFFILIATED_SUPPORTER, Section.REGISTERED_SUPPORTER);
    assertThat(nec.exclusionsApply()).isTrue();
    assertThat(nec.registeredSupporters().windowOpens()).isEqualTo(Contest2016.WINDOW_OPENS);
    assertThat(nec.registeredSupporters().windowCloses()).isEqualTo(Contest2016.WINDOW_CLOSES);
    assertThat(nec.registeredSupporters().feePence()).isEqualTo(Contest2016.FEE_PENCE);
    assertThat(nec.registeredSupporters().vettingRequired()).isTrue();
    assertThat(nec.affiliatedSupporters().registrationCutoff()).isEqualTo(Contest2016.AFFILIATE_CUTOFF);
    assertThat(nec.affiliatedSupporters().vettingRequired()).isTrue();
  }

  @Test
  void highCourtRulesetDiffersOnlyInTheFreezeDate() throws IOException {
    Ruleset nec = read("2016-nec.json");
    Ruleset highCourt = read("2016-high-court.json");

    assertThat(highCourt.members().freezeDate()).isEqualTo(Optional.of(Contest2016.NEC_DECISION));
    assertThat(highCourt.name()).isNotEqualTo(nec.name());
    MemberRules sameMembers = new MemberRules(
        nec.members().enabled(), highCourt.members().freezeDate(), nec.members().minimumMonths(), nec.members().arrearsGraceDays(), nec.members().suspendedMayVote(), nec.members().statuses());
    assertThat(highCourt).isEqualTo(new Ruleset(
        highCourt.name(), nec.referenceDate(), nec.precedence(), nec.exclusionsApply(), sameMembers, nec.registeredSupporters(), nec.affiliatedSupporters()));
  }

  @Test
  void everyExampleRulesetParsesWithoutProblems() throws IOException {
    List<Path> files;
    try (var list = Files.list(Examples.directory().resolve("rules"))) {
      files = list.filter(path -> path.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(2);
    for (Path file : files) {
      assertThat(RulesetReader.read(file.getFileName().toString(), Files.readString(file)).problems()).as(file.toString()).isEmpty();
    }
  }

  private static Ruleset read(String name) throws IOException {
    Parsed<Ruleset> parsed = RulesetReader.read(name, Files.readString(Examples.directory().resolve("rules").resolve(name)));
    assertThat(parsed.problems()).isEmpty();
    return parsed.orElseThrow();
  }
}
