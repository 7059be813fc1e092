/**
 * {@code scrutineer belenios method stv | schulze | majority-judgment}: belenios-tool 2.0's counting
 * commands — same options, standard input, output bytes and exit statuses — over the pure methods in
 * {@code count} (docs/counting.md, "belenios-tool compatibility").
 */
package org.scrutineer.cli.belenios.method;
