package org.scrutineer.electorate.register;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The personal details an extract gives with each record. Different extracts of one person may
 * disagree (a union holds an old e-mail), which is why people are linked, not assumed.
 *
 * @param email empty when the extract has none
 * @param clp the code of the constituency party the address falls in
 */
public record Contact(String name, String email, String postcode, String clp) {
  public Contact {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(postcode, "postcode");
    Objects.requireNonNull(clp, "clp");
  }

  /** The e-mail as compared for linking: trimmed and lower-cased; empty when there is none. */
  public Optional<String> normalisedEmail() {
    String normal = email.trim().toLowerCase(Locale.ROOT);
    return normal.isEmpty() ? Optional.empty() : Optional.of(normal);
  }

  /** Name and postcode as compared for near matches: case, spaces and punctuation ignored. */
  public String nameAndPostcode() {
    return squeeze(name) + "|" + squeeze(postcode);
  }

  private static String squeeze(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.appendCodePoint(Character.toLowerCase(c));
      }
      i += Character.charCount(c);
    }
    return out.toString();
  }
}
