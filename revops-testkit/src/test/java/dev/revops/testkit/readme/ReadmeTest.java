package dev.revops.testkit.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's conformance example is {@link InvoiceStoreConformanceTest}, which JUnit runs with
 * the rest of the suite; this test checks the README shows that file's code and its imports, so the
 * README never drifts from code that compiles and passes.
 */
class ReadmeTest {
  private static final Path EXAMPLE =
      Path.of("src/test/java/dev/revops/testkit/readme/InvoiceStoreConformanceTest.java");

  @Test
  void theReadmeShowsTheCompiledConformanceExampleWithItsImports() throws IOException {
    String source = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int begin = source.indexOf("// readme:begin\n");
    int end = source.indexOf("// readme:end");
    assertThat(begin).as("region start").isNotNegative();
    assertThat(end).as("region end").isGreaterThan(begin);
    assertThat(readme).contains(source.substring(begin + "// readme:begin\n".length(), end));
    for (String line : source.split("\n")) {
      if (line.startsWith("import ")) {
        assertThat(readme).contains(line);
      }
    }
  }

  @Test
  void theReadmeSaysHowSurefireFindsThePropertiesClasses() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    assertThat(readme).contains("<include>**/*Properties.java</include>");
    assertThat(readme).doesNotContain("withMemo");
  }
}
