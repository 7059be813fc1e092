package org.scrutineer.contest.directory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One step at a time on a contest directory: a step holds an operating-system lock on its {@code
 * .lock} file while it checks, writes and commits, so that two processes — two {@code cast}s, a
 * {@code cast} and a {@code close} — never interleave their appends or overwrite each other's
 * record in {@code contest.json}. Writing steps take it exclusively, {@code verify} shared (it may
 * read beside another reader, never beside a writer). The lock goes with the process, so a crash
 * never leaves the contest locked.
 */
public final class DirectoryLock implements AutoCloseable {
  /** The lock file, in the contest directory; empty, never part of the contest. */
  public static final String FILE = ".lock";

  private final FileChannel channel;
  private final FileLock lock;

  private DirectoryLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * The lock on {@code root}'s contest, or empty when another process (or another step in this
   * one) holds it in a way that excludes this one.
   *
   * @param shared whether others may hold it shared at the same time (readers)
   */
  public static Optional<DirectoryLock> tryAcquire(Path root, boolean shared) throws IOException {
    Files.createDirectories(root);
    FileChannel channel = FileChannel.open(root.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    try {
      FileLock lock = channel.tryLock(0, Long.MAX_VALUE, shared);
      if (lock == null) {
        channel.close();
        return Optional.empty();
      }
      return Optional.of(new DirectoryLock(channel, lock));
    } catch (OverlappingFileLockException heldHere) {
      channel.close();
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
