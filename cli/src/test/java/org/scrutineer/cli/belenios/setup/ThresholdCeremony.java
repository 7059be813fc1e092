package org.scrutineer.cli.belenios.setup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.scrutineer.cli.Implementation;

/**
 * demo-threshold.sh's key ceremony with each trustee played by a chosen implementation: trustee i
 * works in {@code t<i>/}, the administrator (steps 4 and 6) in {@code admin/}. Certificates are in
 * trustee order.
 */
public final class ThresholdCeremony {
  public static final String GROUP = "BELENIOS-2048";

  /** The group every keygen call of this ceremony names. */
  public final String group;

  public final Path dir;
  public final List<Implementation> trustees;
  public final List<Path> trusteeDirs = new ArrayList<>();
  /** Trustee i's certificate id (the SHA-256 of its message). */
  public final List<String> ids = new ArrayList<>();
  public final Path certs;
  public final Path polynomials;
  public final Path admin;
  public byte[] thresholdJson;

  private ThresholdCeremony(Path dir, String group, List<Implementation> trustees) {
    this.dir = dir;
    this.group = group;
    this.trustees = List.copyOf(trustees);
    this.certs = dir.resolve("certs.jsons");
    this.polynomials = dir.resolve("polynomials.jsons");
    this.admin = dir.resolve("admin");
  }

  public static Implementation other(Implementation implementation) {
    return implementation == Implementation.SCRUTINEER ? Implementation.BELENIOS_TOOL : Implementation.SCRUTINEER;
  }

  /** Steps 1 to 3: certificates, their check by both tools, polynomials. */
  public static ThresholdCeremony upToPolynomials(Path dir, List<Implementation> trustees, int threshold) {
    return upToPolynomials(dir, GROUP, trustees, threshold);
  }

  /** As {@link #upToPolynomials(Path, List, int)} in {@code group}. */
  public static ThresholdCeremony upToPolynomials(Path dir, String group, List<Implementation> trustees, int threshold) {
    ThresholdCeremony c = new ThresholdCeremony(dir, group, trustees);
    try {
      StringBuilder certs = new StringBuilder();
      for (int i = 0; i < trustees.size(); i++) {
        Path t = Files.createDirectories(dir.resolve("t" + (i + 1)));
        c.trusteeDirs.add(t);
        c.run(trustees.get(i), t, null, "--step", "1");
        Path cert = only(t, ".cert");
        c.ids.add(cert.getFileName().toString().replace(".cert", ""));
        certs.append(Files.readString(cert));
      }
      Files.writeString(c.certs, certs);
      for (Implementation checker : Implementation.values()) {
        c.run(checker, dir, null, "--certs", c.certs.toString(), "--step", "2");
      }
      StringBuilder polynomials = new StringBuilder();
      for (int i = 0; i < trustees.size(); i++) {
        polynomials.append(c.polynomial(i, threshold));
      }
      Files.writeString(c.polynomials, polynomials);
      Files.createDirectories(c.admin);
      return c;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Trustee i's step 3 output line (with its newline). */
  public String polynomial(int i, int threshold) {
    return run(trustees.get(i), trusteeDirs.get(i), null, "--certs", certs.toString(), "--key", key(i), "--step", "3", "--threshold", Integer.toString(threshold)).out();
  }

  public String key(int i) {
    return trusteeDirs.get(i).resolve(ids.get(i) + ".key").toString();
  }

  /** Steps 4 (by {@code step4}), 5 (each trustee) and 6 (by {@code step6}), in {@code admin/}. */
  public ThresholdCeremony finish(Implementation step4, Implementation step6) {
    try {
      run(step4, admin, null, "--certs", certs.toString(), "--step", "4", "--polynomials", polynomials.toString());
      StringBuilder outputs = new StringBuilder();
      for (int i = 0; i < trustees.size(); i++) {
        byte[] vinput = Files.readAllBytes(admin.resolve(ids.get(i) + ".vinput"));
        outputs.append(run(trustees.get(i), trusteeDirs.get(i), vinput, "--certs", certs.toString(), "--key", key(i), "--step", "5").out());
      }
      Files.writeString(dir.resolve("voutputs.jsons"), outputs);
      thresholdJson = run(step6, admin, outputs.toString().getBytes(StandardCharsets.UTF_8),
          "--certs", certs.toString(), "--step", "6", "--polynomials", polynomials.toString()).stdout();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path dkey(int i) {
    return admin.resolve(ids.get(i) + ".dkey");
  }

  public static org.scrutineer.cli.CommandRun keygen(Implementation who, Path dir, byte[] stdin, String... args) {
    return keygen(GROUP, who, dir, stdin, args);
  }

  /** {@code setup generate-trustee-key-threshold --group} this ceremony's group, then {@code args}. */
  public org.scrutineer.cli.CommandRun run(Implementation who, Path dir, byte[] stdin, String... args) {
    return keygen(group, who, dir, stdin, args);
  }

  static org.scrutineer.cli.CommandRun keygen(String group, Implementation who, Path dir, byte[] stdin, String... args) {
    List<String> all = new ArrayList<>(List.of("setup", "generate-trustee-key-threshold", "--group", group));
    all.addAll(List.of(args));
    return stdin == null ? who.ok(dir, all.toArray(String[]::new)) : who.ok(dir, stdin, all.toArray(String[]::new));
  }

  static Path only(Path dir, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
      if (found.size() != 1) {
        throw new IllegalStateException("expected one *" + suffix + " in " + dir + ", found " + found);
      }
      return found.get(0);
    }
  }
}
