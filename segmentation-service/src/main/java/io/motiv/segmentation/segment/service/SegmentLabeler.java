package io.motiv.segmentation.segment.service;

import io.motiv.segmentation.segment.SegmentProfile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Readable names from a profile: the dominant higher-order value (the one the segment exceeds the population on
 * most, when by at least {@value #DOMINANT} SD) as an adjective, and behaviour as the noun ("Self-transcendent
 * loyalists"). Segments of a run that would share a name are told apart by their own defining values, largest
 * deviation first ("Open-to-change customers valuing pleasure" and "Open-to-change customers valuing self-direction"),
 * adding values until the names differ; never by a number.
 */
public final class SegmentLabeler {

    static final double DOMINANT = 0.25;
    static final double NOTABLE_BEHAVIOUR = 0.5;

    private static final Map<String, String> ADJECTIVES = Map.of(
            "OPENNESS_TO_CHANGE", "Open-to-change",
            "SELF_ENHANCEMENT", "Self-enhancing",
            "CONSERVATION", "Security-minded",
            "SELF_TRANSCENDENCE", "Self-transcendent");

    /** Schwartz's ten values as a marketer reads them (hedonism is the value of pleasure; Schwartz 2012). */
    private static final Map<String, String> VALUE_WORDS = Map.of(
            "SELF_DIRECTION", "self-direction",
            "STIMULATION", "stimulation",
            "HEDONISM", "pleasure",
            "ACHIEVEMENT", "achievement",
            "POWER", "power",
            "SECURITY", "security",
            "CONFORMITY", "conformity",
            "TRADITION", "tradition",
            "BENEVOLENCE", "benevolence",
            "UNIVERSALISM", "universalism");

    private SegmentLabeler() {
    }

    /** Labels in the order of the profiles given, distinct from each other. */
    public static List<String> label(List<SegmentProfile> profiles) {
        List<String> labels = new ArrayList<>(profiles.stream().map(SegmentLabeler::base).toList());
        Map<String, List<Integer>> clashes = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            clashes.computeIfAbsent(labels.get(i), label -> new ArrayList<>()).add(i);
        }
        for (List<Integer> group : clashes.values()) {
            if (group.size() > 1) {
                qualify(group, profiles, labels);
            }
        }
        return labels;
    }

    /** Adds defining values to each clashing segment's base name, one more at a time, until all differ. */
    private static void qualify(List<Integer> group, List<SegmentProfile> profiles, List<String> labels) {
        int longest = group.stream().mapToInt(i -> qualifiers(profiles.get(i)).size()).max().orElse(0);
        Map<Integer, String> named = new HashMap<>();
        for (int used = 1; used <= Math.max(longest, 1); used++) {
            named.clear();
            for (int i : group) {
                named.put(i, qualified(labels.get(i), qualifiers(profiles.get(i)), used));
            }
            if (named.values().stream().distinct().count() == group.size()) {
                break;
            }
        }
        // Profiles that agree on every defining value (practically only duplicates): "A", "B", ... as a last resort.
        if (named.values().stream().distinct().count() < group.size()) {
            char letter = 'A';
            for (int i : group) {
                named.put(i, named.get(i) + " (" + letter++ + ")");
            }
        }
        named.forEach(labels::set);
    }

    private static String qualified(String base, List<String> qualifiers, int used) {
        List<String> valued = qualifiers.stream().limit(used).filter(q -> !q.startsWith("-")).toList();
        List<String> low = qualifiers.stream().limit(used).filter(q -> q.startsWith("-")).map(q -> q.substring(1)).toList();
        StringBuilder label = new StringBuilder(base);
        if (!valued.isEmpty()) {
            label.append(" valuing ").append(String.join(" and ", valued));
        }
        if (!low.isEmpty()) {
            label.append(valued.isEmpty() ? " " : ", ").append("low on ").append(String.join(" and ", low));
        }
        return label.toString();
    }

    /** The segment's defining values, largest |deviation| first, as words; a "-" prefix marks one below the population. */
    private static List<String> qualifiers(SegmentProfile profile) {
        return Optional.ofNullable(profile.definingValues()).orElse(List.of()).stream()
                .filter(d -> d.value() != null && Double.isFinite(d.deviation()) && d.deviation() != 0)
                .sorted(Comparator.comparingDouble((SegmentProfile.Deviation d) -> Math.abs(d.deviation())).reversed())
                .map(d -> (d.deviation() < 0 ? "-" : "") + word(d.value()))
                .toList();
    }

    private static String word(String value) {
        return VALUE_WORDS.getOrDefault(value, value.toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    private static String base(SegmentProfile profile) {
        Optional<SegmentProfile.Deviation> dominant = Optional.ofNullable(profile.higherOrder()).orElse(List.of()).stream()
                .filter(deviation -> deviation.deviation() >= DOMINANT)
                .max(Comparator.comparingDouble(SegmentProfile.Deviation::deviation));
        String noun = noun(profile.behaviour());
        if (dominant.isPresent()) {
            return ADJECTIVES.getOrDefault(dominant.get().value(), "Balanced") + " " + noun;
        }
        if (profile.higherOrder() != null && !profile.higherOrder().isEmpty()) {
            return "Balanced " + noun;
        }
        return Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
    }

    private static String noun(SegmentProfile.Behaviour behaviour) {
        return Optional.ofNullable(behaviour).map(b -> {
            if (b.recencyDeviation() >= NOTABLE_BEHAVIOUR) {
                return "lapsed customers";
            }
            boolean frequent = b.frequencyDeviation() >= NOTABLE_BEHAVIOUR;
            boolean spending = b.monetaryDeviation() >= NOTABLE_BEHAVIOUR;
            if (frequent && spending) {
                return "loyal big spenders";
            }
            if (frequent) {
                return "loyalists";
            }
            if (spending) {
                return "big spenders";
            }
            if (b.frequencyDeviation() <= -NOTABLE_BEHAVIOUR) {
                return "occasional buyers";
            }
            return "customers";
        }).orElse("customers");
    }
}
