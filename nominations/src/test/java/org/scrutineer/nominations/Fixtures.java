package org.scrutineer.nominations;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.scrutineer.nominations.contest.Candidate;
import org.scrutineer.nominations.contest.Contest;
import org.scrutineer.nominations.parliamentary.Nomination;
import org.scrutineer.nominations.parliamentary.Nominator;
import org.scrutineer.nominations.parliamentary.NominatorKind;
import org.scrutineer.nominations.parliamentary.NominatorRegister;
import org.scrutineer.nominations.parliamentary.Withdrawal;
import org.scrutineer.nominations.rules.IncumbentRule;
import org.scrutineer.nominations.rules.NominationRules;
import org.scrutineer.nominations.rules.ParliamentaryRule;
import org.scrutineer.nominations.rules.Rounding;
import org.scrutineer.nominations.rules.SupportingRule;
import org.scrutineer.nominations.rules.Threshold;
import org.scrutineer.nominations.rules.Variant;

/** Small builders for tests: a 2016-shaped contest, registers of n MPs and m MEPs, moments in July 2016 (BST). */
public final class Fixtures {
  public static final String CORBYN = "Jeremy Corbyn";
  public static final String SMITH = "Owen Smith";
  public static final String EAGLE = "Angela Eagle";
  public static final OffsetDateTime CLOSE = at("2016-07-20T17:00");
  public static final OffsetDateTime EAGLE_WITHDREW = at("2016-07-19T12:00");

  private Fixtures() {}

  /** {@code 2016-07-19T10:00} in British Summer Time. */
  public static OffsetDateTime at(String localBst) {
    return OffsetDateTime.parse(localBst + ":00+01:00");
  }

  public static Contest contest2016() {
    return new Contest("Labour Party leadership election 2016", CLOSE, Optional.of(LocalDate.parse("2016-08-15")),
        List.of(Candidate.incumbent(CORBYN), Candidate.challenger(SMITH), Candidate.challenger(EAGLE).withdrawnAt(EAGLE_WITHDREW)));
  }

  /** The 2016 rules: 20% of MPs and MEPs, rounded up, incumbent automatic, supporting nominations counted only. */
  public static NominationRules rules2016() {
    return new NominationRules("2016", Variant.CHALLENGE, contest2016(),
        new ParliamentaryRule(Set.of(NominatorKind.MP, NominatorKind.MEP), Threshold.of("20", Rounding.UP), OptionalLong.empty()),
        IncumbentRule.AUTOMATIC_WHEN_CHALLENGED, SupportingRule.countedOnly());
  }

  /** {@code mps} MPs {@code mp-1…} and {@code meps} MEPs {@code mep-1…}. */
  public static NominatorRegister register(int mps, int meps) {
    List<Nominator> nominators = new ArrayList<>();
    for (int i = 1; i <= mps; i++) {
      nominators.add(new Nominator("mp-" + i, "MP " + i, NominatorKind.MP));
    }
    for (int i = 1; i <= meps; i++) {
      nominators.add(new Nominator("mep-" + i, "MEP " + i, NominatorKind.MEP));
    }
    return NominatorRegister.of(nominators);
  }

  public static Nomination nomination(String nominator, String candidate, OffsetDateTime at) {
    return new Nomination(nominator, candidate, at, "");
  }

  public static Withdrawal withdrawal(String nominator, OffsetDateTime at) {
    return new Withdrawal(nominator, at, "");
  }

  /** One nomination of {@code candidate} each from nominators {@code ids}, all at {@code at}. */
  public static List<Nomination> nominations(List<String> ids, String candidate, OffsetDateTime at) {
    return ids.stream().map(id -> nomination(id, candidate, at)).toList();
  }

  /** {@code mp-from} … {@code mp-to}. */
  public static List<String> mps(int from, int to) {
    List<String> ids = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      ids.add("mp-" + i);
    }
    return ids;
  }
}
