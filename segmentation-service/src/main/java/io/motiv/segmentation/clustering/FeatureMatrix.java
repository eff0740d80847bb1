package io.motiv.segmentation.clustering;

import java.util.Arrays;

/**
 * An n x d matrix of finite doubles (n rows = customers, d columns = features), stored row-major in one flat array so
 * that a row is contiguous: value (i, j) is at {@code i * d + j}. The clustering code works on this array directly.
 * Immutable once built: {@link #of} copies its input, {@link #wrap} takes it over.
 */
public final class FeatureMatrix {

    private final int rows;
    private final int columns;
    private final double[] values;

    private FeatureMatrix(int rows, int columns, double[] values) {
        this.rows = rows;
        this.columns = columns;
        this.values = values;
    }

    /**
     * A matrix holding a copy of {@code rowMajorValues}.
     *
     * @throws IllegalArgumentException when rows or columns is below 1, the array length is not rows x columns, or a
     *     value is NaN or infinite (the message names its row and column, counted from 0)
     */
    public static FeatureMatrix of(int rows, int columns, double[] rowMajorValues) {
        requireShape(rows, columns, rowMajorValues);
        double[] copy = rowMajorValues.clone();
        requireFinite(rows, columns, copy);
        return new FeatureMatrix(rows, columns, copy);
    }

    /**
     * A matrix over {@code rowMajorValues} itself, without copying (for large inputs). The caller hands the array
     * over and must not change it afterwards. Validated as in {@link #of}.
     */
    public static FeatureMatrix wrap(int rows, int columns, double[] rowMajorValues) {
        requireShape(rows, columns, rowMajorValues);
        requireFinite(rows, columns, rowMajorValues);
        return new FeatureMatrix(rows, columns, rowMajorValues);
    }

    /**
     * A matrix from an array of rows, all of the same length.
     *
     * @throws IllegalArgumentException for no rows, an empty or ragged row, or a value that is not finite
     */
    public static FeatureMatrix fromRows(double[][] rows) {
        if (rows == null || rows.length == 0) {
            throw new IllegalArgumentException("a feature matrix needs at least one row, got none");
        }
        if (rows[0] == null || rows[0].length == 0) {
            throw new IllegalArgumentException("a feature matrix needs at least one column, row 0 has none");
        }
        int columns = rows[0].length;
        if ((long) rows.length * columns > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a feature matrix of " + rows.length + " x " + columns
                    + " values does not fit in one array");
        }
        double[] values = new double[rows.length * columns];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == null || rows[i].length != columns) {
                throw new IllegalArgumentException("row " + i + " has " + (rows[i] == null ? 0 : rows[i].length)
                        + " columns, row 0 has " + columns);
            }
            System.arraycopy(rows[i], 0, values, i * columns, columns);
        }
        requireFinite(rows.length, columns, values);
        return new FeatureMatrix(rows.length, columns, values);
    }

    /** n, the number of rows. */
    public int rows() {
        return rows;
    }

    /** d, the number of columns (features). */
    public int columns() {
        return columns;
    }

    public double get(int row, int column) {
        if (row < 0 || row >= rows || column < 0 || column >= columns) {
            throw new IndexOutOfBoundsException("(" + row + ", " + column + ") is outside " + rows + " x " + columns);
        }
        return values[row * columns + column];
    }

    /** A copy of one row. */
    public double[] row(int row) {
        if (row < 0 || row >= rows) {
            throw new IndexOutOfBoundsException("row " + row + " is outside 0.." + (rows - 1));
        }
        return Arrays.copyOfRange(values, row * columns, (row + 1) * columns);
    }

    /** A copy of the values as an array of rows. */
    public double[][] toRows() {
        double[][] copy = new double[rows][];
        for (int i = 0; i < rows; i++) {
            copy[i] = Arrays.copyOfRange(values, i * columns, (i + 1) * columns);
        }
        return copy;
    }

    /** A copy of the flat row-major values. */
    public double[] toArray() {
        return values.clone();
    }

    /** The flat row-major values themselves, for the clustering code of this package; never modified. */
    double[] values() {
        return values;
    }

    /** The given rows, in the given order (repeats allowed), as a new matrix; the values are already validated. */
    public FeatureMatrix selectRows(int[] indices) {
        double[] selected = new double[indices.length * columns];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(values, indices[i] * columns, selected, i * columns, columns);
        }
        return new FeatureMatrix(indices.length, columns, selected);
    }

    private static void requireShape(int rows, int columns, double[] values) {
        if (rows < 1) {
            throw new IllegalArgumentException("a feature matrix needs at least one row, got " + rows);
        }
        if (columns < 1) {
            throw new IllegalArgumentException("a feature matrix needs at least one column, got " + columns);
        }
        if (values == null || values.length != (long) rows * columns) {
            throw new IllegalArgumentException("a " + rows + " x " + columns + " matrix needs "
                    + (long) rows * columns + " values, got " + (values == null ? 0 : values.length));
        }
    }

    private static void requireFinite(int rows, int columns, double[] values) {
        for (int index = 0; index < values.length; index++) {
            if (!Double.isFinite(values[index])) {
                throw new IllegalArgumentException("value at row " + index / columns + ", column " + index % columns
                        + " is " + values[index] + "; every feature value must be finite");
            }
        }
    }
}
