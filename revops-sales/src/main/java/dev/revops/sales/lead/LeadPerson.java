package dev.revops.sales.lead;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who a lead is: the person's names, company, title, country and the other fields captured about
 * them (industry, employees, ...), for scoring. The same part is carried by a {@link CaptureLead}
 * as it arrives (its Jakarta constraints are checked by {@link LeadCapture#validate}) and by the
 * {@link Lead} it becomes (which requires the last name and the country). Everything here is
 * personal data: never logged. Immutable and thread-safe; a null {@code attributes} becomes empty.
 * A null key or value is kept here so that {@link LeadCapture#validate} can report it ({@code
 * attributes.source}) instead of failing with a {@code NullPointerException}; a {@link Lead} only
 * ever holds validated ones.
 *
 * @param firstName given name, or null
 * @param lastName family name, or the only name; null only in a capture that fails validation
 * @param company the company, or null
 * @param title the job title, or null
 * @param country ISO 3166 alpha-2 country (upper case once normalised)
 * @param attributes other captured fields: keys of 1 to 100 characters, values of at most 500
 */
public record LeadPerson(
    @Size(max = 100) String firstName,
    @NotBlank @Size(max = 100) String lastName,
    @Size(max = 200) String company,
    @Size(max = 100) String title,
    @NotNull @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166 alpha-2 code")
        String country,
    Map<String, String> attributes) {

  /** Copies the attributes, keeping their order (null becomes empty). */
  public LeadPerson {
    attributes =
        attributes == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  /**
   * Returns a copy with a first name and a company.
   *
   * @param newFirstName the given name, or null
   * @param newCompany the company, or null
   * @return the copy
   */
  public LeadPerson withNameAndCompany(String newFirstName, String newCompany) {
    return new LeadPerson(newFirstName, lastName, newCompany, title, country, attributes);
  }

  /**
   * Returns a copy with other attributes.
   *
   * @param newAttributes the fields, or null for none
   * @return the copy
   */
  public LeadPerson withAttributes(Map<String, String> newAttributes) {
    return new LeadPerson(firstName, lastName, company, title, country, newAttributes);
  }

  /**
   * Returns the display name: first and last name.
   *
   * @return the name (personal data)
   */
  public String fullName() {
    return firstName == null ? lastName : firstName + " " + lastName;
  }
}
