package org.scrutineer.nominations.parliamentary;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everyone who may make a parliamentary nomination in this contest, by id. Its size (of the
 * eligible kinds) is the threshold's denominator unless the rules fix one.
 */
public final class NominatorRegister {
  private final Map<String, Nominator> byId;

  private NominatorRegister(Map<String, Nominator> byId) {
    this.byId = byId;
  }

  /** The register of {@code nominators}; ids must be unique. */
  public static NominatorRegister of(List<Nominator> nominators) {
    Map<String, Nominator> byId = new LinkedHashMap<>();
    for (Nominator nominator : nominators) {
      if (byId.putIfAbsent(nominator.id(), nominator) != null) {
        throw new IllegalArgumentException("nominator " + nominator.id() + " is on the register twice");
      }
    }
    return new NominatorRegister(byId);
  }

  public Optional<Nominator> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Everyone on the register, in the order given. */
  public List<Nominator> nominators() {
    return List.copyOf(byId.values());
  }

  /** How many nominators of {@code kinds} the register holds. */
  public long count(Set<NominatorKind> kinds) {
    return byId.values().stream().filter(nominator -> kinds.contains(nominator.kind())).count();
  }

  /** How many of each kind, every kind present (zero when none). */
  public Map<NominatorKind, Long> countByKind() {
    Map<NominatorKind, Long> counts = new EnumMap<>(NominatorKind.class);
    for (NominatorKind kind : NominatorKind.values()) {
      counts.put(kind, 0L);
    }
    byId.values().forEach(nominator -> counts.merge(nominator.kind(), 1L, Long::sum));
    return Map.copyOf(counts);
  }
}
