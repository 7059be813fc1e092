/**
 * Reading and appending a Belenios public board {@code UUID.bel} (Belenios spec 2.0 §4.4 "Public
 * data") as a sequence of typed items: the {@code BELENIOS} header, data entries and events, each
 * with its exact bytes and its SHA-256.
 *
 * <ul>
 *   <li>{@link org.scrutineer.archive.ArchiveReader}: streams items or event blocks and checks the
 *       container rules (names are hashes of the bytes, heights count up, parents chain).
 *   <li>{@link org.scrutineer.archive.EventBlock}: one event with the data written just before it.
 *   <li>{@link org.scrutineer.archive.ArchiveWriter}: {@code archive init} and {@code archive
 *       add-event}, append-only and fsynced.
 * </ul>
 *
 * What the payloads mean (ballots, tallies, proofs) is for the verifier, not for this package.
 */
package org.scrutineer.archive;
