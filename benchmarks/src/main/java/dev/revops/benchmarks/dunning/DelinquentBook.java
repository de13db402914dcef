package dev.revops.benchmarks.dunning;

import dev.revops.collections.compliance.ContactAttempt;
import dev.revops.collections.compliance.DebtFacts;
import dev.revops.collections.compliance.DisputeStatus;
import dev.revops.collections.dunning.DunningCase;
import dev.revops.collections.dunning.DunningEvaluator;
import dev.revops.collections.dunning.DunningFacts;
import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ContactPreferences;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ContactId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import dev.revops.core.receivable.Receivable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A deterministic book of delinquent accounts, each with one to three receivables (the oldest
 * overdue by 1 to 75 days, one account in five also holds a settled one), a dunning state from an
 * evaluation 0 to 9 days earlier (made by {@link DunningEvaluator} itself), consent preferences,
 * the debt's compliance facts and the contacts placed for it in the last ten days (0 to 12, calls
 * mostly). Accounts are evaluated on 2026-06-15 at an hour between 12:00 and 01:00 UTC, so some
 * fall outside 08:00-21:00 local. Immutable after construction.
 */
public final class DelinquentBook {
  private static final ZoneId[] ZONES = {
    ZoneId.of("America/New_York"),
    ZoneId.of("America/Chicago"),
    ZoneId.of("America/Denver"),
    ZoneId.of("America/Los_Angeles")
  };
  private static final Instant BASE = Instant.parse("2026-06-15T12:00:00Z");
  private static final Channel[] HISTORY_CHANNELS = {
    Channel.PHONE, Channel.PHONE, Channel.PHONE, Channel.PHONE, Channel.AUTOMATED_CALL,
    Channel.AUTOMATED_CALL, Channel.EMAIL, Channel.EMAIL, Channel.EMAIL, Channel.SMS
  };

  /**
   * One account as both contenders see it.
   *
   * @param state the dunning state
   * @param facts the dunning facts
   * @param now the instant of evaluation
   * @param zones the debtor's plausible zones (one here)
   * @param debt the debt contacts are about: the oldest receivable
   * @param preferences the debtor's consent and preferences
   * @param debtFacts the debt's compliance facts
   * @param history contacts placed for the debt
   */
  public record Delinquent(
      DunningCase state,
      DunningFacts facts,
      Instant now,
      Set<ZoneId> zones,
      ReceivableId debt,
      ContactPreferences preferences,
      DebtFacts debtFacts,
      List<ContactAttempt> history) {}

  final Delinquent[] accounts;

  /**
   * Returns the accounts, in the order they were generated.
   *
   * @return the accounts
   */
  public java.util.List<Delinquent> accounts() {
    return java.util.List.of(accounts);
  }

  private DelinquentBook(int size) {
    this.accounts = new Delinquent[size];
  }

  /**
   * Generates a book.
   *
   * @param size how many accounts
   * @param seed the random seed
   * @return the book
   */
  public static DelinquentBook generate(int size, long seed) {
    DelinquentBook book = new DelinquentBook(size);
    SplittableRandom rnd = new SplittableRandom(seed);
    LocalDate evalDay = LocalDate.of(2026, 6, 15);
    Set<String> vip = Set.of(Ladder.VIP);
    for (int i = 0; i < size; i++) {
      AccountId id = AccountId.of(String.format("acct-%07d", i));
      ZoneId zone = ZONES[rnd.nextInt(ZONES.length)];
      Instant now = BASE.plusSeconds(3_600L * (i % 14));
      List<Receivable> receivables = new ArrayList<>(4);
      LocalDate due0 = evalDay.minusDays(1 + rnd.nextInt(75));
      if (rnd.nextInt(5) == 0) {
        Money total = Money.ofMinor(2_000 + rnd.nextInt(38_000), "USD");
        receivables.add(receivable(id, i, 9, total, Money.zero("USD"), due0.minusDays(30)));
      }
      int count = 1 + rnd.nextInt(3);
      for (int k = 0; k < count; k++) {
        Money total = Money.ofMinor(2_000 + rnd.nextInt(38_000), "USD");
        Money dueAmount = rnd.nextInt(4) == 0 ? Money.ofMinor(total.minor() / 2, "USD") : total;
        receivables.add(receivable(id, i, k, total, dueAmount, due0.plusDays(15L * k)));
      }
      DunningFacts facts =
          new DunningFacts(
              id, zone, receivables, rnd.nextInt(10) == 0 ? vip : Set.of(), null, Set.of());
      Instant lastRun = now.minusSeconds(86_400L * rnd.nextInt(10));
      DunningCase state =
          DunningEvaluator.evaluate(DunningCase.start(id), facts, Ladder.POLICY, lastRun).next();

      ContactPreferences prefs = ContactPreferences.none(ContactId.of("contact-" + i));
      int sms = rnd.nextInt(10);
      if (sms < 3) {
        prefs = prefs.optIn(Channel.SMS, "web-form", now.minusSeconds(86_400L * 200));
      } else if (sms == 3) {
        prefs = prefs.optOut(Channel.SMS, "keyword:STOP", now.minusSeconds(86_400L * 20));
      }
      if (rnd.nextInt(5) == 0) {
        prefs = prefs.optIn(Channel.AUTOMATED_CALL, "web-form", now.minusSeconds(86_400L * 200));
      }
      if (rnd.nextInt(20) == 0) {
        prefs = prefs.optOut(Channel.PHONE, "collector-note", now.minusSeconds(86_400L * 5));
      }
      prefs = prefs.withDoNotCall(rnd.nextInt(10) == 0);

      int f = rnd.nextInt(1000);
      DebtFacts debt = DebtFacts.clean();
      if (f < 30) {
        debt = debt.withDispute(DisputeStatus.DISPUTED);
      } else if (f < 50) {
        debt = debt.withCease(now.minusSeconds(86_400L * 3));
      } else if (f < 60) {
        debt = debt.withFlags(true, false);
      } else if (f < 65) {
        debt = debt.withFlags(false, true);
      } else if (f < 75) {
        debt = debt.withGdpr(true, false);
      }
      if (rnd.nextInt(10) < 7) {
        LocalDate first = due0.plusDays(1);
        debt = debt.withFirstContactOn(first);
        if (rnd.nextInt(10) < 9) {
          debt = debt.withValidationNoticeSentOn(first.plusDays(2));
        }
      }
      int attempts = rnd.nextInt(13);
      List<ContactAttempt> history = new ArrayList<>(attempts);
      for (int a = 0; a < attempts; a++) {
        Channel c = HISTORY_CHANNELS[rnd.nextInt(HISTORY_CHANNELS.length)];
        Instant at = now.minusSeconds(3_600L + rnd.nextInt(10 * 86_400 - 3_600));
        boolean talked = (c == Channel.PHONE) && rnd.nextInt(12) == 0;
        history.add(new ContactAttempt(c, at, talked));
      }
      book.accounts[i] =
          new Delinquent(
              state,
              facts,
              now,
              Set.of(zone),
              receivables.get(receivables.size() - count).id(),
              prefs,
              debt,
              List.copyOf(history));
    }
    return book;
  }

  private static Receivable receivable(
      AccountId account, int i, int k, Money total, Money due, LocalDate dueOn) {
    return new Receivable(
        ReceivableId.of("r-" + i + "-" + k),
        account,
        "INV-" + i + "-" + k,
        total,
        due,
        dueOn.minusDays(30),
        dueOn);
  }

  /**
   * Returns the number of accounts.
   *
   * @return the accounts
   */
  public int size() {
    return accounts.length;
  }
}
