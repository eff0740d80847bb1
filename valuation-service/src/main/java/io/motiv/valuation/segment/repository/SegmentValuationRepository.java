package io.motiv.valuation.segment.repository;

import io.motiv.valuation.segment.SegmentValuation;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.UUID;

@ApplicationScoped
public class SegmentValuationRepository implements PanacheRepositoryBase<SegmentValuation, UUID> {

    /** The segmentation's latest batch, by rank. */
    public Uni<List<SegmentValuation>> latestBatch(String segmentationId) {
        return find("segmentationId = ?1 ORDER BY valuedAt DESC, id", segmentationId).firstResult()
                .chain(latest -> latest == null ? Uni.createFrom().item(List.of())
                        : list("batchId = ?1 ORDER BY rank, segmentId", latest.batchId));
    }

    /** Each segment's latest valuation (absent when it was never valued), with one statement. */
    public Uni<Map<String, SegmentValuation>> latestFor(Collection<String> segmentIds) {
        return getSession().chain(session -> session.createNativeQuery("""
                                SELECT DISTINCT ON (segment_id) * FROM segment_valuation
                                WHERE segment_id = ANY(CAST(:segments AS text[]))
                                ORDER BY segment_id, valued_at DESC, id""", SegmentValuation.class)
                        .setParameter("segments", segmentIds.toArray(String[]::new))
                        .getResultList())
                .map(list -> list.stream().collect(Collectors.toMap(v -> v.segmentId, Function.identity())));
    }

    /** Newest first. */
    public Uni<List<SegmentValuation>> history(String segmentId, int offset, int size) {
        return find("segmentId", Sort.descending("valuedAt").and("id"), segmentId).range(offset, offset + size - 1).list();
    }

    public Uni<Long> countFor(String segmentId) {
        return count("segmentId", segmentId);
    }
}
