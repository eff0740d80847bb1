package io.motiv.segmentation.comparison.service;

import org.eclipse.microprofile.graphql.Name;
import java.util.List;

/**
 * How two runs' segments relate over the customers both placed: the adjusted Rand index (1 = the same partition,
 * about 0 = unrelated) and the migration matrix, cell [i][j] = customers in segment i of run A and segment j of run B.
 */
@Name("RunComparison")
public record RunComparison(String runA, String runB, long commonCustomers, double adjustedRandIndex,
                            List<String> segmentsA, List<String> segmentsB, List<List<Long>> migration) {
}
