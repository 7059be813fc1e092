/**
 * The JSON records of a Belenios archive (Belenios spec 2.0 §4.4 "Public data"), byte-exact with
 * belenios-tool 2.0 both ways: serialisation writes the tool's bytes, and parsing is strict (every
 * field checked, then the bytes must be the canonical serialisation, because entry names and
 * {@code parent} links are hashes over exact bytes).
 *
 * <ul>
 *   <li>{@link org.scrutineer.archive.event.ArchiveHeader}: the {@code BELENIOS} entry.
 *   <li>{@link org.scrutineer.archive.event.Event}, {@link org.scrutineer.archive.event.EventType}:
 *       the {@code HASH.event.json} entries.
 *   <li>{@link org.scrutineer.archive.event.MalformedJsonException}: what is wrong, by field.
 * </ul>
 */
package org.scrutineer.archive.event;
