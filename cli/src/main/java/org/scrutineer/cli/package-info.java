/**
 * The {@code scrutineer} command line: thin commands that parse options, call a core module and
 * render its answer. {@link org.scrutineer.cli.ScrutineerCommand} is the root and sets the
 * conventions every command follows — one failure line {@code scrutineer: <message>} on standard
 * error, exit statuses of {@link org.scrutineer.cli.ExitStatus} — and {@link
 * org.scrutineer.cli.CommandEnvironment} is all a command may touch of the outside world.
 */
package org.scrutineer.cli;
