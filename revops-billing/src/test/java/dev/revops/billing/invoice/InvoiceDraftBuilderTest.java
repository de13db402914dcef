package dev.revops.billing.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** {@link Invoice#draft()}: the same draft as the positional factory, part by part. */
class InvoiceDraftBuilderTest {
  private static final InvoiceId ID = InvoiceId.of("inv-1");
  private static final AccountId ACME = AccountId.of("acc-1");
  private static final Currency USD = Money.currency("USD");
  private static final PaymentTerms NET_30 = PaymentTerms.net(30);
  private static final DateRange MARCH =
      DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1));
  private static final List<InvoiceLine> LINES =
      List.of(
          InvoiceLine.of(LineType.RECURRING, "seats", Money.of("30.00", "USD"), MARCH),
          InvoiceLine.of(LineType.ONE_TIME, "setup", Money.of("5.50", "USD"), MARCH));

  private static Invoice.DraftBuilder required() {
    return Invoice.draft().id(ID).account(ACME).currency(USD).terms(NET_30);
  }

  @Test
  @SuppressWarnings("deprecation")
  void theRequiredPartsAloneGiveWhatThePositionalFactoryGivesWithoutLines() {
    Invoice built = required().build();

    assertThat(built).isEqualTo(Invoice.draft(ID, ACME, USD, List.of(), NET_30));
    assertThat(built.id()).isEqualTo(ID);
    assertThat(built.account()).isEqualTo(ACME);
    assertThat(built.currency()).isEqualTo(USD);
    assertThat(built.terms()).isEqualTo(NET_30);
    assertThat(built.lines()).isEmpty();
    assertThat(built.status()).isEqualTo(InvoiceStatus.DRAFT);
    assertThat(built.tax()).isNull();
    assertThat(built.issuedOn()).isNull();
    assertThat(built.dueOn()).isNull();
    assertThat(built.creditApplied()).isEqualTo(Money.zero(USD));
    assertThat(built.amountPaid()).isEqualTo(Money.zero(USD));
    assertThat(built.creditNotes()).isEmpty();
    assertThat(built.version()).isEqualTo(Aggregate.NEW);
  }

  @Test
  @SuppressWarnings("deprecation")
  void theLinesAreCarriedAsThePositionalFactoryCarriesThem() {
    Invoice built = required().lines(LINES).build();

    assertThat(built).isEqualTo(Invoice.draft(ID, ACME, USD, LINES, NET_30));
    assertThat(built.lines()).containsExactlyElementsOf(LINES);
    assertThat(built.total()).isEqualTo(Money.of("35.50", "USD"));
  }

  @Test
  void theLinesAreCopied() {
    List<InvoiceLine> lines = new ArrayList<>(LINES);
    Invoice built = required().lines(lines).build();
    lines.clear();

    assertThat(built.lines()).hasSize(2);
  }

  @Test
  void eachMissingRequiredPartIsRefusedByName() {
    assertMissing("id", b -> b.id(null));
    assertMissing("account", b -> b.account(null));
    assertMissing("currency", b -> b.currency(null));
    assertMissing("lines", b -> b.lines(null));
    assertMissing("terms", b -> b.terms(null));
    assertThatThrownBy(() -> Invoice.draft().build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id");
  }

  private static void assertMissing(String part, UnaryOperator<Invoice.DraftBuilder> unset) {
    assertThatThrownBy(() -> unset.apply(required()).build())
        .as(part)
        .isInstanceOf(NullPointerException.class)
        .hasMessage(part);
  }

  @Test
  void aLineInAnotherCurrencyIsRefusedAsTheInvoiceRefusesIt() {
    InvoiceLine euros = InvoiceLine.of(LineType.ONE_TIME, "setup", Money.of("1", "EUR"), MARCH);

    assertThatThrownBy(() -> required().lines(List.of(euros)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invoice inv-1: line in EUR, invoice in USD");
  }
}
