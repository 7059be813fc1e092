package org.scrutineer.cli.belenios.setup;

import org.scrutineer.belenios.election.Election;
import org.scrutineer.cli.CommandFailure;
import org.scrutineer.cli.belenios.ToolFiles;
import org.scrutineer.crypto.group.Group;

/** The {@code --group}, {@code --uuid} and {@code --protocol-version} values setup commands share. */
final class SetupOptions {
  /** The only protocol version belenios-tool 2.0 (and Scrutineer) implements. */
  static final int PROTOCOL_VERSION = 1;

  private SetupOptions() {}

  /** {@code --group}: mandatory, one of the groups of Belenios spec 2.0 §5. */
  static Group group(String name) {
    String given = ToolFiles.mandatory("--group", name);
    return Group.byName(given)
        .orElseThrow(() -> new CommandFailure("unknown group: " + given + " (known: " + String.join(", ", Group.knownNames()) + ")"));
  }

  /** {@code --uuid}: mandatory, at least 14 Base58 characters (spec §4.2). */
  static String uuid(String uuid) {
    String given = ToolFiles.mandatory("--uuid", uuid);
    if (!Election.isValidUuid(given)) {
      throw new CommandFailure(
          "\"" + given + "\" is not a valid UUID (at least 14 Base58 characters; make one with setup generate-token)");
    }
    return given;
  }

  /** {@code --protocol-version}: 1, the only version of Belenios 2.0. */
  static void protocolVersion(int version) {
    if (version != PROTOCOL_VERSION) {
      throw new CommandFailure("unsupported protocol version " + version + " (only " + PROTOCOL_VERSION + " exists)");
    }
  }
}
