package org.scrutineer.contest.removal;

import java.util.Objects;
import org.scrutineer.electorate.register.Section;

/**
 * A credential issued at {@code open}: the voter it was sent to, their section, and the public
 * credential as the section's {@code Setup} event and every ballot signed with it carry it (spec 2.0
 * §4.10, §4.15: a number in decimal). The credential authority's map, kept in {@code private/}.
 */
public record IssuedCredential(String voter, Section section, String credential) {
  public IssuedCredential {
    Objects.requireNonNull(section, "section");
    if (voter == null || voter.isBlank()) {
      throw new IllegalArgumentException("an issued credential names its voter");
    }
    if (credential == null || !credential.matches("[1-9][0-9]*")) {
      throw new IllegalArgumentException("voter " + voter + ": a public credential is a positive decimal number, got \"" + credential + "\"");
    }
  }
}
