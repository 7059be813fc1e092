package org.scrutineer.count;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.RandomAccessFile;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * The module's arrows (docs/architecture.md, STYLE.md "pure cores"): counting is a function, so the
 * core packages use no files, streams, clock, printing, Jackson or FastCSV; only {@code .input} and
 * {@code .json} read or write text, and only from a Reader or to a Writer the caller opened.
 */
class CountArchitectureTest {
  private static final JavaClasses MODULE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.scrutineer.count");
  private static final String[] CORE = {
    "org.scrutineer.count.ballot..", "org.scrutineer.count.rules..", "org.scrutineer.count.arithmetic..",
    "org.scrutineer.count.preference..", "org.scrutineer.count.tiebreak..", "org.scrutineer.count.report..",
    "org.scrutineer.count.method..", "org.scrutineer.count.text.."
  };

  @Test
  void coreIsPure() {
    noClasses().that().resideInAnyPackage(CORE).should().dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml..", "de.siegmar..", "java.io..", "java.nio.file..", "java.net..", "java.sql..",
            "org.scrutineer.count.input..", "org.scrutineer.count.json..")
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

  @Test
  void noClassOpensAFileItself() {
    noClasses().should().dependOnClassesThat().belongToAnyOf(FileReader.class, FileWriter.class, FileInputStream.class,
            FileOutputStream.class, RandomAccessFile.class, java.nio.file.Files.class)
        .orShould().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .check(MODULE);
  }

  @Test
  void readersDoNotDependOnTheJsonPackage() {
    noClasses().that().resideInAPackage("org.scrutineer.count.input..").should().dependOnClassesThat()
        .resideInAPackage("org.scrutineer.count.json..").check(MODULE);
  }
}
