package dev.revops.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KernelTourTest {
  @Test
  void tourRunsAndShowsTheKernelKeepingItsPromises() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    KernelTour.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("(sum USD 2000.00)")
        .contains("[EUR 33.34, EUR 33.33, EUR 33.33]")
        .contains("[2024-01-31, 2024-02-29, 2024-03-31, 2024-04-30, 2024-05-31, 2024-06-30]")
        .contains("due 2024-07-05T15:00")
        .contains("Cannot fire VOID in state PAID")
        .contains("expected version 1 but found 2")
        .contains("Plan loaded from JSON: Pro at USD 49.00")
        .contains("$.colour: unknown field 'colour'");
  }
}
