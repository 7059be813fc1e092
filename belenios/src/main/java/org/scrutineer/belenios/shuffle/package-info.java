/**
 * The Shuffle event's data of Belenios spec 2.0 §4.17 "Shuffles": {@link
 * org.scrutineer.belenios.shuffle.Shuffle}, the {@code shuffle} object (shuffled ciphertexts and
 * {@code shuffle_proof}s), read strictly and written byte-exactly as belenios-tool 2.0 writes it.
 * The proofs themselves are made and checked by {@code org.scrutineer.crypto.shuffle}; the {@code
 * owned_shuffle} wrapper is {@code org.scrutineer.belenios.tally.OwnedPayload}.
 */
package org.scrutineer.belenios.shuffle;
