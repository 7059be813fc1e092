package org.scrutineer.cli.belenios.setup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.belenios.trustee.CeremonyException;
import org.scrutineer.belenios.trustee.PedersenCeremony;
import org.scrutineer.belenios.trustee.SignedMessage;
import org.scrutineer.belenios.trustee.ThresholdParameters;
import org.scrutineer.belenios.trustee.TrusteePolynomial;
import org.scrutineer.belenios.trustee.VerificationInput;
import org.scrutineer.belenios.trustee.VerificationOutput;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.CommandFailure;
import org.scrutineer.cli.belenios.ToolFiles;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.hash.Sha256;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code setup generate-trustee-key-threshold --step 1…6}: the threshold key generation of Belenios
 * spec 2.0 §3.1.1 ("Pedersen" protocol) and §4.6, with belenios-tool 2.0's files and streams (as in {@code demo-threshold.sh}).
 * ID below is the SHA-256 hex of a certificate's message.
 *
 * <ol>
 *   <li>each trustee: writes {@code ID.cert} (0444) and {@code ID.key} (0400, the seed);
 *   <li>anyone: checks {@code --certs} (one certificate per line), "I: certificates are valid";
 *   <li>each trustee, {@code --certs --key --threshold}: prints its polynomial line;
 *   <li>administrator, {@code --certs --polynomials}: writes {@code ID.vinput} (0444) per trustee;
 *   <li>each trustee, {@code --certs --key}, its vinput on stdin: prints its voutput line;
 *   <li>administrator, {@code --certs --polynomials}, the voutputs on stdin (certificate order):
 *       writes {@code ID.dkey} (0400) per trustee and prints the threshold parameters.
 * </ol>
 */
@Command(
    name = "generate-trustee-key-threshold",
    mixinStandardHelpOptions = true,
    description = "Generate a trustee key usable with threshold decryption (steps 1 to 6).")
public final class GenerateTrusteeKeyThresholdCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Option(names = "--group", paramLabel = "GROUP", description = "Use group GROUP (BELENIOS-2048 or RFC-3526-2048).")
  private String group;

  @Option(names = "--protocol-version", paramLabel = "VERSION", description = "Protocol version (default: ${DEFAULT-VALUE}).")
  private int protocolVersion = SetupOptions.PROTOCOL_VERSION;

  @Option(names = "--step", paramLabel = "STEP", description = "Step to execute (1 to 6).")
  private int step;

  @Option(names = "--certs", paramLabel = "CERTS", description = "Read certificates from file CERTS.")
  private String certs;

  @Option(names = "--threshold", paramLabel = "THRESHOLD", description = "Threshold of trustees needed to decrypt.")
  private Integer threshold;

  @Option(names = "--key", paramLabel = "KEY", description = "Read private key from file KEY.")
  private String key;

  @Option(names = "--polynomials", paramLabel = "POLYNOMIALS", description = "Read polynomials (output of step 3) from file POLYNOMIALS.")
  private String polynomials;

  public GenerateTrusteeKeyThresholdCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws Exception {
    if (certs != null) {
      ToolFiles.existingFile(environment, "--certs", certs);
    }
    if (key != null) {
      ToolFiles.existingFile(environment, "--key", key);
    }
    if (polynomials != null) {
      ToolFiles.existingFile(environment, "--polynomials", polynomials);
    }
    Group chosen = SetupOptions.group(ToolFiles.mandatory("--group", group));
    SetupOptions.protocolVersion(protocolVersion);
    PedersenCeremony ceremony = new PedersenCeremony(chosen);
    SecureRandom random = environment.random().get();
    try {
      switch (step) {
        case 1 -> stepOne(ceremony, random);
        case 2 -> {
          ceremony.checkCertificates(certificates());
          environment.info("certificates are valid");
        }
        case 3 -> {
          List<SignedMessage> c = certificates();
          int t = ToolFiles.mandatory("--threshold", threshold);
          environment.output(ceremony.polynomial(c, seed(), t, random).toJson());
        }
        case 4 -> stepFour(ceremony);
        case 5 -> {
          List<SignedMessage> c = certificates();
          String seed = seed();
          List<byte[]> lines = ToolFiles.lines(environment.in().readAllBytes());
          if (lines.isEmpty()) {
            throw new CommandFailure("End_of_file (step 5 reads the trustee's vinput on standard input)");
          }
          VerificationInput input = VerificationInput.parse(lines.get(0), "vinput");
          environment.output(ceremony.verify(c, seed, input, random).toJson());
        }
        case 6 -> stepSix(ceremony);
        default -> throw new CommandFailure("invalid step (expected 1 to 6)");
      }
    } catch (CeremonyException e) {
      throw new CommandFailure(e.getMessage(), e);
    } catch (BeleniosFormatException e) {
      throw new CommandFailure(e.getMessage(), e);
    }
    return 0;
  }

  private void stepOne(PedersenCeremony ceremony, SecureRandom random) throws IOException {
    PedersenCeremony.Trustee trustee = ceremony.generate(random);
    String id = id(trustee.certificate());
    environment.info("certificate " + id + " has been generated");
    ToolFiles.createNew(environment.resolve(id + ".cert"), ToolFiles.withNewline(trustee.certificate().toJson()), ToolFiles.PUBLIC, id + ".cert");
    environment.info("certificate saved to " + id + ".cert");
    ToolFiles.createNew(environment.resolve(id + ".key"), ToolFiles.withNewline(ascii(trustee.seed())), ToolFiles.SECRET, id + ".key");
    environment.info("private key saved to " + id + ".key");
  }

  private void stepFour(PedersenCeremony ceremony) throws IOException, BeleniosFormatException, CeremonyException {
    List<SignedMessage> c = certificates();
    List<VerificationInput> inputs = ceremony.verificationInputs(c, polynomialLines());
    for (int i = 0; i < c.size(); i++) {
      String name = id(c.get(i)) + ".vinput";
      ToolFiles.createNew(environment.resolve(name), ToolFiles.withNewline(inputs.get(i).toJson()), ToolFiles.PUBLIC, name);
      environment.info("wrote " + name);
    }
  }

  private void stepSix(PedersenCeremony ceremony) throws IOException, BeleniosFormatException, CeremonyException {
    List<SignedMessage> c = certificates();
    List<TrusteePolynomial> p = polynomialLines();
    List<VerificationOutput> outputs = new ArrayList<>();
    List<byte[]> lines = ToolFiles.lines(environment.in().readAllBytes());
    for (int i = 0; i < lines.size(); i++) {
      outputs.add(VerificationOutput.parse(lines.get(i), "voutput line " + (i + 1)));
    }
    ThresholdParameters parameters = ceremony.parameters(c, p, outputs);
    for (int i = 0; i < c.size(); i++) {
      String name = id(c.get(i)) + ".dkey";
      ToolFiles.createNew(environment.resolve(name), ToolFiles.withNewline(ascii(outputs.get(i).privateKey())), ToolFiles.SECRET, name);
      environment.info("wrote " + name);
    }
    environment.output(parameters.toJson());
  }

  /** {@code --certs}: one signed certificate per line, after "I: loading NAME...". */
  private List<SignedMessage> certificates() throws IOException, BeleniosFormatException {
    List<byte[]> lines = load("--certs", certs);
    List<SignedMessage> result = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      result.add(SignedMessage.parse(lines.get(i), certs + ":" + (i + 1)));
    }
    return result;
  }

  private List<TrusteePolynomial> polynomialLines() throws IOException, BeleniosFormatException {
    List<byte[]> lines = load("--polynomials", polynomials);
    List<TrusteePolynomial> result = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      result.add(TrusteePolynomial.parse(lines.get(i), polynomials + ":" + (i + 1)));
    }
    return result;
  }

  private List<byte[]> load(String option, String value) throws IOException {
    Path file = ToolFiles.existingFile(environment, option, ToolFiles.mandatory(option, value));
    environment.info("loading " + Path.of(value).getFileName() + "...");
    return ToolFiles.lines(Files.readAllBytes(file));
  }

  /** {@code --key}: the seed, the file's lines joined (belenios-tool's {@code string_of_file}). */
  private String seed() throws IOException {
    Path file = ToolFiles.existingFile(environment, "--key", ToolFiles.mandatory("--key", key));
    return new String(ToolFiles.readText(file), StandardCharsets.UTF_8);
  }

  private static String id(SignedMessage certificate) {
    return Sha256.hex(certificate.message().getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
