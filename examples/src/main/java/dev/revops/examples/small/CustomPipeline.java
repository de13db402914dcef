package dev.revops.examples.small;

import dev.revops.core.error.IllegalTransitionException;
import dev.revops.core.statemachine.StateMachine;
import java.io.PrintStream;

/**
 * Defines a host's own sales pipeline with core's state machine builder: stages, moves, a guarded
 * move (a deal above the approval limit needs a signed-off discount before it can be won), terminal
 * stages, and the generated Mermaid diagram.
 */
public final class CustomPipeline {
  private CustomPipeline() {}

  /** The stages of the pipeline. */
  public enum Stage {
    DISCOVERY,
    DEMO,
    TRIAL,
    PROPOSAL,
    WON,
    LOST
  }

  /** What moves a deal. */
  public enum Move {
    BOOK_DEMO,
    START_TRIAL,
    PROPOSE,
    SIGN,
    LOSE
  }

  /**
   * A deal as the guard sees it. Immutable.
   *
   * @param amount the deal amount in dollars
   * @param discountApproved whether finance signed off the discount
   */
  public record Deal(long amount, boolean discountApproved) {}

  /** The pipeline: built once, checked when built, shared by every deal. */
  public static final StateMachine<Stage, Move> PIPELINE =
      StateMachine.<Stage, Move>builder(Stage.DISCOVERY)
          .permit(Stage.DISCOVERY, Move.BOOK_DEMO, Stage.DEMO)
          .permit(Stage.DEMO, Move.START_TRIAL, Stage.TRIAL)
          .permit(Stage.DEMO, Move.PROPOSE, Stage.PROPOSAL)
          .permit(Stage.TRIAL, Move.PROPOSE, Stage.PROPOSAL)
          .<Deal>permitIf(
              Stage.PROPOSAL,
              Move.SIGN,
              Stage.WON,
              "deals above $50,000 need an approved discount",
              deal -> deal.amount() <= 50_000 || deal.discountApproved())
          .permit(Stage.DISCOVERY, Move.LOSE, Stage.LOST)
          .permit(Stage.DEMO, Move.LOSE, Stage.LOST)
          .permit(Stage.TRIAL, Move.LOSE, Stage.LOST)
          .permit(Stage.PROPOSAL, Move.LOSE, Stage.LOST)
          .terminal(Stage.WON)
          .terminal(Stage.LOST)
          .build();

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    Stage s = Stage.DISCOVERY;
    for (Move m : new Move[] {Move.BOOK_DEMO, Move.START_TRIAL, Move.PROPOSE}) {
      Stage next = PIPELINE.next(s, m);
      out.printf("%s -%s-> %s%n", s, m, next);
      s = next;
    }
    out.println("Buttons in " + s + ": " + PIPELINE.allowedEvents(s));
    Deal big = new Deal(80_000, false);
    out.println(
        "Can sign an $80,000 deal without approval? " + PIPELINE.canFire(s, Move.SIGN, big));
    try {
      PIPELINE.next(s, Move.SIGN, big);
    } catch (IllegalTransitionException e) {
      out.println("Refused: " + e.getMessage());
    }
    out.println(
        "With approval: "
            + PIPELINE.next(s, Move.SIGN, new Deal(80_000, true))
            + "; a $20,000 deal: "
            + PIPELINE.next(s, Move.SIGN, new Deal(20_000, false)));
    try {
      PIPELINE.next(Stage.WON, Move.LOSE);
    } catch (IllegalTransitionException e) {
      out.println("Refused: " + e.getMessage());
    }
    out.println(PIPELINE.toMermaid());
  }
}
