package dev.revops.sales.marketing;

import dev.revops.core.consent.Channel;
import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import dev.revops.core.json.PolicyLoader;
import dev.revops.core.validation.InputValidator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The switches, windows and caps of the marketing rules, in code or from JSON. A missing part takes
 * its default. Every problem is reported with its JSON path: a call or text send window outside
 * 08:00-21:00 ({@code $.sendWindows.PHONE.from}), quiet hours wider than 08:00-21:00, a window
 * whose end is not after its start, a frequency window outside one hour to 366 days, revocation
 * days above 10, relationship months above 18 and 3, an unknown rule id in a jurisdiction's
 * switches. Immutable.
 *
 * <pre>{@code
 * {"quietHours": {"from": "08:00", "to": "21:00"},
 *  "sendWindows": {"PHONE": {"from": "09:00", "to": "20:00"}, "EMAIL": {"from": "07:00", "to": "22:00"}},
 *  "frequencyCap": {"maxContacts": 3, "window": "P7D"},
 *  "relationshipExemption": {"purchaseMonths": 18, "inquiryMonths": 3},
 *  "consent": {"revocationBusinessDays": 0, "emailOptOutBusinessDays": 0,
 *              "writtenConsentSources": ["written:"]},
 *  "switchedOff": {"US": ["eprivacy.consent", "gdpr.objection"],
 *                  "EU": ["tcpa.written-consent", "dnc.national", "canspam.opt-out", "canspam.message"]}}
 * }</pre>
 *
 * @param quietHours telephone solicitation hours, within 08:00-21:00; default 08:00-21:00
 * @param sendWindows the send window per channel in the person's zone; default none
 * @param frequencyCap contacts per person per rolling window, or null for no cap (the default)
 * @param relationshipExemption the established business relationship's months; default 18 and 3
 * @param consent revocation delays and written-consent sources; default at once, {@code "written:"}
 * @param switchedOff per jurisdiction code, the rule ids that do not apply; default {@link
 *     #DEFAULT_SWITCHES}; a code not named here gets every rule
 */
public record MarketingComplianceConfig(
    @Valid TimeWindow quietHours,
    Map<@NotNull Channel, @NotNull @Valid TimeWindow> sendWindows,
    @Valid FrequencyCap frequencyCap,
    @Valid RelationshipExemption relationshipExemption,
    @Valid ConsentHandling consent,
    Map<@NotBlank String, @NotNull List<@NotNull String>> switchedOff) {

  /**
   * The default switches: the US has no EU rules; the EU has no TCPA consent rule, no US registry
   * and no CAN-SPAM rules (the soft opt-in asks for the opt-out in every message itself). Quiet
   * hours, send windows, frequency cap, revocations, the company's own list and exclusions stay on
   * everywhere.
   */
  public static final Map<String, List<String>> DEFAULT_SWITCHES =
      Map.of(
          "US",
          List.of(MarketingRules.EPRIVACY_CONSENT, MarketingRules.GDPR_OBJECTION),
          "EU",
          List.of(
              MarketingRules.WRITTEN_CONSENT,
              MarketingRules.NATIONAL_DNC,
              MarketingRules.EMAIL_OPT_OUT,
              MarketingRules.EMAIL_CONTENT));

  /** Fills the defaults and copies the maps (keeping nulls for the validator to report). */
  public MarketingComplianceConfig {
    quietHours = quietHours == null ? TimeWindow.TCPA_HOURS : quietHours;
    sendWindows =
        sendWindows == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(sendWindows));
    relationshipExemption =
        relationshipExemption == null ? RelationshipExemption.FEDERAL : relationshipExemption;
    consent = consent == null ? ConsentHandling.IMMEDIATE : consent;
    switchedOff =
        switchedOff == null
            ? DEFAULT_SWITCHES
            : Collections.unmodifiableMap(new LinkedHashMap<>(switchedOff));
  }

  /**
   * The defaults: quiet hours 08:00-21:00, no send windows, no cap, the federal relationship
   * months, revocations honoured at once, the default switches.
   *
   * @return the configuration
   */
  public static MarketingComplianceConfig defaults() {
    return new MarketingComplianceConfig(null, null, null, null, null, null);
  }

  /**
   * Loads a configuration from JSON.
   *
   * @param json the document
   * @return the checked configuration
   * @throws InvalidInputException naming every problem with its JSON path
   */
  public static MarketingComplianceConfig fromJson(String json) {
    if (json == null) {
      throw InvalidInputException.of(WHAT, "$", "no document (null)");
    }
    return PolicyLoader.create().load(json, MarketingComplianceConfig.class).requireValid();
  }

  private static final String WHAT = "marketing compliance configuration";

  /**
   * Returns the same configuration with send windows.
   *
   * @param windows the window per channel
   * @return the new configuration
   */
  public MarketingComplianceConfig withSendWindows(Map<Channel, TimeWindow> windows) {
    return new MarketingComplianceConfig(
        quietHours, windows, frequencyCap, relationshipExemption, consent, switchedOff);
  }

  /**
   * Returns the same configuration with a frequency cap.
   *
   * @param cap the cap, or null for none
   * @return the new configuration
   */
  public MarketingComplianceConfig withFrequencyCap(FrequencyCap cap) {
    return new MarketingComplianceConfig(
        quietHours, sendWindows, cap, relationshipExemption, consent, switchedOff);
  }

  /**
   * Returns the same configuration with other consent handling.
   *
   * @param handling the handling
   * @return the new configuration
   */
  public MarketingComplianceConfig withConsent(ConsentHandling handling) {
    return new MarketingComplianceConfig(
        quietHours, sendWindows, frequencyCap, relationshipExemption, handling, switchedOff);
  }

  /**
   * Returns the same configuration with other relationship months.
   *
   * @param exemption the months
   * @return the new configuration
   */
  public MarketingComplianceConfig withRelationshipExemption(RelationshipExemption exemption) {
    return new MarketingComplianceConfig(
        quietHours, sendWindows, frequencyCap, exemption, consent, switchedOff);
  }

  /**
   * Returns the same configuration with other switches.
   *
   * @param switches per jurisdiction code, the rule ids off
   * @return the new configuration
   */
  public MarketingComplianceConfig withSwitchedOff(Map<String, List<String>> switches) {
    return new MarketingComplianceConfig(
        quietHours, sendWindows, frequencyCap, relationshipExemption, consent, switches);
  }

  /**
   * Checks the configuration: the annotations, then the rules between fields.
   *
   * @return this configuration
   * @throws InvalidInputException naming every problem with its JSON path
   */
  public MarketingComplianceConfig requireValid() {
    List<Violation> problems = new ArrayList<>();
    for (Violation v : InputValidator.create().validate(this)) {
      problems.add(new Violation(jsonPath(v.path()), v.message()));
    }
    if (problems.isEmpty()) {
      problems.addAll(problems());
    }
    if (!problems.isEmpty()) {
      problems.sort(null);
      throw new InvalidInputException(WHAT, problems);
    }
    return this;
  }

  private static String jsonPath(String propertyPath) {
    String p =
        propertyPath.replaceAll("\\.?<[^>]*>", "").replaceAll("\\[([^\\]0-9][^\\]]*)\\]", ".$1");
    return p.isEmpty() ? "$" : "$." + p;
  }

  /**
   * Returns the problems between fields, each with its JSON path; empty when the configuration is
   * consistent. Assumes the annotations hold.
   *
   * @return the problems
   */
  List<Violation> problems() {
    List<Violation> out = new ArrayList<>();
    TimeWindow q = quietHours;
    if (!q.from().isBefore(q.to())) {
      out.add(
          new Violation(
              "$.quietHours", "the end " + q.to() + " is not after the start " + q.from()));
    } else if (!TimeWindow.TCPA_HOURS.covers(q)) {
      out.add(
          new Violation(
              "$.quietHours",
              "quiet hours may only narrow 08:00-21:00 (47 CFR 64.1200(c)(1)), got " + q));
    }
    Map<Channel, TimeWindow> windows = new EnumMap<>(Channel.class);
    windows.putAll(sendWindows);
    for (Map.Entry<Channel, TimeWindow> e : windows.entrySet()) {
      String path = "$.sendWindows." + e.getKey();
      TimeWindow w = e.getValue();
      if (e.getKey() == Channel.LETTER) {
        out.add(new Violation(path, "marketing compliance covers calls, texts and e-mail only"));
        continue;
      }
      if (!w.from().isBefore(w.to())) {
        out.add(
            new Violation(
                path + ".to", "the end " + w.to() + " is not after the start " + w.from()));
        continue;
      }
      if (e.getKey().isRealTime()) {
        if (w.from().isBefore(q.from())) {
          out.add(
              new Violation(
                  path + ".from",
                  "a call or text send window must lie within the quiet hours "
                      + q
                      + " (47 CFR 64.1200(c)(1)); it starts at "
                      + w.from()));
        }
        if (w.to().isAfter(q.to())) {
          out.add(
              new Violation(
                  path + ".to",
                  "a call or text send window must lie within the quiet hours "
                      + q
                      + " (47 CFR 64.1200(c)(1)); it ends at "
                      + w.to()));
        }
      }
    }
    if (frequencyCap != null) {
      java.time.Duration d = frequencyCap.window();
      if (d.compareTo(FrequencyCap.MIN_WINDOW) < 0 || d.compareTo(FrequencyCap.MAX_WINDOW) > 0) {
        out.add(new Violation("$.frequencyCap.window", "must be from PT1H to P366D, got " + d));
      }
    }
    for (Map.Entry<String, List<String>> e : switchedOff.entrySet()) {
      Set<String> seen = new HashSet<>();
      List<String> ids = e.getValue();
      for (int i = 0; i < ids.size(); i++) {
        String path = "$.switchedOff." + e.getKey() + "[" + i + "]";
        String id = ids.get(i);
        if (!MarketingRules.REGULATIONS.containsKey(id)) {
          out.add(new Violation(path, "unknown rule id '" + shorten(id) + "'"));
        } else if (!seen.add(id)) {
          out.add(new Violation(path, "rule id '" + id + "' named twice"));
        }
      }
    }
    return out;
  }

  private static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }
}
