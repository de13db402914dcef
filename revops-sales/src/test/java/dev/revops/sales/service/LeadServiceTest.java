package dev.revops.sales.service;

import static dev.revops.sales.lead.LeadFixtures.T0;
import static dev.revops.sales.lead.LeadFixtures.webForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.consent.Channel;
import dev.revops.core.error.IllegalTransitionException;
import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ContactId;
import dev.revops.core.id.UserId;
import dev.revops.core.money.Money;
import dev.revops.core.party.Account;
import dev.revops.core.party.Contact;
import dev.revops.core.pipeline.OpportunityStatus;
import dev.revops.core.statemachine.StateMachine;
import dev.revops.sales.lead.CaptureLead;
import dev.revops.sales.lead.CaptureResult;
import dev.revops.sales.lead.ConversionResult;
import dev.revops.sales.lead.ConvertLead;
import dev.revops.sales.lead.DuplicateDetector;
import dev.revops.sales.lead.Lead;
import dev.revops.sales.lead.LeadConversion;
import dev.revops.sales.lead.LeadEvents.LeadCaptured;
import dev.revops.sales.lead.LeadEvents.LeadConverted;
import dev.revops.sales.lead.LeadEvents.LeadRecaptured;
import dev.revops.sales.lead.LeadFixtures;
import dev.revops.sales.lead.LeadLifecycle;
import dev.revops.sales.lead.LeadSource;
import dev.revops.sales.lead.LeadStatus;
import dev.revops.sales.lead.LeadTrigger;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LeadServiceTest {
  private final LeadFixtures f = new LeadFixtures();
  private final LeadService service = f.service;
  private static final ZoneId NY = ZoneId.of("America/New_York");
  private static final Currency USD = Currency.getInstance("USD");
  private static final UserId REP = UserId.of("rep-1");

  private static CaptureLead minimal(LeadSource source) {
    CaptureLead c =
        CaptureLead.of(source, "Doe", "us", T0)
            .withPerson("Ann", "Acme")
            .withContactPoints(null, "(415) 555-0123");
    if (source.needsDetail()) {
      c = c.withSourceDetail("Spring expo", null);
    }
    if (source.needsReferrer()) {
      c = c.withSourceDetail(null, "customer-42");
    }
    if (source.needsConsent()) {
      c = c.withConsentAndAttributes(Set.of(Channel.SMS), Map.of());
    }
    return c;
  }

  @ParameterizedTest
  @EnumSource(LeadSource.class)
  void capturesFromEverySourceAndNormalises(LeadSource source) {
    CaptureResult r = service.capture(minimal(source));
    assertThat(r.created()).isTrue();
    Lead lead = r.lead();
    assertThat(lead.source()).isEqualTo(source);
    assertThat(lead.phone()).isEqualTo("+14155550123");
    assertThat(lead.country()).isEqualTo("US");
    assertThat(lead.status()).isEqualTo(LeadStatus.NEW);
    assertThat(lead.version()).isEqualTo(1);
    assertThat(f.events.published(LeadCaptured.class))
        .singleElement()
        .satisfies(e -> assertThat(e.source()).isEqualTo(source));
  }

  @Test
  void referralKeepsItsReferrer() {
    Lead lead = service.capture(minimal(LeadSource.REFERRAL)).lead();
    assertThat(lead.referredBy()).isEqualTo("customer-42");
  }

  @Test
  void aWebFormWithABadEmailAndNoConsentIsRejectedWithEveryViolation() {
    CaptureLead bad =
        CaptureLead.of(LeadSource.WEB_FORM, " ", "USA", null)
            .withContactPoints("ann@@example", "12ab");
    assertThatThrownBy(() -> service.capture(bad))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.violations())
                  .extracting(Violation::path)
                  .containsExactlyInAnyOrder(
                      "capturedAt",
                      "consent",
                      "country",
                      "email",
                      "lastName",
                      "phone",
                      "sourceDetail");
              assertThat(e.violations())
                  .contains(
                      new Violation("consent", "a WEB_FORM lead must carry consent"),
                      new Violation("email", "is not a valid e-mail address"));
              assertThat(e.getMessage()).doesNotContain("ann@@example");
            });
    assertThat(f.leads.size()).isZero();
  }

  @Test
  void aReferralWithoutReferrerAndACaptureWithoutContactPointsAreRejected() {
    CaptureLead noWay = CaptureLead.of(LeadSource.REFERRAL, "Doe", "US", T0);
    assertThatThrownBy(() -> service.capture(noWay))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        new Violation("email", "an e-mail or a phone is required"),
                        new Violation("referredBy", "a referral must name who referred the lead")));
  }

  @Test
  void aResubmittedFormUpdatesTheExistingLead() {
    Lead first = service.capture(webForm("Ann", "Doe", "Acme", "Ann@Example.com")).lead();
    f.clock.advance(java.time.Duration.ofDays(1));
    CaptureResult again =
        service.capture(
            webForm("Ann", "Doe", "Acme", "ann@example.com ")
                .at(T0.plusSeconds(86_400))
                .withContactPoints("ann@example.com", "+1 415 555 0199"));
    assertThat(again.created()).isFalse();
    assertThat(again.duplicate().orElseThrow().matchedOn()).isEqualTo("email");
    assertThat(f.leads.size()).isEqualTo(1);
    assertThat(again.lead().id()).isEqualTo(first.id());
    assertThat(again.lead().phone()).isEqualTo("+14155550199");
    assertThat(again.lead().captures()).isEqualTo(2);
    assertThat(again.lead().consents()).hasSize(2);
    assertThat(f.events.published(LeadRecaptured.class)).hasSize(1);
  }

  @Test
  void fuzzyNameAndCompanyMatchUpdatesTheLeadAndADifferentPersonDoesNot() {
    service.capture(webForm("John", "Smith", "ACME Inc.", "john@acme.example"));
    CaptureResult typo = service.capture(webForm("Jon", "Smith", "Acme", "jsmith@gmail.example"));
    assertThat(typo.created()).isFalse();
    assertThat(typo.duplicate().orElseThrow().matchedOn()).isEqualTo("name+company");
    CaptureResult other = service.capture(webForm("Maria", "Garcia", "Acme", "maria@acme.example"));
    assertThat(other.created()).isTrue();
    assertThat(f.leads.size()).isEqualTo(2);
  }

  @Test
  void lifecycleHappyPathToConversionWithANewAccountAndOpportunity() {
    Lead lead = service.capture(webForm("Ann", "Doe", "Acme", "ann@acme.example")).lead();
    service.fire(lead.id(), LeadTrigger.ATTEMPT_CONTACT, null, "rep-1");
    service.fire(lead.id(), LeadTrigger.CONNECT, null, "rep-1");
    service.fire(lead.id(), LeadTrigger.QUALIFY, null, "scoring");
    Lead sql = service.fire(lead.id(), LeadTrigger.ACCEPT, null, "rep-1");
    assertThat(sql.status()).isEqualTo(LeadStatus.SALES_ACCEPTED);

    ConversionResult r =
        service.convert(
            lead.id(),
            ConvertLead.newAccount(NY, USD, REP)
                .withOpportunity(
                    "Acme pilot", Money.of("12000.00", "USD"), LocalDate.of(2026, 6, 30)),
            "rep-1");
    assertThat(r.account().name()).isEqualTo("Acme");
    assertThat(r.account().owner()).isEqualTo(REP);
    assertThat(r.contact().emails()).containsExactly("ann@acme.example");
    assertThat(r.contact().zones()).containsExactly(NY);
    assertThat(r.createdOpportunity().orElseThrow().stage()).isEqualTo("Prospecting");
    assertThat(r.createdOpportunity().orElseThrow().status()).isEqualTo(OpportunityStatus.OPEN);
    assertThat(r.createdOpportunity().orElseThrow().lead()).isEqualTo(lead.id());
    Lead converted = r.lead();
    assertThat(converted.status()).isEqualTo(LeadStatus.CONVERTED);
    LeadConversion links = converted.conversionLinks().orElseThrow();
    assertThat(links.account()).isEqualTo(r.account().id());
    assertThat(links.contact()).isEqualTo(r.contact().id());
    assertThat(links.opportunityId()).contains(r.opportunity().id());
    assertThat(converted.history())
        .extracting(t -> t.event().code())
        .containsExactly("ATTEMPT_CONTACT", "CONNECT", "QUALIFY", "ACCEPT", "CONVERT");
    assertThat(f.events.published(LeadConverted.class)).hasSize(1);
  }

  @Test
  void convertingIntoAnExistingAccountFillsOnlyEmptyFields() {
    Account existing =
        f.accounts.save(Account.of(AccountId.of("acc-1"), "Acme Corp", NY, USD, "US"), 0);
    Contact known =
        f.contacts.save(
            new Contact(
                ContactId.of("con-1"),
                existing.id(),
                "Ann Doe",
                "",
                List.of("ann@acme.example"),
                List.of(),
                Set.of(NY),
                0),
            0);
    Lead lead =
        service
            .capture(
                webForm("Ann", "Doe", "Acme", "ann@acme.example")
                    .withContactPoints("ann@acme.example", "415 555 0123"))
            .lead();
    service.fire(lead.id(), LeadTrigger.QUALIFY, null, "scoring");
    ConvertLead cmd = new ConvertLead(existing.id(), NY, USD, REP, "buyer", null, null, null);
    ConversionResult r = service.convert(lead.id(), cmd, "rep-1");

    assertThat(r.account().id()).isEqualTo(existing.id());
    assertThat(r.account().name()).isEqualTo("Acme Corp");
    assertThat(r.account().owner()).isEqualTo(REP);
    assertThat(r.contact().id()).isEqualTo(known.id());
    assertThat(r.contact().role()).isEqualTo("buyer");
    assertThat(r.contact().phones()).containsExactly("+14155550123");
    assertThat(r.opportunity()).isNull();
    assertThat(f.accounts.size()).isEqualTo(1);
    assertThat(f.contacts.size()).isEqualTo(1);

    Account owned = f.accounts.get(existing.id());
    Account kept = f.accounts.save(owned.withOwner(UserId.of("someone-else")), owned.version());
    Lead second = service.capture(minimal(LeadSource.INBOUND_CALL)).lead();
    service.fire(second.id(), LeadTrigger.QUALIFY, null, "rep");
    ConversionResult r2 = service.convert(second.id(), cmd, "rep-1");
    assertThat(r2.account().owner()).isEqualTo(kept.owner());
  }

  @Test
  void refusalsNameStateEventAndAllowedEvents() {
    Lead lead = service.capture(webForm("Ann", "Doe", "Acme", "ann@acme.example")).lead();
    assertThatThrownBy(
            () -> service.convert(lead.id(), ConvertLead.newAccount(NY, USD, REP), "rep-1"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(
            "Cannot fire CONVERT in state NEW; allowed events: [ATTEMPT_CONTACT, CONNECT, NURTURE,"
                + " QUALIFY, DISQUALIFY]");
    assertThatThrownBy(() -> service.disqualify(lead.id(), " ", "rep-1"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("guard 'a reason is given' refused it");
    assertThatThrownBy(() -> service.fire(lead.id(), LeadTrigger.ACCEPT, null, "rep-1"))
        .hasMessageStartingWith("Cannot fire ACCEPT in state NEW");

    Lead dq = service.disqualify(lead.id(), "student, no budget", "rep-1");
    assertThat(dq.status()).isEqualTo(LeadStatus.DISQUALIFIED);
    assertThat(dq.disqualificationReason()).isEqualTo("student, no budget");
    assertThatThrownBy(() -> service.fire(lead.id(), LeadTrigger.QUALIFY, null, "rep-1"))
        .hasMessage("Cannot fire QUALIFY in state DISQUALIFIED; allowed events: [REOPEN]");
    Lead reopened = service.fire(lead.id(), LeadTrigger.REOPEN, null, "rep-1");
    assertThat(reopened.status()).isEqualTo(LeadStatus.WORKING);
    assertThat(reopened.disqualificationReason()).isNull();

    service.fire(lead.id(), LeadTrigger.QUALIFY, null, "rep-1");
    service.fire(lead.id(), LeadTrigger.REJECT, null, "rep-1");
    service.fire(lead.id(), LeadTrigger.QUALIFY, null, "rep-1");
    service.convert(lead.id(), ConvertLead.newAccount(NY, USD, REP), "rep-1");
    assertThatThrownBy(() -> service.fire(lead.id(), LeadTrigger.REOPEN, null, "rep-1"))
        .hasMessage("Cannot fire REOPEN in state CONVERTED; allowed events: []");
  }

  @Test
  void hostsAddStatusesWithoutForking() {
    LeadStatus badTiming = LeadStatus.of("BAD_TIMING");
    LeadTrigger park = LeadTrigger.of("PARK");
    StateMachine<LeadStatus, LeadTrigger> extended =
        LeadLifecycle.standard().toBuilder()
            .permit(LeadStatus.WORKING, park, badTiming)
            .permit(badTiming, LeadTrigger.CONNECT, LeadStatus.WORKING)
            .build();
    LeadService custom =
        f.service.withRules(
            new LeadRules(
                extended,
                DuplicateDetector.standard(),
                dev.revops.sales.pipeline.PipelineConfig.espoCrm()));
    Lead lead = custom.capture(minimal(LeadSource.INBOUND_CHAT)).lead();
    custom.fire(lead.id(), LeadTrigger.CONNECT, null, "rep");
    assertThat(custom.fire(lead.id(), park, null, "rep").status()).isEqualTo(badTiming);
    assertThat(custom.lifecycle().allowedEvents(badTiming)).containsExactly(LeadTrigger.CONNECT);
    assertThat(LeadLifecycle.standard().states()).doesNotContain(badTiming);
    assertThat(EnumSet.allOf(LeadSource.class)).hasSize(13);
  }

  @Test
  void statusAndTriggerCodesAreChecked() {
    assertThatThrownBy(() -> LeadStatus.of("bad timing"))
        .hasMessageContaining("upper case letters");
    assertThatThrownBy(() -> LeadTrigger.of("")).hasMessageContaining("upper case letters");
    assertThatThrownBy(() -> new ConvertLead(null, NY, USD, REP, null, "x", null, null))
        .hasMessage("an opportunity needs an amount and a close date along with its name");
  }
}
