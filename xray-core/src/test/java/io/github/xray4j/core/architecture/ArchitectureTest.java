package io.github.xray4j.core.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The rules that keep xray-core framework-free and its dependencies behind {@code ..core.internal..}. */
@AnalyzeClasses(packages = "io.github.xray4j.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule core_knows_nothing_of_junit_or_cucumber =
      noClasses().that().resideInAPackage("io.github.xray4j.core..")
          .should().dependOnClassesThat().resideInAnyPackage("org.junit..", "io.cucumber..")
          .because("the core is shared by the JUnit and Cucumber adapters and must run without either on the"
              + " classpath; framework events are mapped to TestResults in the adapters");

  @ArchTest
  static final ArchRule feign_is_used_only_under_core_internal =
      noClasses().that().resideOutsideOfPackage("io.github.xray4j.core.internal..")
          .should().dependOnClassesThat().resideInAnyPackage("feign..")
          .because("the HTTP client's public face is XrayClient and domain types; Feign is an implementation"
              + " detail that must be replaceable without changing the API");

  @ArchTest
  static final ArchRule jackson_is_used_only_under_core_internal =
      noClasses().that().resideOutsideOfPackage("io.github.xray4j.core.internal..")
          .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
          .because("wire formats change in one place, and no Jackson type may leak into the public API");

  @ArchTest
  static final ArchRule public_api_does_not_expose_internal_types =
      methods().that().arePublic()
          .and().areDeclaredInClassesThat().resideOutsideOfPackage("io.github.xray4j.core.internal..")
          .and().areDeclaredInClassesThat().arePublic()
          .should().notHaveRawReturnType(describe("an internal type",
              (JavaClass type) -> type.getPackageName().startsWith("io.github.xray4j.core.internal")))
          .andShould().notHaveRawParameterTypes(describe("an internal type",
              (java.util.List<JavaClass> types) -> types.stream()
                  .anyMatch(type -> type.getPackageName().startsWith("io.github.xray4j.core.internal"))))
          .because("packages under core.internal are not API: users and adapters must never need to name them");

  @ArchTest
  static final ArchRule packages_are_free_of_cycles =
      slices().matching("io.github.xray4j.core.(**)")
          .should().beFreeOfCycles()
          .because("each package must be understandable and testable on its own, layered from model and"
              + " config up to publish");

  @ArchTest
  static final ArchRule library_code_does_not_write_to_standard_streams =
      GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
          .because("library output goes through System.Logger so that users route it with their own logging;"
              + " printing would clutter every build that uses xray4j");

  @ArchTest
  static final ArchRule nobody_but_the_config_package_parses_a_configuration_value =
      io.github.xray4j.core.testing.ArchitectureRules.noConfigValueParsedOutsideTheConfigPackage();
}
