package dev.revops.sales.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.revops.core.consent.Channel;
import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON configuration: defaults, a full document, and every refusal named by its path. */
class MarketingComplianceConfigTest {
  static final String JSON =
      """
      {"quietHours": {"from": "08:00", "to": "21:00"},
       "sendWindows": {"PHONE": {"from": "09:00", "to": "20:00"},
                       "SMS": {"from": "10:00", "to": "19:00"},
                       "EMAIL": {"from": "07:00", "to": "22:00"}},
       "frequencyCap": {"maxContacts": 3, "window": "P7D"},
       "relationshipExemption": {"purchaseMonths": 18, "inquiryMonths": 3},
       "consent": {"revocationBusinessDays": 0, "emailOptOutBusinessDays": 10,
                   "writtenConsentSources": ["written:"]},
       "switchedOff": {"US": ["eprivacy.consent", "gdpr.objection"],
                       "EU": ["tcpa.written-consent", "dnc.national", "canspam.opt-out",
                              "canspam.message"]}}
      """;

  private static List<Violation> refusal(String json) {
    InvalidInputException e =
        catchThrowableOfType(
            () -> MarketingComplianceConfig.fromJson(json), InvalidInputException.class);
    assertThat(e).as("refused").isNotNull();
    assertThat(e.getMessage()).doesNotContain("NullPointerException");
    return e.violations();
  }

  private static String with(String from, String to) {
    assertThat(JSON).contains(from);
    return JSON.replace(from, to);
  }

  @Test
  void loadsAFullDocument() {
    MarketingComplianceConfig c = MarketingComplianceConfig.fromJson(JSON);
    assertThat(c.sendWindows().get(Channel.PHONE))
        .isEqualTo(TimeWindow.of(LocalTime.of(9, 0), LocalTime.of(20, 0)));
    assertThat(c.frequencyCap()).isEqualTo(FrequencyCap.of(3, Duration.ofDays(7)));
    assertThat(c.consent().emailOptOutBusinessDays()).isEqualTo(10);
    assertThat(c.switchedOff()).isEqualTo(MarketingComplianceConfig.DEFAULT_SWITCHES);
    assertThat(MarketingPolicy.of(c, MarketingFixtures.CALENDAR).config()).isEqualTo(c);
  }

  @Test
  void missingPartsTakeTheirDefaults() {
    MarketingComplianceConfig c = MarketingComplianceConfig.fromJson("{}");
    assertThat(c).isEqualTo(MarketingComplianceConfig.defaults());
    assertThat(c.quietHours()).isEqualTo(TimeWindow.TCPA_HOURS);
    assertThat(c.relationshipExemption()).isEqualTo(RelationshipExemption.FEDERAL);
    assertThat(c.consent()).isEqualTo(ConsentHandling.IMMEDIATE);
    assertThat(c.frequencyCap()).isNull();
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"PHONE\": {\"from\": \"09:00\"|\"PHONE\": {\"from\": \"07:30\"|$.sendWindows.PHONE.from",
        "\"to\": \"19:00\"|\"to\": \"21:30\"|$.sendWindows.SMS.to",
        "\"EMAIL\": {\"from\": \"07:00\"|\"EMAIL\": {\"from\": \"23:00\"|$.sendWindows.EMAIL.to",
        "\"quietHours\": {\"from\": \"08:00\"|\"quietHours\": {\"from\": \"07:00\"|$.quietHours",
        "\"window\": \"P7D\"|\"window\": \"PT1M\"|$.frequencyCap.window",
        "\"maxContacts\": 3|\"maxContacts\": 0|$.frequencyCap.maxContacts",
        "\"revocationBusinessDays\": 0|\"revocationBusinessDays\": 11|$.consent.revocationBusinessDays",
        "\"emailOptOutBusinessDays\": 10|\"emailOptOutBusinessDays\": 30|$.consent.emailOptOutBusinessDays",
        "\"purchaseMonths\": 18|\"purchaseMonths\": 24|$.relationshipExemption.purchaseMonths",
        "\"inquiryMonths\": 3|\"inquiryMonths\": 6|$.relationshipExemption.inquiryMonths",
        "[\"eprivacy.consent\"|[\"eprivacy.consnet\"|$.switchedOff.US[0]",
        "\"gdpr.objection\"]|\"eprivacy.consent\"]|$.switchedOff.US[1]",
        "\"frequencyCap\": {|\"frequencyCap\": {\"max\": 1, |$.frequencyCap.max",
      })
  void aProblemIsNamedByItsPath(String from, String to, String path) {
    assertThat(refusal(with(from, to))).extracting(Violation::path).contains(path);
  }

  @Test
  void aCallSendWindowOutsideTheTcpaHoursSaysWhy() {
    List<Violation> v =
        refusal(with("\"PHONE\": {\"from\": \"09:00\"", "\"PHONE\": {\"from\": \"07:30\""));
    assertThat(v).hasSize(1);
    assertThat(v.get(0).message()).contains("08:00-21:00", "64.1200(c)(1)", "07:30");
  }

  @Test
  void aSendWindowForAnUnknownChannelOrLettersIsRefused() {
    assertThat(refusal("{\"sendWindows\": {\"FAX\": {\"from\": \"09:00\", \"to\": \"10:00\"}}}"))
        .extracting(Violation::path)
        .anyMatch(p -> p.startsWith("$.sendWindows"));
    assertThat(refusal("{\"sendWindows\": {\"LETTER\": {\"from\": \"09:00\", \"to\": \"10:00\"}}}"))
        .extracting(Violation::path)
        .containsExactly("$.sendWindows.LETTER");
    assertThat(refusal("{\"sendWindows\": {\"EMAIL\": {\"from\": \"09:00\"}}}"))
        .extracting(Violation::path)
        .contains("$.sendWindows.EMAIL.to");
    assertThat(
            refusal(
                "{\"consent\": {\"revocationBusinessDays\": 0, \"emailOptOutBusinessDays\": 0, \"writtenConsentSources\": [null]}}"))
        .extracting(Violation::path)
        .contains("$.consent.writtenConsentSources[0]");
  }

  @Test
  void aConfigurationBuiltInCodeIsCheckedToo() {
    MarketingComplianceConfig bad =
        MarketingComplianceConfig.defaults()
            .withSendWindows(
                Map.of(
                    Channel.AUTOMATED_CALL,
                    new TimeWindow(LocalTime.of(8, 0), LocalTime.of(22, 0))))
            .withSwitchedOff(Map.of("US", List.of("no.such-rule")));
    InvalidInputException e =
        catchThrowableOfType(
            () -> MarketingPolicy.of(bad, MarketingFixtures.CALENDAR), InvalidInputException.class);
    assertThat(e.violations())
        .extracting(Violation::path)
        .containsExactly("$.sendWindows.AUTOMATED_CALL.to", "$.switchedOff.US[0]");
    InvalidInputException days =
        catchThrowableOfType(
            () ->
                MarketingPolicy.of(
                    MarketingComplianceConfig.defaults()
                        .withConsent(new ConsentHandling(11, 0, List.of("written:"))),
                    MarketingFixtures.CALENDAR),
            InvalidInputException.class);
    assertThat(days.violations())
        .extracting(Violation::path)
        .containsExactly("$.consent.revocationBusinessDays");
  }

  @Test
  void aNullDocumentIsRefused() {
    assertThat(refusal(null)).extracting(Violation::path).containsExactly("$");
    assertThat(refusal("")).isNotEmpty();
  }
}
