package org.scrutineer.belenios.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrutineer.belenios.election.Election;
import org.scrutineer.belenios.election.Embedding;
import org.scrutineer.belenios.election.NonHomomorphicQuestion;
import org.scrutineer.crypto.credential.Credential;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.proof.BallotSignature;
import org.scrutineer.crypto.proof.Proof;

/**
 * Ballots with non-homomorphic answers (Belenios spec 2.0 §4.11.2) made by belenios-tool 2.0 for
 * demo-nh.sh's, demo-stv.sh's and demo-mj.sh's templates (golden/nh/*, made by
 * belenios/src/test/golden-tools/make-nh-golden.sh): ours accepts and rewrites them byte for byte, and
 * rejects each tampered twin naming the check; ours makes ballots for the same elections that ours
 * accepts. belenios-tool's verdict on our ballots and on the twins is in the cli module's
 * NonHomomorphicBallotInteropTest.
 */
class NonHomomorphicGoldenTest {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** One golden folder: the election and belenios-tool's ballots, one per vote. */
  record Case(
      String name, Election election, List<String> credentials, List<String> votes, List<byte[]> ballots, BigInteger decryptionKey) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() throws IOException, URISyntaxException {
    Path root = Path.of(NonHomomorphicGoldenTest.class.getResource("/golden/nh").toURI());
    List<Case> cases = new ArrayList<>();
    try (Stream<Path> folders = Files.list(root)) {
      for (Path folder : folders.sorted().toList()) {
        cases.add(read(folder));
      }
    }
    assertThat(cases).extracting(Case::name).contains("nh-demo", "stv", "mj");
    return cases.stream();
  }

