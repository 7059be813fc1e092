/**
 * {@code scrutineer belenios archive …} (Belenios spec 2.0 §4.4): {@code init} and {@code
 * add-event} on the public board {@code UUID.bel}, through {@link org.scrutineer.archive.ArchiveWriter}.
 */
package org.scrutineer.cli.belenios.archive;
