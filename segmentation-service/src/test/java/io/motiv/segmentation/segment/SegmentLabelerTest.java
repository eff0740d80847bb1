package io.motiv.segmentation.segment;

import io.motiv.segmentation.segment.service.SegmentLabeler;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentLabelerTest {

    private static SegmentProfile profile(List<SegmentProfile.Deviation> defining, List<SegmentProfile.Deviation> higherOrder,
                                          SegmentProfile.Behaviour behaviour) {
        return new SegmentProfile(List.of(), defining, higherOrder, behaviour, List.of());
    }

    private static SegmentProfile.Deviation dev(String value, double deviation) {
        return new SegmentProfile.Deviation(value, deviation, deviation);
    }

    private static final List<SegmentProfile.Deviation> OPEN = List.of(dev("OPENNESS_TO_CHANGE", 1.1), dev("SELF_TRANSCENDENCE", 0.4),
            dev("SELF_ENHANCEMENT", -0.3), dev("CONSERVATION", -1.0));

    @Test
    void shouldNameASegmentByItsDominantHigherOrderValueAndItsBehaviour() {
        SegmentProfile.Behaviour bigSpenders = new SegmentProfile.Behaviour(10, 20, 2, 900, 400, -0.2, 0.1, 1.3);
        assertThat(SegmentLabeler.label(List.of(profile(List.of(dev("POWER", 1.3)),
                List.of(dev("SELF_ENHANCEMENT", 1.2), dev("CONSERVATION", 0.3)), bigSpenders))))
                .containsExactly("Self-enhancing big spenders");
    }

    @Test
    void shouldTellClashingSegmentsApartByTheirOwnTopDefiningValuesWithoutNumbers() {
        List<String> labels = SegmentLabeler.label(List.of(
                profile(List.of(dev("HEDONISM", 1.3), dev("TRADITION", -1.2)), OPEN, null),
                profile(List.of(dev("SELF_DIRECTION", 1.2), dev("SECURITY", -1.2)), OPEN, null),
                profile(List.of(dev("BENEVOLENCE", 1.2)), List.of(dev("SELF_TRANSCENDENCE", 0.9)), null)));

        assertThat(labels).containsExactly(
                "Open-to-change customers valuing pleasure",
                "Open-to-change customers valuing self-direction",
                "Self-transcendent customers");
        assertThat(labels).noneMatch(label -> label.matches(".*\\d.*"));
    }

    @Test
    void shouldAddMoreDefiningValuesWhileTheFirstOnesAgree() {
        List<String> labels = SegmentLabeler.label(List.of(
                profile(List.of(dev("STIMULATION", 1.4), dev("POWER", -0.9)), OPEN, null),
                profile(List.of(dev("STIMULATION", 1.1), dev("UNIVERSALISM", 0.8)), OPEN, null)));

        assertThat(labels).containsExactly(
                "Open-to-change customers valuing stimulation, low on power",
                "Open-to-change customers valuing stimulation and universalism");
    }

    @Test
    void shouldKeepIdenticalProfilesDistinctByLetterAndLabelSegmentsWithoutValues() {
        SegmentProfile same = profile(List.of(dev("POWER", 0.8)), OPEN, null);
        assertThat(SegmentLabeler.label(List.of(same, same)))
                .containsExactly("Open-to-change customers valuing power (A)", "Open-to-change customers valuing power (B)");

        SegmentProfile.Behaviour loyal = new SegmentProfile.Behaviour(10, 20, 9, 100, 400, -0.2, 1.2, 0.1);
        assertThat(SegmentLabeler.label(List.of(profile(List.of(), List.of(), loyal)))).containsExactly("Loyalists");
        assertThat(SegmentLabeler.label(List.of(profile(List.of(dev("POWER", 0.1)), List.of(dev("CONSERVATION", 0.1)), null))))
                .containsExactly("Balanced customers");
    }
}
