package org.scrutineer.nominations.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.scrutineer.nominations.ExampleFiles;
import org.scrutineer.nominations.parliamentary.NominationDecision;
import org.scrutineer.nominations.parliamentary.NominationReason;
import org.scrutineer.nominations.parliamentary.Nomination;
import org.scrutineer.nominations.result.CandidateOutcome;
import org.scrutineer.nominations.result.ContestStatus;
import org.scrutineer.nominations.result.NominationResult;
import org.scrutineer.nominations.result.Standing;

/**
 * The example sets end to end: they read without errors and give the figures examples/nominations/README.md
 * says they were built to give (2016: Owen Smith 172 of the 51 needed of 254; CLPs 285 and 53).
 */
class ExampleFilesTest {
  @Test
  void challenge2016() {
    ExampleFiles files = ExampleFiles.read("2016-challenge");
    assertThat(files.errors()).isEmpty();
    NominationResult result = Tally.count(files.input(), files.rules());

    assertThat(result.whole().count()).isEqualTo(254);
    CandidateOutcome smith = result.candidate("Owen Smith").orElseThrow();
    assertThat(smith.parliamentary().explanation()).isEqualTo("51 of 254 MPs and MEPs needed (20% = 50.8, rounded up): has 172");
    assertThat(List.of(smith.mps(), smith.meps())).containsExactly(162L, 10L);
    assertThat(smith.support().clps()).isEqualTo(53);
    CandidateOutcome corbyn = result.candidate("Jeremy Corbyn").orElseThrow();
    assertThat(corbyn.standing()).isEqualTo(Standing.NOMINATED);
    assertThat(corbyn.support().clps()).isEqualTo(285);
    assertThat(result.candidate("Angela Eagle").orElseThrow().standing()).isEqualTo(Standing.WITHDREW);
    assertThat(result.status()).isEqualTo(ContestStatus.BALLOT);

    // Independently of the rule's code: the counted nominators are distinct, and each counted
    // nomination is the nominator's last in-time nomination of a standing candidate.
    List<NominationDecision> counted = result.parliamentary().nominations().stream().filter(NominationDecision::counted).toList();
    assertThat(counted.stream().map(d -> d.nomination().nominatorId()).distinct().count()).isEqualTo(counted.size());
    Map<String, List<Nomination>> byNominator =
        files.input().nominations().stream().collect(Collectors.groupingBy(Nomination::nominatorId));
    Set<String> standing = Set.of("Jeremy Corbyn", "Owen Smith");
    for (NominationDecision decision : counted) {
      Nomination last = byNominator.get(decision.nomination().nominatorId()).stream()
          .filter(n -> standing.contains(n.candidate()) && !n.at().isAfter(files.rules().contest().parliamentaryClose()))
          .max((a, b) -> a.at().compareTo(b.at())).orElseThrow();
      assertThat(decision.nomination().at()).isEqualTo(last.at());
    }
    // every kind of decision the README promises appears
    assertThat(result.parliamentary().byReason()).containsEntry(NominationReason.CANDIDATE_WITHDREW, 65L)
        .containsEntry(NominationReason.AFTER_CLOSE, 3L).containsEntry(NominationReason.NOT_A_CANDIDATE, 1L)
        .containsEntry(NominationReason.DUPLICATE, 1L);
  }

  @Test
  void vacancy2020() {
    ExampleFiles files = ExampleFiles.read("vacancy-2020");
    assertThat(files.errors()).isEmpty();
    NominationResult result = Tally.count(files.input(), files.rules());
    assertThat(result.whole().count()).isEqualTo(212);
    assertThat(result.candidates()).extracting(CandidateOutcome::candidate, CandidateOutcome::standing).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Ada Byrne", Standing.NOMINATED),
        org.assertj.core.groups.Tuple.tuple("Ben Okafor", Standing.NOMINATED),
        org.assertj.core.groups.Tuple.tuple("Cara Singh", Standing.NOMINATED),
        org.assertj.core.groups.Tuple.tuple("Dana Hughes", Standing.NOT_NOMINATED),
        org.assertj.core.groups.Tuple.tuple("Eli Morgan", Standing.WITHDREW),
        org.assertj.core.groups.Tuple.tuple("Finn Walsh", Standing.NOT_NOMINATED));
    CandidateOutcome cara = result.candidate("Cara Singh").orElseThrow();
    assertThat(cara.routes()).extracting(route -> route.route() + " " + route.passed())
        .containsExactly("CLP route false", "affiliate route true");
    CandidateOutcome dana = result.candidate("Dana Hughes").orElseThrow();
    assertThat(dana.parliamentary().passed()).isTrue();
    assertThat(dana.why()).contains("CLP route not passed: 33 of 648 CLPs needed (5% = 32.4, rounded up): has 31, 2 short");
  }

  /** vacancy-2020 with three more CLPs for Dana Hughes: the four candidates of `demo contest --variant alternative-vote`. */
  @Test
  void vacancy2020Four() {
    ExampleFiles files = ExampleFiles.read("vacancy-2020-four");
    assertThat(files.errors()).isEmpty();
    NominationResult result = Tally.count(files.input(), files.rules());
    assertThat(result.nominated()).containsExactly("Ada Byrne", "Ben Okafor", "Cara Singh", "Dana Hughes");
    CandidateOutcome dana = result.candidate("Dana Hughes").orElseThrow();
    assertThat(dana.routes()).extracting(route -> route.route() + " " + route.passed()).contains("CLP route true");
  }
}
