package org.scrutineer.archive.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.archive.ArchiveWriter;
import org.scrutineer.archive.event.EventType;
import org.scrutineer.belenios.ballot.Ballot;
import org.scrutineer.belenios.ballot.BallotFactory;
import org.scrutineer.belenios.election.Election;
import org.scrutineer.belenios.election.ElectionTemplate;
import org.scrutineer.belenios.shuffle.Shuffle;
import org.scrutineer.belenios.tally.DecryptionFactors;
import org.scrutineer.belenios.tally.ElectionResult;
import org.scrutineer.belenios.tally.EncryptedTally;
import org.scrutineer.belenios.tally.OwnedPayload;
import org.scrutineer.belenios.tally.PartialDecryption;
import org.scrutineer.belenios.tally.SizedEncryptedTally;
import org.scrutineer.belenios.trustee.TrusteePublicKey;
import org.scrutineer.belenios.trustee.Trustees;
import org.scrutineer.crypto.credential.Credential;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.hash.Sha256;
import org.scrutineer.crypto.shuffle.ShuffledCiphertexts;
import org.scrutineer.crypto.shuffle.VerifiableShuffle;

/**
 * The verifier on elections with a non-homomorphic (ranked) question, built in-process with the
 * library's own code (Belenios spec 2.0 §4.11.2, §4.16, §4.17, §4.18, §4.19) — the cases
 * belenios-tool cannot make: decrypting without a shuffle, EndShuffles without one, a weighted
 * voter. The golden folders (made by belenios-tool) and the interop tests cover the tool's archives.
 */
class NonHomomorphicVerificationTest {
  private static final String TEMPLATE =
      "{\"description\":\"d\",\"name\":\"n\",\"questions\":[{\"answers\":[\"Yes\",\"No\"],\"min\":0,\"max\":1,\"question\":\"Approve?\"},"
          + "{\"type\":\"NonHomomorphic\",\"value\":{\"answers\":[\"A\",\"B\",\"C\"],\"question\":\"Rank\"}}]}";
  private static final Group GROUP = Group.RFC_3526_2048;

  @TempDir Path dir;
  private final SecureRandom random = new SecureRandom();

  @Test
  void revotesShufflesAndDecryptionVerifyToTheLastBallotsCast() throws Exception {
    InProcessElection election = new InProcessElection(List.of(1, 1, 1));
    election.vote(0, List.of(List.of(1, 0), List.of(3, 2, 1))); // superseded below
    election.vote(0, List.of(List.of(1, 0), List.of(1, 2, 3)));
    election.vote(1, List.of(List.of(0, 1), List.of(2, 1, 3)));
    election.vote(2, List.of(List.of(0, 0), List.of(3, 1, 2)));
    election.tally();
    election.shuffle(1);
    election.shuffle(2);
    election.endShuffles();
    election.decryptAndPublish();

    VerificationReport report = verify(election.bel);
    assertThat(report.findings()).isEmpty();
    ElectionResult result = report.result().orElseThrow();
    assertThat(((ElectionResult.Counts) result.questions().get(0)).counts()).containsExactly(BigInteger.ONE, BigInteger.ONE);
    assertThat(((ElectionResult.DecryptedBallots) result.questions().get(1)).ballots())
        .containsExactlyInAnyOrder(List.of(1, 2, 3), List.of(2, 1, 3), List.of(3, 1, 2));
  }

  @Test
  void decryptingWithoutAShuffleIsAnEventOrderError() throws Exception {
    InProcessElection election = new InProcessElection(List.of(1, 1));
    election.vote(0, List.of(List.of(1, 0), List.of(1, 2, 3)));
    election.vote(1, List.of(List.of(0, 1), List.of(2, 1, 3)));
    election.tally();
    election.decryptAndPublish();

    VerificationReport report = verify(election.bel);
    assertThat(report.errors()).extracting(Finding::check).containsOnly(Check.EVENT_ORDER);
    assertThat(report.errors().get(0).message())
        .contains("a PartialDecryption event cannot come right after the EncryptedTally event")
        .contains("must be shuffled");
    assertThat(report.tallied()).isFalse();
  }

  @Test
  void endShufflesWithoutAShuffleIsRejected() throws Exception {
    InProcessElection election = new InProcessElection(List.of(1, 1));
    election.vote(0, List.of(List.of(1, 0), List.of(1, 2, 3)));
    election.vote(1, List.of(List.of(0, 1), List.of(2, 1, 3)));
    election.tally();
    election.endShuffles();
    election.decryptAndPublish();

    VerificationReport report = verify(election.bel);
    assertThat(report.errors()).extracting(Finding::check).containsExactly(Check.SHUFFLE);
    assertThat(report.errors().get(0).message()).contains("EndShuffles with no Shuffle before it");
  }

  @Test
  void aWeightedVoterCannotAnswerANonHomomorphicQuestion() throws Exception {
    InProcessElection election = new InProcessElection(List.of(1, 3));
    election.vote(0, List.of(List.of(1, 0), List.of(1, 2, 3)));
    election.vote(1, List.of(List.of(0, 1), List.of(2, 1, 3)));

    VerificationReport report = verify(election.bel);
    assertThat(report.errors()).extracting(Finding::check).containsExactly(Check.BALLOT_CREDENTIAL);
    assertThat(report.errors().get(0).message()).contains("has weight 3").contains("cannot be weighted");
    assertThat(report.errors().get(0).eventIndex()).hasValue(2L);
  }

