package dev.revops.testkit.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.port.IdGenerator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultPlanTest {
  /** A port whose calls leave a trace. */
  static final class Recording implements IdGenerator {
    final List<String> made = new ArrayList<>();

    @Override
    public String nextId() {
      String id = "id-" + (made.size() + 1);
      made.add(id);
      return id;
    }
  }

  @Test
  void beforeFailsInsteadOfTheCallAndAfterFailsOnceTheCallHappened() {
    Recording before = new Recording();
    FaultPlan planBefore = FaultPlan.failAt(2, FaultPlan.Mode.BEFORE);
    IdGenerator ids = planBefore.wrap(IdGenerator.class, before, "ids");
    assertThat(ids.nextId()).isEqualTo("id-1");
    assertThatThrownBy(ids::nextId)
        .isInstanceOf(InjectedFault.class)
        .hasMessageContaining("ids.nextId");
    assertThat(before.made).containsExactly("id-1");
    assertThat(ids.nextId()).as("a plan strikes once").isEqualTo("id-2");

    Recording after = new Recording();
    FaultPlan planAfter = FaultPlan.failAt(1, FaultPlan.Mode.AFTER);
    IdGenerator late = planAfter.wrap(IdGenerator.class, after, "ids");
    assertThatThrownBy(late::nextId).isInstanceOf(InjectedFault.class);
    assertThat(after.made)
        .as("the call happened, the caller never learned it")
        .containsExactly("id-1");
    assertThat(planAfter.injected()).contains("after the call returned");
  }

  @Test
  void callsCountAcrossPortsAndStepsAndADisarmedPlanStrikesNothing() {
    FaultPlan plan = FaultPlan.failAt(3, FaultPlan.Mode.BEFORE);
    IdGenerator a = plan.wrap(IdGenerator.class, new Recording(), "a");
    IdGenerator b = plan.wrap(IdGenerator.class, new Recording(), "b");
    a.nextId();
    plan.step("commit");
    plan.disarm();
    b.nextId();
    assertThat(plan.calls()).isEqualTo(3);
    assertThat(plan.callLog()).containsExactly("a.nextId", "commit", "b.nextId");
    assertThat(plan.injected()).isEqualTo("none");
    assertThat(a.toString()).isNotNull();
  }

  @Test
  void aSweepStrikesEveryCallOfTheUseCaseInBothModes() {
    List<String> checked = new ArrayList<>();
    FaultSweep.Report report =
        FaultSweep.run(
            new FaultScenario<IdGenerator>() {
              @Override
              public IdGenerator newWorld(FaultPlan plan) {
                return plan.wrap(IdGenerator.class, new Recording(), "ids");
              }

              @Override
              public void run(IdGenerator world) {
                world.nextId();
                world.nextId();
              }

              @Override
              public void recover(IdGenerator world) {
                world.nextId();
              }

              @Override
              public void check(IdGenerator world) {
                checked.add("checked");
              }
            });
    assertThat(report.calls()).as("the recovery's call is not counted").isEqualTo(2);
    assertThat(report.faultsInjected()).isEqualTo(4);
    assertThat(checked).hasSize(5);
  }
}
