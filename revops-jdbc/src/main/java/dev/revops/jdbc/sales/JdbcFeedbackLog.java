package dev.revops.jdbc.sales;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.revops.core.id.AccountId;
import dev.revops.jdbc.DataAccessException;
import dev.revops.jdbc.table.Database;
import dev.revops.jdbc.table.Sql;
import dev.revops.sales.port.FeedbackLog;
import dev.revops.sales.servicecase.Feedback;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link FeedbackLog} on table {@code revops_feedback}: one row per answer, inserted and never
 * updated or deleted, with the account, case, kind, score and time as columns and the whole answer
 * (its comment included, which may hold personal data) in {@code body}. An answer recorded inside a
 * unit of work is stored only if that unit of work commits; {@link #forAccount} reads the index on
 * the account and returns the answers in the order they were stored (the unit of work's own ones
 * included). Thread-safe.
 */
public final class JdbcFeedbackLog implements FeedbackLog {
  /** The table. */
  static final String TABLE = "revops_feedback";

  /** The query of {@link #forAccount}. */
  static final String FOR_ACCOUNT =
      "SELECT body FROM revops_feedback WHERE account_id = ? ORDER BY seq";

  private final Database db;
  private final String insert;

  /**
   * Creates the log.
   *
   * @param db the database
   */
  public JdbcFeedbackLog(Database db) {
    this.db = requireNonNull(db, "db");
    this.insert =
        "INSERT INTO revops_feedback (account_id, case_id, kind, score, given_at, body,"
            + " recorded_at) VALUES (?, ?, ?, ?, ?, "
            + db.dialect().jsonParameter()
            + ", ?)";
  }

  @Override
  public void record(Feedback feedback) {
    requireNonNull(feedback, "feedback");
    String body = write(feedback);
    db.work()
        .call(
            "append to " + TABLE,
            TABLE,
            c -> {
              try (PreparedStatement s = c.prepareStatement(insert)) {
                s.setString(1, feedback.account().value());
                Sql.setText(s, 2, feedback.caseId() == null ? null : feedback.caseId().value());
                s.setString(3, feedback.kind().name());
                s.setInt(4, feedback.score());
                Sql.setInstant(s, 5, feedback.at());
                s.setString(6, body);
                Sql.setInstant(s, 7, db.clock().instant());
                s.executeUpdate();
              }
              return null;
            });
  }

  @Override
  public List<Feedback> forAccount(AccountId account) {
    requireNonNull(account, "account");
    List<String> bodies =
        db.work()
            .read(
                "read " + TABLE,
                TABLE,
                c -> {
                  try (PreparedStatement s = c.prepareStatement(FOR_ACCOUNT)) {
                    s.setString(1, account.value());
                    List<String> out = new ArrayList<>();
                    try (ResultSet r = s.executeQuery()) {
                      while (r.next()) {
                        out.add(r.getString(1));
                      }
                    }
                    return out;
                  }
                });
    List<Feedback> answers = new ArrayList<>(bodies.size());
    for (String b : bodies) {
      answers.add(read(b));
    }
    return List.copyOf(answers);
  }

  private String write(Feedback f) {
    try {
      return db.json().writeValueAsString(f);
    } catch (JsonProcessingException e) {
      throw new DataAccessException("write a Feedback as JSON", null, e);
    }
  }

  private Feedback read(String body) {
    try {
      return db.json().readValue(body, Feedback.class);
    } catch (JsonProcessingException e) {
      throw new DataAccessException("read a Feedback from " + TABLE + ".body", null, e);
    }
  }
}
