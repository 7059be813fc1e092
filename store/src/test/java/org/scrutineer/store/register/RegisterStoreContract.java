package org.scrutineer.store.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scrutineer.store.register.Fixtures.ISLINGTON;
import static org.scrutineer.store.register.Fixtures.LEEDS;
import static org.scrutineer.store.register.Fixtures.exclusion;
import static org.scrutineer.store.register.Fixtures.extract;
import static org.scrutineer.store.register.Fixtures.member;
import static org.scrutineer.store.register.Fixtures.source;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.electorate.Parsed;
import org.scrutineer.electorate.changes.RecordKind;
import org.scrutineer.electorate.csv.Extract;
import org.scrutineer.electorate.csv.ExtractReader;
import org.scrutineer.electorate.csv.ExtractSources;
import org.scrutineer.electorate.register.Clp;
import org.scrutineer.electorate.register.Exclusion;
import org.scrutineer.electorate.register.MemberRecord;
import org.scrutineer.electorate.register.MembershipRecord;
import org.scrutineer.electorate.register.RecordKey;
import org.scrutineer.electorate.register.Register;
import org.scrutineer.store.database.Database;
import org.scrutineer.store.database.TestPostgres;

/**
 * What every {@link RegisterStore} does, whichever database holds it: the subclasses run these
 * against SQLite (a temporary file) and PostgreSQL (127.0.0.1, a schema per test).
 */
abstract class RegisterStoreContract {
  private String location;
  private Database database;
  private RegisterStore store;

  /** A setting for {@link Database#open} naming a new, empty store. */
  abstract String newLocation() throws Exception;

  /** Removes what {@link #newLocation} made. */
  abstract void dispose(String location) throws Exception;

  @BeforeEach
  void open() throws Exception {
    location = newLocation();
    database = Database.open(location, Path.of("unused"));
    store = RegisterStore.on(database, Fixtures.steppingClock());
  }

  @AfterEach
  void close() throws Exception {
    if (database != null) {
      database.close();
    }
    if (location != null) {
      dispose(location);
    }
  }

  private void reopen() {
    database.close();
    database = Database.open(location, Path.of("unused"));
    store = RegisterStore.on(database, Fixtures.steppingClock());
  }

  private StoredImport applied(Extract extract, String version) {
    ImportOutcome outcome = store.importExtract(extract, source(extract, version));
    assertThat(outcome).isInstanceOf(ImportOutcome.Applied.class);
    return ((ImportOutcome.Applied) outcome).stored();
  }

  @Test
  void firstImportAddsEveryRecordAndLogsEachAddition() {
    Extract first = extract(List.of(ISLINGTON, LEEDS), List.of(member("L2", "Bo Diddley", LEEDS.code()), member("L1", "Al Green", ISLINGTON.code())));

    StoredImport stored = applied(first, "v1");

    assertThat(stored.id()).isEqualTo(1);
    assertThat(stored.counts()).containsExactly(Map.entry("clp", new KindCounts(2, 0, 0, 0, 0)), Map.entry("member", new KindCounts(2, 0, 0, 0, 0)));
    assertThat(store.imports()).containsExactly(stored);
    assertThat(store.register()).isEqualTo(Register.of(List.of(ISLINGTON, LEEDS), List.of(member("L1", "Al Green", ISLINGTON.code()), member("L2", "Bo Diddley", LEEDS.code())), List.of()));
    assertThat(store.changeLog(ChangeLogQuery.all())).extracting(ChangeLogEntry::toString).containsExactly(
        "1 2016-08-12T09:00:00Z clp:E14000763 added",
        "1 2016-08-12T09:00:00Z clp:E14000777 added",
        "1 2016-08-12T09:00:00Z member:L1 added",
        "1 2016-08-12T09:00:00Z member:L2 added");
    assertThat(store.storedClpCodes()).containsExactlyInAnyOrder(ISLINGTON.code(), LEEDS.code());
    assertThat(store.storedRecordKeys()).containsExactlyInAnyOrder(RecordKey.member("L1"), RecordKey.member("L2"));
  }

