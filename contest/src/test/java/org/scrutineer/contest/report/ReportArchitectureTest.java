package org.scrutineer.contest.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * The renderers are pure: they return the documents as strings and leave writing them to the report
 * step. Jackson's generator is allowed (it writes to a {@code StringWriter}); files, network,
 * database, console and clock are not.
 */
class ReportArchitectureTest {
  private static final JavaClasses REPORT = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.scrutineer.contest.report");

  @Test
  void renderersTouchNoFileClockOrConsole() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("java.nio.file..", "java.net..", "java.sql..", "org.jdbi..", "org.slf4j..", "org.scrutineer.store..",
            "org.scrutineer.archive..")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileWriter")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
        .orShould().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().dependOnClassesThat().areAssignableTo(Clock.class)
        .check(REPORT);
  }
}
