package io.motiv.profile.customer.repository;

import io.motiv.profile.customer.Customer;
import io.motiv.profile.customer.profile.AgeBand;
import io.motiv.profile.customer.service.CustomerFilter;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Filtered, paged customer lists in plain SQL (filters on consent and segment tags need sub-queries). */
@ApplicationScoped
public class CustomerSearch {

    public Uni<Page> search(CustomerFilter filter, int offset, int size, LocalDate today) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(filter, today, parameters);
        return Panache.getSession().chain(session -> bind(session.createNativeQuery(
                                "SELECT count(*) FROM customer c" + where, Long.class), parameters).getSingleResult()
                .chain(total -> bind(session.createNativeQuery(
                                "SELECT c.* FROM customer c" + where + " ORDER BY c.created_at DESC, c.id DESC", Customer.class), parameters)
                        .setFirstResult(offset).setMaxResults(size).getResultList()
                        .map(customers -> new Page(customers, total))));
    }

    private static <T> Mutiny.SelectionQuery<T> bind(Mutiny.SelectionQuery<T> query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private static String where(CustomerFilter filter, LocalDate today, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (filter.kind() != null) {
            conditions.add("c.kind = :kind");
            parameters.put("kind", filter.kind().name());
        }
        if (filter.country() != null) {
            conditions.add("c.country = :country");
            parameters.put("country", filter.country());
        }
        if (filter.ageBand() != null) {
            int[] years = years(filter.ageBand());
            // Born after (today - maxAge - 1 years) and on or before (today - minAge years).
            conditions.add("c.birth_date > :bornAfter AND c.birth_date <= :bornBy");
            parameters.put("bornAfter", today.minusYears(years[1] + 1L));
            parameters.put("bornBy", today.minusYears(years[0]));
        }
        if (filter.segmentationId() != null) {
            conditions.add("EXISTS (SELECT 1 FROM segment_tag t WHERE t.customer_id = c.id AND t.segmentation_id = :segmentation"
                    + (filter.segmentId() != null ? " AND t.segment_id = :segment)" : ")"));
            parameters.put("segmentation", filter.segmentationId());
            if (filter.segmentId() != null) {
                parameters.put("segment", filter.segmentId());
            }
        }
        if (filter.consentPurpose() != null) {
            String latest = "SELECT r.status FROM consent_record r WHERE r.customer_id = c.id AND r.purpose = :purpose"
                    + " ORDER BY r.decided_at DESC, r.recorded_at DESC LIMIT 1";
            parameters.put("purpose", filter.consentPurpose().name());
            if (filter.consentNeverDecided()) {
                conditions.add("NOT EXISTS (" + latest + ")");
            } else if (filter.consentStatus() != null) {
                conditions.add("(" + latest + ") = :consentStatus");
                parameters.put("consentStatus", filter.consentStatus().name());
            }
        }
        range(conditions, parameters, "c.created_at", "createdFrom", filter.createdFrom(), "createdTo", filter.createdTo());
        range(conditions, parameters, "c.updated_at", "updatedFrom", filter.updatedFrom(), "updatedTo", filter.updatedTo());
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void range(List<String> conditions, Map<String, Object> parameters, String column, String fromName,
                              java.time.Instant from, String toName, java.time.Instant to) {
        if (from != null) {
            conditions.add(column + " >= :" + fromName);
            parameters.put(fromName, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
        }
        if (to != null) {
            conditions.add(column + " < :" + toName);
            parameters.put(toName, OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
        }
    }

    /** {min, max} completed years of the band. */
    private static int[] years(AgeBand band) {
        return switch (band) {
            case UNDER_18 -> new int[]{0, 17};
            case AGE_18_24 -> new int[]{18, 24};
            case AGE_25_34 -> new int[]{25, 34};
            case AGE_35_44 -> new int[]{35, 44};
            case AGE_45_54 -> new int[]{45, 54};
            case AGE_55_64 -> new int[]{55, 64};
            case AGE_65_PLUS -> new int[]{65, 200};
        };
    }

    public record Page(List<Customer> customers, long total) {
    }
}
