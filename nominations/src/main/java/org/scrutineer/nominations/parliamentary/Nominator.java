package org.scrutineer.nominations.parliamentary;

import java.util.Objects;

/**
 * Someone on the register of parliamentary nominators.
 *
 * @param id what nominations and withdrawals call them, e.g. {@code mp-017}; unique in the register
 * @param name shown in explanations
 * @param kind MP or MEP
 */
public record Nominator(String id, String name, NominatorKind kind) {
  public Nominator {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    if (id.isBlank()) {
      throw new IllegalArgumentException("nominator id must not be blank");
    }
  }

  /** {@code Jane Roe (mp-017, MP)}. */
  public String describe() {
    return name + " (" + id + ", " + kind.singular() + ")";
  }
}
