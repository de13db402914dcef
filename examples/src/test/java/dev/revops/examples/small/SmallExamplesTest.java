package dev.revops.examples.small;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class SmallExamplesTest {
  private static String output(Consumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    example.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aLeadIsCapturedNormalisedDeDuplicatedScoredAndQualified() {
    assertThat(output(CaptureAndScoreLead::run))
        .contains(
            "Captured lead-1 from WEB_FORM: e-mail claire.moreau@acme.example, phone"
                + " +14155550123, country US, status NEW")
        .contains("Second capture: new lead? false; matched lead-1 on email")
        .contains("cap:fit")
        .contains("Score 58.79, grade B, MQL: true")
        .contains("Fired QUALIFY: lead is now QUALIFIED");
  }

  @Test
  void aCustomPipelineGuardsBigDealsAndDrawsItself() {
    assertThat(output(CustomPipeline::run))
        .contains("TRIAL -PROPOSE-> PROPOSAL")
        .contains("Buttons in PROPOSAL: [SIGN, LOSE]")
        .contains("Can sign an $80,000 deal without approval? false")
        .contains("guard 'deals above $50,000 need an approved discount' refused it")
        .contains("With approval: WON; a $20,000 deal: WON")
        .contains("Cannot fire LOSE in state WON")
        .contains("PROPOSAL --> WON : SIGN [deals above $50,000 need an approved discount]");
  }

  @Test
  void aMonthEndAnchorHoldsAndAMidPeriodUpgradeIsProratedByTheDay() {
    assertThat(output(MonthEndUpgrade::run))
        .contains(
            "Periods: [2024-01-31, 2024-02-29), [2024-02-29, 2024-03-31), [2024-03-31,"
                + " 2024-04-30)")
        .contains("Invoice inv-2 on 2024-02-29, total USD 30.00")
        // 16 of the period's 31 days: 90 x 16/31 = 46.45 charged, 30 x 16/31 = 15.48 credited.
        .contains("PRORATION_CHARGE pro-fee      [2024-03-15, 2024-03-31) USD 46.45")
        .contains("PRORATION_CREDIT basic-fee    [2024-03-15, 2024-03-31) USD -15.48")
        .contains("Invoice inv-3 on 2024-03-15, total USD 30.97")
        .contains("Running the generator again on Mar 15 adds 0 lines");
  }

  @Test
  void aDunningPolicyInJsonRunsIdempotentlyAndCatchesUp() {
    assertThat(output(DunningPolicyFromJson::run))
        .contains("Loaded 'smb' with 4 steps")
        .contains("Broken file rejected: $.steps[2].offsetDays")
        .contains("2024-04-28: [reminder:EMAIL]; next evaluation 2024-05-02")
        .contains("2024-04-28: nothing to do")
        .contains("2024-05-13: [overdue:EMAIL, overdue:SMS, call:CALL_TASK]")
        .contains("2024-06-01: [suspend:SUSPEND_SERVICE]; next evaluation none")
        .contains("Paid in full: [RESTORE_SERVICE]; episode active: false");
  }

  @Test
  void aComplianceDecisionNamesTheRulesThatDecided() {
    assertThat(output(ComplianceDecision::run))
        .contains("SMS at 12:00: BLOCKED")
        .contains("blocked by consent.prior-express-consent")
        .contains("PHONE at 07:30: BLOCKED")
        .contains("blocked by fdcpa.convenient-hours: it is 07:30 in America/Los_Angeles")
        .contains("EMAIL at 12:00: ALLOWED")
        .contains("[ATTEMPT_BLOCKED, ATTEMPT_BLOCKED, ATTEMPT_ALLOWED]");
  }

  @Test
  void kpisComeFromACsvOfFactsAndReconcile() {
    assertThat(output(KpisFromCsv::run))
        .contains("10 subscriptions read; 2024-03")
        .contains("MRR at start   USD 594.00")
        .contains("+ new          USD 299.00")
        .contains("+ expansion    USD 100.00")
        .contains("+ reactivation USD 99.00")
        .contains("- contraction  USD 100.00")
        .contains("- churn        USD 148.00")
        .contains("= MRR at end   USD 844.00 (ARR USD 10128.00)")
        .contains("customer-churn-rate/chartmogul = 0.3333333333333333")
        .contains("arpa = 140.6666666666667 USD");
  }

  @Test
  void aBadCsvRowNamesItsLine() {
    String csv = KpisFromCsv.HEADER + "\ns-1,acme,99.00,USD,WEEKLYISH,2024-01-05,\n";
    assertThatThrownBy(() -> KpisFromCsv.parse(new BufferedReader(new StringReader(csv))))
        .isInstanceOf(dev.revops.core.error.InvalidInputException.class)
        .hasMessageContaining("line 2: interval 'WEEKLYISH'");
  }
}
