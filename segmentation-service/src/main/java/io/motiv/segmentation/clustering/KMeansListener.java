package io.motiv.segmentation.clustering;

/**
 * Told about every Lloyd iteration of a fit, on the thread that called the engine. For progress reporting; an
 * exception thrown here (for example on cancellation) aborts the fit and reaches the caller unchanged.
 */
@FunctionalInterface
public interface KMeansListener {

    KMeansListener NONE = (restart, iteration, inertia, reassigned) -> {
    };

    /**
     * @param restart the start, from 0
     * @param iteration the iteration within the start, from 1
     * @param inertia the sum of squared distances of the points to the centers they were just assigned to (the
     *     centers of the previous update); non-increasing from one iteration to the next
     * @param reassigned points that changed cluster in this assignment step (all n in iteration 1)
     */
    void iterationCompleted(int restart, int iteration, double inertia, int reassigned);
}
