package org.scrutineer.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * An election run through the command line as {@code demo.sh} runs it, each step by the {@link
 * Implementation} a test chooses. The directory holds the archive and, beside it, the private files
 * (credentials, trustee keys) — election commands ignore everything but the {@code .bel}.
 */
public final class TestElection {
  /** One homomorphic question with blank votes: choices are [blank, Alice, Bob, Carol]. */
  public static final String BLANK_TEMPLATE =
      "{\"description\":\"CLI test\",\"name\":\"cli-blank\",\"questions\":[{\"answers\":[\"Alice\",\"Bob\",\"Carol\"],"
          + "\"blank\":true,\"min\":1,\"max\":1,\"question\":\"Who should chair?\"}]}";

  /** demo.sh's two questions: [[q1 a1, q1 a2], [blank, q2 a1, q2 a2]]. */
  public static final String DEMO_TEMPLATE =
      "{\"description\":\"Election description\",\"name\":\"Election name\",\"questions\":["
          + "{\"answers\":[\"Answer 1\",\"Answer 2\"],\"min\":0,\"max\":1,\"question\":\"Question 1?\"},"
          + "{\"answers\":[\"Answer 1\",\"Answer 2\"],\"blank\":true,\"min\":1,\"max\":1,\"question\":\"Question 2?\"}]}";

  /**
   * demo-nh.sh's questions-nh.json (belenios tests/tool/templates, tag 2.0): two homomorphic
   * questions ([q1 a1, q1 a2], [blank, q2 a1, q2 a2]) and a non-homomorphic one ranking three
   * answers; needs RFC-3526-2048.
   */
  public static final String DEMO_NH_TEMPLATE =
      "{\"description\":\"Description of the election.\",\"name\":\"Name of the election\",\"questions\":["
          + "{\"answers\":[\"Answer 1\",\"Answer 2\"],\"min\":0,\"max\":1,\"question\":\"Question 1?\"},"
          + "{\"answers\":[\"Answer 1\",\"Answer 2\"],\"blank\":true,\"min\":1,\"max\":1,\"question\":\"Question 2?\"},"
          + "{\"type\":\"NonHomomorphic\",\"value\":{\"answers\":[\"Answer 1\",\"Answer 2\",\"Answer 3\"],\"question\":\"Question 3?\"}}]}";

  /** The group non-homomorphic questions need (BELENIOS-2048 has no embedding, spec §4.10). */
  public static final String NH_GROUP = "RFC-3526-2048";

  private final Path dir;
  private final String uuid;
  private final List<String> credentials;
  private final List<String> privateKeys;

  private TestElection(Path dir, String uuid, List<String> credentials, List<String> privateKeys) {
    this.dir = dir;
    this.uuid = uuid;
    this.credentials = credentials;
    this.privateKeys = privateKeys;
  }

  /**
   * Sets up an election in {@code dir} with {@code setup} doing every step up to and including
   * {@code archive init}.
   *
   * @param voters the {@code --file} lines, e.g. {@code a@x,a,2}
   */
  public static TestElection create(Path dir, Implementation setup, String template, List<String> voters, int trustees) {
    return create(dir, "BELENIOS-2048", setup, setup, java.util.Collections.nCopies(trustees, setup), template, voters);
  }