  @Test
  void reimportingTheSameFilesChangesNothingNotEvenTheImportList() {
    Extract first = extract(List.of(ISLINGTON), List.of(member("L1", "Al Green", ISLINGTON.code()), member("L2", "Bo Diddley", ISLINGTON.code())));
    applied(first, "v1");
    Map<String, List<String>> before = TableDump.of(database);

    ImportOutcome again = store.importExtract(first, source(first, "v1"));

    assertThat(again).isEqualTo(new ImportOutcome.NoOp(Map.of("clp", new KindCounts(0, 0, 0, 0, 1), "member", new KindCounts(0, 0, 0, 0, 2)), Optional.of(1L)));
    assertThat(TableDump.of(database)).isEqualTo(before);
  }

  @Test
  void theSameContentInAnotherFileIsAlsoANoOp() {
    List<MemberRecord> members = new ArrayList<>(List.of(member("L1", "Al Green", ISLINGTON.code()), member("L2", "Bo Diddley", ISLINGTON.code())));
    applied(extract(List.of(ISLINGTON), members), "v1");
    Collections.reverse(members);
    Extract reordered = extract(List.of(ISLINGTON), members);

    ImportOutcome again = store.importExtract(reordered, source(reordered, "v1-reordered"));

    assertThat(again).isInstanceOfSatisfying(ImportOutcome.NoOp.class, noOp -> assertThat(noOp.sameFilesAs()).isEmpty());
    assertThat(store.imports()).hasSize(1);
  }

  @Test
  void newerExtractUpdatesInPlaceAndLogsEachChangedField() {
    MemberRecord al = member("L1", "Al Green", ISLINGTON.code());
    applied(extract(List.of(ISLINGTON, LEEDS), List.of(al, member("L2", "Bo Diddley", LEEDS.code()))), "v1");
    MemberRecord alChanged = Fixtures.suspended(Fixtures.withEmail(al, "al@green.example"));

    StoredImport second = applied(extract(List.of(ISLINGTON, LEEDS), List.of(alChanged, member("L2", "Bo Diddley", LEEDS.code()), member("L3", "Cy Twombly", LEEDS.code()))), "v2");

    assertThat(second.counts()).containsEntry("member", new KindCounts(1, 1, 0, 0, 1)).containsEntry("clp", new KindCounts(0, 0, 0, 0, 2));
    assertThat(store.changeLog(ChangeLogQuery.ofImport(2))).extracting(ChangeLogEntry::toString).containsExactly(
        "2 2016-08-12T09:01:00Z member:L1 changed email \"al.green@example.org\" -> \"al@green.example\"",
        "2 2016-08-12T09:01:00Z member:L1 changed suspended_from \"\" -> \"2016-07-01\"",
        "2 2016-08-12T09:01:00Z member:L1 changed suspension_reason \"\" -> \"under investigation\"",
        "2 2016-08-12T09:01:00Z member:L3 added");
    assertThat(store.changeLog(ChangeLogQuery.ofRecord("member:L1"))).extracting(ChangeLogEntry::importId).containsExactly(1L, 2L, 2L, 2L);
    assertThat(store.register().records()).contains(alChanged).hasSize(3);
  }

