package org.scrutineer.crypto;

import static org.scrutineer.crypto.BeleniosToolTestSupport.run;
import static org.scrutineer.crypto.BeleniosToolTestSupport.runOk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.hash.ChallengeHash;
import org.scrutineer.crypto.hash.Sha256;
import org.scrutineer.crypto.proof.Proof;

/**
 * A small election set up, voted, tallied and decrypted by belenios-tool alone (the steps of its
 * {@code demo.sh}), so that tests can check our verifiers against the tool's own proofs. One trustee,
 * {@link #VOTES} cast by as many voters, four homomorphic questions ({@link #QUESTIONS}).
 *
 * <p>What the tool printed is kept in memory, made once per group for the whole test run and shared
 * by the test classes that read it: it is the tool's output, not state a test could change.
 */
public final class ToolElection {
  /** min/max per question; question 3 allows a blank vote (spec §4.9.1). */
  public static final List<QuestionShape> QUESTIONS = List.of(
      new QuestionShape(2, 0, 1, false),
      new QuestionShape(3, 1, 2, false),
      new QuestionShape(4, 0, 3, false),
      new QuestionShape(3, 1, 2, true));

  /**
   * One ballot per voter, as {@code generate-ballot --ballot} reads it; a blank question has its
   * blank slot first. Voter 1 votes blank on question 3, voter 0 does not. Two voters keep the
   * RFC-3526-2048 setup near five seconds (the tool takes about one per ballot and re-checks them).
   */
  public static final List<String> VOTES =
      List.of("[[1,0],[0,1,1],[1,1,0,1],[0,1,1,0]]", "[[0,1],[1,1,0],[1,1,1,0],[1,0,0,0]]");

  /** The shape of a homomorphic question (spec §4.9.1). */
  public record QuestionShape(int answers, int min, int max, boolean blank) {
    String toJson(int index) {
      StringBuilder names = new StringBuilder();
      for (int i = 0; i < answers; i++) {
        names.append(i == 0 ? "" : ",").append("\"a").append(i).append('"');
      }
      return "{\"answers\":["
          + names
          + "],"
          + (blank ? "\"blank\":true," : "")
          + "\"min\":"
          + min
          + ",\"max\":"
          + max
          + ",\"question\":\"q"
          + index
          + "\"}";
    }
  }

  /** A ballot as the tool printed it: the exact bytes and their parse. */
  public record Ballot(String text, JsonNode json) {}

  /** The tool's encrypted tally, the trustee's partial decryption of it and the result. */
  public record Tally(JsonNode encryptedTally, JsonNode partialDecryption, JsonNode result) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<Group, CompletableFuture<ToolElection>> MADE = new HashMap<>();
  private static final ExecutorService MAKERS = Executors.newFixedThreadPool(2, task -> {
    Thread thread = new Thread(task, "belenios-tool election");
    thread.setDaemon(true);
    return thread;
  });

  private final Group group;
  private final String fingerprint;
  private final BigInteger electionKey;
  private final BigInteger trusteeKey;
  private final List<Ballot> ballots;
  private final Tally tally;

  private ToolElection(
      Group group,
      String fingerprint,
      BigInteger electionKey,
      BigInteger trusteeKey,
      List<Ballot> ballots,
      Tally tally) {
    this.group = group;
    this.fingerprint = fingerprint;
    this.electionKey = electionKey;
    this.trusteeKey = trusteeKey;
    this.ballots = ballots;
    this.tally = tally;
  }

