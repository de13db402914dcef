package dev.revops.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Keeps a README's example equal to a source file that a test compiles and runs: the README must
 * show the lines between {@code // readme:NAME} and {@code // /readme:NAME} (one indent level of
 * four spaces removed) and every import of the file except the test-only ones. Written once for
 * every module's README test; reaches them as revops-core's test jar.
 */
public final class ReadmeRegions {
  private ReadmeRegions() {}

  /**
   * Asserts the README shows a marked region of a source file and the file's imports.
   *
   * @param readme the README, relative to the module's folder (e.g. {@code README.md})
   * @param source the source file holding the region
   * @param name the region's name
   * @param testOnly import prefixes the README need not show (e.g. {@code "org.assertj"})
   */
  public static void assertReadmeShows(
      Path readme, Path source, String name, List<String> testOnly) {
    String code = read(source);
    String text = read(readme);
    for (String line : code.split("\n")) {
      if (line.startsWith("import ") && testOnly.stream().noneMatch(line::contains)) {
        assertThat(text).as("%s shows %s", readme, line).contains(line);
      }
    }
    assertThat(text).contains(region(code, name));
  }

  /**
   * Returns the lines between the markers, with one indent level (four spaces) removed.
   *
   * @param source the source text
   * @param name the region's name
   * @return the region, without trailing white space
   */
  public static String region(String source, String name) {
    String start = "// readme:" + name + "\n";
    String end = "// /readme:" + name;
    int begin = source.indexOf(start);
    int stop = source.indexOf(end);
    assertThat(begin).as("marker %s", start.strip()).isNotNegative();
    assertThat(stop).as("marker %s", end).isGreaterThan(begin);
    int from = begin + start.length();
    int to = source.lastIndexOf("\n", stop) + 1;
    StringBuilder out = new StringBuilder();
    for (String line : source.substring(from, to).split("\n", -1)) {
      out.append(line.startsWith("    ") ? line.substring(4) : line).append('\n');
    }
    return out.toString().stripTrailing();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
