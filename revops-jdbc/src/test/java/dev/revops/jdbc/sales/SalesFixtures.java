package dev.revops.jdbc.sales;

import dev.revops.core.id.AccountId;
import dev.revops.core.id.ContactId;
import dev.revops.core.id.LeadId;
import dev.revops.core.id.OpportunityId;
import dev.revops.core.id.UserId;
import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import dev.revops.core.statemachine.StateMachine;
import dev.revops.sales.id.CaseId;
import dev.revops.sales.id.OrderId;
import dev.revops.sales.id.ReturnId;
import dev.revops.sales.lead.CaptureLead;
import dev.revops.sales.lead.Lead;
import dev.revops.sales.lead.LeadConversion;
import dev.revops.sales.lead.LeadLifecycle;
import dev.revops.sales.lead.LeadSource;
import dev.revops.sales.lead.LeadStatus;
import dev.revops.sales.lead.LeadTrigger;
import dev.revops.sales.order.Order;
import dev.revops.sales.order.OrderLine;
import dev.revops.sales.pipeline.Opportunity;
import dev.revops.sales.pipeline.OpportunityDeal;
import dev.revops.sales.pipeline.PipelineConfig;
import dev.revops.sales.returns.ReturnAuthorization;
import dev.revops.sales.returns.ReturnLine;
import dev.revops.sales.servicecase.CaseKind;
import dev.revops.sales.servicecase.CaseType;
import dev.revops.sales.servicecase.Feedback;
import dev.revops.sales.servicecase.ServiceCase;
import dev.revops.sales.servicecase.Severity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Small, valid sales aggregates for the adapter tests. */
final class SalesFixtures {
  static final AccountId ACCOUNT = AccountId.of("acct-1");
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  static final StateMachine<LeadStatus, LeadTrigger> LEADS = LeadLifecycle.standard();
  static final PipelineConfig PIPELINE = PipelineConfig.salesforce();

  private SalesFixtures() {}

  static Money usd(long minor) {
    return Money.ofMinor(minor, "USD");
  }

  /** A new lead with the contact points and company given as they are (already normalised). */
  static Lead lead(String id, String email, String phone, String company) {
    return Lead.capture(
            LeadId.of(id),
            CaptureLead.of(LeadSource.WEB_FORM, "Doe", "US", T0)
                .withPerson("Ann", company)
                .withContactPoints(email, phone),
            LeadStatus.NEW)
        .value();
  }

  static Lead lead(int n) {
    return lead("lead-" + n, "ann" + n + "@example.com", "+1415555" + (1000 + n), "Company " + n);
  }

  static Lead reassign(Lead l, int n) {
    return l.withOwner(UserId.of("rep-" + n));
  }

  /** A lead qualified and converted (its e-mail is then free for a new lead). */
  static Lead converted(Lead l, int n) {
    Lead qualified = l.fire(LEADS, LeadTrigger.QUALIFY, null, T0, "rep-1").value();
    LeadConversion links =
        new LeadConversion(AccountId.of("acct-c" + n), ContactId.of("contact-c" + n), null, T0);
    return qualified.convert(LEADS, links, "rep-1").value();
  }

  static Opportunity opportunity(int n) {
    return Opportunity.open(
            OpportunityId.of("opp-" + n),
            new OpportunityDeal(
                ACCOUNT,
                "Deal " + n,
                usd(100_000L + n),
                LocalDate.of(2026, 6, 30),
                UserId.of("rep-1"),
                null),
            PIPELINE,
            T0)
        .value();
  }

  static Opportunity reprice(Opportunity o, int n) {
    return o.update(usd(200_000L + n), LocalDate.of(2026, 7, 1).plusDays(n % 28), T0).value();
  }

  static Order order(int n) {
    return order("order-" + n, ACCOUNT);
  }

  static Order order(String id, AccountId account) {
    return Order.place(
            OrderId.of(id),
            account,
            List.of(
                OrderLine.of(1, "MUG", 3, Money.of("10.00", "USD"), Percentage.of("10")),
                OrderLine.of(2, "TEE", 2, Money.of("25.00", "USD"), Percentage.of("7"))),
            T0)
        .value();
  }

  static Order payPart(Order o, int n) {
    return o.pay(usd(1 + n % 50), T0.plusSeconds(n)).value();
  }

  static ReturnAuthorization returnOf(int n, OrderId order) {
    return ReturnAuthorization.request(
            ReturnId.of("return-" + n), order, List.of(new ReturnLine(1, 1)), "broken", T0)
        .value();
  }

  static ServiceCase serviceCase(int n) {
    return serviceCase("case-" + n);
  }

  static ServiceCase serviceCase(String id) {
    return ServiceCase.open(
            CaseId.of(id), ACCOUNT, CaseKind.of(CaseType.INCIDENT, Severity.HIGH, null), T0)
        .value();
  }

  static ServiceCase respond(ServiceCase c, int n) {
    return c.respond(T0.plusSeconds(60L + n)).value();
  }

  static Feedback csat(AccountId account, int score, int n) {
    return new Feedback(
        account,
        CaseId.of("case-" + n),
        Feedback.Kind.CSAT,
        score,
        "answer " + n,
        T0.plusSeconds(n));
  }
}
