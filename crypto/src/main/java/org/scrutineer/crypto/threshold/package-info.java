/**
 * Threshold trustees: Pedersen's distributed key generation and the threshold PKI of Belenios spec
 * 2.0 §3.1.1 "Filling in the trustees structure" ("Pedersen" protocol), §4.6 "Messages specific to
 * threshold decryption support" (§4.6.1–§4.6.7) and
 * the combination of §4.19 "Election result".
 *
 * <ul>
 *   <li>{@link org.scrutineer.crypto.threshold.TrusteeSeed}: the {@code .key} seed and the derived
 *       signing and decryption keys.
 *   <li>{@link org.scrutineer.crypto.threshold.MessageSignature}: §4.6.1 {@code signed_msg}.
 *   <li>{@link org.scrutineer.crypto.threshold.HybridEncryption} (with package-private {@code
 *       AesCcm}): §4.6.1 {@code encrypted_msg}; channels of §4.6.3 are in {@code belenios.trustee}.
 *   <li>{@link org.scrutineer.crypto.threshold.Polynomial}, {@link
 *       org.scrutineer.crypto.threshold.Commitments}: shares, their checks, verification keys.
 *   <li>{@link org.scrutineer.crypto.threshold.Lagrange}: λ_j and the combined factor of §4.19.
 * </ul>
 */
package org.scrutineer.crypto.threshold;
