package dev.revops.examples.small;

import dev.revops.collections.dunning.DueAction;
import dev.revops.collections.dunning.DunningCase;
import dev.revops.collections.dunning.DunningEvaluation;
import dev.revops.collections.dunning.DunningEvaluator;
import dev.revops.collections.dunning.DunningFacts;
import dev.revops.collections.dunning.DunningPolicy;
import dev.revops.core.error.InvalidInputException;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import dev.revops.core.receivable.Receivable;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A dunning ladder kept in JSON: loaded and validated (a broken file names the field and line),
 * then evaluated as a pure function over an overdue invoice. A late evaluation catches up on every
 * step it missed instead of skipping one, evaluating twice does nothing, and paying ends the
 * episode and restores service.
 */
public final class DunningPolicyFromJson {
  private DunningPolicyFromJson() {}

  /** The ladder. */
  public static final String POLICY =
      """
      {
        "name": "smb",
        "steps": [
          {"id": "reminder", "offsetDays": -3, "actions": ["EMAIL"]},
          {"id": "overdue", "offsetDays": 1, "actions": ["EMAIL", "SMS"]},
          {"id": "call", "offsetDays": 10, "actions": ["CALL_TASK"],
           "conditions": {"minAmountDue": [{"amount": "100.00", "currency": "USD"}]}},
          {"id": "suspend", "offsetDays": 30, "actions": ["SUSPEND_SERVICE"]}
        ]
      }
      """;

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.setProperty("org.jboss.logging.provider", "slf4j");
    run(System.out);
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    DunningPolicy policy = DunningPolicy.fromJson(POLICY);
    out.println("Loaded '" + policy.name() + "' with " + policy.steps().size() + " steps");
    try {
      DunningPolicy.fromJson(POLICY.replace("\"offsetDays\": 10", "\"offsetDays\": \"ten\""));
    } catch (InvalidInputException e) {
      out.println("Broken file rejected: " + e.violations().get(0).path());
    }

    ZoneId zone = ZoneId.of("America/Chicago");
    AccountId account = AccountId.of("acct-7");
    LocalDate due = LocalDate.of(2024, 5, 1);
    Money total = Money.of("240.00", "USD");
    Receivable invoice =
        new Receivable(
            ReceivableId.of("inv-42"), account, "INV-42", total, total, due.minusDays(30), due);
    DunningFacts facts = DunningFacts.of(account, zone, List.of(invoice));
    DunningCase state = DunningCase.start(account);
    for (LocalDate day :
        List.of(due.minusDays(3), due.minusDays(3), due.plusDays(12), due.plusDays(31))) {
      Instant now = day.atTime(9, 0).atZone(zone).toInstant();
      DunningEvaluation e = DunningEvaluator.evaluate(state, facts, policy, now);
      state = e.next();
      out.printf(
          "%s: %s; next evaluation %s%n",
          day,
          e.actions().isEmpty()
              ? "nothing to do"
              : e.actions().stream().map(a -> a.stepId() + ":" + a.action()).toList(),
          e.nextEvaluation().map(i -> i.atZone(zone).toLocalDate().toString()).orElse("none"));
    }
    DunningEvaluation paid =
        DunningEvaluator.evaluate(
            state,
            facts.withReceivables(List.of(invoice.withAmountDue(Money.zero("USD")))),
            policy,
            due.plusDays(33).atTime(9, 0).atZone(zone).toInstant());
    out.println(
        "Paid in full: "
            + paid.actions().stream().map(DueAction::action).toList()
            + "; episode active: "
            + paid.next().isActive());
  }
}
