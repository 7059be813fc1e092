package org.scrutineer.belenios.trustee;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.threshold.Commitments;
import org.scrutineer.crypto.threshold.Polynomial;
import org.scrutineer.crypto.threshold.TrusteeSeed;

/**
 * The six steps of the threshold key generation — Belenios spec 2.0 §3.1.1 "Filling in the trustees
 * structure" ("Pedersen" protocol, with the PKI of §4.6), in the message flow of belenios-tool's {@code setup
 * generate-trustee-key-threshold --step 1…6} ({@code MakePedersen}). Trustees are numbered 1…n in
 * certificate order. Every step rechecks the certificates; errors name the failing check and
 * trustee as the tool does.
 */
public final class PedersenCeremony {
  private final Group group;

  public PedersenCeremony(Group group) {
    this.group = group;
  }

  /** Step 1's outcome: the secret seed ({@code .key}) and the certificate ({@code .cert}). */
  public record Trustee(String seed, SignedMessage certificate) {}

  /** Step 1: a fresh seed, and cert_keys {g^sk, g^dk} signed with sk. */
  public Trustee generate(SecureRandom random) {
    String seed = TrusteeSeed.generate(random);
    BigInteger sk = group.modQ(TrusteeSeed.signingKey(seed));
    BigInteger dk = group.modQ(TrusteeSeed.decryptionKey(seed));
    CertificateKeys keys = new CertificateKeys(group.powG(sk), group.powG(dk));
    return new Trustee(seed, SignedMessage.sign(group, sk, keys.toMessage(), random));
  }

  /** Step 2: every certificate's signature verifies under its own verification key. */
  public List<CertificateKeys> checkCertificates(List<SignedMessage> certs) throws CeremonyException {
    List<CertificateKeys> keys = new ArrayList<>();
    for (int i = 0; i < certs.size(); i++) {
      try {
        keys.add(CertificateKeys.verified(group, certs.get(i), "certificate " + (i + 1)));
      } catch (BeleniosFormatException e) {
        throw new CeremonyException("certificate " + (i + 1) + " does not validate: " + e.getMessage());
      }
    }
    return List.copyOf(keys);
  }

  /**
   * Step 3 for the trustee holding {@code seed}: a random polynomial of {@code threshold}
   * coefficients, sent encrypted to itself, its shares P(j) sent to each trustee j, and its signed
   * commitments.
   */
  public TrusteePolynomial polynomial(List<SignedMessage> certs, String seed, int threshold, SecureRandom random)
      throws CeremonyException {
    List<CertificateKeys> keys = checkCertificates(certs);
    if (threshold < 1 || threshold > certs.size()) {
      throw new CeremonyException("threshold " + threshold + " must be between 1 and the number of trustees, " + certs.size());
    }
    BigInteger sk = group.modQ(TrusteeSeed.signingKey(seed));
    CertificateKeys mine = keys.get(myIndex(keys, seed) - 1);
    Polynomial p = Polynomial.random(group, threshold, random);
    String encrypted = SecureChannel.send(group, sk, mine.encryption(), PedersenMessages.numbers("polynomial", p.coefficients()), random);
    String commitments = PedersenMessages.numbers("coefexps", p.commitments(group));
    SignedMessage signed = SignedMessage.sign(group, sk, commitments, random);
    List<String> secrets = new ArrayList<>();
    for (int j = 1; j <= keys.size(); j++) {
      String secret = PedersenMessages.number("secret", p.evaluate(group, BigInteger.valueOf(j)));
      secrets.add(SecureChannel.send(group, sk, keys.get(j - 1).encryption(), secret, random));
    }
    return new TrusteePolynomial(encrypted, secrets, signed);
  }

  /** Step 4 (administrator): checks the commitments' signatures and routes the shares to each trustee. */
  public List<VerificationInput> verificationInputs(List<SignedMessage> certs, List<TrusteePolynomial> polynomials)
      throws CeremonyException {
    List<CertificateKeys> keys = checkCertificates(certs);
    sameCount(keys, polynomials.size(), "polynomials");
    List<SignedMessage> coefexps = polynomials.stream().map(TrusteePolynomial::coefexps).toList();
    commitments(keys, coefexps);
    List<VerificationInput> inputs = new ArrayList<>();
    for (int j = 0; j < keys.size(); j++) {
      List<String> secrets = new ArrayList<>();
      for (int i = 0; i < keys.size(); i++) {
        List<String> sent = polynomials.get(i).secrets();
        if (sent.size() != keys.size()) {
          throw new CeremonyException("polynomial " + (i + 1) + " has " + sent.size() + " secrets for " + keys.size() + " trustees");
        }
        secrets.add(sent.get(j));
      }
      inputs.add(new VerificationInput(polynomials.get(j).polynomial(), secrets, coefexps));
    }
    return List.copyOf(inputs);
  }