  /**
   * The election for {@code group}, made by the tool in a temporary directory that is deleted once
   * its output is read. The first call starts both §5 groups at once, so that the slow
   * RFC-3526-2048 run (about 12 s: the tool re-checks every ballot at each step) overlaps other tests.
   */
  public static ToolElection of(Group group) {
    BeleniosToolTestSupport.executable(); // fails or aborts here, in the test's own thread
    synchronized (MADE) {
      if (MADE.isEmpty()) {
        for (Group specGroup : List.of(Group.BELENIOS_2048, Group.RFC_3526_2048)) {
          MADE.put(
              specGroup,
              CompletableFuture.supplyAsync(() -> createInTemporaryDirectory(specGroup), MAKERS));
        }
      }
      MADE.computeIfAbsent(
          group, g -> CompletableFuture.supplyAsync(() -> createInTemporaryDirectory(g), MAKERS));
    }
    try {
      return MADE.get(group).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }

  private static ToolElection createInTemporaryDirectory(Group group) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("scrutineer-tool-election-");
      return create(dir, group);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteRecursively(dir);
    }
  }

  private static void deleteRecursively(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete " + dir, e);
    }
  }

  /** demo.sh's steps in {@code dir}: setup, one ballot per voter, tally, decryption, result. */
  private static ToolElection create(Path dir, Group group) {
    String groupOption = "--group=" + group.name();
    String uuid = runOk(dir, "setup", "generate-token").strip();
    runOk(
        dir,
        "setup",
        "generate-credentials",
        "--uuid=" + uuid,
        groupOption,
        "--count=" + VOTES.size(),
        "--dir=.");
    runOk(dir, "setup", "generate-trustee-key", groupOption);
    Path publicKey = only(dir, ".pubkey");
    Path privateKey = only(dir, ".privkey");
    copy(publicKey, dir.resolve("public_keys.jsons"));
    runOk(dir, "setup", "make-trustees");
    StringBuilder questions = new StringBuilder();
    for (int i = 0; i < QUESTIONS.size(); i++) {
      questions.append(i == 0 ? "" : ",").append(QUESTIONS.get(i).toJson(i));
    }
    write(
        dir.resolve("template.json"),
        "{\"description\":\"crypto tests\",\"name\":\"crypto tests\",\"questions\":[" + questions
            + "]}");
    runOk(dir, "setup", "make-election", "--uuid=" + uuid, groupOption, "--template=template.json");
    copy(only(dir, ".pubcreds"), dir.resolve("public_creds.json"));
    runOk(dir, "archive", "init");

    // make-election ends the file with a newline; the archive entry, hence φ, has no newline.
    String electionFile = readString(dir.resolve("election.json")).stripTrailing();
    byte[] election = electionFile.getBytes(StandardCharsets.UTF_8);
    JsonNode electionJson = parse(electionFile);
    List<String> credentials = new ArrayList<>();
    for (String line : lines(only(dir, ".privcreds"))) {
      credentials.add(line.split(" ")[1]);
    }

    List<Ballot> ballots = new ArrayList<>();
    for (int voter = 0; voter < VOTES.size(); voter++) {
      write(dir.resolve("credential.txt"), credentials.get(voter));
      write(dir.resolve("choices.json"), VOTES.get(voter));
      String text = runOk(
              dir,
              "election",
              "generate-ballot",
              "--privcred=credential.txt",
              "--ballot=choices.json")
          .strip();
      ballots.add(new Ballot(text, parse(text)));
      addEvent(dir, "Ballot", text);
    }
    addEvent(dir, "EndBallots", "");
    String encryptedTally = runOk(dir, "election", "compute-encrypted-tally");
    addEvent(dir, "EncryptedTally", encryptedTally);
    String partial = runOk(
        dir, "election", "decrypt", "--privkey=" + privateKey.getFileName(), "--trustee-id=1");
    addEvent(dir, "PartialDecryption", partial);
    String result = runOk(dir, "election", "compute-result");

    return new ToolElection(
        group,
        Sha256.base64(election),
        number(electionJson.get("public_key")),
        number(parse(readString(publicKey)).get("public_key")),
        List.copyOf(ballots),
        new Tally(firstLine(encryptedTally), firstLine(partial), firstLine(result)));
  }

  public Group group() {
    return group;
  }

  /** φ, the election fingerprint: H_JSON of election.json's bytes (spec §4.15). */
  public String fingerprint() {
    return fingerprint;
  }

  /** y, the election public key. */
  public BigInteger electionKey() {
    return electionKey;
  }

  /** X, the single trustee's public key (here equal to y). */
  public BigInteger trusteeKey() {
    return trusteeKey;
  }

  /** The ballots of {@link #VOTES}, made by {@code election generate-ballot}, one per voter. */
  public List<Ballot> ballots() {
    return ballots;
  }

  /** The encrypted tally of {@link #ballots}, the trustee's partial decryption and the result. */
  public Tally tally() {
    return tally;
  }

  private static void addEvent(Path dir, String type, String stdin) {
    BeleniosToolTestSupport.Run added =
        run(dir, stdin.getBytes(StandardCharsets.UTF_8), "archive", "add-event", "--type=" + type);
    if (!added.succeeded()) {
      throw new AssertionError(added.describe());
    }
  }

  /** A G or Zq value, which Belenios writes as a decimal string (spec §4.2). */
  public static BigInteger number(JsonNode node) {
    return new BigInteger(node.asText());
  }

  /** A {@code ciphertext} (spec §4.3). */
  public static Ciphertext ciphertext(JsonNode node) {
    return new Ciphertext(number(node.get("alpha")), number(node.get("beta")));
  }

  /** A {@code proof} (spec §4.3). */
  public static Proof proof(JsonNode node) {
    return new Proof(number(node.get("challenge")), number(node.get("response")));
  }

  /** A JSON array of proofs ({@code iproof}, spec §4.12). */
  public static List<Proof> proofs(JsonNode array) {
    List<Proof> proofs = new ArrayList<>();
    array.forEach(node -> proofs.add(proof(node)));
    return List.copyOf(proofs);
  }

  /** A JSON array of ciphertexts. */
  public static List<Ciphertext> ciphertexts(JsonNode array) {
    List<Ciphertext> ciphertexts = new ArrayList<>();
    array.forEach(node -> ciphertexts.add(ciphertext(node)));
    return List.copyOf(ciphertexts);
  }

  /** α1,β1,α2,β2,…: the part of S after S0 (spec §4.11.1). */
  public static String choicesString(List<Ciphertext> choices) {
    List<BigInteger> numbers = new ArrayList<>();
    for (Ciphertext c : choices) {
      numbers.add(c.alpha());
      numbers.add(c.beta());
    }
    return ChallengeHash.commaSeparated(numbers);
  }

  /** The homomorphic product (alpha_Σ, beta_Σ) of the ciphertexts (spec §4.13). */
  public static Ciphertext product(Group group, List<Ciphertext> ciphertexts) {
    Ciphertext product = Ciphertext.one();
    for (Ciphertext c : ciphertexts) {
      product = product.times(group, c);
    }
    return product;
  }

  public static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new AssertionError("belenios-tool printed invalid JSON: " + json, e);
    }
  }

  private static JsonNode firstLine(String output) {
    return parse(output.lines().findFirst().orElseThrow());
  }

  /** The one file in {@code dir} whose name ends with {@code suffix}. */
  public static Path only(Path dir, String suffix) {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> matches =
          files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
      if (matches.size() != 1) {
        throw new AssertionError("expected one *" + suffix + " in " + dir + ", found " + matches);
      }
      return matches.get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String readString(Path file) {
    return new String(read(file), StandardCharsets.UTF_8);
  }

  public static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void copy(Path from, Path to) {
    try {
      Files.copy(from, to);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
