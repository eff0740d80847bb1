package io.motiv.segmentation.clustering;

import java.util.Arrays;

/**
 * The adjusted Rand index between two partitions of the same n items (Hubert &amp; Arabie 1985, "Comparing
 * partitions", Journal of Classification 2, 193-218). With n_ij the contingency table, a_i and b_j its row and
 * column sums and C(m, 2) = m (m - 1) / 2:
 * <pre>
 * index    = sum_ij C(n_ij, 2)
 * expected = sum_i C(a_i, 2) * sum_j C(b_j, 2) / C(n, 2)
 * maximum  = (sum_i C(a_i, 2) + sum_j C(b_j, 2)) / 2
 * ARI      = (index - expected) / (maximum - expected)
 * </pre>
 * ARI = 1 for the same partition under any renaming of labels, about 0 (it can be negative) for independent
 * random labellings. When the denominator is 0 (both partitions put everything in one cluster, or both are all
 * singletons, or n &lt; 2) the partitions are identical and ARI = 1, as in scikit-learn.
 */
public final class AdjustedRandIndex {

    /** Above this many contingency cells, pairs are counted by sorting instead of in a table. */
    private static final long MAX_TABLE_CELLS = 1L << 22;

    private AdjustedRandIndex() {
    }

    /**
     * @param first labels of n items (any int values; only equality matters)
     * @param second labels of the same n items in the same order
     * @throws IllegalArgumentException when the labellings are missing or of different lengths
     */
    public static double between(int[] first, int[] second) {
        if (first == null || second == null || first.length != second.length) {
            throw new IllegalArgumentException("the adjusted Rand index compares two labellings of the same items: got "
                    + (first == null ? 0 : first.length) + " and " + (second == null ? 0 : second.length) + " labels");
        }
        int n = first.length;
        int[] a = dense(first);
        int[] b = dense(second);
        int rowsOfTable = Arrays.stream(a).max().orElse(-1) + 1;
        int columnsOfTable = Arrays.stream(b).max().orElse(-1) + 1;
        long index = (long) rowsOfTable * columnsOfTable <= MAX_TABLE_CELLS
                ? pairsByTable(a, b, rowsOfTable, columnsOfTable)
                : pairsBySorting(a, b, columnsOfTable);
        long rowPairs = pairsWithinGroups(a, rowsOfTable);
        long columnPairs = pairsWithinGroups(b, columnsOfTable);
        double allPairs = pairs(n);
        double expected = allPairs == 0 ? 0 : (double) rowPairs * columnPairs / allPairs;
        double maximum = 0.5 * ((double) rowPairs + columnPairs);
        double denominator = maximum - expected;
        if (denominator == 0) {
            return 1.0;
        }
        return (index - expected) / denominator;
    }

    /**
     * The same index from a contingency table (cell [i][j] = items in cluster i of the first partition and cluster j
     * of the second), for partitions too large or too remote to hold as label arrays.
     */
    public static double fromContingency(long[][] table) {
        long index = 0;
        long n = 0;
        long[] columnSums = new long[table.length == 0 ? 0 : table[0].length];
        long rowPairs = 0;
        for (long[] row : table) {
            long rowSum = 0;
            for (int j = 0; j < row.length; j++) {
                index += pairs(row[j]);
                rowSum += row[j];
                columnSums[j] += row[j];
            }
            rowPairs += pairs(rowSum);
            n += rowSum;
        }
        long columnPairs = 0;
        for (long sum : columnSums) {
            columnPairs += pairs(sum);
        }
        double allPairs = pairs(n);
        double expected = allPairs == 0 ? 0 : (double) rowPairs * columnPairs / allPairs;
        double maximum = 0.5 * ((double) rowPairs + columnPairs);
        double denominator = maximum - expected;
        return denominator == 0 ? 1.0 : (index - expected) / denominator;
    }

    private static long pairsByTable(int[] a, int[] b, int rows, int columns) {
        long[] table = new long[rows * columns];
        for (int i = 0; i < a.length; i++) {
            table[a[i] * columns + b[i]]++;
        }
        long index = 0;
        for (long cell : table) {
            index += pairs(cell);
        }
        return index;
    }

    private static long pairsBySorting(int[] a, int[] b, int columns) {
        long[] cells = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            cells[i] = (long) a[i] * columns + b[i];
        }
        Arrays.sort(cells);
        long index = 0;
        int run = 1;
        for (int i = 1; i <= cells.length; i++) {
            if (i < cells.length && cells[i] == cells[i - 1]) {
                run++;
            } else {
                index += pairs(run);
                run = 1;
            }
        }
        return index;
    }

    private static long pairsWithinGroups(int[] dense, int groups) {
        long[] sizes = new long[groups];
        for (int label : dense) {
            sizes[label]++;
        }
        long total = 0;
        for (long size : sizes) {
            total += pairs(size);
        }
        return total;
    }

    private static long pairs(long m) {
        return m * (m - 1) / 2;
    }

    /** The labels renamed to 0..g-1 in order of their values. */
    private static int[] dense(int[] labels) {
        int[] distinct = Arrays.stream(labels).distinct().sorted().toArray();
        int[] dense = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            dense[i] = Arrays.binarySearch(distinct, labels[i]);
        }
        return dense;
    }
}
