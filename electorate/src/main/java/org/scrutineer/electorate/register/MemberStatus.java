package org.scrutineer.electorate.register;

import java.util.Arrays;
import java.util.Optional;

/** A member's standing in the membership system's extract. */
public enum MemberStatus {
  ACTIVE("active"),
  LAPSED("lapsed"),
  RESIGNED("resigned"),
  EXPELLED("expelled");

  private final String key;

  MemberStatus(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static Optional<MemberStatus> fromKey(String key) {
    return Arrays.stream(values()).filter(status -> status.key.equals(key)).findFirst();
  }

  @Override
  public String toString() {
    return key;
  }
}
