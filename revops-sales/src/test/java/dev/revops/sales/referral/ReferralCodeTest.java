package dev.revops.sales.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.id.AccountId;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferralCodeTest {
  private final ReferralCodes codes = new ReferralCodes(ReferralFixture.SECRET);

  @Test
  void theSameAccountAlwaysGetsTheSameWellFormedCode() {
    ReferralCode a = codes.codeFor(AccountId.of("acct-1"));
    assertThat(codes.codeFor(AccountId.of("acct-1"))).isEqualTo(a);
    assertThat(a.value()).matches("R-[0-9A-HJKMNP-TV-Z]{12}").doesNotContain("acct");
  }

  @Test
  void codesDependOnTheAccountAndTheSecret() {
    Set<ReferralCode> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      seen.add(codes.codeFor(AccountId.of("acct-" + i)));
    }
    assertThat(seen).hasSize(10_000);
    ReferralCodes other =
        new ReferralCodes("another-secret-of-enough-bytes!!".getBytes(StandardCharsets.UTF_8));
    assertThat(other.codeFor(AccountId.of("acct-1")))
        .isNotEqualTo(codes.codeFor(AccountId.of("acct-1")));
  }

  @Test
  void aShortSecretIsRefusedAndTheSecretIsNeverPrinted() {
    assertThatThrownBy(() -> new ReferralCodes(new byte[15]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("16 bytes");
    assertThat(codes.toString()).doesNotContain("a-test-secret");
  }

  @Test
  void parsingForgivesCaseSpacesThePrefixAndLookAlikes() {
    ReferralCode code = ReferralCode.parse("R-0123456789AB");
    assertThat(ReferralCode.parse("  r-0123456789ab ")).isEqualTo(code);
    assertThat(ReferralCode.parse("O1234567B9AB")).isEqualTo(ReferralCode.parse("R-01234567B9AB"));
    assertThat(ReferralCode.parse("0I2345678LAB")).isEqualTo(ReferralCode.parse("R-0123456781AB"));
    assertThat(ReferralCode.isCode("R-0123")).isFalse();
    assertThat(ReferralCode.isCode(null)).isFalse();
    assertThatThrownBy(() -> ReferralCode.parse("secret@example.com"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("example");
  }
}
