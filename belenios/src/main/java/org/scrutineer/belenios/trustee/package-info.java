/**
 * Who can decrypt: an election's trustees structure and the trustees' public keys, whose product
 * is the election public key.
 *
 * <ul>
 *   <li>{@link org.scrutineer.belenios.trustee.TrusteePublicKey}: {@code trustee_public_key} of
 *       Belenios spec 2.0 §4.5 "Verification keys".
 *   <li>{@link org.scrutineer.belenios.trustee.Trustees}: §4.7 "Trustees", and the election key of
 *       §3.1.1 "Filling in the trustees structure". Pedersen items (§4.6 "Messages specific to
 *       threshold decryption support") are recognised and reported as not supported yet.
 * </ul>
 */
package org.scrutineer.belenios.trustee;
