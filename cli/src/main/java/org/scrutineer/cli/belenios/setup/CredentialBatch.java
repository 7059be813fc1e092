package org.scrutineer.cli.belenios.setup;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.scrutineer.belenios.json.JsonWriting;
import org.scrutineer.crypto.credential.Credential;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.hash.Sha256;

/**
 * A batch of voter credentials as {@code belenios-tool setup generate-credentials} makes it
 * (Belenios spec 2.0 §4.8; belenios-tool's {@code Tool_credgen}): one private credential per voter
 * line, and the public credentials sorted by their numeric value, so that their order says nothing
 * about the voters'.
 *
 * @param privateLines {@code ID CREDENTIAL}, one per voter in input order ({@code T.privcreds})
 * @param publicWithLogins {@code PUB,WEIGHT,LOGIN} ({@code PUB,,LOGIN} when no voter line has a
 *     weight), sorted by PUB ({@code T.pubcreds})
 * @param publicCredentials {@code PUB} or {@code PUB,WEIGHT}: what {@code archive init} stores and
 *     the fingerprint covers
 */
record CredentialBatch(List<String> privateLines, List<String> publicWithLogins, List<String> publicCredentials) {

  CredentialBatch {
    privateLines = List.copyOf(privateLines);
    publicWithLogins = List.copyOf(publicWithLogins);
    publicCredentials = List.copyOf(publicCredentials);
  }

  /** One voter line of {@code --file}: {@code ADDRESS[,LOGIN[,WEIGHT]]} (belenios' split_identity_opt). */
  record Voter(String line, String address, Optional<String> login, Optional<BigInteger> weight) {
    static Voter parse(String line) {
      String[] parts = line.split(",", -1);
      if (parts.length > 3) {
        throw new IllegalArgumentException(
            "voter line \"" + line + "\" has " + parts.length + " comma-separated fields; expected ADDRESS, ADDRESS,LOGIN or ADDRESS,LOGIN,WEIGHT");
      }
      Optional<String> login = parts.length >= 2 && !parts[1].isEmpty() ? Optional.of(parts[1]) : Optional.empty();
      Optional<BigInteger> weight = parts.length == 3 ? Optional.of(weight(parts[2], line)) : Optional.empty();
      return new Voter(line, parts[0], login, weight);
    }

    private static BigInteger weight(String text, String line) {
      if (text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
        throw new IllegalArgumentException(
            "\"" + text + "\" is not a valid weight (a non-negative integer) in voter line \"" + line + "\"");
      }
      return new BigInteger(text);
    }

    /** The login the {@code .pubcreds} file records: the login, or the address when there is none. */
    String username() {
      return login.orElse(address);
    }
  }

  /**
   * The ids {@code --count N} gives voters: N consecutive numbers that all have the same number of
   * digits, starting at the smallest power of ten that allows it (so 12 voters get 10…21, and 9
   * voters 10…18 — belenios-tool's {@code generate_ids}).
   */
  static List<String> numberedIds(int count) {
    long first = 1;
    while (Long.toString(first).length() != Long.toString(first + count).length()) {
      first *= 10;
    }
    long start = first;
    return IntStream.range(0, count).mapToObj(i -> Long.toString(start + i)).toList();
  }

  /**
   * Draws one credential per voter line and derives the public credentials (spec §4.8). The
   * derivations (PBKDF2, then g^s) are independent, so they run in parallel.
   */
  static CredentialBatch generate(Group group, String uuid, List<String> voterLines, SecureRandom random) {
    List<Voter> voters = voterLines.stream().map(Voter::parse).toList();
    List<Credential> credentials = new ArrayList<>(voters.size());
    List<String> privateLines = new ArrayList<>(voters.size());
    for (Voter voter : voters) {
      Credential credential = Credential.generate(random);
      credentials.add(credential);
      privateLines.add(voter.line() + " " + credential.reveal());
    }
    List<BigInteger> publics =
        credentials.parallelStream().map(credential -> credential.publicCredential(group, uuid)).toList();
    boolean weighted = voters.stream().anyMatch(voter -> voter.weight().isPresent());
    Map<BigInteger, Voter> sorted = new TreeMap<>();
    for (int i = 0; i < voters.size(); i++) {
      sorted.put(publics.get(i), voters.get(i));
    }
    List<String> withLogins = new ArrayList<>(sorted.size());
    List<String> stripped = new ArrayList<>(sorted.size());
    sorted.forEach(
        (credential, voter) -> {
          String weight = weighted ? voter.weight().orElse(BigInteger.ONE).toString() : "";
          withLogins.add(credential + "," + weight + "," + voter.username());
          stripped.add(weighted ? credential + "," + weight : credential.toString());
        });
    return new CredentialBatch(privateLines, withLogins, stripped);
  }

  /** {@code T.privcreds}: one line per voter, each ending with a newline. */
  byte[] privateFile() {
    StringBuilder text = new StringBuilder();
    privateLines.forEach(line -> text.append(line).append('\n'));
    return text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** {@code T.pubcreds}: the JSON array with logins, no final newline. */
  byte[] publicFile() {
    return jsonArray(publicWithLogins);
  }

  /** The public credentials fingerprint: sha256-b64 of what {@code archive init} will store. */
  String fingerprint() {
    return Sha256.base64(jsonArray(publicCredentials));
  }

  private static byte[] jsonArray(List<String> strings) {
    return JsonWriting.bytes(
        json -> {
          json.writeStartArray();
          for (String string : strings) {
            json.writeString(string);
          }
          json.writeEndArray();
        });
  }
}
