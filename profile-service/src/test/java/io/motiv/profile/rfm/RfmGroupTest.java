package io.motiv.profile.rfm;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RfmGroupTest {

    @Test
    void shouldNameGroupsByRecencyAndFrequency() {
        assertThat(RfmGroup.of(5, 5)).isEqualTo(RfmGroup.CHAMPIONS);
        assertThat(RfmGroup.of(3, 5)).isEqualTo(RfmGroup.LOYAL);
        assertThat(RfmGroup.of(5, 1)).isEqualTo(RfmGroup.NEW);
        assertThat(RfmGroup.of(4, 2)).isEqualTo(RfmGroup.POTENTIAL_LOYALISTS);
        assertThat(RfmGroup.of(1, 4)).isEqualTo(RfmGroup.AT_RISK);
        assertThat(RfmGroup.of(2, 2)).isEqualTo(RfmGroup.HIBERNATING);
        assertThat(RfmGroup.of(3, 2)).isEqualTo(RfmGroup.NEED_ATTENTION);
    }
}
