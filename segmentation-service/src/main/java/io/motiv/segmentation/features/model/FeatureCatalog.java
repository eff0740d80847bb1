package io.motiv.segmentation.features.model;

import io.motiv.events.survey.HigherOrderValue;
import io.motiv.events.survey.SchwartzValue;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The features a segmentation may choose, their names and the presets analysts start from. */
public final class FeatureCatalog {

    public static final List<String> BEHAVIOUR_METRICS = List.of("recencyDays", "frequency", "monetary",
            "averageOrderValue", "tenureDays");

    public static final Set<String> NUMERIC_ATTRIBUTES = Set.of("householdSize", "employees", "annualRevenue");

    /** Ordinal attributes: position in profile-service's category order (its enums), lowest first. */
    public static final Map<String, List<String>> ORDERED_ATTRIBUTES = Map.of(
            "ageBand", List.of("UNDER_18", "AGE_18_24", "AGE_25_34", "AGE_35_44", "AGE_45_54", "AGE_55_64", "AGE_65_PLUS"),
            "incomeBand", List.of("LOW", "LOWER_MIDDLE", "MIDDLE", "UPPER_MIDDLE", "HIGH"),
            "companySizeBand", List.of("MICRO", "SMALL", "MEDIUM", "LARGE", "ENTERPRISE"),
            "urbanity", List.of("RURAL", "SUBURBAN", "URBAN"),
            "digitalEngagement", List.of("LOW", "MEDIUM", "HIGH"));

    public static final Set<String> CATEGORICAL_ATTRIBUTES = Set.of("ageBand", "gender", "incomeBand", "education",
            "maritalStatus", "country", "region", "urbanity", "industry", "companySizeBand", "preferredChannel",
            "digitalEngagement");

    private static final Pattern VALUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,59}");
    private static final Pattern CATEGORY = Pattern.compile("[\\p{L}\\p{N} _./+-]{1,80}");

    private FeatureCatalog() {
    }

    public static List<String> values() {
        return Arrays.stream(SchwartzValue.values()).map(value -> "value." + value.name()).toList();
    }

    public static List<String> higherOrder() {
        return Arrays.stream(HigherOrderValue.values()).map(value -> "higherOrder." + value.name()).toList();
    }

    public static List<String> behaviour() {
        return List.of("behaviour.recencyDays", "behaviour.frequency", "behaviour.monetary", "behaviour.tenureDays");
    }

    /** Every named feature without a category; one-hot features are named per category on demand. */
    public static List<String> all() {
        Stream<String> demographics = Stream.concat(NUMERIC_ATTRIBUTES.stream(), ORDERED_ATTRIBUTES.keySet().stream()).sorted()
                .map(attribute -> "demographic." + attribute);
        return Stream.of(values().stream(), higherOrder().stream(),
                        BEHAVIOUR_METRICS.stream().map(metric -> "behaviour." + metric), demographics)
                .flatMap(s -> s).toList();
    }

    public static List<String> preset(FeaturePreset preset) {
        return switch (preset) {
            case VALUES -> values();
            case HIGHER_ORDER -> higherOrder();
            case BEHAVIOUR -> behaviour();
            case VALUES_AND_BEHAVIOUR -> Stream.concat(values().stream(), behaviour().stream()).toList();
        };
    }

    /** @return the feature, or empty when the name is not one this service can compute */
    public static Optional<Feature> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        int dot = name.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String prefix = name.substring(0, dot);
        String key = name.substring(dot + 1);
        return switch (prefix) {
            case "value" -> VALUE_KEY.matcher(key).matches()
                    ? Optional.of(new Feature(name, FeatureGroup.VALUES, Feature.Kind.VALUE, key, null)) : Optional.empty();
            case "higherOrder" -> Arrays.stream(HigherOrderValue.values()).anyMatch(v -> v.name().equals(key))
                    ? Optional.of(new Feature(name, FeatureGroup.VALUES, Feature.Kind.HIGHER_ORDER, key, null)) : Optional.empty();
            case "behaviour" -> BEHAVIOUR_METRICS.contains(key)
                    ? Optional.of(new Feature(name, FeatureGroup.BEHAVIOUR, Feature.Kind.BEHAVIOUR, key, null)) : Optional.empty();
            case "demographic" -> demographic(name, key);
            default -> Optional.empty();
        };
    }

    private static Optional<Feature> demographic(String name, String key) {
        int equals = key.indexOf('=');
        if (equals > 0) {
            String attribute = key.substring(0, equals);
            String category = key.substring(equals + 1);
            return CATEGORICAL_ATTRIBUTES.contains(attribute) && CATEGORY.matcher(category).matches()
                    ? Optional.of(new Feature(name, FeatureGroup.DEMOGRAPHIC, Feature.Kind.ONE_HOT, attribute, category))
                    : Optional.empty();
        }
        if (NUMERIC_ATTRIBUTES.contains(key)) {
            return Optional.of(new Feature(name, FeatureGroup.DEMOGRAPHIC, Feature.Kind.NUMERIC, key, null));
        }
        if (ORDERED_ATTRIBUTES.containsKey(key)) {
            return Optional.of(new Feature(name, FeatureGroup.DEMOGRAPHIC, Feature.Kind.ORDINAL, key, null));
        }
        return Optional.empty();
    }

    public static Set<FeatureGroup> groups(List<Feature> features) {
        Set<FeatureGroup> groups = new LinkedHashSet<>();
        features.forEach(feature -> groups.add(feature.group()));
        return groups;
    }

    /** The ordinal position of a category, or NaN when it has none (missing or unknown). */
    public static double ordinal(String attribute, String category) {
        List<String> order = ORDERED_ATTRIBUTES.get(attribute);
        if (category == null || order == null) {
            return Double.NaN;
        }
        int position = order.indexOf(category.toUpperCase(java.util.Locale.ROOT));
        return position < 0 ? Double.NaN : position;
    }
}
