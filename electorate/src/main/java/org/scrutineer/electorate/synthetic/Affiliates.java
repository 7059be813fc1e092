package org.scrutineer.electorate.synthetic;

import java.util.List;
import java.util.Locale;

/**
 * The trade unions and socialist societies supporters sign up through: Labour's affiliates in 2016,
 * weighted roughly by size (invented weights, largest unions first). Each numbers its supporters in
 * its own style, so references of two affiliates may look alike (the record key includes the
 * affiliate).
 */
final class Affiliates {
  private static final List<Affiliate> ALL = List.of(
      new Affiliate("UNITE", 300, "U", 8),
      new Affiliate("UNISON", 240, "", 8),
      new Affiliate("GMB", 170, "GMB", 6),
      new Affiliate("USDAW", 80, "US", 7),
      new Affiliate("CWU", 60, "CWU", 6),
      new Affiliate("COMMUNITY", 20, "CM", 6),
      new Affiliate("FBU", 20, "FB", 6),
      new Affiliate("ASLEF", 20, "AS", 6),
      new Affiliate("TSSA", 20, "TS", 6),
      new Affiliate("BFAWU", 10, "BF", 6),
      new Affiliate("MU", 10, "MU", 6),
      new Affiliate("UCATT", 10, "UC", 6),
      new Affiliate("FABIANS", 20, "FS", 6));

  private static final Weighted<Integer> BY_SIZE;

  static {
    Weighted.Builder<Integer> weighted = Weighted.builder();
    for (int i = 0; i < ALL.size(); i++) {
      weighted.add(i, ALL.get(i).weight());
    }
    BY_SIZE = weighted.build();
  }

  private Affiliates() {}

  static int count() {
    return ALL.size();
  }

  static String code(int affiliate) {
    return ALL.get(affiliate).code();
  }

  static int pick(Draw draw) {
    return BY_SIZE.pick(draw);
  }

  /** Another affiliate than {@code not}: a second union of the same person. */
  static int pickOther(int not, Draw draw) {
    int other = pick(draw);
    return other != not ? other : (not + 1 + draw.below(ALL.size() - 1)) % ALL.size();
  }

  /** The affiliate's reference for its {@code rank}-th supporter (from 0), e.g. {@code U00001234}. */
  static String reference(int affiliate, int rank) {
    Affiliate a = ALL.get(affiliate);
    return a.prefix() + String.format(Locale.ROOT, "%0" + a.digits() + "d", rank + 1);
  }

  private record Affiliate(String code, int weight, String prefix, int digits) {}
}
