/**
 * Hashing as Belenios does it: SHA-256 in its three encodings, the Fiat–Shamir challenges of the
 * proofs, and the base-10 text of the numbers that go into both.
 *
 * <ul>
 *   <li>{@link org.scrutineer.crypto.hash.Sha256}: type H of Belenios spec 2.0 §4.2 "Basic types"
 *       (hex, also the entry names of §4.4 "Public data") and H_JSON of §4.15 "Ballots" (Base64).
 *   <li>{@link org.scrutineer.crypto.hash.ChallengeHash}: H_pok of §4.5 "Verification keys",
 *       H_iprove of §4.12 "Proofs of interval membership", H_bproof0 and H_bproof1 of §4.13
 *       "Proofs of possibly-blank votes", H_signature of §4.14 "Signatures" and H_decrypt of §4.18
 *       "Partial decryptions".
 *   <li>{@link org.scrutineer.crypto.hash.Decimal}: numbers "written in base 10" (§4.2 "Basic
 *       types"). Its cache and word-wise division are not in the spec: a ballot check writes each
 *       2048-bit element three times, and {@code BigInteger.toString} takes 12 µs for one.
 * </ul>
 */
package org.scrutineer.crypto.hash;
