package org.scrutineer.store.register;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.scrutineer.electorate.csv.Extract;
import org.scrutineer.electorate.register.Exclusion;
import org.scrutineer.electorate.register.RecordKey;
import org.scrutineer.electorate.register.Register;
import org.scrutineer.store.database.Database;

/**
 * The register kept between imports. An import replaces the stored snapshot of each kind it gives
 * (CLPs, members, registered supporters, affiliated supporters) and adds exclusions; everything it
 * changes is logged field by field; nothing is deleted (docs/store.md).
 */
public interface RegisterStore {
  /** The store in this database; {@code clock} stamps imports. */
  static RegisterStore on(Database database, Clock clock) {
    return new SqlRegisterStore(database, clock);
  }

  /**
   * Applies an extract, already checked whole by {@code ExtractReader.read} against {@link
   * #storedClpCodes} and {@link #storedRecordKeys}, in one transaction: all of it or, on any
   * failure, none. Returns after the commit is durable. Importing what the store already holds is
   * a {@link ImportOutcome.NoOp} that writes nothing.
   *
   * @param source the file and SHA-256 of each kind the extract gives (one each, no others)
   * @throws IllegalArgumentException if the source does not name one file per kind given
   */
  default ImportOutcome importExtract(Extract extract, ImportSource source) {
    return importExtract(extract, source, stage -> {});
  }

  /**
   * As {@link #importExtract(Extract, ImportSource)}, telling {@code progress} as each stage of a
   * long import finishes (a kind compared with the store, a kind written), so that a command can
   * show where a million-record import is.
   */
  ImportOutcome importExtract(Extract extract, ImportSource source, java.util.function.Consumer<String> progress);

  /**
   * The register for evaluation: present CLPs and records (withdrawn ones are left out), records in
   * key order, and the exclusions against present records.
   */
  Register register();

  /**
   * Exclusions recorded against records that are now withdrawn. They are kept, but they are left
   * out of {@link #register} until the record returns, because evaluation links an exclusion to a
   * person through its record. An officer should review them: the person may hold another present
   * record (docs/store.md, "Left open").
   */
  List<Exclusion> exclusionsOfWithdrawnRecords();

  /** The codes of the present CLPs. */
  Set<String> storedClpCodes();

  /** The keys of every record ever imported, present or withdrawn (an exclusion may name either). */
  Set<RecordKey> storedRecordKeys();

  /** The change log's lines that the query selects, in import then key order. */
  List<ChangeLogEntry> changeLog(ChangeLogQuery query);

  /** Every import that changed something, oldest first. */
  List<StoredImport> imports();
}
