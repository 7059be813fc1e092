package org.scrutineer.contest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.scrutineer.electorate.register.Section;

/**
 * The module's arrows (docs/architecture.md, ADR 0012): the core packages are pure — no files,
 * streams, clock, database, printing or JSON; the contest directory is passed in as values — and no
 * module the contest uses depends on it.
 */
class ContestArchitectureTest {
  private static final JavaClasses MODULE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.scrutineer.contest");
  private static final JavaClasses EVERYTHING = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.scrutineer");
  private static final String[] CORE = {
    "org.scrutineer.contest.step..", "org.scrutineer.contest.removal..", "org.scrutineer.contest.result..",
    "org.scrutineer.contest.error..", "org.scrutineer.contest.ballot..", "org.scrutineer.contest.rejection.."
  };

  @Test
  void coreIsPure() {
    noClasses().that().resideInAnyPackage(CORE).should().dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml..", "de.siegmar..", "java.io..", "java.nio.file..", "java.net..", "java.sql..",
            "org.jdbi..", "org.slf4j..", "org.scrutineer.store..")
        .orShould().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .orShould().accessField(System.class, "in")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(System.class, "nanoTime")
        .orShould().dependOnClassesThat().areAssignableTo(Clock.class)
        .check(MODULE);
  }

  @Test
  void coreNeverReadsTheClock() {
    noClasses().that().resideInAnyPackage(CORE).should().callMethodWhere(
            DescribedPredicate.describe("a now() method", call -> call.getTarget().getName().equals("now")))
        .check(MODULE);
  }

  /** Only the JDK's plain types, the pure cores and each other: not the archive's files, nor the edge. */
  @Test
  void coreUsesOnlyPureCores() {
    noClasses().that().resideInAnyPackage(CORE).should().dependOnClassesThat()
        .resideOutsideOfPackages("java.lang..", "java.util..", "java.math..", "java.time..",
            "org.scrutineer.contest.step..", "org.scrutineer.contest.removal..", "org.scrutineer.contest.result..",
            "org.scrutineer.contest.error..", "org.scrutineer.contest.ballot..", "org.scrutineer.contest.rejection..",
            "org.scrutineer.electorate..", "org.scrutineer.nominations..", "org.scrutineer.count..",
            "org.scrutineer.belenios..", "org.scrutineer.crypto..")
        .check(MODULE);
  }

  @Test
  void noOtherModuleUsesTheContest() {
    assertThat(EVERYTHING.contain(Section.class)).as("the cores the contest uses are imported").isTrue();
    noClasses().that().resideOutsideOfPackages("org.scrutineer.contest..", "org.scrutineer.cli..", "org.scrutineer.server..")
        .should().dependOnClassesThat().resideInAPackage("org.scrutineer.contest..")
        .check(EVERYTHING);
  }
}
