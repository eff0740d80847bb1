package io.motiv.survey.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * Descriptive statistics of centred value scores over a population: mean, sample standard deviation, a histogram
 * per dimension, and the Pearson correlation matrix. Plain Java over primitive arrays.
 */
public final class PopulationStatistics {

    private final List<String> dimensions;
    private final int respondents;
    private final double[] means;
    private final double[] standardDeviations;
    private final double[][] correlations;
    private final List<List<Bin>> histograms;

    private PopulationStatistics(List<String> dimensions, int respondents, double[] means, double[] standardDeviations,
                                 double[][] correlations, List<List<Bin>> histograms) {
        this.dimensions = dimensions;
        this.respondents = respondents;
        this.means = means;
        this.standardDeviations = standardDeviations;
        this.correlations = correlations;
        this.histograms = histograms;
    }

    /**
     * @param scores one row per respondent, one column per dimension (in {@code dimensions} order); at least two rows
     * @param bins histogram bins per dimension, spanning [min, max] of that dimension
     */
    public static PopulationStatistics of(List<String> dimensions, double[][] scores, int bins) {
        int n = scores.length;
        int d = dimensions.size();
        if (n < 2) {
            throw new IllegalArgumentException("statistics need at least 2 respondents, got " + n);
        }
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be >= 1");
        }
        double[] means = new double[d];
        for (double[] row : scores) {
            if (row.length != d) {
                throw new IllegalArgumentException("every row needs " + d + " scores");
            }
            for (int j = 0; j < d; j++) {
                if (!Double.isFinite(row[j])) {
                    throw new IllegalArgumentException("score of " + dimensions.get(j) + " is not a finite number");
                }
                means[j] += row[j] / n;
            }
        }
        double[][] covariance = new double[d][d];
        for (double[] row : scores) {
            for (int a = 0; a < d; a++) {
                double da = row[a] - means[a];
                for (int b = a; b < d; b++) {
                    covariance[a][b] += da * (row[b] - means[b]) / (n - 1);
                }
            }
        }
        double[] sd = new double[d];
        for (int j = 0; j < d; j++) {
            sd[j] = Math.sqrt(covariance[j][j]);
        }
        double[][] correlations = new double[d][d];
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                // A constant dimension correlates with nothing: report 0 rather than NaN.
                double r = a == b ? 1 : (sd[a] == 0 || sd[b] == 0 ? 0 : covariance[a][b] / (sd[a] * sd[b]));
                correlations[a][b] = r;
                correlations[b][a] = r;
            }
        }
        List<List<Bin>> histograms = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            histograms.add(histogram(scores, j, bins));
        }
        return new PopulationStatistics(List.copyOf(dimensions), n, means, sd, correlations, histograms);
    }

    private static List<Bin> histogram(double[][] scores, int column, int bins) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : scores) {
            min = Math.min(min, row[column]);
            max = Math.max(max, row[column]);
        }
        if (max == min) {
            return List.of(new Bin(min, max, scores.length));
        }
        double width = (max - min) / bins;
        long[] counts = new long[bins];
        for (double[] row : scores) {
            counts[Math.min(bins - 1, (int) ((row[column] - min) / width))]++;
        }
        List<Bin> histogram = new ArrayList<>();
        for (int i = 0; i < bins; i++) {
            histogram.add(new Bin(min + i * width, i == bins - 1 ? max : min + (i + 1) * width, counts[i]));
        }
        return histogram;
    }

    public List<String> dimensions() {
        return dimensions;
    }

    public int respondents() {
        return respondents;
    }

    public double mean(int dimension) {
        return means[dimension];
    }

    public double standardDeviation(int dimension) {
        return standardDeviations[dimension];
    }

    public double correlation(int a, int b) {
        return correlations[a][b];
    }

    public List<Bin> histogram(int dimension) {
        return histograms.get(dimension);
    }

    /** Counts of scores in [from, to) (the last bin includes {@code to}). */
    public record Bin(double from, double to, long count) {
    }
}
