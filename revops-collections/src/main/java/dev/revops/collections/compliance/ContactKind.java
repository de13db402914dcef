package dev.revops.collections.compliance;

/**
 * Why a debt contact is made; some rules let notices through that they block for collection. After
 * a cease-communication request ({@link DebtContactRules#ceaseCommunication()}) only the three
 * notices FDCPA 15 U.S.C. 1692c(c) allows pass, and only in writing (see {@link
 * #isCeaseExemptNotice()}).
 */
public enum ContactKind {
  /** A collection communication (reminder, call, demand). */
  COLLECTION,
  /** The validation notice itself (FDCPA 1692g(a), Reg F 1006.34). */
  VALIDATION_NOTICE,
  /** The verification of a disputed debt (FDCPA 1692g(b)). */
  VERIFICATION,
  /**
   * A notice that the collector's further efforts are being terminated (FDCPA 1692c(c)(1), Reg F
   * 1006.6(c)(2)(i)); allowed in writing after a cease request.
   */
  CEASE_TERMINATION_NOTICE,
  /**
   * A notice that the collector or creditor may invoke specified remedies it ordinarily invokes
   * (FDCPA 1692c(c)(2), Reg F 1006.6(c)(2)(ii)); allowed in writing after a cease request.
   */
  CEASE_REMEDIES_NOTICE,
  /**
   * A notice that the collector or creditor intends to invoke a specified remedy (FDCPA
   * 1692c(c)(3), Reg F 1006.6(c)(2)(iii)); allowed in writing after a cease request.
   */
  CEASE_REMEDY_INTENDED_NOTICE;

  /**
   * Tells whether this is one of the three notices FDCPA 1692c(c) still allows after a
   * cease-communication request.
   *
   * @return true for {@link #CEASE_TERMINATION_NOTICE}, {@link #CEASE_REMEDIES_NOTICE} and {@link
   *     #CEASE_REMEDY_INTENDED_NOTICE}
   */
  public boolean isCeaseExemptNotice() {
    return this == CEASE_TERMINATION_NOTICE
        || this == CEASE_REMEDIES_NOTICE
        || this == CEASE_REMEDY_INTENDED_NOTICE;
  }

  /**
   * The provisions that allow this notice after a cease request, for a decision's reason.
   *
   * @return e.g. {@code "FDCPA 15 U.S.C. 1692c(c)(1); Reg F 12 CFR 1006.6(c)(2)(i)"}, or the
   *     general cease provisions for a kind that is not exempt
   */
  public String ceaseCitation() {
    return switch (this) {
      case CEASE_TERMINATION_NOTICE -> "FDCPA 15 U.S.C. 1692c(c)(1); Reg F 12 CFR 1006.6(c)(2)(i)";
      case CEASE_REMEDIES_NOTICE -> "FDCPA 15 U.S.C. 1692c(c)(2); Reg F 12 CFR 1006.6(c)(2)(ii)";
      case CEASE_REMEDY_INTENDED_NOTICE ->
          "FDCPA 15 U.S.C. 1692c(c)(3); Reg F 12 CFR 1006.6(c)(2)(iii)";
      default -> "FDCPA 15 U.S.C. 1692c(c); Reg F 12 CFR 1006.6(c)(1)";
    };
  }
}
