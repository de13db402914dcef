package dev.revops.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.billing.invoice.InvoiceLifecycle;
import dev.revops.billing.payment.PaymentLifecycle;
import dev.revops.billing.retirement.MigrationLifecycle;
import dev.revops.billing.subscription.SubscriptionLifecycle;
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
    String rendered = MermaidDocs.render(current, "subscription", SubscriptionLifecycle.MACHINE);
    rendered = MermaidDocs.render(rendered, "invoice", InvoiceLifecycle.MACHINE);
    rendered = MermaidDocs.render(rendered, "payment", PaymentLifecycle.MACHINE);
    rendered = MermaidDocs.render(rendered, "plan-migration", MigrationLifecycle.MACHINE);
    if (Boolean.getBoolean("revops.updateDocs")) {
      Files.writeString(readme, rendered, StandardCharsets.UTF_8);
      current = Files.readString(readme, StandardCharsets.UTF_8);
    }
    assertThat(current)
        .as("README.md diagrams are stale; run with -Drevops.updateDocs=true")
        .isEqualTo(rendered);
  }
}
