package org.scrutineer.crypto.dlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.group.ToyGroups;

/**
 * Baby-step giant-step against its definition. Large maxima run on the 97-bit toy group (q ≈ 2^61,
 * so logs up to 10^11 are unique there and a 2048-bit walk's cost is avoided); DiscreteLogTest
 * covers 10^11 in a §5 group with examples.
 */
class DiscreteLogPropertiesTest {
  private static final long LARGE = 100_000_000_000L;
  private static final long SPEC_MAX = 1_000_000;
  private static final DiscreteLog TOY_LARGE = new DiscreteLog(ToyGroups.SMALL, LARGE);
  private static final DiscreteLog BELENIOS_LOG = new DiscreteLog(Group.BELENIOS_2048, SPEC_MAX);
  private static final DiscreteLog RFC_LOG = new DiscreteLog(Group.RFC_3526_2048, SPEC_MAX);

  @Provide
  Arbitrary<Group> specGroups() {
    return Arbitraries.of(ToyGroups.SPEC);
  }

  @Property(tries = 300)
  void toyFindsEveryLogUpToAnyMaxAndNoneJustAbove(
      @ForAll @IntRange(min = 0, max = 100_000) int max,
      @ForAll @IntRange(min = 0, max = 100_000) int below,
      @ForAll @IntRange(min = 1, max = 1_000) int above) {
    Group group = ToyGroups.SMALL;
    DiscreteLog log = new DiscreteLog(group, max);
    long x = below % (max + 1L);
    assertThat(log.log(group.powG(BigInteger.valueOf(x)))).contains(x);
    assertThat(log.log(group.powG(BigInteger.valueOf((long) max + above)))).isEmpty();
  }

  @Property(tries = 100)
  void toyFindsLogsUpTo10To11(@ForAll @LongRange(min = 0, max = LARGE) long x) {
    assertThat(TOY_LARGE.log(ToyGroups.SMALL.powG(BigInteger.valueOf(x)))).contains(x);
  }

  /** Each miss walks all 316,229 giant steps. */
  @Property(tries = 5)
  void toyFindsNothingAbove10To11(@ForAll @LongRange(min = LARGE + 1, max = 1_000 * LARGE) long x) {
    assertThat(TOY_LARGE.log(ToyGroups.SMALL.powG(BigInteger.valueOf(x)))).isEmpty();
  }

  @Property(tries = 20)
  void specFindsLogsUpToMax(
      @ForAll("specGroups") Group group, @ForAll @LongRange(min = 0, max = SPEC_MAX) long x) {
    assertThat(log(group).log(group.powG(BigInteger.valueOf(x)))).contains(x);
  }

  @Property(tries = 20)
  void specFindsNothingAboveMax(
      @ForAll("specGroups") Group group,
      @ForAll @LongRange(min = SPEC_MAX + 1, max = Long.MAX_VALUE) long x) {
    assertThat(log(group).log(group.powG(BigInteger.valueOf(x)))).isEmpty();
  }

  private static DiscreteLog log(Group group) {
    return group.equals(Group.BELENIOS_2048) ? BELENIOS_LOG : RFC_LOG;
  }
}
