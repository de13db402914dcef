package dev.revops.sales.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DuplicateDetectorTest {
  @Test
  void jaroWinklerMatchesTheTextbookExamples() {
    assertThat(DuplicateDetector.jaroWinkler("martha", "marhta")).isCloseTo(0.961, within(0.001));
    assertThat(DuplicateDetector.jaroWinkler("dwayne", "duane")).isCloseTo(0.84, within(0.001));
    assertThat(DuplicateDetector.jaroWinkler("dixon", "dicksonx")).isCloseTo(0.813, within(0.001));
    assertThat(DuplicateDetector.jaroWinkler("abc", "abc")).isEqualTo(1.0);
    assertThat(DuplicateDetector.jaroWinkler("abc", "")).isEqualTo(0.0);
    assertThat(DuplicateDetector.jaroWinkler("abc", "xyz")).isEqualTo(0.0);
  }

  @Test
  void normalisesNamesAndCompanies() {
    assertThat(DuplicateDetector.normaliseName("Smith, Ánna")).isEqualTo("anna smith");
    assertThat(DuplicateDetector.normaliseCompany("ACME Widgets GmbH & Co. KG"))
        .isEqualTo("acme widgets");
  }

  @Test
  void thresholdIsChecked() {
    assertThatThrownBy(() -> new DuplicateDetector(0))
        .hasMessage("threshold must be in (0, 1], got 0.0");
  }
}
