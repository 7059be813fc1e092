package org.scrutineer.contest.directory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.scrutineer.contest.step.Step;
import org.scrutineer.contest.step.StepRecord;

/**
 * One step's writes, all or nothing (docs/adr/0012-contest-design.md): new and replaced files are
 * written under {@code .staging/STEP-N/} ({@link #file}), files grown in place by an append (a
 * ballot archive: {@link #appendedTo}) are noted with their length before; {@link #commit} fsyncs
 * the staged files, moves each into place atomically, and writes {@code contest.json} with the
 * step's record — the SHA-256 of every file it wrote — last, through a temporary file, an fsync
 * and an atomic move. {@link #close} without a commit deletes the staging directory and cuts the
 * appended files back to their length before, so a refused or failed step changes nothing.
 *
 * <p>One window is left: a crash after some files were moved in and before {@code contest.json}
 * was. Then every later step refuses, naming the file that does not match its record; restoring
 * that file (or, for a step that may be redone, redoing it) mends it.
 */
public final class StepWrite implements AutoCloseable {
  private final ContestDirectory contest;
  private final Step step;
  private final ContestFile before;
  private final Path staging;
  private final Map<String, Path> staged = new TreeMap<>();
  private final Map<String, Long> appended = new LinkedHashMap<>();
  private boolean committed;

  private StepWrite(ContestDirectory contest, Step step, ContestFile before, Path staging) {
    this.contest = contest;
    this.step = step;
    this.before = before;
    this.staging = staging;
  }

  static StepWrite begin(ContestDirectory contest, Step step, ContestFile before) throws IOException {
    Path parent = Files.createDirectories(contest.root().resolve(ContestDirectory.STAGING));
    return new StepWrite(contest, step, before, Files.createTempDirectory(parent, step.command() + "-"));
  }

  /**
   * Where to write the file that will be {@code relative} in the contest once committed (parent
   * directories made). Writing it is the caller's business; every file so named must exist at the
   * commit.
   */
  public Path file(String relative) throws IOException {
    Path path = staging.resolve("files").resolve(relative);
    Files.createDirectories(path.getParent());
    staged.put(relative, path);
    return path;
  }

  /** Writes {@code bytes} as the new {@code relative}. */
  public void write(String relative, byte[] bytes) throws IOException {
    Files.write(file(relative), bytes);
  }

  /** A scratch directory for the step's own work (never moved into the contest). */
  public Path scratch(String name) throws IOException {
    return Files.createDirectories(staging.resolve("scratch").resolve(name));
  }

  /**
   * Notes that the step is about to append to {@code relative} in place: its digest is recorded at
   * the commit, and without a commit it is cut back to the length it has now.
   */
  public Path appendedTo(String relative) throws IOException {
    Path path = contest.resolve(relative);
    appended.putIfAbsent(relative, Files.size(path));
    return path;
  }

  /**
   * Moves the staged files in and records the step in {@code contest.json} ({@code next} is the
   * contest as it stands after the step, without the step's record: this adds it).
   *
   * @return the contest file written
   */
  public ContestFile commit(ContestFile next) throws IOException {
    if (committed) {
      throw new IllegalStateException("committed already");
    }
    Map<String, String> digests = new TreeMap<>();
    for (Map.Entry<String, Path> file : staged.entrySet()) {
      if (!Files.isRegularFile(file.getValue())) {
        throw new IllegalStateException(step.command() + " named " + file.getKey() + " but did not write it");
      }
      force(file.getValue());
      digests.put(file.getKey(), ContestDirectory.sha256(file.getValue()));
    }
    for (String file : appended.keySet()) {
      force(contest.resolve(file));
      digests.put(file, ContestDirectory.sha256(contest.resolve(file)));
    }
    ContestFile written = next.withProgress(next.progress().record(new StepRecord(step, digests)));
    Path contestJson = staging.resolve(ContestDirectory.CONTEST_FILE);
    Files.write(contestJson, written.toJson());
    force(contestJson);
    for (Map.Entry<String, Path> file : staged.entrySet()) {
      Path target = contest.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      move(file.getValue(), target);
    }
    move(contestJson, contest.resolve(ContestDirectory.CONTEST_FILE));
    committed = true;
    return written;
  }

  /** Without a commit: deletes the staging directory and cuts appended files back. */
  @Override
  public void close() throws IOException {
    try {
      if (!committed) {
        for (Map.Entry<String, Long> file : appended.entrySet()) {
          try (FileChannel channel = FileChannel.open(contest.resolve(file.getKey()), StandardOpenOption.WRITE)) {
            channel.truncate(file.getValue());
            channel.force(true);
          }
        }
      }
    } finally {
      deleteTree(staging);
      Path parent = staging.getParent();
      try (var left = Files.list(parent)) {
        if (left.findAny().isEmpty()) {
          Files.delete(parent);
        }
      }
    }
  }

  public Step step() {
    return step;
  }

  /** The contest as it was when the step began. */
  public ContestFile before() {
    return before;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("cannot move " + from + " to " + to + " atomically (the staging directory is inside the contest, so this should not happen)", e);
    }
    syncDirectory(to.getParent());
  }

  private static void force(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) { // fsync needs no write access (keys are 0400)
      channel.force(true);
    }
  }

  /** Makes a rename durable (POSIX: fsync the directory); not possible on every platform. */
  private static void syncDirectory(Path directory) throws IOException {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Windows cannot open a directory; the rename itself is still atomic there.
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path directory, IOException e) throws IOException {
        Files.delete(directory);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
