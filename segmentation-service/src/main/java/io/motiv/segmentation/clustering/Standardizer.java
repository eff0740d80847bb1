package io.motiv.segmentation.clustering;

import java.util.ArrayList;
import java.util.List;

/**
 * Z-scores per column, z = (x - mean) / sd, with the population mean (divide by n) and the sample standard
 * deviation (divide by n - 1), fitted on one matrix and applicable to others (new customers are standardised with
 * the parameters of the run they are assigned to).
 *
 * <p>A column whose values are all equal has sd = 0 and cannot be scaled. It is reported by
 * {@link #constantColumns()} rather than divided by zero; the caller decides, usually by rejecting the
 * segmentation with {@link #requireNoConstantColumns(List)}, which names the features. If the caller goes on,
 * {@link #transform} maps a constant column to 0 everywhere (centred, not scaled), so it plays no part in any
 * distance.
 */
public final class Standardizer {

    private final double[] means;
    private final double[] standardDeviations;
    private final int[] constantColumns;

    private Standardizer(double[] means, double[] standardDeviations, int[] constantColumns) {
        this.means = means;
        this.standardDeviations = standardDeviations;
        this.constantColumns = constantColumns;
    }

    /**
     * Column means and sample standard deviations of {@code data}. Two passes (mean, then the sum of squared
     * deviations from it), which avoids the cancellation of the one-pass sum-of-squares formula. A column is
     * constant when all its values are equal (checked exactly, not by a small sd, so that rounding in the mean cannot
     * make a constant column look variable); its sd is then reported as 0.
     *
     * @throws IllegalArgumentException when data has fewer than 2 rows (the sample sd needs n - 1 &gt; 0)
     */
    public static Standardizer fit(FeatureMatrix data) {
        int n = data.rows();
        int d = data.columns();
        if (n < 2) {
            throw new IllegalArgumentException(
                    "standardising needs at least 2 rows for a sample standard deviation, got " + n);
        }
        double[] x = data.values();
        double[] means = new double[d];
        double[] minimum = new double[d];
        double[] maximum = new double[d];
        System.arraycopy(x, 0, minimum, 0, d);
        System.arraycopy(x, 0, maximum, 0, d);
        for (int i = 0; i < n; i++) {
            int offset = i * d;
            for (int j = 0; j < d; j++) {
                double value = x[offset + j];
                means[j] += value;
                minimum[j] = Math.min(minimum[j], value);
                maximum[j] = Math.max(maximum[j], value);
            }
        }
        for (int j = 0; j < d; j++) {
            means[j] /= n;
        }
        double[] squares = new double[d];
        for (int i = 0; i < n; i++) {
            int offset = i * d;
            for (int j = 0; j < d; j++) {
                double deviation = x[offset + j] - means[j];
                squares[j] += deviation * deviation;
            }
        }
        double[] standardDeviations = new double[d];
        List<Integer> constant = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            if (minimum[j] == maximum[j]) {
                constant.add(j);
                means[j] = minimum[j];
            } else {
                standardDeviations[j] = Math.sqrt(squares[j] / (n - 1));
            }
        }
        return new Standardizer(means, standardDeviations,
                constant.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The column means. */
    public double[] means() {
        return means.clone();
    }

    /** The column sample standard deviations; 0 for a constant column. */
    public double[] standardDeviations() {
        return standardDeviations.clone();
    }

    /** Indices (from 0, ascending) of the columns whose values are all equal. */
    public int[] constantColumns() {
        return constantColumns.clone();
    }

    public boolean hasConstantColumns() {
        return constantColumns.length > 0;
    }

    /**
     * Rejects constant columns by feature name.
     *
     * @param featureNames the name of each column, in column order
     * @throws IllegalArgumentException naming every constant feature, or when the names do not match the columns
     */
    public void requireNoConstantColumns(List<String> featureNames) {
        if (featureNames == null || featureNames.size() != means.length) {
            throw new IllegalArgumentException("expected " + means.length + " feature names, got "
                    + (featureNames == null ? 0 : featureNames.size()));
        }
        if (constantColumns.length == 0) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (int column : constantColumns) {
            names.add("'" + featureNames.get(column) + "' (always " + means[column] + ")");
        }
        throw new IllegalArgumentException((names.size() == 1 ? "feature " : "features ") + String.join(", ", names)
                + (names.size() == 1 ? " is" : " are") + " constant over the population (standard deviation 0) and"
                + " cannot be standardised; remove " + (names.size() == 1 ? "it" : "them") + " from the segmentation");
    }

    /** z-scores of every row of {@code data}; constant columns become 0. */
    public FeatureMatrix transform(FeatureMatrix data) {
        requireColumns(data.columns());
        int d = data.columns();
        double[] x = data.values();
        double[] z = new double[x.length];
        for (int offset = 0; offset < x.length; offset += d) {
            scaleRow(x, offset, z, offset);
        }
        return FeatureMatrix.wrap(data.rows(), d, z);
    }

    /** z-scores of one row (a new customer); constant columns become 0. */
    public double[] transform(double[] row) {
        requireColumns(row.length);
        double[] z = new double[row.length];
        scaleRow(row, 0, z, 0);
        for (int j = 0; j < z.length; j++) {
            if (!Double.isFinite(z[j])) {
                throw new IllegalArgumentException("value in column " + j + " is " + row[j] + "; it must be finite");
            }
        }
        return z;
    }

    /** Back from z-scores to the original units, x = mean + z * sd (a centroid in original units). */
    public double[] toOriginalUnits(double[] standardized) {
        requireColumns(standardized.length);
        double[] x = new double[standardized.length];
        for (int j = 0; j < x.length; j++) {
            x[j] = means[j] + standardized[j] * standardDeviations[j];
        }
        return x;
    }

    private void scaleRow(double[] source, int sourceOffset, double[] target, int targetOffset) {
        for (int j = 0; j < means.length; j++) {
            double sd = standardDeviations[j];
            target[targetOffset + j] = sd == 0 ? 0.0 : (source[sourceOffset + j] - means[j]) / sd;
        }
    }

    private void requireColumns(int columns) {
        if (columns != means.length) {
            throw new IllegalArgumentException("expected " + means.length + " columns, got " + columns);
        }
    }
}
