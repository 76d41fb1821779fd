package io.callsight.jobs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The KPI maths stays plain Java: only the {@code flink} packages may touch Flink. */
class DomainIsFreeOfFlinkTest {
  @Test
  void domainCodeDoesNotDependOnFlink() {
    var classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.callsight.jobs");
    noClasses()
        .that()
        .resideOutsideOfPackages("..flink..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.flink..")
        .because("KPI maths, scoring and redaction are plain classes that Flink operators wrap")
        .check(classes);
  }
}
