package io.github.xray4j.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.github.xray4j.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class CliArchitectureTest {

  @ArchTest
  static final ArchRule uses_only_the_public_api_of_the_core = noClasses()
      .should().dependOnClassesThat().resideInAPackage("io.github.xray4j.core.internal..")
      .because("the CLI is a user of xray-core like any other: internal packages are not API");

  @ArchTest
  static final ArchRule only_main_touches_the_standard_streams_and_exits = noClasses()
      .that().doNotHaveSimpleName("XrayCli")
      .should().accessField(System.class, "out")
      .orShould().accessField(System.class, "err")
      .orShould().callMethod(System.class, "exit", int.class)
      .because("commands write to the PrintWriters picocli gives them, so that tests capture the output, and"
          + " only main ends the JVM");
}
