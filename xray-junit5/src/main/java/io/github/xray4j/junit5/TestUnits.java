package io.github.xray4j.junit5;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Decides which Test Run each test of a plan belongs to: the nearest {@link XrayTest} on the test's method or
 * on an enclosing class, or, for unannotated tests when {@code xray.report-unannotated=true}, its test method.
 * All invocations of one method (parameterized, repeated, dynamic) and all tests under an annotated class belong
 * to one {@link Unit}. Validates every key when the plan starts and reports each malformed one once.
 */
final class TestUnits {

  /**
   * The node of the plan whose outcome becomes one Test Run.
   *
   * @param node the test, the test method container (template, factory) or the annotated class
   * @param testKey the Test key, or null for a test reported by definition
   * @param definition {@code fully.qualified.Class.method} for tests reported by definition
   * @param requirements requirement keys from {@link Requirement}, valid ones only
   * @param declared the {@link XrayTest} of a unit without a key ({@code summary}, {@code labels} for the Test
   *     Xray creates), or null
   */
  record Unit(TestIdentifier node, @Nullable String testKey, String definition, List<String> requirements,
      @Nullable XrayTest declared) {
    UniqueId id() {
      return node.getUniqueIdObject();
    }

    /**
     * The labels of a created Test: the {@code labels} of its {@link XrayTest}, then, with
     * {@code xray.junit.tags-as-labels=true}, its JUnit tags.
     */
    List<String> labels(boolean tagsAsLabels) {
      java.util.Set<String> labels = new LinkedHashSet<>();
      if (declared != null) {
        labels.addAll(List.of(declared.labels()));
      }
      if (tagsAsLabels) {
        node.getTags().stream().map(TestTag::getName).sorted().forEach(labels::add);
      }
      return List.copyOf(labels);
    }

    /**
     * The summary of a Test created for this unit, as Xray's own JUnit import names it: the display name, where
     * JUnit's default for a method ({@code adds(int, TestReporter)}) is the method's name alone.
     */
    String summary() {
      if (declared != null && !declared.summary().isBlank()) {
        return declared.summary();
      }
      String displayName = node.getDisplayName();
      if (node.getSource().orElse(null) instanceof MethodSource method) {
        String name = method.getMethodName();
        if (displayName.startsWith(name + "(") && displayName.endsWith(")")) {
          return name;
        }
      }
      return displayName;
    }
  }

  /** What was found on an element: a key, valid or not (empty: a Test to create), and the annotation. */
  private record KeyOf(String key, boolean valid, XrayTest annotation) {}

  private static final Optional<KeyOf> NONE = Optional.empty();

  /** Between the display names of an iteration's name, such as {@code Nested > [2] a=2}. */
  static final String NAME_SEPARATOR = " > ";

  private final TestPlan plan;
  private final Set<String> excludedEngines;
  private final boolean reportUnannotated;
  private final Warnings warnings;
  private final Map<UniqueId, Optional<Unit>> units;
  private final Map<UniqueId, List<String>> containerRequirements = new ConcurrentHashMap<>();
  private final Map<AnnotatedElement, Optional<KeyOf>> keys = new ConcurrentHashMap<>();
  private final Map<AnnotatedElement, List<String>> requirements = new ConcurrentHashMap<>();

  TestUnits(TestPlan plan, List<String> excludedEngines, boolean reportUnannotated, Warnings warnings) {
    this.plan = plan;
    this.excludedEngines = Set.copyOf(excludedEngines);
    this.reportUnannotated = reportUnannotated;
    this.warnings = warnings;
    // sized for the whole plan up front, so that no callback pays for growing it
    this.units = new ConcurrentHashMap<>(
        (int) Math.min(Integer.MAX_VALUE / 2, plan.countTestIdentifiers(any -> true) + plan.getRoots().size()));
  }

  /** Reads and validates every annotation of the plan, reporting each malformed key once. */
  void validate() {
    for (TestIdentifier root : plan.getRoots()) {
      if (isExcluded(root)) {
        continue;
      }
      for (TestIdentifier node : plan.getDescendants(root)) {
        node.getSource().ifPresent(source -> {
          AnnotatedElement element = element(source);
          if (element != null) {
            keyOf(element);
            requirementsOf(element);
          }
        });
      }
    }
  }

