package dev.revops.collections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.collections.plan.PaymentPlan;
import dev.revops.collections.promise.PromiseToPay;
import dev.revops.core.statemachine.MermaidDocs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps the state diagrams in README.md generated from the machines. Run with {@code
 * -Drevops.updateDocs=true} to rewrite them.
 */
class StateDiagramsTest {
  @Test
  void readmeDiagramsMatchTheMachines() throws IOException {
    Path readme = Path.of("README.md");
    String current = Files.readString(readme, StandardCharsets.UTF_8);
    String rendered = MermaidDocs.render(current, "promise", PromiseToPay.MACHINE);
    rendered = MermaidDocs.render(rendered, "payment-plan", PaymentPlan.MACHINE);
    if (Boolean.getBoolean("revops.updateDocs")) {
      Files.writeString(readme, rendered, StandardCharsets.UTF_8);
      current = Files.readString(readme, StandardCharsets.UTF_8);
    }
    assertThat(current)
        .as("README.md diagrams are stale; run with -Drevops.updateDocs=true")
        .isEqualTo(rendered);
  }
}
