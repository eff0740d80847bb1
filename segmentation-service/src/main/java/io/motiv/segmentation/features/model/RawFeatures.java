package io.motiv.segmentation.features.model;

/**
 * One customer's feature store rows as read (JSON text, epoch seconds), before they become a feature vector.
 * Any part may be null when the customer lacks that group.
 */
public record RawFeatures(String consent, String centred, String higherOrder, Boolean flagged, Integer orders,
                          Double monetary, Double firstPurchaseEpoch, Double lastPurchaseEpoch, String attributes) {

    /** The columns, in this order, that {@link #of(Object[], int)} reads; prefix table aliases c, v, b, d. */
    public static final String COLUMNS = "c.status, v.centred::text, v.higher_order_centred::text, v.flagged, b.orders,"
            + " b.monetary, extract(epoch FROM b.first_purchase)::float8, extract(epoch FROM b.last_purchase)::float8,"
            + " d.attributes::text";

    public boolean consents() {
        return "GRANTED".equals(consent);
    }

    public static RawFeatures of(Object[] row, int from) {
        return new RawFeatures((String) row[from], (String) row[from + 1], (String) row[from + 2], (Boolean) row[from + 3],
                row[from + 4] == null ? null : ((Number) row[from + 4]).intValue(),
                row[from + 5] == null ? null : ((Number) row[from + 5]).doubleValue(),
                row[from + 6] == null ? null : ((Number) row[from + 6]).doubleValue(),
                row[from + 7] == null ? null : ((Number) row[from + 7]).doubleValue(), (String) row[from + 8]);
    }
}
