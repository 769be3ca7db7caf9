package io.github.xray4j.junit5;

import io.github.xray4j.core.model.Parameter;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Registered by {@link XrayTest}: before each invocation of a test template ({@code @ParameterizedTest},
 * {@code @RepeatedTest}), publishes the invocation's arguments with their parameter names as a report entry
 * (see {@link ParameterEntries}), which the listener turns into the iteration's parameters. Arguments JUnit
 * injects itself ({@code TestInfo}, {@code TestReporter}, {@code RepetitionInfo}, {@code @TempDir}) are not
 * parameters and are left out.
 */
final class ParameterCapture implements InvocationInterceptor {

  ParameterCapture() {}

  @Override
  public void interceptTestTemplateMethod(
      Invocation<@org.jspecify.annotations.Nullable Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    List<Parameter> parameters = parameters(invocationContext);
    if (!parameters.isEmpty()) {
      extensionContext.publishReportEntry(ParameterEntries.encode(parameters));
    }
    invocation.proceed();
  }

  private static List<Parameter> parameters(ReflectiveInvocationContext<Method> context) {
    java.lang.reflect.Parameter[] declared = context.getExecutable().getParameters();
    List<Object> arguments = context.getArguments();
    List<Parameter> parameters = new ArrayList<>();
    for (int i = 0; i < declared.length && i < arguments.size(); i++) {
      if (!isInjectedByJUnit(declared[i])) {
        parameters.add(new Parameter(declared[i].getName(), ParameterEntries.format(arguments.get(i))));
      }
    }
    return parameters;
  }

  private static boolean isInjectedByJUnit(java.lang.reflect.Parameter parameter) {
    Package typePackage = parameter.getType().getPackage();
    if (typePackage != null && typePackage.getName().equals("org.junit.jupiter.api")) {
      return true;
    }
    for (var annotation : parameter.getAnnotations()) {
      if (annotation.annotationType().getName().startsWith("org.junit.jupiter.api.io.")) {
        return true;
      }
    }
    return false;
  }
}
