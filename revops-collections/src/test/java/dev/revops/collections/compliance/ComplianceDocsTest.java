package dev.revops.collections.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Keeps the README's compliance table complete and its test names real. */
class ComplianceDocsTest {
  @Test
  void everyRuleHasARowNamingItsRegulationAndExistingTests() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    for (String id : CollectionsContactPolicy.REGULATIONS.keySet()) {
      assertThat(readme).as("README row for %s", id).contains("| `" + id + "` |");
    }
    Matcher m = Pattern.compile("CT `([A-Za-z]+)`").matcher(readme);
    int named = 0;
    while (m.find()) {
      String name = m.group(1);
      assertThat(Arrays.stream(ComplianceTest.class.getDeclaredMethods()).map(Method::getName))
          .as("test method %s named in README", name)
          .contains(name);
      named++;
    }
    assertThat(named).isGreaterThanOrEqualTo(CollectionsContactPolicy.REGULATIONS.size());
    Matcher p = Pattern.compile("CP `([A-Za-z]+)`").matcher(readme);
    while (p.find()) {
      String name = p.group(1);
      assertThat(
              Arrays.stream(ComplianceProperties.class.getDeclaredMethods()).map(Method::getName))
          .contains(name);
    }
  }
}
