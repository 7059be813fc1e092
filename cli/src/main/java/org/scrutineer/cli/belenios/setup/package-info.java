/**
 * {@code scrutineer belenios setup …} (Belenios spec 2.0 §4.5–§4.10): uuid token, voter
 * credentials ({@link org.scrutineer.cli.belenios.setup.CredentialBatch} reproduces belenios-tool's
 * ids, ordering and file formats), trustee keys, {@code trustees.json} and {@code election.json}.
 */
package org.scrutineer.cli.belenios.setup;
