package io.motiv.segmentation.clustering;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The outcome of a {@link KSelection}.
 *
 * @param candidates one entry per k, ascending
 * @param recommendedK the recommended k, empty when no k passes the guardrail
 * @param explanation a sentence saying why this k was recommended (or none), and which k were excluded and why
 */
public record KSelectionReport(List<KCandidate> candidates, OptionalInt recommendedK, String explanation) {

    public KSelectionReport {
        candidates = List.copyOf(candidates);
    }

    /** The recommended candidate, if any. */
    public Optional<KCandidate> recommended() {
        return recommendedK.isEmpty() ? Optional.empty() : candidate(recommendedK.getAsInt());
    }

    /** The candidate for k, if k was tried. */
    public Optional<KCandidate> candidate(int k) {
        return candidates.stream().filter(candidate -> candidate.k() == k).findFirst();
    }
}
