package dev.revops.core.validation;

import static java.util.Objects.requireNonNull;

import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Validates input from outside (commands, web forms, policies) with Jakarta Validation and reports
 * every violation with its property path. Thread-safe; build one and share it.
 *
 * <p>Messages are interpolated with Hibernate Validator's {@link ParameterMessageInterpolator}, on
 * purpose: it substitutes {@code {min}}-style parameters but never evaluates expression language,
 * so no EL implementation is needed at run time and a user-supplied value can never be evaluated as
 * an expression inside a message.
 */
public final class InputValidator {
  private final Validator validator;

  private InputValidator(Validator validator) {
    this.validator = validator;
  }

  /**
   * Builds a validator backed by Hibernate Validator.
   *
   * @return the validator
   */
  public static InputValidator create() {
    ValidatorFactory factory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    return new InputValidator(factory.getValidator());
  }

  /**
   * Validates a value.
   *
   * @param input the value to check
   * @param <T> its type
   * @return every violation, sorted by path; empty when valid
   */
  public <T> List<Violation> validate(T input) {
    if (input == null) {
      return List.of(new Violation("", "must not be null"));
    }
    Set<ConstraintViolation<T>> found = validator.validate(input);
    if (found.isEmpty()) {
      return List.of();
    }
    List<Violation> result = new ArrayList<>(found.size());
    for (ConstraintViolation<T> v : found) {
      result.add(new Violation(v.getPropertyPath().toString(), v.getMessage()));
    }
    Collections.sort(result);
    return List.copyOf(result);
  }

  /**
   * Returns the value when it is valid.
   *
   * @param input the value to check
   * @param what a short name of the input for the error, e.g. {@code "web form lead"}
   * @param <T> its type
   * @return the same value
   * @throws InvalidInputException listing every violation
   */
  public <T> T requireValid(T input, String what) {
    requireNonNull(what, "what");
    List<Violation> violations = validate(input);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(what, violations);
    }
    return input;
  }
}
