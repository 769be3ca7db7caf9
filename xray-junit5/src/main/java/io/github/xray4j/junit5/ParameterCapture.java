package io.github.xray4j.junit5;

import io.github.xray4j.core.model.Parameter;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Registered by {@link XrayTest}: before each invocation of a test template ({@code @ParameterizedTest},
 * {@code @RepeatedTest}), publishes the invocation's arguments with their parameter names as a report entry
 * (see {@link ParameterEntries}), which the listener turns into the iteration's parameters. Arguments JUnit
 * injects itself ({@code TestInfo}, {@code TestReporter}, {@code RepetitionInfo}, {@code @TempDir}) are not
 * parameters and are left out.
 *
 * <p>The names come from reflection when the class was compiled with {@code -parameters}, else from the class
 * file's debug information ({@link DebugParameterNames}), worked out once per template method; when neither has
 * them they are {@code arg0, arg1, ...} and the entry says so, for the listener's one warning.
 */
final class ParameterCapture implements InvocationInterceptor {

  private static final ExtensionContext.Namespace NAMES = ExtensionContext.Namespace.create(ParameterCapture.class);

  ParameterCapture() {}

  @Override
  public void interceptTestTemplateMethod(
      Invocation<@Nullable Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    Method method = invocationContext.getExecutable();
    // the template's context outlives its invocations: the names are looked up once per template
    ExtensionContext template = extensionContext.getParent().orElse(extensionContext);
    Names names = template.getStore(NAMES).getOrComputeIfAbsent(method, Names::of, Names.class);
    List<Parameter> parameters = parameters(method, names, invocationContext.getArguments());
    if (!parameters.isEmpty()) {
      extensionContext.publishReportEntry(ParameterEntries.encode(parameters, names.real() ? null : names.method()));
    }
    invocation.proceed();
  }

  /** A method's parameter names, whether they are the real ones, and how a warning names the method. */
  record Names(List<String> names, boolean real, String method) {

    static Names of(Method method) {
      java.lang.reflect.Parameter[] declared = method.getParameters();
      String described = method.getDeclaringClass().getName() + "." + method.getName()
          + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", ", "(", ")"));
      if (declared.length == 0 || declared[0].isNamePresent()) {
        return new Names(Arrays.stream(declared).map(java.lang.reflect.Parameter::getName).toList(), true, described);
      }
      return DebugParameterNames.of(method)
          .map(debug -> new Names(debug, true, described))
          .orElseGet(() -> new Names(
              Arrays.stream(declared).map(java.lang.reflect.Parameter::getName).toList(), false, described));
    }
  }

  private static List<Parameter> parameters(Method method, Names names, List<@Nullable Object> arguments) {
    java.lang.reflect.Parameter[] declared = method.getParameters();
    List<Parameter> parameters = new ArrayList<>();
    for (int i = 0; i < declared.length && i < arguments.size(); i++) {
      if (!isInjectedByJUnit(declared[i])) {
        parameters.add(new Parameter(names.names().get(i), ParameterEntries.format(arguments.get(i))));
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
