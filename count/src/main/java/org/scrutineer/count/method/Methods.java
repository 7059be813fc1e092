package org.scrutineer.count.method;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.scrutineer.count.method.belenios.BeleniosStv;
import org.scrutineer.count.method.irv.BottomsUp;
import org.scrutineer.count.method.irv.InstantRunoff;
import org.scrutineer.count.method.irv.SequentialIrv;
import org.scrutineer.count.method.mj.MajorityJudgment;
import org.scrutineer.count.method.plurality.Approval;
import org.scrutineer.count.method.plurality.Plurality;
import org.scrutineer.count.method.schulze.Schulze;
import org.scrutineer.count.method.stv.FractionalStv;
import org.scrutineer.count.method.stv.MeekStv;
import org.scrutineer.count.method.stv.ScottishStv;

/**
 * Which implementation counts each {@link CountMethod}: the one place a new method is registered
 * (one line below); {@code MethodsTest} checks that every {@link CountMethod} has one.
 */
public final class Methods {
  private static final Map<CountMethod, RankedCount> RANKED = new EnumMap<>(CountMethod.class);
  private static final Map<CountMethod, GradedCount> GRADED = new EnumMap<>(CountMethod.class);

  static {
    RANKED.put(CountMethod.PLURALITY, new Plurality());
    RANKED.put(CountMethod.APPROVAL, new Approval());
    RANKED.put(CountMethod.IRV, new InstantRunoff());
    RANKED.put(CountMethod.SEQUENTIAL_IRV, new SequentialIrv());
    RANKED.put(CountMethod.BOTTOMS_UP, new BottomsUp());
    RANKED.put(CountMethod.STV, new FractionalStv());
    RANKED.put(CountMethod.STV_SCOTTISH, new ScottishStv());
    RANKED.put(CountMethod.STV_MEEK, new MeekStv());
    RANKED.put(CountMethod.STV_BELENIOS, new BeleniosStv());
    RANKED.put(CountMethod.SCHULZE, new Schulze());
    GRADED.put(CountMethod.MAJORITY_JUDGMENT, new MajorityJudgment());
  }

  private Methods() {}

  /** The counter of a ranked method, if registered. */
  public static Optional<RankedCount> ranked(CountMethod method) {
    return Optional.ofNullable(RANKED.get(method));
  }

  /** The counter of a graded method (majority judgment), if registered. */
  public static Optional<GradedCount> graded(CountMethod method) {
    return Optional.ofNullable(GRADED.get(method));
  }

  public static boolean available(CountMethod method) {
    return method.ranked() ? RANKED.containsKey(method) : GRADED.containsKey(method);
  }
}
