package dev.revops.examples.simulation;

import dev.revops.billing.subscription.ChangeTiming;
import dev.revops.billing.subscription.NewSubscription;
import dev.revops.billing.subscription.ProrationMode;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.SubscriptionAction;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.billing.subscription.SubscriptionLifecycle;
import dev.revops.billing.subscription.SubscriptionStatus;
import dev.revops.core.consent.ConsentRecord;
import dev.revops.core.consent.ConsentStatus;
import dev.revops.core.consent.ContactPreferences;
import dev.revops.core.party.Account;
import dev.revops.core.party.Contact;
import dev.revops.core.time.DateRange;
import dev.revops.sales.lead.Lead;
import java.time.LocalDate;

/**
 * The subscription lifecycle of the simulated customers: a won deal becomes a customer with a
 * billing subscription; on the first day of a period a customer may cancel at its end, pause for
 * one or two months, downgrade at its end or plan an upgrade in the middle of it (prorated and
 * invoiced at once). Every change goes through billing's {@code SubscriptionService}. Mutable,
 * confined to the simulation's thread.
 */
final class Subscriptions {
  private final World w;

  Subscriptions(World w) {
    this.w = w;
  }

  /** A new customer: its contact preferences from the lead's consents, its traits, its plan. */
  Customer start(
      Account account, Contact contact, Lead lead, int tier, boolean yearly, LocalDate start) {
    ContactPreferences prefs = ContactPreferences.none(contact.id());
    for (ConsentRecord consent : lead.consents()) {
      if (consent.status() == ConsentStatus.OPTED_IN) {
        prefs = prefs.optIn(consent.channel(), consent.source(), consent.at());
      }
    }
    if (w.random.nextDouble() < 0.10) {
      prefs = prefs.withDoNotCall(true);
    }
    boolean card = w.random.nextDouble() < 0.75;
    double risk = w.random.nextDouble() < 0.12 ? 0.45 : 0.04;
    Customer c = new Customer(account, contact, prefs, tier, yearly, card, risk);
    Subscription saved =
        w.billing
            .subscriptions()
            .create(
                NewSubscription.builder()
                    .id(SubscriptionId.of("sub-" + account.id().value()))
                    .account(account.id())
                    .currency(World.USD)
                    .zone(account.timeZone())
                    .plan(w.catalog.plan(w.planFor(tier, yearly)))
                    .startDate(start)
                    .hasPaymentMethod(card)
                    .build());
    c.subscription = saved.id();
    w.customers.add(c);
    w.byAccount.put(account.id(), c);
    return c;
  }

  /** Taken on the day a period starts, before it is billed. */
  void renewalDecisions(Customer c) {
    Subscription s = w.stores.subscriptions().get(c.subscription);
    LocalDate today = w.today;
    if (c.cancelled
        || s.status() != SubscriptionStatus.ACTIVE
        || s.billingEnd() != null
        || s.startDate().equals(today)
        || !s.currentPeriod(w.catalog, today).start().equals(today)) {
      return;
    }
    double cancel = c.yearly ? 0.10 : 0.018;
    double r = w.random.nextDouble();
    if (r < cancel) {
      w.billing.subscriptions().cancel(s.id(), ChangeTiming.END_OF_TERM, ChangeTiming.END_OF_TERM);
      c.cancelled = true;
      return;
    }
    if (!c.yearly && r < cancel + 0.012) {
      Subscription paused = w.billing.subscriptions().pause(s.id(), false);
      int periods = 1 + w.random.nextInt(2);
      w.schedule(today.plusMonths(periods), () -> resume(c, paused.id()));
      return;
    }
    if (c.tier > 0 && r < cancel + 0.012 + 0.015) {
      c.tier--;
      w.billing
          .subscriptions()
          .changePlan(
              s.id(),
              w.planFor(c.tier, c.yearly),
              1,
              ChangeTiming.END_OF_TERM,
              ProrationMode.CREATE_PRORATIONS);
      return;
    }
    if (c.tier < World.TIERS.length - 1 && r > 1 - (c.yearly ? 0.15 : 0.03)) {
      DateRange period = s.currentPeriod(w.catalog, today);
      LocalDate on = period.start().plusDays(1 + w.random.nextInt((int) period.days() - 1));
      w.schedule(on, () -> upgrade(c));
    }
  }

  private void resume(Customer c, SubscriptionId id) {
    Subscription p = w.stores.subscriptions().get(id);
    if (SubscriptionLifecycle.MACHINE.canFire(p.status(), SubscriptionAction.RESUME)) {
      w.billing.subscriptions().resume(id);
      w.due(w.today, c);
    }
  }

  private void upgrade(Customer c) {
    upgradeNow(c);
  }

  /**
   * Moves an active customer one tier up now, prorated and invoiced at once (an organic upgrade or
   * the answer to a campaign's offer).
   *
   * @return whether it upgraded (not when cancelled, paused, ending or already on the top tier)
   */
  boolean upgradeNow(Customer c) {
    Subscription s = w.stores.subscriptions().get(c.subscription);
    if (c.cancelled
        || c.tier >= World.TIERS.length - 1
        || s.status() != SubscriptionStatus.ACTIVE
        || s.billingEnd() != null
        || !s.hasAccess(w.today)) {
      return false;
    }
    c.tier++;
    w.billing
        .subscriptions()
        .changePlan(
            s.id(),
            w.planFor(c.tier, c.yearly),
            1,
            ChangeTiming.IMMEDIATE,
            ProrationMode.ALWAYS_INVOICE);
    w.due(w.today, c);
    return true;
  }

  /** A failed charge marks the subscription past due. */
  void paymentFailed(Customer c) {
    Subscription s = w.stores.subscriptions().get(c.subscription);
    if (SubscriptionLifecycle.MACHINE.canFire(s.status(), SubscriptionAction.PAYMENT_FAILED)) {
      w.billing.subscriptions().paymentFailed(s.id());
    }
  }

  /** Nothing owed any more: the subscription is in good standing again. */
  void paymentSucceeded(Customer c) {
    Subscription s = w.stores.subscriptions().get(c.subscription);
    if (SubscriptionLifecycle.MACHINE.canFire(s.status(), SubscriptionAction.PAYMENT_SUCCEEDED)) {
      w.billing.subscriptions().paymentSucceeded(s.id());
    }
  }

  /** Written off: access ends now, billing at the end of the period already invoiced. */
  void endAfterWriteOff(Customer c) {
    Subscription s = w.stores.subscriptions().get(c.subscription);
    if (!SubscriptionLifecycle.MACHINE.isTerminal(s.status())) {
      w.billing.subscriptions().cancel(s.id(), ChangeTiming.IMMEDIATE, ChangeTiming.END_OF_TERM);
    }
    c.cancelled = true;
  }
}
