package org.scrutineer.electorate.register;

import java.util.Arrays;
import java.util.Optional;

/**
 * The outcome of the party's checks on a supporter (in 2016, against the register of members of
 * other parties and for abusive posts). Pending counts as not passed where vetting is required.
 */
public enum Vetting {
  PASSED("passed"),
  FAILED("failed"),
  PENDING("pending");

  private final String key;

  Vetting(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static Optional<Vetting> fromKey(String key) {
    return Arrays.stream(values()).filter(vetting -> vetting.key.equals(key)).findFirst();
  }

  @Override
  public String toString() {
    return key;
  }
}
