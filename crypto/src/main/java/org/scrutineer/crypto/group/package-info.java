/**
 * The prime-order group the whole protocol computes in, and the arithmetic behind it. {@link
 * org.scrutineer.crypto.group.Group} is the only public type, so that every exponentiation goes
 * through one class and is optimised in one place.
 *
 * <ul>
 *   <li>{@link org.scrutineer.crypto.group.Group}: Belenios spec 2.0 §5 "Group parameters", its
 *       values §5.1 "BELENIOS-2048" and §5.2 "RFC-3526-2048"; the multiplicative group operation,
 *       modulo p, of §1 "Introduction"; membership for type G of §4.2 "Basic types".
 * </ul>
 *
 * <p>Package-private and not in the spec, which only says exponentiations are done modulo p: how
 * {@code Group} does them fast (figures: bench/README.md, docs/adr/0003-montgomery-arithmetic.md).
 *
 * <ul>
 *   <li>{@code MontgomeryMultiplier}, {@code JdkIntrinsicMontgomery}, {@code PortableMontgomery},
 *       {@code MontgomeryDomain}: Montgomery multiplication, products mod p without division.
 *   <li>{@code FixedBaseTable}, {@code FixedBase}: precomputed tables for the bases raised over
 *       and over (g, an election's public key), and when they pay for themselves.
 *   <li>{@code PowerChain}: the squarings one base's several exponents share.
 *   <li>{@code JacobiSymbol}: membership in a safe-prime group (RFC-3526-2048) without a power, by
 *       Euler's criterion (docs/adr/0010-membership-by-jacobi-symbol.md).
 * </ul>
 */
package org.scrutineer.crypto.group;
