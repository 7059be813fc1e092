/**
 * {@code scrutineer belenios …}: belenios-tool 2.0's command line, re-implemented on Scrutineer's
 * cores so that its scripts run unchanged (see {@code docs/belenios-cli-compat.md}). {@link
 * org.scrutineer.cli.belenios.ToolFiles} holds the tool's file conventions; one sub-package per
 * command group: {@code setup}, {@code archive}, {@code election}.
 */
package org.scrutineer.cli.belenios;
