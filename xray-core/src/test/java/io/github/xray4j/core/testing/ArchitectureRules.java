package io.github.xray4j.core.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.github.xray4j.core.config.XrayConfig;
import io.github.xray4j.core.config.XrayKey;
import java.util.Collection;
import java.util.Map;

/** Architecture rules every module checks on its own classes. */
public final class ArchitectureRules {

  private ArchitectureRules() {}

  /** Configuration values are read typed ({@code config.get(KEY)}), never as raw text parsed by the caller. */
  public static ArchRule noConfigValueParsedOutsideTheConfigPackage() {
    return noClasses().that().resideOutsideOfPackage("io.github.xray4j.core.config..")
        .should().callMethod(XrayConfig.class, "value", XrayKey.class)
        .because("each key's parser and range live in core's config package: read config.get(XrayKey.X), so a"
            + " bad value is refused at load with the same words for every key");
  }

  /** No static field that can be reassigned. */
  public static ArchRule noReassignableStaticFields() {
    return fields().that().areStatic().should().beFinal()
        .because("state shared by every test run in a JVM pairs runs that have nothing to do with each other;"
            + " keep it in the objects of one session");
  }

  /** No static initializer creates a mutable map or collection (one shared by every run in the JVM). */
  public static ArchRule noStaticMutableCollections(String... frozen) {
    return classes().that().doNotHaveFullyQualifiedName(frozen.length > 0 ? frozen[0] : "")
        .should(new ArchCondition<JavaClass>("create no mutable map or collection in a static initializer") {
          @Override
          public void check(JavaClass type, ConditionEvents events) {
            type.getStaticInitializer().ifPresent(init -> {
              for (JavaConstructorCall call : init.getConstructorCallsFromSelf()) {
                JavaClass created = call.getTargetOwner();
                if (created.isAssignableTo(Map.class) || created.isAssignableTo(Collection.class)) {
                  events.add(SimpleConditionEvent.violated(type, type.getName() + " holds a static "
                      + created.getSimpleName() + " (" + call.getSourceCodeLocation() + ")"));
                }
              }
            });
          }
        })
        .because("state shared by every test run in a JVM pairs runs that have nothing to do with each other;"
            + " keep it in the objects of one session");
  }
}
