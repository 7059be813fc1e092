package org.scrutineer.belenios.trustee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.elgamal.ElGamal;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.threshold.Lagrange;

/**
 * The six steps of Belenios spec 2.0 §3.1.1 ("Pedersen" protocol) run in memory, 2 of 3: the parameters check, the
 * election key is Π g^a_i,0, any two members' decryption keys decrypt an ElGamal ciphertext under
 * it, one does not; a share sent to the wrong trustee or a changed voutput is refused by name.
 */
class PedersenCeremonyTest {
  private static final Group GROUP = Group.BELENIOS_2048;
  private final SecureRandom random = new SecureRandom(new byte[] {7});
  private final PedersenCeremony ceremony = new PedersenCeremony(GROUP);

  record Done(List<PedersenCeremony.Trustee> trustees, List<SignedMessage> certs, List<TrusteePolynomial> polynomials,
      List<VerificationInput> inputs, List<VerificationOutput> outputs, ThresholdParameters parameters) {}

  private Done run(int n, int t) throws CeremonyException {
    List<PedersenCeremony.Trustee> trustees = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      trustees.add(ceremony.generate(random));
    }
    List<SignedMessage> certs = trustees.stream().map(PedersenCeremony.Trustee::certificate).toList();
    ceremony.checkCertificates(certs);
    List<TrusteePolynomial> polynomials = new ArrayList<>();
    for (PedersenCeremony.Trustee trustee : trustees) {
      polynomials.add(ceremony.polynomial(certs, trustee.seed(), t, random));
    }
    List<VerificationInput> inputs = ceremony.verificationInputs(certs, polynomials);
    List<VerificationOutput> outputs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      outputs.add(ceremony.verify(certs, trustees.get(i).seed(), inputs.get(i), random));
    }
    return new Done(trustees, certs, polynomials, inputs, outputs, ceremony.parameters(certs, polynomials, outputs));
  }

  @Test
  void anyTwoOfThreeDecryptAndOneDoesNot() throws Exception {
    Done done = run(3, 2);
    assertThat(done.parameters().problem(GROUP)).isEmpty();
    BigInteger y = done.parameters().combinedKey(GROUP);
    BigInteger[] keys = new BigInteger[3];
    for (int i = 0; i < 3; i++) {
      keys[i] = ceremony.openDecryptionKey(done.trustees().get(i).seed(), done.outputs().get(i).privateKey());
      assertThat(GROUP.powG(keys[i])).isEqualTo(done.parameters().verificationKeys().get(i).publicKey());
    }
    BigInteger m = BigInteger.valueOf(5);
    Ciphertext c = ElGamal.encrypt(GROUP, y, m, GROUP.randomExponent(random));
    int[][] pairs = {{1, 2}, {1, 3}, {2, 3}};
    for (int[] pair : pairs) {
      List<Integer> indices = List.of(pair[0], pair[1]);
      List<BigInteger> factors = List.of(GROUP.pow(c.alpha(), keys[pair[0] - 1]), GROUP.pow(c.alpha(), keys[pair[1] - 1]));
      assertThat(GROUP.div(c.beta(), Lagrange.combine(GROUP, indices, factors))).as("members " + indices).isEqualTo(GROUP.powG(m));
    }
    assertThat(GROUP.div(c.beta(), GROUP.pow(c.alpha(), keys[0]))).isNotEqualTo(GROUP.powG(m));
  }

  @Test
  void aShareForAnotherTrusteeOrAChangedOutputIsRefusedByName() throws Exception {
    Done done = run(3, 2);
    VerificationInput mine = done.inputs().get(1);
    List<String> secrets = new ArrayList<>(mine.secrets());
    secrets.set(0, done.inputs().get(2).secrets().get(0)); // trustee 1's share for trustee 3
    VerificationInput misrouted = new VerificationInput(mine.polynomial(), secrets, mine.coefexps());
    assertThatThrownBy(() -> ceremony.verify(done.certs(), done.trustees().get(1).seed(), misrouted, random))
        .isInstanceOf(CeremonyException.class).hasMessageStartingWith("secret 1 cannot be decrypted");
    List<VerificationOutput> outputs = new ArrayList<>(done.outputs());
    outputs.set(2, new VerificationOutput(outputs.get(2).privateKey(), outputs.get(0).publicKey()));
    assertThatThrownBy(() -> ceremony.parameters(done.certs(), done.polynomials(), outputs))
        .isInstanceOf(CeremonyException.class).hasMessage("verification key 3 is incorrect");
    assertThatThrownBy(() -> ceremony.openDecryptionKey(done.trustees().get(0).seed(), done.outputs().get(1).privateKey()))
        .isInstanceOf(CeremonyException.class).hasMessageStartingWith("decryption key cannot be decrypted");
    PedersenCeremony.Trustee stranger = ceremony.generate(random);
    assertThatThrownBy(() -> ceremony.polynomial(done.certs(), stranger.seed(), 2, random))
        .isInstanceOf(CeremonyException.class).hasMessage("could not find my certificate");
  }
}
