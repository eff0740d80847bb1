package io.motiv.valuation.segment.repository;

import io.motiv.valuation.segment.SegmentValuation;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SegmentValuationRepository implements PanacheRepositoryBase<SegmentValuation, UUID> {

    /** The segmentation's latest batch, by rank. */
    public Uni<List<SegmentValuation>> latestBatch(String segmentationId) {
        return find("segmentationId = ?1 ORDER BY valuedAt DESC, id", segmentationId).firstResult()
                .chain(latest -> latest == null ? Uni.createFrom().item(List.of())
                        : list("batchId = ?1 ORDER BY rank, segmentId", latest.batchId));
    }

    public Uni<SegmentValuation> latestFor(String segmentId) {
        return find("segmentId = ?1 ORDER BY valuedAt DESC, id", segmentId).firstResult();
    }

    /** Newest first. */
    public Uni<List<SegmentValuation>> history(String segmentId, int offset, int size) {
        return find("segmentId", Sort.descending("valuedAt").and("id"), segmentId).range(offset, offset + size - 1).list();
    }

    public Uni<Long> countFor(String segmentId) {
        return count("segmentId", segmentId);
    }
}
