package org.scrutineer.contest.rejection;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why {@code cast} refused a ballot of one of the contest's elections, in the order it checks. The
 * {@link #key()} is what {@code rejections.json} records; the {@link #description()} is what the
 * scrutineer's report prints, and both are stable, so that reports of different contests compare.
 */
public enum RejectionReason {
  NOT_CANONICAL("not-canonical", "not in the canonical form belenios-tool tallies"),
  UNKNOWN_CREDENTIAL("unknown-credential", "signed with a credential the section did not issue"),
  CREDENTIAL_REMOVED("credential-removed", "signed with a credential whose vote was removed"),
  FAILS_CHECKS("fails-checks", "fails Belenios' checks (signature or proofs)"),
  CAST_ALREADY("cast-already", "the same ballot was cast already (a replay)");

  private final String key;
  private final String description;

  RejectionReason(String key, String description) {
    this.key = key;
    this.description = description;
  }

  public String key() {
    return key;
  }

  public String description() {
    return description;
  }

  public static Optional<RejectionReason> fromKey(String key) {
    return Arrays.stream(values()).filter(reason -> reason.key.equals(key)).findFirst();
  }
}
