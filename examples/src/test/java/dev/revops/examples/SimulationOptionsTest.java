package dev.revops.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SimulationOptionsTest {
  @Test
  void defaultsAreTheDocumentedOnes() {
    SimulationOptions o = SimulationOptions.parse();
    assertThat(o.accounts()).isEqualTo(2000);
    assertThat(o.months()).isEqualTo(24);
    assertThat(o.seed()).isEqualTo(42);
    assertThat(o.out()).isEqualTo(Path.of("target", "revops-report.html"));
    assertThat(o.help()).isFalse();
  }

  @Test
  void readsBothSpellings() {
    SimulationOptions o =
        SimulationOptions.parse(
            "--accounts", "500", "--months=6", "--seed", "7", "--out", "x.html");
    assertThat(o).isEqualTo(new SimulationOptions(500, 6, 7, Path.of("x.html"), false));
    assertThat(SimulationOptions.parse("--help").help()).isTrue();
  }

  @Test
  void badOptionsNameWhatIsWrong() {
    assertThatThrownBy(() -> SimulationOptions.parse("--acounts", "5"))
        .hasMessage("unknown option '--acounts' (see --help)");
    assertThatThrownBy(() -> SimulationOptions.parse("--months", "abc"))
        .hasMessage("--months must be a whole number, got 'abc'");
    assertThatThrownBy(() -> SimulationOptions.parse("--months", "0"))
        .hasMessage("--months must be between 1 and 120, got 0");
    assertThatThrownBy(() -> SimulationOptions.parse("--seed")).hasMessage("--seed needs a value");
  }
}
