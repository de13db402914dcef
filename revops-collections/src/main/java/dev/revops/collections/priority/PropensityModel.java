package dev.revops.collections.priority;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A propensity-to-pay model: logistic regression over {@link PaymentHistory#features()},
 * standardised, trained with plain batch gradient descent and L2 regularisation. Training is
 * deterministic (weights start at zero, examples are used in order), so the same data gives the
 * same model. Each prediction names its top factors: weight times standardised value, the model's
 * own log-odds terms, so the explanation is exact, not approximated. Immutable and thread-safe.
 */
public final class PropensityModel {
  private final double[] weights;
  private final double bias;
  private final double[] mean;
  private final double[] scale;

  private PropensityModel(double[] weights, double bias, double[] mean, double[] scale) {
    this.weights = weights.clone();
    this.bias = bias;
    this.mean = mean.clone();
    this.scale = scale.clone();
  }

  /**
   * One labelled example: an account's history and whether it paid (within the host's horizon, e.g.
   * 30 days).
   *
   * @param history the history
   * @param paid whether it paid
   */
  public record Example(PaymentHistory history, boolean paid) {
    /** Checks the history. */
    public Example {
      requireNonNull(history, "history");
    }
  }

  /**
   * Trains a model.
   *
   * @param examples labelled examples, at least one
   * @param epochs gradient steps over the whole set, at least 1
   * @param learningRate the step size, above zero
   * @param l2 the regularisation strength, zero or more
   * @return the model
   */
  public static PropensityModel train(
      List<Example> examples, int epochs, double learningRate, double l2) {
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("training needs at least one example");
    }
    if (epochs < 1 || !(learningRate > 0) || l2 < 0) {
      throw new IllegalArgumentException("epochs >= 1, learningRate > 0 and l2 >= 0 are required");
    }
    int n = examples.size();
    int k = PaymentHistory.FEATURES.size();
    double[][] x = new double[n][];
    double[] y = new double[n];
    double[] mean = new double[k];
    double[] scale = new double[k];
    for (int i = 0; i < n; i++) {
      x[i] = examples.get(i).history().features();
      y[i] = examples.get(i).paid() ? 1 : 0;
      for (int j = 0; j < k; j++) {
        mean[j] += x[i][j] / n;
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) {
        scale[j] += (x[i][j] - mean[j]) * (x[i][j] - mean[j]) / n;
      }
    }
    for (int j = 0; j < k; j++) {
      scale[j] = scale[j] > 1e-12 ? Math.sqrt(scale[j]) : 1.0;
    }
    double[][] z = new double[n][k];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) {
        z[i][j] = (x[i][j] - mean[j]) / scale[j];
      }
    }
    double[] w = new double[k];
    double b = 0;
    for (int epoch = 0; epoch < epochs; epoch++) {
      double[] gw = new double[k];
      double gb = 0;
      for (int i = 0; i < n; i++) {
        double err = sigmoid(dot(w, z[i]) + b) - y[i];
        for (int j = 0; j < k; j++) {
          gw[j] += err * z[i][j] / n;
        }
        gb += err / n;
      }
      for (int j = 0; j < k; j++) {
        w[j] -= learningRate * (gw[j] + l2 * w[j]);
      }
      b -= learningRate * gb;
    }
    return new PropensityModel(w, b, mean, scale);
  }

  /**
   * Predicts the probability of payment with the three largest factors.
   *
   * @param history the account's history
   * @return the propensity
   */
  public Propensity predict(PaymentHistory history) {
    double[] x = history.features();
    List<Factor> factors = new ArrayList<>(x.length);
    double logit = bias;
    for (int j = 0; j < x.length; j++) {
      double c = weights[j] * (x[j] - mean[j]) / scale[j];
      logit += c;
      factors.add(new Factor(PaymentHistory.FEATURES.get(j), x[j], c));
    }
    factors.sort(Comparator.comparingDouble((Factor f) -> -Math.abs(f.contribution())));
    return new Propensity(sigmoid(logit), factors.subList(0, Math.min(3, factors.size())));
  }

  /**
   * Returns the learned weights, per standardised feature, in the order of {@link
   * PaymentHistory#FEATURES}.
   *
   * @return a copy of the weights
   */
  public double[] weights() {
    return Arrays.copyOf(weights, weights.length);
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static double sigmoid(double v) {
    return 1.0 / (1.0 + Math.exp(-v));
  }
}
