package org.scrutineer.nominations.supporting;

/**
 * A candidate's counted supporting nominations.
 *
 * @param clps CLPs nominating
 * @param affiliates affiliates nominating: {@code tradeUnions + socialistSocieties}
 * @param affiliatedMembers the nominating affiliates' affiliated membership, added up
 */
public record SupportTally(long clps, long affiliates, long tradeUnions, long socialistSocieties, long affiliatedMembers) {
  public SupportTally {
    if (affiliates != tradeUnions + socialistSocieties) {
      throw new IllegalArgumentException("affiliates must be trade unions plus socialist societies");
    }
  }
}
