package dev.revops.sales.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.consent.Channel;
import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import dev.revops.sales.Refusals;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignLoaderTest {
  static final String JSON =
      """
      {
        "id": "cross-sell-analytics",
        "name": "Analytics add-on for CRM customers",
        "goal": "subscription.addon_added",
        "audience": "crm-active-no-analytics",
        "sendWindow": {"from": "09:00", "until": "20:00"},
        "extraTokens": ["offer.discount"],
        "steps": [
          {"id": "email", "channel": "EMAIL", "delayDays": 0,
           "template": "Hi {{contact.firstName}}, {{product.name}} now has {{offer.name}} at {{offer.discount}} off. {{sender.name}}, {{sender.postalAddress}}. Opt out: {{unsubscribe.url}}"},
          {"id": "call", "channel": "PHONE", "delayDays": 3,
           "template": "Call {{contact.firstName}} about {{offer.name}}"}
        ]
      }
      """;

  private final CampaignLoader loader = CampaignLoader.create();

  @Test
  void readsAValidDefinition() {
    CampaignDefinition d = loader.load(JSON);
    assertThat(d.steps())
        .extracting(CampaignStep::channel)
        .containsExactly(Channel.EMAIL, Channel.PHONE);
    assertThat(d.sendWindow()).isEqualTo(new SendWindow(LocalTime.of(9, 0), LocalTime.of(20, 0)));
    assertThat(d.template(0).tokens())
        .containsExactly(
            "contact.firstName",
            "product.name",
            "offer.name",
            "offer.discount",
            "sender.name",
            "sender.postalAddress",
            "unsubscribe.url");
  }

  private List<Violation> problems(String json) {
    return Refusals.violations(loader::load, json);
  }

  /** The one problem a refused text has (the test fails when it has more or none). */
  private Violation onlyProblem(String json) {
    List<Violation> all = problems(json);
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  @Test
  void anUnknownTokenIsNamedWithItsStepsPath() {
    Violation v = onlyProblem(JSON.replace("{{offer.name}}\"}", "{{offer.nmae}}\"}"));
    assertThat(v.path()).isEqualTo("$.steps[1].template");
    assertThat(v.message()).startsWith("unknown token 'offer.nmae'; known: ");
  }

  @Test
  void malformedTokensAreNamedWithWhereTheyAre() {
    assertThat(problems(JSON.replace("Call {{contact.firstName}}", "Call {{contact.firstName")))
        .extracting(Violation::path, Violation::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "$.steps[1].template", "the token opened at character 5 is not closed"));
    assertThat(problems(JSON.replace("Call {{contact.firstName}}", "Call {{ 1st }}")))
        .extracting(Violation::message)
        .containsExactly("token at character 5 is not a name such as contact.firstName: '1st'");
    assertThat(
            problems(JSON.replace("Call {{contact.firstName}}", "Call }} {{contact.firstName}}")))
        .extracting(Violation::message)
        .containsExactly("'}}' at character 5 closes no token");
  }

  @Test
  void aCallWindowOutsideTheTcpaHoursIsRefused() {
    Violation v = onlyProblem(JSON.replace("\"from\": \"09:00\"", "\"from\": \"07:30\""));
    assertThat(v.path()).isEqualTo("$.sendWindow");
    assertThat(v.message()).contains("07:30-20:00 is outside 08:00-21:00", "64.1200(c)(1)");
    // e-mail only: the calling hours do not apply
    String emailOnly =
        JSON.replace("\"from\": \"09:00\"", "\"from\": \"06:00\"")
            .replace("\"PHONE\"", "\"EMAIL\"");
    assertThat(loader.load(emailOnly).sendWindow().from()).isEqualTo(LocalTime.of(6, 0));
    assertThat(problems(JSON.replace("\"until\": \"20:00\"", "\"until\": \"08:00\"")))
        .extracting(Violation::path, Violation::message)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "$.sendWindow", "from 09:00 is not before until 08:00"));
  }

  @Test
  void stepsAreCheckedOneByOneWithTheirPaths() {
    String json =
        JSON.replace("\"id\": \"call\"", "\"id\": \"email\"")
            .replace("\"delayDays\": 3", "\"delayDays\": -1");
    assertThat(problems(json))
        .extracting(Violation::path, Violation::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("$.steps[1].id", "duplicate step id 'email'"),
            org.assertj.core.groups.Tuple.tuple(
                "$.steps[1].delayDays", "must be from 0 to 400 days, got -1"));
    assertThat(problems(JSON.replace("\"delayDays\": 0", "\"delayDays\": 5")))
        .extracting(Violation::path, Violation::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "$.steps[1].delayDays",
                "3 is before the previous step's 5; steps go in the order they are sent"));
    assertThat(problems(JSON.replace("\"PHONE\"", "\"LETTER\"")))
        .extracting(Violation::path)
        .containsExactly("$.steps[1].channel");
  }

  @Test
  void fieldsAreCheckedByTheStrictLoader() {
    assertThat(problems(JSON.replace("\"delayDays\": 3", "\"delayDays\": 3.5")))
        .extracting(Violation::path)
        .containsExactly("$.steps[1].delayDays");
    assertThat(problems(JSON.replace("\"channel\": \"PHONE\"", "\"channel\": \"FAX\"")))
        .extracting(Violation::path)
        .containsExactly("$.steps[1].channel");
    assertThat(problems(JSON.replace("\"audience\"", "\"x\": 1, \"audience\"")))
        .extracting(Violation::path)
        .containsExactly("$.x");
    String noSteps = JSON.substring(0, JSON.indexOf("\"steps\"")) + "\"steps\": []}";
    assertThat(problems(noSteps)).extracting(Violation::path).containsExactly("$.steps");
    assertThat(problems("null")).extracting(Violation::path).containsExactly("$");
  }

  @Test
  void aTemplateCanBeReadOnItsOwn() {
    assertThatThrownBy(
            () -> MessageTemplate.parse("Hi {{contact.nickname}}", java.util.Set.of(), "$"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("unknown token 'contact.nickname'");
    assertThat(
            MessageTemplate.parse(
                    "Hi {{contact.nickname}}", java.util.Set.of("contact.nickname"), "$")
                .tokens())
        .containsExactly("contact.nickname");
  }
}
