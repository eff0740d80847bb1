package io.motiv.service.observability;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;
import jakarta.annotation.Priority;

import java.util.List;

/**
 * Tracing is off unless an OTLP endpoint is configured: {@code quarkus.otel.sdk.disabled} answers {@code false} when
 * {@code quarkus.otel.exporter.otlp.endpoint} or {@code quarkus.otel.exporter.otlp.traces.endpoint} is set (e.g.
 * {@code QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT}), else {@code true}. Quarkus' own default is on, exporting to
 * localhost:4317, which would log export failures wherever no collector runs. Setting
 * {@code quarkus.otel.sdk.disabled} explicitly still wins.
 */
@Priority(Priorities.APPLICATION + 100)
public class OtlpSwitch implements ConfigSourceInterceptor {

    static final String SDK_DISABLED = "quarkus.otel.sdk.disabled";
    static final List<String> ENDPOINTS = List.of(
            "quarkus.otel.exporter.otlp.endpoint", "quarkus.otel.exporter.otlp.traces.endpoint");
    /** microprofile-config.properties, the lowest ordinal a setting has; below are the extensions' defaults. */
    private static final int CONFIGURED = 100;

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (!SDK_DISABLED.equals(name) || isConfigured(value)) {
            return value;
        }
        boolean endpoint = ENDPOINTS.stream().map(context::proceed).anyMatch(OtlpSwitch::isConfigured);
        return ConfigValue.builder()
                .withName(name)
                .withValue(String.valueOf(!endpoint))
                .withConfigSourceName(OtlpSwitch.class.getSimpleName())
                .withConfigSourceOrdinal(CONFIGURED)
                .build();
    }

    private static boolean isConfigured(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank()
                && value.getConfigSourceOrdinal() >= CONFIGURED;
    }
}
