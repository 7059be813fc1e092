package org.scrutineer.nominations.parliamentary;

import java.util.Objects;

/** What one withdrawal did, and why. */
public record WithdrawalDecision(Withdrawal withdrawal, WithdrawalEffect effect, String explanation) {
  public WithdrawalDecision {
    Objects.requireNonNull(withdrawal, "withdrawal");
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(explanation, "explanation");
  }
}
