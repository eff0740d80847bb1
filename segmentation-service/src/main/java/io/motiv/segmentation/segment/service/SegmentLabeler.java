package io.motiv.segmentation.segment.service;

import io.motiv.segmentation.segment.SegmentProfile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Readable names from a profile: the dominant higher-order value (the one the segment exceeds the population on
 * most, when by at least {@value #DOMINANT} SD) as an adjective, and behaviour as the noun ("Self-transcendent
 * loyalists"). Names are unique within a run: a clash takes the second value, then a number.
 */
public final class SegmentLabeler {

    static final double DOMINANT = 0.25;
    static final double NOTABLE_BEHAVIOUR = 0.5;

    private static final Map<String, String> ADJECTIVES = Map.of(
            "OPENNESS_TO_CHANGE", "Open-to-change",
            "SELF_ENHANCEMENT", "Self-enhancing",
            "CONSERVATION", "Security-minded",
            "SELF_TRANSCENDENCE", "Self-transcendent");

    private SegmentLabeler() {
    }

    /** Labels in the order of the profiles given. */
    public static List<String> label(List<SegmentProfile> profiles) {
        List<String> labels = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (SegmentProfile profile : profiles) {
            List<SegmentProfile.Deviation> dominant = profile.higherOrder().stream()
                    .filter(deviation -> deviation.deviation() >= DOMINANT)
                    .sorted(Comparator.comparingDouble(SegmentProfile.Deviation::deviation).reversed()).toList();
            String noun = noun(profile.behaviour());
            String label = compose(dominant.isEmpty() ? null : ADJECTIVES.get(dominant.getFirst().value()), noun,
                    !profile.higherOrder().isEmpty());
            if (taken.contains(label) && dominant.size() > 1) {
                label = compose(ADJECTIVES.get(dominant.getFirst().value()) + ", "
                        + ADJECTIVES.get(dominant.get(1).value()).toLowerCase(java.util.Locale.ROOT), noun, true);
            }
            String unique = label;
            for (int i = 2; taken.contains(unique); i++) {
                unique = label + " " + i;
            }
            taken.add(unique);
            labels.add(unique);
        }
        return labels;
    }

    private static String compose(String adjective, String noun, boolean hasValues) {
        if (adjective != null) {
            return adjective + " " + noun;
        }
        if (hasValues) {
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