  @Test
  void recordMissingFromANewerExtractIsKeptButLeavesTheRegisterUntilItReturns() {
    MemberRecord al = member("L1", "Al Green", ISLINGTON.code());
    MemberRecord bo = member("L2", "Bo Diddley", ISLINGTON.code());
    applied(extract(List.of(ISLINGTON), List.of(al, bo)), "v1");

    StoredImport second = applied(Fixtures.members(List.of(bo)), "v2");

    assertThat(second.counts()).containsExactly(Map.entry("member", new KindCounts(0, 0, 0, 1, 1)));
    assertThat(store.register().records()).containsExactly(bo);
    assertThat(store.storedRecordKeys()).contains(RecordKey.member("L1"));
    assertThat(store.changeLog(ChangeLogQuery.ofImport(2))).extracting(ChangeLogEntry::toString).containsExactly("2 2016-08-12T09:01:00Z member:L1 withdrawn");

    StoredImport third = applied(Fixtures.members(List.of(Fixtures.withEmail(al, "al@new.example"), bo)), "v3");

    assertThat(third.counts()).containsExactly(Map.entry("member", new KindCounts(0, 0, 1, 0, 1)));
    assertThat(store.register().records()).containsExactly(Fixtures.withEmail(al, "al@new.example"), bo);
    assertThat(store.changeLog(ChangeLogQuery.ofImport(3))).extracting(ChangeLogEntry::toString).containsExactly(
        "3 2016-08-12T09:02:00Z member:L1 returned",
        "3 2016-08-12T09:02:00Z member:L1 changed email \"al.green@example.org\" -> \"al@new.example\"");
  }

  @Test
  void kindsAnImportDoesNotGiveAreLeftAsTheyWere() {
    Extract first = new Extract(Optional.of(List.of(ISLINGTON)), Optional.of(List.of(member("L1", "Al Green", ISLINGTON.code()))), Optional.of(List.of(Fixtures.supporter("RS1", ISLINGTON.code()))),
        Optional.of(List.of(Fixtures.affiliated("UNITE", "U1", ISLINGTON.code()))), Optional.empty());
    applied(first, "v1");

    applied(Fixtures.members(List.of(member("L9", "Di Fawcett", ISLINGTON.code()))), "v2");

    assertThat(store.register().records()).extracting(MembershipRecord::key).containsExactly(
        RecordKey.member("L9"), RecordKey.registeredSupporter("RS1"), RecordKey.affiliatedSupporter("UNITE", "U1"));
  }

  @Test
  void aFailureInTheMiddleOfTheTransactionLeavesTheStoreExactlyAsBefore() {
    applied(extract(List.of(ISLINGTON), List.of(member("L1", "Al Green", ISLINGTON.code()))), "v1");
    Map<String, List<String>> before = TableDump.of(database);
    List<MemberRecord> members = new ArrayList<>();
    for (int i = 0; i < Table.BATCH + 10; i++) {
      members.add(member(String.format("L%06d", i), "Member " + i, ISLINGTON.code()));
    }
    // Not through ExtractReader, which would have refused it: the last record (in key order) names
    // a CLP that is in no table, and the database's foreign key refuses it after thousands of rows
    // and the new CLP have been written in this transaction.
    members.add(member("L999999", "Zed Unknown", "E99999999"));
    Extract bad = extract(List.of(ISLINGTON, LEEDS), members);

    assertThatThrownBy(() -> store.importExtract(bad, source(bad, "v2")))
        .isInstanceOf(RuntimeException.class)
        .satisfies(e -> assertThat(stackTrace(e)).containsIgnoringCase("foreign key"));

    assertThat(TableDump.of(database)).isEqualTo(before);
    assertThat(applied(extract(List.of(ISLINGTON), List.of(member("L1", "Al Green", ISLINGTON.code()), member("L2", "Bo", ISLINGTON.code()))), "v3").id()).isEqualTo(2);
  }

