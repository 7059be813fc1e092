package org.scrutineer.archive;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.scrutineer.crypto.hash.Sha256;

/**
 * The setup files as {@code belenios-tool archive init} stores them (Belenios spec 2.0 §4.10): it
 * reads election and trustees as lines joined by newlines (so one final newline is dropped), and
 * re-serialises the public credentials compactly with any {@code ,LOGIN} suffix removed
 * ({@code Common.strip_cred}: {@code PUB,WEIGHT,LOGIN} → {@code PUB,WEIGHT}; {@code PUB,,LOGIN} →
 * {@code PUB}).
 */
record SetupFiles(String uuid, byte[] election, byte[] trustees, byte[] publicCredentials, byte[] setupData) {
  private static final JsonMapper MAPPER = new JsonMapper();
  /** Belenios {@code Uuid.check}: at least 14 Base58 characters. */
  private static final String UUID = "[1-9A-HJ-NP-Za-km-z]{14,}";

  static SetupFiles of(byte[] election, byte[] trustees, byte[] publicCredentials) {
    byte[] e = dropFinalNewline(election);
    byte[] t = dropFinalNewline(trustees);
    byte[] c = canonicalCredentials(dropFinalNewline(publicCredentials));
    String setupData = "{\"election\":\"" + Sha256.hex(e) + "\",\"trustees\":\"" + Sha256.hex(t)
        + "\",\"credentials\":\"" + Sha256.hex(c) + "\"}";
    return new SetupFiles(uuid(e), e, t, c, setupData.getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] dropFinalNewline(byte[] file) {
    int n = file.length;
    return n > 0 && file[n - 1] == '\n' ? Arrays.copyOf(file, n - 1) : file.clone();
  }

  private static String uuid(byte[] election) {
    JsonNode uuid = read(election, "election").get("uuid");
    if (uuid == null || !uuid.isTextual() || !uuid.textValue().matches(UUID)) {
      throw new IllegalArgumentException("election field \"uuid\" must be at least 14 Base58 characters "
          + "(belenios-tool setup generate-token), found " + uuid);
    }
    return uuid.textValue();
  }

  private static byte[] canonicalCredentials(byte[] file) {
    JsonNode array = read(file, "public credentials");
    if (!array.isArray()) {
      throw new IllegalArgumentException("public credentials must be a JSON array of strings, found " + array.getNodeType());
    }
    List<String> stripped = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode cred = array.get(i);
      if (!cred.isTextual()) {
        throw new IllegalArgumentException("public credential " + (i + 1) + " must be a JSON string, found " + cred);
      }
      stripped.add(stripLogin(cred.textValue(), i + 1));
    }
    try {
      return MAPPER.writeValueAsBytes(stripped);
    } catch (JacksonException e) {
      throw new IllegalStateException("a list of strings always serialises", e);
    }
  }

  private static String stripLogin(String cred, int position) {
    String[] parts = cred.split(",", -1);
    switch (parts.length) {
      case 1:
      case 2:
        return cred;
      case 3:
        return parts[1].isEmpty() ? parts[0] : parts[0] + "," + parts[1];
      default:
        throw new IllegalArgumentException("public credential " + position + " \"" + cred
            + "\" has more than 3 comma-separated parts; expected PUB, PUB,WEIGHT or PUB,WEIGHT,LOGIN");
    }
  }

  private static JsonNode read(byte[] json, String what) {
    try {
      return MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(what + " is not valid JSON: " + e.getOriginalMessage());
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(what + " cannot be read: " + e.getMessage());
    }
  }
}
