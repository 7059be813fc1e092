package org.scrutineer.contest.directory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.scrutineer.contest.error.ContestError;
import org.scrutineer.contest.error.StepRefused;
import org.scrutineer.contest.step.ContestProgress;
import org.scrutineer.contest.step.Step;

/**
 * A contest directory (docs/adr/0012-contest-design.md): where {@code contest.json} is, whether a
 * step may run in it now, and the staging of a step's writes ({@link #begin}).
 */
public final class ContestDirectory {
  /** The commit point every writing step rewrites last. */
  public static final String CONTEST_FILE = "contest.json";
  /** Where steps stage what they write; never part of the contest. */
  static final String STAGING = ".staging";

  private final Path root;

  public ContestDirectory(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  /** A path inside the contest directory, e.g. {@code sections/member/cast}. */
  public Path resolve(String relative) {
    return root.resolve(relative);
  }

  /** The contest as {@code contest.json} describes it; empty where {@code init} has not run. */
  public Optional<ContestFile> read() throws IOException {
    try {
      return Optional.of(ContestFile.parse(Files.readAllBytes(root.resolve(CONTEST_FILE))));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether {@code step} may run now: refused while an earlier step is missing or the step is
   * frozen ({@link ContestProgress#refusal}), or while a file an earlier step wrote has changed or is
   * gone. Every such problem, or none.
   */
  public List<ContestError> check(Step step) throws IOException {
    Optional<ContestFile> contest;
    try {
      contest = read();
    } catch (IllegalArgumentException damaged) {
      return List.of(new StepRefused(step.command(), "cannot read " + root.resolve(CONTEST_FILE) + ": " + damaged.getMessage(),
          "restore contest.json from a copy"));
    }
    if (contest.isEmpty() && step != Step.INIT) {
      return List.of(new StepRefused(step.command(), "finds no contest in " + root, "run `scrutineer contest init` there first, or give the contest's --dir"));
    }
    ContestProgress progress = contest.map(ContestFile::progress).orElse(ContestProgress.empty());
    List<ContestError> problems = new ArrayList<>();
    progress.refusal(step).ifPresent(problems::add);
    problems.addAll(progress.changedFiles(digests(progress.expectedFiles().keySet())));
    return problems;
  }

  /** The SHA-256 (hex) of each of {@code files} that exists; those that do not are left out. */
  public Map<String, String> digests(Iterable<String> files) throws IOException {
    Map<String, String> found = new LinkedHashMap<>();
    for (String file : files) {
      Path path = root.resolve(file);
      if (Files.isRegularFile(path)) {
        found.put(file, sha256(path));
      }
    }
    return found;
  }

  /**
   * Every file under the directory with its SHA-256, staging and the lock file excepted: what "changes nothing"
   * compares (tests, and an auditor's before/after).
   */
  public Map<String, String> snapshot() throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(root)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.filter(Files::isRegularFile).toList()) {
        String relative = relative(path);
        if (!relative.startsWith(STAGING + "/") && !relative.equals(DirectoryLock.FILE)) {
          files.put(relative, sha256(path));
        }
      }
    }
    return files;
  }

  /** Starts {@code step}'s writes in a staging directory; nothing is visible until it commits. */
  public StepWrite begin(Step step, ContestFile before) throws IOException {
    return StepWrite.begin(this, step, before);
  }

  /** {@code path} relative to the root, with {@code /} between names. */
  String relative(Path path) {
    return root.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  /** SHA-256 of a file's bytes in lower-case hex, streamed. */
  public static String sha256(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        digest.update(buffer, 0, read);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
