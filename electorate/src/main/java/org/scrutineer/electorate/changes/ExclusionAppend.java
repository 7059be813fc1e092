package org.scrutineer.electorate.changes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.scrutineer.electorate.register.Exclusion;

/**
 * Exclusions are decisions, not a snapshot: an exclusions file lists decisions to record, and one
 * recorded is never withdrawn by a later file that omits it. A decision is identified by its record,
 * when it was taken and by whom ({@link RecordKind#EXCLUSION}); the same decision again is nothing
 * new, and the same decision with another reason is a conflict (a recorded decision is not edited;
 * the caller reports it and imports nothing).
 */
public final class ExclusionAppend {
  private ExclusionAppend() {}

  /** What importing {@code incoming} adds to the {@code stored} exclusions (streamed, any order). */
  public static Result between(Iterable<List<String>> stored, List<Exclusion> incoming) {
    RecordKind<Exclusion> kind = RecordKind.EXCLUSION;
    Map<String, Exclusion> fresh = new HashMap<>();
    List<Conflict> conflicts = new ArrayList<>();
    for (Exclusion exclusion : incoming) {
      String key = kind.key(exclusion);
      Exclusion first = fresh.putIfAbsent(key, exclusion);
      if (first != null && !first.reason().equals(exclusion.reason())) {
        conflicts.add(new Conflict(key, first.reason(), exclusion.reason()));
      }
    }
    long unchanged = 0;
    for (List<String> values : stored) {
      Exclusion exclusion = fresh.remove(kind.keyOfValues(values));
      if (exclusion == null) {
        continue;
      }
      String recorded = kind.record(values).reason();
      if (recorded.equals(exclusion.reason())) {
        unchanged++;
      } else {
        conflicts.add(new Conflict(kind.key(exclusion), recorded, exclusion.reason()));
      }
    }
    List<Exclusion> added = new ArrayList<>(fresh.values());
    added.sort(Comparator.comparing(kind::key));
    conflicts.sort(Comparator.comparing(Conflict::key));
    return new Result(added, unchanged, conflicts);
  }

  /**
   * @param added decisions not recorded before, in key order
   * @param unchanged decisions of the file already recorded exactly so
   * @param conflicts decisions recorded (or given earlier in the same file) with another reason
   */
  public record Result(List<Exclusion> added, long unchanged, List<Conflict> conflicts) {
    public Result {
      added = List.copyOf(added);
      conflicts = List.copyOf(conflicts);
    }
  }

  /** One decision given with a reason other than the one recorded for it. */
  public record Conflict(String key, String recordedReason, String givenReason) {
    public Conflict {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(recordedReason, "recordedReason");
      Objects.requireNonNull(givenReason, "givenReason");
    }
  }
}
