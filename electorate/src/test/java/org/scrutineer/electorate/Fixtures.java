package org.scrutineer.electorate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.scrutineer.electorate.register.AffiliatedSupporterRecord;
import org.scrutineer.electorate.register.Clp;
import org.scrutineer.electorate.register.Contact;
import org.scrutineer.electorate.register.MemberRecord;
import org.scrutineer.electorate.register.MemberStatus;
import org.scrutineer.electorate.register.RegisteredSupporterRecord;
import org.scrutineer.electorate.register.Section;
import org.scrutineer.electorate.register.Vetting;
import org.scrutineer.electorate.rules.AffiliatedSupporterRules;
import org.scrutineer.electorate.rules.MemberRules;
import org.scrutineer.electorate.rules.RegisteredSupporterRules;
import org.scrutineer.electorate.rules.Ruleset;

/** Records and rulesets for tests, shaped like the 2016 contest. */
public final class Fixtures {
  public static final LocalDate FREEZE = LocalDate.parse("2016-01-12");
  public static final LocalDate REFERENCE = LocalDate.parse("2016-08-22");
  public static final Instant WINDOW_OPENS = Instant.parse("2016-07-18T16:00:00Z");
  public static final Instant WINDOW_CLOSES = Instant.parse("2016-07-20T16:00:00Z");
  public static final List<Clp> CLPS = List.of(new Clp("ISL-N", "Islington North", "London"), new Clp("PONT", "Pontypridd", "Wales"));

  private Fixtures() {}

  public static Contact contact(String name, String email) {
    return new Contact(name, email, "N7 8AA", "ISL-N");
  }

  public static MemberRecord member(String number, String name, String email, String joined) {
    return new MemberRecord(number, contact(name, email), LocalDate.parse(joined), MemberStatus.ACTIVE, LocalDate.parse("2016-12-31"), Optional.empty());
  }

  public static RegisteredSupporterRecord supporter(String reference, String name, String email, String paidAt) {
    Instant paid = Instant.parse(paidAt);
    return new RegisteredSupporterRecord(reference, contact(name, email), Optional.empty(), paid.minusSeconds(60), Optional.of(paid), 2500, Vetting.PASSED);
  }

  public static AffiliatedSupporterRecord affiliated(String affiliate, String reference, String name, String email, String registered) {
    return new AffiliatedSupporterRecord(affiliate, reference, contact(name, email), Optional.empty(), LocalDate.parse(registered), Vetting.PASSED);
  }

  /** The NEC's 2016 rules: freeze date 12 January, £25 in the 48-hour window, affiliates by 8 August. */
  public static Ruleset nec2016() {
    return ruleset("NEC 2016", Optional.of(FREEZE));
  }

  public static Ruleset ruleset(String name, Optional<LocalDate> freeze) {
    return new Ruleset(
        name,
        REFERENCE,
        List.of(Section.MEMBER, Section.AFFILIATED_SUPPORTER, Section.REGISTERED_SUPPORTER),
        true,
        new MemberRules(true, freeze, Optional.empty(), 0, false, Set.of(MemberStatus.ACTIVE)),
        new RegisteredSupporterRules(true, WINDOW_OPENS, WINDOW_CLOSES, 2500, true),
        new AffiliatedSupporterRules(true, LocalDate.parse("2016-08-08"), true));
  }
}
