package io.motiv.segmentation.features.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Computes a customer's feature vector (original units) from their feature store rows, for runs and live assignment. */
public final class FeatureVectors {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    public enum Outcome { INCLUDED, WITHOUT_CONSENT, MISSING_FEATURES, FLAGGED }

    /** Thrown when the data itself makes clustering meaningless; the message names the customer and feature. */
    public static final class InvalidFeatureException extends RuntimeException {
        public InvalidFeatureException(String message) {
            super(message);
        }
    }

    private FeatureVectors() {
    }

    /**
     * Fills {@code row} when the customer can be clustered.
     *
     * @throws InvalidFeatureException when a value is present but not a finite number
     */
    public static Outcome fill(double[] row, List<Feature> features, RawFeatures raw, boolean excludeFlagged,
                               Instant asOf, Object customer) {
        if (!raw.consents()) {
            return Outcome.WITHOUT_CONSENT;
        }
        Set<FeatureGroup> groups = FeatureCatalog.groups(features);
        if ((groups.contains(FeatureGroup.VALUES) && raw.centred() == null)
                || (groups.contains(FeatureGroup.BEHAVIOUR) && raw.orders() == null)
                || (groups.contains(FeatureGroup.DEMOGRAPHIC) && raw.attributes() == null)) {
            return Outcome.MISSING_FEATURES;
        }
        if (groups.contains(FeatureGroup.VALUES) && excludeFlagged && Boolean.TRUE.equals(raw.flagged())) {
            return Outcome.FLAGGED;
        }
        Map<String, Object> centred = null;
        Map<String, Object> higher = null;
        Map<String, Object> attributes = null;
        for (int j = 0; j < features.size(); j++) {
            Feature feature = features.get(j);
            Object source;
            double value;
            switch (feature.kind()) {
                case VALUE -> {
                    centred = centred != null ? centred : json(raw.centred());
                    source = centred.get(feature.key());
                    value = number(source);
                }
                case HIGHER_ORDER -> {
                    higher = higher != null ? higher : json(raw.higherOrder());
                    source = higher.get(feature.key());
                    value = number(source);
                }
                case BEHAVIOUR -> {
                    source = raw.orders();
                    value = behaviour(feature.key(), raw, asOf);
                }
                default -> {
                    attributes = attributes != null ? attributes : json(raw.attributes());
                    source = attributes.get(feature.key());
                    value = demographic(feature, source);
                }
            }
            if (source == null || (Double.isNaN(value) && !(source instanceof Number) && !(source instanceof String))) {
                return Outcome.MISSING_FEATURES;
            }
            if (Double.isNaN(value) && feature.kind() == Feature.Kind.ORDINAL) {
                return Outcome.MISSING_FEATURES;
            }
            if (!Double.isFinite(value)) {
                throw new InvalidFeatureException("customer " + customer + " has a value for " + feature.name()
                        + " that is not a finite number (" + source + ")");
            }
            row[j] = value;
        }
        return Outcome.INCLUDED;
    }

    private static double behaviour(String metric, RawFeatures raw, Instant asOf) {
        double now = asOf.getEpochSecond() + asOf.getNano() / 1e9;
        return switch (metric) {
            case "recencyDays" -> Math.max(0, (now - raw.lastPurchaseEpoch()) / 86_400.0);
            case "tenureDays" -> Math.max(0, (now - raw.firstPurchaseEpoch()) / 86_400.0);
            case "frequency" -> raw.orders();
            case "monetary" -> raw.monetary();
            case "averageOrderValue" -> raw.orders() == 0 ? 0 : raw.monetary() / raw.orders();
            default -> throw new IllegalArgumentException("unknown behaviour metric " + metric);
        };
    }

    private static double demographic(Feature feature, Object attribute) {
        if (attribute == null) {
            return Double.NaN;
        }
        return switch (feature.kind()) {
            case NUMERIC -> number(attribute);
            case ORDINAL -> FeatureCatalog.ordinal(feature.key(), attribute.toString());
            case ONE_HOT -> feature.category().equalsIgnoreCase(attribute.toString()) ? 1 : 0;
            default -> Double.NaN;
        };
    }

    /** JSON has no NaN; a number stored as text ("NaN", "Infinity") is read as such and then refused. */
    private static double number(Object value) {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value instanceof String text) {
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                return Double.POSITIVE_INFINITY;
            }
        }
        return Double.NaN;
    }

    private static Map<String, Object> json(String text) {
        try {
            return JSON.readValue(text, OBJECT);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
