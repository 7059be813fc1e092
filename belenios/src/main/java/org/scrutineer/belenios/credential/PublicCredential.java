package org.scrutineer.belenios.credential;

import java.math.BigInteger;
import java.util.Optional;

/**
 * One entry of the public credentials list — Belenios spec 2.0 §4.8: a voter's public credential
 * g^secret and, when weights are used, its weight. {@code login} is only present in the
 * {@code .pubcreds} file {@code belenios-tool setup generate-credentials} writes; the archive keeps
 * credential and weight only.
 */
public record PublicCredential(
    BigInteger credential, Optional<BigInteger> weight, Optional<String> login) {

  /**
   * The weight of this voter's ballot, weight(b) of spec §4.15 "Ballots": 1 unless the list gives
   * weights (§4.8 "Credentials").
   */
  public BigInteger effectiveWeight() {
    return weight.orElse(BigInteger.ONE);
  }

  /**
   * The entry as it appears in the archive, a string of spec §4.8 public_credentials ({@code
   * strip_cred} of belenios-tool 2.0).
   */
  public String stripped() {
    return weight.map(w -> credential + "," + w).orElse(credential.toString());
  }

  /** The entry as {@code generate-credentials} writes it in the {@code .pubcreds} file. */
  public String withLogin() {
    if (login.isEmpty()) {
      return stripped();
    }
    return credential + "," + weight.map(BigInteger::toString).orElse("") + "," + login.get();
  }
}
