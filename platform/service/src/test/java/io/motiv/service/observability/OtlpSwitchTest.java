package io.motiv.service.observability;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OtlpSwitchTest {

    /** As Quarkus sees it: the extension's defaults at the lowest ordinal, then the given source (environment: 300). */
    private static SmallRyeConfig config(Map<String, String> environment) {
        return new SmallRyeConfigBuilder()
                .withInterceptors(new OtlpSwitch())
                .withDefaultValues(Map.of(
                        "quarkus.otel.sdk.disabled", "false",
                        "quarkus.otel.exporter.otlp.endpoint", "http://localhost:4317/",
                        "quarkus.otel.exporter.otlp.traces.endpoint", "http://localhost:4317/"))
                .withSources(new PropertiesConfigSource(environment, "environment", 300))
                .build();
    }

    @Test
    void shouldKeepTracingOffWithoutAnEndpoint() {
        assertThat(config(Map.of()).getValue("quarkus.otel.sdk.disabled", Boolean.class)).isTrue();
    }

    @Test
    void shouldTurnTracingOnWhenAnEndpointIsSet() {
        assertThat(config(Map.of("quarkus.otel.exporter.otlp.endpoint", "http://collector:4317"))
                .getValue("quarkus.otel.sdk.disabled", Boolean.class)).isFalse();
        assertThat(config(Map.of("quarkus.otel.exporter.otlp.traces.endpoint", "http://collector:4317"))
                .getValue("quarkus.otel.sdk.disabled", Boolean.class)).isFalse();
    }

    @Test
    void shouldLetAnExplicitSettingWin() {
        assertThat(config(Map.of("quarkus.otel.exporter.otlp.endpoint", "http://collector:4317",
                "quarkus.otel.sdk.disabled", "true")).getValue("quarkus.otel.sdk.disabled", Boolean.class)).isTrue();
        assertThat(config(Map.of("quarkus.otel.sdk.disabled", "false"))
                .getValue("quarkus.otel.sdk.disabled", Boolean.class)).isFalse();
    }
}
