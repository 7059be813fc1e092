package org.scrutineer.contest.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryLockTest {
  @TempDir Path root;

  @Test
  void whileOneHoldsIt_noOtherGetsIt_andOnceReleasedTheNextDoes() throws Exception {
    Optional<DirectoryLock> first = DirectoryLock.tryAcquire(root, false);
    assertThat(first).isPresent();

    assertThat(DirectoryLock.tryAcquire(root, false)).as("a second writer").isEmpty();
    assertThat(DirectoryLock.tryAcquire(root, true)).as("a reader beside a writer").isEmpty();

    first.get().close();
    try (DirectoryLock next = DirectoryLock.tryAcquire(root, false).orElseThrow()) {
      assertThat(next).isNotNull();
    }
  }

  @Test
  void theLockFileIsNotPartOfTheContest() throws Exception {
    try (DirectoryLock lock = DirectoryLock.tryAcquire(root, false).orElseThrow()) {
      Files.writeString(root.resolve("contest.json"), "{}");

      assertThat(Files.exists(root.resolve(DirectoryLock.FILE))).isTrue();
      assertThat(new ContestDirectory(root).snapshot()).containsOnlyKeys("contest.json");
    }
  }
}
