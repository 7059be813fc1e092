/**
 * The container of a Belenios public board (Belenios spec 2.0 §4.4 "Public data"): an old-style
 * (V7) tar file, read and written one entry at a time with exactly the header bytes belenios-tool
 * 2.0 writes. This package knows names, sizes and bytes, nothing of JSON or events.
 *
 * <ul>
 *   <li>{@link org.scrutineer.archive.tar.BelTarReader}: streaming reader that validates every header.
 *   <li>{@link org.scrutineer.archive.tar.BelTarWriter}: writes belenios-tool's header bytes.
 *   <li>{@link org.scrutineer.archive.tar.ArchiveProblem}: a problem located at an entry, the error
 *       value of the whole {@code archive} container layer.
 * </ul>
 */
package org.scrutineer.archive.tar;
