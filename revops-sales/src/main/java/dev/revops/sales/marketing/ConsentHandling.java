package dev.revops.sales.marketing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * How consent is read: how many business days a revocation may take to be honoured, and which
 * consent sources are a signed written agreement. In JSON: {@code {"revocationBusinessDays": 0,
 * "emailOptOutBusinessDays": 0, "writtenConsentSources": ["written:"]}}. Immutable.
 *
 * <p>A revocation of calls or texts by any reasonable means, and a request to the company's own
 * do-not-call list, must be honoured within a reasonable time not exceeding 10 business days (47
 * CFR 64.1200(a)(10) and (d)(3), FCC 24-24, 2024); an e-mail opt-out within 10 business days (15
 * U.S.C. 7704(a)(4)). With {@code n} days, a revocation received on day 0 still lets contacts
 * through on the first {@code n} business days after it and stops them from the day after the
 * {@code n}-th; 0 (the default) honours it at once, at the instant it was recorded.
 *
 * @param revocationBusinessDays days to honour a call or text revocation or a company do-not-call
 *     request, 0 to 10
 * @param emailOptOutBusinessDays days to honour an e-mail opt-out, 0 to 10
 * @param writtenConsentSources prefixes of {@code ConsentRecord.source()} that mark a signed
 *     written agreement (prior express written consent, 47 CFR 64.1200(f)(9)), e.g. {@code
 *     "written:"}
 */
public record ConsentHandling(
    @NotNull @Min(0) @Max(10) Integer revocationBusinessDays,
    @NotNull @Min(0) @Max(10) Integer emailOptOutBusinessDays,
    @NotNull List<@NotBlank String> writtenConsentSources) {

  /** The source prefix of written consent in the defaults. */
  public static final String WRITTEN = "written:";

  /** Revocations honoured at once; written consent recorded with the source prefix "written:". */
  public static final ConsentHandling IMMEDIATE = new ConsentHandling(0, 0, List.of(WRITTEN));

  /** Copies the list. */
  public ConsentHandling {
    writtenConsentSources =
        writtenConsentSources == null
            ? null
            : java.util.Collections.unmodifiableList(
                new java.util.ArrayList<>(writtenConsentSources));
  }

  /**
   * Tells whether a consent source is a signed written agreement.
   *
   * @param source the consent record's source
   * @return true when it starts with one of the prefixes
   */
  public boolean isWritten(String source) {
    for (String prefix : writtenConsentSources) {
      if (source.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
