package org.scrutineer.electorate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scrutineer.electorate.InputProblem;
import org.scrutineer.electorate.Parsed;
import org.scrutineer.electorate.register.MemberStatus;
import org.scrutineer.electorate.register.Section;

class RulesetReaderTest {
  static final String NEC_2016 =
      """
      {
        "name": "NEC 2016",
        "reference_date": "2016-08-22",
        "precedence": ["member", "affiliated_supporter", "registered_supporter"],
        "members": {"freeze_date": "2016-01-12", "arrears_grace_days": 28},
        "registered_supporters": {"window_opens": "2016-07-18T17:00:00+01:00", "window_closes": "2016-07-20T17:00:00+01:00", "fee": "25.00"},
        "affiliated_supporters": {"registration_cutoff": "2016-08-08"}
      }
      """;

  @Test
  void readsEveryRuleWithItsDefaults() {
    Ruleset rules = RulesetReader.read("nec.json", NEC_2016).orElseThrow();
    assertThat(rules.name()).isEqualTo("NEC 2016");
    assertThat(rules.referenceDate()).isEqualTo(LocalDate.parse("2016-08-22"));
    assertThat(rules.precedence()).containsExactly(Section.MEMBER, Section.AFFILIATED_SUPPORTER, Section.REGISTERED_SUPPORTER);
    assertThat(rules.exclusionsApply()).isTrue();
    assertThat(rules.members().freezeDate()).contains(LocalDate.parse("2016-01-12"));
    assertThat(rules.members().minimumMonths()).isEmpty();
    assertThat(rules.members().arrearsGraceDays()).isEqualTo(28);
    assertThat(rules.members().statuses()).containsExactly(MemberStatus.ACTIVE);
    assertThat(rules.members().suspendedMayVote()).isFalse();
    assertThat(rules.registeredSupporters().windowOpens()).isEqualTo(Instant.parse("2016-07-18T16:00:00Z"));
    assertThat(rules.registeredSupporters().feePence()).isEqualTo(2500);
    assertThat(rules.registeredSupporters().vettingRequired()).isTrue();
    assertThat(rules.affiliatedSupporters().registrationCutoff()).isEqualTo(LocalDate.parse("2016-08-08"));
  }

  @Test
  void reportsEveryProblemWithTheFieldAndTheFix() {
    String bad =
        NEC_2016
            .replace("\"freeze_date\"", "\"freez_date\"")
            .replace("\"2016-08-08\"", "\"2016-08-32\"")
            .replace("\"2016-07-20T17:00:00+01:00\"", "\"2016-07-17T17:00:00+01:00\"")
            .replace("\"25.00\"", "\"£25\"");
    Parsed<Ruleset> parsed = RulesetReader.read("nec.json", bad);
    assertThat(parsed.problems()).extracting(InputProblem::toString)
        .containsExactly(
            "nec.json: field members.freez_date: is not a known field; known here: arrears_grace_days, comment, enabled, freeze_date, minimum_months, statuses, suspended_may_vote",
            "nec.json: field registered_supporters.window_closes: is before window_opens; the window must close after it opens",
            "nec.json: field registered_supporters.fee: \"£25\" is not an amount in pounds (expected e.g. \"25.00\": not negative, at most 2 decimals)",
            "nec.json: field affiliated_supporters.registration_cutoff: \"2016-08-32\" is not a date (expected YYYY-MM-DD, e.g. 2016-01-12)");
  }

  @Test
  void precedenceMustNameEachSectionOnce() {
    Parsed<Ruleset> parsed = RulesetReader.read("r.json", NEC_2016.replace("\"affiliated_supporter\", \"registered_supporter\"", "\"member\", \"supporter\""));
    assertThat(parsed.problems()).extracting(InputProblem::field).containsExactly("precedence[2]", "precedence");
  }

  @Test
  void missingSectionsAndBrokenJsonAreReported() {
    assertThat(RulesetReader.read("r.json", "{\"name\": \"x\", \"reference_date\": \"2016-08-22\", \"precedence\": []}").problems())
        .extracting(InputProblem::field)
        .containsExactly("precedence", "members", "registered_supporters", "affiliated_supporters");
    List<InputProblem> broken = RulesetReader.read("r.json", "{\n\"name\": \"x\",\n}").problems();
    assertThat(broken).singleElement().satisfies(problem -> {
      assertThat(problem.line()).isEqualTo(3);
      assertThat(problem.message()).startsWith("is not valid JSON");
    });
  }

  @Test
  void aNullFreezeDateMeansNone() {
    Ruleset rules = RulesetReader.read("r.json", NEC_2016.replace("\"2016-01-12\"", "null")).orElseThrow();
    assertThat(rules.members().freezeDate()).isEqualTo(Optional.empty());
  }
}
