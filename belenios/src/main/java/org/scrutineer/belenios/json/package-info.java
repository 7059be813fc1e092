/**
 * Belenios JSON, read strictly and written byte for byte as belenios-tool 2.0 writes it: the base
 * of every structure reader and writer in this module.
 *
 * <ul>
 *   <li>{@link org.scrutineer.belenios.json.JsonReading}: Belenios spec 2.0 §4.1 "Conventions",
 *       §4.2 "Basic types" and §4.3 "Common structures" ({@code proof}, {@code ciphertext}).
 *   <li>{@link org.scrutineer.belenios.json.JsonWriting}: the same sections, compact and in the
 *       spec's field order, because hashes are taken over the exact bytes (§4.15 "Ballots").
 *   <li>{@link org.scrutineer.belenios.json.BeleniosFormatException}: not in the spec: this
 *       module's error, naming the document, the field path and what was expected.
 * </ul>
 */
package org.scrutineer.belenios.json;
