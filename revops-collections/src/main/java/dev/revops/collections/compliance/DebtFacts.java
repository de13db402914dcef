package dev.revops.collections.compliance;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;

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
    return new DebtFacts(
        dispute,
        requireNonNull(at, "at"),
        bankruptcy,
        deceased,
        gdprObjection,
        gdprRestriction,
        firstContactOn,
        validationNoticeSentOn);
  }

  /**
   * Sets the dispute status.
   *
   * @param status the status
   * @return the copy
   */
  public DebtFacts withDispute(DisputeStatus status) {
    return new DebtFacts(
        status,
        ceaseRequestedAt,
        bankruptcy,
        deceased,
        gdprObjection,
        gdprRestriction,
        firstContactOn,
        validationNoticeSentOn);
  }

  /**
   * Sets the bankruptcy and deceased flags.
   *
   * @param inBankruptcy whether in bankruptcy
   * @param isDeceased whether deceased
   * @return the copy
   */
  public DebtFacts withFlags(boolean inBankruptcy, boolean isDeceased) {
    return new DebtFacts(
        dispute,
        ceaseRequestedAt,
        inBankruptcy,
        isDeceased,
        gdprObjection,
        gdprRestriction,
        firstContactOn,
        validationNoticeSentOn);
  }

  /**
   * Sets the GDPR objection and restriction flags.
   *
   * @param objection Art. 21 objection
   * @param restriction Art. 18 restriction
   * @return the copy
   */
  public DebtFacts withGdpr(boolean objection, boolean restriction) {
    return new DebtFacts(
        dispute,
        ceaseRequestedAt,
        bankruptcy,
        deceased,
        objection,
        restriction,
        firstContactOn,
        validationNoticeSentOn);
  }

  /**
   * Sets the day of the first communication.
   *
   * @param day the day
   * @return the copy
   */
  public DebtFacts withFirstContactOn(LocalDate day) {
    return new DebtFacts(
        dispute,
        ceaseRequestedAt,
        bankruptcy,
        deceased,
        gdprObjection,
        gdprRestriction,
        day,
        validationNoticeSentOn);
  }

  /**
   * Sets the day the validation notice was sent.
   *
   * @param day the day
   * @return the copy
   */
  public DebtFacts withValidationNoticeSentOn(LocalDate day) {
    return new DebtFacts(
        dispute,
        ceaseRequestedAt,
        bankruptcy,
        deceased,
        gdprObjection,
        gdprRestriction,
        firstContactOn,
        day);
  }
}
