package org.scrutineer.nominations;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * The module's arrows (docs/architecture.md): the core packages are pure — no files, clock,
 * printing, Jackson or FastCSV — and only {@code .csv} and {@code .json} read or write text.
 */
class NominationsArchitectureTest {
  private static final JavaClasses MODULE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.scrutineer.nominations");
  private static final String[] CORE = {
    "org.scrutineer.nominations.contest..", "org.scrutineer.nominations.rules..", "org.scrutineer.nominations.parliamentary..",
    "org.scrutineer.nominations.supporting..", "org.scrutineer.nominations.tally..", "org.scrutineer.nominations.result..",
    "org.scrutineer.nominations.error.."
  };

  @Test
  void coreIsPure() {
    noClasses().that().resideInAnyPackage(CORE).should().dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml..", "de.siegmar..", "java.nio.file..", "java.io..", "org.scrutineer.nominations.csv..",
            "org.scrutineer.nominations.json..")
        .orShould().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().dependOnClassesThat().areAssignableTo(Clock.class)
        .check(MODULE);
  }

  @Test
  void coreNeverReadsTheClock() {
    noClasses().that().resideInAnyPackage(CORE).should().callMethodWhere(
            com.tngtech.archunit.base.DescribedPredicate.describe("a now() method",
                call -> call.getTarget().getName().equals("now")))
        .check(MODULE);
  }

  @Test
  void readersDoNotDependOnEachOther() {
    noClasses().that().resideInAPackage("org.scrutineer.nominations.csv..").should().dependOnClassesThat()
        .resideInAPackage("org.scrutineer.nominations.json..").check(MODULE);
    noClasses().that().resideInAPackage("org.scrutineer.nominations.json..").should().dependOnClassesThat()
        .resideInAPackage("org.scrutineer.nominations.csv..").check(MODULE);
  }
}