  @Test
  void droppingACLPThatRecordsStillNameIsRefusedAndChangesNothing() {
    Extract first = new Extract(Optional.of(List.of(ISLINGTON, LEEDS)), Optional.of(List.of(member("L1", "Al Green", LEEDS.code()))), Optional.of(List.of(Fixtures.supporter("RS1", LEEDS.code()))),
        Optional.empty(), Optional.empty());
    applied(first, "v1");
    Map<String, List<String>> before = TableDump.of(database);
    Extract clpsOnly = new Extract(Optional.of(List.of(ISLINGTON)), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    ImportOutcome outcome = store.importExtract(clpsOnly, source(clpsOnly, "v2"));

    assertThat(outcome).isInstanceOfSatisfying(ImportOutcome.Rejected.class, rejected -> assertThat(rejected.problems()).extracting(Object::toString).containsExactly(
        "clps.csv: field code: \"E14000777\" is missing from this file, but present records still name it (1 member, 1 registered_supporter); keep the CLP in the file, or import those records with their new CLP in the same import"));
    assertThat(TableDump.of(database)).isEqualTo(before);
  }

  @Test
  void aCLPNoRecordNamesCanBeDroppedAndIsKept() {
    applied(extract(List.of(ISLINGTON, LEEDS), List.of(member("L1", "Al Green", ISLINGTON.code()))), "v1");

    applied(extract(List.of(ISLINGTON), List.of(member("L1", "Al Green", ISLINGTON.code()))), "v2");

    assertThat(store.storedClpCodes()).containsExactly(ISLINGTON.code());
    assertThat(store.register().clps()).containsOnlyKeys(ISLINGTON.code());
    assertThat(store.changeLog(ChangeLogQuery.ofRecord("clp:E14000777"))).extracting(ChangeLogEntry::change).containsExactly(ChangeLogEntry.Change.ADDED, ChangeLogEntry.Change.WITHDRAWN);
  }

  @Test
  void exclusionsAreOnlyEverAdded() {
    applied(extract(List.of(ISLINGTON), List.of(member("L1", "Al Green", ISLINGTON.code()), member("L2", "Bo Diddley", ISLINGTON.code()))), "v1");
    Exclusion first = exclusion(RecordKey.member("L1"), "abuse of other members");
    applied(Fixtures.exclusions(List.of(first)), "e1");

    assertThat(store.importExtract(Fixtures.exclusions(List.of(first)), source(Fixtures.exclusions(List.of(first)), "e1-again"))).isInstanceOf(ImportOutcome.NoOp.class);
    Exclusion second = exclusion(RecordKey.member("L2"), "support for another party");
    StoredImport third = applied(Fixtures.exclusions(List.of(second)), "e2");

    assertThat(third.counts()).containsExactly(Map.entry("exclusion", new KindCounts(1, 0, 0, 0, 0)));
    assertThat(store.register().exclusions()).containsExactly(first, second);
    assertThat(store.changeLog(ChangeLogQuery.ofImport(3))).extracting(ChangeLogEntry::toString)
        .containsExactly("3 2016-08-12T09:03:00Z exclusion:member:L2@2016-08-10T10:00:00Z/NEC procedures committee added");
  }

  @Test
  void aRecordedExclusionGivenWithAnotherReasonIsRefused() {
    applied(extract(List.of(ISLINGTON), List.of(member("L1", "Al Green", ISLINGTON.code()))), "v1");
    applied(Fixtures.exclusions(List.of(exclusion(RecordKey.member("L1"), "abuse"))), "e1");
    Map<String, List<String>> before = TableDump.of(database);
    Extract edited = Fixtures.exclusions(List.of(exclusion(RecordKey.member("L1"), "support for another party")));

    ImportOutcome outcome = store.importExtract(edited, source(edited, "e2"));

    assertThat(outcome).isInstanceOfSatisfying(ImportOutcome.Rejected.class, rejected -> assertThat(rejected.problems()).singleElement().asString()
        .startsWith("exclusions.csv: field reason: the decision exclusion:member:L1@2016-08-10T10:00:00Z/NEC procedures committee is recorded with the reason \"abuse\""));
    assertThat(TableDump.of(database)).isEqualTo(before);
  }

  @Test
  void anExclusionOfAWithdrawnRecordStaysRecordedAndLeavesTheRegisterWithIt() {
    MemberRecord al = member("L1", "Al Green", ISLINGTON.code());
    applied(extract(List.of(ISLINGTON), List.of(al, member("L2", "Bo", ISLINGTON.code()))), "v1");
    Exclusion excluded = exclusion(RecordKey.member("L1"), "abuse");
    applied(Fixtures.exclusions(List.of(excluded)), "e1");

    assertThat(store.exclusionsOfWithdrawnRecords()).isEmpty();

    applied(Fixtures.members(List.of(member("L2", "Bo", ISLINGTON.code()))), "v2");
    assertThat(store.register().exclusions()).isEmpty();
    assertThat(store.exclusionsOfWithdrawnRecords()).containsExactly(excluded);

    applied(Fixtures.members(List.of(al, member("L2", "Bo", ISLINGTON.code()))), "v3");
    assertThat(store.register().exclusions()).containsExactly(excluded);
    assertThat(store.exclusionsOfWithdrawnRecords()).isEmpty();
  }

  @Test
  void aReopenedStoreHasEverythingThatWasCommitted() {
    applied(extract(List.of(ISLINGTON, LEEDS), List.of(member("L1", "Al Green", ISLINGTON.code()))), "v1");
    applied(extract(List.of(ISLINGTON, LEEDS), List.of(Fixtures.withEmail(member("L1", "Al Green", ISLINGTON.code()), "al@x.example"))), "v2");
    applied(Fixtures.exclusions(List.of(exclusion(RecordKey.member("L1"), "abuse"))), "e1");
    Register register = store.register();
    List<ChangeLogEntry> log = store.changeLog(ChangeLogQuery.all());
    List<StoredImport> imports = store.imports();
    Map<String, List<String>> dump = TableDump.of(database);

    reopen();

    assertThat(store.register()).isEqualTo(register);
    assertThat(store.changeLog(ChangeLogQuery.all())).isEqualTo(log);
    assertThat(store.imports()).isEqualTo(imports);
    assertThat(TableDump.of(database)).isEqualTo(dump);
    assertThat(applied(Fixtures.members(List.of()), "v3").id()).isEqualTo(4);
  }

  @Test
  void twoWritersAtOnceAreSerialisedEvenFromTwoOpenings() throws Exception {
    applied(extract(List.of(ISLINGTON, LEEDS), List.of()), "clps");
    // A second opening of the same store has its own in-process lock, as another process would:
    // only the database (SQLite's write lock, PostgreSQL's register_state row) keeps them apart.
    try (Database other = Database.open(location, Path.of("unused"))) {
      RegisterStore second = RegisterStore.on(other, Fixtures.steppingClock());
      // Both large, so that each holds its transaction long enough for the other to run into it.
      List<MemberRecord> many = new ArrayList<>();
      List<org.scrutineer.electorate.register.RegisteredSupporterRecord> applicants = new ArrayList<>();
      for (int i = 0; i < 20_000; i++) {
        many.add(member("L" + i, "Member " + i, ISLINGTON.code()));
        applicants.add(Fixtures.supporter("RS" + i, LEEDS.code()));
      }
      Extract big = Fixtures.members(many);
      Extract supporters = new Extract(Optional.empty(), Optional.empty(), Optional.of(applicants), Optional.empty(), Optional.empty());
      java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
      try {
        var a = pool.submit(() -> store.importExtract(big, source(big, "big")));
        var b = pool.submit(() -> second.importExtract(supporters, source(supporters, "rs")));
        assertThat(List.of(a.get(), b.get())).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(ImportOutcome.Applied.class));
      } finally {
        pool.shutdown();
      }
    }
    assertThat(store.imports()).extracting(StoredImport::id).containsExactly(1L, 2L, 3L);
    assertThat(store.register().records()).hasSize(40_000);
  }

