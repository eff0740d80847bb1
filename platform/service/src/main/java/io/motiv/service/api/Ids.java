package io.motiv.service.api;

import java.util.UUID;

/** Entity ids are UUIDs in their canonical text form. */
public final class Ids {

    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /**
     * @return the id in canonical form
     * @throws ValidationException naming the field when it is not a UUID
     */
    public static String requireValid(String field, String id) {
        if (id == null || id.length() != 36) {
            throw new ValidationException(field, "not a valid id (expected a UUID)");
        }
        try {
            return UUID.fromString(id).toString();
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "not a valid id (expected a UUID)");
        }
    }
}
