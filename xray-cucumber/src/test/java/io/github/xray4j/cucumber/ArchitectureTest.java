package io.github.xray4j.cucumber;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import io.github.xray4j.core.testing.ArchitectureRules;

/** The rules that keep the Cucumber adapter a thin mapping onto xray-core. */
@AnalyzeClasses(packages = "io.github.xray4j.cucumber", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule the_adapter_knows_nothing_of_http_json_or_core_internals =
      noClasses().should().dependOnClassesThat().resideInAnyPackage(
              "feign..", "com.fasterxml.jackson..", "java.net.http..", "io.github.xray4j.core.internal..",
              "io.github.xray4j.core.json..")
          .because("the adapter maps Cucumber events to TestResults; xray-core writes, sends and keeps the files");

  @ArchTest
  static final ArchRule the_adapter_writes_no_files =
      noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
          .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
          .because("results files are written by xray-core's Publisher, in one place, with one naming scheme");

  @ArchTest
  static final ArchRule the_adapter_reads_no_system_properties_or_environment =
      noClasses().should().callMethod(System.class, "getProperty", String.class)
          .orShould().callMethod(System.class, "getenv", String.class)
          .orShould().callMethod(System.class, "getenv")
          .because("xray-core's ConfigLoader is the one place that reads system properties and the environment");

  @ArchTest
  static final ArchRule the_adapter_does_not_write_to_standard_streams =
      GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
          .because("output goes through System.Logger so that users route it with their own logging");

  @ArchTest
  static final ArchRule only_the_plugin_is_public =
      com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that().arePublic()
          .should().haveSimpleName("XrayPlugin")
          .because("the mapping classes are package-private details; users register XrayPlugin and nothing else");

  @ArchTest
  static final ArchRule the_adapter_parses_no_configuration_value_itself =
      ArchitectureRules.noConfigValueParsedOutsideTheConfigPackage();

  @ArchTest
  static final ArchRule the_adapter_reassigns_no_static_field = ArchitectureRules.noReassignableStaticFields();

  @ArchTest
  static final ArchRule the_adapter_keeps_no_static_mutable_collection = ArchitectureRules.noStaticMutableCollections();
}
