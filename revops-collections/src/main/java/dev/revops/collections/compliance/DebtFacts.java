package dev.revops.collections.compliance;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * What compliance must know about a debt and its debtor beyond consent. Immutable; every change
 * returns a copy.
 *
 * @param dispute the dispute status
 * @param ceaseRequestedAt when the consumer asked in writing to cease communication, or null
 * @param bankruptcy whether the debtor is in bankruptcy (automatic stay)
 * @param deceased whether the debtor is deceased
 * @param gdprObjection whether the person objected to processing (GDPR Art. 21)
 * @param gdprRestriction whether processing is restricted (GDPR Art. 18)
 * @param firstContactOn the day of the first communication about the debt, or null
 * @param validationNoticeSentOn the day the validation notice was sent, or null
 */
public record DebtFacts(
    DisputeStatus dispute,
    Instant ceaseRequestedAt,
    boolean bankruptcy,
    boolean deceased,
    boolean gdprObjection,
    boolean gdprRestriction,
    LocalDate firstContactOn,
    LocalDate validationNoticeSentOn) {

  /** Checks the dispute status is present. */
  public DebtFacts {
    requireNonNull(dispute, "dispute");
  }

  /**
   * A debt with nothing special: no dispute, no cease, no flags, not contacted yet.
   *
   * @return the facts
   */
  public static DebtFacts clean() {
    return new DebtFacts(DisputeStatus.NONE, null, false, false, false, false, null, null);
  }

  /**
   * Records a written cease-communication request.
   *
   * @param at when it was received
   * @return the copy
   */
  public DebtFacts withCease(Instant at) {
    requireNonNull(at, "at");
    return copy(c -> c.ceaseRequestedAt = at);
  }

  /**
   * Sets the dispute status.
   *
   * @param status the status
   * @return the copy
   */
  public DebtFacts withDispute(DisputeStatus status) {
    return copy(c -> c.dispute = status);
  }

  /**
   * Sets the bankruptcy and deceased flags.
   *
   * @param inBankruptcy whether in bankruptcy
   * @param isDeceased whether deceased
   * @return the copy
   */
  public DebtFacts withFlags(boolean inBankruptcy, boolean isDeceased) {
    return copy(
        c -> {
          c.bankruptcy = inBankruptcy;
          c.deceased = isDeceased;
        });
  }

  /**
   * Sets the GDPR objection and restriction flags.
   *
   * @param objection Art. 21 objection
   * @param restriction Art. 18 restriction
   * @return the copy
   */
  public DebtFacts withGdpr(boolean objection, boolean restriction) {
    return copy(
        c -> {
          c.gdprObjection = objection;
          c.gdprRestriction = restriction;
        });
  }

  /**
   * Sets the day of the first communication.
   *
   * @param day the day
   * @return the copy
   */
  public DebtFacts withFirstContactOn(LocalDate day) {
    return copy(c -> c.firstContactOn = day);
  }

  /**
   * Sets the day the validation notice was sent.
   *
   * @param day the day
   * @return the copy
   */
  public DebtFacts withValidationNoticeSentOn(LocalDate day) {
    return copy(c -> c.validationNoticeSentOn = day);
  }

  /** A copy of these facts with the fields the change sets. */
  private DebtFacts copy(Consumer<Copy> change) {
    Copy c = new Copy(this);
    change.accept(c);
    return new DebtFacts(
        c.dispute,
        c.ceaseRequestedAt,
        c.bankruptcy,
        c.deceased,
        c.gdprObjection,
        c.gdprRestriction,
        c.firstContactOn,
        c.validationNoticeSentOn);
  }

  /** The fields of a copy being made; lives only inside {@link #copy}. */
  private static final class Copy {
    DisputeStatus dispute;
    Instant ceaseRequestedAt;
    boolean bankruptcy;
    boolean deceased;
    boolean gdprObjection;
    boolean gdprRestriction;
    LocalDate firstContactOn;
    LocalDate validationNoticeSentOn;

    Copy(DebtFacts f) {
      dispute = f.dispute;
      ceaseRequestedAt = f.ceaseRequestedAt;
      bankruptcy = f.bankruptcy;
      deceased = f.deceased;
      gdprObjection = f.gdprObjection;
      gdprRestriction = f.gdprRestriction;
      firstContactOn = f.firstContactOn;
      validationNoticeSentOn = f.validationNoticeSentOn;
    }
  }
}
