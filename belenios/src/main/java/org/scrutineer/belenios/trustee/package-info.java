/**
 * Who can decrypt: an election's trustees structure, the trustees' public keys, whose product is
 * the election public key, and the threshold (Pedersen) key generation.
 *
 * <ul>
 *   <li>{@link org.scrutineer.belenios.trustee.TrusteePublicKey}: {@code trustee_public_key} of
 *       Belenios spec 2.0 §4.5 "Verification keys".
 *   <li>{@link org.scrutineer.belenios.trustee.Trustees}: §4.7 "Trustees" ({@code Single} and
 *       {@code Pedersen} items), and the election key of §3.1.1 "Filling in the trustees structure".
 *   <li>§4.6 "Messages specific to threshold decryption support": {@link
 *       org.scrutineer.belenios.trustee.SignedMessage} (§4.6.1), {@link
 *       org.scrutineer.belenios.trustee.EncryptedMessage}, {@link
 *       org.scrutineer.belenios.trustee.CertificateKeys}, {@link
 *       org.scrutineer.belenios.trustee.TrusteePolynomial}, {@link
 *       org.scrutineer.belenios.trustee.VerificationInput}, {@link
 *       org.scrutineer.belenios.trustee.VerificationOutput}, {@link
 *       org.scrutineer.belenios.trustee.ThresholdParameters}; package-private {@code
 *       PedersenMessages} (the raw inner messages) and {@code SecureChannel} ({@code channel_msg}).
 *   <li>{@link org.scrutineer.belenios.trustee.PedersenCeremony}: §3.1.1 "Filling in the trustees structure" ("Pedersen" protocol), the
 *       six steps of belenios-tool's {@code generate-trustee-key-threshold}; failures are {@link
 *       org.scrutineer.belenios.trustee.CeremonyException}.
 * </ul>
 */
package org.scrutineer.belenios.trustee;
