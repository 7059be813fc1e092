package org.scrutineer.belenios.credential;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.belenios.json.JsonReading;
import org.scrutineer.belenios.json.JsonWriting;
import org.scrutineer.crypto.hash.Decimal;

/**
 * The public credentials of an election — Belenios spec 2.0 §4.8: a JSON array of strings, each
 * {@code CREDENTIAL} or {@code CREDENTIAL,WEIGHT} (and, in {@code .pubcreds} files only, a third
 * part, the voter's login). Parsing checks the shape; subgroup membership of each credential is
 * checked by the verifier, which knows the group.
 */
public record PublicCredentials(List<PublicCredential> entries) {

  public PublicCredentials {
    entries = List.copyOf(entries);
  }

  /** Reads a spec §4.8 "Credentials" public_credentials list, or a {@code .pubcreds} file. */
  public static PublicCredentials parse(byte[] bytes, String name) throws BeleniosFormatException {
    JsonNode node = JsonReading.parse(bytes, name);
    return new PublicCredentials(JsonReading.list(node, name, PublicCredentials::entry));
  }

  /** Receives the entries of a credentials list one at a time. */
  @FunctionalInterface
  public interface EntryConsumer {
    void accept(int index, PublicCredential entry) throws BeleniosFormatException;
  }

  /**
   * Reads the list (spec §4.8 "Credentials") entry by entry without building it, for electorates
   * too large to hold twice (a million credentials take some 620 MB as JSON): the verifier checks
   * and registers each as it comes. Same checks and messages as {@link #parse}.
   */
  public static void forEachEntry(byte[] bytes, String name, EntryConsumer consumer)
      throws BeleniosFormatException {
    forEachEntry(new ByteArrayInputStream(bytes), name, consumer);
  }

  /** As {@link #forEachEntry(byte[], String, EntryConsumer)}, from a stream, which is closed at the end. */
  public static void forEachEntry(InputStream json, String name, EntryConsumer consumer)
      throws BeleniosFormatException {
    try (JsonParser parser = STREAMING.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw new BeleniosFormatException(name, "expected a JSON array of strings");
      }
      int index = 0;
      for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
        String path = name + "[" + index + "]";
        if (token != JsonToken.VALUE_STRING) {
          throw new BeleniosFormatException(path, "expected a JSON string, found " + token);
        }
        consumer.accept(index++, entry(parser.getText(), path));
      }
      if (parser.nextToken() != null) {
        throw new BeleniosFormatException(name, "unexpected content after the array");
      }
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new BeleniosFormatException(name, "not valid JSON: " + e.getOriginalMessage());
    } catch (java.io.IOException e) {
      throw new BeleniosFormatException(name, "not valid JSON: " + e.getMessage());
    }
  }

  private static final JsonFactory STREAMING = new JsonFactory();

  private static PublicCredential entry(JsonNode node, String path) throws BeleniosFormatException {
    return entry(JsonReading.string(node, path), path);
  }

  private static PublicCredential entry(String text, String path) throws BeleniosFormatException {
    String[] parts = text.split(",", -1);
    if (parts.length > 3) {
      throw new BeleniosFormatException(path, "expected CREDENTIAL, CREDENTIAL,WEIGHT or CREDENTIAL,WEIGHT,LOGIN");
    }
    BigInteger credential = decimal(parts[0], path, "credential");
    Optional<BigInteger> weight = Optional.empty();
    if (parts.length >= 2 && !parts[1].isEmpty()) {
      weight = Optional.of(decimal(parts[1], path, "weight"));
    } else if (parts.length == 2) {
      throw new BeleniosFormatException(path, "empty weight after the comma");
    }
    Optional<String> login = parts.length == 3 ? Optional.of(parts[2]) : Optional.empty();
    return new PublicCredential(credential, weight, login);
  }

  private static BigInteger decimal(String text, String path, String what)
      throws BeleniosFormatException {
    if (text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) { // ASCII only, as OCaml's Z.of_string
      throw new BeleniosFormatException(path, "the " + what + " \"" + text + "\" is not a non-negative decimal number");
    }
    BigInteger number = new BigInteger(text);
    Decimal.remember(number, text); // the verifier keys its registry by this text
    return number;
  }

  /** Whether any entry carries a weight (spec §4.8: "if weights are being used"). */
  public boolean weighted() {
    return entries.stream().anyMatch(entry -> entry.weight().isPresent());
  }

  /**
   * The list as stored in the archive (logins removed), spec §4.8 public_credentials, as {@code
   * archive init} writes it.
   */
  public byte[] toArchiveJson() {
    return write(PublicCredential::stripped);
  }

  /** The list as {@code generate-credentials} writes it into {@code .pubcreds}. */
  public byte[] toJsonWithLogins() {
    return write(PublicCredential::withLogin);
  }

  private byte[] write(Function<PublicCredential, String> form) {
    List<String> lines = new ArrayList<>(entries.size());
    entries.forEach(entry -> lines.add(form.apply(entry)));
    return JsonWriting.bytes(
        json -> {
          json.writeStartArray();
          for (String line : lines) {
            json.writeString(line);
          }
          json.writeEndArray();
        });
  }
}