  private static Case read(Path folder) throws IOException {
    try {
      // The archive's data entry is the file without its final newline (spec §4.4).
      byte[] election = Files.readString(folder.resolve("election.json")).strip().getBytes(StandardCharsets.UTF_8);
      List<byte[]> ballots =
          Files.readAllLines(folder.resolve("ballots.jsons")).stream().map(line -> line.getBytes(StandardCharsets.UTF_8)).toList();
      Election parsed = Election.parse(election);
      // The election key is the product of the trustees' keys (spec §3.1.1), so its secret is the sum.
      BigInteger key = BigInteger.ZERO;
      for (String trustee : List.of("trustee1.privkey", "trustee2.privkey")) {
        key = key.add(new BigInteger(Files.readString(folder.resolve(trustee)).strip().replace("\"", "")));
      }
      key = key.mod(parsed.group().q());
      assertThat(parsed.group().powG(key)).as("trustee keys of " + folder).isEqualTo(parsed.publicKey());
      return new Case(
          folder.getFileName().toString(),
          parsed,
          Files.readAllLines(folder.resolve("credentials.txt")),
          Files.readAllLines(folder.resolve("votes.txt")),
          ballots,
          key);
    } catch (org.scrutineer.belenios.json.BeleniosFormatException e) {
      throw new IllegalStateException(folder + ": " + e.getMessage(), e);
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void beleniosToolBallotsAreAcceptedAndRewrittenByteForByte(Case golden) throws Exception {
    BallotChecker checker = new BallotChecker(golden.election());
    for (byte[] bytes : golden.ballots()) {
      Ballot ballot = Ballot.parse(bytes);
      assertThat(ballot.toJson()).isEqualTo(bytes);
      assertThat(checker.check(ballot)).isEmpty();
      assertThat(ballot.answers()).hasAtLeastOneElementOfType(NonHomomorphicAnswer.class);
    }
  }

  /**
   * Decrypting belenios-tool's NH ciphertexts with the trustees' keys gives exactly our ξ =
   * group_encode(vote) (spec §4.11.2), ε included, and our group_decode gives the vote back.
   */
  @ParameterizedTest
  @MethodSource("cases")
  void beleniosToolEncodesEachVoteExactlyAsOurEmbedding(Case golden) throws Exception {
    Election election = golden.election();
    Group group = election.group();
    Embedding embedding = Embedding.of(group).orElseThrow();
    int nh = nonHomomorphicIndex(election);
    for (int i = 0; i < golden.ballots().size(); i++) {
      Ciphertext c = ((NonHomomorphicAnswer) Ballot.parse(golden.ballots().get(i)).answers().get(nh)).ciphertext();
      BigInteger xi = group.div(c.beta(), group.pow(c.alpha(), golden.decryptionKey()));
      List<Integer> vote = choices(golden.votes().get(i)).get(nh);
      assertThat(xi).as(golden.votes().get(i)).isEqualTo(embedding.encode(group, vote));
      assertThat(embedding.decode(vote.size(), xi)).isEqualTo(vote);
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void tamperedTwinsAreRejectedNamingTheCheck(Case golden) throws Exception {
    Election election = golden.election();
    Group group = election.group();
    BallotChecker checker = new BallotChecker(election);
    Ballot ballot = Ballot.parse(golden.ballots().get(0));
    BigInteger secret = Credential.parse(golden.credentials().get(0)).orElseThrow().secret(group, election.uuid());
    int nh = nonHomomorphicIndex(election);
    NonHomomorphicAnswer answer = (NonHomomorphicAnswer) ballot.answers().get(nh);
    Ciphertext c = answer.ciphertext();
    Proof proof = answer.proof();

    Ballot badResponse = reSigned(ballot, nh, new NonHomomorphicAnswer(c, new Proof(proof.challenge(), proof.response().add(BigInteger.ONE).mod(group.q()))), secret, group);
    assertThat(checker.check(badResponse)).hasValueSatisfying(p -> assertThat(p).startsWith("answers[" + nh + "]: proof does not prove knowledge"));

    Ballot otherBeta = reSigned(ballot, nh, new NonHomomorphicAnswer(new Ciphertext(c.alpha(), group.mul(c.beta(), group.g())), proof), secret, group);
    assertThat(checker.check(otherBeta)).as("another plaintext under the same proof").hasValueSatisfying(p -> assertThat(p).contains("proof does not prove knowledge"));

    Ballot outsideSubgroup = reSigned(ballot, nh, new NonHomomorphicAnswer(new Ciphertext(group.p().subtract(c.alpha()), c.beta()), proof), secret, group);
    assertThat(checker.check(outsideSubgroup)).hasValueSatisfying(p -> assertThat(p).isEqualTo("answers[" + nh + "]: choices.alpha is not an element of the order-q subgroup (spec §4.2, type G)"));

    Ballot betaOutside = reSigned(ballot, nh, new NonHomomorphicAnswer(new Ciphertext(c.alpha(), group.p().subtract(c.beta())), proof), secret, group);
    assertThat(checker.check(betaOutside)).hasValueSatisfying(p -> assertThat(p).contains("choices.beta is not an element of the order-q subgroup"));

    Ballot outOfRange = reSigned(ballot, nh, new NonHomomorphicAnswer(c, new Proof(proof.challenge(), proof.response().add(group.q()))), secret, group);
    assertThat(checker.check(outOfRange)).hasValueSatisfying(p -> assertThat(p).contains("not in [0, q)"));

    Ballot notReSigned = new Ballot(ballot.electionUuid(), ballot.electionHash(), ballot.credential(), badResponse.answers(), ballot.signature());
    assertThat(checker.check(notReSigned)).hasValueSatisfying(p -> assertThat(p).startsWith("signature.hash is"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void answersOfTheWrongKindAreRejected(Case golden) throws Exception {
    Election election = golden.election();
    BallotChecker checker = new BallotChecker(election);
    Ballot ballot = Ballot.parse(golden.ballots().get(0));
    BigInteger secret = Credential.parse(golden.credentials().get(0)).orElseThrow().secret(election.group(), election.uuid());
    int nh = nonHomomorphicIndex(election);
    Ballot other = Ballot.parse(golden.ballots().get(1));
    Answer homomorphic =
        new HomomorphicAnswer(other.answers().get(nh).choices(), List.of(), List.of(), Optional.empty());
    assertThat(checker.check(reSigned(ballot, nh, homomorphic, secret, election.group())))
        .hasValueSatisfying(p -> assertThat(p).contains("an answer_h (spec §4.11.1) to a non-homomorphic question"));
    // Another voter's answer copied into this ballot: the proof is bound to S = φ|credential.
    assertThat(checker.check(reSigned(ballot, nh, other.answers().get(nh), secret, election.group())))
        .hasValueSatisfying(p -> assertThat(p).contains("proof does not prove knowledge"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void ourBallotsForTheSameVotesPassOurCheckerAndRoundTrip(Case golden) throws Exception {
    BallotFactory factory = new BallotFactory(golden.election(), RANDOM);
    BallotChecker checker = new BallotChecker(golden.election());
    for (int i = 0; i < golden.votes().size(); i++) {
      Ballot ballot = factory.create(Credential.parse(golden.credentials().get(i)).orElseThrow(), choices(golden.votes().get(i)));
      assertThat(checker.check(ballot)).as(golden.votes().get(i)).isEmpty();
      byte[] json = ballot.toJson();
      assertThat(Ballot.parse(json).toJson()).isEqualTo(json);
      // Same shape as belenios-tool's: identical once every number is blanked out.
      assertThat(shape(json)).isEqualTo(shape(golden.ballots().get(i)));
    }
  }

  private static String shape(byte[] json) {
    return new String(json, StandardCharsets.UTF_8).replaceAll("\"[0-9A-Za-z+/]+\"", "\"…\"");
  }

  private static List<List<Integer>> choices(String vote) throws Exception {
    com.fasterxml.jackson.databind.JsonNode node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(vote);
    List<List<Integer>> out = new ArrayList<>();
    node.forEach(q -> {
      List<Integer> values = new ArrayList<>();
      q.forEach(v -> values.add(v.intValue()));
      out.add(values);
    });
    return out;
  }

  private static int nonHomomorphicIndex(Election election) {
    for (int i = 0; i < election.questions().size(); i++) {
      if (election.questions().get(i) instanceof NonHomomorphicQuestion) {
        return i;
      }
    }
    throw new AssertionError("no non-homomorphic question");
  }

  /** The ballot with answer {@code index} replaced, signed again with the voter's credential. */
  static Ballot reSigned(Ballot ballot, int index, Answer replacement, BigInteger secret, Group group) {
    List<Answer> answers = new ArrayList<>(ballot.answers());
    answers.set(index, replacement);
    Ballot unsigned = new Ballot(ballot.electionUuid(), ballot.electionHash(), ballot.credential(), answers, Optional.empty());
    String hash = unsigned.hashWithoutSignature();
    Proof signature = BallotSignature.sign(group, secret, hash, RANDOM);
    return new Ballot(ballot.electionUuid(), ballot.electionHash(), ballot.credential(), answers, Optional.of(new Signature(hash, signature)));
  }
}