  /**
   * Step 5 for trustee j (holding {@code seed}): decrypts the share each trustee i sent, checks
   * g^share against i's commitments ("secret i does not validate"), and returns the sum of the
   * shares, encrypted to itself, with its verification key.
   */
  public VerificationOutput verify(List<SignedMessage> certs, String seed, VerificationInput input, SecureRandom random)
      throws CeremonyException {
    List<CertificateKeys> keys = checkCertificates(certs);
    int j = myIndex(keys, seed);
    BigInteger sk = group.modQ(TrusteeSeed.signingKey(seed));
    BigInteger dk = group.modQ(TrusteeSeed.decryptionKey(seed));
    String own = SecureChannel.receive(group, dk, keys.get(j - 1).verification(), input.polynomial(), "polynomial");
    int threshold;
    try {
      threshold = PedersenMessages.readNumbers(own, "polynomial", "polynomial").size();
    } catch (BeleniosFormatException e) {
      throw new CeremonyException("polynomial: " + e.getMessage());
    }
    sameCount(keys, input.secrets().size(), "secrets");
    List<List<BigInteger>> commitments = commitments(keys, input.coefexps());
    BigInteger sum = BigInteger.ZERO;
    for (int i = 1; i <= keys.size(); i++) {
      String what = "secret " + i;
      String text = SecureChannel.receive(group, dk, keys.get(i - 1).verification(), input.secrets().get(i - 1), what);
      BigInteger share;
      try {
        share = PedersenMessages.readNumber(text, "secret", what);
      } catch (BeleniosFormatException e) {
        throw new CeremonyException(what + ": " + e.getMessage());
      }
      if (commitments.get(i - 1).size() != threshold) {
        throw new CeremonyException("coefexps " + i + " has " + commitments.get(i - 1).size() + " commitments, expected the threshold " + threshold);
      }
      if (!Commitments.shareMatches(group, commitments.get(i - 1), j, share)) {
        throw new CeremonyException(what + " does not validate: g^share is not Π_k (g^a_k)^(j^k) of trustee " + i + "'s commitments");
      }
      sum = sum.add(share); // not reduced mod q, as belenios-tool writes it
    }
    TrusteePublicKey verificationKey = TrusteePublicKey.of(group, group.modQ(sum), random);
    String sealed = SecureChannel.send(group, sk, keys.get(j - 1).encryption(), PedersenMessages.number("decryption_key", sum), random);
    return new VerificationOutput(sealed, verificationKey);
  }

  /**
   * Step 6 (administrator): checks each verification key's proof ("pok j does not validate") and
   * value ("verification key j is incorrect"), and makes the threshold parameters.
   */
  public ThresholdParameters parameters(
      List<SignedMessage> certs, List<TrusteePolynomial> polynomials, List<VerificationOutput> outputs)
      throws CeremonyException {
    List<CertificateKeys> keys = checkCertificates(certs);
    sameCount(keys, polynomials.size(), "polynomials");
    sameCount(keys, outputs.size(), "verification outputs");
    List<SignedMessage> coefexps = polynomials.stream().map(TrusteePolynomial::coefexps).toList();
    List<List<BigInteger>> commitments = commitments(keys, coefexps);
    for (int j = 1; j <= keys.size(); j++) {
      TrusteePublicKey key = outputs.get(j - 1).publicKey();
      if (!key.isValid(group)) {
        throw new CeremonyException("pok " + j + " does not validate");
      }
      if (!key.publicKey().equals(Commitments.verificationKey(group, commitments, j))) {
        throw new CeremonyException("verification key " + j + " is incorrect");
      }
    }
    return new ThresholdParameters(
        commitments.get(0).size(), certs, coefexps, outputs.stream().map(VerificationOutput::publicKey).toList());
  }

  /**
   * The decryption key share in a {@code .dkey} file, opened with the seed's dk and checked to be
   * signed by the seed's own certificate key (belenios-tool's {@code tdecrypt}).
   */
  public BigInteger openDecryptionKey(String seed, String dkey) throws CeremonyException {
    BigInteger sk = group.modQ(TrusteeSeed.signingKey(seed));
    BigInteger dk = group.modQ(TrusteeSeed.decryptionKey(seed));
    String text = SecureChannel.receive(group, dk, group.powG(sk), dkey, "decryption key");
    try {
      BigInteger x = PedersenMessages.readNumber(text, "decryption_key", "decryption key");
      if (x.signum() < 0) {
        throw new CeremonyException("decryption key: negative");
      }
      return group.modQ(x);
    } catch (BeleniosFormatException e) {
      throw new CeremonyException("decryption key: " + e.getMessage());
    }
  }

  private List<List<BigInteger>> commitments(List<CertificateKeys> keys, List<SignedMessage> coefexps) throws CeremonyException {
    sameCount(keys, coefexps.size(), "coefexps");
    List<List<BigInteger>> all = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      if (!coefexps.get(i).verifies(group, keys.get(i).verification())) {
        throw new CeremonyException("coefexps " + (i + 1) + " does not validate");
      }
      try {
        all.add(PedersenMessages.readCoefexps(group, coefexps.get(i).message(), "coefexps " + (i + 1)));
      } catch (BeleniosFormatException e) {
        throw new CeremonyException(e.getMessage());
      }
    }
    return List.copyOf(all);
  }

  private int myIndex(List<CertificateKeys> keys, String seed) throws CeremonyException {
    BigInteger vk = group.powG(group.modQ(TrusteeSeed.signingKey(seed)));
    BigInteger ek = group.powG(group.modQ(TrusteeSeed.decryptionKey(seed)));
    for (int i = 0; i < keys.size(); i++) {
      if (keys.get(i).verification().equals(vk) && keys.get(i).encryption().equals(ek)) {
        return i + 1;
      }
    }
    throw new CeremonyException("could not find my certificate");
  }

  private static void sameCount(List<CertificateKeys> keys, int count, String what) throws CeremonyException {
    if (count != keys.size()) {
      throw new CeremonyException(count + " " + what + " for " + keys.size() + " certificates");
    }
  }
}
