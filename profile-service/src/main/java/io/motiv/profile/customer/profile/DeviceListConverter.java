package io.motiv.profile.customer.profile;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Stores device names comma-separated (validation keeps commas out of them). Hibernate Reactive binds JSON columns
 * as JSON objects only, so a top-level JSON array is not an option.
 */
@Converter
public class DeviceListConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> devices) {
        return devices == null ? "" : String.join(",", devices);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(column.split(",")));
    }
}