  /** The unit a node belongs to, if its results are reported. */
  Optional<Unit> unitOf(TestIdentifier node) {
    Optional<Unit> known = units.get(node.getUniqueIdObject());
    return known != null ? known : units.computeIfAbsent(node.getUniqueIdObject(), id -> resolve(node));
  }

  /**
   * Whether a node is a test whose result is not reported because it has no Xray key (and unannotated tests are
   * not reported); tests of excluded engines are none of Xray's business and do not count.
   */
  boolean isUnkeyed(TestIdentifier node) {
    return node.isTest() && unitOf(node).isEmpty() && !isExcluded(node);
  }

  /** Whether a node is itself a unit (a test reported alone, or the container of a unit's iterations). */
  boolean isUnit(TestIdentifier node) {
    return unitOf(node).map(unit -> unit.id().equals(node.getUniqueIdObject())).orElse(false);
  }

  /** The nodes from just below the unit down to the node itself. */
  List<TestIdentifier> pathBelow(Unit unit, TestIdentifier node) {
    Deque<TestIdentifier> path = new ArrayDeque<>();
    TestIdentifier current = node;
    while (current != null && !current.getUniqueIdObject().equals(unit.id())) {
      path.addFirst(current);
      current = plan.getParent(current).orElse(null);
    }
    return List.copyOf(path);
  }

  /** The plan's nodes below a container, tests and containers, in plan order. */
  Set<TestIdentifier> descendants(TestIdentifier container) {
    return plan.getDescendants(container);
  }

  private Optional<Unit> resolve(TestIdentifier node) {
    if (isExcluded(node)) {
      return Optional.empty();
    }
    TestIdentifier methodUnit = null;
    TestIdentifier current = node;
    while (current != null) {
      TestSource source = current.getSource().orElse(null);
      if (source instanceof MethodSource method) {
        TestIdentifier top = topOfSameMethod(current, method);
        TestIdentifier parent = plan.getParent(top).orElse(null);
        if (methodUnit == null && (parent == null || parent.getSource().orElse(null) instanceof ClassSource)) {
          methodUnit = top;
        }
        Method javaMethod = javaMethod(method);
        Optional<KeyOf> key = javaMethod == null ? NONE : keyOf(javaMethod);
        if (key.isPresent()) {
          return keyed(top, key.get());
        }
        current = parent;
      } else if (source instanceof ClassSource type) {
        Class<?> javaClass = javaClass(type);
        Optional<KeyOf> key = javaClass == null ? NONE : keyOf(javaClass);
        if (key.isPresent()) {
          return keyed(current, key.get());
        }
        current = plan.getParent(current).orElse(null);
      } else {
        current = plan.getParent(current).orElse(null);
      }
    }
    if (!reportUnannotated) {
      return Optional.empty();
    }
    TestIdentifier unitNode = methodUnit != null ? methodUnit : node;
    if (methodUnit == null && !node.isTest()) {
      return Optional.empty();
    }
    return Optional.of(new Unit(unitNode, null, definitionOf(unitNode), requirementsAbove(unitNode), null));
  }

  private Optional<Unit> keyed(TestIdentifier unitNode, KeyOf key) {
    if (!key.valid()) {
      return Optional.empty();
    }
    if (key.key().isEmpty()) {
      return Optional.of(new Unit(unitNode, null, definitionOf(unitNode), requirementsAbove(unitNode),
          key.annotation()));
    }
    return Optional.of(new Unit(unitNode, key.key(), definitionOf(unitNode), requirementsAbove(unitNode), null));
  }

  /** Climbs from an invocation to its template: the highest ancestor with the same method as source. */
  private TestIdentifier topOfSameMethod(TestIdentifier node, MethodSource method) {
    TestIdentifier top = node;
    while (true) {
      TestIdentifier parent = plan.getParent(top).orElse(null);
      if (parent != null && parent.getSource().orElse(null) instanceof MethodSource above && sameMethod(above, method)) {
        top = parent;
      } else {
        return top;
      }
    }
  }

  private static boolean sameMethod(MethodSource a, MethodSource b) {
    return a.getClassName().equals(b.getClassName())
        && a.getMethodName().equals(b.getMethodName())
        && a.getMethodParameterTypes().equals(b.getMethodParameterTypes());
  }

