package dev.revops.sales.marketing;

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

/** Keeps the README's marketing compliance table complete and its test names real. */
class MarketingComplianceDocsTest {
  @Test
  void everyRuleHasARowNamingItsRegulationAndExistingTests() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    for (var e : MarketingRules.REGULATIONS.entrySet()) {
      assertThat(readme).as("README row for %s", e.getKey()).contains("| `" + e.getKey() + "` |");
    }
    int named = check(readme, "MT", MarketingComplianceTest.class);
    assertThat(named).isGreaterThanOrEqualTo(MarketingRules.REGULATIONS.size());
    assertThat(check(readme, "MP", MarketingComplianceProperties.class)).isPositive();
    check(readme, "MC", MarketingComplianceConfigTest.class);
  }

  private static int check(String readme, String prefix, Class<?> type) {
    Matcher m = Pattern.compile(prefix + " `([A-Za-z]+)`").matcher(readme);
    int named = 0;
    while (m.find()) {
      assertThat(Arrays.stream(type.getDeclaredMethods()).map(Method::getName))
          .as("%s method %s named in README", type.getSimpleName(), m.group(1))
          .contains(m.group(1));
      named++;
    }
    return named;
  }
}
