package dev.revops.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.junit.jupiter.api.Test;

class InputValidatorTest {
  record SignUp(@NotBlank String name, @NotNull @Email String email, @Min(18) int age) {}

  private final InputValidator validator = InputValidator.create();

  @Test
  void reportsEveryViolationWithItsPath() {
    assertThat(validator.validate(new SignUp(" ", "not-an-email", 12)))
        .containsExactly(
            new Violation("age", "must be greater than or equal to 18"),
            new Violation("email", "must be a well-formed email address"),
            new Violation("name", "must not be blank"));
  }

  @Test
  void requireValidThrowsWithAllViolations() {
    assertThatThrownBy(() -> validator.requireValid(new SignUp("Ann", null, 30), "sign-up"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(new Violation("email", "must not be null")))
        .hasMessage("Invalid sign-up (1 violation): email: must not be null");
    SignUp ok = new SignUp("Ann", "ann@example.com", 30);
    assertThat(validator.requireValid(ok, "sign-up")).isSameAs(ok);
  }

  @Test
  void theRejectedValueNeverAppearsInTheMessage() {
    assertThatThrownBy(() -> validator.requireValid(new SignUp("Ann", "secret@@x", 30), "sign-up"))
        .hasMessageNotContaining("secret");
  }
}
