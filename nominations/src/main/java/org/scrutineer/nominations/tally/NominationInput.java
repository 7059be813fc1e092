package org.scrutineer.nominations.tally;

import java.util.List;
import java.util.Objects;
import org.scrutineer.nominations.parliamentary.Nomination;
import org.scrutineer.nominations.parliamentary.NominatorRegister;
import org.scrutineer.nominations.parliamentary.Withdrawal;
import org.scrutineer.nominations.supporting.AffiliateNomination;
import org.scrutineer.nominations.supporting.ClpNomination;

/** Everything nominated, as read: the register, parliamentary nominations and withdrawals, supporting nominations. */
public record NominationInput(
    NominatorRegister register,
    List<Nomination> nominations,
    List<Withdrawal> withdrawals,
    List<ClpNomination> clps,
    List<AffiliateNomination> affiliates) {
  public NominationInput {
    Objects.requireNonNull(register, "register");
    nominations = List.copyOf(nominations);
    withdrawals = List.copyOf(withdrawals);
    clps = List.copyOf(clps);
    affiliates = List.copyOf(affiliates);
  }

  /** Parliamentary nominations only: no withdrawals, no supporting nominations. */
  public static NominationInput parliamentary(NominatorRegister register, List<Nomination> nominations) {
    return new NominationInput(register, nominations, List.of(), List.of(), List.of());
  }
}
