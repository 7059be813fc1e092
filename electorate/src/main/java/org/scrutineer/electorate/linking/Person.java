package org.scrutineer.electorate.linking;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.scrutineer.electorate.register.Exclusion;
import org.scrutineer.electorate.register.MembershipRecord;
import org.scrutineer.electorate.register.RecordKey;
import org.scrutineer.electorate.register.Section;

/**
 * One human being as the linked extracts know them: at most one member record, at most one
 * registered-supporter record, any number of affiliated-supporter records (one per affiliate), and
 * the exclusions made against any of them.
 *
 * @param id the first of the records' keys in key order (the membership number when there is one), so
 *     the same records always give the same id whatever the order of the files
 */
public record Person(String id, List<MembershipRecord> records, List<Exclusion> exclusions) {
  public Person {
    Objects.requireNonNull(id, "id");
    records = records.stream().sorted(Comparator.comparing(MembershipRecord::key)).toList();
    exclusions = exclusions.stream().sorted(Comparator.comparing(Exclusion::record).thenComparing(Exclusion::decidedAt)).toList();
    if (records.isEmpty()) {
      throw new IllegalArgumentException("a person has at least one record");
    }
  }

  static String idOf(List<MembershipRecord> records) {
    return records.stream().map(MembershipRecord::key).min(Comparator.naturalOrder()).map(RecordKey::toString).orElseThrow();
  }

  /** The records of one section, in key order. */
  public List<MembershipRecord> records(Section section) {
    return records.stream().filter(record -> record.section() == section).toList();
  }

  /** The CLP reports put this person in: their member record's, else their first record's. */
  public String clp() {
    return records.get(0).contact().clp();
  }

  public String name() {
    return records.get(0).contact().name();
  }

  public Optional<MembershipRecord> record(RecordKey key) {
    return records.stream().filter(record -> record.key().equals(key)).findFirst();
  }
}
