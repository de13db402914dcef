package dev.revops.collections.compliance;

import static java.util.Objects.requireNonNull;

import dev.revops.core.consent.ContactRequest;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import java.util.List;

/**
 * An intended debt contact: core's {@link ContactRequest} (person's preferences, plausible zones,
 * channel, instant) plus the debt, its facts, the contacts already placed for it, and the kind of
 * contact. Core's consent rules read {@link #contact()} through {@code ContactRule.on}. Immutable.
 *
 * @param contact the core request
 * @param account the account
 * @param debt the debt
 * @param facts the debt's compliance facts
 * @param history contacts placed for this debt before, any order
 * @param kind why the contact is made
 */
public record DebtContactRequest(
    ContactRequest contact,
    AccountId account,
    ReceivableId debt,
    DebtFacts facts,
    List<ContactAttempt> history,
    ContactKind kind) {

  /** Checks and copies the fields. */
  public DebtContactRequest {
    requireNonNull(contact, "contact");
    requireNonNull(account, "account");
    requireNonNull(debt, "debt");
    requireNonNull(facts, "facts");
    history = List.copyOf(history);
    requireNonNull(kind, "kind");
  }
}