  /**
   * As {@link #create(Path, Implementation, String, List, int)}, in {@code group}, with the
   * credentials made by {@code credentialMaker}, trustee i's key by {@code trusteeKeys.get(i)}, and the
   * rest (token, make-trustees, make-election, archive init) by {@code setup}.
   */
  public static TestElection create(
      Path dir, String group, Implementation setup, Implementation credentialMaker, List<Implementation> trusteeKeys, String template, List<String> voters) {
    try {
      String uuid = setup.ok(dir, "setup", "generate-token").outLines().get(0);
      Files.write(dir.resolve("voters.txt"), voters);
      credentialMaker.ok(dir, "setup", "generate-credentials", "--uuid", uuid, "--group", group, "--file", "voters.txt");
      move(dir, ".privcreds", "private_creds.txt");
      move(dir, ".pubcreds", "public_creds.json");
      for (int i = 0; i < trusteeKeys.size(); i++) {
        // Each key in its own directory, so that trustee i is the i-th line of public_keys.jsons.
        Path keyDir = Files.createDirectories(dir.resolve("trustee" + (i + 1)));
        trusteeKeys.get(i).ok(keyDir, "setup", "generate-trustee-key", "--group", group);
        for (Path key : sorted(keyDir, "key")) {
          Files.move(key, dir.resolve(String.format(java.util.Locale.ROOT, "%02d-%s", i + 1, key.getFileName())));
        }
      }
      List<String> privateKeys = new ArrayList<>();
      StringBuilder publicKeys = new StringBuilder();
      for (Path key : sorted(dir, ".pubkey")) {
        publicKeys.append(Files.readString(key));
        privateKeys.add(key.getFileName().toString().replace(".pubkey", ".privkey"));
      }
      Files.writeString(dir.resolve("public_keys.jsons"), publicKeys);
      setup.ok(dir, "setup", "make-trustees");
      Files.writeString(dir.resolve("template.json"), template);
      setup.ok(dir, "setup", "make-election", "--uuid", uuid, "--group", group, "--template", "template.json");
      setup.ok(dir, "archive", "init");
      List<String> credentials = new ArrayList<>();
      for (String line : Files.readAllLines(dir.resolve("private_creds.txt"))) {
        credentials.add(line.substring(line.indexOf(' ') + 1));
      }
      return new TestElection(dir, uuid, credentials, privateKeys);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path dir() {
    return dir;
  }

  public String uuid() {
    return uuid;
  }

  public Path bel() {
    return dir.resolve(uuid + ".bel");
  }

  /** Voter {@code voter}'s (0-based, file order) private credential. */
  public String credential(int voter) {
    return credentials.get(voter);
  }

  /** The trustees' {@code .privkey} file names, in {@code trustees.json} order. */
  public List<String> privateKeys() {
    return privateKeys;
  }

  /** A ballot of voter {@code voter} for {@code choices} (e.g. {@code [[0,1,0,0]]}), by {@code maker}. */
  public byte[] ballot(Implementation maker, int voter, String choices) {
    write("credential.txt", credential(voter) + "\n");
    write("choices.txt", choices + "\n");
    return maker.ok(dir, "election", "generate-ballot", "--privcred", "credential.txt", "--ballot", "choices.txt").outLine(0);
  }

  /** Appends an event whose data lines are {@code lines} (the output of the command making it). */
  public void append(Implementation appender, String type, byte[] lines) {
    appender.ok(dir, lines, "archive", "add-event", "--type=" + type);
  }

  /** {@code generate-ballot | add-event --type=Ballot}. */
  public void vote(Implementation maker, Implementation appender, int voter, String choices) {
    byte[] ballot = ballot(maker, voter, choices);
    append(appender, "Ballot", withNewline(ballot));
  }

  /** {@code add-event --type=EndBallots < /dev/null}, then the encrypted tally, by {@code tool}. */
  public void closeAndTally(Implementation tool) {
    tool.ok(dir, "archive", "add-event", "--type=EndBallots");
    append(tool, "EncryptedTally", tool.ok(dir, "election", "compute-encrypted-tally").stdout());
  }

  /**
   * An election with non-homomorphic questions, set up by belenios-tool in {@link #NH_GROUP} with
   * {@code trustees} trustee keys.
   */
  public static TestElection nonHomomorphic(Path dir, String template, List<String> voters, int trustees) {
    Implementation tool = Implementation.BELENIOS_TOOL;
    return create(dir, NH_GROUP, tool, tool, java.util.Collections.nCopies(trustees, tool), template, voters);
  }

  /** {@code election shuffle --trustee-id=ID | archive add-event --type=Shuffle}; returns the shuffle's run. */
  public CommandRun shuffle(Implementation shuffler, Implementation appender, int trusteeId) {
    CommandRun run = shuffler.ok(dir, "election", "shuffle", "--trustee-id=" + trusteeId);
    append(appender, "Shuffle", run.stdout());
    return run;
  }

  /** Every trustee's partial decryption, made by {@code decrypter}, appended by {@code appender}. */
  public void decrypt(Implementation decrypter, Implementation appender) {
    decrypt(java.util.Collections.nCopies(privateKeys.size(), decrypter), appender);
  }

  /** Trustee i's partial decryption made by {@code decrypters.get(i)}, each appended by {@code appender}. */
  public void decrypt(List<Implementation> decrypters, Implementation appender) {
    for (int i = 0; i < privateKeys.size(); i++) {
      CommandRun run =
          decrypters.get(i).ok(dir, "election", "decrypt", "--privkey", privateKeys.get(i), "--trustee-id", Integer.toString(i + 1));
      append(appender, "PartialDecryption", run.stdout());
    }
  }

  /** {@code compute-result | add-event --type=Result}; returns the result line. */
  public String publishResult(Implementation tool) {
    CommandRun run = tool.ok(dir, "election", "compute-result");
    append(tool, "Result", run.stdout());
    return run.outLines().get(0);
  }

  /** A directory holding a copy of this election's archive only. */
  public Path copyArchiveTo(Path other) {
    try {
      Files.copy(bel(), other.resolve(bel().getFileName()), StandardCopyOption.REPLACE_EXISTING);
      return other;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(String name, String text) {
    try {
      Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] withNewline(byte[] line) {
    byte[] bytes = java.util.Arrays.copyOf(line, line.length + 1);
    bytes[line.length] = '\n';
    return bytes;
  }

  private static void move(Path dir, String suffix, String target) throws IOException {
    List<Path> found = sorted(dir, suffix);
    if (found.size() != 1) {
      throw new IllegalStateException("expected one *" + suffix + " in " + dir + ", found " + found);
    }
    Files.move(found.get(0), dir.resolve(target));
  }

  private static List<Path> sorted(Path dir, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(file -> file.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }
}
