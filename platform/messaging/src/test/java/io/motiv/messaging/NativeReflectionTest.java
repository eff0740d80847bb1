package io.motiv.messaging;

import io.motiv.events.CloudEvent;
import io.motiv.events.EventTypes;
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

    @Test
    void shouldRegisterEveryEventPayloadAndTheContractTypesInside() {
        Set<Class<?>> needed = new LinkedHashSet<>();
        contractTypes(CloudEvent.class, needed);
        EventTypes.ALL.forEach(type -> contractTypes(type.payloadType(), needed));

        List<Class<?>> registered = List.of(NativeReflection.class.getAnnotation(RegisterForReflection.class).targets());

        assertThat(registered).containsAll(needed);
    }

    /** The type and, for a record, every contract type among its components (also inside List or Map). */
    private static void contractTypes(Type type, Set<Class<?>> into) {
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                contractTypes(argument, into);
            }
        } else if (type instanceof Class<?> contract && contract.getPackageName().startsWith("io.motiv.events")
                && into.add(contract) && contract.isRecord()) {
            for (RecordComponent component : contract.getRecordComponents()) {
                contractTypes(component.getGenericType(), into);
            }
        }
    }
}
