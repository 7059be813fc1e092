package org.scrutineer.belenios.shuffle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrutineer.belenios.election.Election;
import org.scrutineer.belenios.election.NonHomomorphicQuestion;
import org.scrutineer.belenios.tally.EncryptedTally;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.shuffle.ShuffleCheck;
import org.scrutineer.crypto.shuffle.ShuffleProof;
import org.scrutineer.crypto.shuffle.VerifiableShuffle;

/**
 * belenios-tool 2.0's own shuffles (folders under {@code golden/}, see its README): we read each
 * byte for byte, our verifier accepts each proof, and rejects each tampered twin naming the check.
 */
class ShuffleGoldenTest {

  static Stream<Path> folders() throws IOException, URISyntaxException {
    Path golden = Path.of(ShuffleGoldenTest.class.getResource("golden").toURI());
    try (Stream<Path> list = Files.list(golden)) {
      return list.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("folders")
  void toolShufflesAreReadByteForByteAndVerify(Path folder) throws Exception {
    Election election = Election.parse(Files.readAllBytes(folder.resolve("election.json")));
    List<List<Ciphertext>> input = nonHomomorphic(election, folder);
    List<String> failures = new ArrayList<>();
    for (int k = 1; Files.exists(folder.resolve("shuffle-" + k + ".json")); k++) {
      byte[] bytes = Files.readAllBytes(folder.resolve("shuffle-" + k + ".json"));
      Shuffle shuffle = Shuffle.parse(bytes);
      assertThat(shuffle.toJson()).as("shuffle-%d.json written back", k).isEqualTo(bytes);
      assertThat(shuffle.ciphertexts()).hasSameSizeAs(input);
      for (int question = 0; question < input.size(); question++) {
        String where = folder.getFileName() + " shuffle-" + k + " question " + question;
        List<Ciphertext> in = input.get(question);
        List<Ciphertext> out = shuffle.ciphertexts().get(question);
        ShuffleProof proof = shuffle.proofs().get(question);
        ShuffleCheck check = verify(election, in, out, proof);
        if (!check.valid()) {
          failures.add(where + ": tool's proof rejected: " + check);
        }
        for (Twin twin : twins(election, in, out, proof)) {
          ShuffleCheck tampered = verify(election, twin.input(), twin.output(), twin.proof(), twin.fingerprint());
          if (!(tampered instanceof ShuffleCheck.Failed failed) || !failed.check().equals(twin.expectedCheck())) {
            failures.add(where + ": " + twin.name() + " gave " + tampered + ", expected " + twin.expectedCheck());
          }
        }
      }
      input = shuffle.ciphertexts();
    }
    assertThat(failures).isEmpty();
  }

  /** The ciphertexts of the non-homomorphic questions, in question order (spec §4.17 nh_ciphertexts). */
  static List<List<Ciphertext>> nonHomomorphic(Election election, Path folder) throws Exception {
    EncryptedTally tally = EncryptedTally.parse(Files.readAllBytes(folder.resolve("encrypted_tally.json")));
    List<List<Ciphertext>> nh = new ArrayList<>();
    for (int i = 0; i < election.questions().size(); i++) {
      if (election.questions().get(i) instanceof NonHomomorphicQuestion) {
        nh.add(tally.questions().get(i));
      }
    }
    return nh;
  }

  private record Twin(String name, String fingerprint, List<Ciphertext> input, List<Ciphertext> output, ShuffleProof proof, String expectedCheck) {}

  private static List<Twin> twins(Election election, List<Ciphertext> in, List<Ciphertext> out, ShuffleProof p) {
    Group group = election.group();
    String phi = election.fingerprint();
    List<Twin> twins = new ArrayList<>();
    List<Ciphertext> swapped = new ArrayList<>(out);
    swapped.set(0, out.get(1));
    swapped.set(1, out.get(0));
    twins.add(new Twin("output permuted without a matching proof", phi, in, swapped, p, "t1"));
    List<Ciphertext> reEncrypted = new ArrayList<>(out);
    Ciphertext first = out.get(0);
    reEncrypted.set(0, new Ciphertext(group.mul(first.alpha(), group.g()), group.mul(first.beta(), election.publicKey())));
    twins.add(new Twin("output[0] re-encrypted again", phi, in, reEncrypted, p, "t1"));
    twins.add(new Twin("wrong challenge (another fingerprint)", phi + "x", in, out, p, "t1"));
    ShuffleProof s4 = new ShuffleProof(p.t1(), p.t2(), p.t3(), p.t41(), p.t42(), p.tHat(), p.s1(), p.s2(), p.s3(),
        p.s4().add(BigInteger.ONE).mod(group.q()), p.sHat(), p.sPrime(), p.commitments(), p.chain());
    twins.add(new Twin("response s4 changed", phi, in, out, s4, "t41"));
    List<Ciphertext> notMember = new ArrayList<>(out);
    notMember.set(1, new Ciphertext(out.get(1).alpha(), group.p().subtract(out.get(1).beta())));
    twins.add(new Twin("output[1].beta negated (outside the subgroup)", phi, in, notMember, p, "output[1] in group"));
    return twins;
  }

  private static ShuffleCheck verify(Election election, List<Ciphertext> in, List<Ciphertext> out, ShuffleProof proof) {
    return verify(election, in, out, proof, election.fingerprint());
  }

  private static ShuffleCheck verify(Election election, List<Ciphertext> in, List<Ciphertext> out, ShuffleProof proof, String phi) {
    return VerifiableShuffle.verify(election.group(), phi, election.publicKey(), in, out, proof);
  }
}
