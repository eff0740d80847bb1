package io.motiv.service.api;

import io.smallrye.graphql.api.ErrorCode;

/** The request is malformed or breaks a rule; the message names the field. */
@ErrorCode("VALIDATION")
public class ValidationException extends ApiException {

    private final String field;

    public ValidationException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
