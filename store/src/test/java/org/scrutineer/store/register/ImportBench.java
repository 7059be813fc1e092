package org.scrutineer.store.register;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.scrutineer.electorate.csv.Extract;
import org.scrutineer.electorate.register.AffiliatedSupporterRecord;
import org.scrutineer.electorate.register.Clp;
import org.scrutineer.electorate.register.Contact;
import org.scrutineer.electorate.register.MemberRecord;
import org.scrutineer.electorate.register.MemberStatus;
import org.scrutineer.electorate.register.Register;
import org.scrutineer.electorate.register.RegisteredSupporterRecord;
import org.scrutineer.electorate.register.Vetting;
import org.scrutineer.store.database.Database;

/**
 * Not a test: measures imports of a generated register of N records (85% members, 10% registered
 * supporters, 5% affiliated supporters, 650 CLPs) into a store, and prints records per second for a
 * first import, the same again (a no-op), and a newer extract (1% changed, 0.5% withdrawn, 0.5%
 * added), then the time and heap of {@code register()}. Run by bench/register-import.sh:
 * {@code ImportBench N SETTING} with SETTING as {@link Database#open} takes it.
 */
public final class ImportBench {
  private ImportBench() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    String setting = args.length > 1 ? args[1] : "";
    Path directory = Files.createTempDirectory("scrutineer-import-bench");
    Random random = new Random(2016);
    List<Clp> clps = new ArrayList<>();
    for (int i = 0; i < 650; i++) {
      clps.add(new Clp(String.format("E14%06d", i), "Constituency " + i, "Region " + i % 12));
    }
    try (Database database = Database.open(setting, directory)) {
      RegisterStore store = RegisterStore.on(database, Clock.systemUTC());
      System.out.printf("%s: %,d records%n", database, n);
      imports(store, n, clps, random);
      Runtime runtime = Runtime.getRuntime();
      System.gc();
      long before = runtime.totalMemory() - runtime.freeMemory();
      long start = System.nanoTime();
      Register register = store.register();
      double seconds = (System.nanoTime() - start) / 1e9;
      System.gc();
      long after = runtime.totalMemory() - runtime.freeMemory();
      System.out.printf("register(): %,d records in %.1f s; heap %,d MB more with it held (max heap %,d MB)%n",
          register.records().size(), seconds, (after - before) >> 20, runtime.maxMemory() >> 20);
    } finally {
      try (var files = Files.walk(directory)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  /** The three imports; their extracts are garbage once it returns, as they would be in a real run. */
  private static void imports(RegisterStore store, int n, List<Clp> clps, Random random) {
    Extract first = generate(n, clps, random, 0);
    time("first import", n, () -> store.importExtract(first, Fixtures.source(first, "v1")));
    time("same again (no-op)", n, () -> store.importExtract(first, Fixtures.source(first, "v1")));
    Extract second = newer(first, random);
    time("newer extract", n, () -> store.importExtract(second, Fixtures.source(second, "v2")));
  }

  private static void time(String what, int records, java.util.function.Supplier<ImportOutcome> run) {
    long start = System.nanoTime();
    ImportOutcome outcome = run.get();
    double seconds = (System.nanoTime() - start) / 1e9;
    String summary = outcome instanceof ImportOutcome.Applied applied ? "import " + applied.stored().id() + " " + applied.stored().counts() : outcome.getClass().getSimpleName();
    System.out.printf("%-20s %6.1f s  %,9.0f records/s  %s%n", what, seconds, records / seconds, summary);
  }

  static Extract generate(int n, List<Clp> clps, Random random, int offset) {
    List<MemberRecord> members = new ArrayList<>();
    List<RegisteredSupporterRecord> supporters = new ArrayList<>();
    List<AffiliatedSupporterRecord> affiliated = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int id = offset + i;
      String clp = clps.get(random.nextInt(clps.size())).code();
      Contact contact = new Contact("Person " + id, "person" + id + "@example.org", "AB" + random.nextInt(100) + " " + random.nextInt(10) + "CD", clp);
      int section = i % 20;
      if (section < 17) {
        members.add(new MemberRecord(String.format("L%08d", id), contact, LocalDate.of(2000, 1, 1).plusDays(random.nextInt(6000)), MemberStatus.ACTIVE, LocalDate.of(2016, 1, 1).plusDays(random.nextInt(700)), Optional.empty()));
      } else if (section < 19) {
        supporters.add(new RegisteredSupporterRecord(String.format("RS%08d", id), contact, Optional.empty(), Instant.parse("2016-07-18T16:00:00Z").plusSeconds(random.nextInt(172_800)), Optional.of(Instant.parse("2016-07-18T17:00:00Z").plusSeconds(random.nextInt(172_800))), 2500, Vetting.PASSED));
      } else {
        affiliated.add(new AffiliatedSupporterRecord(random.nextBoolean() ? "UNITE" : "GMB", String.format("A%08d", id), contact, Optional.empty(), LocalDate.of(2016, 8, 1).minusDays(random.nextInt(60)), Vetting.PASSED));
      }
    }
    return new Extract(Optional.of(clps), Optional.of(members), Optional.of(supporters), Optional.of(affiliated), Optional.empty());
  }

  /** 1% of members changed (e-mail), 0.5% withdrawn, 0.5% new; the other kinds as they were. */
  static Extract newer(Extract first, Random random) {
    List<MemberRecord> members = new ArrayList<>();
    List<MemberRecord> old = first.members().orElseThrow();
    for (MemberRecord member : old) {
      int roll = random.nextInt(200);
      if (roll == 0) {
        continue;
      }
      members.add(roll < 3 ? Fixtures.withEmail(member, "new." + member.contact().email()) : member);
    }
    Extract added = generate(old.size() / 200 * 20 / 17, first.clps().orElseThrow(), random, 100_000_000);
    members.addAll(added.members().orElseThrow());
    return new Extract(first.clps(), Optional.of(members), first.registeredSupporters(), first.affiliatedSupporters(), Optional.empty());
  }

}
