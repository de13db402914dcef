package dev.revops.sales;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.statemachine.MermaidDocs;
import dev.revops.core.statemachine.StateMachine;
import dev.revops.sales.campaign.CampaignLifecycle;
import dev.revops.sales.lead.LeadLifecycle;
import dev.revops.sales.order.OrderLifecycles;
import dev.revops.sales.pipeline.OpportunityLifecycle;
import dev.revops.sales.pipeline.PipelineConfig;
import dev.revops.sales.referral.ReferralLifecycle;
import dev.revops.sales.returns.ReturnLifecycle;
import dev.revops.sales.servicecase.CaseLifecycle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Keeps the state diagrams in README.md generated from the definitions. Run with {@code
 * -Drevops.updateDocs=true} to rewrite them.
 */
class StateDiagramsTest {
  static Map<String, StateMachine<?, ?>> machines() {
    Map<String, StateMachine<?, ?>> m = new LinkedHashMap<>();
    m.put("lead", LeadLifecycle.standard());
    m.put("opportunity", OpportunityLifecycle.of(PipelineConfig.salesforce()));
    m.put("order", OrderLifecycles.ORDER);
    m.put("order-payment", OrderLifecycles.PAYMENT);
    m.put("order-fulfilment", OrderLifecycles.FULFILMENT);
    m.put("return", ReturnLifecycle.MACHINE);
    m.put("case", CaseLifecycle.MACHINE);
    m.put("campaign", CampaignLifecycle.standard());
    m.put("referral", ReferralLifecycle.MACHINE);
    return m;
  }

  @Test
  void readmeHoldsTheGeneratedDiagramOfEveryLifecycle() throws IOException {
    Path readme = Path.of("README.md");
    String current = Files.readString(readme, StandardCharsets.UTF_8);
    String rendered = current;
    for (Map.Entry<String, StateMachine<?, ?>> e : machines().entrySet()) {
      rendered = MermaidDocs.render(rendered, e.getKey(), e.getValue());
    }
    if (Boolean.getBoolean("revops.updateDocs")) {
      Files.writeString(readme, rendered, StandardCharsets.UTF_8);
      current = rendered;
    }
    assertThat(current)
        .as("README.md diagrams are stale: run the tests with -Drevops.updateDocs=true")
        .isEqualTo(rendered);
    for (String name : machines().keySet()) {
      assertThat(current).contains("<!-- mermaid:" + name + " -->");
    }
  }
}
