package dev.revops.collections.compliance;

/** Why a debt contact is made; some rules let notices through that they block for collection. */
public enum ContactKind {
  /** A collection communication (reminder, call, demand). */
  COLLECTION,
  /** The validation notice itself (FDCPA 1692g(a), Reg F 1006.34). */
  VALIDATION_NOTICE,
  /** The verification of a disputed debt (FDCPA 1692g(b)). */
  VERIFICATION
}