  @Test
  void csvReadAgainstTheStoreImportsWhatItRead() {
    String clps = "code,name,region\nE14000763,Islington North,London\n";
    String members = "membership_number,name,email,postcode,clp,joined_on,status,paid_up_to\nL1,Al Green,al@example.org,N7 8DS,E14000763,2015-09-12,active,2016-12-31\n";
    Parsed<Extract> first = ExtractReader.read(sources(Optional.of(clps), Optional.of(members), Optional.empty()), store.storedClpCodes(), store.storedRecordKeys());
    applied(first.orElseThrow(), "v1");
    String exclusions = "section,reference,reason,decided_at,decided_by\nmember,L1,abuse,2016-08-10T11:00:00+01:00,NEC procedures committee\n";

    Parsed<Extract> second = ExtractReader.read(sources(Optional.empty(), Optional.empty(), Optional.of(exclusions)), store.storedClpCodes(), store.storedRecordKeys());
    applied(second.orElseThrow(), "e1");

    assertThat(store.register().exclusions()).containsExactly(exclusion(RecordKey.member("L1"), "abuse"));
    assertThat(store.register().records()).containsExactly(Fixtures.withEmail(member("L1", "Al Green", ISLINGTON.code()), "al@example.org"));
  }

  @Test
  void theSourceMustNameOneFilePerKindGiven() {
    Extract first = extract(List.of(ISLINGTON), List.of());
    ImportSource clpsOnly = ImportSource.of(ImportSource.File.of(RecordKind.CLP, "clps.csv", new byte[0]));

    assertThatThrownBy(() -> store.importExtract(first, clpsOnly)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names no file for them");
    assertThatThrownBy(() -> store.importExtract(Fixtures.members(List.of()), source(first, "v1"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("which the extract does not give");
  }

  /** Import order independence: the same records in any order leave the same register and the same log. */
  @Property(tries = 8)
  @AddLifecycleHook(SkipWithoutPostgres.class)
  void theOrderOfAnExtractsLinesChangesNothingThatIsStored(@ForAll @IntRange(min = 1, max = 30) int size, @ForAll long seed) throws Exception {
    Random random = new Random(seed);
    List<MemberRecord> v1 = new ArrayList<>();
    List<MemberRecord> v2 = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      MemberRecord record = member("L" + i, "Name " + i, i % 2 == 0 ? ISLINGTON.code() : LEEDS.code());
      int fate = random.nextInt(4);
      if (fate != 0) {
        v1.add(record);
      }
      if (fate != 1) {
        v2.add(fate == 2 ? Fixtures.suspended(record) : record);
      }
    }
    List<Clp> clps = List.of(ISLINGTON, LEEDS);
    Snapshot inOrder = importBoth(extract(clps, v1), extract(clps, v2));
    Collections.shuffle(v1, random);
    Collections.shuffle(v2, random);
    Snapshot shuffled = importBoth(extract(clps, v1), extract(clps, v2));

    assertThat(shuffled).isEqualTo(inOrder);
  }

  /** jqwik counts a JUnit abort as a rejected try, so the PostgreSQL run is skipped before it starts (never with CI=true). */
  static final class SkipWithoutPostgres implements SkipExecutionHook {
    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
      boolean postgres = context.optionalContainerClass().filter(PostgresRegisterStoreTest.class::isAssignableFrom).isPresent();
      if (!postgres || "true".equals(System.getenv("CI"))) {
        return SkipResult.doNotSkip();
      }
      return TestPostgres.unreachable().map(SkipResult::skip).orElse(SkipResult.doNotSkip());
    }
  }

  private record Snapshot(Register register, List<ChangeLogEntry> log) {}

  private Snapshot importBoth(Extract first, Extract second) throws Exception {
    String place = newLocation();
    try (Database fresh = Database.open(place, Path.of("unused"))) {
      RegisterStore other = RegisterStore.on(fresh, Fixtures.steppingClock());
      other.importExtract(first, source(first, "v1"));
      other.importExtract(second, source(second, "v2"));
      return new Snapshot(other.register(), other.changeLog(ChangeLogQuery.all()));
    } finally {
      dispose(place);
    }
  }

  private static String stackTrace(Throwable e) {
    java.io.StringWriter text = new java.io.StringWriter();
    e.printStackTrace(new java.io.PrintWriter(text));
    return text.toString();
  }

  private static ExtractSources sources(Optional<String> clps, Optional<String> members, Optional<String> exclusions) {
    return new ExtractSources(
        clps.map(text -> new ExtractSources.Source("clps.csv", new StringReader(text))),
        members.map(text -> new ExtractSources.Source("members.csv", new StringReader(text))),
        Optional.empty(),
        Optional.empty(),
        exclusions.map(text -> new ExtractSources.Source("exclusions.csv", new StringReader(text))));
  }
}
