package dev.revops.billing.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.billing.Fixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** {@link NewSubscription#builder()}: the same request as the positional factory, part by part. */
class NewSubscriptionBuilderTest {
  private static final SubscriptionId ID = SubscriptionId.of("sub-1");
  private static final LocalDate START = LocalDate.of(2024, 3, 1);

  private static NewSubscription.Builder required() {
    return NewSubscription.builder()
        .id(ID)
        .account(Fixtures.ACME)
        .currency(Fixtures.USD)
        .zone(Fixtures.NY)
        .plan(Fixtures.BASIC)
        .startDate(START);
  }

  @Test
  @SuppressWarnings("deprecation")
  void theRequiredPartsAloneGiveWhatThePositionalFactoryGives() {
    NewSubscription built = required().build();

    assertThat(built)
        .isEqualTo(
            NewSubscription.of(
                ID, Fixtures.ACME, Fixtures.USD, Fixtures.NY, Fixtures.BASIC, START));
    assertThat(built.id()).isEqualTo(ID);
    assertThat(built.account()).isEqualTo(Fixtures.ACME);
    assertThat(built.currency()).isEqualTo(Fixtures.USD);
    assertThat(built.zone()).isEqualTo(Fixtures.NY);
    assertThat(built.plan()).isEqualTo(Fixtures.BASIC);
    assertThat(built.startDate()).isEqualTo(START);
    assertThat(built.quantity()).isEqualTo(1);
    assertThat(built.couponIds()).isEmpty();
    assertThat(built.awaitFirstPayment()).isFalse();
    assertThat(built.hasPaymentMethod()).isTrue();
  }

  @Test
  void everyOptionalPartIsCarried() {
    NewSubscription built =
        required()
            .quantity(7)
            .couponIds(List.of("HALF", "FIVE"))
            .awaitFirstPayment(true)
            .hasPaymentMethod(false)
            .build();

    assertThat(built.quantity()).isEqualTo(7);
    assertThat(built.couponIds()).containsExactly("HALF", "FIVE");
    assertThat(built.awaitFirstPayment()).isTrue();
    assertThat(built.hasPaymentMethod()).isFalse();
    assertThat(built)
        .isEqualTo(
            required()
                .build()
                .withQuantity(7)
                .withCoupons(List.of("HALF", "FIVE"))
                .awaitingFirstPayment()
                .withPaymentMethod(false));
  }

  @Test
  void toBuilderHoldsEveryPartAndEachCopyChangesOnlyItsOwn() {
    NewSubscription full =
        required()
            .quantity(3)
            .couponIds(List.of("HALF"))
            .awaitFirstPayment(true)
            .hasPaymentMethod(false)
            .build();
    assertThat(full.toBuilder().build()).isEqualTo(full);
    assertThat(full.withQuantity(9))
        .isEqualTo(
            new NewSubscription(
                ID,
                full.account(),
                full.currency(),
                full.zone(),
                full.plan(),
                9,
                START,
                List.of("HALF"),
                true,
                false));
    assertThat(full.withCoupons(List.of()).couponIds()).isEmpty();
    assertThat(full.withCoupons(List.of()).quantity()).isEqualTo(3);
    assertThat(full.withPaymentMethod(true).hasPaymentMethod()).isTrue();
    assertThat(full.withPaymentMethod(true).awaitFirstPayment()).isTrue();
    assertThat(required().build().awaitingFirstPayment().awaitFirstPayment()).isTrue();
    assertThat(required().build().awaitingFirstPayment().quantity()).isEqualTo(1);
  }

  @Test
  void theCouponsAreCopiedAndNullMeansNone() {
    List<String> coupons = new ArrayList<>(List.of("HALF"));
    NewSubscription.Builder builder = required().couponIds(coupons);
    NewSubscription built = builder.build();
    coupons.add("FIVE");

    assertThat(built.couponIds()).containsExactly("HALF");
    assertThat(required().couponIds(null).build().couponIds()).isEmpty();
  }

  @Test
  void eachMissingRequiredPartIsRefusedByName() {
    assertMissing("id", b -> b.id(null));
    assertMissing("account", b -> b.account(null));
    assertMissing("currency", b -> b.currency(null));
    assertMissing("zone", b -> b.zone(null));
    assertMissing("plan", b -> b.plan(null));
    assertMissing("startDate", b -> b.startDate(null));
    assertThatThrownBy(() -> NewSubscription.builder().build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id");
  }

  private static void assertMissing(String part, UnaryOperator<NewSubscription.Builder> unset) {
    assertThatThrownBy(() -> unset.apply(required()).build())
        .as(part)
        .isInstanceOf(NullPointerException.class)
        .hasMessage(part);
  }

  @Test
  void aQuantityBelowOneIsRefusedAsTheRecordRefusesIt() {
    assertThatThrownBy(() -> required().quantity(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quantity must be at least 1, got 0");
    assertThatThrownBy(() -> required().quantity(-3).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quantity must be at least 1, got -3");
    assertThat(required().quantity(1).build().quantity()).isEqualTo(1);
  }

  @Test
  void aBuilderCanBeReusedAndEachBuildIsANewEqualValue() {
    NewSubscription.Builder builder = required().quantity(2);
    NewSubscription first = builder.build();
    NewSubscription second = builder.quantity(3).build();

    assertThat(first.quantity()).isEqualTo(2);
    assertThat(second.quantity()).isEqualTo(3);
    assertThat(second).isEqualTo(first.withQuantity(3));
  }
}
