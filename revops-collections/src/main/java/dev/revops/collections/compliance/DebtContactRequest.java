package dev.revops.collections.compliance;

import static java.util.Objects.requireNonNull;

import dev.revops.core.consent.ContactRequest;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import java.util.List;

/**
 * An intended debt contact: core's {@link ContactRequest} (person's preferences, plausible zones,
 * channel, instant) plus the debt, its facts, the contacts already placed for it, and the kind of
 * contact. Core's consent rules read {@link #contact()} through {@code ContactRule.on}. Immutable
 * and thread-safe. Build one with {@link #builder()} rather than the positional constructor.
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

  /**
   * Starts a request; every field but the history (default: none) and the purpose (default: {@code
   * COLLECTION}) must be set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link DebtContactRequest} field by field: the shared contact fields, the purpose and
   * the history. Mutable and not thread-safe.
   */
  public static final class Builder extends ContactBuilder<Builder> {
    private ContactRequest.Purpose purpose = ContactRequest.Purpose.COLLECTION;
    private List<ContactAttempt> history = List.of();

    private Builder() {
      super(null);
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets the purpose; {@code COLLECTION} unless set.
     *
     * @param value purpose, never null
     * @return this builder
     */
    public Builder purpose(ContactRequest.Purpose value) {
      this.purpose = value;
      return this;
    }

    /**
     * Sets contacts placed for this debt before, any order; none unless set.
     *
     * @param value history, never null
     * @return this builder
     */
    public Builder history(List<ContactAttempt> value) {
      this.history = value;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws NullPointerException naming the first field not set
     */
    public DebtContactRequest build() {
      return new DebtContactRequest(
          new ContactRequest(preferences, zones, channel, at, purpose),
          account,
          debt,
          facts,
          history,
          kind);
    }
  }
}
