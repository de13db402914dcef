package dev.revops.billing.billrun;

import static dev.revops.billing.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.billing.invoice.InvoiceLine;
import dev.revops.billing.invoice.LineType;
import dev.revops.core.time.DateRange;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Which invoice lines count as charges for the watermark. */
class WatermarkTest {
  static final DateRange APRIL = DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 1));

  static InvoiceLine line(LineType type, String subscription, String price) {
    return new InvoiceLine(type, type.name(), usd("10"), 1, APRIL, subscription, price);
  }

  @Test
  void onlyASubscriptionsPricedChargesAndDiscountsAreCharges() {
    for (LineType t :
        new LineType[] {
          LineType.RECURRING,
          LineType.PRORATION_CHARGE,
          LineType.USAGE,
          LineType.ONE_TIME,
          LineType.DISCOUNT
        }) {
      assertThat(Watermark.isCharge(line(t, "s1", "p"))).as(t.name()).isTrue();
      assertThat(Watermark.isCharge(line(t, null, "p"))).as(t + " of no subscription").isFalse();
      assertThat(Watermark.isCharge(line(t, "s1", null))).as(t + " of no price").isFalse();
    }
    assertThat(Watermark.isCharge(line(LineType.TAX, "s1", "p"))).isFalse();
    assertThat(Watermark.isCharge(line(LineType.PRORATION_CREDIT, "s1", "p"))).isFalse();
    assertThat(Watermark.isCharge(line(LineType.ADJUSTMENT, "s1", "p"))).isFalse();
    assertThat(line(LineType.RECURRING, null, "p").fromSubscription()).isFalse();
    assertThat(line(LineType.RECURRING, "s1", "p").fromSubscription()).isTrue();
  }
}
