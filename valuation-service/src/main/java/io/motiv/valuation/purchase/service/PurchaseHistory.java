package io.motiv.valuation.purchase.service;

import io.motiv.valuation.clv.service.PurchaseDay;
import io.motiv.valuation.support.Rows;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Reads the purchase facts for CLV fits: per currency what is there, and per customer and day what was bought. */
@ApplicationScoped
public class PurchaseHistory {

    /** What the facts of one currency cover. */
    public record CurrencyCoverage(String currency, LocalDate firstDay, LocalDate lastDay, long customers) {
    }

    @WithSession
    public Uni<List<CurrencyCoverage>> coverage() {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        SELECT currency, min(purchased_at), max(purchased_at), count(DISTINCT customer_id)
                        FROM purchase_fact GROUP BY currency ORDER BY currency""", Object[].class).getResultList())
                .map(rows -> rows.stream().map(row -> new CurrencyCoverage(Rows.toText(row[0]).strip(),
                        day(Rows.toInstant(row[1])), day(Rows.toInstant(row[2])), Rows.toLong(row[3]))).toList());
    }

    /** Customers with a purchase on or before {@code end} (UTC days) in {@code currency}. */
    @WithSession
    public Uni<Long> customersUpTo(String currency, LocalDate end) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                                SELECT count(DISTINCT customer_id) FROM purchase_fact
                                WHERE currency = :currency AND purchased_at < CAST(:end AS timestamptz)""", Object.class)
                        .setParameter("currency", currency)
                        .setParameter("end", endExclusive(end).atOffset(ZoneOffset.UTC))
                        .getSingleResult())
                .map(Rows::toLong);
    }

    /** Per customer and UTC day up to {@code end} inclusive: bought, refunded, whether there was a purchase. */
    @WithSession
    public Uni<List<PurchaseDay>> days(String currency, LocalDate end) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                                SELECT CAST(customer_id AS text), CAST((purchased_at AT TIME ZONE 'UTC') AS date),
                                       coalesce(sum(amount) FILTER (WHERE amount >= 0), 0),
                                       coalesce(-sum(amount) FILTER (WHERE amount < 0), 0),
                                       bool_or(amount >= 0)
                                FROM purchase_fact
                                WHERE currency = :currency AND purchased_at < CAST(:end AS timestamptz)
                                GROUP BY 1, 2 ORDER BY 1, 2""", Object[].class)
                        .setParameter("currency", currency)
                        .setParameter("end", endExclusive(end).atOffset(ZoneOffset.UTC))
                        .getResultList())
                .map(rows -> {
                    List<PurchaseDay> days = new ArrayList<>(rows.size());
                    for (Object[] row : rows) {
                        days.add(new PurchaseDay((String) row[0], Rows.toDate(row[1]), Rows.toDouble(row[2], 0),
                                Rows.toDouble(row[3], 0), Boolean.TRUE.equals(row[4])));
                    }
                    return days;
                });
    }

    public static Instant endExclusive(LocalDate end) {
        return end.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