  @Test
  void anUnsortedEncryptedTallyIsNotTheOneTheBallotsGive() throws Exception {
    InProcessElection election = new InProcessElection(List.of(1, 1, 1));
    election.vote(0, List.of(List.of(1, 0), List.of(1, 2, 3)));
    election.vote(1, List.of(List.of(0, 1), List.of(2, 1, 3)));
    election.vote(2, List.of(List.of(0, 0), List.of(3, 1, 2)));
    election.tallyWith(tally -> {
      List<Ciphertext> reversed = new ArrayList<>(tally.questions().get(1));
      java.util.Collections.reverse(reversed);
      return new EncryptedTally(List.of(tally.questions().get(0), reversed));
    });

    VerificationReport report = verify(election.bel);
    assertThat(report.errors()).extracting(Finding::check).containsExactly(Check.ENCRYPTED_TALLY);
  }

  private static VerificationReport verify(Path bel) throws Exception {
    return new ArchiveVerifier(VerifierOptions.defaults()).verify(bel);
  }

  /** One election in {@code dir}: one Single trustee, voters with the given weights. */
  private final class InProcessElection {
    final Election election;
    final BigInteger privateKey = GROUP.randomExponent(random);
    final List<Credential> credentials = new ArrayList<>();
    final Map<BigInteger, BigInteger> weights = new java.util.HashMap<>();
    final Path bel;
    final BallotFactory ballots;
    final List<Ballot> counted = new ArrayList<>();
    EncryptedTally tally;
    List<List<Ciphertext>> shuffled;
    int shuffles;

    InProcessElection(List<Integer> voterWeights) throws Exception {
      String uuid = "5K2yvfJmfaq3uR";
      TrusteePublicKey key = TrusteePublicKey.of(GROUP, privateKey, random);
      election = Election.create(
          ElectionTemplate.parse(TEMPLATE.getBytes(StandardCharsets.UTF_8), "template.json"), GROUP, key.publicKey(), uuid);
      List<String> publicCredentials = new ArrayList<>();
      for (int weight : voterWeights) {
        Credential credential = Credential.generate(random);
        credentials.add(credential);
        BigInteger pub = credential.publicCredential(GROUP, uuid);
        weights.put(pub, BigInteger.valueOf(weight));
        publicCredentials.add("\"" + pub + (weight == 1 ? "" : "," + weight) + "\"");
      }
      byte[] creds = ("[" + String.join(",", publicCredentials) + "]").getBytes(StandardCharsets.UTF_8);
      bel = ArchiveWriter.create(dir, election.bytes(), Trustees.ofSingles(List.of(key)).toJson(), creds, 1_700_000_000L);
      ballots = new BallotFactory(election, random);
    }

    void vote(int voter, List<List<Integer>> choices) throws Exception {
      Ballot ballot = ballots.create(credentials.get(voter), choices);
      counted.removeIf(b -> b.credential().equals(ballot.credential()));
      counted.add(ballot);
      ArchiveWriter.append(bel, EventType.Ballot, List.of(ballot.toJson()));
    }

    void tally() throws Exception {
      tallyWith(t -> t);
    }

    void tallyWith(java.util.function.UnaryOperator<EncryptedTally> change) throws Exception {
      ArchiveWriter.append(bel, EventType.EndBallots, List.of());
      EncryptedTally sums = EncryptedTally.empty(election);
      List<Ciphertext> nh = new ArrayList<>();
      for (Ballot ballot : counted) {
        sums = sums.plus(GROUP, ballot, BigInteger.ONE);
        nh.addAll(EncryptedTally.nonHomomorphicCiphertexts(election, ballot));
      }
      tally = change.apply(sums.withNonHomomorphic(election, List.of(nh)));
      shuffled = tally.nonHomomorphic(election);
      BigInteger total = counted.stream().map(b -> weights.get(b.credential())).reduce(BigInteger.ZERO, BigInteger::add);
      byte[] json = tally.toJson();
      ArchiveWriter.append(bel, EventType.EncryptedTally,
          List.of(json, new SizedEncryptedTally(counted.size(), total, Sha256.hex(json)).toJson()));
    }

    void shuffle(int owner) throws Exception {
      List<ShuffledCiphertexts> questions = shuffled.stream()
          .map(q -> VerifiableShuffle.shuffle(GROUP, election.fingerprint(), election.publicKey(), q, random))
          .collect(Collectors.toList());
      Shuffle shuffle = Shuffle.of(questions);
      shuffled = shuffle.ciphertexts();
      shuffles++;
      byte[] json = shuffle.toJson();
      ArchiveWriter.append(bel, EventType.Shuffle, List.of(json, new OwnedPayload(owner, Sha256.hex(json)).toJson()));
    }

    void endShuffles() throws Exception {
      ArchiveWriter.append(bel, EventType.EndShuffles, List.of());
    }

    void decryptAndPublish() throws Exception {
      EncryptedTally decrypted = shuffles == 0 ? tally : tally.withShuffled(election, shuffled);
      PartialDecryption decryption = PartialDecryption.compute(election, decrypted, privateKey, random);
      byte[] json = decryption.toJson();
      ArchiveWriter.append(bel, EventType.PartialDecryption, List.of(json, new OwnedPayload(1, Sha256.hex(json)).toJson()));
      DecryptionFactors.Combined factors = (DecryptionFactors.Combined) DecryptionFactors.combine(
          GROUP, Trustees.ofSingles(List.of(TrusteePublicKey.of(GROUP, privateKey, random))), Map.of(1, decryption));
      ElectionResult result = ElectionResult.compute(election, decrypted, BigInteger.valueOf(counted.size()), factors.factors());
      ArchiveWriter.append(bel, EventType.Result, List.of(result.toJson()));
    }
  }
}
