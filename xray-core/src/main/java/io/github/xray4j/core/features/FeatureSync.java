package io.github.xray4j.core.features;

import static java.util.Objects.requireNonNull;

import io.github.xray4j.core.client.FeatureExportRequest;
import io.github.xray4j.core.client.FeatureImportRequest;
import io.github.xray4j.core.client.FeatureImportResult;
import io.github.xray4j.core.client.XrayClient;
import io.github.xray4j.core.internal.files.AtomicFiles;
import io.github.xray4j.core.model.Flavour;
import io.github.xray4j.core.model.IssueKey;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Cucumber features between Xray and a directory, the two ways of Xray's BDD workflow.
 *
 * <pre>{@code
 * try (XrayClient xray = XrayClient.create(config)) {
 *   ExportedFeatures exported = FeatureSync.export(xray, new FeatureExportRequest(List.of("CALC-24"), null),
 *       Path.of("src/test/resources/features"));
 *   ImportedFeatures imported = FeatureSync.importFeatures(xray, Path.of("src/test/resources/features"),
 *       FeatureImportOptions.into("CALC"));
 * }
 * }</pre>
 *
 * <p>An export unpacks Xray's zip into the directory as Xray wrote it (its tags, its file names and folders) and
 * keeps a manifest, {@value #MANIFEST}, of the files it wrote: the next export replaces those and touches no
 * other file. A zip entry that would land outside the directory ({@code ../x.feature}, an absolute path) refuses
 * the whole export before anything is written. Only {@code .feature} entries are written.
 */
public final class FeatureSync {

  /** The manifest an export keeps in its directory: the relative paths of the files it wrote, one a line. */
  public static final String MANIFEST = ".xray4j-features";
  private static final String FEATURE = ".feature";
  private static final Pattern TAGGED_KEY =
      Pattern.compile("@(?!REQ_|TESTSET_|TESTPLAN_|TESTEXEC_)(?:TEST_|PRECOND_)?(" + IssueKey.REGEX + ")\\b");

  private FeatureSync() {}

  /**
   * Exports the Cucumber Tests {@code request} names into {@code into}, replacing the files of the previous
   * export there. An empty answer from Xray writes and removes nothing.
   *
   * @throws IOException when the directory cannot be written, or Xray's answer is not a zip or holds an entry
   *     that would leave {@code into} (then nothing is written)
   */
  public static ExportedFeatures export(XrayClient xray, FeatureExportRequest request, Path into) throws IOException {
    return unpack(xray.exportFeatures(request), into);
  }

  /** Unpacks an export's zip into {@code into}, as {@link #export} does. */
  static ExportedFeatures unpack(byte[] zip, Path into) throws IOException {
    Path dir = into.toAbsolutePath().normalize();
    if (zip.length == 0) {
      return new ExportedFeatures(dir, List.of(), List.of());
    }
    Map<String, byte[]> entries = featureEntries(zip, dir);
    if (entries.isEmpty()) {
      return new ExportedFeatures(dir, List.of(), List.of());
    }
    Files.createDirectories(dir);
    List<Path> removed = new ArrayList<>();
    for (String previous : readManifest(dir)) {
      if (!entries.containsKey(previous)) {
        Path file = inside(dir, previous);
        if (file != null && Files.deleteIfExists(file)) {
          removed.add(file);
        }
      }
    }
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
      Path file = dir.resolve(entry.getKey());
      Files.createDirectories(file.getParent());
      writeAtomically(file, entry.getValue());
      written.add(file);
    }
    writeAtomically(dir.resolve(MANIFEST), ("# written by xray4j's feature export; the next export replaces these files\n"
        + String.join("\n", entries.keySet()) + "\n").getBytes(StandardCharsets.UTF_8));
    return new ExportedFeatures(dir, written, removed);
  }

  /** The zip's {@code .feature} entries by normalised relative path; refuses the zip if one would leave dir. */
  private static Map<String, byte[]> featureEntries(byte[] zip, Path dir) throws IOException {
    if (zip.length < 4 || zip[0] != 'P' || zip[1] != 'K') {
      throw new IOException("Xray's export answer is not a zip (" + zip.length + " bytes starting with \""
          + new String(zip, 0, Math.min(zip.length, 40), StandardCharsets.UTF_8).strip()
          + "\"): check xray.url, it should be Jira's base URL (Server/DC) or Xray Cloud's host");
    }
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        String name = entry.getName();
        Path target = inside(dir, name);
        if (target == null) {
          throw new IOException("Xray's export holds an entry \"" + name + "\" that would be written outside " + dir
              + ": nothing was written. Export again, or report the zip to your Xray administrator");
        }
        if (!entry.isDirectory() && name.endsWith(FEATURE)) {
          entries.put(dir.relativize(target).toString().replace('\\', '/'), in.readAllBytes());
        }
      }
    }
    return entries;
  }

  /** {@code dir/relative} when it stays inside dir, else null (absolute, drive letters, {@code ..}). */
  private static @Nullable Path inside(Path dir, String relative) {
    String name = relative.replace('\\', '/');
    if (name.isEmpty() || name.startsWith("/") || name.matches("^[A-Za-z]:.*") || name.contains("\0")) {
      return null;
    }
    Path target = dir.resolve(name).normalize();
    return target.startsWith(dir) && !target.equals(dir) ? target : null;
  }

  private static List<String> readManifest(Path dir) throws IOException {
    Path manifest = dir.resolve(MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      return List.of();
    }
    return Files.readAllLines(manifest, StandardCharsets.UTF_8).stream()
        .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
  }

  private static void writeAtomically(Path file, byte[] content) throws IOException {
    AtomicFiles.replace(file, out -> out.write(content));
  }

  /**
   * Imports a directory (every {@code .feature} file under it, zipped with their relative paths), one
   * {@code .feature} file or a zip of them into Xray.
   *
   * @throws IOException when the files cannot be read
   * @throws IllegalArgumentException when there is nothing to import or an option does not apply
   */
  public static ImportedFeatures importFeatures(XrayClient xray, Path path, FeatureImportOptions options)
      throws IOException {
    requireNonNull(path, "path");
    String folder = options.folder();
    if (folder != null && xray.flavour() == Flavour.CLOUD) {
      throw new IllegalArgumentException("Xray Cloud's feature import takes no Test Repository folder: leave the"
          + " folder out and move the Tests in Xray's Test Repository (the folder option is for Xray Server/DC)");
    }
    String name = path.getFileName() == null ? "features" : path.getFileName().toString();
    Set<String> keys = new LinkedHashSet<>();
    byte[] content;
    String filename;
    int files;
    if (Files.isDirectory(path) || folder != null && name.endsWith(FEATURE)) {
      Path zip = Files.createTempFile("xray4j-features-", ".zip");
      try {
        files = zipFeatures(path, folder, zip, keys);
        content = Files.readAllBytes(zip);
      } finally {
        Files.deleteIfExists(zip);
      }
      filename = "features.zip";
    } else if (name.endsWith(".zip")) {
      if (folder != null) {
        throw new IllegalArgumentException("a Test Repository folder applies to a directory or a .feature file, not"
            + " to a zip: give the directory the zip was made from");
      }
      content = Files.readAllBytes(path);
      files = keysInZip(content, keys);
      filename = name;
    } else if (name.endsWith(FEATURE)) {
      content = Files.readAllBytes(path);
      keysIn(new String(content, StandardCharsets.UTF_8), keys);
      files = 1;
      filename = name;
    } else {
      throw new IllegalArgumentException(path + " is neither a directory, a .feature file nor a .zip of them");
    }
    if (files == 0) {
      throw new IllegalArgumentException("no .feature files in " + path + ": nothing to import");
    }
    FeatureImportResult result = xray.importFeatures(new FeatureImportRequest(options.projectKey(), filename, content,
        options.updateRepository() || folder != null, options.source(), options.testInfo(), options.precondInfo()));
    return new ImportedFeatures(result, keys, files);
  }

  /** Streams the .feature files under path into a zip file, under folder; returns how many. */
  private static int zipFeatures(Path path, @Nullable String folder, Path zip, Set<String> keys) throws IOException {
    Path root = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
    List<Path> features;
    if (Files.isDirectory(path)) {
      try (Stream<Path> walk = Files.walk(path)) {
        features = walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(FEATURE))
            .sorted().toList();
      }
    } else {
      features = List.of(path.toAbsolutePath());
    }
    try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
      for (Path feature : features) {
        String relative = root.toAbsolutePath().relativize(feature.toAbsolutePath()).toString().replace('\\', '/');
        out.putNextEntry(new ZipEntry(folder == null ? relative : folder + "/" + relative));
        try (InputStream in = Files.newInputStream(feature)) {
          byte[] bytes = in.readAllBytes();
          keysIn(new String(bytes, StandardCharsets.UTF_8), keys);
          out.write(bytes);
        }
        out.closeEntry();
      }
    }
    return features.size();
  }

  private static int keysInZip(byte[] zip, Set<String> keys) throws IOException {
    int files = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (!entry.isDirectory() && entry.getName().endsWith(FEATURE)) {
          files++;
          keysIn(new String(in.readAllBytes(), StandardCharsets.UTF_8), keys);
        }
      }
    }
    return files;
  }

  /** The Test and Pre-Condition keys a feature's tags name ({@code @TEST_CALC-13}, {@code @CALC-13}, ...). */
  static void keysIn(String feature, Set<String> keys) {
    Matcher matcher = TAGGED_KEY.matcher(feature);
    while (matcher.find()) {
      keys.add(matcher.group(1));
    }
  }
}
