package io.motiv.service.api;

import io.smallrye.graphql.api.ErrorCode;

/** The request contradicts the current state: a duplicate, or a stale version. */
@ErrorCode("CONFLICT")
public class ConflictException extends ApiException {

    public ConflictException(String message) {
        super(message);
    }
}
