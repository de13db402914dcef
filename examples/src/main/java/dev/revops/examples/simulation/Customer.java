package dev.revops.examples.simulation;

import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.collections.compliance.DebtFacts;
import dev.revops.collections.plan.PlanId;
import dev.revops.collections.promise.PromiseId;
import dev.revops.core.consent.ContactPreferences;
import dev.revops.core.id.UserId;
import dev.revops.core.money.Money;
import dev.revops.core.party.Account;
import dev.revops.core.party.Contact;
import java.util.HashMap;
import java.util.Map;

/**
 * What the simulation remembers about one customer to decide what it does next: its traits (card or
 * invoice, risk of a declined charge), its tier, the promise and plan it is on and the SLA credit
 * it is owed. Its state in the modules lives in their stores. Mutable, inside the run only.
 */
final class Customer {
  final Account account;
  final Contact contact;
  final ContactPreferences preferences;
  final boolean card;
  final double risk;
  final boolean yearly;
  final Map<PromiseId, UserId> promiseCollector = new HashMap<>();
  int tier;
  SubscriptionId subscription;
  boolean cancelled;
  boolean suspended;
  boolean inDunning;
  PromiseId promise;
  PlanId plan;
  DebtFacts debtFacts = DebtFacts.clean();
  Money pendingCredit = Money.zero(World.USD);
  Money paymentsToApply = Money.zero(World.USD);

  Customer(
      Account account,
      Contact contact,
      ContactPreferences preferences,
      int tier,
      boolean yearly,
      boolean card,
      double risk) {
    this.account = account;
    this.contact = contact;
    this.preferences = preferences;
    this.tier = tier;
    this.yearly = yearly;
    this.card = card;
    this.risk = risk;
  }
}
