package io.motiv.segmentation;

import io.motiv.segmentation.run.RunModel;
import io.motiv.segmentation.run.RunReport;
import io.motiv.segmentation.segment.SegmentProfile;
import io.motiv.segmentation.segmentation.repository.SegmentationRepository.FeatureList;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.junit.jupiter.api.Test;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class NativeReflectionTest {

    /** What the JSONB columns hold, at the top level (see Jdbc.toJson). */
    private static final List<Class<?>> JSON_COLUMNS =
            List.of(FeatureList.class, RunReport.class, RunModel.class, SegmentProfile.class);

    @Test
    void shouldRegisterEveryRecordKeptInAJsonColumn() {
        Set<Class<?>> needed = new LinkedHashSet<>();
        JSON_COLUMNS.forEach(type -> records(type, needed));

        List<Class<?>> registered = List.of(NativeReflection.class.getAnnotation(RegisterForReflection.class).targets());

        assertThat(registered).containsAll(needed);
    }

    /** The record and every record among its components (also inside List or Map). */
    private static void records(Type type, Set<Class<?>> into) {
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                records(argument, into);
            }
        } else if (type instanceof Class<?> record && record.isRecord() && into.add(record)) {
            for (RecordComponent component : record.getRecordComponents()) {
                records(component.getGenericType(), into);
            }
        }
    }
}
