package org.scrutineer.electorate.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.scrutineer.electorate.register.MemberRecord;

class SnapshotDiffTest {
  private static final RecordKind<MemberRecord> MEMBER = RecordKind.MEMBER;

  @Test
  void firstSnapshotAddsEveryRecordInKeyOrder() {
    SnapshotChanges<MemberRecord> changes = SnapshotDiff.between(MEMBER, List.of(), List.of(Records.member("L2", "Bo"), Records.member("L1", "Al")));

    assertThat(changes.changes()).extracting(RecordChange::key).containsExactly("member:L1", "member:L2");
    assertThat(changes.added()).isEqualTo(2);
    assertThat(changes.unchanged()).isZero();
  }

  @Test
  void sameSnapshotAgainChangesNothing() {
    List<MemberRecord> records = List.of(Records.member("L1", "Al"), Records.suspended("L2"));

    SnapshotChanges<MemberRecord> changes = SnapshotDiff.between(MEMBER, stored(records), records);

    assertThat(changes.isEmpty()).isTrue();
    assertThat(changes.unchanged()).isEqualTo(2);
  }

  @Test
  void changedRecordListsEachChangedFieldWithOldAndNewText() {
    MemberRecord before = Records.member("L1", "Al");
    MemberRecord after = Records.suspended("L1");

    SnapshotChanges<MemberRecord> changes = SnapshotDiff.between(MEMBER, stored(List.of(before)), List.of(after));

    assertThat(changes.changes()).singleElement().isInstanceOfSatisfying(RecordChange.Changed.class, changed -> assertThat(changed.fields()).containsExactly(
        new FieldChange("name", "Al", "Sam"),
        new FieldChange("email", "al@example.org", ""),
        new FieldChange("joined_on", "2015-05-08", "2010-01-01"),
        new FieldChange("suspended_from", "", "2016-06-01"),
        new FieldChange("suspension_reason", "", "under investigation")));
  }

  @Test
  void recordMissingFromTheNewSnapshotIsWithdrawnWithItsLastValues() {
    MemberRecord gone = Records.member("L1", "Al");

    SnapshotChanges<MemberRecord> changes = SnapshotDiff.between(MEMBER, stored(List.of(gone, Records.member("L2", "Bo"))), List.of(Records.member("L2", "Bo")));

    assertThat(changes.changes()).containsExactly(new RecordChange.Withdrawn<>("member:L1", MEMBER.values(gone)));
    assertThat(changes.unchanged()).isEqualTo(1);
  }

  @Test
  void withdrawnRecordStillMissingIsNoChangeAndOneThatComesBackHasReturned() {
    List<StoredRow> stored = List.of(new StoredRow(MEMBER.values(Records.member("L1", "Al")), false), new StoredRow(MEMBER.values(Records.member("L2", "Bo")), false));

    SnapshotChanges<MemberRecord> changes = SnapshotDiff.between(MEMBER, stored, List.of(Records.member("L2", "Bob")));

    assertThat(changes.changes()).singleElement().isInstanceOfSatisfying(RecordChange.Returned.class, returned -> {
      assertThat(returned.key()).isEqualTo("member:L2");
      assertThat(returned.fields()).containsExactly(new FieldChange("name", "Bo", "Bob"), new FieldChange("email", "bo@example.org", "bob@example.org"));
    });
  }

  @Test
  void aKeyTwiceInTheNewSnapshotIsABugOfTheCaller() {
    assertThatThrownBy(() -> SnapshotDiff.between(MEMBER, List.of(), List.of(Records.member("L1", "A"), Records.member("L1", "B")))).hasMessageContaining("member:L1 appears twice");
  }

  /** Import order independence: the changes depend on the two snapshots, not on the order of either. */
  @Property(tries = 50)
  void changesDoNotDependOnTheOrderOfEitherSnapshot(@ForAll @IntRange(min = 0, max = 40) int size, @ForAll long seed) {
    Random random = new Random(seed);
    List<MemberRecord> before = new ArrayList<>();
    List<MemberRecord> after = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      MemberRecord record = Records.member("L" + i, "N" + i);
      int fate = random.nextInt(4);
      if (fate != 0) {
        before.add(record);
      }
      if (fate != 1) {
        after.add(fate == 2 ? Records.member("L" + i, "M" + i) : record);
      }
    }
    SnapshotChanges<MemberRecord> expected = SnapshotDiff.between(MEMBER, stored(before), after);
    Collections.shuffle(before, random);
    Collections.shuffle(after, random);

    assertThat(SnapshotDiff.between(MEMBER, stored(before), after)).isEqualTo(expected);
    assertThat(expected.added() + expected.changed() + expected.unchanged()).isEqualTo(after.size());
    assertThat(expected.changed() + expected.unchanged() + expected.withdrawn()).isEqualTo(before.size());
  }

  private static List<StoredRow> stored(List<MemberRecord> records) {
    return records.stream().map(record -> new StoredRow(MEMBER.values(record), true)).toList();
  }
}
