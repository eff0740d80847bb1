package io.motiv.valuation.campaign.repository;

import io.motiv.valuation.campaign.Campaign;
import io.motiv.valuation.support.Rows;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CampaignRepository implements PanacheRepositoryBase<Campaign, UUID> {

    /** A campaign with the revenue attributed to it. */
    public record Performance(UUID id, String name, String segmentId, BigDecimal cost, String currency, LocalDate startsOn,
                              LocalDate endsOn, BigDecimal attributedRevenue, long attributedOrders) {
    }

    /**
     * Attribution: purchase lines (refunds included, netting them) carrying the campaign's id, in its currency,
     * dated within its period (UTC days, both ends inclusive).
     */
    private static final String PERFORMANCE = """
            SELECT c.id, c.name, c.segment_id, c.cost, c.currency, c.starts_on, c.ends_on,
                   coalesce(sum(p.amount), 0), count(DISTINCT p.order_id) FILTER (WHERE p.amount >= 0)
            FROM campaign c
            LEFT JOIN purchase_fact p ON p.campaign_id = CAST(c.id AS text) AND p.currency = c.currency
                 AND p.purchased_at >= CAST(c.starts_on AS timestamp) AT TIME ZONE 'UTC'
                 AND p.purchased_at < CAST(c.ends_on + 1 AS timestamp) AT TIME ZONE 'UTC'
            WHERE %s
            GROUP BY c.id ORDER BY c.starts_on DESC, c.id""";

    public Uni<Performance> performance(UUID id) {
        return Panache.getSession().chain(session -> session.createNativeQuery(PERFORMANCE.formatted("c.id = :id"), Object[].class)
                        .setParameter("id", id)
                        .getResultList())
                .map(rows -> rows.isEmpty() ? null : toPerformance(rows.getFirst()));
    }

    public Uni<List<Performance>> performanceOfSegments(List<String> segmentIds) {
        if (segmentIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(
                                PERFORMANCE.formatted("c.segment_id = ANY(CAST(:segments AS text[]))"), Object[].class)
                        .setParameter("segments", segmentIds.toArray(String[]::new))
                        .getResultList())
                .map(rows -> rows.stream().map(CampaignRepository::toPerformance).toList());
    }

    private static Performance toPerformance(Object[] row) {
        return new Performance(Rows.toUuid(row[0]), Rows.toText(row[1]), Rows.toText(row[2]), Rows.toDecimal(row[3]),
                Rows.toText(row[4]).strip(), Rows.toDate(row[5]), Rows.toDate(row[6]), Rows.toDecimal(row[7]), Rows.toLong(row[8]));
    }
}
