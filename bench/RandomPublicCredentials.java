import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.stream.IntStream;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.hash.Decimal;

/**
 * Writes a Belenios public-credentials list (a JSON array of decimal strings, spec §4.8) of N
 * random BELENIOS-2048 elements g^x to standard output, for scale benchmarks that need an
 * electorate of a million without deriving a million private credentials (PBKDF2 each).
 * Run with the jar on the class path (and java.math opened, see docs/adr/0003): java --add-opens
 * java.base/java.math=ALL-UNNAMED -cp cli/target/scrutineer.jar bench/RandomPublicCredentials.java N
 */
public final class RandomPublicCredentials {
  private static final int CHUNK = 10_000;

  public static void main(String[] args) throws IOException {
    if (args.length != 1 || !args[0].matches("[1-9][0-9]*")) {
      System.err.println("usage: RandomPublicCredentials N   (N > 0 credentials to write)");
      System.exit(2);
    }
    int n = Integer.parseInt(args[0]);
    Group group = Group.BELENIOS_2048;
    SecureRandom random = new SecureRandom();
    try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.US_ASCII), 1 << 20)) {
      out.write('[');
      for (int start = 0; start < n; start += CHUNK) {
        int end = Math.min(n, start + CHUNK);
        String[] texts = new String[end - start];
        IntStream.range(0, texts.length).parallel().forEach(i -> {
          BigInteger credential = group.powG(group.randomExponent(random));
          texts[i] = Decimal.of(credential);
        });
        for (int i = 0; i < texts.length; i++) {
          if (start + i > 0) {
            out.write(',');
          }
          out.write('"');
          out.write(texts[i]);
          out.write('"');
        }
        System.err.printf("\r%d / %d credentials", end, n);
      }
      out.write("]\n");
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    System.err.println();
  }
}