  /**
   * Whether the node runs under an excluded engine, at any depth: Cucumber usually runs inside a
   * {@code @Suite} ({@code [engine:junit-platform-suite]/[suite:...]/[engine:cucumber]/...}).
   */
  private boolean isExcluded(TestIdentifier node) {
    for (UniqueId.Segment segment : node.getUniqueIdObject().getSegments()) {
      if (segment.getType().equals("engine") && excludedEngines.contains(segment.getValue())) {
        return true;
      }
    }
    return false;
  }

  private static String definitionOf(TestIdentifier node) {
    TestSource source = node.getSource().orElse(null);
    if (source instanceof MethodSource method) {
      return method.getClassName() + "." + method.getMethodName();
    }
    if (source instanceof ClassSource type) {
      return type.getClassName();
    }
    return node.getUniqueId();
  }

  /** Requirement keys of the classes around a unit (outermost first) and of its method, valid and distinct. */
  private List<String> requirementsAbove(TestIdentifier unitNode) {
    TestIdentifier parent = plan.getParent(unitNode).orElse(null);
    List<String> above = parent == null ? List.of() : requirementsOfContainer(parent);
    AnnotatedElement element = unitNode.getSource().map(TestUnits::element).orElse(null);
    List<String> own = element == null ? List.of() : requirementsOf(element);
    if (own.isEmpty() || above.containsAll(own)) {
      return above;
    }
    Set<String> keys = new LinkedHashSet<>(above);
    keys.addAll(own);
    return List.copyOf(keys);
  }

  /** {@link #requirementsAbove} of a container, worked out once for all the tests in it. */
  private List<String> requirementsOfContainer(TestIdentifier container) {
    List<String> known = containerRequirements.get(container.getUniqueIdObject());
    if (known != null) {
      return known;
    }
    // not computeIfAbsent: working it out asks for the container's parent, a recursive update of the same map
    List<String> computed = requirementsAbove(container);
    List<String> raced = containerRequirements.putIfAbsent(container.getUniqueIdObject(), computed);
    return raced != null ? raced : computed;
  }

  /** Memoized like {@link #keyOf}: every test of a class asks for the class's requirements. */
  private List<String> requirementsOf(AnnotatedElement element) {
    return requirements.computeIfAbsent(element, this::readRequirements);
  }

  private List<String> readRequirements(AnnotatedElement element) {
    Optional<Requirement> annotation = AnnotationSupport.findAnnotation(element, Requirement.class);
    if (annotation.isEmpty()) {
      return List.of();
    }
    List<String> valid = new ArrayList<>();
    for (String key : annotation.get().value()) {
      if (IssueKeys.isValid(key)) {
        valid.add(key);
      } else {
        String where = describe(element);
        warnings.once("requirement " + key + " " + where, () -> IssueKeys.problem("@Requirement", key, where));
      }
    }
    return List.copyOf(valid);
  }

  private Optional<KeyOf> keyOf(AnnotatedElement element) {
    return keys.computeIfAbsent(element, e -> {
      Optional<XrayTest> annotation = AnnotationSupport.findAnnotation(e, XrayTest.class);
      if (annotation.isEmpty()) {
        return NONE;
      }
      String key = annotation.get().value();
      boolean valid = key.isEmpty() || IssueKeys.isValid(key);
      if (!valid) {
        String where = describe(e);
        warnings.once("key " + where, () -> IssueKeys.problem("@XrayTest", key, where));
      }
      return Optional.of(new KeyOf(key, valid, annotation.get()));
    });
  }

  private static @Nullable AnnotatedElement element(TestSource source) {
    if (source instanceof MethodSource method) {
      return javaMethod(method);
    }
    if (source instanceof ClassSource type) {
      return javaClass(type);
    }
    return null;
  }

  private static @Nullable Method javaMethod(MethodSource source) {
    try {
      return source.getJavaMethod();
    } catch (RuntimeException notLoadable) {
      return null;
    }
  }

  private static @Nullable Class<?> javaClass(ClassSource source) {
    try {
      return source.getJavaClass();
    } catch (RuntimeException notLoadable) {
      return null;
    }
  }

  private static String describe(AnnotatedElement element) {
    if (element instanceof Method method) {
      return method.getDeclaringClass().getName() + "." + method.getName() + "()";
    }
    if (element instanceof Class<?> type) {
      return "class " + type.getName();
    }
    return element.toString();
  }
}
