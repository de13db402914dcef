package dev.revops.sales.referral;

import static dev.revops.sales.referral.ReferralFixture.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.AccountId;
import dev.revops.core.json.RevOpsJson;
import dev.revops.sales.lead.CaptureLead;
import dev.revops.sales.lead.Lead;
import dev.revops.sales.lead.LeadFixtures;
import dev.revops.sales.lead.LeadSource;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A referral from a lead captured by sales' own lead service to the reward, read back as JSON. */
class ReferralIntegrationTest {
  private static final AccountId ANNA = account("anna");
  private final ReferralFixture f = new ReferralFixture();
  private final LeadFixtures leads = new LeadFixtures();
  private final ObjectMapper json = RevOpsJson.mapper();

  private Lead captureReferral(String referredBy, String email) {
    return leads
        .service
        .capture(
            CaptureLead.of(LeadSource.REFERRAL, "Doe", "US", LeadFixtures.T0)
                .withPerson("Ben", "Beta Inc")
                .withContactPoints(email, null)
                .withSourceDetail(null, referredBy))
        .lead();
  }

  @Test
  void aLeadCapturedWithACodeIsAttributedQualifiedAndRewardedAndEverythingRoundTrips()
      throws Exception {
    ReferralCode code = f.service.issueCode(ANNA).code();
    Lead lead =
        captureReferral(code.value().toLowerCase(java.util.Locale.ROOT), "ben@beta.example");
    Referral attributed = f.service.attribute(lead);
    assertThat(attributed.status()).isEqualTo(ReferralStatus.ATTRIBUTED);
    assertThat(attributed.code()).isEqualTo(code);
    assertThat(attributed.referredLead()).isEqualTo(lead.id());

    AccountId ben = account("ben");
    f.service.linkAccount(lead.id(), ben);
    Referral rewarded =
        f.service.firstInvoicePaid(ben, "inv-1", LeadFixtures.T0.plus(Duration.ofDays(14))).get(0);
    assertThat(rewarded.status()).isEqualTo(ReferralStatus.REWARDED);

    assertThat(json.readValue(json.writeValueAsString(rewarded), Referral.class))
        .isEqualTo(rewarded);
    IssuedCode issued = f.ports.codes().get(ANNA);
    assertThat(json.readValue(json.writeValueAsString(issued), IssuedCode.class)).isEqualTo(issued);
    for (DomainEvent e : f.events.published()) {
      assertThat(json.readValue(json.writeValueAsString(e), e.getClass())).isEqualTo(e);
    }
    RewardGrant grant = f.rewards.grants().get(0);
    assertThat(json.readValue(json.writeValueAsString(grant), RewardGrant.class)).isEqualTo(grant);
  }

  @Test
  void aLeadThatIsNoReferralOrHasNoWellFormedCodeIsRefusedWithoutEchoingIt() {
    Lead web =
        leads
            .service
            .capture(LeadFixtures.webForm("Ann", "Doe", "Acme", "ann@acme.example"))
            .lead();
    assertThatThrownBy(() -> f.service.attribute(web))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not captured as a referral");
    Lead typo = captureReferral("my friend cleo@example.com", "ben@beta.example");
    assertThatThrownBy(() -> f.service.attribute(typo))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("cleo");
  }
}
