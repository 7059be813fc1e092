package org.scrutineer.crypto.group;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A prime-order subgroup of Z_p^*, as in Belenios spec 2.0 §5 "Group parameters": p, its subgroup
 * order q and a generator g of that subgroup. Every exponentiation of the protocol goes through this
 * class, so that it can be optimised in one place.
 *
 * <p>Group elements are plain {@link BigInteger}s in [1, p-1]; anything that arrives from outside
 * (an archive, a file, a flag) must pass {@link #isMember} before it is used.
 */
public final class Group {
  /** Belenios spec 2.0 §5.1 "BELENIOS-2048": 2048-bit p, 256-bit q, generated per FIPS 186-4. */
  public static final Group BELENIOS_2048 =
      new Group(
          "BELENIOS-2048",
          new BigInteger("20694785691422546401013643657505008064922989295751104097100884787057374219242717401922237254497684338129066633138078958404960054389636289796393038773905722803605973749427671376777618898589872735865049081167099310535867780980030790491654063777173764198678527273474476341835600035698305193144284561701911000786737307333564123971732897913240474578834468260652327974647951137672658693582180046317922073668860052627186363386088796882120769432366149491002923444346373222145884100586421050242120365433561201320481118852408731077014151666200162313177169372189248078507711827842317498073276598828825169183103125680162072880719"),
          new BigInteger("78571733251071885079927659812671450121821421258408794611510081919805623223441"),
          new BigInteger("2402352677501852209227687703532399932712287657378364916510075318787663274146353219320285676155269678799694668298749389095083896573425601900601068477164491735474137283104610458681314511781646755400527402889846139864532661215055797097162016168270312886432456663834863635782106154918419982534315189740658186868651151358576410138882215396016043228843603930989333662772848406593138406010231675095763777982665103606822406635076697764025346253773085133173495194248967754052573659049492477631475991575198775177711481490920456600205478127054728238140972518639858334115700568353695553423781475582491896050296680037745308460627"));

  /** Belenios spec 2.0 §5.2 "RFC-3526-2048": the RFC 3526 safe prime, g = 2, q = (p-1)/2. */
  public static final Group RFC_3526_2048 =
      new Group(
          "RFC-3526-2048",
          new BigInteger("32317006071311007300338913926423828248817941241140239112842009751400741706634354222619689417363569347117901737909704191754605873209195028853758986185622153212175412514901774520270235796078236248884246189477587641105928646099411723245426622522193230540919037680524235519125679715870117001058055877651038861847280257976054903569732561526167081339361799541336476559160368317896729073178384589680639671900977202194168647225871031411336429319536193471636533209717077448227988588565369208645296636077250268955505928362751121174096972998068410554359584866583291642136218231078990999448652468262416972035911852507045361090559"),
          new BigInteger("16158503035655503650169456963211914124408970620570119556421004875700370853317177111309844708681784673558950868954852095877302936604597514426879493092811076606087706257450887260135117898039118124442123094738793820552964323049705861622713311261096615270459518840262117759562839857935058500529027938825519430923640128988027451784866280763083540669680899770668238279580184158948364536589192294840319835950488601097084323612935515705668214659768096735818266604858538724113994294282684604322648318038625134477752964181375560587048486499034205277179792433291645821068109115539495499724326234131208486017955926253522680545279"),
          BigInteger.TWO);

  private static final List<Group> KNOWN = List.of(BELENIOS_2048, RFC_3526_2048);

  private final String name;
  private final BigInteger p;
  private final BigInteger q;
  private final BigInteger g;
  private final int exponentBytes;
  private final MontgomeryDomain domain;
  /** p = 2q + 1: the members are the quadratic residues, told apart by a Jacobi symbol. */
  private final boolean safePrime;

  /**
   * Fixed bases with their tables: g, which gets a table once it has been raised often enough to
   * repay it ({@link FixedBase}), and the bases registered with {@link #precompute}, such as an
   * election's public key. Shared by every user of this group.
   */
  private final FixedBase gPowers;
  private final Map<BigInteger, FixedBase> registered = new ConcurrentHashMap<>();

  private static final int G_USES_BEFORE_TABLE = 32;
  private static final int MAX_REGISTERED_TABLES = 4;
  /** Exponents this short (weights, counts) go to {@link BigInteger#modPow}: a chain would not repay. */
  private static final int SHORT_EXPONENT_BITS = 64;
  /** The shortest power chain worth keeping: a challenge's length (spec §4.2: SHA-256 mod q). */
  private static final int MIN_CHAIN_BITS = 256;

  private Group(String name, BigInteger p, BigInteger q, BigInteger g) {
    this(name, p, q, g, new MontgomeryDomain(p));
  }

  private Group(String name, BigInteger p, BigInteger q, BigInteger g, MontgomeryDomain domain) {
    this.name = name;
    this.p = p;
    this.q = q;
    this.g = g;
    this.exponentBytes = (q.bitLength() + 7) / 8 + 8; // 64 extra bits make the mod-q bias negligible
    this.domain = domain;
    this.safePrime = p.equals(q.shiftLeft(1).add(BigInteger.ONE));
    this.gPowers = new FixedBase(domain, g, q.bitLength(), G_USES_BEFORE_TABLE);
  }

  /** The same group computing with another multiplier: for tests of the portable fallback. */
  static Group withMultiplier(Group group, MontgomeryMultiplier multiplier) {
    return new Group(group.name, group.p, group.q, group.g, new MontgomeryDomain(group.p, multiplier));
  }

  /**
   * A group from explicit parameters, for algebra tests on toy groups (as CHVote's tests use p = 11,
   * q = 5): small enough to enumerate, through the same code as the §5 groups. Package-private on
   * purpose: elections only ever use {@link #byName}. Checks what belenios' {@code
   * Group_field.check_params} checks: p and q prime, q divides p−1, g of order q.
   */
  static Group of(String name, BigInteger p, BigInteger q, BigInteger g) {
    boolean valid =
        p.isProbablePrime(64)
            && q.isProbablePrime(64)
            && p.subtract(BigInteger.ONE).mod(q).signum() == 0
            && g.compareTo(BigInteger.ONE) > 0
            && g.compareTo(p) < 0
            && g.modPow(q, p).equals(BigInteger.ONE);
    if (!valid) {
      throw new IllegalArgumentException(
          name + ": need p, q prime, q | p-1 and 1 < g < p of order q");
    }
    return new Group(name, p, q, g);
  }

  /** The group an election names in its {@code group} field (spec §4.10), if we know it. */
  public static Optional<Group> byName(String name) {
    return KNOWN.stream().filter(group -> group.name.equals(name)).findFirst();
  }

  /** The names {@link #byName} accepts, for error messages. */
  public static List<String> knownNames() {
    return KNOWN.stream().map(Group::name).toList();
  }

  /**
   * Which Montgomery multiplier this JVM gave us: "jdk-intrinsic", or "portable" when {@code
   * --add-opens java.base/java.math=ALL-UNNAMED} is missing (products about four times slower, so
   * only fixed bases use them and the rest goes back to modPow). For benchmark reports; see
   * docs/adr/0003-montgomery-arithmetic.md.
   */
  public static String arithmetic() {
    return MontgomeryDomain.multiplierName();
  }

  public String name() {
    return name;
  }

  public BigInteger p() {
    return p;
  }

  public BigInteger q() {
    return q;
  }

  public BigInteger g() {
    return g;
  }

  /**
   * Subgroup membership, with belenios-tool's answer (its {@code check}: 0 ≤ x &lt; p and x^q = 1
   * mod p): x is a member when 0 &lt; x &lt; p and x^q = 1 (mod p). This rejects 0, values out of range
   * and elements of the small subgroups of Z_p^* (spec §4.2 "Basic types": a G value is an element
   * of the group of order q that §1 "Introduction" works in).
   *
   * <p>When p = 2q + 1 (RFC-3526-2048, §5.2) the subgroup of order q is the subgroup of index 2 of
   * Z_p^*, the quadratic residues, and Euler's criterion gives x^q = x^((p−1)/2) = (x/p), the
   * Legendre symbol: the Jacobi symbol (x/p) = 1 decides, in tens of microseconds instead of a
   * 2047-bit power's milliseconds (docs/adr/0010-membership-by-jacobi-symbol.md). Otherwise
   * (BELENIOS-2048, whose cofactor (p−1)/q has 1792 bits) x^q is taken from x's {@link PowerChain},
   * which the proof checks that follow reuse for their own powers of x.
   */
  public boolean isMember(BigInteger x) {
    RecentBases recent = recentBases.get();
    RecentBases.Entry entry = recent.find(x);
    if (entry != null && entry.member) {
      return true;
    }
    if (x.signum() <= 0 || x.compareTo(p) >= 0) {
      return false;
    }
    if (entry == null) {
      entry = recent.add(x);
    }
    if (safePrime) {
      entry.member = JacobiSymbol.of(x, p) == 1;
    } else {
      BigInteger power =
          domain.hasFastProducts() ? domain.toBigInteger(chain(entry).pow(q)) : x.modPow(q, p);
      entry.member = power.equals(BigInteger.ONE);
    }
    return entry.member;
  }

  /** Whether {@link #isMember} decides by the Jacobi symbol (p = 2q + 1): for tests. */
  boolean checksMembershipByJacobiSymbol() {
    return safePrime;
  }

  /**
   * The product of elements that are all members (checked here, usually a cache hit), remembered as
   * a member itself: the subgroup is closed under multiplication, so a proof check on the product
   * (spec §4.12's overall proof, §4.13) need not raise it to the power q again. When the factors'
   * power chains are at hand, the product's chain is their entry-wise product.
   */
  public BigInteger productOfMembers(List<BigInteger> members) {
    RecentBases recent = recentBases.get();
    List<PowerChain> chains = new ArrayList<>(members.size());
    BigInteger product = BigInteger.ONE;
    for (BigInteger member : members) {
      if (!isMember(member)) {
        throw new IllegalArgumentException("productOfMembers needs members of the group");
      }
      RecentBases.Entry entry = recent.find(member);
      if (chains != null
          && entry != null
          && entry.chain != null
          && (chains.isEmpty() || chains.get(0).exponentBits() == entry.chain.exponentBits())) {
        chains.add(entry.chain);
      } else {
        chains = null; // a factor has no chain, or one of another length: the product builds its own
      }
      product = mul(product, member);
    }
    RecentBases.Entry entry = recent.add(product);
    entry.member = true;
    if (chains != null && !chains.isEmpty() && domain.hasFastProducts()) {
      entry.chain = PowerChain.product(domain, chains);
    }
    return product;
  }

  /**
   * The last few bases each thread raised or checked, by identity, with their power chains: a
   * ballot check verifies membership of a ciphertext component, then its proof check raises the
   * very same object to two challenges. Identity, not equality, so nothing unchecked can hit.
   */
  private final ThreadLocal<RecentBases> recentBases = ThreadLocal.withInitial(RecentBases::new);

  private static final class RecentBases {
    static final class Entry {
      final BigInteger base;
      PowerChain chain;
      boolean member;

      Entry(BigInteger base) {
        this.base = base;
      }
    }

    private final Entry[] slots = new Entry[32];
    private int next;

    Entry find(BigInteger x) {
      for (Entry slot : slots) {
        if (slot != null && slot.base == x) {
          return slot;
        }
      }
      return null;
    }

    Entry add(BigInteger x) {
      Entry entry = new Entry(x);
      slots[next] = entry;
      next = (next + 1) % slots.length;
      return entry;
    }
  }

  private PowerChain chain(RecentBases.Entry entry) {
    return chain(entry, q.bitLength());
  }

  /**
   * The entry's power chain, long enough for exponents of {@code bits} bits: sized to what is
   * asked, not to q, so that in RFC-3526-2048 (2047-bit q) raising a ciphertext to a 256-bit
   * challenge (spec §4.12) costs 255 squarings, not 2,046. A longer exponent later gets a longer
   * chain.
   */
  private PowerChain chain(RecentBases.Entry entry, int bits) {
    if (entry.chain == null || entry.chain.exponentBits() < bits) {
      int length = Math.min(q.bitLength(), Math.max(bits, MIN_CHAIN_BITS));
      entry.chain = new PowerChain(domain, domain.toMontgomery(entry.base), length);
    }
    return entry.chain;
  }

  /**
   * x mod q: arithmetic in Z_q (spec §4.2 "Basic types"), as every challenge H(…) mod q and
   * response w − x·challenge mod q of §4.5, §4.12–§4.14 and §4.18. The values a verifier reduces —
   * a 256-bit hash, a sum of a few challenges, minus a small multiple of an exponent — are within a
   * few q of [0, q), so those are reduced by adding or subtracting q instead of a long division
   * (whose machinery the JIT then never compiles).
   */
  public BigInteger modQ(BigInteger x) {
    int bits = x.bitLength();
    if (bits > q.bitLength() + 3) {
      return x.mod(q);
    }
    BigInteger r = x; // |x| < 2^(bits(q)+3) ≤ 16q: at most 16 steps either way
    while (r.signum() < 0) {
      r = r.add(q);
    }
    while (r.compareTo(q) >= 0) {
      r = r.subtract(q);
    }
    return r;
  }

  /** An exponent is in range when 0 ≤ e &lt; q (spec §4.2, type Zq). */
  public boolean isExponent(BigInteger e) {
    return e.signum() >= 0 && e.compareTo(q) < 0;
  }

  /**
   * base^exponent mod p (exponent ≥ 0), with the fastest method this base and exponent allow. Spec §1
   * "Introduction" (group parameters): "all exponentiations are implicitly done modulo p".
   */
  public BigInteger pow(BigInteger base, BigInteger exponent) {
    int[] power = montgomeryPow(base, exponent);
    return power != null ? domain.toBigInteger(power) : base.modPow(exponent, p);
  }

  /** g^exponent mod p, g the generator of the group (spec §5 "Group parameters"). */
  public BigInteger powG(BigInteger exponent) {
    return pow(g, exponent);
  }

  /**
   * base^exponent in Montgomery form, or null where {@link BigInteger#modPow} is the better
   * choice: short exponents, exponents beyond q's length, bases outside [0, p), and every base
   * without a table when the JVM does not give us its Montgomery intrinsics.
   */
  private int[] montgomeryPow(BigInteger base, BigInteger exponent) {
    if (base.equals(g)) {
      return gPowers.pow(exponent);
    }
    FixedBase fixed = registered.get(base);
    int[] fixedPower = fixed == null ? null : fixed.pow(exponent);
    if (fixedPower != null) {
      return fixedPower;
    }
    if (!domain.hasFastProducts()
        || exponent.bitLength() <= SHORT_EXPONENT_BITS
        || exponent.signum() < 0
        || exponent.bitLength() > q.bitLength()
        || base.signum() < 0
        || base.compareTo(p) >= 0) {
      return null;
    }
    RecentBases recent = recentBases.get();
    RecentBases.Entry entry = recent.find(base);
    return chain(entry != null ? entry : recent.add(base), exponent.bitLength()).pow(exponent);
  }

  private int[] montgomeryPowOrModPow(BigInteger base, BigInteger exponent) {
    int[] power = montgomeryPow(base, exponent);
    return power != null ? power : domain.toMontgomery(base.modPow(exponent, p));
  }

  /**
   * Builds a fixed-base table for {@code base} (an election public key, raised in every proof
   * check), so that later {@link #pow} calls with it take 31 products, and 21 once it has been
   * raised a few thousand times ({@link FixedBase}). Keeps tables for a few bases only; further
   * calls are ignored.
   */
  public void precompute(BigInteger base) {
    if (!base.equals(g) && registered.size() < MAX_REGISTERED_TABLES) {
      registered.computeIfAbsent(base, b -> new FixedBase(domain, b, q.bitLength(), 0));
    }
  }

  /** The window of g's table, 0 before it has one: for tests. */
  int gTableWindowBits() {
    return gPowers.windowBits();
  }

  /**
   * b1^e1 · b2^e2 mod p: the commitment every proof check recomputes, A = g^response·X^challenge of
   * spec §4.5 "Verification keys", §4.14 "Signatures" and §4.18 "Partial decryptions" (there also B =
   * alpha^response·factor^challenge).
   */
  public BigInteger powProduct(BigInteger b1, BigInteger e1, BigInteger b2, BigInteger e2) {
    return domain.toBigInteger(
        domain.multiply(montgomeryPowOrModPow(b1, e1), montgomeryPowOrModPow(b2, e2)));
  }

  /**
   * Π bases[i]^exponents[i] mod p (exponents ≥ 0): the products of many powers that the shuffle
   * proof of spec §6 is made of (Table 4's t3, t4,1, t4,2; Table 5's c̃, α′, β′ and its batched
   * checks). Pippenger's method on every core ({@link MultiExponentiation}): for thousands of bases
   * a base costs some 190 products instead of a whole power.
   */
  public BigInteger productOfPowers(List<BigInteger> bases, List<BigInteger> exponents) {
    if (bases.size() != exponents.size()) {
      throw new IllegalArgumentException(
          bases.size() + " bases for " + exponents.size() + " exponents");
    }
    List<BigInteger> reduced =
        bases.stream().map(b -> b.signum() < 0 || b.compareTo(p) >= 0 ? b.mod(p) : b).toList();
    if (bases.size() < MultiExponentiation.MIN_BASES) {
      int[] product = domain.one();
      for (int i = 0; i < bases.size(); i++) {
        if (exponents.get(i).signum() < 0) {
          throw new IllegalArgumentException("exponent #" + i + " is negative");
        }
        product = domain.multiply(product, montgomeryPowOrModPow(reduced.get(i), exponents.get(i)));
      }
      return domain.toBigInteger(product);
    }
    return domain.toBigInteger(new MultiExponentiation(domain).product(reduced, exponents));
  }

  /**
   * b1^e1 · (b2 / g^m)^e2 mod p, for m ≥ 0 and 0 ≤ e2 &lt; q: the commitment B_j = y^s·(beta /
   * g^M_j)^c of spec §4.12–§4.13. Computed as b1^e1 · b2^e2 · g^(−m·e2 mod q) so that b2 keeps the
   * power chain its membership check built, instead of starting one for each quotient.
   */
  public BigInteger powProductOverPowG(
      BigInteger b1, BigInteger e1, BigInteger b2, BigInteger e2, int m) {
    int[] product = domain.multiply(montgomeryPowOrModPow(b1, e1), montgomeryPowOrModPow(b2, e2));
    if (m != 0) {
      BigInteger gExponent = modQ(BigInteger.valueOf(m).multiply(e2).negate());
      product = domain.multiply(product, montgomeryPowOrModPow(g, gExponent));
    }
    return domain.toBigInteger(product);
  }

  /**
   * a·b mod p: the group operation (spec §1 "Introduction": multiplicative notation, modulo p), as in
   * the product of ciphertexts of §4.16 "Encrypted tally" and of trustee keys of §3.1.1.
   */
  public BigInteger mul(BigInteger a, BigInteger b) {
    if (a.signum() < 0 || b.signum() < 0 || a.compareTo(p) >= 0 || b.compareTo(p) >= 0) {
      return a.multiply(b).mod(p); // unreduced input from outside
    }
    // REDC(ã·b) = a·R·b·R^-1 = a·b, already out of Montgomery form; below 2p, as ã < R and b < p.
    BigInteger product = MontgomeryDomain.value(domain.multiply(domain.toMontgomery(a), MontgomeryDomain.words(b, domain.length())), domain.length());
    return product.compareTo(p) >= 0 ? product.subtract(p) : product;
  }

  /** a / b = a·b^-1 mod p: beta / g^M_j of spec §4.12, beta / F_i,j of §4.19 "Election result". */
  public BigInteger div(BigInteger a, BigInteger b) {
    return a.multiply(b.modInverse(p)).mod(p);
  }

  /**
   * A uniformly random exponent in Z_q, from a cryptographic random source: each "pick a random w ∈
   * Z_q" (or r) of spec §4.5, §4.11.1 and §4.12–§4.14, §4.18.
   */
  public BigInteger randomExponent(SecureRandom random) {
    byte[] bytes = new byte[exponentBytes];
    random.nextBytes(bytes);
    return new BigInteger(1, bytes).mod(q);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Group group && group.name.equals(name) && group.p.equals(p);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, p);
  }

  @Override
  public String toString() {
    return name;
  }
}
