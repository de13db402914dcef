package dev.revops.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.id.AccountId;
import dev.revops.core.id.ContactId;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContactPointsTest {
  @Test
  void emailsAreTrimmedAndLowerCased() {
    assertThat(ContactPoints.email("  Ann.Lee@Example.COM ")).isEqualTo("ann.lee@example.com");
    assertThat(ContactPoints.isEmail("not-an-email")).isFalse();
    assertThatThrownBy(() -> ContactPoints.email("ann@"))
        .hasMessage("email is not a valid address");
  }

  @Test
  void phonesBecomeE164() {
    assertThat(ContactPoints.phone("(415) 555-0123", "US")).isEqualTo("+14155550123");
    assertThat(ContactPoints.phone("1-415-555-0123", "US")).isEqualTo("+14155550123");
    assertThat(ContactPoints.phone("+44 20 7946 0958", "US")).isEqualTo("+442079460958");
    assertThat(ContactPoints.phone("0044 20 7946 0958", "DE")).isEqualTo("+442079460958");
    assertThat(ContactPoints.phone("030 1234567", "DE")).isEqualTo("+49301234567");
    assertThatThrownBy(() -> ContactPoints.phone("12ab", "US"))
        .hasMessageContaining("unexpected character")
        .hasMessageNotContaining("12ab");
    assertThatThrownBy(() -> ContactPoints.phone("555 1234", "XX"))
        .hasMessageContaining("no known calling code");
  }

  @Test
  void contactNormalisesAndRejectsRawPhones() {
    Contact c =
        new Contact(
            ContactId.of("c1"),
            AccountId.of("a1"),
            "Ann",
            null,
            List.of("ANN@EXAMPLE.COM", "ann@example.com"),
            List.of("+14155550123"),
            Set.of(ZoneId.of("America/Los_Angeles")),
            0);
    assertThat(c.emails()).containsExactly("ann@example.com");
    assertThat(c.role()).isEmpty();
    assertThatThrownBy(
            () ->
                new Contact(
                    ContactId.of("c2"),
                    AccountId.of("a1"),
                    "Bo",
                    "",
                    List.of(),
                    List.of("415 555 0123"),
                    Set.of(ZoneId.of("UTC")),
                    0))
        .hasMessageContaining("contact c2: phones must be E.164");
  }

  @Test
  void accountNeedsAnIsoCountry() {
    Account a =
        Account.of(AccountId.of("a1"), "Acme", ZoneId.of("UTC"), Currency.getInstance("USD"), "us");
    assertThat(a.country()).isEqualTo("US");
    assertThatThrownBy(
            () ->
                Account.of(
                    AccountId.of("a2"),
                    "Acme",
                    ZoneId.of("UTC"),
                    Currency.getInstance("USD"),
                    "USA"))
        .hasMessageContaining("account a2: country must be an ISO 3166 alpha-2 code");
  }
}
