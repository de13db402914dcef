package dev.revops.examples.small;

import dev.revops.collections.compliance.CollectionsContactPolicy;
import dev.revops.collections.compliance.ContactKind;
import dev.revops.collections.compliance.DebtFacts;
import dev.revops.collections.compliance.IntendedContact;
import dev.revops.collections.port.memory.InMemoryActivityLog;
import dev.revops.collections.port.memory.InMemoryPaymentStatus;
import dev.revops.collections.service.ContactGate;
import dev.revops.collections.service.GateResult;
import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ContactPreferences;
import dev.revops.core.consent.RuleOutcome;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ContactId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.time.BusinessCalendar;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Asks the collections contact gate whether a collector may contact a debtor, and prints why: a
 * text without prior consent, a call at 7:30 in the morning in the debtor's zone, and an e-mail at
 * noon. Every decision names the rules that decided and is written to the activity log.
 */
public final class ComplianceDecision {
  private ComplianceDecision() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    ZoneId la = ZoneId.of("America/Los_Angeles");
    BusinessCalendar calendar = BusinessCalendar.builder(la).build();
    InMemoryActivityLog log = new InMemoryActivityLog();
    InMemoryPaymentStatus payments = new InMemoryPaymentStatus();
    ContactGate gate =
        new ContactGate(
            CollectionsContactPolicy.standard(calendar),
            log,
            payments,
            new SequentialIdGenerator("act"));
    AccountId account = AccountId.of("acct-9");
    ReceivableId debt = ReceivableId.of("inv-9");
    payments.set(debt, Money.of("180.00", "USD"));
    LocalDate day = LocalDate.of(2024, 6, 11);
    ContactPreferences prefs =
        ContactPreferences.none(ContactId.of("contact-9"))
            .optIn(Channel.EMAIL, "signup", day.minusYears(1).atStartOfDay(la).toInstant());
    DebtFacts facts =
        DebtFacts.clean()
            .withFirstContactOn(day.minusDays(20))
            .withValidationNoticeSentOn(day.minusDays(20));

    BiConsumer<Channel, Instant> ask =
        (channel, at) -> ask(out, gate, account, debt, prefs, facts, channel, at);
    ask.accept(Channel.SMS, day.atTime(12, 0).atZone(la).toInstant());
    ask.accept(Channel.PHONE, day.atTime(7, 30).atZone(la).toInstant());
    ask.accept(Channel.EMAIL, day.atTime(12, 0).atZone(la).toInstant());
    out.println(
        "Activity log: "
            + log.all().size()
            + " entries, "
            + log.all().stream().map(a -> a.type().name()).toList());
  }

  private static void ask(
      PrintStream out,
      ContactGate gate,
      AccountId account,
      ReceivableId debt,
      ContactPreferences prefs,
      DebtFacts facts,
      Channel channel,
      Instant at) {
    GateResult r =
        gate.attempt(
            new IntendedContact(
                account,
                debt,
                prefs,
                Set.of(ZoneId.of("America/Los_Angeles")),
                channel,
                at,
                ContactKind.COLLECTION,
                facts));
    out.printf(
        "%s at %s: %s%n",
        channel, at.atZone(ZoneId.of("America/Los_Angeles")).toLocalTime(), r.status());
    for (RuleOutcome o : r.decision().outcomes()) {
      if (o.blocks()) {
        out.printf("  blocked by %s: %s%n", o.ruleId(), o.reason());
      }
    }
  }
}
