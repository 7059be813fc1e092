package org.scrutineer.store.register;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scrutineer.electorate.InputProblem;

/** What {@link RegisterStore#importExtract} did: applied it, found nothing to change, or refused it. */
public sealed interface ImportOutcome {
  /** Committed (durably) as import {@code stored.id()}, with a row per file and every change in the log. */
  record Applied(StoredImport stored) implements ImportOutcome {}

  /**
   * The import would change nothing (the same content again, in any order): nothing was written,
   * not even an import row.
   *
   * @param sameFilesAs the latest earlier import that had a file of every kind given here with the same SHA-256
   */
  record NoOp(Map<String, KindCounts> counts, Optional<Long> sameFilesAs) implements ImportOutcome {
    public NoOp {
      counts = Map.copyOf(counts);
    }
  }

  /**
   * Refused for what only the store can see (a CLP dropped that stored records still name, an
   * exclusion that contradicts a recorded one): nothing was written.
   */
  record Rejected(List<InputProblem> problems) implements ImportOutcome {
    public Rejected {
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("a rejected import has a problem");
      }
    }
  }
}
